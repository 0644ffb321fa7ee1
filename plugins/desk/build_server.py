"""A warm build process that ``invoke build`` hands its build to (``invoke warm``).

A build started afresh spends a second and more before any work of its own:
starting Python, importing Pelican and the plugins, loading the name
recogniser's model and the tables, reading the published build's state.
``invoke warm`` keeps one process that has done all that, beside one output
folder, listening on a socket only its user can open. ``invoke build`` for
that folder asks it first (:func:`ask`): the warm process runs the very same
build, with the asker's arguments and in the asker's working folder, printing
to the asker's own terminal (the asker's standard output and error are handed
over with the request), and answers with the build's exit status. Between
builds it keeps what a resident build process keeps (see ``desk.resident``).

The warm process declines, and the asker builds on its own as if there were
none, when it was started with other code (another Python, another copy of the
plugins) or when its code changed on disk since it started (the plugins, their
data, ``tasks.py``); then it starts itself again, so the edited code is read
afresh. A warm process that died leaves its socket behind: the asker finds no
one there and builds on its own, and the next ``invoke warm`` takes the socket
over. Nothing here imports the plugins: asking costs the asker a few
milliseconds.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import socket
import stat
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desk_common.cycle_collection import IDLE_SECONDS, collect_when_idle
from desk_common.tree_hash import stamp_hash

logger = logging.getLogger(__name__)

#: The largest request read (it names a few paths).
_REQUEST_BYTES = 1 << 16
#: The longest path a socket may have (108 bytes on Linux, with its end).
_SOCKET_PATH_BYTES = 104
#: Seconds an asker waits to be let in while the warm process finishes
#: another build (the build lock then orders them anyway).
_CONNECT_SECONDS = 5.0


@dataclass(frozen=True)
class Answer:
    """What the warm process made of a request: ``ran`` false when it
    declined (``reason`` says why) and the asker builds on its own."""

    ran: bool
    status: int = 0
    reason: str = ""


def socket_path(output: str | os.PathLike) -> Path | None:
    """Where the warm process of ``output`` listens: in a folder of this
    user's own under the temporary folder (a socket's path is limited to
    about a hundred bytes), named by a hash of the output's absolute path.
    None when that folder is not this user's alone, the temporary
    folder's path is too long for a socket, or the system cannot hand a
    terminal over a socket."""
    if not (hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds") and hasattr(os, "getuid")):
        return None
    folder = Path(_temporary_folder()) / f"wire-desk-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    name = hashlib.sha256(os.fspath(Path(output).absolute()).encode()).hexdigest()[:24]
    path = folder / f"{name}.sock"
    return path if len(os.fsencode(path)) < _SOCKET_PATH_BYTES else None


def _temporary_folder() -> str:
    return tempfile.gettempdir()


def code_stamp(root: Path) -> str:
    """A stamp of the code a build runs: the plugins (with their data),
    ``tasks.py`` beside them, the Python that runs them and the folder of
    the libraries it imports (which a package installed or removed
    changes)."""
    spec = importlib.util.find_spec("site_pages")
    plugins = Path(spec.origin).resolve().parent.parent if spec and spec.origin else root / "plugins"
    libraries = sysconfig.get_paths()["purelib"]
    return stamp_hash([plugins], [root / "tasks.py", libraries], extra=f"{sys.executable} {sys.version} {plugins}")


def ask(output: str | os.PathLike, arguments: dict, code: Callable[[], str]) -> Answer | None:
    """Have the warm process of ``output`` run the build with ``arguments``;
    its answer, or None when there is none (or it cannot be reached). The
    build prints to this process's standard output and error."""
    path = socket_path(output)
    if path is None or not path.exists():
        return None
    request = {
        "output": os.fspath(Path(output).absolute()),
        "cwd": os.getcwd(),
        "arguments": arguments,
        "code": code(),
    }
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(_CONNECT_SECONDS)
            connection.connect(os.fspath(path))
            connection.settimeout(None)  # a build takes as long as it takes
            socket.send_fds(connection, [json.dumps(request).encode() + b"\n"], [1, 2])
            reply = _read_line(connection)
    except OSError:
        return None  # nobody there (a warm process that died), or it went away
    if reply is None:
        return None
    try:
        answer = json.loads(reply)
        return Answer(bool(answer["ran"]), int(answer.get("status", 0)), str(answer.get("reason", "")))
    except (ValueError, KeyError, TypeError):
        return None


def _read_line(connection: socket.socket, data: bytes = b"") -> bytes | None:
    """A line begun with ``data``, read on to its end (or to
    :data:`_REQUEST_BYTES`); None when the other end closes first."""
    while not data.endswith(b"\n") and len(data) < _REQUEST_BYTES:
        chunk = connection.recv(_REQUEST_BYTES)
        if not chunk:
            return None
        data += chunk
    return data


class BuildServer:
    """The warm process's side: listens beside ``output`` and runs
    ``build(**arguments)`` for each request its code can serve, then
    ``between()`` once the asker has its answer. ``code()`` is the stamp of
    the code as it is on disk now; ``started_with`` the one it had when this
    process imported it."""

    def __init__(
        self,
        output: str | os.PathLike,
        build: Callable[..., int],
        between: Callable[[], None],
        started_with: str,
        code: Callable[[], str],
        idle: float | None = None,
    ):
        self.output = os.fspath(Path(output).absolute())
        self.build, self.between, self.started_with, self.code = build, between, started_with, code
        #: seconds without a request after which :meth:`serve` returns (None: never)
        self.idle = idle
        #: set once the code on disk is no longer the code this process runs
        self.stale = False
        #: set once no request came for ``idle`` seconds
        self.idled = False
        path = socket_path(output)
        if path is None:
            raise RuntimeError(
                f"desk: no socket for a warm build process of {output}: it needs a folder of this user's alone"
                " under the temporary folder, a path short enough for a socket, and sockets that carry a terminal"
            )
        self.path = path
        self.listener = _listen(path)

    def close(self) -> None:
        self.listener.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def __enter__(self) -> BuildServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def serve(self) -> None:
        """Answer requests until the code changes on disk (``stale``) or
        none comes for ``idle`` seconds (``idled``)."""
        while not self.stale:
            connection = self._next_request()
            if connection is None:
                self.idled = True
                return
            with connection:
                ran = self.answer(connection)
            if ran:
                self.between()

    def _next_request(self) -> socket.socket | None:
        """The next asker's connection, or None when none came for ``idle``
        seconds; the cycles the builds left are collected when none comes for
        a while."""
        started = time.monotonic()
        collected = False
        while True:
            waited = time.monotonic() - started
            if self.idle is not None and waited >= self.idle:
                return None
            if not collected and waited >= IDLE_SECONDS:
                collect_when_idle()
                collected = True
                continue
            waits = [] if collected else [IDLE_SECONDS - waited]
            if self.idle is not None:
                waits.append(self.idle - waited)
            self.listener.settimeout(min(waits) if waits else None)
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            connection.settimeout(None)
            return connection

    def answer(self, connection: socket.socket) -> bool:
        """Answer one request; True when its build ran."""
        try:
            data, fds, _, _ = socket.recv_fds(connection, _REQUEST_BYTES, 2)
        except OSError:
            return False
        try:
            data = _read_line(connection, data)
            if data is None:
                return False
            answer = self._run(data, fds)
            with contextlib.suppress(OSError):  # the asker may have gone (^C)
                connection.sendall(json.dumps(answer.__dict__).encode() + b"\n")
            return answer.ran
        finally:
            for fd in fds:
                os.close(fd)

    def _run(self, data: bytes, fds: list[int]) -> Answer:
        try:
            request = json.loads(data)
            arguments, cwd, output, code = request["arguments"], request["cwd"], request["output"], request["code"]
        except (ValueError, KeyError, TypeError):
            return Answer(False, reason="not a request")
        if len(fds) != 2:
            return Answer(False, reason="no terminal handed over")
        if output != self.output:
            return Answer(False, reason=f"it builds {self.output}")
        if code != self.started_with or self.code() != self.started_with:
            self.stale = True
            return Answer(False, reason="its code changed since it started")
        started = time.perf_counter()
        with _terminal(fds), _working_folder(cwd):
            status = self.build(**arguments)
        outcome = "built" if status == 0 else f"failed (exit status {status})"
        print(f"warm: {outcome} in {time.perf_counter() - started:.1f} s", flush=True)
        return Answer(True, status)


def _listen(path: Path) -> socket.socket:
    """A socket listening at ``path``; one left there by a process that
    died is taken over, one another process still listens at is not."""
    if path.exists():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(os.fspath(path))
            except OSError:
                path.unlink()  # nobody answers there
            else:
                raise RuntimeError(f"desk: a warm build process already listens at {path}")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(os.fspath(path))
        os.chmod(path, 0o600)
        listener.listen(8)
    except OSError:
        listener.close()
        raise
    return listener


@contextlib.contextmanager
def _terminal(fds: list[int]) -> Iterator[None]:
    """Standard output and error are the asker's while the block runs."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    os.dup2(fds[0], 1)
    os.dup2(fds[1], 2)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved:
            os.close(fd)


@contextlib.contextmanager
def _working_folder(folder: str) -> Iterator[None]:
    here = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(here)
