"""The sides of domestic cricket in a story about cricket: the counties of
England and Wales (``Essex 194-0``, ``Kent v Glamorgan``, ``Essex are set to
step up their title challenge``), the franchises of the Twenty20 leagues
(``Mumbai Indians``) and New Zealand's provinces. There a county's or town's
name is a side, not a place, unless the story places something in it (``At
Leicester:``, ``the Test in Wellington``) or it opens a longer name
(``Durham University``, ``North Yorkshire``). Sides come from
``data/cricket_sides.tsv``.
"""

from __future__ import annotations

import functools
import re

from .sport_sides import BOUNDARY_AFTER, BOUNDARY_BEFORE, SideMention
from .vocabulary import cricket_side_table

#: A story is about cricket when it says so, in any of the four languages, or
#: writes its words.
_CRICKET = re.compile(r"\b(?:cricket|criquet|críquet|Kricket|wickets?|innings)\b", re.IGNORECASE)
#: A place's preposition before a name: the place, not the side ("At Leicester:", "the Test in Wellington").
_PLACED_BEFORE = re.compile(r"(?:\b(?:[Aa]t|in|from|near|to|AT|IN)[ ])$")
#: A compass point before a name, or a capitalised word after it, which is
#: then part of another name ("North Yorkshire", "Durham University", "Kent
#: Police"; not "Second-placed Kent").
_NAME_WORD_BEFORE = re.compile(r"\b(?:North|South|East|West|Mid|Greater)[ ]$")
_NAME_WORD_AFTER = re.compile(r"[ ][A-Z][a-z]")
RULE = "cricket side (Cricsheet)"


@functools.cache
def _forms() -> dict[str, str]:
    """Written form -> the side's name: as the table has it, and in capitals."""
    return {form: name for name in cricket_side_table() for form in (name, name.upper())}


@functools.cache
def _pattern() -> re.Pattern:
    ordered = sorted(_forms(), key=lambda form: (-len(form), form))
    return re.compile(BOUNDARY_BEFORE + "(?:" + "|".join(map(re.escape, ordered)) + ")" + BOUNDARY_AFTER)


def cricket_sides(text: str) -> list[SideMention]:
    """The domestic cricket sides a story about cricket names, in order."""
    if not _CRICKET.search(text):
        return []
    found = []
    for match in _pattern().finditer(text):
        start, end = match.span()
        window = text[max(0, start - 40) : start]
        if _PLACED_BEFORE.search(window):
            continue  # "At Leicester:", "in Wellington": where the match is played
        if not match[0].isupper() and (_NAME_WORD_BEFORE.search(window) or _NAME_WORD_AFTER.match(text, end)):
            continue  # "North Yorkshire", "Durham University": another name
        found.append(SideMention(_forms()[match[0]], match[0], start, end))
    return found
