"""Write ``club_table.tsv``: football clubs known by name, from
openfootball's club lists (``football.db``), dedicated to the public domain.

    python plugins/wire/tagging/data/make_clubs.py CLUBS_FOLDER

``CLUBS_FOLDER`` is a copy of the repository https://github.com/openfootball/clubs
(CC0 1.0): one ``XX.clubs.txt`` file a country, each club a line (its name,
then its founding year, stadium and city) followed by lines of other names
(``| Betis | Real Betis Balompié``; ``[en]`` marks an English one). A reserve
side (``ii) ...``) is left out, as are names abbreviated with a full stop
(``R. Madrid``; a club's number before its name and a saint's are no
abbreviations: ``1. FSV Mainz 05``, ``FC St. Pauli``), names of two letters
or fewer, and names that are countries
(``Austria`` for Austria Wien), regions (``Europa``), and single words of
running text (``Union``). The canonical name is the club's first
name in the list (``Bayern München``, ``Real Betis``).
Whether a name that is also a city's (``Sevilla``, ``Leeds``) names the club
is the tagger's to decide, in context (``find_entities``).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from wire.tagging.name_lexicons import (
    calendar_words,
    function_words,
    org_designators,
    role_words,
    world_regions,
)
from wire.tagging.vocabulary import country_forms, write_table_rows

OUT = Path(__file__).with_name("club_table.tsv")
#: Files named for a part of the United Kingdom or for Kosovo, and their country.
COUNTRY_OF_FILE = {"eng": "GB", "sco": "GB", "wal": "GB", "nir": "GB", "kos": "XK"}
LANGUAGE_TAG = re.compile(r"\s*\[\w+\]\s*$")  # "Bayern Munich [en]"
RESERVE = re.compile(r"^(?:ii|iii|iv)\)")
#: Full stops that abbreviate nothing a reader would miss: a club's number
#: before its name ("1. FC Köln", "1. FSV Mainz 05") and a saint's
#: ("FC St. Pauli", "SKN St. Pölten").
NO_ABBREVIATION = re.compile(r"^\d{1,2}\.[ ]|(?<![\w.])St\.(?=[ ])")


@dataclass
class Club:
    name: str
    country: str
    forms: list[str]
    source: str


def _country(path: Path) -> str | None:
    code = path.name.split(".", 1)[0]
    country = COUNTRY_OF_FILE.get(code, code.upper())
    return country if re.fullmatch(r"[A-Z]{2}", country) else None


@dataclass
class Excluded:
    """Names no club is known by: countries, regions, months and days; and
    single words of running text (``Union``). A club named like a
    given name (``Chelsea``) keeps it: the tagger reads it only in a sports
    story, and not where the recogniser reads a person."""

    names: set[str]
    words: set[str]

    @classmethod
    def build(cls) -> Excluded:
        names = set(country_forms()) | set(world_regions()) | set(calendar_words())
        return cls(names, set(function_words()) | set(role_words()) | set(org_designators()))


def _abbreviated(form: str) -> bool:
    """Whether a form abbreviates a word with a full stop (``R. Madrid``)."""
    return "." in NO_ABBREVIATION.sub("", form)


def _usable(form: str, excluded: Excluded) -> bool:
    return (
        len(form) > 2
        and not _abbreviated(form)
        and any(c.isupper() for c in form)
        and form not in excluded.names
        and (" " in form or form.lower() not in excluded.words)
    )


def read_clubs(path: Path, excluded: Excluded) -> list[Club]:
    """The clubs of one ``XX.clubs.txt`` file."""
    country = _country(path)
    clubs: list[Club] = []
    current: Club | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("="):
            continue
        if stripped.startswith("|"):
            if current is None:
                continue
            for part in stripped.strip("|").split("|"):
                form = " ".join(LANGUAGE_TAG.sub("", part).split())
                if _usable(form, excluded) and form not in current.forms:
                    current.forms.append(form)
            continue
        if line[:1].isspace():
            continue
        current = None
        if RESERVE.match(stripped) or country is None:
            continue
        name = " ".join(stripped.split(",", 1)[0].split())
        if not _usable(name, excluded):
            continue
        current = Club(name, country, [name], f"openfootball:{path.parent.name}/{path.name}")
        clubs.append(current)
    return clubs


def build(folder: Path) -> list[Club]:
    excluded = Excluded.build()
    clubs = []
    for path in sorted(folder.rglob("*.clubs.txt")):
        clubs.extend(read_clubs(path, excluded))
    seen: dict[str, int] = {}
    for club in clubs:  # two clubs of one name: told apart by country
        seen[club.name] = seen.get(club.name, 0) + 1
    for club in clubs:
        if seen[club.name] > 1:
            club.name = f"{club.name} ({club.country})"
    return clubs  # in the lists' order: of two clubs of one name in a country, the first listed is taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a copy of github.com/openfootball/clubs")
    args = parser.parse_args()
    clubs = build(args.folder)
    comments = (
        "Football clubs known by name, written by make_clubs.py from openfootball/clubs (CC0 1.0); see NOTICE.md",
        "canonical name\tcountry (ISO 3166-1)\tforms copy writes, joined by |\tsource",
    )
    write_table_rows(OUT, comments, ((c.name, c.country, "|".join(c.forms), c.source) for c in clubs))
    print(f"{OUT.name}: {len(clubs):,} clubs, {sum(len(club.forms) for club in clubs):,} forms")


if __name__ == "__main__":
    main()
