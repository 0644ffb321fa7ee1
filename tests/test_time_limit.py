"""A limit on the processor time one piece of work may take
(desk_common.time_limit), as the ingest puts on each conversion."""

from __future__ import annotations

import re
import signal
import threading
import time

import pytest
from desk_common.time_limit import TimeLimitExceeded, can_limit, paused, processor_time_limit

#: Tries every way of cutting forty letters before it fails: years of work.
_BACKTRACKS = re.compile(r"(a+)+$")
_NO_END = "a" * 40 + "b"


def test_a_regular_expression_that_would_run_for_years_is_stopped():
    with pytest.raises(TimeLimitExceeded, match=r"took more than 0.2 s of processor time"):
        with processor_time_limit(0.2):
            _BACKTRACKS.match(_NO_END)


def test_work_that_catches_every_exception_is_stopped_all_the_same():
    with pytest.raises(TimeLimitExceeded):
        with processor_time_limit(0.2):
            try:
                _BACKTRACKS.match(_NO_END)
            except Exception:  # what the work might do: the limit is not one of them
                pass


def test_after_the_limit_the_timer_is_off_and_the_handler_before_it_is_back():
    def before(signum, frame):
        raise AssertionError("not expected")

    previous = signal.signal(signal.SIGVTALRM, before)
    try:
        with processor_time_limit(5):
            total = sum(range(1000))
        assert total == 499500
        assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGVTALRM) is before
        with pytest.raises(TimeLimitExceeded):
            with processor_time_limit(0.1):
                _BACKTRACKS.match(_NO_END)
        assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGVTALRM) is before
    finally:
        signal.signal(signal.SIGVTALRM, previous)


def test_no_limit_and_a_limit_outside_the_main_thread_run_the_work_as_it_is():
    with processor_time_limit(None):
        assert _BACKTRACKS.match("aaa")
    seen = []

    def in_a_thread():
        seen.append(can_limit())
        with processor_time_limit(0.01):
            seen.append(sum(range(200_000)))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert seen == [False, sum(range(200_000))]
    assert can_limit()


def _spend(seconds: float) -> None:
    """Use ``seconds`` of processor time."""
    until = time.process_time() + seconds
    while time.process_time() < until:
        pass


def test_work_done_once_a_process_is_not_counted_against_the_limit():
    with processor_time_limit(0.3):
        with paused():  # loading a table
            _spend(0.5)
        left, _ = signal.getitimer(signal.ITIMER_VIRTUAL)
        assert 0 < left <= 0.31  # what it had left (to the clock's tick)
    with pytest.raises(TimeLimitExceeded):
        with processor_time_limit(0.3):
            with paused():
                _spend(0.1)
            _BACKTRACKS.match(_NO_END)  # the rest is counted
    with paused():  # no limit running: nothing to stop
        assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
