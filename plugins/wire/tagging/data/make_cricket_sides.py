"""Write ``cricket_sides.tsv``: the sides of the domestic cricket competitions,
from Cricsheet's lists of matches.

    python plugins/wire/tagging/data/make_cricket_sides.py LIST [LIST ...]

Each ``LIST`` is the ``README.txt`` of one of Cricsheet's archives of match
data (https://cricsheet.org/downloads/, ``2018_male.zip`` and the like): a
line a match, ``date - club - COMPETITION - gender - id - Side A vs Side
B``. The sides of the club competitions (``NTB``, England and Wales's county
sides; ``IPL``; ``BBL``...) are rows of the table with the competition, its
country and the first and last season they played in the lists read.
National sides are left out: a country's side is its country's name.
Whether ``Essex`` in a story names the side or the county is the tagger's
to decide, in context.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from wire.tagging.vocabulary import write_table_rows

OUT = Path(__file__).with_name("cricket_sides.tsv")
#: The country of each club competition of Cricsheet's lists; none for the
#: Caribbean's, whose sides are of several countries.
COMPETITION_COUNTRIES = {
    "NTB": "GB",  # the counties' Twenty20 competition, England and Wales
    "IPL": "IN",
    "BBL": "AU",
    "PSL": "PK",
    "SSM": "NZ",
    "BPL": "BD",
    "LPL": "LK",
    "MSL": "ZA",
    "CPL": "",
}
_MATCH = re.compile(
    r"^(?P<year>\d{4})-\d\d-\d\d - club - (?P<competition>[A-Z0-9]+) - male - \d+ - (?P<home>.+?) vs (?P<away>.+?)\s*$"
)


@dataclass
class Side:
    name: str
    competition: str
    first: int
    last: int


def read_sides(lists: list[Path]) -> list[Side]:
    """The sides of the club competitions the match lists name, each once a
    competition, with the first and last season it played."""
    sides: dict[tuple[str, str], Side] = {}
    for path in lists:
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _MATCH.match(line)
            if not match or match["competition"] not in COMPETITION_COUNTRIES:
                continue
            year = int(match["year"])
            for name in (match["home"], match["away"]):
                side = sides.setdefault((name, match["competition"]), Side(name, match["competition"], year, year))
                side.first, side.last = min(side.first, year), max(side.last, year)
    return sorted(sides.values(), key=lambda side: (side.competition, side.name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lists", nargs="+", type=Path, help="README.txt files of Cricsheet's archives")
    args = parser.parse_args()
    sides = read_sides(args.lists)
    comments = (
        "Sides of the domestic cricket competitions, written by make_cricket_sides.py from Cricsheet's"
        " match lists; see NOTICE.md",
        "name\tcompetition\tcountry (ISO 3166-1, none for several)\tfirst season\tlast season",
    )
    rows = ((s.name, s.competition, COMPETITION_COUNTRIES[s.competition], str(s.first), str(s.last)) for s in sides)
    write_table_rows(OUT, comments, rows)
    print(f"{len(sides)} sides of {len({s.competition for s in sides})} competitions -> {OUT}")


if __name__ == "__main__":
    main()
