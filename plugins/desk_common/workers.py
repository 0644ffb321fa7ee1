"""Work spread over forked processes, with one policy for when it pays:
below :data:`PARALLEL_MIN` jobs, or on one core, the work is done here;
and one piece of work run beside this process's own (:func:`start_forked`).

The number of processes is the ``WIRE_WORKERS`` setting (0: one per
core), read by :func:`configured` for all three plugins."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import select
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator

#: Fewer jobs than this are done in this process: starting workers would
#: cost more than it saves.
PARALLEL_MIN = 64


def configured(settings: dict) -> int:
    """The number of processes the settings ask for (0: one per core)."""
    return settings.get("WIRE_WORKERS", 0) or 0


def cores(workers: int) -> int:
    """``workers``, or the machine's cores when 0."""
    return workers or os.cpu_count() or 1


def processes(workers: int, jobs: int) -> int:
    """How many processes ``jobs`` jobs are worth: 1 (this one) below
    :data:`PARALLEL_MIN` jobs or where processes cannot be forked, else up
    to ``workers`` (0: one per core)."""
    if jobs < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(cores(workers), jobs))


def fork_map(function: Callable, items: list, workers: int, chunksize: int | None = None) -> Iterator:
    """``function`` of each of ``items``, in order, across forked processes
    when :func:`processes` says so (the children inherit what this process
    loaded), else here. A generator: results come as they are ready."""
    count = processes(workers, len(items))
    if count < 2:
        yield from map(function, items)
        return
    chunk = chunksize or max(1, len(items) // (count * 8))
    with multiprocessing.get_context("fork").Pool(count) as pool:
        yield from pool.imap(function, items, chunksize=chunk)


def run_all(function: Callable, items: Iterable, workers: int, chunksize: int | None = None) -> list:
    """:func:`fork_map` as a list."""
    return list(fork_map(function, list(items), workers, chunksize))


class Forked:
    """``function(wait_for_gate)`` run in a forked process while this one goes
    on (see :func:`start_forked`)."""

    def __init__(self, function: Callable[[Callable[[], None] | None], object], workers: int):
        self._function = function
        self._pid: int | None = None
        self._gate: int | None = None
        self._results: int | None = None
        if cores(workers) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return  # run here, by result(), once this process's work is done
        gate, self._gate = os.pipe()
        self._results, results = os.pipe()
        sys.stdout.flush()  # what this process printed is not printed again by the child
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(self._gate)
            os.close(self._results)
            _run_forked(function, gate, results)
        os.close(gate)
        os.close(results)
        self._pid = pid

    def open_gate(self) -> None:
        """Let the function go past ``wait_for_gate()``."""
        if self._gate is not None:
            try:
                os.write(self._gate, b"\1")
            except BrokenPipeError:
                pass  # the child did not wait for it: it may have ended already
            os.close(self._gate)
            self._gate = None

    def running(self) -> bool:
        """Whether the function is still at work in its process: it has
        sent no result yet (False when it is to run here, by ``result()``)."""
        if self._pid is None:
            return False
        ready, _, _ = select.select([self._results], [], [], 0)
        return not ready

    def result(self):
        """What the function returned; its error is raised here as a
        RuntimeError. The gate is opened first if it was not."""
        if self._pid is None:
            return self._function(None)  # no gate: this process's work is done
        self.open_gate()
        return self._collect()

    def abandon(self) -> None:
        """Stop waiting for the function: it ends at ``wait_for_gate()`` if it
        has not passed it; its result is not wanted."""
        if self._pid is None:
            return
        if self._gate is not None:
            os.close(self._gate)  # closed unopened: the child gives up
            self._gate = None
        try:
            self._collect()
        except RuntimeError:
            pass

    def _collect(self):
        with os.fdopen(self._results, "rb") as pipe:
            data = pipe.read()
        pid, self._pid = self._pid, None
        try:
            done, value = pickle.loads(data)
        except Exception:
            _, status = os.waitpid(pid, 0)
            raise RuntimeError(f"a forked process ended (status {status}) without a result") from None
        _reap(pid)
        if not done:
            raise RuntimeError(value)
        return value


#: Forked processes that sent their result but had not ended when it was
#: taken (see :func:`_reap`).
_ENDING: list[int] = []


def _reap(pid: int) -> None:
    """Collect the exit of ``pid``, which sent its result, and of those
    before it, without waiting for one still ending: a child that has sent
    its result still frees its memory (a hundredth of a second or more for
    a build's), which the build need not wait for. One not ended yet is
    collected by a later call, or goes with this process."""
    _ENDING.append(pid)
    for waiting in list(_ENDING):
        try:
            ended, _ = os.waitpid(waiting, os.WNOHANG)
        except ChildProcessError:  # collected elsewhere
            ended = waiting
        if ended:
            _ENDING.remove(waiting)


def start_forked(function: Callable[[Callable[[], None] | None], object], workers: int) -> Forked:
    """Start ``function(wait_for_gate)`` in a forked process, which inherits
    what this one loaded; its result (pickled back) is
    :meth:`Forked.result`. ``wait_for_gate()`` returns once this process
    calls :meth:`Forked.open_gate` (a child may work out what it will write
    while this process writes what must come first). With one core
    (``workers``, 0 = one per core) or where processes cannot be forked, the
    function runs in this process, in ``result()``, with ``wait_for_gate``
    None."""
    return Forked(function, workers)


def _run_forked(function: Callable, gate: int, results: int) -> None:
    """In the forked child: run ``function``, send back its outcome, and end
    the process (never returns)."""
    code = 1
    try:

        def wait_for_gate() -> None:
            nonlocal gate
            if gate < 0:
                return
            opened = os.read(gate, 1)
            os.close(gate)
            gate = -1
            if not opened:
                raise RuntimeError("the process that started this one gave up")

        try:
            outcome = (True, function(wait_for_gate))
            code = 0
        except BaseException as err:  # reported to the parent, which raises it
            outcome = (False, "".join(traceback.format_exception(err)).strip())
        with os.fdopen(results, "wb") as pipe:
            pipe.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
