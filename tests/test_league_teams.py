"""Major-league baseball teams (the team table, from the Baseball Databank): a
location is a team where it is a side, by full name or nickname anywhere in a
story about baseball. Fictional copy throughout."""

from __future__ import annotations

from wire.tagging.data.make_teams import location_and_nickname, read_teams
from wire.tagging.entities import find_entities
from wire.tagging.league_teams import baseball_teams


def _mentions(text: str, countries: tuple[str | None, ...] = ("US", None)) -> list[tuple[str, str, str]]:
    return [(m.kind, m.text, m.key) for m in find_entities(text, "en", countries).mentions]


RESULTS = (
    "NEW YORK, Aug 21 (Reuters) - Results of Major League Baseball games played on Tuesday "
    "(home team in CAPS):\n\n"
    "American League\nCalifornia 7 NEW YORK 1\nDETROIT 7 Chicago 4\n\n"
    "National League\nCHICAGO 8 Florida 3\nSt Louis 2 PHILADELPHIA 6"
)


def test_sides_of_results_are_teams_and_the_league_heading_says_which():
    found = _mentions(RESULTS)
    teams = {(text, key) for kind, text, key in found if kind == "organization"}
    assert ("California", "California Angels") in teams
    assert ("NEW YORK", "New York Yankees") in teams  # under the American League's heading
    assert ("Chicago", "Chicago White Sox") in teams
    assert ("CHICAGO", "Chicago Cubs") in teams  # under the National League's
    assert ("St Louis", "St. Louis Cardinals") in teams
    # a side is no place: only the dateline's town is
    assert [text for kind, text, _ in found if kind in ("city", "place")] == ["NEW YORK", "NEW YORK"]


def test_standings_rows_are_teams_and_the_home_side_of_the_schedule_is_where_it_is_played():
    text = (
        "NEW YORK, Aug 21 (Reuters) - Major League Baseball standings after Tuesday's games:\n\n"
        "AMERICAN LEAGUE\nEASTERN DIVISION\nW L PCT GB\nBALTIMORE 67 58 .536 -\nTEXAS 63 64 .496 4\n\n"
        "WEDNESDAY'S SCHEDULE\nSEATTLE AT BALTIMORE"
    )
    found = _mentions(text)
    assert ("organization", "BALTIMORE", "Baltimore Orioles") in found
    assert ("organization", "TEXAS", "Texas Rangers") in found
    assert ("organization", "SEATTLE", "Seattle Mariners") in found
    # the game is played at Baltimore: a place, not the team again
    assert [text for kind, text, _ in found if kind == "organization"] == ["BALTIMORE", "TEXAS", "SEATTLE"]
    assert ("place", "TEXAS", "US") not in found


def test_a_nickname_is_the_team_the_story_names_otherwise():
    text = (
        "ANAHEIM, Aug 21 (Reuters) - Tomas Lindqvist hit two home runs as California beat Boston 7-4 in a "
        "baseball game on Tuesday. The Angels have won six straight, the Red Sox lost their third."
    )
    found = _mentions(text)
    assert ("organization", "Angels", "California Angels") in found
    assert ("organization", "Red Sox", "Boston Red Sox") in found
    assert ("organization", "Boston", "Boston Red Sox") in found
    assert ("organization", "California", "California Angels") in found


def test_a_town_that_is_no_side_stays_a_town():
    text = (
        "BALTIMORE, Aug 21 (Reuters) - In Baltimore, Marco Ferrante had four hits as the Orioles beat the "
        "Seattle Mariners 5-3 in a baseball game on Tuesday."
    )
    found = _mentions(text)
    assert ("city", "Baltimore", "Baltimore") in found
    assert ("organization", "Orioles", "Baltimore Orioles") in found
    assert ("organization", "Seattle Mariners", "Seattle Mariners") in found


def test_outside_a_story_about_baseball_a_nickname_or_a_score_is_no_baseball_team():
    assert baseball_teams("GLASGOW, Aug 21 (Reuters) - Rangers beat Celtic 2-1, and Boston 3 Chicago 1.") == []
    text = "DALLAS, Aug 21 (Reuters) - The Texas Rangers, a baseball team, and the Seattle Mariners met."
    assert {m.team for m in baseball_teams(text)} == {"Texas Rangers", "Seattle Mariners"}


def test_the_team_table_build_rules(tmp_path):
    csv = tmp_path / "Teams.csv"
    csv.write_text(
        "yearID,lgID,teamID,franchID,name\n"
        "1968,AL,BAL,BAL,Baltimore Orioles\n"  # before the first season read
        "1996,AL,BAL,BAL,Baltimore Orioles\n"
        "1997,AL,BAL,BAL,Baltimore Orioles\n"
        "1998,AL,TBA,TBD,Tampa Bay Devil Rays\n"
        "2008,AL,TBA,TBD,Tampa Bay Rays\n"
        "1996,FL,XXX,XXX,Federal Leaguers\n",  # no major league of today
        encoding="utf-8",
    )
    teams = read_teams(csv)
    assert [(t.name, t.first, t.last) for t in teams] == [
        ("Baltimore Orioles", 1996, 1997),
        ("Tampa Bay Devil Rays", 1998, 1998),
        ("Tampa Bay Rays", 2008, 2008),
    ]
    rays = ["Tampa Bay Devil Rays", "Tampa Bay Rays"]
    assert location_and_nickname("Tampa Bay Devil Rays", rays) == ("Tampa Bay", "Devil Rays")
    assert location_and_nickname("Boston Red Sox", ["Boston Red Sox"]) == ("Boston", "Red Sox")
    assert location_and_nickname("Kansas City Royals", ["Kansas City Royals"]) == ("Kansas City", "Royals")
    assert location_and_nickname("Los Angeles Angels of Anaheim", ["Los Angeles Angels of Anaheim"]) == (
        "Los Angeles",
        "Angels",
    )


def test_a_nickname_inside_another_name_is_no_baseball_team():
    text = (
        "NEW YORK, Aug 21 (Reuters) - The group owns the New York Rangers hockey team, a stake in LG Twins "
        "and a baseball channel. The Rangers of Texas were not part of the deal."
    )
    assert [(m.written, m.team) for m in baseball_teams(text)] == [("Rangers", "Texas Rangers")]
