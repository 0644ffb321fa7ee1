"""When Python's cyclic garbage collector runs in a build process.

A build holds a catalog of every story, and the collector, which runs
whenever enough objects were made, scans everything a process holds each
time it runs in full: a fifth of a rebuild's time at 10,000 stories, and in
a process kept warm between builds at 100,000 stories, 1.3 s of each build
and 3 s of the work between builds. What a build frees it frees by reference
counting: a build and the work after it leave about a thousand objects in
cycles (at 10,000 stories). So the collector is paused while a
build (or the work after it) runs, and what the block keeps is then moved
out of its sight (``gc.freeze``), so that its resumption scans none of it.
A process kept warm collects those cycles when it has been idle a while
(:func:`collect_when_idle`); a process that ends does not scan what it
holds at all.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Seconds without a build after which a process kept warm collects the
#: cycles its builds left.
IDLE_SECONDS = 20

_left_since_collected = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection while the block runs; what it leaves is frozen
    (see the module's notes)."""
    global _left_since_collected
    atexit.unregister(gc.freeze)  # registered once, however many builds
    atexit.register(gc.freeze)  # the end of the process scans nothing
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        _left_since_collected = True
        if enabled:
            gc.enable()


def collect_when_idle() -> None:
    """Collect the cycles left by the builds since the last time (a process
    kept warm calls this once it has had no build for
    :data:`IDLE_SECONDS`)."""
    global _left_since_collected
    if not _left_since_collected:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _left_since_collected = False
