"""Listing pages that stay put when news arrives.

A listing's first page shows its newest ``per_page`` stories. Older pages
are numbered from the oldest: page 1 holds the first stories ever filed
there, page 2 the next, and so on, each a run of :mod:`chunking` (from
three-fifths of ``per_page`` stories to ``per_page``). A new story changes the
first page and at most the two newest numbered pages; a story filed late
among older ones, or taken off the site, the page it falls in (and, now and
then, the next); every other page keeps its stories, its number and its
bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import chunking


@dataclass
class Listing:
    """One page of a listing: its stories (newest first) and neighbours."""

    save_as: str
    url: str
    stories: list
    number: int | None  # None for the first page, which has no number
    newer: str | None  # URL of the page of newer stories
    older: str | None  # URL of the page of older stories

    @property
    def front(self) -> bool:
        return self.number is None


def page_url(base_url: str, number: int) -> str:
    return f"{base_url}page/{number}/"


def paginate(newest_first: list, base_url: str, base_save_as: str, per_page: int | None) -> list[Listing]:
    """The pages of one listing: the front page (``base_url``), then the
    numbered pages of older stories, newest of them first."""
    if not per_page or len(newest_first) <= per_page:
        return [Listing(base_save_as, base_url, list(newest_first), None, None, None)]
    oldest_first = newest_first[::-1]
    runs, rest = chunking.cut(oldest_first, per_page)
    if rest == len(oldest_first):
        runs.pop()  # the newest run is the front page, whole: no page of its own
    numbered = len(runs)
    folder = base_save_as.rsplit("/", 1)[0] + "/" if "/" in base_save_as else ""
    pages = [
        Listing(
            base_save_as,
            base_url,
            list(newest_first[:per_page]),
            None,
            None,
            page_url(base_url, numbered),
        )
    ]
    for number in range(numbered, 0, -1):
        start, end = runs[number - 1]
        pages.append(
            Listing(
                f"{folder}page/{number}/index.html",
                page_url(base_url, number),
                oldest_first[start:end][::-1],
                number,
                base_url if number == numbered else page_url(base_url, number + 1),
                page_url(base_url, number - 1) if number > 1 else None,
            )
        )
    return pages
