"""Stories, oldest first, cut into runs that a story put in or taken out
changes one of.

Runs of a fixed count (stories 1 to 20, 21 to 40...) move, every one after
it, when a story is filed late among older ones or taken off the site. Here
a run ends at a story its stories choose: once ``size`` stories follow from
where a run starts, it ends at the story, from the ``size - 2 * size // 5``-th
of them to the ``size``-th, whose slug ranks lowest (see :func:`rank`).
Which story that is depends on the stories, not on how many came before, so
a story put in or taken out changes the run it falls in, and the next only
now and then (when it moves that run's end: the lowest-ranked story leaving
or entering those it ends among). Listing pages and search bundles are such
runs. (Ending among the last fifth only, runs would be fuller, but one run's
end moving would move the next's more often, and so on: at twenty stories a
run, a late story would change eleven pages on average, not two.)
"""

from __future__ import annotations

import functools
import zlib


def rank(story) -> int:
    """Where a story stands as the end of a run: the lowest ends one."""
    return _slug_rank(story.slug)


@functools.cache
def _slug_rank(slug: str) -> int:
    # worked out once a process: a story is in several listings, each cut
    # at every build of a resident process
    return zlib.crc32(slug.encode("utf-8"))


def shortest(size: int) -> int:
    """The fewest stories a run of at most ``size`` holds."""
    return max(1, size - 2 * size // 5)


def cut(oldest_first: list, size: int) -> tuple[list[tuple[int, int]], int]:
    """Where each run of at most ``size`` stories starts and ends among
    ``oldest_first``, oldest run first, and where the rest (fewer than
    ``size`` stories, the run still being filled) starts."""
    runs, start, count = [], 0, len(oldest_first)
    least = shortest(size)
    ranks = list(map(rank, oldest_first)) if count >= size else []
    while count - start >= size:
        window = range(start + least - 1, start + size)
        end = 1 + min(window, key=ranks.__getitem__)
        runs.append((start, end))
        start = end
    return runs, start
