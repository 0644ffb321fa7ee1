"""Listing pages that stay put when news arrives.

A listing's first page shows its newest stories. Older pages are numbered
from the oldest: page 1 holds the first ``per_page`` stories ever filed
there, page 2 the next, and so on. A new story changes the first page and
at most the two newest numbered pages; every older page keeps its stories,
its number and its bytes.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    # chunk k (from 1) holds oldest_first[(k-1)*per_page : k*per_page]; the
    # newest chunk is whole on the front page and gets no page of its own
    numbered = (len(oldest_first) - 1) // per_page
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
        chunk = oldest_first[(number - 1) * per_page : number * per_page]
        pages.append(
            Listing(
                f"{folder}page/{number}/index.html",
                page_url(base_url, number),
                chunk[::-1],
                number,
                base_url if number == numbered else page_url(base_url, number + 1),
                page_url(base_url, number - 1) if number > 1 else None,
            )
        )
    return pages
