"""The collector in a build process: paused while a build runs, its
resumption scanning nothing the build kept, and the cycles a build left
collected once a process kept warm is idle."""

import gc
import weakref

from desk_common.cycle_collection import collect_when_idle, collection_paused


class Node:
    pass


def _cycle() -> weakref.ref:
    one, other = Node(), Node()
    one.other, other.other = other, one
    return weakref.ref(one)


def test_a_build_leaves_the_collector_as_it_found_it_and_its_cycles_for_the_idle_collection():
    assert gc.isenabled()
    try:
        with collection_paused():
            assert not gc.isenabled()
            kept = [Node() for _ in range(1000)]
            left = _cycle()
        assert gc.isenabled()
        # what the build kept is out of the collector's sight: it scans none of it
        assert gc.get_freeze_count() >= len(kept)
        gc.collect()
        assert left() is not None, "frozen until the process is idle"
        collect_when_idle()
        assert left() is None
        collect_when_idle()  # nothing left since: nothing to do
    finally:
        gc.unfreeze()
