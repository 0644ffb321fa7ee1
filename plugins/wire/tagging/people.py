"""People: names read as a person's by their shape and context (a
given name, a title or role before, a speech verb after, an age in
apposition, the surname used again), cut to the name alone, and the passes
that make one person of the ways a story writes them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..agencies import agency_parts
from ..dates import fold
from ..instrument_codes import bare_share_code_at, code_at
from ..places import find_city, us_state
from .body_names import _ACRONYM_AFTER, _spelled_by_beginnings
from .mentions import (
    _CAMEL_CASE,
    _CAMEL_CASE_BEFORE,
    _CAPITALISED_WORD_AFTER,
    _DATELINE_DATE_AFTER,
    _DESCRIBED,
    _ELIDED,
    _ELISION,
    _FIRM_INITIAL_WORD,
    _FIRM_KINDS_OPENING,
    _GERMAN_ADJECTIVE,
    _GERMAN_ARTICLE_BEFORE,
    _GERMAN_DAY_PART,
    _GERMAN_ORG_ENDINGS,
    _GERMAN_ROLE_ENDINGS,
    _INDEX_AFTER,
    _INITIAL,
    _IRREGULAR_DEMONYMS,
    _LEGAL_TAIL,
    _MARKET_ROLE_AFTER,
    _NAME_WORD_AFTER,
    _NAME_WORD_BEFORE,
    _NOT_PERSON_HEADS,
    _PARTY_WORDS,
    _PLACE_WORDS_INSIDE,
    _POSSESSIVE,
    _RESULT_SCORE_NEAR,
    _SECTOR_INDEX_AFTER,
    _TABLE_RULE,
    _UPPER,
    _WORD_BEFORE,
    DOUBTED,
    SURE,
    Found,
    Mention,
    _back_over_space,
    _bare_article_inside,
    _body_before_person,
    _club,
    _could_be_sheet_name,
    _country_in_brackets_after,
    _designator_joined,
    _firms_listed,
    _folded_table_name,
    _german_genitive,
    _government_program,
    _has_body_word,
    _headline_verb,
    _in_site_name,
    _in_title_case_line,
    _industry_as_a_whole,
    _is_demonym,
    _is_given_name,
    _is_nationality_noun,
    _is_place,
    _is_region,
    _is_role,
    _large_town,
    _listed_name,
    _names_a_people,
    _names_event,
    _names_former_country,
    _needs_support,
    _overlaps,
    _plural_abbreviation_beside,
    _read_as,
    _read_as_any,
    _role_before,
    _state_after,
    _surname,
    _to_acronym_after,
    _town_with_its_state,
    _uses,
)
from .name_lexicons import (
    HONORIFICS,
    NOT_NAME_START,
    PARTICLES,
    TITLE_WORDS,
    calendar_words,
    first_names,
    function_words,
    german_months,
    german_noun,
    german_nouns,
    org_designators,
    org_words,
    role_words,
    roles_of,
    weekday_names,
)
from .recognised_bodies import _town_s_adjective_and_noun
from .recogniser import Recognised
from .team_sheets import Role, SheetName
from .vocabulary import (
    country_forms,
    fold_name,
    known_people,
    organization_folds,
    organization_table,
    organizations,
    text_cities,
)

#: Arabic articles written joined to a name: "Bashar al-Assad", "Abdel Fattah el-Sisi".
_JOINED_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-"
_NAME_WORD = rf"[{_UPPER}][\w'’\-]*\w|[{_UPPER}]\.|{_JOINED_ARTICLE}[{_UPPER}][\w'’\-]*\w"
#: The particles inside a person's name, longest first ("della" before "del"): those of the shared list
#: but "y" ("Ortega y Gasset"), which joins two names as often, and Spanish's "las" and "los" ("María
#: Antonieta de las Nieves"), which the shared list leaves out: read as particles by the body rules, they
#: cut "el Fondo de las Naciones Unidas" to "Fondo".
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES - {"y"} | {"las", "los"}, key=lambda word: (-len(word), word))) + ")"
_JOINED = re.compile(_JOINED_ARTICLE)
#: The lower-case words German copy writes inside names: "Ursula von der Leyen".
_GERMAN_PARTICLES = frozenset("von van zu de da di al".split())
#: A middle initial written without its full stop, after a given name and before the surname:
#: "George W Bush"; not a number in Roman numerals ("Basel I Tier 1"), nor a heading's letter ("PLAN B").
_BARE_INITIAL = rf"(?<=[a-z][ ])(?![IVX][ ])[{_UPPER}](?=[ ][{_UPPER}][a-z])"
#: A name starts a word, or follows an elided article or preposition: "d'Hosni Moubarak".
_NAME_SEQ = re.compile(
    rf"(?:(?<![\w'’])|(?<=(?<!\w){_ELIDED}))(?:{_NAME_WORD})"
    rf"(?:[ ]+(?:{_PARTICLE}[ ]+){{0,2}}(?:{_NAME_WORD}|{_BARE_INITIAL})){{1,}}(?![\w])"
)

_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*\d{1,3}\s*,\s*|,\s*)?(?:said|says|told|added|warned|announced|wrote|a déclaré|a dit|a affirmé|a indiqué|"
    r"a annoncé|a assuré|a estimé|a ajouté|a écrit|a expliqué|a souligné|a précisé|a averti|a prévenu|dijo|afirmó|"
    r"aseguró|añadió|explicó|declaró|indicó|señaló|anunció|advirtió|sagte|erklärte|betonte|teilte|schrieb|warnte|"
    r"kündigte|fügte)\b",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|added|wrote|explained|according to|a déclaré|a dit|a affirmé|a indiqué|a expliqué|"
    r"a ajouté|a précisé|selon|explique|déclare|affirme|dijo|afirmó|aseguró|añadió|explicó|declaró|indicó|señaló|"
    r"según|sagte|erklärte|betonte|so)\s+(?:(?:the|a|an|le|la|l'|el|la|der|die)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^\s*,\s*\d{1,3}\s*,")
# "Priya Natarajan, a senior health official": a role in apposition
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:(?:a|an|the|le|la|l'|un|une|el|la|un|una|der|die|ein|eine)\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)\b",
    re.IGNORECASE,
)
#: A bracket closed between a given name and the surname after it.
_SURNAME_AFTER_BRACKET = re.compile(rf"\)[ ][{_UPPER}]")
#: Nouns of landforms and waters that end places' names and no one's
#: (``Jackson Hole``, ``Palm Springs``); not ``Park``, ``Hill``, ``Lake`` or
#: ``Ridge``, which are surnames too.
_PLACE_NOUNS_LAST = frozenset(
    "Hole Valley Creek Springs Falls Heights Canyon Harbor Harbour Mountain Mountains Point".split()
)
#: Last words of a place's name that are surnames too: no one's after a word that is no given name
#: ("Pike Place", a coffee blend; but "Steve Place").
_PLACE_NOUNS_LAST_OR_SURNAMES = frozenset("Place Plaza Avenue Boulevard".split())
#: What names a source rather than a speaker before a name: "according to", "selon", "según", "laut".
_SOURCE_CUE_BEFORE = re.compile(r"\b(?:according to|selon|según|laut)\s+(?:[\w'’-]+\s+){0,3}$")
#: English words that qualify a role but are no title before a surname alone:
#: "Executive Coordinator", "the McKinsey Executive Roundtable", "High-Tech Strategist Newsletter".
_NO_TITLES_OF_A_SURNAME = frozenset(("executive", "chief", "strategist", "analyst", "economist", "senior"))


def _given_name_opens(words: list[str]) -> bool:
    """Whether the first word of a name, which may name a people too, is its
    given name: a given name and no people's adjective, before a word that
    is no given name (``Karel De Gucht``; not ``Dane Bjarne Riis``, ``German
    Juergen Stark``)."""
    return _is_given_name(words[0]) and not _is_demonym(words[0]) and not _is_given_name(words[1])


def _could_be_player(lang: str, read_as_organizations: frozenset[str], name: str) -> bool:
    """A name in a team sheet that can be a player's: not a country, a known
    body or a town, an acronym or a word that opens no name. A name of the
    organisation table that is also a surname (``Laborie``) is a body only
    where the model reads it as one."""
    if name in organizations() or name in text_cities():
        return False  # a country is left out by _could_be_sheet_name
    if name in organization_table() and (name in read_as_organizations or not _needs_support(name)):
        return False
    return _could_be_sheet_name(name) and not any(
        word in TITLE_WORDS
        or _is_role(word, lang)
        or _is_role(word.rstrip("s"), lang)  # "Goalkeepers - Oliver Kahn, Andreas Köpke"
        or (word.isupper() and len(word) > 1 and word[-1] != ".")
        for word in name.split()
    )


def _players(sheet: list[SheetName], taken: list[tuple[int, int]], found: Found) -> None:
    """The players of a team sheet that no other rule read, as people: a
    surname is the person the story names in full (``Iturbe`` after
    ``Joseba Iturbe``)."""
    in_full = {_surname(m.key.split()): m.key for m in found.of("person") if " " in m.key}
    for name in sheet:
        if name.role is Role.PLAYER and not _overlaps(taken, name.start, name.end):
            key = in_full.get(name.text, name.text)
            found.mentions.append(Mention("person", key, name.text, name.start, "player in a team sheet"))
            taken.append((name.start, name.end))


def _known_surnames_of_people_named(found: Found) -> None:
    """A surname alone that the list of known spellings gives to someone
    (``Stoltenberg``: Jens Stoltenberg) is the person of that surname the
    story names in full (``Jason Stoltenberg``), where it names one."""
    people = {m.key for m in found.of("person") if m.rule != "known spelling"}
    for index, mention in enumerate(found.mentions):
        if mention.kind != "person" or mention.rule != "known spelling" or " " in mention.text:
            continue
        named = sorted(key for key in people if key.endswith(" " + mention.text) and key != mention.key)
        if len(named) == 1:
            found.mentions[index] = replace(mention, key=named[0], rule=f"surname of {named[0]}")


def _surnames_of_people_named_in_full(found: Found) -> None:
    """Two surnames or more, with no given name, that end the name of one
    person the story names in full are that person (``López Garrido`` after
    ``Diego López Garrido``, ``Rodríguez Ibarra`` after ``Juan Carlos
    Rodríguez Ibarra``): one person, not two."""
    people = {m.key for m in found.of("person")}
    for index, mention in enumerate(found.mentions):
        words = mention.key.split()
        if mention.kind != "person" or len(words) < 2 or _is_given_name(words[0]):
            continue
        named = sorted(key for key in people if key.endswith(" " + mention.key) and _is_given_name(key.split()[0]))
        if len(named) == 1:
            found.mentions[index] = replace(mention, key=named[0], rule=f"{mention.rule}; surnames of {named[0]}")


#: Inside the brackets of a credit line, before a name: "(Reporting by ...; Editing by ".
_IN_CREDIT_LINE = re.compile(r"\([^()]*\b(?:[Bb]y|von|par|por)[ ][^()]*$")


def _surname_after_given_name(text: str, start: int, end: int, lang: str, proposals: list[Recognised]) -> bool:
    """Whether the name at ``start:end`` follows a given name of the name
    list that the model reads as one person's name with it (``Michael
    Jordan``; not ``im April Deutschland``, ``Sky Deutschland``), or a
    capitalised word right after a role (``el seleccionador Wanderley
    Luxemburgo``): a person's surname."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before[0].strip().lower() in function_words():
        return False  # "CEO OF U.S. OPERATIONS"
    if _IN_CREDIT_LINE.search(text, max(0, start - 200), start):
        return False  # "(Editing by Louise Ireland)": the desk's credit, in a story that may name the country
    if _is_given_name(before[0].strip()) and any(
        p.kind == "PER" and p.start <= before.start() and p.end >= end for p in proposals
    ):
        return True
    role = _WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
    return role is not None and role[1].lower() in roles_of(lang)  # not "el consejero de la Embajada China"


def _people_named_in_part(found: Found) -> None:
    """A person named with the first or the last words of one other
    person's name in the story is that person: Spanish and French copy name
    someone in full once and then by a given name and the first surname, or
    the surnames alone (``Carlota Alvarez`` after ``Carlota Alvarez Basso``,
    ``Gil Lázaro`` after ``Ignacio Gil Lázaro``, ``Jaime Mayor`` after
    ``Jaime Mayor Oreja``): one person, not two; whatever accents each
    writes (``Saenz de Santamaría`` after ``Soraya Sáenz de Santamaría``)."""
    people = {fold(m.key): m.key for m in found.of("person")}
    for index, mention in enumerate(found.mentions):
        if mention.kind != "person":
            continue
        part = fold(mention.key)
        fuller = [key for folded, key in people.items() if folded.startswith(part + " ") or folded.endswith(" " + part)]
        if len(fuller) == 1:
            found.mentions[index] = replace(mention, key=fuller[0], rule=f"{mention.rule}; part of {fuller[0]}")


#: People whom copy names with their middle initial and whose name without
#: it is another's: ``George Bush`` is the father too, ``John Kennedy`` a
#: senator of Louisiana.
_NAMED_WITH_INITIAL = frozenset({"George W. Bush", "John F. Kennedy", "Robert F. Kennedy", "Robert F. Kennedy Jr"})


#: Initials written together right before a name's first initial: the "Y."
#: of "Y.K. Lee", the "U." of "U.S. Target".
_JOINED_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.)+$")


def _initials_written_together(text: str, found: Found) -> None:
    """A person's name read from its last initial, where copy writes the
    initials together (``Y.K. Lee``, ``A.G. Lafley``, once ``K. Lee`` and
    ``G. Lafley``), is the name whole, in every mention; where the initials
    are a country's (``U.S. Target``), the name is no one's. (The last letter
    of a word written with slashes, ``I/B/E/S. Target said``, is no initial
    where names are found: see ``_find_people``.)"""
    renamed: dict[str, str | None] = {}
    for index, mention in enumerate(found.mentions):
        first = mention.text.split()[0]
        if mention.kind != "person" or not _INITIAL.fullmatch(first):
            continue
        before = _JOINED_INITIALS_BEFORE.search(text, max(0, mention.start - 9), mention.start)
        if before is None:
            continue
        if before[0] + first in country_forms():
            renamed[mention.key] = None
            continue
        key = before[0] + mention.key if mention.key.startswith(first) else mention.key
        renamed[mention.key] = key
        found.mentions[index] = replace(mention, key=key, text=before[0] + mention.text, start=before.start())
    if renamed:
        found.mentions = [
            mention
            if mention.kind != "person" or mention.key not in renamed
            else replace(mention, key=renamed[mention.key])
            for mention in found.mentions
            if mention.kind != "person" or renamed.get(mention.key, mention.key) is not None
        ]


def _without_middle_initial(found: Found) -> None:
    """A person named with one middle initial (``Henry M. Paulson``,
    ``Charles L. Evans Jr``) is tagged by the name without it, as most copy
    writes it: one page for the person however a story names them. Not one
    whose name without it is another's (:data:`_NAMED_WITH_INITIAL`), nor a
    name of two initials or more (``George H. W. Bush``)."""
    for index, mention in enumerate(found.mentions):
        words = mention.key.split()
        if mention.kind != "person" or len(words) < 3 or mention.key in _NAMED_WITH_INITIAL:
            continue
        initials = [i for i, word in enumerate(words) if _INITIAL.fullmatch(word)]
        if len(initials) == 1 and 0 < initials[0] < len(words) - 1:
            key = " ".join(words[: initials[0]] + words[initials[0] + 1 :])
            found.mentions[index] = replace(mention, key=key)


def _word_in_capitals(text: str, name: str, lang: str) -> bool:
    """Whether a name no list or table knows is one word in capitals the
    story writes in small letters too (``SPAIN: REFORM:`` of a wrap-up that
    speaks of ``pension reform``), or in English copy a US state's postal
    code (``NY Fed``; in Spanish, ``PA`` is the Andalusian party): a
    heading's word or a place, no body."""
    if not name.isupper() or " " in name or name in organization_table() or name in organizations():
        return False
    if len(name) == 2:
        return lang == "en" and us_state(name) is not None
    return len(name) > 3 and any(_uses(name.lower(), text))


#: A team's nickname after its town's name: a plural ("Stars", "Oilers"), not a surname in -ss;
#: where a score is near ("Florida Panthers – Detroit Red Wings 6:3"), not "Brent Saunders".
_TEAM_NICKNAME = re.compile(r"[A-Z][a-z]+[^s]s")
#: The words of a saint's name, which the lists of given names hold too: a run opening on one
#: names a saint, a place, a church or a firm ("Santa Bárbara Blindados") unless other evidence says a person.
_SAINTS = frozenset("san santa santo saint sainte sankt".split())
#: Quotes around a name alone: the title of a work, a group's or a place's
#: name, as written with or without spaces inside ("\" Tus Botas \"").
_QUOTE_OPENS = re.compile(r"[\"'“«‘][ ]?$")
_QUOTE_CLOSES = re.compile(r"[ ]?[\"'”»’]")
#: A title in quotes, in capitals but for its little words, before a name
#: that ends it: "el proyecto \"Menores Inmigrantes de Vida Independiente\"".
_QUOTED_TITLE_BEFORE = re.compile(
    rf"[\"“«][ ]?[{_UPPER}][\w-]*(?:[ ](?:[{_UPPER}][\w-]*|de|del|la|las|los|el|y|e|of|the|and|du|des|le|et|für|und|der|die|das))*[ ]$"
)
#: "Son of" in Hebrew and Arabic names, a given name of the list too ("Ben"):
#: inside a name it opens no other ("Shlomo Ben Ami", "Zine el Abidine Ben Ali").
_PATRONYMICS = frozenset("ben bin ibn abu bint ould".split())
#: Nouns that open Spanish and Catalan place names and are given names too in
#: the name list: "Alto de Velate" (a pass), "Son Moix" (an estate), "Sierra
#: de Gredos", "Monte Naranco", "Villa Olímpica", "Isla Cristina", "Campo de
#: Criptana", "Loma Linda", "Ronda Torrelavega" (a ring road).
_PLACE_NOUNS_FIRST = frozenset("alto son sierra monte villa isla campo loma ronda".split())


#: A given name and a surname after "St.": "Amy St. Eve", "Joseph St. Denis".
_SAINT_S_SURNAME = re.compile(
    rf"(?<![\w.'’-])(?P<given>[{_UPPER}][a-z]+)[ ]St\.[ ](?P<surname>[{_UPPER}][a-z]+)(?![\w'’-])"
)


def _people_with_a_saint_s_surname(text: str, found: Found) -> None:
    """A given name before a surname opening on ``St.`` is a person's name
    (``Judge Amy St. Eve``, ``auditor Joseph St. Denis``), and the surname
    alone elsewhere the same person's."""
    names = {}
    for match in _SAINT_S_SURNAME.finditer(text):
        surname = f"St. {match['surname']}"
        taken = [(m.start, m.start + len(m.text)) for m in found.mentions]
        if not _is_given_name(match["given"]) or _overlaps(taken, *match.span()):
            continue
        names[surname] = match["given"]
        name = f"{match['given']} {surname}"
        found.mentions.append(Mention("person", name, match[0], match.start(), "a saint's name as a surname"))
    for surname, given in names.items():
        for match in re.finditer(rf"(?<![\w.'’-]){re.escape(surname)}(?![\w'’-])", text):
            if not text.endswith(given + " ", 0, match.start()):  # "St. Denis wrote": the same man
                name = f"{given} {surname}"
                found.mentions.append(Mention("person", name, surname, match.start(), f"surname of {name}"))


#: A department's word as headlines abbreviate it, at the end of its name.
_DEPT = re.compile(r"(?<=[ ])Dept\.?$")


def _no_peoples_as_organizations(found: Found) -> None:
    """A people the recogniser read as an organisation is none
    (``the Russians``, ``Colombian airlines``, ``the Dutch first division``)."""
    found.mentions = [
        m
        for m in found.mentions
        if not (
            m.kind == "organization"
            and m.rule == "name recogniser"
            and m.text.isalpha()
            and m.text[:1].isupper()
            and (_is_demonym(m.text) or m.text.removesuffix("s") in _IRREGULAR_DEMONYMS)
        )
    ]


def _people_not_organizations(found: Found) -> None:
    """A name the model read as an organisation that is a person's name, or
    the surname of one, in the same story (``Ibrahimovic``, ``EFE Viana
    Baptista``; a surname of several words, ``López de Arriortúa``; the first
    of two, ``Arias`` of ``Francisco Arias Cárdenas``), or another given name
    before that surname (``Souha Arafat`` beside ``Yasser Arafat``) is a
    person; so is a firm's name of one word in the tables that is such a
    surname (``Petro`` after ``Gustavo Petro``). Such a surname in the
    plural is the family, no body (``the Uzans`` of ``Cem Uzan``); a
    person's name and "of" before a body's are no part of it (``Alastair
    Thornton of IHS Global Insight``)."""
    people = {m.key for m in found.of("person")}
    surnames = set()
    for name in people:
        words = name.split()
        surnames.update(" ".join(words[start:]) for start in range(1, len(words)))  # "López de Arriortúa"
        if len(words) > 2 and not _is_given_name(words[1]):
            surnames.add(words[1])  # the first of two surnames: "Arias" of "Francisco Arias Cárdenas"
    names = people | surnames

    def is_person(written: str) -> bool:
        first, _, rest = written.partition(" ")
        return (
            written in names
            or bool(rest and rest in names and agency_parts(first))  # "EFE Viana Baptista"
            or bool(rest and " " not in rest and rest in surnames and first[:1].isupper())  # "Souha Arafat"
        )

    found.mentions = [
        m
        for m in found.mentions
        if not (
            m.kind == "organization"
            and (
                ((m.rule == "name recogniser" or (m.rule == _TABLE_RULE and " " not in m.text)) and is_person(m.text))
                or (m.rule == "name recogniser" and m.text.endswith("s") and m.text[:-1] in surnames)
            )
        )
    ]
    for at, mention in enumerate(found.mentions):
        person, of, body = mention.text.partition(" of ")
        if (
            mention.kind == "organization"
            and mention.rule == "name recogniser"
            and of
            and (
                (person in names and (" " in body or body in organization_table()))
                or (_given_name_and_surname(person) and " " in body)  # not "Royal Academy of Engineering"
            )
            and not (_is_place(body) or body in text_cities())  # "Dell of Round Rock": where he is
        ):
            # "Alastair Thornton of IHS Global Insight": the person's body, read with them
            start = mention.start + len(person) + len(of)
            found.mentions[at] = replace(mention, key=_folded_table_name(body), text=body, start=start)


def _given_name_and_surname(name: str) -> bool:
    """Whether ``name`` is two words, a known given name and a capitalised
    word that is no designator, and no body of the tables: ``Alastair
    Thornton``, not ``Royal Bank`` nor ``French cities``."""
    words = name.split()
    return (
        len(words) == 2
        and _is_given_name(words[0])
        and words[1][:1].isupper()
        and words[1].lower() not in org_designators()
        and name not in organization_table()
    )


#: What follows a name between commas, up to a preposition: "Lanhee Chen,
#: policy director for the Romney campaign", "Conita Hung, an analyst at".
_APPOSITION_AFTER = re.compile(
    r",[ ](?:(?:a|an|the)[ ])?(?!(?:whose|which|that|who|its|the|a|an)[ ])(?P<words>(?:[\w-]+[ ]){0,5}?[\w-]+)"
    r"(?=[ ](?:of|for|at|with|in|to)[ ]|,)"
)


#: Industries that end a firm's name: "Anadarko Petroleum".
_INDUSTRY_LAST = frozenset("Petroleum Oil Gas Mining Minerals Steel Chemical Chemicals Shipping Logistics".split())


def _people_in_apposition(text: str, found: Found) -> None:
    """A name of two or three words the model alone reads as a body, that no
    table knows and no designator makes one, is a person's where a role of
    theirs follows it between commas (``Lanhee Chen, policy director for
    the Romney campaign``, ``Conita Hung, an analyst at``), in every mention,
    and so is its surname the model reads alone as a body."""
    people = set()
    for mention in found.of("organization"):
        words = mention.text.split()
        if (
            mention.rule == "name recogniser"
            and mention.key == mention.text
            and 2 <= len(words) <= 3
            and all(word[:1].isupper() and word[1:].islower() and word.isalpha() for word in words)
            and mention.text not in organization_table()
            and not _has_body_word(words)
            and words[0] not in org_words()
            # not "Volkswagen Beetle", "Anadarko Petroleum", "Virgin Australia", "Oregon State Treasury";
            # but a given name and a surname that a small town shares ("Akio Toyoda") are a name
            and not any(
                word in organization_table()
                or (_is_place(word) and not _surname_of_a_small_town(words, index))
                or us_state(word)
                for index, word in enumerate(words)
            )
            and words[-1] not in _NOT_PERSON_HEADS | _INDUSTRY_LAST  # "Anadarko Petroleum, a minority partner"
            and any(_role_in_apposition(text, use.end()) for use in _uses(mention.text, text))
        ):
            people.add(mention.key)
    # and the surname alone, which the model read as a body too: "according to Tiwana, who ..."
    surnames = {name.split()[-1]: name for name in people}
    found.mentions = [
        Mention("person", m.key, m.text, m.start, "a name its role follows")
        if m.key in people
        else Mention("person", surnames[m.text], m.text, m.start, f"surname of {surnames[m.text]}")
        if m.kind == "organization" and m.rule == "name recogniser" and m.text in surnames
        else m
        for m in found.mentions
    ]


def _surname_of_a_small_town(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` ends a name that opens on no place and is
    no country's or great town's name, only a small town's (``Toyoda`` of
    ``Akio Toyoda``)."""
    return (
        index == len(words) - 1
        and index > 0
        and not any(_is_place(word) for word in words[:index])
        and words[index] not in country_forms()
        and not _large_town(words[index])
        and not _is_region(words[index])
    )


def _role_in_apposition(text: str, end: int) -> bool:
    """Whether a person's role follows ``end`` between commas."""
    after = _APPOSITION_AFTER.match(text, end)
    return after is not None and any(_is_role(word, "en") or word in _KIN for word in after["words"].split())


#: Kin in apposition, as a role is: "Akio Toyoda, the grandson of the company's founder".
_KIN = frozenset(
    "son daughter grandson granddaughter wife husband widow widower brother sister father mother "
    "nephew niece cousin uncle aunt stepson stepdaughter".split()
)


def _reads_person(proposal: Recognised, text: str, start: int, end: int) -> bool:
    """Whether the model reads ``start:end`` as a person's name: exactly, or
    with lower-case words before it ("el ex marino Policarpio Vázquez")."""
    return (
        proposal.kind == "PER"
        and proposal.end == end
        and proposal.start <= start
        and not any(word[:1].isupper() for word in text[proposal.start : start].split())
    )


#: What follows the home side of a result: its score, the away side, its score ("Leyton Orient 1 Northampton 3"),
#: or its country in brackets and the away side ("Cercle Brugge (Belgium) v Brann Bergen").
_HOME_SIDE_AFTER = re.compile(
    rf"(?:[ ]\([^()\n]{{2,30}}\))?(?:[ ]\d[ ]+(?:[{_UPPER}][\w'’.-]*[ ]+){{1,4}}\d(?![\d.,:/%-])|[ ]v[ ][{_UPPER}])"
)
#: What comes before the away side of a result: the home side and its score ("Nancy 0 ").
_AWAY_SIDE_BEFORE = re.compile(rf"[{_UPPER}][\w'’.-]*(?:[ ]\([^()\n]{{2,30}}\))?[ ](?P<score>\d)[ ]$")
#: The away side's score: "0", "0." (not "0-3", a time or a share).
_AWAY_SCORE_AFTER = re.compile(r"(?:[ ]\([^()\n]{2,30}\))?[ ](?P<score>\d)(?![\d,:/%-]|\.\d)")
_NUMBER_BEFORE = re.compile(r"\d[ ]$")


def _side_of_a_result(text: str, start: int, end: int) -> bool:
    """Whether the run at ``start:end`` is a side in a line of football
    results: no player is written between scores so (``Nancy 0 Paris St
    Germain 0``). Not a player with a score (``D. Cox 95,``), a golfer after
    his (``68 Steve Stricker 69``), nor a place in a ranking (``2 Lindsay
    Davenport (USA) 3``)."""
    if _NUMBER_BEFORE.search(text, max(0, start - 2), start):
        before = _AWAY_SIDE_BEFORE.search(text, max(0, start - 40), start)
        after = _AWAY_SCORE_AFTER.match(text, end)
        return bool(before and after and int(after["score"]) != int(before["score"]) + 1)
    return bool(_HOME_SIDE_AFTER.match(text, end))


def _town_of_dateline_after(text: str, start: int, words: list[str]) -> int:
    """How many of a run's last words are the town of the dateline that
    follows, a byline before it on one line (``Por Orlando Lizama
    Washington, 23 may (EFE)``): none where no dateline follows or the run
    names no town at its end."""
    if len(words) < 3 or not _DATELINE_DATE_AFTER.match(text, start + len(" ".join(words))):
        return 0
    for count in (2, 1):
        town = " ".join(words[-count:])
        if (
            len(words) - count >= 2
            and words[-count - 1].lower() not in PARTICLES  # "Valencia de Alcántara (Cáceres), 23 may": a town
            and (find_city(town) or _is_place(town))
        ):
            return count
    return 0


def _state_before_given_name(words: list[str], index: int) -> bool:
    """A US state opening a run, a given name and a surname after it: the
    state is what a role is of (``el gobernador de Texas George W. Bush``,
    ``el congresista de Georgia John Lewis``)."""
    return (
        index == 0
        and len(words) >= 3
        and len(words[0]) > 3
        and us_state(words[0]) == words[0]
        and _is_given_name(words[1])
    )


def _stray_initial(words: list[str], index: int) -> bool:
    """An initial not after a given name: not part of a name written in full
    (``Samuel L. Jackson`` keeps its initial)."""
    return bool(_INITIAL.fullmatch(words[index])) and not _is_given_name(words[index - 1] if index else "")


def _opens_name(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is an initial before the last word, a
    surname (``W. Khan``), or before a given name and a surname (``J.
    Christopher Flowers``)."""
    return bool(_INITIAL.fullmatch(words[index])) and (
        index == len(words) - 2
        or (index == len(words) - 3 and _is_given_name(words[index + 1]) and _could_be_surname(words[-1]))
    )


def _reads_surname(proposal: Recognised, start: int, end: int, initial: int) -> bool:
    """Whether the model reads the surname after an initial at ``start`` as a
    person's name, with the initial or without it (``D. Cox``, ``Cox``)."""
    return proposal.kind == "PER" and proposal.end == end and start <= proposal.start <= start + initial


#: After a German name in the genitive, what it owns: a noun, or an adjective
#: of a strong ending and a noun ("Steven Spielbergs Thriller", "nach Angela
#: Merkels einzigem Kompass"; not "Steve Jobs solche Patzer", "De Baets
#: untersuchte Koprolithen": verbs and determiners end as weak adjectives do;
#: nor a participle, whose doer the name is: "von Steve Jobs verwendetes Zitat").
_OWNED_AFTER_GERMAN_GENITIVE = re.compile(
    rf"\s+(?:[a-zäöüß]{{3,}}(?<!t)e[mrs]\s+)?[{_UPPER}][a-zäöüß]{{2,}}\b(?![ -][{_UPPER}])"
)
#: "mit" before a name in the dative, and its verb's object after it ("zusammen
#: mit Bradley Wiggins Platz vier belegt"): no genitive.
_DATIVE_WITH_BEFORE = re.compile(r"(?<![\w-])[Mm]it\s+$")


def _german_genitives_to_names(text: str, found: Found) -> None:
    """A person German copy names in the genitive (``Angela Merkels Politik``,
    ``Steven Spielbergs Thriller``) is named without its ``s``: where the
    story names the person so elsewhere (``Merkel``), or where every mention
    is right before what the person owns (:data:`_OWNED_AFTER_GERMAN_GENITIVE`),
    and not after ``mit``. A name whose own last letter is ``s`` (``Tsipras``) is
    before a verb or a mark, not a noun, or named so again."""
    people = found.of("person")
    named = {m.key for m in people} | {m.text for m in people}
    for index, mention in enumerate(found.mentions):
        key = mention.key
        if mention.kind != "person" or " " not in key or not _german_genitive(key.split()[-1]) or key.endswith("ss"):
            continue
        base = key[:-1]
        named_so = (
            base in named or base.split()[-1] in named or re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", text)
        )
        spans = [(m.start, m.start + len(m.text)) for m in people if m.key == key and m.text.endswith("s")]
        owned = bool(spans) and all(
            _OWNED_AFTER_GERMAN_GENITIVE.match(text, end)
            and not _DATIVE_WITH_BEFORE.search(text, max(0, start - 5), start)
            for start, end in spans
        )
        if named_so or owned:
            found.mentions[index] = replace(mention, key=base, rule=f"{mention.rule}; a genitive's name")


def _initials_to_full_names(found: Found) -> None:
    """A person named by initial and surname (``B. Obama``) is the one the
    story names in full, given name of that initial and that surname
    (``Barack Obama``, not ``Michelle Obama``); named so alone, the initial
    and the surname are the name."""
    full = [m.key.split() for m in found.of("person") if not _INITIAL.fullmatch(m.key.split()[0])]
    for index, mention in enumerate(found.mentions):
        words = mention.key.split()
        if mention.kind != "person" or len(words) != 2 or not _INITIAL.fullmatch(words[0]):
            continue
        named = next((n for n in full if len(n) > 1 and n[-1] == words[1] and n[0][:1] == words[0][:1]), None)
        if named:
            key = " ".join(named)
            found.mentions[index] = Mention("person", key, mention.text, mention.start, f"{mention.rule}; {key}")


def _surely_person(proposals: list[Recognised], name: str) -> bool:
    """Whether the model reads ``name`` as a person's, somewhere, with at least
    :data:`SURE` confidence."""
    return any(p.kind == "PER" and p.text == name and p.confidence >= SURE for p in proposals)


def _name_bounds(start: int, words: list[str], proposals: list[Recognised]) -> tuple[int, list[str]]:
    """Where a person's name begins in a run of capitalised words: where the
    model reads it to begin, or at the first given name
    (``Wirtschaftspsychologin Eva Hoffmann`` -> ``Eva Hoffmann``)."""
    if len(words) == 3 and _opens_name(words, 0):
        return start, words  # "J. Christopher Flowers": an initial before a given name and a surname is his
    end = start + len(" ".join(words))
    for proposal in proposals:
        if proposal.kind == "PER" and start < proposal.start and proposal.end <= end and " " in proposal.text:
            offset = start
            for index, word in enumerate(words):
                if offset >= proposal.start:
                    if _INITIAL.fullmatch(word) and _is_given_name(words[index - 1]):
                        break  # "Jorge W. Bustamante" read from its initial: the name is whole
                    return offset, words[index:]
                offset += len(word) + 1
    if len(words) > 2 and not _is_given_name(words[0]):
        for index, word in enumerate(words[1:-1], 1):
            if _is_given_name(word) and word.lower() not in _PATRONYMICS:  # "Auslieferung Heinz-Christian Straches"
                # but "Shlomo Ben Ami", "Tahar Ben Jelloun": "son of", no given name there
                return start + len(" ".join(words[:index])) + 1, words[index:]
    return start, words


def _article_of_particle(words: list[str], index: int) -> bool:
    """``Ursula von der Leyen``, ``Alexander Van der Bellen``: after a given
    name and ``von``, the article is the surname's; after a surname it opens
    what the person is of (``Schulz von der Bundespolizei``)."""
    return (
        words[index] in ("der", "den")
        and index > 1
        and words[index - 1].lower() in ("von", "van")
        and _is_given_name(words[index - 2])
    )


def _named_alone_again(text: str, word: str, span: tuple[int, int]) -> bool:
    """Whether a word after a title is written elsewhere in the story after
    no capitalised word (``hielt Klug in Anspielung``)."""
    return any(
        m.start() != span[0] and not re.search(rf"[{_UPPER}][\w-]*[ ]$", text[max(0, m.start() - 30) : m.start()])
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    )


def _given_name_before_name(words: list[str], index: int) -> bool:
    """``Julio Navarro``, ``June Okafor``, ``Dominique Strauss-Kahn``: a month
    or country that is also a given name, before another name; a day only
    before a body's word (``Sunday Times``, read on to its designator), never
    before a person's (``Sunday Night Football``, ``Sunday Sanofi``)."""
    word = words[index]
    if word in weekday_names() and not any(w.lower() in org_designators() for w in words[index + 1 :]):
        return False
    return (
        (word in calendar_words() or word in country_forms())
        and word.lower() in first_names()
        and index + 1 < len(words)
        and words[index + 1] not in calendar_words()
        and words[index + 1] not in country_forms()
    )


def _role_as_surname(words: list[str], index: int, lang: str) -> bool:
    """``Stephen King``, ``Jaime Mayor Oreja``: a role word right after the
    given name that opens a name, at the start of the run or after a title,
    is the surname, or its first part."""
    given = words[index - 1] if index else ""
    return (
        _is_given_name(given)
        and (index == 1 or _is_role(words[index - 2], lang) or words[index - 2] in NOT_NAME_START)
        and not _is_role(given, lang)
        and given not in NOT_NAME_START
        and given not in country_forms()
        and not _is_region(given)  # "Alabama Republican"
        and words[index].lower() in roles_of(lang)  # a listed role, not a German compound's ending
        and words[index] not in HONORIFICS  # "Will Herr Baldwin"
        and words[index][:1].isupper()
    )


def _particle_of_surname(words: list[str], index: int) -> bool:
    """``Marine Le Pen``, ``Bruno Le Roux``: a capitalised particle after a
    given name, before the rest of the surname."""
    following = next((word for word in words[index + 1 :] if word.lower() not in PARTICLES), "")
    return (
        0 < index < len(words) - 1
        and words[index].lower() in PARTICLES
        and _is_given_name(words[index - 1])
        and following[:1].isupper()  # "Alexander Van der Bellen"
    )


#: A letter in lower case and its full stop, an abbreviation's first, right before an initial: "a. D.".
_SMALL_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])[a-z][ ]?\.[ ]?$")


#: An English adverb opening a sentence before a name: "Previously Schaeffler was willing",
#: "Separately Jane Doe said"; long enough not to be a surname such as Daly or Healy.
_ADVERB = re.compile(r"[A-Z][a-z]{4,}ly")


#: The Arabic article a surname opens on, which copy drops when it names the person again:
#: "Nuri al-Maliki", then "Maliki"; "Bachar al-Assad", then "Assad".
_ARABIC_ARTICLE = re.compile(rf"(?:[aA][lnrstdz]|[eE][lnrstdz]|[aA]sh)-(?=[{_UPPER}])")


def _could_be_surname(word: str) -> bool:
    return not (
        word in NOT_NAME_START
        or word in calendar_words()
        or word in organizations()
        or word in country_forms()
        or word in text_cities()
        or word.lower() in org_designators()
        or word.lower() in role_words()
        or _is_demonym(word)  # "Major Japanese companies": a people's adjective
        or word.isupper()
        or len(word) < 3
        or "." in word
        or any(character.isdigit() for character in word)  # "MS Mar-23-may-2000": a date
    )


def _surname_alone(text: str, words: list[str], after_article: bool = True) -> bool:
    """Whether the last word of a name is used without the words before it;
    with ``after_article`` False, a use after an article or other function
    word does not count (``betonte Zsifkovics`` does, ``das Buch`` not)."""
    for use in _uses(words[-1], text):
        if text.endswith(words[-2], 0, _back_over_space(text, use.start())):
            continue
        if not after_article:
            before = _WORD_BEFORE.search(text, max(0, use.start() - 40), use.start())
            if before is not None and before[1].lower() in function_words():
                continue
        return True
    return False


def _used_only_in_full(text: str, words: list[str]) -> bool:
    """A firm named after people is written in full every time; a person is
    soon called by surname alone."""
    full = " ".join(words)
    body = text[text.find("\n\n") + 2 :] if "\n\n" in text else text  # a headline repeats its lede
    return len(list(_uses(full, body))) > 1 and not _surname_alone(text, words)


def _role_after(text: str, end: int, lang: str) -> bool:
    """Whether a role word follows a name in apposition: ``David Jones,
    Global CEO of Havas``."""
    after = _ROLE_AFTER.match(text[end : end + 60])
    return bool(after and _is_role(after[1], lang))


#: The letters before an initial that make it a share code's last ("WYE.N. Coca-Cola") or the country's
#: ("U.S. Army"), not a person's initials ("A.G. Lafley").
_CODE_OR_US_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]{2,}|U)\.$")
#: Offices only a person holds, before a name (not "rival", "owner", "author", what a firm or a book may be).
_OFFICES = frozenset("chairman chairwoman ceo cfo coo president executive director minister secretary governor".split())
#: A longer name's words before its last, joined by a space or a connector: "Research In (Motion)",
#: "Bradford & (Bingley)", "PTT Exploration and (Production)"; not "Britain's (HBOS)", "KFT.N and (Heinz)".
_NAME_GOES_ON_BEFORE = re.compile(r"(?<![\w'’.])[A-Z][\w-]*[ ](?:(?:In|in|of|and|&|de)[ ])?$")
#: A quote opening on a capitalised word right after a name.
_QUOTE_OPENS_AFTER = re.compile(r"[ ][\"“][A-Z]")


def _is_title_word(word: str, lang: str) -> bool:
    """A title or role word."""
    return word in TITLE_WORDS or _is_role(word, lang)


def _role_inside_a_name(run: list[str], cut: int, particles: frozenset[str], lang: str) -> bool:
    """Whether the role a run of capitalised words is cut after, in French or
    Spanish copy (which write a role before a name in lower case), is a word
    of a longer name: capitalised, after a capitalised word that is no role
    or title (``Complejo Científico Tecnológico``, ``Hospital Universitario
    Reina Sofía``), or after a particle that follows one (``San Martín del
    Rey Aurelio``)."""
    if cut < 2 or not _is_role(run[cut - 1], lang) or not run[cut - 1][:1].isupper():
        return False
    before = run[cut - 2]
    if before.lower() in particles and cut >= 3:
        before = run[cut - 3]
    return before[:1].isupper() and not _is_role(before, lang) and before not in NOT_NAME_START


def _ends_town_before(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` ends a town's name that opens before it
    (``Antonio`` of ``San Antonio Spurs``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before and before[1][:1].isupper() and find_city(f"{before[1]} {word}"))


def _german_name_words(words: list[str], text: str) -> tuple[int, int]:
    """Where a person's name is in a German run of capitalised words (a
    slice, empty where it names no one): without a kin word (``Ehefrau``),
    a noun after the name (``Sonja Wehsely Empörung``, ``Reinhold
    Mitterlehner Montagmittag``) or ``von`` after a surname, which says
    where the person works (``Gabor Wichmann von Birdlife``; not ``Ursula
    von der Leyen`` nor ``Johann Wolfgang von Goethe``, where a given name
    comes before it)."""
    first, last = 0, len(words)
    kin = next((i for i, word in enumerate(words) if word.lower() in _GERMAN_KIN), None)
    if kin is not None:
        # "Sohn Stephan", "Badawis Ehefrau Ensaf Haidar", "Johann Strauß Sohn": the kin word is no part of
        # the name, and a given name alone after it names no one a reader can follow
        first, last = (0, kin) if kin == last - 1 else (kin + 1, last)
        if last - first < 2:
            return 0, 0
    at = next((i for i in range(first, last) if words[i] == "von"), first)
    if at >= first + 2 and not _is_given_name(words[at - 1]):
        last = at
    elif at == first + 1 and not _is_given_name(words[first]) and words[first].lower() not in _GERMAN_NOBILITY:
        return 0, 0  # "Aussagen von Generalmajor Golan", "Gegenstand von Ermittlungen": a noun and whose it is
    if last - first > 2 and _GERMAN_NOUN_AFTER_NAME.search(words[last - 1]):
        last -= 1
    while last - first > 2 and _common_word_after_surname(words[first:last], text):
        last -= 1
    return first, last


def _common_word_after_surname(words: list[str], text: str) -> bool:
    """Whether the last of three or more capitalised words of German copy
    is a common word run on after a surname: a noun of the word list
    (``machte Florian Silbereisen Lust``, ``Kai Lukas Havertz Geburtstag``,
    ``Amy Winehouse Stand``) or a word the story writes small too (``Harry
    Kane Viel``, ``Eric Dier Darf``, where the story has ``darf``). Not
    after a given name, where the last word is the surname (``Anna Maria
    Bauer``, ``Hans Peter Wolf``), nor after a particle (``Sepp van den
    Berg``) or an initial (``Marcel A. Müller``), nor a given name itself,
    nor where the words open on no given name (``Baby Feeding Centers``),
    nor a word the story writes again elsewhere (the surname of ``Jasna
    Fritzi Bauer``, a given name the lists lack before it); the surname
    before it is written again on its own (``Silbereisen sang``). A
    label's word that a colon follows is a label after the name, whatever
    else the story writes (``Regie: Sam Keller Länge: 106 Minuten``, ``Karl
    Lauterbach Quelle: ...``, ``Kai Havertz Gehalt:``); not a surname that
    is also a noun (``Jasna Fritzi Bauer:``)."""
    word, before = words[-1], words[-2]
    if (
        not _is_given_name(words[0])
        or _is_given_name(before)
        or _INITIAL.fullmatch(before)
        or before.lower() in PARTICLES
        or _large_town(before)  # "FC Hertha München Fußball": a club's town, no surname
        or _is_given_name(word)
        or not word[:1].isupper()
    ):
        return False
    if word in _LABELS_AFTER_NAME and re.search(rf"(?<![\w-]){re.escape(before)}\s+{re.escape(word)}:", text):
        return True
    if _surname_alone(text, [before, word]):
        return False  # "Jasna Fritzi Bauer" of a story that writes "Bauer" again: her surname
    if not any(not _CAPITAL_AFTER.match(text, use.end()) for use in _uses(before, text)):
        # "Oliver Batista Meier", named once: a given name the lists lack, then the surname; "Sky Sport News"
        # beside "Sky Sport App": a name's word, never a surname of its own
        return False
    return german_noun(word) or any(_uses(word.lower(), text))


#: The words of labels German pages write after a name, a colon after them: "Foto:", "Quelle:",
#: a film's "Länge:", a player's "Geburtstag:" or "Marktwert:".
_LABELS_AFTER_NAME = frozenset(
    "Foto Fotos Bild Bilder Quelle Quellen Video Grafik Länge Geburtstag Geburtsort Gehalt Vermögen Herkunft "
    "Größe Nationalität Position Vertrag Marktwert Beruf".split()
)
#: A capitalised word next after a word, across any space: "App" after "Sport" of "Sky Sport App".
_CAPITAL_AFTER = re.compile(rf"\s+[{_UPPER}]")


#: A Spanish adverb in -mente, which opens a sentence before a comma: no surname
#: ("Clemente" is, and shorter).
_SPANISH_ADVERB = re.compile(r"\w{5,}mente")
#: Kin and age before or after a name in German copy: "Sohn Stephan", "Ehefrau Margit", "Johann
#: Strauß Sohn", "der 34-Jährige Frodeno", "mit ihren Kindern Noa", "Toms Vater", "Seine Freundin
#: Laura". Not "Freund" nor "Kind", surnames too ("Christoph Freund", "Martin Kind").
_GERMAN_KIN = frozenset(
    "sohn tochter gattin gatte ehefrau ehemann witwe witwer bruder schwester jährige jähriger jährigen "
    "mutter vater eltern kinder kindern enkel enkelin enkeln oma opa freundin verlobte verlobter "
    "lebensgefährtin lebensgefährte geschwister".split()
)
#: Titles of nobility before "von": "Graf von Moltke", "Freiherr von Stein".
_GERMAN_NOBILITY = frozenset(
    "graf gräfin freiherr freifrau fürst fürstin prinz prinzessin baron baronin herzog herzogin ritter".split()
)


def _german_noun_or_adjective_first(words: list[str]) -> bool:
    """Whether a run of German capitalised words opens on a noun by its
    ending (``Entlassung``, ``Bewegung``) or an adjective of a place
    (``Griechische``), neither a given name, or goes on with a role
    (``Beste Hauptdarstellerin``): a noun phrase, no one's name."""
    first = words[0]
    if not _is_given_name(first) and (_GERMAN_NOUN_FIRST.search(first) or _GERMAN_ADJECTIVE.fullmatch(first)):
        return True
    # a woman's role: no surname ends so ("Richter", "Hofmeister" do, as men's roles)
    return any(word.lower().endswith(_GERMAN_WOMEN_ROLES) for word in words[1:])


def _analysts_firm(text: str, name: str) -> bool:
    """Whether a story names ``name`` as the firm of analysts anywhere:
    after ``analysts at`` or before ``analyst`` and a name (``Analysts at
    Stifel Nicolaus said``, ``Wedbush Morgan analyst Michael Pachter``)."""
    if not _quotes_market_people(text):
        return False
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        whole = not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum())
        if whole and (_ANALYST_AT.search(text, max(0, at - 60), at) or _MARKET_ROLE_AFTER.match(text, end)):
            return True
        at = text.find(name, end)
    return False


@functools.lru_cache(maxsize=4)
def _quotes_market_people(text: str) -> bool:
    """Whether a story names an analyst, economist or strategist at all (read
    once a story, not once a name)."""
    return bool(_MARKET_ROLE_IN.search(text))


#: An initial or a capitalised word right before a name: the name is cut from a longer one.
_CUT_NAME_BEFORE = re.compile(rf"(?:[{_UPPER}]\.|[{_UPPER}][\w'’-]*[ ])$")
_MARKET_ROLE_IN = re.compile(r"(?i:analyst|economist|strategist|trader|dealer|broker)")


def _table_firm_named_like_a_person(text: str, name: str, start: int, results: frozenset[int]) -> str | None:
    """The organisation table's firm that a name of two words or more that
    reads as a person's is (``Johnson Controls``, ``Charles Schwab``; ``D.R.
    Horton``, its initials written otherwise than the tables' ``D. R.
    Horton``), or None: not for a person the curated list knows, a player in
    a list of results, nor a title-case headline's capitals (``Investors Take
    a New Look at Markets``)."""
    if " " not in name or name in known_people() or start in results or _in_title_case_line(text, start):
        return None
    table = organization_table()
    if name in table:
        return table[name]
    before = _INITIALS_BEFORE.search(text, max(0, start - 12), start)  # "D." of "D.R. Horton"
    whole = text[before.start() : start] + name if before else name
    if _INITIALS.match(whole):
        return organization_folds().get(fold_name(whole))
    return None


#: A name's initials, first: "D.R. ", "J. C. ".
_INITIALS = re.compile(rf"(?:[{_UPPER}]\.[ ]?)+[ ]")
#: Initials written right before a name's first: "D." of "D.R. Horton".
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.)+$")


def _one_body_over(proposals: list[Recognised], role: str, name: str, name_start: int) -> bool:
    """Whether the model reads a role word and the name after it, at
    ``name_start``, as one organisation's name, there or anywhere else in
    the story (``la Defensa Civil``: the role word is the name's)."""
    role_start = name_start - len(role) - 1
    return any(
        p.kind == "ORG" and ((p.start <= role_start and p.end > name_start) or p.text == f"{role} {name}")
        for p in proposals
    )


#: Where the model reads a given name and a surname as a place more often than
#: such a run names one: Spanish and French copy, whose surnames are often
#: towns' names elsewhere (in English and German copy the same reading cost
#: more names than it found: "Abbey Road Studios", "Berlin Babylon").
_SURNAMES_READ_AS_PLACES = frozenset(("es", "fr"))


def _person_read_as_place(proposals: list[Recognised], start: int, end: int, words: list[str]) -> bool:
    """Whether a known given name and a surname the model reads as a place,
    exactly those words, name no place: no city, region or country has that
    name, nor any word of its surname."""
    if not 2 <= len(words) <= 4 or not any(p.kind == "LOC" and p.start == start and p.end == end for p in proposals):
        return False
    forms = [" ".join(words)] + [word for word in words[1:] if word.lower() not in PARTICLES]
    return not any(find_city(form) or _is_region(form) or form in country_forms() for form in forms)


def _written_small(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in small letters too, as a word of
    its own (not in an address: ``bijoy.koyitty@...``): a common word,
    whatever else it names."""
    small = word.lower()
    return (
        small != word
        and small in text
        and re.search(rf"(?<![\w'’.@-]){re.escape(small)}(?![\w'’@-]|\.\w)", text) is not None
    )


def _no_surname_after_title(
    text: str, proposals: list[Recognised], span: tuple[int, int], word: str, title: str, lang: str
) -> bool:
    """Whether one word after a title is no one's surname: in English, the
    title is plural (``Presidents Day``) or the model reads a name of
    another kind from the word on (``Champion Air``, ``Captain America``:
    where the model is weaker, ``des Präsidenten Wilson`` is read as a
    place); in any language, the story writes it in
    small letters too and the model does not read it as a person's
    (``Chief Operating Officer Customers``, ``Leader Price`` of a story on
    prices; ``President Bush`` of a story on bush fires stays the man), or
    with a legal form after it (``Alpharma Inc``)."""
    if lang == "en" and len(title) > 4 and title.endswith("s") and _is_role(title[:-1], lang):
        return True  # but "des Senators Hitchcock" is a German genitive
    if lang == "en" and any(p.kind != "PER" and p.start == span[0] for p in proposals):
        return True  # but "gouvernement Ayrault", read whole, is the head of government's
    if any(_LEGAL_TAIL.match(text, match.end()) for match in _uses(word, text)):
        return True  # "King Alpharma's pain drug" of a story on Alpharma Inc: the firm
    return _written_small(text, word) and not _read_as(proposals, "PER", *span)


def _read_as_other_name(proposals: list[Recognised], start: int, end: int, least_confidence: float = 0.0) -> str | None:
    """The kind of name (ORG, LOC, MISC) the model reads over ``start:end``,
    when it is not a person's, with at least ``least_confidence``."""
    for proposal in proposals:
        if proposal.start < end and start < proposal.end and proposal.kind != "PER":
            if proposal.kind == "ORG" and _body_before_person(proposal.text):
                continue
            if proposal.confidence < least_confidence:
                continue
            return proposal.kind
    return None


_OBJECT_OF = re.compile(
    r"\b(?:of|for|of the|de|del|de la|de los|de las|para|pour|des|du|für|der)\s+"
    r"(?:[\"“«„]\s*)?(?:(?:the|el|la|los|las|le|les|die|der|das)\s+)?$",
    re.IGNORECASE,
)
#: The second of two things a role is of, joined by a conjunction:
#: "consejero de Agricultura y Medio Ambiente", "Minister of Trade and Industry".
_OBJECT_OF_AFTER_AND = re.compile(
    rf"\b(?:of|for|de|del|para|pour|du|des|für)\s+(?:[{_UPPER}][\w-]*\s+){{1,3}}(?:y|e|and|et|und)\s+$"
)
#: The roles of a credit line, before "by": "Writing by", "Editing by".
_CREDIT_WORDS = frozenset("Reporting Writing Editing Additional Compiled".split())
_BY_AFTER = re.compile(r"[ ]by\b")
#: The endings of German nouns that are no one's surname: "Zynismus", "Versuchspersonen", "Teilung".
_GERMAN_NOUN_ENDING = re.compile(
    r"(?:ismus|ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|personen|ment|nis)$"
)
#: A day's number before a month's name: "3. April", "3 June".
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\.?[ ]$")
#: Where a role is held, right before a name: "portavoz socialista en las Juntas Generales".
_HELD_IN = re.compile(
    r"\b(?:in|at|en|à|au|aux|im|in der|in den|bei der|beim)\s+(?:(?:the|el|la|los|las|le|les|l['’]|der|die|das|dem|den)\s*)?$",
    re.IGNORECASE,
)


#: A capitalised word just before a name: "Earnings Per Share".
_HEADING_WORD_BEFORE = re.compile(rf"(?<![\w'’.])([{_UPPER}][a-zà-ÿ]+)[ ]$")


def _after_a_heading_word(text: str, start: int) -> bool:
    """Whether the name at ``start`` goes on from a capitalised word that
    is no title, role, function word, place or given name (``Earnings Per
    Share``): in English, a heading's or a table's words,
    written with capitals, where a given name is only a word (German
    capitalises every noun, and French and Spanish copy measured worse
    with it)."""
    before = _HEADING_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before[1]
    return not (
        word in TITLE_WORDS
        or word.lower() in role_words()
        or word.lower() in function_words()  # "But John Smith", "When Jane Doe": a sentence's first word
        or _is_place(word)
        or _is_given_name(word)
    )


def _maker_named_alone(found: Found, words: list[str]) -> bool:
    """Whether the first of two words is an organisation the story names by
    that word alone, the first of its name (``Ford`` of ``Ford Focus``, in a
    story where ``Ford`` is Ford Motor)."""
    return len(words) == 2 and any(
        m.text == words[0] and m.key.split()[0] == words[0] for m in found.mentions if m.kind == "organization"
    )


def _role_is_of(text: str, start: int) -> bool:
    """Whether the name at ``start`` comes right after a preposition, as
    what a role before it is of or where it is held (``portavoz de la Alta
    Comisaría``, ``portavoz en las Juntas Generales``): the role is no
    evidence that the name is a person's."""
    before = text[max(0, start - 20) : start]
    return _OBJECT_OF.search(before) is not None or _HELD_IN.search(before) is not None


#: A government named after its head, in copy that writes nouns and the
#: adjectives of places in lower case: "le gouvernement Ayrault", "el gobierno
#: Aznar" (not "el Gobierno Vasco"; nor German, where "die Regierung
#: Sonderzüge bereitstellen ließ" is a noun).
_HEADED_GOVERNMENT = {
    lang: re.compile(
        rf"(?<![\w-])(?P<government>{word})[ ](?P<name>[{_UPPER}][a-zà-ÿ]+(?:-[{_UPPER}][a-zà-ÿ]+)?)(?![\w-])"
    )
    for lang, word in (("fr", "gouvernement"), ("es", "gobierno"))
}
#: A surname alone, a comma and a role in apposition, as French and Spanish
#: write it: "Barroso, le président de la Commission", "Aznar, el presidente del Gobierno".
_SURNAME_THEN_ROLE = {
    lang: re.compile(
        rf"(?<![\w'’-])(?P<name>[{_UPPER}][a-zà-ÿ]+(?:-[{_UPPER}][a-zà-ÿ]+)?),[ ](?:{articles})[ ]?(?P<role>[\w-]+)"
    )
    for lang, articles in (("fr", "le|la|l['’]"), ("es", "el|la"))
}


#: Who works at a firm and speaks for it in market copy, before or after the firm's name.
_MARKET_ROLE = r"(?:analysts?|economists?|strategists?|traders?|dealers?|brokers?)"
#: A market role, perhaps the name of who holds it, then "at": "analyst at", "analyst Stephen Cheetham at".
_ANALYST_AT = re.compile(rf"\b(?i:{_MARKET_ROLE})[ ](?:[{_UPPER}][\w'’.-]*[ ]){{0,3}}(?:at|with|from)[ ]$")
#: A law firm by what copy says of it before its name: "a partner at Clifford
#: Chance", "lawyers with Jones Day", "law firm Paul Hastings".
_LAW_FIRM_BEFORE = re.compile(
    r"\b(?:(?:lawyers?|attorneys?|partners?|counsel)[ ](?:at|with|from)|law[ ]firms?(?:[ ]of)?)[ ]$", re.IGNORECASE
)
#: ... or after it: "Sidley Austin, the law firm", "Mayer Brown, a Chicago law firm".
_LAW_FIRM_AFTER = re.compile(rf",?[ ](?:(?:the|a|an)[ ])?(?:[{_UPPER}][\w.-]*[ ]){{0,2}}law[ ]firm\b")
#: A person's name and what joins them to their firm, just before it: "Dan Reilly of ", "John McGloin at ".
_PERSON_OF_FIRM_BEFORE = re.compile(
    rf"(?<![\w-])(?P<given>[{_UPPER}][\w'’-]*)[ ](?P<surname>[{_UPPER}][\w'’-]+),?[ ](?P<join>of|at|from|with)[ ]$"
)


def _named_after_their_person(text: str, start: int, first: str) -> bool:
    """Whether the name at ``start`` opens on the surname of the person just
    named before it as its partner or employee (``Dan Reilly of Reilly
    Pozner``, ``Bob Smith at Smith Barney``): a firm named after them."""
    before = _PERSON_OF_FIRM_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and before["surname"] == first


#: What a paper is, after its name: "the Global Economic Prospects report".
_PAPER_AFTER_ITS_NAME = re.compile(r"[ ](?:report|survey|study|review|index)(?![\w-])")
#: What a company does, in lower case, then "company" just before a name:
#: "music company ", "spread-betting company "; not an article or a pronoun
#: ("a company Ackman said had ...").
_COMPANY_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:the|a|an|its|his|her|their|our|this|that|which|each|one)[ ])[a-z][a-z-]+[ ]company[ ]$"
)


def _employer_of_the_person_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a person's given name, surname
    and "at" (``John McGloin at Collins Stewart said``): where they work,
    no one's name."""
    before = _PERSON_OF_FIRM_BEFORE.search(text, max(0, start - 60), start)
    return (
        before is not None
        and before["join"] == "at"
        and _is_given_name(before["given"])
        and not _is_demonym(before["given"])
    )


#: Another name after "&", which joins a firm's founders: "Davis Polk & Wardwell".
_AND_FOUNDER = re.compile(rf"[ ]&[ ][{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+)*")


#: Units German capitalises, which a number and a name join: "52,9 Prozent Post".
_UNIT_WORDS = frozenset("Prozent Euro Dollar Franken Millionen Milliarden Tonnen Kilometer Stück".split())


#: An English body's remit after its designator: " of Business", " of Public Health".
_OF_REMIT = re.compile(
    rf"[ ]of[ ](?P<first>[{_UPPER}][a-z]+)(?:[ ](?P<second>[{_UPPER}][a-z]+))?"
    rf"(?:[ ]and[ ](?P<joined>[{_UPPER}][a-z]+(?:[ ][{_UPPER}][a-z]+)?))?(?=['’]s(?!\w)|(?![\w'’-]))"
)


def _remit_of_designator_last(text: str, words: list[str], end: int, lang: str) -> str:
    """What an English body's name ending on its designator at ``end`` goes
    on with after ``of``, where the run of its capitalised words stopped
    (``Indian School`` of ``Indian School of Business``), or nothing."""
    if lang != "en" or words[-1].lower() not in org_designators():
        return ""
    remit = _OF_REMIT.match(text, end)
    if remit is None or _is_title_word(remit["first"], lang):
        return ""
    if remit["second"] and (_is_title_word(remit["second"], lang) or remit["second"] in ("No", "Nos")):
        # "College of Management Professor Jane Doe", "Court of Appeals No. 11-1234"
        return remit[0][: remit.start("second") - remit.start() - 1]
    if remit["joined"] and any(
        word in organization_table() or _is_place(word) for word in (remit["joined"], remit["joined"].split()[0])
    ):
        # "Royal Bank of Scotland and Citibank": another body after "and"; but "of Science and Technology"
        return remit[0][: remit.start("joined") - remit.start() - len(" and ")]
    goes_on = _CAPITALISED_WORD_AFTER.match(text, remit.end())
    if goes_on and not _is_title_word(goes_on["word"], lang):
        return ""  # "High Court of Justice Commercial Court": the run of names goes on past what is read
    town = remit[0][len(" of ") :]
    if find_city(town) and _state_after(text, remit.end()):
        return ""  # "RBS Greenwich Capital of Greenwich, Connecticut": where the firm is, no part of its name
    return remit[0]


#: A meeting's word, capitalised, just before the rest of its name: "la Reunión
#: Internacional Ciudad de Gavá".
_MEETING_BEFORE = re.compile(
    r"(?<![\w-])(?:Reunión|Réunion|Meeting|Jornadas|Journées|Torneo|Tournoi|Trofeo|Trophée|Memorial)[ ]$"
)


#: A street, building, prize or tournament named after someone, right before that someone's
#: name: "la Calle Antonio Hurtado", "el Hospital Regional Carlos Haya", "los torneos Teresa
#: Herrera", "el premio \"Felipe Trigo\"", "la rue Jean Jaurès", "le lycée Victor Hugo", "la Coupe Henri
#: Delaunay", Mexico City's boroughs and neighbourhoods ("la delegación Gustavo A. Madero").
_NAMED_AFTER_BEFORE = re.compile(
    r"\b(?:[Cc]alle|[Aa]venida|[Pp]laza|[Pp]aseo|[Hh]ospital(?:[ ](?:Regional|Universitario|General|Clínico))?"
    r"|[Gg]alería(?:[ ]de[ ]Arte)?|[Pp]remios?|[Tt]orneos?|[Tt]rofeos?|[Cc]olegio|[Ee]stadio|[Tt]eatro|[Aa]uditorio"
    r"|[Pp]olideportivo|[Pp]abellón|[Aa]eropuerto|rue|avenue|boulevard|place|quai|lycée|collège|école|aéroport|stade"
    r"|hôpital|prix|rosaleda|cúpula|base|circuito|muelle(?:[ ]internacional)?|ciudad|localidad|municipio"
    r"|[Cc]opa|[Cc]oupe|colonias?|delegación"  # "la Copa Joan Gamper", "la colonia Luis Donaldo Colosio"
    # "la calle Doctor Alexandre Fleming", "l'avenue du Général Leclerc": with the title the place writes
    r")[ ](?:(?:de|du)[ ])?(?:[\"“«][ ]?)?(?:(?:Doctor|Doctora|Dr\.|General|Général|Padre|Fray|Sor|Maestro|Poeta)[ ])?$"
)
#: Endings of German nouns no given name has ("Antonis", "Clement" end as "Ergebnis", "Argument" do).
_GERMAN_NOUN_FIRST = re.compile(r"(?:ismus|ung|ungen|heit|keit|schaft|tion|tät)$")
_GERMAN_WOMEN_ROLES = tuple(ending for ending in _GERMAN_ROLE_ENDINGS if ending.endswith("in") and ending != "login")
#: First words that make a capitalised run an organisation.
_ORG_FIRST = set(
    "Corporación Banco Banque Ministerio Ministère Fundación Fondation Instituto Institut Universidad Université".split()
)
_ORG_LAST = set(
    "Club Service Services Corporation Agency Association Institute Foundation Company Group Airlines Bank Air "
    "Investment".split()
)
#: A number after "No.": "Case No. 13-00424".
_NUMBER_AFTER_NO = re.compile(r"\.?\s*\d")
#: Last words of a place's name, no one's: "New York County".
_PLACE_WORD_LAST = frozenset("County Township Parish Borough".split())
#: English prepositions, which open no one's name (the recogniser's function words hold few).
_ENGLISH_PREPOSITIONS = frozenset(
    "among amongst amid inside outside within without across behind beyond despite during unlike toward towards "
    "upon via throughout underneath".split()
)
#: German words that open a sentence or a phrase and are given names elsewhere
#: ("Per Mertesacker", "Tage Erlander"): in German copy they open a name only
#: where the model reads a person ("Per Livestream", "Solange Nutzer", "Tage Haft").
_GERMAN_WORDS_AS_GIVEN_NAMES = frozenset(
    "Per Solange Rein Ab Allen Uns Sein Seine Ihre Dessen Deren Na Tausende Hunderte Elf Mal Altes Zeit Tage "
    "Art".split()
)
#: A German noun after a name, by its ending or a day's part: "Sonja Wehsely Empörung", "Reinhold
#: Mitterlehner Montagmittag".
_GERMAN_NOUN_AFTER_NAME = re.compile(rf"{_GERMAN_NOUN_FIRST.pattern}|^{_GERMAN_DAY_PART.pattern}")
#: A capitalised word just before a run of capitalised words: "FUNKE" before "Foto Services".
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-ZÄÖÜ][\w&.-]* $")
_HEADING_AFTER = re.compile(r"\s*(?:[-–:]|$)")
_ELIDED_BEFORE = re.compile(rf"(?<!\w){_ELIDED}$")


def _german_organization(words: list[str]) -> bool:
    """Whether capitalised words of German copy name an organisation by their
    shape: a legal form or designator last (``Zielpunkt GmbH``, ``Hunter
    College``, ``Frankfurter Landgericht``). German capitalises every noun,
    so a designator first (``auf der Bank Platz``, ``der Konzern
    Mittwochabend``) or after a determiner or an adjective (``Seine Partei``,
    ``Geschlossene Fonds``) is no name. Nor is a given name and one word
    that only ends as a body's word does, a surname (``Torjäger Tim
    Kleindienst``; not ``Edzard Reuter-Stiftung``, a compound)."""
    last = words[-1]
    first = words[0].lower()
    designator = last.lower() in org_designators() or last in _ORG_LAST
    return (
        (designator or last.lower().endswith(_GERMAN_ORG_ENDINGS))
        and first not in function_words()
        and not (len(words) == 2 and first.endswith(("e", "en", "em", "es")))
        and (designator or len(words) > 2 or "-" in last or not _is_given_name(words[0]))
    )


def _german_noun_before_body(text: str, words: list[str], start: int) -> bool:
    """Whether two German capitalised words, the second a body's word that
    German writes as a common noun, are a phrase rather than a body's name:
    the first a common noun of the word list as written (``in Richtung
    Bank``, ``zur Halbzeit Union``, ``Mehr News``), not a town's adjective
    nor an adjective's noun (``Berliner Polizei``, ``Deutsche Bank``, ``Junge
    Union``), a given name, a place or a body the lists know, and no name
    before them that they go on (``FUNKE Foto Services``)."""
    first, last = words
    return (
        first in german_nouns()
        and last in german_nouns()
        and not first.endswith(("e", "en", "es", "em", "er"))
        and not _is_given_name(first)
        and not _is_place(first)
        and first not in organizations()
        and first not in organization_table()
        and not _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
    )


def _before_taken(
    words: list[str], start: int, end: int, taken: list[tuple[int, int]], particles: set[str]
) -> list[str]:
    """The words of a run at ``start:end`` before a particle that joins it to
    a name another rule took (``Conselleria de Interior del Govern balear``,
    ``Govern balear`` taken: ``Conselleria de Interior``); the run itself when
    nothing it holds was taken after its first word."""
    inside = [span_start for span_start, _ in taken if start < span_start < end]
    if not inside:
        return words
    kept = []
    at = start
    for word in words:
        if at >= min(inside):
            break
        kept.append(word)
        at += len(word) + 1
    if not kept or kept[-1].lower() not in particles:
        return words  # the taken name is not joined by a particle: leave the run to the overlap test
    while kept and kept[-1].lower() in particles:
        kept.pop()
    return kept


def _end_before_organization(words: list[str], lang: str, particles: set[str]) -> int:
    """Where a run of names ends when a particle stands before an
    organisation or a country with no role after it (``David Wech von JPC
    Energy``, ``Ana Pérez de la ONU``; but ``von US-Präsident Barack Obama``),
    or a designator and its remit (``el nombramiento de Bonet al Consejo de
    Ministros``): the number of words kept."""
    for index in range(1, len(words)):
        rest = [word for word in words[index + 1 :] if word.lower() not in particles]
        if (
            words[index].lower() in particles
            and rest
            and (
                rest[0].isupper()
                or rest[0] in organizations()
                or rest[0] in country_forms()
                or (len(rest) > 1 and rest[0].lower() in org_designators())  # "Bonet al Consejo de Ministros"
            )
            and not any(_is_role(word, lang) or word in TITLE_WORDS for word in rest)
        ):
            return index
    return len(words)


#: A ruler or pope by given name and number: "Benoît XVI", "Jean-Paul II", "Juan Carlos I".
_RULER = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][a-zà-ÿ]+(?:-[{_UPPER}][a-zà-ÿ]+)?(?:[ ][{_UPPER}][a-zà-ÿ]+)?)"
    r"[ ](?P<number>X{0,2}(?:IX|IV|V?I{1,3}|V|X))(?![\w-])"
)


#: A ruler's title right before the name: "Queen Elizabeth II", "el rey Juan Carlos I", "le pape Jean-Paul II".
_RULER_TITLES = (
    r"(?:King|Queen|Pope|Emperor|Empress|Prince|Princess|Tsar|Sultan|Shah|rey|reina|papa|emperador|roi|reine|pape|"
    r"empereur|König|Königin|Papst|Kaiser|Kaiserin)"
)
_RULER_TITLE_BEFORE = re.compile(rf"\b{_RULER_TITLES}[ ]$", re.IGNORECASE)
_RULER_TITLE = re.compile(rf"{_RULER_TITLES}[ ]")


def _rulers(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A monarch or pope named by a number in Roman numerals after a ruler's
    title (``Queen Elizabeth II``, ``Pope Benedict XVI``), or after a known
    given name that is no town's (``Benoît XVI``, ``Jean-Paul II``; ``Basel
    III``, the banking rules, is no one): a person."""
    for match in _RULER.finditer(text):
        name, start = match["name"], match.start()
        title = _RULER_TITLE.match(name)
        if title and " " in name:  # "Queen Elizabeth II": the title, then the name
            name, start = name[title.end() :], start + title.end()
        titled = title or _RULER_TITLE_BEFORE.search(text, max(0, start - 12), start)
        given = re.split(r"[- ]", name)
        if _overlaps(taken, start, match.end()) or (
            not titled
            and (
                not all(word.lower() in first_names() for word in given)
                or _is_place(name)  # "Berlin II"
                or find_city(name)  # "Basel III": the banking rules named after the town
            )
        ):
            continue
        ruler = f"{name} {match['number']}"
        found.mentions.append(Mention("person", ruler, ruler, start, "a ruler's name and number"))
        taken.append((start, match.end()))


def _designators_plural(word: str) -> bool:
    """Whether a word is the plural of a designator of bodies in the
    languages that add ``s`` or ``es`` (``Ayuntamientos``, ``Servicios``,
    ``Uniones``): no given name, and no one body either."""
    lower = word.lower()
    designators = org_designators()
    return lower not in designators and (
        lower.endswith("s") and (lower[:-1] in designators or (lower.endswith("es") and lower[:-2] in designators))
    )


def _find_people(
    text: str,
    lang: str,
    taken: list[tuple[int, int]],
    found: Found,
    proposals: list[Recognised] = (),
    results: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """People not in the known list, by the shape and context of names; and
    organisations not in the list, by their head noun or legal form. A run
    the model reads as another kind of name needs a role to be a person;
    ``results``: where the players of a list of results or a scorecard start."""
    calendar = calendar_words()
    known_orgs = organizations()
    countries = country_forms()
    # "der", "den", "le", "la" join names elsewhere ("van der Berg"); in German copy they are articles
    particles = PARTICLES - {"der", "den", "le", "la"} if lang == "de" else PARTICLES
    candidates: list[tuple[int, int, list[str], str | None]] = []
    coded_ends: set[int] = set()  # where names before a share code written bare end: "Genesis Lease GLS.N"
    surnames: list[tuple[int, str, str]] = []  # "M. Hagenbeck", "President Obama"
    for match in _NAME_SEQ.finditer(text):
        words = match[0].split()
        start = match.start()
        role = None
        # "Barack Obama's", "Microsoft Corp's": the possessive is not the name;
        # "BlackRock's Doll": the name is what follows an owner
        owner = max((i + 1 for i, word in enumerate(words[:-1]) if _POSSESSIVE.search(word)), default=0)
        start += sum(len(word) + 1 for word in words[:owner])
        words = words[owner:]
        if _POSSESSIVE.search(words[-1]):
            words[-1] = words[-1][:-2]
        if (
            len(words) > 1
            and bare_share_code_at(text, match.end() - len(match[0].split()[-1]))
            and not text.endswith("& ", 0, start)
        ):
            # a firm, then its shares' code written bare ("Genesis Lease GLS.N"); not a longer name's end
            # ("Peet's Coffee & Tea Inc PEET.O")
            words = words[:-1]
            coded_ends.add(start + len(" ".join(words)))
            firm_end = start + len(words[0])
            if (
                len(words) == 1
                and words[0] not in NOT_NAME_START
                and not _overlaps(taken, start, firm_end)
                and not text.endswith(".", 0, start)  # "NVL.TO NVL.N": a code's exchange, then another code
                and not _NAME_GOES_ON_BEFORE.search(text, max(0, start - 40), start)
            ):
                # "supplier Magna MGa.TO": the firm, alone before its code
                firm = words[0]
                found.mentions.append(
                    Mention("organization", _listed_name(firm), firm, start, "before an instrument code")
                )
                taken.append((start, firm_end))
                continue
        if words[-1] in _CREDIT_WORDS and _BY_AFTER.match(text, start + len(" ".join(words))):
            continue  # "... and Angela Moon Writing by Andy Sullivan": a credit line, its people no story's
        # in full only: the abbreviations "Jan", "Sam" are given names too
        months = [i for i, word in enumerate(words[:-1]) if word in german_months()] if lang == "de" else []
        if months:  # German copy writes a month before any noun: "Mitte Juli Vorschläge", "seit Mai Direktor"
            start += sum(len(word) + 1 for word in words[: months[-1] + 1])
            words = words[months[-1] + 1 :]
        elif len(words) > 1 and words[0] in calendar and _DAY_NUMBER_BEFORE.search(text, max(0, start - 5), start):
            start += len(words[0]) + 1
            words = words[1:]  # "am 3. April Griss", "on 3 June Ann Smith": the date's month, no given name
        elif lang == "en" and len(words) > 1 and _ADVERB.fullmatch(words[0]) and not _is_given_name(words[0]):
            start += len(words[0]) + 1
            words = words[1:]  # "Previously Schaeffler was willing": the sentence's adverb, no given name

        def not_a_name(word: str) -> bool:
            return (
                word in NOT_NAME_START
                or word in calendar
                or word in _UNIT_WORDS  # "52,9 Prozent Post": a share of the firm
                or word in known_orgs
                or word in countries
                or (word.isupper() and len(word) > 1 and not _INITIAL.fullmatch(word))  # not "L."
                or _is_role(word, lang)
                or bool(_ELISION.match(word))
                or bool(_DESCRIBED.search(word))
            )

        # "David Wech von JPC Energy", "Ana Pérez de la ONU": a particle before
        # what is not a name ends the name
        words = words[: _end_before_organization(words, lang, particles)]
        run = words
        # the name is what follows the last title, role or other non-name word:
        # "Portuguese Finance Minister Rita Calado" -> "Rita Calado"
        cut = max(
            (
                # "W. Khan": an initial opening the run, or after a title, before
                # the surname that ends it, opens the name (not "Clase A. Mercedes")
                i if _opens_name(words, i) and not not_a_name(word) and (i == 0 or not_a_name(words[i - 1])) else i + 1
                for i, word in enumerate(words)
                if (not_a_name(word) or _stray_initial(words, i) or _state_before_given_name(words, i))
                and (not _given_name_before_name(words, i) or _state_before_given_name(words, i))
                and not _particle_of_surname(words, i)
                # "Stephen King"; but in "Fed Chairman Bernanke" the word before the role is a body's
                and not (
                    _role_as_surname(words, i, lang)
                    and (not not_a_name(words[i - 1]) or _given_name_before_name(words, i - 1))
                )
            ),
            default=0,
        )
        if cut and words[cut - 1] == "Chief" and words[-1] == "Office":
            cut -= 1  # "its Chief Investment Office": a body's name, whose first word is no title
        for word in words[:cut]:
            if _is_role(word, lang) or word in NOT_NAME_START and word not in ("The", "Le", "La", "El", "Der", "Die"):
                role = word
            start += len(word) + 1
        if lang in ("es", "fr") and len(run) == cut + 1 and _role_inside_a_name(run, cut, particles, lang):
            continue  # "el Complejo Científico Tecnológico", "San Martín del Rey Aurelio": a role inside a name
        particle = words[cut - 1] if cut > 1 and words[cut - 1].lower() in particles else None
        words = words[cut:]
        while words and words[-1].lower() in particles:
            words = words[:-1]
        if (
            len(words) > 2
            and words[-1].endswith("s")
            and _is_role(words[-1][:-1], lang)
            and _HEADING_AFTER.match(text, start + len(" ".join(words)))
        ):
            words = words[:-1]  # "Jonas Vey Defenders - ...": the heading of a squad's next line
        of_role = bool(
            cut and words and words[0].islower() and words[0] in particles and not (lang == "fr" and words[0] == "de")
        )
        while words and words[0].lower() in particles:
            start += len(words[0]) + 1
            words = words[1:]
        if (
            len(words) > 1
            and _INITIAL.fullmatch(words[0])
            and (
                text[start - 1 : start] in ("/", "-", "&")
                or _CODE_OR_US_BEFORE.search(text, max(0, start - 8), start)
                or _SMALL_ABBREVIATION_BEFORE.search(text, max(0, start - 5), start)
                or (len(words) == 3 and _opens_name(words, 0) and text[start - 1 : start] == ".")
            )
        ):
            # "I/B/E/S. Gail Boudreaux", "WYE.N. Coca-Cola", "U.S. Army": the last letter of another word, a
            # share code or the country; "Major a. D. Ernst Buchdrucker" (außer
            # Dienst): an abbreviation's; "Washington, D.C. Harris Teeter": initials written together, a place's
            start += len(words[0]) + 1
            words = words[1:]
        start, words = _name_bounds(start, words, proposals)
        if verb := _headline_verb(text, start, words, lang):
            start, words = start + verb, words[1:]  # "Pide Obama al Congreso": the headline's verb, then the name

        if lang == "de":  # "Harald Neumann den Deal": an article ends the name
            article = next(
                (
                    i
                    for i, word in enumerate(words)
                    if word[:1].islower()
                    and word not in _GERMAN_PARTICLES
                    and not _JOINED.match(word)
                    and not _article_of_particle(words, i)
                ),
                None,
            )
            if article is not None:
                words = words[:article]
                while words and words[-1].lower() in particles:
                    words = words[:-1]
                if any(word in _GERMAN_PARTICLES for word in words):
                    continue  # "Einer Studie von Forschern der US-Universität": a phrase, not a name
        if lang == "de":  # "Assads Rücktritt", "Angela Merkels Regierung": the owner, not the noun after it
            # but "Bischof Ägidius Zsifkovics ... betonte Zsifkovics": a surname used alone follows a given name
            # nor a given name in -s the model surely reads as one name with the next word
            # ("Präsident Francois Hollande"; but "Rudolph Lepkes Kunstauktionshaus" is a genitive)
            genitive = next(
                (
                    i
                    for i in range(len(words) - 1)
                    if _german_genitive(words[i])
                    and not (len(words) == 2 and _surname_alone(text, words, after_article=False))
                    and not (i == 0 and _surely_person(proposals, " ".join(words[:2])))
                ),
                None,
            )
            if genitive is not None:
                words = words[: genitive + 1]
        words = words[: len(words) - _town_of_dateline_after(text, start, words)]
        if words and _DATELINE_DATE_AFTER.match(text, start + len(" ".join(words))):
            continue  # "Don Benito (Badajoz), 25 may (EFE)": the dateline's town
        if len(words) == 1 and of_role:
            continue  # "el Abogado General del Estado": what the role is of, not who holds it
        if (
            len(words) == 1
            and cut
            and _is_role(role or "", lang)
            and _could_be_surname(words[0])
            and not (lang == "en" and (role or "").lower() in _NO_TITLES_OF_A_SURNAME)
        ):
            if text.endswith(f"{role} ", 0, start) and _one_body_over(proposals, role, words[0], start):
                continue  # "la Defensa Civil": a body the model reads whole; no defender named Civil
            if _QUOTE_OPENS_AFTER.match(text, start + len(words[0])):
                continue  # 'Fed Chairman Ben "Bernanke has said': a given name, the surname inside a quote
            if particle and text.endswith(particle + " ", 0, start):
                # "M. Le Pen": the particle is the surname's
                surnames.append((start - len(particle) - 1, f"{particle} {words[0]}", role))
            else:
                surnames.append((start, words[0], role))
            continue
        if len(words) < 2 or len([w for w in words if w.lower() not in particles]) > 4:
            continue  # "José Aníbal Peres de Pontes" is four words of name
        end = start + len(" ".join(words))
        words = _before_taken(words, start, end, taken, particles)
        end = start + len(" ".join(words))
        if not words or _overlaps(taken, start, end):
            continue
        if lang == "de":
            first, last = _german_name_words(words, text)
            start += len(" ".join(words[:first])) + (1 if first else 0)
            words = words[first:last]
            end = start + len(" ".join(words))
            if not words:
                continue
        if _ELIDED_BEFORE.search(text, max(0, start - 3), start) and not (
            _is_given_name(words[0]) or _read_as(proposals, "PER", start, end)
        ):
            continue  # "l'Impact de Montréal", "d'Etat de Kuhlmann": a noun after the article
        if _government_program(words) or _names_event(words) or _names_former_country(" ".join(words)):
            taken.append((start, end))
            continue  # "Troubled Asset Relief Program", "Juegos Panamericanos", "Soviet Union": no one's name
        if _in_site_name(text, start, lang):
            continue  # "au centre des Congrès de Québec": a building, no one's name
        if words[-1] in _PLACE_WORD_LAST or (lang == "en" and words[0].lower() in _ENGLISH_PREPOSITIONS):
            continue  # "New York County", "Among Fidelity's clients", "the publication Inside Mortgage Finance"
        if text[start - 1 : start] == "&":
            continue  # "S&P. Experts said": the end of a firm's name, no initial
        if words[-1] in ("No", "Nos") and _NUMBER_AFTER_NO.match(text, end):
            continue  # "Case No. 13-00424", "Senate Bill No. 5": a number's, no one's name
        if lang == "en" and _town_with_its_state(text, start, end):
            continue  # "in Jackson Hole, Wyoming": a town, its state after it
        if _INDEX_AFTER.match(text, end) or _SECTOR_INDEX_AFTER.match(text, end):
            continue  # "the Dow Jones industrial average", "the DJ Stoxx European banking index": an index, no one
        if _NAMED_AFTER_BEFORE.search(text, max(0, start - 30), start):
            continue  # "la Calle Antonio Hurtado", "el Hospital \" Infanta Cristina \"": named after someone
        if _industry_as_a_whole(words, lang):
            continue  # "Big Pharma"
        if lang != "de" and _designators_plural(words[0]):
            continue  # "los Ayuntamientos de Basauri, Etxebarri", "Servicios Sociales": bodies, no one
        if lang in ("es", "fr") and _bare_article_inside(words):
            continue  # "Durante la Semana Santa la Policía detuvo": two phrases, no one's name nor a body's
        if (
            _german_organization(words)
            if lang == "de"
            else (
                words[0] in _ORG_FIRST
                or words[0].lower() in org_designators()
                or words[-1] in _ORG_LAST
                or any(w.lower() in org_designators() and w[:1].isupper() for w in words[1:])
            )
        ) and not (role and len(words) == 2 and _is_given_name(words[0]) and _is_role(role, lang)):
            # not "Vice Chairman Jim Press": a role, then a given name and a surname
            if lang == "de" and len(words) == 2 and _german_noun_before_body(text, words, start):
                taken.append((start, end))
                continue  # "in Richtung Bank", "Mehr News": a phrase, no body's name
            if lang == "de" and _town_s_adjective_and_noun(words):
                taken.append((start, end))
                continue  # "der Essener Konzern", "ein Berliner Krankenhaus": one of a town's many, no name
            if _MEETING_BEFORE.search(text, max(0, start - 40), start) or _plural_abbreviation_beside(
                text, " ".join(words), start, end
            ):
                # "la tercera edición de la Reunión Internacional Ciudad de Gavá": a meeting's name; "PSOs
                # (Public Service Obligations)": things a story counts
                taken.append((start, end))
                continue
            name = " ".join(words)
            # "Comité de Entidades de Crédito y Inversiones (CECEI)": on to its acronym; "Liggett Group, Inc"
            rest = (
                _to_acronym_after(text, name, end)
                or (legal[0] if (legal := _LEGAL_TAIL.match(text, end)) else "")
                or _designator_joined(text, end)  # "Hi Investment and Securities"
                or _remit_of_designator_last(text, words, end, lang)  # "Indian School of Business"
            )
            name, end = (name + rest).rstrip("."), end + len(rest)
            before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start) or _CAMEL_CASE_BEFORE.search(
                text, max(0, start - 30), start
            )
            if before and (
                _FIRM_INITIAL_WORD.fullmatch(before[0].strip())
                or _CAMEL_CASE.fullmatch(before[0].strip())
                or _is_place(f"{before[0].strip()} {words[0]}")
            ):
                # "PNC Financial Services Group Inc"; "comScore Media Metrix"; "the New York Post", a town's whole name
                name, start = before[0] + name, before.start()
            for part in _firms_listed(name):  # "US Bancorp and Zions Bancorp": two firms
                at = start + name.find(part)
                key = _DEPT.sub("Department", part)  # "Justice Dept": the tables' Justice Department
                key = _listed_name(key) if key != part and key in organization_table() else part
                found.mentions.append(Mention("organization", key, part, at, "organisation head noun"))
            taken.append((start, end))
            continue
        if words[-1] in _NOT_PERSON_HEADS or words[0] in _NOT_PERSON_HEADS:
            written = " ".join(words)
            firm = _table_firm_named_like_a_person(text, written, start, results)
            if firm:
                # "Ross Stores": the tables' firm, which a given name first left to this rule
                found.mentions.append(Mention("organization", firm, written, start, _TABLE_RULE))
                taken.append((start, end))
            continue
        if any(
            ((w in calendar or w in countries) and not _given_name_before_name(words, i))
            or w in known_orgs
            or (w.isupper() and len(w) > 2)
            for i, w in enumerate(words)
        ):
            continue
        if find_city(" ".join(words)):
            continue  # "San Diego", "Buenos Aires": a place, whatever follows it
        if (
            lang == "de"
            and (
                _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 10), start)
                or (words[0] in _GERMAN_WORDS_AS_GIVEN_NAMES and not role)
            )
            and not _read_as(proposals, "PER", start, end)
        ):
            # "eine Art Alarmmodus", "jede Art von Krebs", "die Lupe von Juristen": German names no one
            # with an article; "Per Livestream", "Solange Nutzer": a German word first, no given name
            continue
        if _ends_town_before(text, start, words[0]):
            continue  # "San Antonio Spurs", "New York City": a club or a place named after a town, no one
        if not role and _side_of_a_result(text, start, end):
            name = " ".join(words)
            club = _club(name, ())
            found.mentions.append(
                Mention("organization", club.name if club else name, name, start, "a side in a result")
            )
            taken.append((start, end))
            continue  # "Nancy 0 Paris St Germain 0", "Leyton Orient 1 Northampton 3": clubs, no one's name
        if _QUOTE_CLOSES.match(text, end) and (
            _QUOTE_OPENS.search(text, max(0, start - 2), start)
            or _QUOTED_TITLE_BEFORE.search(text, max(0, start - 60), start)
        ):
            # "la canción ' Pablo Camorra '", "la galería \" Lourdes Carcedo \"", "el proyecto \"Menores
            # Inmigrantes de Vida Independiente\"": a title, no one
            continue
        candidates.append((start, end, words, role))

    accepted: list[tuple[int, int]] = []
    full_names: dict[str, str] = {}
    written = {" ".join(candidate[2]) for candidate in candidates}
    for start, end, words, role_word in candidates:
        nationality = None
        if any(char.isdigit() for word in words for char in word):
            continue  # "its Chinese-made Xian MA60s": a model's name has figures, no one's
        if lang == "en" and (_names_a_people(words) or (_is_demonym(words[-1]) and not _is_given_name(words[0]))):
            # "Iraqi Kurds", "Bosnian Serbs": a people, no one's name; "Sri Lankan newspapers", "Major
            # Japanese companies", "Top European car makers": a people's adjective
            continue
        if lang == "en" and _PARTY_WORDS.intersection(words[1:]):
            continue  # "Merkel's Christian Democrats", "the Christian Social Union": a party, no one
        if lang == "en" and len(words) > 1 and words[-1] in _PLACE_NOUNS_LAST:
            continue  # "Jackson Hole", "Rocky Mountain", "Third Point": a place's or a fund's name, no one's
        if lang == "en" and words[-1] in _PLACE_NOUNS_LAST_OR_SURNAMES and not _is_given_name(words[0]):
            continue  # "Pike Place": a place's or a blend's name
        if len(words) == 1 and _SURNAME_AFTER_BRACKET.match(text, end) and _is_given_name(words[0]):
            continue  # "(U.S. Treasury Secretary Timothy) Geithner": a given name cut off from the surname
        if lang == "en" and len(words) > 2 and _is_nationality_noun(words[0]) and not _given_name_opens(words):
            # "Briton Tim Henman", "Pole Wojtek Lazarek": the name after its nationality, as after a role; but
            # "Karel De Gucht" opens on a given name
            nationality, words = words[0], words[1:]
            start += len(nationality) + 1
            while len(words) > 2 and (words[0] in TITLE_WORDS or _is_role(words[0], lang)):
                start += len(words[0]) + 1
                words = words[1:]  # "German Chancellor Angela Merkel": the title is no part of the name
            if words[0] in TITLE_WORDS or _is_role(words[0], lang):
                continue  # "(German Chancellor Angela) Merkel": a title and a given name, no one's name
        if lang == "de" and _german_noun_or_adjective_first(words):
            continue  # "Entlassung von Ancelotti", "Bewegung Block", "Griechische Medien": a noun phrase
        while len(words) > 2 and _is_title_word(words[0], lang) and _is_given_name(words[1]):
            # "Fed Chairman Ben Bernanke": the title is no part of the name
            start += len(words[0]) + 1
            words = words[1:]
        key = name = " ".join(words)
        if any(len(word) == 1 for word in words[1:-1]):
            key = " ".join(f"{word}." if len(word) == 1 else word for word in words)  # "George W Bush": his initial's
        if lang == "de" and _german_genitive(words[-1]):
            # "Egon Schieles" beside "Egon Schiele" or "Schiele": the genitive of that name
            if name[:-1] in written or any(_uses(words[-1][:-1], text)):
                key = name[:-1]
                words = key.split()
        rule = None
        given = words[0][:1].isupper() and _is_given_name(words[0])
        if given and (
            (
                words[0] in country_forms()
                and (_read_as(proposals, "ORG", start, end) or _read_as(proposals, "LOC", start, end))
            )
            or (
                (words[0] in text_cities() or us_state(words[0]))
                and not _read_as(proposals, "PER", start, end)
                and (
                    any(p.kind == "ORG" and p.start == start and p.end >= end for p in proposals)
                    or (
                        len(words) == 2
                        and _TEAM_NICKNAME.fullmatch(words[-1])
                        and _RESULT_SCORE_NEAR.search(text, max(0, start - 60), end + 60)
                    )
                )
            )
            or (lang == "en" and _large_town(words[0]) and not _read_as(proposals, "PER", start, end))
        ):
            # "China Unicom", "Jordan Valley", "Boston Celtics": a country's, a town's or a state's name
            # first, where the model reads a body or a place; "Dallas Stars", "Florida Panthers": before a
            # plural, where it reads no one; "London Brent crude", "London City airport": a great town's
            # name first, where the model reads no one
            given = False
        initial = _opens_name(words, 0)  # "W. Khan", "O. Mason Hawkins"
        if initial and not _could_be_surname(words[-1]) and start not in results:
            continue  # "F. C. Lausanne": a club, no one's name; but "D. Cork c Moin Khan" plays
        # "d'Arnaud Montebourg" with "Montebourg" read as the town: a known given
        # name the model reads as no other name opens a person's name, unless a
        # particle joins a place to it ("Echo de Paris")
        whole = not given or any(word.lower() in particles for word in words)
        # a known given name and a surname outweigh a reading the model doubts ("Novak Djokovic" as a title)
        other_kind = _read_as_other_name(
            proposals, start, end if whole else start + len(words[0]), DOUBTED if given and len(words) == 2 else 0.0
        )
        if other_kind == "LOC" and given and lang in _SURNAMES_READ_AS_PLACES:
            if _person_read_as_place(proposals, start, end, words):
                other_kind = None  # "Pedro Solbes", "Vicente del Bosque" read as a place: no place has that name
        role = role_word if role_word and _is_role(role_word, lang) else _role_before(text, start, lang)
        if (
            _OBJECT_OF.search(text[max(0, start - 20) : start])
            or _OBJECT_OF_AFTER_AND.search(text, max(0, start - 60), start)
        ) and not _is_given_name(words[0]):
            # "ministro de Medio Ambiente", "Bank of Japan", "consejero de Agricultura y Medio
            # Ambiente": what a role or body is of
            continue
        if code_at(text, end) or end in coded_ends:  # "Fannie Mae ( FNMA.OB )", "Genesis Lease GLS.N": a listed company
            if len(words) > 1 and words[0] in _FIRM_KINDS_OPENING:
                start += len(words[0]) + 1  # "Retailer Lidl LIDUK.UL said": what the firm is, then its name
                name = " ".join(words[1:])
            found.mentions.append(Mention("organization", _listed_name(name), name, start, "before an instrument code"))
            accepted.append((start, end))
            continue
        if _ANALYST_AT.search(text, max(0, start - 60), start) or (
            not role
            and not _role_after(text, end, lang)  # "said Subodh Kumar, chief strategist at Subodh Kumar & Associates"
            and not _CUT_NAME_BEFORE.search(
                text, max(0, start - 30), start
            )  # "J.P. Morgan", "Credit Suisse First Boston"
            and _analysts_firm(text, name)
        ):
            # "an analyst with Sanford C Bernstein", "Neuberger Berman analyst Sandeep Goyal": the firm, there
            # and wherever the story names it ("Stifel Nicolaus said")
            found.mentions.append(Mention("organization", _listed_name(name), name, start, "an analyst's firm"))
            accepted.append((start, end))
            continue
        legal_form = _LEGAL_TAIL.match(text, end)
        if legal_form:  # "Philip Morris, Inc", "Dosal Tobacco, Corp": a firm, never a person
            firm = (name + legal_form[0]).rstrip(".")
            found.mentions.append(Mention("organization", _listed_name(firm), firm, start, "before a legal form"))
            accepted.append((start, legal_form.end()))
            continue
        if len(words) > 1 and _named_after_their_person(text, start, words[0]):
            # "Dan Reilly of Reilly Pozner": the firm of the person just named, named after them
            found.mentions.append(Mention("organization", name, name, start, "a firm its person's surname opens"))
            accepted.append((start, end))
            continue
        if not role and not _is_given_name(words[0]) and _PAPER_AFTER_ITS_NAME.match(text, end):
            continue  # "its twice-yearly Global Economic Prospects report": a paper's name, no one's
        founders = _AND_FOUNDER.match(text, end)
        if founders and any(_is_role(word, lang) for word in founders[0].split()):
            founders = None  # "Kazakh Oil & Gas Minister Sauat Mynbayev": a minister, not a firm's founders
        if founders or _LAW_FIRM_BEFORE.search(text, max(0, start - 30), start) or _LAW_FIRM_AFTER.match(text, end):
            # "a partner at Clifford Chance", "Mayer Brown, a Chicago law firm", "Davis Polk & Wardwell": a firm
            firm, end = (name + founders[0], founders.end()) if founders else (name, end)
            found.mentions.append(Mention("organization", firm, firm, start, "a law firm or its founders"))
            accepted.append((start, end))
            continue
        if not role and len(words) > 1 and _employer_of_the_person_before(text, start):
            # "John McGloin at Collins Stewart said": where the person just named works
            firm = _listed_name(name)
            found.mentions.append(Mention("organization", firm, name, start, "the firm of the person before it"))
            accepted.append((start, end))
            continue
        if (
            not role
            and not _read_as(proposals, "ORG", start, end)
            and _COMPANY_BEFORE.search(text, max(0, start - 40), start)
        ):
            # "independent music company Beggars Banquet": what the firm does, then its name
            found.mentions.append(Mention("organization", _listed_name(name), name, start, "after what the firm is"))
            accepted.append((start, end))
            continue
        if not role and len(words) > 1 and any(_LEGAL_TAIL.match(text, use.end()) for use in _uses(name, text)):
            continue  # "Bear Stearns said" where the story writes "Bear Stearns Cos Inc": the firm, no one
        if role and _role_is_of(text, start):
            role = None  # "portavoz de la Alta Comisaría", "portavoz en las Juntas Generales": what the role is of
        firm = None if role or nationality else _table_firm_named_like_a_person(text, name, start, results)
        if (
            firm
            and not _SPEECH_BEFORE.search(text[max(0, start - 60) : start])  # "said David Jones, CEO of Havas"
            and not _role_after(text, end, lang)
        ):
            # "Johnson Controls said", "Ross Stores", "Hugo Boss": the tables' firm, where no role makes it a person
            found.mentions.append(Mention("organization", firm, name, start, _TABLE_RULE))
            accepted.append((start, end))
            continue
        if (
            lang == "en"
            and len(words) == 2
            and not given
            and words[0] in organization_table()
            and not (role and any(_reads_person(p, text, start, end) for p in proposals))
            and (role or "").lower() not in _OFFICES
            and not _surely_person(proposals, key)
            and start not in results  # "1. Nissan Kaputo (Kenya) 2:08.30": a runner in a list of results
        ):
            # "rival merchant payment system Google Checkout", "says Chevrolet Silverado", "Hatch Beddows said": a
            # firm's service, product or name, no one's; but "interim CEO Ram Mynampati", after a role and read
            # as a person's name by the model, "Cubs Chairman Crane Kenney", after an office only a person holds,
            # and "said Cummins Catherwood", read so surely
            continue
        if any(
            (acronym := _ACRONYM_AFTER.match(text, use.end())) and _spelled_by_beginnings(acronym["acronym"], words)
            for use in _uses(name, text)
        ):
            continue  # "Petróleos Mexicanos (Pemex)", then "Petróleos Mexicanos explicó": a body, named with its acronym
        if role:
            rule = f"after the role word '{role}'"
        elif nationality:
            rule = f"after the nationality '{nationality}'"
        elif len(words) > 1 and _country_in_brackets_after(text, end, result=not given):
            rule = "a competitor and the country in brackets"  # "Karol Kucera (Slovakia) beat ..."
        elif start in results:
            rule = "a player in a list of results"  # "D. Cox 95 not out", "c Saeed Anwar b Waqar Younis 12"
        elif other_kind:
            continue  # "Goldman Sachs said": firms speak too; a person needs a role here
        elif _SPEECH_AFTER.match(text[end : end + 40]):
            rule = "before a speech verb"
        elif _SPEECH_BEFORE.search(text[max(0, start - 60) : start]) and not (
            _SOURCE_CUE_BEFORE.search(text, max(0, start - 60), start)
            and not given
            and not any(_reads_person(p, text, start, end) for p in proposals)
        ):
            # "according to Trade Alert", "according to research from Display Search": a source, not
            # evidence of a person unless a given name or the model says so
            rule = "after a speech verb"
        elif (
            len(words) == 2
            and not initial
            and _used_only_in_full(text, words)
            and not (given and _surely_person(proposals, key))
        ):
            # "Merrill Lynch", "Wells Fargo" again and again, never "Lynch": a firm; but
            # "Juan Carlos Rodríguez Ibarra" in full each time is the man, and so is a
            # given name and surname the model is sure of ("Eugenio Gay"); results name
            # a player by initial each time ("J. Crawley 106")
            continue
        elif (
            given
            and lang == "en"
            and _after_a_heading_word(text, start)
            and not any(_reads_person(p, text, start, end) for p in proposals)
        ):
            continue  # "Earnings Per Share": a heading's words, not a name
        elif given and words[0].lower() in _SAINTS:
            continue  # "Santa Bárbara Blindados", "Saint Martin": a saint's name, a place's or a firm's
        elif given and lang == "es" and words[0].lower() in _PLACE_NOUNS_FIRST:
            continue  # "el Alto del Calvario", "en Son Moix": a mountain pass, an estate's name
        elif given and lang == "en" and _maker_named_alone(found, words):
            continue  # "Ford Focus" in a story that names Ford: the maker's model, no man named Ford
        elif lang == "en" and len(words) > 2 and any(word in _PLACE_WORDS_INSIDE for word in words[1:-1]):
            continue  # "Pearl River Delta", "Madison Square Garden": a place or a venue, no one's name
        elif given:
            rule = f"given name '{words[0]}'"
        elif lang == "en" and words[0] in organization_table() and not _is_given_name(words[0]):
            continue  # "Dodge Charger", "Chevrolet Silverado": a maker's model, read as a name by the model alone
        elif lang != "de" and any(_reads_person(p, text, start, end) for p in proposals):
            rule = "read as a person's name"  # German capitalises every noun: not evidence enough there
        elif lang != "de" and initial and any(_reads_surname(p, start, end, len(words[0]) + 1) for p in proposals):
            rule = "an initial and a surname the model reads as a person's name"  # "D. Cox 95 not out"
        elif _AGE_AFTER.match(text[end : end + 12]):
            rule = "followed by an age"
        elif _role_after(text, end, lang):
            rule = f"followed by the role '{_ROLE_AFTER.match(text[end : end + 60])[1]}'"
        elif lang != "de" and _read_as(proposals, "PER", start, end) and _surname_alone(text, words):
            rule = f"surname '{words[-1]}' used again"
            named = full_names.get(words[-1])
            if named and named != key and len(words) > 1:
                # "Like Prescott, Jack Berry ..." after "Sir Mark Prescott": the surname, a word before it
                start += len(name) - len(words[-1])
                name, key, rule = words[-1], named, f"surname of {named}"
        if rule is None:
            continue
        if (
            lang == "en"
            and not (role or nationality)
            and text[max(0, start - 4) : start] in ("the ", "The ")
            and not _surely_person(proposals, key)
            and not (len(words) > 1 and _surname_alone(text, words, after_article=False))
        ):
            # "in the Rose Garden", "the Sallie Mae board", "on the Mac App Store": a thing's name; but
            # "the Bernard Madoff scandal ... Madoff's lawyer said" is the man's
            continue
        if (
            not given
            and not initial
            and len(words) > 1
            and _written_small(text, words[-1])
            and not _surely_person(proposals, key)
            and not _role_after(text, end, lang)
        ):
            # "said Data Explorers", "director Emerging Powers": a common word ends it, no given name
            # opens it; but "Chen Yuan, chairman of the bank" in a story on the yuan is the man
            continue
        if not initial or len(words) > 2:  # not "D. Cox" of a scorecard; "J. Christopher Flowers" is named in full
            surname = _surname(key.split())
            full_names[surname] = key
            if article := _ARABIC_ARTICLE.match(surname):
                full_names.setdefault(surname[article.end() :], key)  # "Maliki" of "Nuri al-Maliki"
        found.mentions.append(Mention("person", key, name, start, rule))
        accepted.append((start, end))

    # "le président Obama", "el presidente Rajoy": a word the model reads as a
    # person's name, right after a role, which French and Spanish write in lower
    # case (English and German capitalise a title before a name: "President Obama")
    for proposal in proposals if lang in ("fr", "es") else ():
        if proposal.kind != "PER" or " " in proposal.text or not proposal.text[:1].isupper():
            continue
        if _NAME_WORD_AFTER.match(text, proposal.end):
            continue  # "Angela Merkel" read in two: the first word is no surname
        before = _WORD_BEFORE.search(text, max(0, proposal.start - 40), proposal.start)
        if (
            before
            and _is_role(before[1], lang)
            and _could_be_surname(proposal.text)
            and not _overlaps(taken + accepted, proposal.start, proposal.end)
        ):
            surnames.append((proposal.start, proposal.text, before[1]))
    # "Barroso, le président de la Commission": a surname, then the role in apposition
    pattern = _SURNAME_THEN_ROLE.get(lang)
    for match in pattern.finditer(text) if pattern else ():
        name, start = match["name"], match.start("name")
        if (
            _is_role(match["role"], lang)
            and _could_be_surname(name)
            and name.lower() not in function_words()
            and not (lang == "es" and _SPANISH_ADVERB.fullmatch(name))  # "Igualmente, la presidenta"
            and not (lang == "es" and match["role"] == "mayor")  # "Jiam, el mayor centro": "larger", no mayor
            and not _is_region(name)
            and not _read_as_other_name(proposals, start, start + len(name))
            and not _overlaps(taken + accepted, start, start + len(name))
            and not _NAME_WORD_AFTER.match(text, match.end("role"))  # "de Cotroceni, la Reina Margarita"
        ):
            surnames.append((start, name, match["role"]))
    # "le gouvernement Ayrault", "die Regierung Merkel": the head a government is named after
    pattern = _HEADED_GOVERNMENT.get(lang)
    for match in pattern.finditer(text) if pattern else ():
        name = match["name"]
        if _could_be_surname(name) and not _is_region(name) and not _overlaps(taken + accepted, *match.span("name")):
            surnames.append((match.start("name"), name, match["government"]))
    # a surname after a title, with no full name in the story, is the name
    for start, surname, title in surnames:
        span = (start, start + len(surname))
        town = find_city(f"{title} {surname}")
        if town and fold(town[0]) == fold(f"{title} {surname}"):
            continue  # "las agrupaciones socialistas de Don Benito": a town, not a man
        if lang == "de" and surname.removesuffix("s") in text_cities():
            continue  # "der Oberbürgermeister Münchens": a town's, in the genitive
        if lang == "de" and _GERMAN_NOUN_ENDING.search(surname) and not _read_as(proposals, "PER", *span):
            continue  # "dem Finanzminister Zynismus vorwerfen": German capitalises the noun after a role too
        if lang == "de" and not _read_as_any(proposals, *span) and not _named_alone_again(text, surname, span):
            continue  # "will als Sozialminister Furore machen": a noun the model reads no name in, written once
        if _no_surname_after_title(text, proposals, span, surname, title, lang):
            continue
        if _SURNAME_AFTER_BRACKET.match(text, span[1]) and _is_given_name(surname):
            continue  # "(U.S. Treasury Secretary Timothy) Geithner": a given name cut off from the surname
        if lang == "en" and any(m.kind == "organization" and m.text.startswith(f"{surname} ") for m in found.mentions):
            continue  # "Rival Juniper" of a story naming Juniper Networks: the firm, named short
        if surname not in full_names and not _overlaps(taken + accepted, *span):
            found.mentions.append(Mention("person", surname, surname, start, f"after the title '{title}'"))
            accepted.append(span)
    # a surname alone refers to the full name used elsewhere, but for a place after a
    # particle ("de Castilla" of "Juana de Castilla": "los medios de Castilla y León")
    for surname, name in full_names.items():
        first, _, place = surname.partition(" ")
        if first.islower() and first in PARTICLES and (find_city(place) or _is_place(place) or _is_region(place)):
            continue
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text):
            if not _overlaps(taken + accepted, *match.span()):
                found.mentions.append(Mention("person", name, surname, match.start(), f"surname of {name}"))
                accepted.append(match.span())
    return accepted
