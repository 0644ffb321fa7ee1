"""Work spread over forked processes, with one policy for when it pays:
below :data:`PARALLEL_MIN` jobs, or on one core, the work is done here.

The number of processes is the ``WIRE_WORKERS`` setting (0: one per
core), read by :func:`configured` for all three plugins."""

from __future__ import annotations

import multiprocessing
import os
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
