"""Builds run by a process kept warm between them (`invoke livereload`).

A build started afresh spends a second before it does any work of its own:
starting Python, importing Pelican and the plugins, loading the name
recogniser's model and the language detector, reading the previous build's
state. The resident process does the loading once, then runs the very same
build as `invoke build` on each request; once the site is published, it
saves the build's state (see ``site_pages.build_state``) and writes the
desk, and it reads ahead the state while it waits for the next. Between builds it keeps only what
does not depend on the files being built (code, models, lexicons, compiled
templates, memos of pure functions) and that state, which a build uses only
while the state file is the one read (a build run meanwhile from another
terminal is seen, not overwritten by stale memory). A failed build is reported and the process waits for the next
request; if the process itself dies, :meth:`ResidentBuilds.build` says so
and the caller starts another.

The resident process is started with ``spawn``: it imports the plugins
afresh (code changed since needs a new resident process), and the file
watcher's threads stay in the process that asks for builds."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable

from desk_common.cycle_collection import IDLE_SECONDS, collect_when_idle

logger = logging.getLogger(__name__)

_BUILD = "build"
_STOP = "stop"


class ResidentBuilds:
    """A warm process that runs ``build()`` on each request.

    In the resident process, ``warm()`` is called once, before the first
    build, and ``between()`` (when given) after each build; all three are
    module-level functions (or partials of them), handed to a spawned
    process. With ``quiet``, what the builds print goes nowhere."""

    def __init__(
        self,
        warm: Callable[[], None],
        build: Callable[[], int | None],
        between: Callable[[], None] | None = None,
        quiet: bool = False,
    ):
        self._arguments = (warm, build, between, quiet)
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, theirs = context.Pipe()
        # not a daemon: a build forks workers of its own; the process ends
        # when this end of the pipe closes
        self._process = context.Process(target=_serve, args=(theirs, *self._arguments))
        self._process.start()
        theirs.close()

    def build(self) -> int:
        """Run one build; its exit status (0: built)."""
        try:
            self._connection.send(_BUILD)
            return self._connection.recv()
        except (EOFError, OSError) as err:
            raise RuntimeError(f"desk: the resident build process has stopped ({err})") from err

    def close(self) -> None:
        """Stop the resident process (after the build it may be running)."""
        try:
            self._connection.send(_STOP)
        except OSError:
            pass
        self._process.join(30)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        self._connection.close()

    def restart(self) -> None:
        """Stop the resident process and start another (which imports the
        code afresh)."""
        self.close()
        self._start()

    def __enter__(self) -> ResidentBuilds:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve(
    connection,
    warm: Callable[[], None],
    build: Callable[[], int | None],
    between: Callable[[], None] | None,
    quiet: bool,
) -> None:
    """The resident process: warm up, then one build per request, each
    followed by ``between()``."""
    if quiet:
        _to_nowhere()
    # the terminal's ^C reaches this process too: its parent stops it, once
    # the work after its last build (the state saved) is done
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _ahead(warm)
    while True:
        try:
            if not connection.poll(IDLE_SECONDS):
                collect_when_idle()
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request != _BUILD:
            return
        connection.send(run_build(build))
        if between is not None:
            _ahead(between)


def _ahead(work: Callable[[], None]) -> None:
    """Work done ahead of a build; a failure only costs the next build its
    head start."""
    try:
        work()
    except (Exception, SystemExit) as err:  # the build itself reports what is wrong
        logger.warning("desk: the resident build process could not prepare the next build: %s", err)


def run_build(build: Callable[[], int | None]) -> int:
    """The build's exit status, whatever becomes of it (but an interrupt,
    which stops the process)."""
    try:
        code = build() or 0
    except KeyboardInterrupt:
        raise
    except SystemExit as err:
        if isinstance(err.code, str):
            print(err.code, file=sys.stderr)
        code = err.code if isinstance(err.code, int) else (0 if err.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _to_nowhere() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
