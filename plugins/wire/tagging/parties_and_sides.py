"""Political parties and sports sides: parties named by their word or in
full, members of US parties, sides of a match, results lists and sports
stories.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import pycountry

from ..dates import fold
from ..places import us_state
from .mentions import (
    _UPPER,
    PARTY_TABLE_RULE,
    Found,
    Mention,
    _club,
    _could_be_sheet_name,
    _first_rule,
    _is_demonym,
    _is_given_name,
    _is_place,
    _is_region,
    _overlaps,
    _party,
    _party_by_word,
    _rename_organizations,
)
from .name_lexicons import (
    calendar_words,
    function_words,
)
from .topics import sport_words
from .vocabulary import (
    club_forms_folded,
    club_table,
    party_table,
)

#: The members of the two American parties, as English and German copy name
#: the parties by them: "Democrats", "Senate Republicans", "die Demokraten".
_US_PARTY_MEMBERS = re.compile(
    r"(?<![\w-])(?:(?P<before>[A-Z][\w.]*)[ ])?(?P<members>Democrats|Republicans|Demokraten|Republikaner)(?![\w-])"
)
_US_PARTIES = {
    "Democrats": "Democratic Party",
    "Demokraten": "Democratic Party",
    "Republicans": "Republican Party",
    "Republikaner": "Republican Party",
}
#: Words before the members that keep them the American party's: "Senate Democrats", "House Republicans".
_US_CHAMBERS = frozenset({"Senate", "House", "Congressional", "U.S.", "US"})
#: A party's name before the word "party" in English copy: "the ruling Congress party".
_NAME_BEFORE_PARTY = re.compile(rf"(?<![\w'’.-])(?P<name>[{_UPPER}][\w'’-]*(?:[ ][{_UPPER}][\w'’-]*){{0,2}})[ ]party\b")
#: A capitalised word and a particle before a name: the name goes on before ("People of Freedom").
_NAME_GOES_ON_BEFORE = re.compile(rf"[{_UPPER}][\w'’-]*[ ](?:of|for|and)[ ]$")


def _parties_before_their_word(text: str, country: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A party of the story's own ``country`` named by a word of its name
    before the word "party" (``the ruling Congress party`` of an Indian
    story: the Indian National Congress, not the US Congress; ``a right-wing
    Likud party politician``): see :func:`_party_by_word`. Not a people, a
    month or a holiday (``the Greek party``, ``the Christmas party``), nor
    the end of a longer name (``the People of Freedom party``)."""
    if " party" not in text:
        return
    for match in _NAME_BEFORE_PARTY.finditer(text):
        words = match["name"].split()
        start = match.start("name")
        while words and words[0].lower() in function_words():  # "The Congress party"
            start += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        if not name or _overlaps(taken, start, start + len(name)):
            continue
        if any(word in calendar_words() or _is_demonym(word) for word in words):
            continue
        if _NAME_GOES_ON_BEFORE.search(text, max(0, start - 30), start):
            continue
        party = _party_by_word(name, country)
        if party:
            found.mentions.append(Mention("organization", party.name, name, start, "a party by its word"))
            taken.append((start, start + len(name)))


def _us_party_members(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """The American parties named by their members in a story about the
    United States (``Republicans are poised to take control``); not another
    party's (``Liberal Democrats``, ``Free Democrats``)."""
    for match in _US_PARTY_MEMBERS.finditer(text):
        before = match["before"]
        if before and before not in _US_CHAMBERS and before.lower() not in function_words():
            continue
        if _overlaps(taken, *match.span("members")):
            continue
        party = _party(_US_PARTIES[match["members"]], ("US",))
        found.mentions.append(
            Mention("organization", party.name, match["members"], match.start("members"), "the party by its members")
        )
        taken.append(match.span("members"))


#: A match by its two sides joined by a dash: "el partido de Mérida-Extremadura",
#: "EL PARTIDO MERIDA-EXTREMADURA", "das Spiel Rapid - Sturm".
_MATCH_SIDES = re.compile(
    rf"(?<![\w-])(?i:partido|encuentro|duelo|choque|derbi|match|rencontre|spiel|partie|game|derby)"
    rf"(?:[ ](?i:de|del|entre))?[ ](?P<home>[{_UPPER}][\w.]+(?:[ ][{_UPPER}][\w.]+)?)[ ]?[-–][ ]?"
    rf"(?P<away>[{_UPPER}][\w.]+(?:[ ][{_UPPER}][\w.]+)?)(?![\w-])"
)


def _sides_of_a_match(text: str, taken: list[tuple[int, int]], found: Found, countries: tuple[str, ...]) -> None:
    """The two sides of a match named by their towns or clubs joined by a
    dash (``el partido de Mérida-Extremadura``): two clubs, not a party
    named ``Partido Mérida-Extremadura`` nor two towns."""
    for match in _MATCH_SIDES.finditer(text):
        # a side in a headline in capitals ("MERIDA") as a name is written ("Merida")
        sides = [
            (match[side], match.start(side), match[side].title() if match[side].isupper() else match[side])
            for side in ("home", "away")
        ]
        if _overlaps(taken, match.start("home"), match.end("away")) or not all(
            _is_place(name) or _is_region(plain) or club_table().get(name) for name, _, plain in sides
        ):
            continue
        for name, start, plain in sides:
            written = club_forms_folded().get(fold(name), plain)  # "Mérida", as the club table writes it
            club = _club(written, countries)
            found.mentions.append(
                Mention("organization", club.name if club else written, name, start, "a side of a match")
            )
            taken.append((start, start + len(name)))


#: A football score: "2-1", "3:0", "Halftime 1-2." (no date, range or time: "1996-97", "10:30"; and
#: no score of a game counted in tens, where a city's name is another sport's team).
_SCORE = re.compile(r"(?<![\d.,:/-])\d[-:]\d(?![\d,:/%-]|\.\d)")
#: A line of results: "Leeds 2 Newcastle 1".
_RESULT_LINE = re.compile(r"^[^\W\d][^\d\n]* \d [^\W\d][^\d\n]* \d[ \t]*$", re.MULTILINE)
#: Results run on in one paragraph, three sides and scores at least: "Portsmouth 1 Queens Park Rangers 2
#: Tranmere 3 Grimsby 2".
_RESULTS_RUN = re.compile(rf"(?:(?<![\w.])[{_UPPER}][\w'’-]*(?:[ ][{_UPPER}][\w'’-]*){{0,3}}[ ]\d{{1,2}}[ ]){{3,}}")
#: A story with this many of the sport topic's words is about sport.
SPORT_WORDS = 2


def _sports_story(text: str, lang: str, team_sheet: bool) -> bool:
    """Whether a story is about sport: a team sheet, a score or a line of
    results, or the sport topic's words (where a city's name may be its club's)."""
    if team_sheet or _SCORE.search(text) or _RESULT_LINE.search(text) or _RESULTS_RUN.search(text):
        return True
    return sport_words(text, lang) >= SPORT_WORDS


def _could_be_team(name: str) -> bool:
    """A name in a team sheet that can be a club's: a given name and a
    surname are a person's (``Tiscali (Renato Soru)``)."""
    words = name.split()
    return _could_be_sheet_name(name) and not (len(words) > 1 and _is_given_name(words[0]))


#: What an American party's member is named by before the party's word:
#: the chamber they sit in, or how many they are.
_MEMBERS_COUNTED = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens".split())
_MEMBERS_BEFORE = _MEMBERS_COUNTED | {"House", "Senate", "U.S."}


def _party_member(name: str) -> bool:
    """Whether a name is one member of an American party, named by the state
    or chamber they sit for (``Ohio Republican``, ``House Democrat``, ``Six
    Republican``), or members counted (``Ten Democrats``): no body; not
    ``Liberal Democrat``, a British party's."""
    head, _, last = name.rpartition(" ")
    if last in ("Republicans", "Democrats"):
        return head in _MEMBERS_COUNTED
    return last in ("Republican", "Democrat") and (head in _MEMBERS_BEFORE or us_state(head) == head)


def _parties_by_their_full_names(found: Found, countries: tuple[str, ...]) -> None:
    """A party the recogniser or a rule read by its full name is the party
    table's party of the story's countries (``Partido Justicialista``:
    ``Justicialist Party``), as the name is where the table reads it: one
    tag, however the story writes it. So is a German party whose name the
    table holds with its article, read without it as a sentence declines it
    (``der Grünen``, ``den Linken``: ``Die Grünen``, ``Die Linke``). A name
    that several countries' parties bear is the party of the country whose
    parties the story names most by other names: ``die Grünen`` beside
    ``ÖVP`` and ``FPÖ`` are Austria's. Not a short name, which a story's
    context must tell (see the party rules)."""
    table = party_table()
    # each party the table read, by the form the story writes it in
    read = {
        (mention.text, party)
        for mention in found.of("organization")
        if _first_rule(mention) == PARTY_TABLE_RULE
        for party in table.get(mention.text, ())
        if party.name == mention.key
    }

    def first_countries(written: str) -> tuple[str, ...]:
        """The story's countries, after the one whose parties the story
        names most by other forms, more than any other's."""
        homes = Counter(party.country for party in {party for form, party in read if form != written}).most_common(2)
        if homes and (len(homes) == 1 or homes[0][1] > homes[1][1]):
            return (homes[0][0], *countries)
        return countries

    def party_name(mention: Mention) -> str | None:
        if _first_rule(mention) == PARTY_TABLE_RULE:
            ambiguous = len(table.get(mention.text, ())) > 1
            party = _party(mention.text, first_countries(mention.text)) if ambiguous else None
        elif mention.key != mention.text:
            return None
        elif " " not in mention.key:
            form = _german_parties_declined().get(mention.key)
            party = _party(form, first_countries(form)) if form else None
        else:
            party = _party(mention.key, first_countries(mention.key))
        return party.name if party and party.name != mention.key else None

    _rename_organizations(found, party_name)


#: German articles a party's name in the table may open on: "Die Grünen", "Die Linke".
_GERMAN_ARTICLES = frozenset(("Die", "Der", "Das"))


@functools.cache
def _german_parties_declined() -> dict[str, str]:
    """The one-word German party names the table holds with their article,
    as a sentence declines them without it (``Grünen``, ``Grüne``: ``Die
    Grünen``; ``Linke``, ``Linken``: ``Die Linke``) -> the table's name."""
    declined: dict[str, str] = {}
    for name in party_table():
        article, _, word = name.partition(" ")
        if article not in _GERMAN_ARTICLES or not word or " " in word:
            continue
        forms = {word, word[:-1] if word.endswith("en") else word + "n" if word.endswith("e") else word}
        declined.update(dict.fromkeys(forms, name))
    return declined


#: A player in a list of results, by initial and surname, then a score: "D. Cox 95 not out,", "G. Rose 7-73)".
_RESULT = re.compile(
    rf"(?<![\w.])(?P<name>[{_UPPER}]\. [{_UPPER}][\w'’-]+) \d{{1,3}}(?:-\d{{1,3}})?(?: not out)?(?=[,;)]|\.(?:\s|$))"
)
#: How many players a paragraph lists with their scores, at least, to be a list of results.
_RESULTS_AT_LEAST = 3
#: A cricket scorecard's marks: bowled by, caught by, stumped by ("Atherton b Waqar Younis 31").
_BOWLED_BY = re.compile(rf"[ ]b[ ][{_UPPER}]")
_SCORECARD_NAME = rf"[{_UPPER}][\w'’.-]*(?:[ ][{_UPPER}][\w'’.-]*){{0,3}}"
#: A player in a scorecard: after a mark ("c Saeed Anwar", "b Wasim Akram"), or before one or before
#: bowling figures ("N. Hussain c", "R. Croft not out", "Wasim Akram 29.2-9-83-3").
_SCORECARD_PLAYER = re.compile(
    rf"(?:(?<=[ ][cb][ ])|(?<=[ ]st[ ]))(?:{_SCORECARD_NAME})"
    rf"|(?<![\w'’.-])(?:{_SCORECARD_NAME})"
    rf"(?=[ ](?:c|b|st|lbw|not[ ]out|run[ ]out)[ ]|[ ]\d{{1,3}}(?:\.\d)?-\d{{1,3}}-\d{{1,3}}-\d{{1,2}}(?!\d))"
)


#: A scorer and the minute of the goal: "Eugen Voica (84th)", "Arwel Jones (47th, own goal)".
_SCORER = re.compile(rf"(?<![\w'’.-])(?P<name>{_SCORECARD_NAME})(?=[ ]\(\d{{1,3}}(?:st|nd|rd|th)\b)")
#: A competitor and the code of the country in brackets, a seed after it: "Maureen Drake (CAN)", "(ESP, 3)".
_CODED_COMPETITOR = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_SCORECARD_NAME})(?=[ ]\((?P<code>[{_UPPER}]{{3}})(?:,[ ]\d{{1,2}})?\))"
)
#: A place in a ranking, the competitor and the country in brackets: "5. Linford Christie (Britain) 10.14".
_RANKED = re.compile(rf"(?<![\w.])\d{{1,2}}\.[ ]+(?P<name>{_SCORECARD_NAME})(?=[ ]\([^()\n]{{2,30}}\))")


def _results_lists(text: str) -> frozenset[tuple[int, int]]:
    """Where each player of a list of results is named (and a code that is
    no country's, beside one): three or more in a paragraph, each by
    initial and surname with a score, by place in a ranking with a country,
    or with a country's code (``Maureen Drake (CAN)``); two scorers or more
    with their goal's minute; or a cricket scorecard's batsmen, fielders and
    bowlers, in a paragraph where three at least are bowled by someone."""
    spans: set[tuple[int, int]] = set()
    at = 0
    for paragraph in text.split("\n\n"):
        for pattern, least in ((_RESULT, _RESULTS_AT_LEAST), (_RANKED, _RESULTS_AT_LEAST), (_SCORER, 2)):
            found = [(at + match.start("name"), at + match.end("name")) for match in pattern.finditer(paragraph)]
            if len(found) >= least:
                spans.update(found)
        coded = [
            (match, pycountry.countries.get(alpha_3=match["code"]) is not None)
            for match in _CODED_COMPETITOR.finditer(paragraph)
        ]
        if sum(iso for _, iso in coded) >= _RESULTS_AT_LEAST:
            # each competitor of such a list; a code no standard gives names no body either ("(SLO)", "(JAP, 3)")
            for match, iso in coded:
                spans.add((at + match.start("name"), at + match.end("name")))
                if not iso:
                    spans.add((at + match.start("code"), at + match.end("code")))
        if len(_BOWLED_BY.findall(paragraph)) >= _RESULTS_AT_LEAST:
            spans.update((at + match.start(), at + match.end()) for match in _SCORECARD_PLAYER.finditer(paragraph))
        for listed in _INITIALS_LIST.finditer(paragraph):  # "To bat: R. Croft, D. Cork, A. Mullally"
            spans.update(
                (at + listed.start() + m.start(), at + listed.start() + m.end())
                for m in _INITIAL_AND_SURNAME.finditer(listed[0])
            )
        at += len(paragraph) + 2
    return frozenset(spans)


#: A player by initial and surname: "R. Croft".
_INITIAL_AND_SURNAME = re.compile(rf"(?<![\w.])[{_UPPER}]\.[ ][{_UPPER}][a-zà-ÿ'’-]+")
#: Three people or more by initial and surname in a row, parted by commas: a squad, a scorecard's batsmen to come.
_INITIALS_LIST = re.compile(
    rf"(?<![\w.])[{_UPPER}]\.[ ][{_UPPER}][a-zà-ÿ'’-]+(?:,[ ][{_UPPER}]\.[ ][{_UPPER}][a-zà-ÿ'’-]+){{2,}}"
)


def _party_named_in_full(spans: list[tuple[int, int, str, str]], acronym: str, party, countries) -> bool:
    """Whether the story names ``party`` by another of its names than
    ``acronym`` (``the Liberal Democrats`` before ``LD``)."""
    return any(
        kind == "party" and written != acronym and _party(written, countries) == party for *_, kind, written in spans
    )
