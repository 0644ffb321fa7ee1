"""A limit on the processor time one piece of work may take in this
process: :func:`processor_time_limit` stops it with
:class:`TimeLimitExceeded` once it has used that many seconds of the
processor (user time, which waiting does not use), wherever it is, a
regular expression's search included.

Work done once a process, such as loading tables, is not the work the limit
is for: inside :func:`paused` its clock stops.

It works by the process's virtual interval timer and its signal, so only
in a process's main thread where the platform has them (POSIX); elsewhere
the work runs without a limit (:func:`can_limit` says which)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """The work used up its processor time. A BaseException, as
    KeyboardInterrupt is: no ``except Exception`` in the work catches it."""

    def __init__(self, seconds: float):
        super().__init__(f"took more than {seconds:g} s of processor time")
        self.seconds = seconds


def can_limit() -> bool:
    """Whether a limit can be kept here: the main thread, on a platform with
    a virtual interval timer."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def processor_time_limit(seconds: float | None) -> Iterator[None]:
    """Run the ``with`` block for at most ``seconds`` of this process's
    processor time (None: no limit), raising :class:`TimeLimitExceeded` in
    it when they are used up. The signal's handler before the block is
    put back after it."""
    if seconds is None or not can_limit():
        yield
        return

    def stop(signum, frame) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGVTALRM, stop)
    try:
        signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        finally:
            # put back even when the time ran out as the block ended
            signal.signal(signal.SIGVTALRM, previous)


@contextmanager
def paused() -> Iterator[None]:
    """Stop the clock of the limit running in this process, if any, while
    the ``with`` block runs, and start it again with the time it had left:
    for work done once a process (loading or building a table), which the
    first conversion would otherwise pay within its limit."""
    if not can_limit():
        yield
        return
    left, _ = signal.getitimer(signal.ITIMER_VIRTUAL)
    if not left:
        yield  # no limit running
        return
    signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, left)
