"""Baseball teams of the major leagues in a story about baseball: by full name
(``the Seattle Mariners``), by nickname (``the Orioles``) and by location
where the location is a side: before its score or its win (``BALTIMORE 10
Seattle 5``, ``California beat Boston 7-4``), in a row of the standings
(``BALTIMORE 67 58 .536``), or visiting in a game of the schedule
(``SEATTLE AT BALTIMORE``); there a town or state is no place but a team. A
location with a team in each league (``New York``, ``Chicago``) is the team of
the league the story's heading before it names (``AMERICAN LEAGUE``), or the
one whose nickname the story writes. Teams come from ``data/team_table.tsv``.
"""

from __future__ import annotations

import functools
import re

from .sport_sides import BOUNDARY_AFTER, BOUNDARY_BEFORE, SideMention
from .vocabulary import Team, team_table

#: A story is about baseball when it says so (English, Spanish) or names two teams in full.
_BASEBALL = re.compile(r"\b(?:baseball|b[ée]isbol)\b", re.IGNORECASE)
_LEAGUE = re.compile(r"\b(?:(?P<league>American|National) League|(?P<capitals>AMERICAN|NATIONAL) LEAGUE)\b")
#: A side's score or wins after its location: "Seattle 5", "BALTIMORE 67 58 .536", "Baltimore 10-3" (no year).
_FIGURE_AFTER = re.compile(r"[ ]\d{1,3}(?![\d:.,]\d)(?!\d)")
#: A side before the verb of its win: "California beat Boston 7-4".
_WIN_AFTER = re.compile(
    r"[ ](?:beat|beats|defeated|defeats|routed|routs|edged|edges|blanked|blanks|topped|tops|downed|swept)\b"
)
_AT = " AT "
#: A capitalised word right before or after a nickname, which is then part of another name.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])(?!The[ ]|THE[ ])[A-Z][\w'’&.-]*[ ]$")
_NAME_WORD_AFTER = re.compile(r"[ ][A-Z]")
RULE = "baseball team (Baseball Databank)"


def _variants(words: str) -> tuple[str, ...]:
    """A name as copy writes it: as the table has it, in capitals, and
    ``St Louis`` without the full stop."""
    forms = {words, words.replace("St. ", "St ")}
    return tuple(sorted(forms | {form.upper() for form in forms}, key=lambda form: (-len(form), form)))


def _pattern(forms) -> re.Pattern:
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return re.compile(BOUNDARY_BEFORE + "(?:" + "|".join(map(re.escape, ordered)) + ")" + BOUNDARY_AFTER)


@functools.cache
def _forms() -> tuple[dict[str, tuple[Team, ...]], dict[str, tuple[Team, ...]], dict[str, tuple[Team, ...]]]:
    """Written form -> the teams it may name: of full names, nicknames, locations."""
    full: dict[str, list[Team]] = {}
    nicknames: dict[str, list[Team]] = {}
    locations: dict[str, list[Team]] = {}
    for team in team_table():
        for form in _variants(f"{team.location} {team.nickname}") + _variants(team.name):
            full.setdefault(form, []).append(team)
        for form in _variants(team.nickname):
            nicknames.setdefault(form, []).append(team)
        for form in _variants(team.location):
            locations.setdefault(form, []).append(team)
    return tuple(
        {form: tuple(dict.fromkeys(teams)) for form, teams in table.items()} for table in (full, nicknames, locations)
    )


@functools.cache
def _nicknames() -> tuple[str, ...]:
    return tuple(sorted(_forms()[1]))


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return tuple(_pattern(table) for table in _forms())


def _league_before(text: str, at: int) -> str | None:
    league = None
    for match in _LEAGUE.finditer(text, 0, at):
        league = f"{(match['league'] or match['capitals']).title()} League"
    return league


def _one_team(teams: tuple[Team, ...], *preferences) -> str | None:
    """The name of the one team these may be: those of the first preference
    any of them meets (the team the story names otherwise, say), then the
    latest; none when still two or more."""
    named = list(teams)
    for preferred in preferences:
        if chosen := [team for team in teams if preferred(team)]:
            named = chosen
            break
    latest = max(team.last for team in named)
    names = {team.name for team in named if team.last == latest}
    return names.pop() if len(names) == 1 else None


def _written(text: str, words: str) -> bool:
    return any(re.search(BOUNDARY_BEFORE + re.escape(form) + BOUNDARY_AFTER, text) for form in _variants(words))


def _visitors_of_schedule(text: str, location_pattern: re.Pattern) -> frozenset[int]:
    """Where each visiting side of a game of a schedule in capitals begins:
    ``SEATTLE`` of ``SEATTLE AT BALTIMORE`` (``BALTIMORE`` is where it is
    played, a place)."""
    sides = {m.start(): m.end() for m in location_pattern.finditer(text) if m[0].isupper()}
    return frozenset(start for start, end in sides.items() if text.startswith(_AT, end) and end + len(_AT) in sides)


def baseball_teams(text: str) -> list[SideMention]:
    """The major-league baseball teams a story names, in order."""
    full_forms, nickname_forms, location_forms = _forms()
    full_pattern, nickname_pattern, location_pattern = _patterns()
    about_baseball = bool(_BASEBALL.search(text))
    if not about_baseball and not any(nickname in text for nickname in _nicknames()):
        return []  # most stories: no word of baseball and no team's nickname
    named = list(full_pattern.finditer(text))
    if not about_baseball and len({match[0] for match in named}) < 2:
        return []
    found: list[SideMention] = []

    def free(start: int, end: int) -> bool:
        return not any(start < m.end and m.start < end for m in found)

    for match in named:
        name = _one_team(full_forms[match[0]])
        if name:
            found.append(SideMention(name, match[0], match.start(), match.end()))
    visitors = _visitors_of_schedule(text, location_pattern)
    for match in location_pattern.finditer(text):
        start, end = match.span()
        if not free(start, end) or not (
            _FIGURE_AFTER.match(text, end) or _WIN_AFTER.match(text, end) or start in visitors
        ):
            continue  # "In Baltimore, Cal Ripken...": the town
        teams = location_forms[match[0]]
        league = _league_before(text, start)
        teams = tuple(team for team in teams if team.league == league) or teams
        name = _one_team(teams, lambda team: _written(text, team.nickname))
        if name:
            found.append(SideMention(name, match[0], start, end))
    sides = {mention.team for mention in found}
    for match in nickname_pattern.finditer(text):
        if _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) or _NAME_WORD_AFTER.match(
            text, match.end()
        ):
            continue  # "New York Rangers", "LG Twins", "Rangers Equity Holdings": another name
        if free(match.start(), match.end()):
            # "the Angels" of a story whose results name California: the California Angels
            name = _one_team(
                nickname_forms[match[0]], lambda team: team.name in sides, lambda team: _written(text, team.location)
            )
            if name:
                found.append(SideMention(name, match[0], match.start(), match.end()))
    return sorted(found, key=lambda mention: mention.start)
