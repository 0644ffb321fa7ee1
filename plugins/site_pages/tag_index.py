"""The topics index, readable at any size.

A desk names thousands of people and organisations in a month: one page
listing them all is too long to read, and every new story would change it.
So the index lists every topic, and of the people, places and organisations
the ``SITE_TAG_INDEX_MAX`` most covered (by story count, ties by slug),
with a page per initial letter for each of those groups listing them all
(``SITE_TAG_LETTER_SAVE_AS``). A group no longer than the cap is listed
whole on the index and has no letter pages. A new story changes the index
(its counts) and the letter pages of its own tags only.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from .catalog import Label

#: Groups of the index, in the order readers see them; the last three are capped.
INDEX_GROUPS = ("topics", "people", "places", "organizations")
CAPPED = frozenset({"people", "places", "organizations"})
#: The letter of names whose slug starts with anything but a to z.
OTHER = "other"


@dataclass(frozen=True)
class LetterLink:
    """One letter of a group's A to Z, and where its page is."""

    letter: str  # "a" to "z", or OTHER
    url: str
    save_as: str

    @property
    def shown(self) -> str:
        return "#" if self.letter == OTHER else self.letter.upper()


@dataclass
class IndexGroup:
    """One group of the index: the tags shown with their story counts, and
    the group's letter pages when it is capped."""

    group: str
    rows: list[tuple[Label, int]]
    more: int = 0  # tags of the group not shown on the index
    letters: tuple[LetterLink, ...] = ()


@dataclass
class LetterPage:
    """Every tag of one group whose slug starts with one letter."""

    group: str
    link: LetterLink
    rows: list[tuple[Label, int]]
    letters: tuple[LetterLink, ...]  # the group's whole A to Z


def letter_of(slug: str) -> str:
    first = slug[:1]
    return first if first in string.ascii_lowercase else OTHER


def tag_index(
    counts: list[tuple[Label, str, int]], cap: int | None, url: str, save_as: str
) -> tuple[list[IndexGroup], list[LetterPage]]:
    """The index's groups and the letter pages, from ``(tag, group, story
    count)`` rows; ``url`` and ``save_as`` are patterns with ``{group}`` and
    ``{letter}``. ``cap`` None lists every tag on the index."""
    index, letter_pages = [], []
    for group in INDEX_GROUPS:
        members = sorted(((tag, count) for tag, kind, count in counts if kind == group), key=lambda row: row[0].slug)
        if not members:
            continue
        if group not in CAPPED or cap is None or len(members) <= cap:
            index.append(IndexGroup(group, members))
            continue
        by_letter: dict[str, list] = {}
        for row in members:
            by_letter.setdefault(letter_of(row[0].slug), []).append(row)
        links = tuple(
            LetterLink(letter, url.format(group=group, letter=letter), save_as.format(group=group, letter=letter))
            for letter in sorted(by_letter, key=lambda letter: (letter == OTHER, letter))
        )
        for link in links:
            letter_pages.append(LetterPage(group, link, by_letter[link.letter], links))
        most = sorted(members, key=lambda row: (-row[1], row[0].slug))[:cap]
        index.append(IndexGroup(group, most, len(members) - cap, links))
    return index, letter_pages
