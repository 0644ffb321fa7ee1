"""Team sheets in sports copy, read by their shape.

Agencies write the players of a match by surname alone, with no given name,
title or speech verb to show they are people; the shape of the list is the
evidence:

- a line-up after the team's name, lines of the team parted by dashes or
  semicolons: ``Ried: Gebauer – Streker, Reifeltshammer, Filipovic – Hart,
  M. Brandner, Prada – Walch, Elsneg – Honsak``, ``Real Madrid: Casillas;
  Salgado, Hierro, Karanka, Roberto Carlos; ...``. Once a paragraph holds
  one, the short lists beside it are of players too (``Ersatz: Durakovic,
  Bergmann``, ``Es fehlen: Ziegl (verletzt)``, ``Tore: Müller (12.)``);
- players listed with their clubs: ``a Bracamonte y De la Cruz (Badajoz),
  Suárez (Toledo), Oscar y Puñal (Leganés)``.

Pure functions of the text: what can be a player's name (not a country, a
known body or a town), a team's (not a country) and what is a region is the
caller's to say (:class:`NameTests`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from .name_lexicons import NOT_NAME_START, UPPER

_UPPER = UPPER
#: a word of a name: ``Gebauer``, ``Möschl``, ``O'Neill``, an initial ``M.``, ``At.`` (Atlético)
_WORD = rf"(?:[{_UPPER}][a-zà-ÿ]{{0,2}}\.|[{_UPPER}][\w'’-]*\w)"
#: lower-case words inside a name: ``De la Cruz``, ``Van der Vaart``
_PARTICLE = r"(?:de|la|del|der|van|von|da|dos|di|du|le)"
_NAME = rf"{_WORD}(?:\s(?:{_PARTICLE}\s)*{_WORD}){{0,3}}"
_AND = r"(?:y|e|i|and|und|et)"

#: what parts the lines of a team: a semicolon, a dash between spaces
_LINE_BREAK = re.compile(r";|\s[–—-]\s")
#: the tokens of a list: a name, a note in brackets, a separator, a score, a colon
_TOKEN = re.compile(
    rf"(?P<name>{_NAME})"
    r"|(?P<note>\([^()\n]{0,80}\))"
    rf"|(?P<line>{_LINE_BREAK.pattern})"
    rf"|(?P<sep>,|/|\s{_AND}\s)"
    # "Tore: 1:0 Tjaden (12.), 2:0 ...": the score so far; not "Anstoß: 15:30 Uhr"
    r"|(?P<score>\d{1,3}:\d{1,3}(?![\d:])(?!\s*(?:Uhr|h|horas?|heures?|hours?|GMT|MEZ|CET)\b))"
    r"|(?P<colon>:(?!\d))"
    r"|(?P<end>\.(?=\s|$)|\n)"
    r"|(?P<space>[ \t]+)"
    r"|(?P<other>[^\s:,;()]+|\S)"
)

#: the fewest players of a line-up, and of the lines it is parted into
LINE_UP_PLAYERS = 7
LINE_UP_BREAKS = 2
#: the fewest players-with-club groups of a list, and the largest share of
#: them whose club is named like a province (many clubs are: Toledo, Badajoz)
CLUB_GROUPS = 3
REGIONS_SHARE = Fraction(2, 3)

_GROUP = re.compile(rf"(?P<names>{_NAME}(?:(?:,\s|\s{_AND}\s){_NAME})*)\s\((?P<club>{_NAME})\)")
_BETWEEN_GROUPS = re.compile(rf",\s|\s{_AND}\s")
#: one name, to find or check
_NAME_PATTERN = re.compile(_NAME)


class Role(Enum):
    PLAYER = "player"
    TEAM = "team"
    NOTE = "note"  # a note in brackets beside a player: an injury, a minute


@dataclass(frozen=True)
class NameTests:
    """What the caller knows of names."""

    player: Callable[[str], bool]  # can be a player's
    team: Callable[[str], bool]  # can be a team's
    region: Callable[[str], bool]  # is a province or region: "Madridejos (Toledo)" is a town's


@dataclass(frozen=True)
class SheetName:
    """A name read from a team sheet, where it is written."""

    start: int
    text: str
    role: Role

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class _Segment:
    """What follows one colon, up to the next label or the end of the paragraph."""

    label: SheetName | None
    players: list[SheetName]  # and the notes beside them
    breaks: int  # dashes and semicolons parting the lines of a team
    clean: bool  # names, notes and separators only
    scores: int = 0  # scores after a name: "Atlanta Hawks – Oklahoma City Thunder 106:100"

    @property
    def lined_up(self) -> bool:
        """A team's line-up: enough players, parted into lines; not a list of
        results, whose dashes part two sides and end on their score."""
        players = sum(name.role is Role.PLAYER for name in self.players)
        return self.clean and players >= LINE_UP_PLAYERS and self.breaks >= LINE_UP_BREAKS and self.scores < self.breaks


def team_sheet_names(text: str, tests: NameTests) -> list[SheetName]:
    """The players, teams and notes of the team sheets in ``text``, in order."""
    found = [*_line_ups(text, tests), *_players_with_clubs(text, tests)]
    seen: set[int] = set()
    unique = []
    for name in sorted(found, key=lambda n: n.start):
        if name.start not in seen:
            seen.add(name.start)
            unique.append(name)
    return unique


def _line_ups(text: str, tests: NameTests) -> list[SheetName]:
    names = []
    for paragraph_start, paragraph in _paragraphs(text):
        if ":" not in paragraph or len(_LINE_BREAK.findall(paragraph)) < LINE_UP_BREAKS:
            continue  # no line-up can be there
        segments = _segments(paragraph, paragraph_start, tests.player)
        if not any(segment.lined_up for segment in segments):
            continue
        for segment in segments:
            if not segment.clean:
                continue
            names.extend(segment.players)
            if segment.lined_up and segment.label is not None and tests.team(segment.label.text):
                names.append(segment.label)
    return names


def _paragraphs(text: str):
    start = 0
    for part in re.split(r"(\n\s*\n)", text):
        if part.strip() and not part.startswith("\n"):
            yield start, part
        start += len(part)


def _segments(paragraph: str, offset: int, is_player: Callable[[str], bool]) -> list[_Segment]:
    tokens = [(m.lastgroup, m.start() + offset, m[0]) for m in _TOKEN.finditer(paragraph)]
    tokens = [token for token in tokens if token[0] != "space"]
    # where the run of words each token opens ends
    run_ends = [len(tokens)] * (len(tokens) + 1)
    for index in range(len(tokens) - 1, -1, -1):
        run_ends[index] = run_ends[index + 1] if tokens[index][0] in ("name", "other") else index
    segments: list[_Segment] = []
    current: _Segment | None = None
    index = 0
    while index < len(tokens):
        kind, start, written = tokens[index]
        words_end = run_ends[index]
        if words_end < len(tokens) and tokens[words_end][0] == "colon":
            # words up to a colon: the label of what follows ("Real Madrid:",
            # "Es fehlen:"), after the last player of a list ("... Honsak Ersatz:")
            words = [
                (at + word.start(), word[0])
                for _, at, chunk in tokens[index:words_end]
                for word in re.finditer(r"\S+", chunk)
            ]
            in_list = current is not None and current.clean and bool(current.players or current.breaks)
            cut = _label_start(words) if in_list else 0
            if cut:
                player = " ".join(word for _, word in words[:cut])
                if _NAME_PATTERN.fullmatch(player) and is_player(player):
                    current.players.append(SheetName(words[0][0], player, Role.PLAYER))
            label = None
            if words[cut:] and len(words) - cut <= 4:
                label_start = words[cut][0]
                label = SheetName(
                    label_start, paragraph[label_start - offset : tokens[words_end][1] - offset].rstrip(), Role.TEAM
                )
            current = _Segment(label, [], 0, True)
            segments.append(current)
            index = words_end + 1
            continue
        index += 1
        if kind == "colon":
            current = _Segment(None, [], 0, True)
            segments.append(current)
        elif current is None or not current.clean:
            continue
        elif kind == "other" or words_end > index:
            current.clean = False  # prose, or a name with a word of prose after it: no list
        elif kind == "name":
            if is_player(written):
                current.players.append(SheetName(start, written, Role.PLAYER))
        elif kind == "line":
            current.breaks += 1
        elif kind == "score" and index >= 2 and tokens[index - 2][0] == "name":
            current.scores += 1  # a side and its score
        elif kind == "note":
            current.players.extend(_note(start, written, is_player))
        elif kind == "end":
            current = None
    return segments


#: a player coming on, with the minute: ``(71. Ertugrul)``, ``(46. Min. Dante)``,
#: ``(Chalke 67)``, ``(Arregui, m.70)``, ``(Peyrat, 74e)``
_SUBSTITUTE = re.compile(
    rf"\(\s*(?:\d{{1,3}}\.\s*(?:Min\.\s*)?)?(?P<name>{_NAME})"
    r"(?:,?\s*(?:m\.\s*|min\.?\s*)?\d{1,3}(?:e|'|’|\.)?)?\s*\)"
)


def _note(start: int, written: str, is_player: Callable[[str], bool]) -> list[SheetName]:
    """A note beside a player: the player who came on for them, if it names
    one; the note itself, so that nothing in it is read as a name."""
    substitute = _SUBSTITUTE.fullmatch(written)
    if substitute and any(char.isdigit() for char in written) and is_player(substitute["name"]):
        return [SheetName(start + substitute.start("name"), substitute["name"], Role.PLAYER)]
    return [SheetName(start, written, Role.NOTE)]


#: The colours of the cards a referee shows, opening a label German capitalises whole:
#: "Gelbe Karten:", "Gelb-Rote Karte:".
_CARD_COLOURS = frozenset(("Gelbe", "Gelb-Rote", "Gelb-Rot", "Rote"))


def _label_start(words: list[tuple[int, str]]) -> int:
    """Where the label begins in the words before a colon that follow a
    list's last player: at a word that opens no name (``Fröschl Es fehlen``,
    ``Djurdic Gelbe Karten``) or else at the last word (``Honsak Ersatz``)."""
    if words and words[0][1] in _CARD_COLOURS:
        return 0  # "(94. Prosenik) Gelbe Karten:": the label, no player before it
    for position, (_, word) in enumerate(words[1:], 1):
        if not word[:1].isupper() or word in NOT_NAME_START or word in _CARD_COLOURS:
            return position
    return len(words) - 1


def _players_with_clubs(text: str, tests: NameTests) -> list[SheetName]:
    """``Bracamonte y De la Cruz (Badajoz), Suárez (Toledo), Oscar (Leganés)``:
    three groups or more, each of players and the club they play for; not
    towns and their provinces (``Madridejos (Toledo), Herencia (Ciudad
    Real)``), nor firms and their owners (``Tiscali (Renato Soru)``)."""
    names: list[SheetName] = []
    run: list[re.Match] = []

    def close() -> None:
        if len(run) >= CLUB_GROUPS and sum(tests.region(group["club"]) for group in run) <= REGIONS_SHARE * len(run):
            for group in run:
                for name in _NAME_PATTERN.finditer(group["names"]):
                    if tests.player(name[0]):
                        names.append(SheetName(group.start("names") + name.start(), name[0], Role.PLAYER))
                names.append(SheetName(group.start("club"), group["club"], Role.TEAM))
        run.clear()

    if text.count("(") < CLUB_GROUPS:
        return names
    for group in _GROUP.finditer(text):
        players = [name[0] for name in _NAME_PATTERN.finditer(group["names"])]
        if not tests.team(group["club"]) or not any(tests.player(player) for player in players):
            close()
            continue
        if run and not _BETWEEN_GROUPS.fullmatch(text, run[-1].end(), group.start()):
            close()
        run.append(group)
    close()
    return names
