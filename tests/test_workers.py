"""Work run beside the build in a forked process (desk_common.workers)."""

from __future__ import annotations

import os
import time

import pytest
from desk_common import workers


def test_a_forked_function_gives_its_result_or_its_error():
    started = workers.start_forked(lambda wait_for_gate: ("made", os.getpid()), 2)
    made, pid = started.result()
    assert made == "made" and pid != os.getpid()

    def fails(wait_for_gate):
        raise ValueError("no such dispatch")

    with pytest.raises(RuntimeError, match="no such dispatch"):
        workers.start_forked(fails, 2).result()


def test_a_forked_function_runs_until_it_sends_its_result():
    def waits(wait_for_gate):
        wait_for_gate()
        return "done"

    started = workers.start_forked(waits, 2)
    assert started.running()  # at its gate
    started.open_gate()
    deadline = time.monotonic() + 10
    while started.running() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not started.running()
    assert started.result() == "done"
    assert not started.running()


def test_the_build_does_not_wait_for_a_child_still_ending_after_its_result():
    """A child that sent its result may take a while to end (freeing a
    build's memory): its exit is collected by a later call, not waited for."""
    pid = os.fork()
    if pid == 0:  # a child still ending
        time.sleep(0.5)
        os._exit(0)
    started = time.perf_counter()
    workers._reap(pid)
    assert time.perf_counter() - started < 0.3
    assert pid in workers._ENDING
    deadline = time.monotonic() + 10
    while pid in workers._ENDING and time.monotonic() < deadline:
        time.sleep(0.2)
        workers.start_forked(lambda wait_for_gate: None, 2).result()  # collects the ended one too
    assert pid not in workers._ENDING
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
