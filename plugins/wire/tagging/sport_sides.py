"""What the tables of teams and sides share: the record of a side a story
names, and where a side's name begins and ends in running text."""

from __future__ import annotations

from dataclasses import dataclass

#: No letter, apostrophe, full stop, ampersand or hyphen right before a side's name.
BOUNDARY_BEFORE = r"(?<![\w'’.&-])"
#: No letter, apostrophe, ampersand or hyphen right after it.
BOUNDARY_AFTER = r"(?![\w'’&-])"


@dataclass(frozen=True)
class SideMention:
    """A team or side named in a story: its name in the table, as written, where."""

    team: str
    written: str
    start: int
    end: int
