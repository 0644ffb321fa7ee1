"""The editors' corrections to the tagger, kept in ``corrections.txt`` in
the content folder and applied to every story on the next build.

One correction a line; blank lines and lines starting with ``#`` are
ignored::

    J. Doe -> Jane Doe          merge: the first name becomes the second
    drop: Acme                  drop: the name is no tag of any story
    Acme Capital: organisation  retype: a person becomes an organisation
    Jersey: place               (types: person, organisation, place)

Names are matched exactly as the tagger writes them (as in a story's
``People:``, ``Organizations:``, ``Tags:`` or ``Mentions:`` line). A line
the grammar does not know is reported and ignored. Pure functions: the
file's text in, :class:`Corrections` out; a story's tagging in, the
corrected tagging out.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

FILE_NAME = "corrections.txt"

#: The types a name can be given, by the words an editor may write.
TYPES = {
    "person": "person",
    "people": "person",
    "organisation": "organization",
    "organization": "organization",
    "place": "place",
}

_MERGE = re.compile(r"^(?P<alias>.+?)\s*->\s*(?P<canonical>.+)$")
_DROP = re.compile(r"^drop\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_RETYPE = re.compile(r"^(?P<name>.+?)\s*:\s*(?P<kind>[A-Za-z]+)$")

#: The tagging lists that hold names (places hold country codes).
NAME_LISTS = ("people", "organizations", "cities", "tags", "lead", "mentions")
_TYPED_LISTS = {"person": "people", "organization": "organizations", "place": "cities"}


@dataclass(frozen=True)
class Correction:
    """One line of the file: ``kind`` is ``merge``, ``drop`` or ``retype``."""

    line: str
    kind: str
    name: str
    target: str | None = None  # the canonical name, or the new type

    @property
    def names(self) -> tuple[str, ...]:
        """The names this correction is about (a story with one of them
        is written again when the line changes)."""
        return (self.name, self.target) if self.kind == "merge" else (self.name,)


@dataclass
class Corrections:
    items: list[Correction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def of_lines(cls, lines: list[str]) -> Corrections:
        return parse_corrections("\n".join(lines))

    @property
    def lines(self) -> list[str]:
        return [item.line for item in self.items]

    def for_names(self, names: set[str]) -> list[Correction]:
        """The corrections that apply to a story naming ``names``, in file
        order (a merge's canonical name counts once merged into)."""
        names = set(names)
        found = []
        for item in self.items:
            if item.name in names:
                found.append(item)
                if item.kind == "merge":
                    names.add(item.target)
        return found


def parse_corrections(text: str) -> Corrections:
    """The corrections in ``text``, each line once; lines that are not a
    correction go to ``problems`` with their number."""
    result = Corrections()
    seen = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = " ".join(raw.split())
        if not line or line.startswith("#"):
            continue
        item = None
        if match := _DROP.match(line):
            item = Correction(line, "drop", match["name"].strip())
        elif match := _MERGE.match(line):
            alias, canonical = match["alias"].strip(), match["canonical"].strip()
            if alias != canonical:
                item = Correction(line, "merge", alias, canonical)
        elif (match := _RETYPE.match(line)) and match["kind"].lower() in TYPES:
            item = Correction(line, "retype", match["name"].strip(), TYPES[match["kind"].lower()])
        if item is None:
            result.problems.append(
                f"line {number}: {line!r} is not 'A -> B', 'drop: A' or 'A: person|organisation|place'"
            )
        elif line not in seen:
            seen.add(line)
            result.items.append(item)
    return result


def read_corrections(content: Path) -> Corrections:
    """The corrections file of the content folder; none when it is missing."""
    try:
        text = (content / FILE_NAME).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return Corrections()
    corrections = parse_corrections(text)
    for problem in corrections.problems:
        logger.warning("wire: %s %s, ignored", FILE_NAME, problem)
    return corrections


def tagging_names(tagging: dict | None) -> set[str]:
    """Every name a story's tagging holds (people, organisations, cities,
    tags, and the names of its lede and mentions)."""
    tagging = tagging or {}
    return {name for key in NAME_LISTS for name in tagging.get(key) or []}


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def apply_corrections(tagging: dict | None, corrections: list[Correction]) -> dict | None:
    """``tagging`` with ``corrections`` applied in order: a merged name
    replaced by its canonical one everywhere, a dropped one removed
    everywhere, a retyped one moved to the list of its new type (people,
    organisations or cities). A new dict; ``tagging`` is left as it is."""
    if not tagging or not corrections:
        return tagging
    result = {key: list(value) if isinstance(value, list) else value for key, value in tagging.items()}
    for item in corrections:
        if item.kind == "merge":
            for key in NAME_LISTS:
                if key in result:
                    result[key] = _unique([item.target if name == item.name else name for name in result[key]])
        elif item.kind == "drop":
            for key in NAME_LISTS:
                if key in result:
                    result[key] = [name for name in result[key] if name != item.name]
            if "places" in result:  # a country is listed by its code
                from .tagging.vocabulary import country_name

                result["places"] = [code for code in result["places"] if country_name(code, "en") != item.name]
        else:
            present = any(item.name in result.get(key, []) for key in _TYPED_LISTS.values())
            if not present:
                continue
            for key in _TYPED_LISTS.values():
                if key in result:
                    result[key] = [name for name in result[key] if name != item.name]
            typed = _TYPED_LISTS[item.target]
            result[typed] = _unique([*result.get(typed, []), item.name])
    return result
