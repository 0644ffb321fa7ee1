"""Write ``team_table.tsv``: the Major League Baseball teams since 1969, from
the Baseball Databank (CC BY-SA 3.0).

    python plugins/wire/tagging/data/make_teams.py TEAMS_CSV

``TEAMS_CSV`` is ``core/Teams.csv`` of a copy of the repository
https://github.com/chadwickbureau/baseballdatabank: one row a team and season
(``yearID``, ``lgID``, ``franchID``, ``name``...). Each name a franchise played
under in a league is a row of the table with its first and last season,
its location and its nickname: ``Boston Red Sox`` is ``Boston`` and ``Red
Sox``. The location is what the franchise's names share (``Tampa Bay`` of
``Tampa Bay Devil Rays`` and ``Tampa Bay Rays``), else the longest start of
the name that is a city or a state (``Kansas City``, ``Texas``); ``of`` ends
the nickname (``Los Angeles Angels of Anaheim``). Whether ``Baltimore`` in a
story names the team or the town is the tagger's to decide, in context.
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from pathlib import Path

from wire.places import find_city, us_state
from wire.tagging.vocabulary import write_table_rows

OUT = Path(__file__).with_name("team_table.tsv")
#: The first season read: the leagues' divisions and the teams copy names today began in 1969.
FIRST_SEASON = 1969
LEAGUES = {"AL": "American League", "NL": "National League"}


@dataclass
class Team:
    name: str
    league: str
    franchise: str
    first: int
    last: int


def _is_place(words: list[str]) -> bool:
    name = " ".join(words)
    return bool(find_city(name, "US") or find_city(name, "CA") or us_state(name))


def _common_start(names: list[str]) -> list[str]:
    words = [name.split(" of ")[0].split() for name in names]
    common: list[str] = []
    for column in zip(*words, strict=False):
        if len(set(column)) > 1:
            break
        common.append(column[0])
    return common


def location_and_nickname(name: str, franchise_names: list[str]) -> tuple[str, str]:
    """``Boston Red Sox`` -> (``Boston``, ``Red Sox``)."""
    words = name.split(" of ")[0].split()
    shared = _common_start(franchise_names) if len(set(franchise_names)) > 1 else []
    if 0 < len(shared) < len(words) and (len(shared) > 1 or _is_place(shared)):
        cut = len(shared)
    else:
        cut = next((n for n in range(len(words) - 1, 0, -1) if _is_place(words[:n])), len(words) - 1)
    return " ".join(words[:cut]), " ".join(words[cut:])


def read_teams(path: Path) -> list[Team]:
    teams: dict[tuple[str, str], Team] = {}
    with path.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            season, league = int(row["yearID"]), row["lgID"]
            if season < FIRST_SEASON or league not in LEAGUES:
                continue
            key = (row["name"], league)
            team = teams.setdefault(key, Team(row["name"], league, row["franchID"], season, season))
            team.first, team.last = min(team.first, season), max(team.last, season)
    return sorted(teams.values(), key=lambda team: (team.name, team.first))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("teams_csv", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    teams = read_teams(args.teams_csv)
    by_franchise: dict[str, list[str]] = {}
    for team in teams:
        by_franchise.setdefault(team.franchise, []).append(team.name)
    comments = (
        "Major League Baseball teams since 1969, written by make_teams.py from the Baseball Databank"
        " (CC BY-SA 3.0); see NOTICE.md",
        "name\tleague\tlocation\tnickname\tfirst season\tlast season",
    )
    rows = []
    for team in teams:
        location, nickname = location_and_nickname(team.name, by_franchise[team.franchise])
        rows.append((team.name, LEAGUES[team.league], location, nickname, str(team.first), str(team.last)))
    write_table_rows(args.out, comments, rows)
    print(f"{len(teams)} teams written to {args.out}")


if __name__ == "__main__":
    main()
