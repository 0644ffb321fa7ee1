"""Towns, regions and countries as running text writes them: towns of
datelines and of the story's country, regions and states, a town's name inside
a body's, and the demonyms that stand for a country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from ..dates import fold
from ..instrument_codes import is_share_code, shares_code_at
from ..places import capital_abroad, city_of, find_city, folded_key, resolve, us_state, written_as_own_name
from .mentions import (
    _AGAINST_BEFORE,
    _CAPITALISED_WORD_AFTER,
    _COMBINING_FORMS,
    _COUNTIES_AFTER,
    _COUNTRY_ABBREVIATION_BEFORE,
    _DATELINE_AFTER,
    _LEGAL_FORMS_FOLDED,
    _LEGAL_TAIL,
    _MARKET_ROLE_AFTER,
    _NAME_GOES_ON,
    _PLACE_PREPOSITION_BEFORE,
    _PLACE_WORDS_INSIDE,
    _SIDE_SCORE_AFTER,
    _TABLE_RULE,
    _UNIVERSITY,
    _UPPER,
    HOME_COUNTRIES_OF_LANGUAGE,
    Found,
    Mention,
    _add_town,
    _body_after_town,
    _folded_table_name,
    _german_place_said,
    _has_body_word,
    _inside_longer_name,
    _is_demonym,
    _is_place,
    _named_club_s_town,
    _names_its_region,
    _opening,
    _overlaps,
    _rename_organizations,
    _runs_of_initials,
    _state_after,
    _state_named_after,
    _state_named_alone,
    _table_name_with_country,
    _tables_know,
    _town_and_comma_before,
    _town_with_its_state,
    _uses,
)
from .name_lexicons import (
    COMMON_ABBREVIATIONS,
    org_designators,
    world_regions,
)
from .recogniser import Recognised
from .vocabulary import (
    country_forms,
    country_name,
    organization_table,
    provinces,
    subdivisions,
    text_cities,
)

#: What a firm has or employs, and a preposition, before a name: "sales at
#: Toyota", "a stake in Toyota", "executives at Toyota" (a firm's, not a town's).
_A_FIRM_S_BEFORE = re.compile(
    r"(?<![\w-])(?:shares|stakes?|holdings?|investments?|sales|jobs|workers|employees|executives?|officials|"
    r"analysts?|engineers|managers|staff|production|output)[ ](?:in|at)[ ]$",
    re.IGNORECASE,
)
#: "and" or "or" and a capitalised word after a name: "in Toyota and Lexus vehicles".
_AND_A_NAME_AFTER = re.compile(rf"[ ](?:and|or)[ ][{_UPPER}]")
#: A possessive mark right after a name: "Santos' U.S. business", "Toyota's recall".
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w'’])")


def _written_as_place(text: str, name: str, prepositions: bool = True) -> bool:
    """Whether a story writes a name as a place's somewhere: after a
    preposition of place (unless ``prepositions`` is false), or with its
    state or country after a comma; not as the first word of a longer name
    (``in Toyota Motor Corp's recall``) nor before another one (``in Toyota
    and Lexus vehicles``), nor after what a firm has or employs (``sales at
    Toyota``), nor as what owns what follows (``assets in Santos' U.S.
    business``: a town's or a firm's)."""
    for match in _uses(name, text):
        if (
            _CAPITALISED_WORD_AFTER.match(text, match.end())
            or _AND_A_NAME_AFTER.match(text, match.end())
            or _POSSESSIVE_AFTER.match(text, match.end())
        ):
            continue
        if (
            prepositions
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, match.start() - 8), match.start())
            and not _A_FIRM_S_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ) or _state_after(text, match.end()):
            return True
    return False


#: Where a body sits, which copy names for the body, and which is also a
#: small town's name: "lawmakers on Capitol Hill" are Congress's.
_SEATS_NAMED_AS_TOWNS = frozenset(("Capitol Hill",))


def _national_body_of_place(text: str, start: int, end: int, written: str, found: Found) -> bool:
    """Whether a body of the tables whose name opens on "National" follows a
    place's name (``Korea National Oil Corp``, ``the Abu Dhabi National Oil
    Co.``): that place's own body, named as written, not the tables' (Libya's
    National Oil Corporation)."""
    place = _PLACE_BEFORE_NATIONAL.search(text, max(0, start - 40), start) if written.startswith("National ") else None
    if place is None or not _is_place(place["place"]):
        return False
    tail = _LEGAL_TAIL.match(text, end)
    whole = text[place.start("place") : tail.end() if tail else end].rstrip(".")
    body = organization_table().get(whole) or _folded_table_name(whole)
    found.mentions.append(Mention("organization", body, whole, place.start("place"), "a place's national body"))
    return True


def _town_opens_a_body(
    text: str,
    written: str,
    start: int,
    end: int,
    found: Found,
    taken: list[tuple[int, int]],
    dateline_city: str | None = None,
) -> bool:
    """Whether a town's name opens the name of a newspaper, an exchange, a
    financial group or an index after it on the same line: the body is an
    organisation in its place, the index nothing; the town is no place, but
    for the town the story was filed from (``dateline_city``), which the
    story is in all through."""
    match = _body_after_town(text, written, end)
    if match is None:
        if text.startswith(("'s ", "’s "), end) and re.search(rf"(?<![\w-]){re.escape(written)}[ ][Rr]ound\b", text):
            # "Doha's agriculture proposals" in a story on "the Doha round": the round's, no town
            taken.append((start, end))
            return True
        return False
    if match["thing"] is not None and dateline_city and written.casefold() == dateline_city.casefold():
        return False  # "the London interbank offered rate" in a story filed from London: the story's town still
    stop = end + match.end()
    if match["thing"] is None:
        # the model's reading of the words after the town alone ("Financial Group", "Co Inc") gives way to
        # the whole
        cut = [m for m in found.of("organization") if end <= m.start < stop]
        found.mentions[:] = [m for m in found.mentions if m not in cut]
        bodies = [(m.start, m.start + len(m.text)) for m in found.of("organization")]
        if not _overlaps(bodies, start, stop):
            name = f"{written}{text[end:stop]}"
            found.mentions.append(Mention("organization", name, name, start, "a body its town's name opens"))
    taken.append((start, stop))
    return True


#: A town whose name is the short name of the territory it is in, and the
#: territory's whole name: a story that names the territory means it by the
#: short name too ("violence in Gaza and Israel" beside "the Gaza Strip").
_TERRITORIES_OF_TOWNS = {"Gaza": "Gaza Strip"}


def _town_means_its_territory(text: str, written: str) -> bool:
    territory = _TERRITORIES_OF_TOWNS.get(written)
    return territory is not None and territory in text and f"{written} City" not in text


def _story_countries(
    lang: str | None, preferred: tuple[str | None, ...], spans: list[tuple[int, int, str, str]]
) -> tuple[str, ...]:
    """The countries a story is about, first those of its dateline, then
    those it names, then those of the cities it names (a city of one country
    only), then its language's home countries (none for ``lang`` None): where
    its parties and clubs are. A story with no dateline that names a home
    country of its language is first of all about that one: "CDU" of German
    copy on a trade pact with Brazil, which names Schleswig-Holstein too, is
    Germany's party, not Italy's."""
    named = [country_forms()[written] for _, _, kind, written in spans if kind == "country"]
    # a city of one country only: "LISBON", "Jerusalem"
    in_cities = [
        next(iter(found)) for found in (text_cities()[w] for _, _, k, w in spans if k == "city") if len(found) == 1
    ]
    homes = HOME_COUNTRIES_OF_LANGUAGE[lang] if lang else ()
    if not any(preferred):
        named_homes = [c for c in (*named, *in_cities) if c in homes]
        return tuple(dict.fromkeys(c for c in (*named_homes, *named, *in_cities, *homes) if c))
    return tuple(dict.fromkeys(c for c in (*preferred, *named, *in_cities, *homes) if c))


#: Capitals right before or after a name; not an agency's credit in brackets ("(EFE). - Izquierda Unida"),
#: nor the name's acronym ("Izquierda Unida (IU)").
_CAPITALS_AROUND = re.compile(r"[A-Z][A-Z'’]+[^\w)]+$|^[^\w(]+[A-Z][A-Z'’]+\b")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words around ``start:end`` are in capitals too: a heading,
    not a short name (``HOW COULD IT BE INCREASED?``)."""
    return bool(
        _CAPITALS_AROUND.search(text, max(0, start - 20), start) or _CAPITALS_AROUND.match(text[end : end + 20])
    )


def _city_state(written: str) -> bool:
    """A town that is its country (``Vatikan``, ``Monaco``), which German
    names with an article like a country: ``im Vatikan``."""
    city = find_city(written)
    return city is not None and country_name(city[1], "de").startswith(written)


#: People's adjectives no country's name makes, which the tables give a firm
#: too ("Swiss", the airline).
_IRREGULAR_PEOPLES_ADJECTIVES = frozenset(("Swiss", "British", "Scottish"))
#: What a firm named like a people does after its name: "Swiss said".
_FIRM_S_VERB = re.compile(r"[ ](?:said|says|has|had|is|was|will|would|cut|flew|flies|plans|added)\b")


def _adjective_of_a_people(text: str, mention: Mention) -> bool:
    """Whether a firm the tables name like a people (``Swiss``) stands as
    that people's adjective, a word in small letters after it (``Swiss
    drugmaker Novartis``, ``Swiss and U.S. diplomats``), not as the firm
    (``the airline Swiss said``)."""
    end = mention.start + len(mention.text)
    return (
        mention.text in _IRREGULAR_PEOPLES_ADJECTIVES
        and re.match(r"[ ][a-z]", text[end : end + 2]) is not None
        and not _FIRM_S_VERB.match(text, end)
    )


def _peoples_adjective(name: str, rule: str) -> bool:
    """Whether a name is a people's adjective alone, or two joined
    (``North American``, ``Franco-German``, ``German-American``): what a
    body, a market or a plan is of, no body's name; unless a firm of the
    tables' read there (``Bulgari``)."""
    if rule.startswith(_TABLE_RULE):
        return False
    if name in _REGIONS_ADJECTIVES:
        return True
    parts = name.split("-")
    return all(
        _is_demonym(part) or (part in _COMBINING_FORMS and index < len(parts) - 1) for index, part in enumerate(parts)
    )


#: The adjectives of a region's peoples, which no country's are, and their name: "the Nordic exchange
#: owner", "the Nordics".
_REGIONS_ADJECTIVES = frozenset("Nordic Scandinavian Baltic Balkan Nordics".split())


def _written_as_us_state(text: str, start: int, end: int) -> bool:
    """Whether a US state's name at ``start:end`` that a country bears too
    (``Georgia``) is written as the state's: with the word ``state`` after
    it, after ``states`` (``U.S. states such as Georgia``), beside another
    state in a list (``Florida, Georgia and Ohio``), or after a US town and
    a comma (``Augusta, Georgia``)."""
    if _STATE_WORD_AFTER.match(text, end) or _STATES_BEFORE.search(text, max(0, start - 30), start):
        return True
    before = _NAME_IN_A_LIST_BEFORE.search(text, max(0, start - 30), start)
    after = _NAME_IN_A_LIST_AFTER.match(text, end)
    if any(near and us_state(near["name"]) and near["name"] not in country_forms() for near in (before, after)):
        return True  # "California, Florida, Georgia, Pennsylvania and Wisconsin": a list of states
    town = _town_and_comma_before(text, start)
    return bool(town and city_of(town["town"], "US", least=0))


#: States before a name: "U.S. states such as Georgia", "the states of Ohio and Georgia".
_STATES_BEFORE = re.compile(
    r"\bstates(?: such as| like| of| including)?[ ](?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,? (?:and )?)*$"
)
#: A name before or after a name in a list: "Florida, Georgia", "Georgia and Pennsylvania".
_NAME_IN_A_LIST_BEFORE = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?:,| and| or)[ ]$")
_NAME_IN_A_LIST_AFTER = re.compile(r"(?:,| and| or)[ ](?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)")
#: "state" after a name: "Georgia state officials", "Georgia State University".
_STATE_WORD_AFTER = re.compile(r"[ ][Ss]tate\b")


#: A state or country after a comma, then "-based": "Woodside, California-based Fisher Investments".
_STATE_BASED_AFTER = re.compile(rf",[ ](?P<state>[{_UPPER}][a-z]+(?:[ ][{_UPPER}][a-z]+)?)-based(?![\w-])")


def _town_before_its_state(text: str, mention: Mention) -> bool:
    """Whether a body's name is a town's, written with the town's state or
    country after a comma (``between Los Angeles and Palo Alto, California``,
    ``Woodside, California-based Fisher Investments``): the town, no body."""
    end = mention.start + len(mention.text)
    town = find_city(mention.text)
    if town is None or town[0].lower() != mention.text.lower():
        return False  # not "UBS, NEW YORK:" of a list of analysts, whatever town the code names
    based = _STATE_BASED_AFTER.match(text, end)
    if based:
        return bool(us_state(based["state"]) or based["state"] in country_forms())
    return _state_after(text, end)


#: The heads of public bodies' names, which a country's abbreviation before
#: them only places (``U.S. Senate Banking Committee``).
_PUBLIC_BODY_HEADS = frozenset(
    """congress senate house representatives treasury department ministry office bureau agency
    authority administration commission committee council board court reserve army navy guard
    survey""".split()
)


def _country_abbreviation_alone(mention: Mention) -> bool:
    """Whether an organisation is a country's abbreviation that lost its
    last dot (``in the U.S. The report``, ``rival U.S. coal miner``): the
    country, no body."""
    return mention.kind == "organization" and "." in mention.key and mention.key + "." in country_forms()


def _without_country_abbreviation(found: Found) -> None:
    """A public body or a known organisation the recogniser reads with the
    abbreviation of its country before it is the body by its own name:
    ``U.S. Congress`` is ``Congress``, as a story names it without (one tag
    for the stories that write it either way), ``U.S. Walmart`` is
    ``Walmart``, or the tables' name of the body with its country's where
    they have one (``U.S. Department of Justice``: ``United States
    Department of Justice``); not a firm named so (``US Airways``, ``U.S. Steel``, ``U.S.
    Bank``: the tables' or no body's)."""
    table = organization_table()

    def own_name(mention: Mention) -> str | None:
        if mention.key != mention.text or mention.key in table:
            return None
        abbreviation = _COUNTRY_ABBREVIATION_BEFORE.match(mention.key)
        if abbreviation is None:
            return None
        name = mention.key[abbreviation.end() :]
        words = name.casefold().replace("'s", "").split()
        if (name in table and words[0] not in org_designators()) or (
            _PUBLIC_BODY_HEADS.intersection(words) and not _LEGAL_FORMS_FOLDED.intersection(words)
        ):  # not "US Bancorp": a designator alone is no body's name
            # the table's name where it has the body with its country's ("United States Department of Justice")
            return _table_name_with_country(name, country_forms()[abbreviation[0].strip()]) or name
        return None

    _rename_organizations(found, own_name)


#: One or two capitalised words right before a name.
_TOWN_WORDS_BEFORE = re.compile(rf"(?:[{_UPPER}][\w'’.-]*[ ])?[{_UPPER}][\w'’.-]*[ ]$")


def _town_before(text: str, start: int) -> bool:
    """Whether a town's name is written right before ``start`` (``San
    Antonio Spurs``, ``Oklahoma City Thunder``)."""
    before = _TOWN_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    words = before[0].split()
    return any(find_city(" ".join(words[i:])) for i in range(len(words)))


def _reads_as_city(written: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """A city's own name (``Bonn``, ``Mérida``) is the city; a name GeoNames
    gives it besides (``Wien``, ``Köln``, but also ``Dabei`` for Dubai,
    ``Kilo`` for Kiel, ``Florida`` for Floridablanca) only where the model
    reads a name there (``Kiev`` for its government is one) and it is not
    the name of a region of another country."""
    options = text_cities()[written]
    if written in options.values():
        return True
    regions = subdivisions().get(written, frozenset())
    if regions and not regions & options.keys():
        return False  # "Florida" is the state; "Wien" both the city and its state
    return any(p.kind != "PER" and p.start <= start and end <= p.end for p in proposals)


def _german_town_in_its_place(text: str, start: int, end: int, proposals: list[Recognised]) -> bool:
    """Whether a town's name in German copy is the town: German capitalises
    every noun, so a town's name the model reads no name in is often a word
    (``einige Male``, ``gutes Essen``, ``Fotos als Favoriten``) or a club the
    sports pages write by its town (``Dortmund dominierte``). It is the town
    where the model reads a name there, where the copy says so (see
    :func:`_german_place_said`), or before a hyphen and its part of town
    (``Essen-Steele``)."""
    return (
        any(p.start <= start and end <= p.end for p in proposals)
        or _german_place_said(text, start, end)
        or re.match(rf"-[{_UPPER}]", text[end : end + 2]) is not None
    )


#: The towns and the full stop of a dateline that opens a line of Mexican copy: "Madrid. ", "Bruselas/Moscú. ".
_TOWNS_OF_A_DATELINE_AFTER = re.compile(r"(?:/[^\s./]+)*\.[ ]")
#: Where Spanish copy says a town's name is the place: after "en", or after a word for a town.
_SPANISH_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:en|ciudad[ ]de|localidad[ ]de)[ ]$", re.IGNORECASE)


#: What a town's genitive names that is the town's own, not its club's: "Leipzigs Innenstadt",
#: "Hamburgs Bürgermeister".
_TOWN_S_OWN_AFTER = re.compile(
    r"[ ](?:[\w-]*(?:[Ss]tadt|[Ss]traßen?|[Vv]iertel|[Bb]ezirke?|[Bb]ahnhof|[Hh]afen|[Zz]entrum|[Bb]ürgermeister(?:in)?"
    r"|[Ss]tadtrat|[Ee]inwohner(?:innen)?|[Bb]ürger(?:innen)?|[Nn]orden|[Ss]üden|[Oo]sten|[Ww]esten|[Uu]mland|[Pp]olizei)"
    r"|Oberbürgermeister(?:in)?)\b"
)


#: Where German sports copy names a club by its town with a preposition of place's words:
#: "Duell zwischen Dortmund und Bayern" (two sides), "nicht, bis Hannover ... annahm" (a conjunction).
_SIDES_BEFORE = re.compile(r"(?:[Dd]uell|[Ss]piel|[Pp]artie|[Dd]erby|[Ff]inale)[ ]zwischen[ ]$|,[ ]bis[ ]$")


def _club_s_town_alone(text: str, written: str, start: int, end: int, found: Found, lang: str) -> bool:
    """Whether a town German or Spanish sports copy names alone, or German
    in the genitive, is the club it has named with the town (German: any
    body, ``Athletic Bilbao`` ... ``Bilbao beendete``, ``SC Freiburg`` ...
    ``Freiburgs Trainer``; Spanish: a club, ``FC Barcelona`` ... ``Barcelona
    suma tres puntos``): the town, not after a preposition of place nor in a
    dateline (``am Samstag in München``, ``en Barcelona``, ``Barcelona, 9 may
    (EFE)``, ``Madrid.`` opening a line)."""
    if lang == "de":
        if _named_club_s_town(written, found):
            # "das Duell zwischen Dortmund und Bayern", "bis Hannover ein Geschenk annahm": sides, not places
            return (
                not _german_place_said(text, start, end)
                or _SIDES_BEFORE.search(text, max(0, start - 20), start) is not None
            )
        # "von Leipzigs Torwart": a preposition before a genitive is the noun's after it, no place's
        return (
            written.endswith("s") and _named_club_s_town(written[:-1], found) and not _TOWN_S_OWN_AFTER.match(text, end)
        )
    if not _named_club_s_town(written, found, clubs_only=True):
        return False  # Spanish copy names a town in a body's name more often than German sports copy: a club's only
    return not (
        _SPANISH_PLACE_BEFORE.search(text, max(0, start - 20), start)
        or _DATELINE_AFTER.match(text, end)
        or (text[max(0, start - 1) : start] in ("", "\n") and _TOWNS_OF_A_DATELINE_AFTER.match(text, end))
    )


def _subdivision_country(written: str, preferred: tuple[str | None, ...]) -> str | None:
    """``Georgia`` in a story from the United States is the state: its
    country, when a name is also a region of the dateline's country."""
    codes = subdivisions().get(written, frozenset())
    return next((code for code in preferred if code in codes), None)


#: Landforms and waters some countries' regions are named after, which copy
#: names for the sea, bay or coast itself but in a story on that country
#: (``a ambos lados del Atlántico``: the ocean, not Colombia's department).
_LANDFORMS = frozenset(("Gulf", "Coast", "Bay", "Delta", "Lakes", "Atlántico", "Atlantique"))


def _recognised_regions(
    text: str,
    proposals: list[Recognised],
    taken: list[tuple[int, int]],
    found: Found,
    countries: tuple[str, ...] = (),
    own_country: tuple[str, ...] = (),
    sports: Callable[[], bool] = lambda: True,
    home_towns: bool = False,
) -> None:
    """A state, province or region the model finds stands for its country:
    ``New Jersey`` -> US, ``Bavaria`` -> DE, not a country of its own. A
    region of another country named as a town of the story's is that town
    (``la bahía de Santander`` in a story from Spain); with ``home_towns``
    (copy outside English), as any town GeoNames lists there (``en León``
    of a story from Spain: the Spanish town, not Nicaragua's department;
    see :func:`~wire.tagging.vocabulary.city_in`). A province, county or
    département (a region's part) only in a story of its own country
    (``own_country``: ``Vizcaya`` in a story from Spain), where its name is
    no region of another country nor a town of its own (``Bergamo``: the
    town). A name the story also writes as the end of a longer place's name
    is that place's, short (``the Delta`` after ``the Pearl River Delta``)."""
    for proposal in proposals:
        if proposal.kind == "ORG" and not _own_region_read_as_body(proposal, own_country, sports):
            continue
        if proposal.kind not in ("LOC", "ORG") or proposal.text in text_cities():
            continue  # "Kyiv", "Zürich": the city, not the region of the same name
        if _overlaps(taken, proposal.start, proposal.end) or _COMPASS_POINT.fullmatch(proposal.text):
            continue  # "looking West as well as East": a direction, not Cameroon's West Region
        codes = subdivisions().get(proposal.text)
        if (
            not codes
            and own_country
            and proposal.text in provinces().get(own_country[0], ())
            and city_of(proposal.text, own_country[0], least=0) is None
        ):
            codes = frozenset(own_country)  # a town's name is the town's: "Bergamo", "Kilkenny"
        if codes and len(codes) == 1:
            (code,) = codes
            if (
                countries
                and code != countries[0]
                and (
                    _town_of(proposal.text, countries[0])
                    or (home_towns and city_of(proposal.text, countries[0], least=0))
                )
            ):
                continue
            if proposal.text in _LANDFORMS and code not in countries:
                continue  # "a trip to the Gulf", "Gulf coast": the sea, not Papua New Guinea's Gulf Province
            if re.search(rf"(?<![\w-])(?:{_PLACE_WORD_INSIDE}) {re.escape(proposal.text)}(?![\w-])", text):
                continue  # "the Delta" of a story on the Pearl River Delta
            if _designator_after(text, proposal.end):
                continue  # "analysts at Espirito Santo Investment Bank": a body's name, no region
            state = _state_named_after(text, proposal.end)
            if code != "US" and (
                _town_with_its_state(text, proposal.start, proposal.end) or (state and us_state(state))
            ):
                continue  # "in Bethlehem, Pennsylvania", "its Bethlehem, Pennsylvania, casino": a town, not the
                # Palestinian governorate; but "in Oregon, Utah and California" names states
            found.mentions.append(
                Mention("place", code, proposal.text, proposal.start, f"region {proposal.text} (ISO 3166-2)")
            )
            taken.append((proposal.start, proposal.end))


#: Up to three capitalised words after a name.
_CAPITALISED_AFTER = re.compile(rf"(?:[ ][{_UPPER}][\w&'’.-]*){{1,3}}")


def _designator_after(text: str, end: int) -> bool:
    """Whether the capitalised words right after a name (up to three) end on
    a body's designator (``Espirito Santo Investment Bank``): the name opens
    the body's."""
    after = _CAPITALISED_AFTER.match(text, end)
    return after is not None and after[0].split()[-1].lower() in org_designators()


def _own_region_read_as_body(proposal: Recognised, own_country: tuple[str, ...], sports: Callable[[], bool]) -> bool:
    """Whether a name the model reads as a body is a region of the story's
    own country of two words or more (``el Gobierno del País Vasco``,
    ``Castilla y León``), outside sports copy, where a region's name is as
    often its side's (``New South Wales``)."""
    return (
        bool(own_country)
        and " " in proposal.text
        and subdivisions().get(proposal.text) == frozenset(own_country)
        and not sports()
    )


#: How sure the model must be that a town too small to be known in any
#: story is a place.
TOWN_SURE = 0.9


def _towns_read_as_places(
    text: str,
    proposals: list[Recognised],
    taken: list[tuple[int, int]],
    found: Found,
    homes: tuple[str, ...],
    known: list[tuple[int, int]],
    lang: str = "en",
    dateline_city: str | None = None,
    sports: Callable[[], bool] | None = None,
) -> None:
    """A town too small for the city list (GeoNames, 200,000 people or
    more) that the model reads as a place (surely, a town of fewer than
    50,000; at all, a larger one: ``Cáceres``), by its own name, in the story's
    country (``homes``: its dateline's, or the first it names, itself or by
    a city: ``Vénissieux`` in a story from Lyon, ``Taunton`` in one from
    London), or without one, in one only of its language's home countries
    (``Taunton`` is a town of Britain and of the United States). Only
    there: a town's name is another's, or a person's, elsewhere. Not a town
    the city list knows (``known``, or in capitals: ``PARIS`` is not Paris,
    Texas, in a story that names the United States), nor a side before its
    score (``BOSTON 6 Oakland 4``) or the side German sports copy says was
    played (``gegen Fürth``); a town that names its province (see
    :func:`_names_its_region`) is the province, but the dateline's own town."""
    for proposal in proposals:
        if (
            proposal.kind != "LOC"
            or not proposal.text[:1].isupper()
            or _overlaps(taken, proposal.start, proposal.end)
            or _overlaps(known, proposal.start, proposal.end)
            or _SIDE_SCORE_AFTER.match(text, proposal.end)
            or (
                lang == "de"
                and sports is not None
                and _AGAINST_BEFORE.search(text, max(0, proposal.start - 7), proposal.start)
                and sports()
            )  # "im Vergleich zum 3:4 gegen Fürth": the side it played, no place
            or _is_place(proposal.text)  # "PARIS": the city of the list, not Paris, Texas
            or proposal.text in _SEATS_NAMED_AS_TOWNS
            or (
                proposal.text in subdivisions() and _town_and_comma_before(text, proposal.start)
            )  # "Windsor, Ontario": the town's province, not Ontario, California
            or (_state_named_alone(proposal.text) and not _state_after(text, proposal.end))  # "southern Ontario"
            or _COUNTIES_AFTER.match(text, proposal.end)  # "Riverside and Ventura counties"
        ):
            continue
        towns = [(name, home) for home in homes if (name := city_of(proposal.text, home, least=0))]
        if len(towns) != 1 or fold(towns[0][0]) != fold(proposal.text):
            continue  # in no home or two; a name GeoNames gives the town besides its own: "Kilo" for Kiel
        ((name, home),) = towns
        if proposal.confidence < TOWN_SURE and not _likely_town(text, proposal, proposals, found, home):
            continue
        if proposal.text != dateline_city and _names_its_region(text, proposal.start, proposal.end, lang):
            # "la provincia de Huesca", "Torremolinos (Málaga)": the province, in the town's country
            found.mentions.append(Mention("place", home, proposal.text, proposal.start, f"region {proposal.text}"))
            taken.append((proposal.start, proposal.end))
            continue
        _add_town(found, taken, "town", name, home, proposal.text, proposal.start, proposal.end)


def _likely_town(text: str, proposal: Recognised, proposals: list[Recognised], found: Found, home: str) -> bool:
    """Whether a name the model reads as a place, though not surely, is a
    town of the story's country: one of 50,000 people or more there
    (``Cáceres``, ``Warren, Michigan``) that the story names as nothing
    else (not ``Hitachi`` the firm, read as a person elsewhere in the story,
    nor ``Dongfeng`` of ``Dongfeng Motor``), and not as the head of a longer
    name (``the Farnborough Air Show``, ``the Basel Committee``, ``the
    District of Columbia``)."""
    if city_of(proposal.text, home) is None:
        return False
    if any(other.text == proposal.text and other.kind != "LOC" for other in proposals):
        return False
    written = re.compile(rf"(?<![\w-]){re.escape(proposal.text)}(?![\w-])")
    if any(written.search(mention.text) for mention in found.of("organization")):
        return False
    return not (
        _NAME_GOES_ON.match(text, proposal.end)
        or _NAME_OF_BEFORE.search(text, max(0, proposal.start - 40), proposal.start)
    )


#: "District of", "University of" before a name: the name is another's part.
_NAME_OF_BEFORE = re.compile(rf"[{_UPPER}][\w.-]*[ ](?:of|de|del|du|des|von)[ ]$")


#: How sure the model must be that a city of the list written in capitals is a place.
CAPITALS_CITY_SURE = 0.7


def _listed_cities_read(
    proposals: list[Recognised],
    taken: list[tuple[int, int]],
    cities: list[tuple[int, int, str]],
    form: Callable[[Recognised], str | None],
) -> list[tuple[int, int, str]]:
    """Cities of the list the model reads as places where copy writes them
    otherwise than the list does, as (start, end, the list's form):
    ``form`` gives a reading's form in the list, or None where the reading
    does not count."""
    listed = [(start, end) for start, end, _ in cities]
    found = []
    for proposal in proposals:
        if proposal.kind != "LOC" or _overlaps(taken, proposal.start, proposal.end):
            continue
        if _overlaps(listed, proposal.start, proposal.end):
            continue
        name = form(proposal)
        if name is not None and name in text_cities():
            found.append((proposal.start, proposal.end, name))
    return found


def _in_capitals_form(text: str, proposal: Recognised) -> str | None:
    """A city written in capitals that the model surely reads as a place
    (``LONDON 1996-08-22``, ``llegó a MADRID``), as the list writes it; not
    a side before its score (``BOSTON 6``)."""
    if (
        proposal.confidence >= CAPITALS_CITY_SURE
        and proposal.text.isupper()
        and not _SIDE_SCORE_AFTER.match(text, proposal.end)
    ):
        return proposal.text.title()
    return None


def _genitive_form(proposal: Recognised) -> str | None:
    """A city in the German genitive (``Wiens Bürgermeister``, ``die
    Innenstadt Münchens``), as the list writes it."""
    stem = proposal.text.removesuffix("s")
    return stem if stem != proposal.text else None


def _us_states_listed(text: str, written: str, end: int) -> bool:
    """Whether a US state's name is the first of states listed (``filed in
    Oklahoma, Texas and Louisiana``), not a town with its state after it
    (``Nevada, Missouri``): no town of the United States is written so."""
    state = _state_named_after(text, end)
    return bool(state and us_state(state) and us_state(written) and city_of(written, "US", least=0) != written)


#: A town's name in capitals opening a dateline left in the text, with its
#: region or country after a comma: "FRANKFURT 1996-08-22" (an archive's
#: date), "AKRON, Ohio 1996-08-22", "PARIS, Oct 22 (Reuters)".
_CAPITALS_DATELINE = re.compile(
    r"(?<![\w.'’-])(?P<town>[A-Z][A-Z'’.-]*[A-Z](?:[ ][A-Z][A-Z'’.-]*[A-Z]){0,2})"
    rf"(?:,[ ](?P<region>[{_UPPER}][\w.]*(?:[ ][{_UPPER}][\w.]*)?))?"
    r"(?=[ ]\d{4}-\d\d-\d\d(?!\w)|,[ ](?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}|\d{1,2}[ ][A-Za-z]{3,10}\.?)[ (,]"
    r"|[ ]?\((?:Reuters|AFP|AP|dpa|EFE)\))"
)


def _towns_of_datelines(text: str, taken: list[tuple[int, int]], found: Found, home: str | None) -> None:
    """Towns in capitals that open a dateline left in the text (an
    archive's ``AKRON, Ohio 1996-08-22``, a wrap-up's second ``BERLIN, Oct
    22 (Reuters)``), placed as the parser places a dispatch's dateline: by
    the region or country after it, else in the story's country (``home``)
    when it has a large enough town of that name. A dateline names a town
    of any size; no model is needed."""
    for match in _CAPITALS_DATELINE.finditer(text):
        start, end = match.span("town")
        if _overlaps(taken, start, end):
            continue
        country = resolve(match["town"], match["region"], home).country
        name = city_of(match["town"], country, least=0) if country else None
        if name is None:
            continue  # no town of that name there: the region, if any, is read as one
        _add_town(found, taken, "dateline's town", name, country, match["town"], start, end)


#: An agency's credit in brackets after the town of a dateline left in the
#: text, with the date or the town's region between: "Madrid, 25 may (EFE).",
#: "Santander (EFE).", "Fráncfort (RFA), 25 may (EFECOM)."
_AGENCY_DATELINE_END = re.compile(
    r"(?:[ ]\((?P<region>[A-Z][^()\n]{1,30})\))?(?:,[ ]\d{1,2}[ ][a-z]{3,10}\.?)?[ ]"
    r"\((?:EFE|EFECOM|AFP|AP|dpa|Reuters)\)"
)
#: The capitalised words before it, of which the town is the last one to three.
_WORDS_BEFORE_DATELINE_END = re.compile(rf"(?:[{_UPPER}][\w'’-]*[ ](?:(?:de|del|la|el)[ ])?){{0,4}}[{_UPPER}][\w'’-]*$")


def _towns_of_agency_datelines(text: str, taken: list[tuple[int, int]], found: Found, home: str | None) -> None:
    """Towns of the datelines written in the text in the agencies' style, a
    wrap-up's second story or an agenda's (``Madrid, 25 may (EFE).``,
    ``Santander (EFE).``), placed as the parser places a dispatch's: by the
    region in brackets after it, else in the story's country. The town is
    the longest end of the capitalised words before that is a known town
    (``Por Caius Apicius Madrid, 25 may (EFE)``: a byline, then the town)."""
    for end_match in _AGENCY_DATELINE_END.finditer(text):
        words = _WORDS_BEFORE_DATELINE_END.search(text, max(0, end_match.start() - 80), end_match.start())
        if words is None:
            continue
        parts = words[0].split()
        # what is found, not the words a reading took: "Caius Apicius" of a byline's run is no town's
        named = [(m.start, m.start + len(m.text)) for m in found.mentions]
        for size in range(min(3, len(parts)), 0, -1):
            written = " ".join(parts[-size:])
            if written[:1].islower():
                continue
            start = end_match.start() - len(written)
            if _overlaps(named, start, end_match.start()):
                continue
            country = resolve(written, end_match["region"], home, marks_abroad=True).country
            name = city_of(written, country, least=0) if country else None
            if name is not None:
                _add_town(found, taken, "dateline's town", name, country, written, start, end_match.start())
                break


def _dateline_town(
    text: str, proposals: list[Recognised], taken: list[tuple[int, int]], found: Found, town: str, country: str
) -> None:
    """The town the story was filed from (its dateline's, in ``country``),
    wherever the story names it, though too small for the city list
    (``El alcalde de Santander``), but not inside a longer name the model
    reads (``Stadtwerke Kassel``); a name the list knows is read with it."""
    name = city_of(town, country, least=0)
    if name is None:
        return
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(town)}(?![\w'’-])", text, re.IGNORECASE):
        start, end = match.span()
        if match[0][:1].isupper() and not (
            _overlaps(taken, start, end) or _inside_longer_name(text, proposals, start, end)
        ):
            _add_town(found, taken, "the dateline's town", name, country, match[0], start, end)


def _town_at_home(name: str, country: str, lang: str) -> bool:
    """Whether another country's name in copy outside English is the own
    name of a town of 50,000 people or more of ``country`` (the dateline's
    or the agency's), one of the language's home countries (``Granada`` of
    an EFE story, Grenada's Spanish name): copy writes the town there, as a
    town at home comes before a namesake abroad (see
    :func:`~wire.tagging.vocabulary.city_in`); but not a country's capital
    (``Luxembourg``, a part of Paris too)."""
    if country not in HOME_COUNTRIES_OF_LANGUAGE.get(lang, ()) or name not in text_cities():
        return False
    town = city_of(name, country)
    return town is not None and fold(town) == fold(name) and capital_abroad(name, country) is None


def _town_of(name: str, country: str) -> bool:
    """Whether ``name`` is a town of ``country`` large enough to be named
    without its region (GeoNames)."""
    city = find_city(name, country)
    return city is not None and city[1] == country


#: A place's name right before a body's name that opens on "National": "Korea
#: National Oil Corp", "Abu Dhabi National Oil Co.".
_PLACE_BEFORE_NATIONAL = re.compile(rf"(?<![\w'’-])(?P<place>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)?)[ ]$")


@functools.cache
def _world_region_words() -> frozenset[str]:
    return frozenset(word for region in world_regions() for word in region.split() if word[:1].isupper())


def _region_word(written: str) -> bool:
    """Whether a word names a part of the world as well, alone or in a longer
    name (``America``, of ``North America``; ``Asia``)."""
    return written in _world_region_words()


#: A university named by its town, just before the town: "université de", "Université",
#: "université anglaise de", "Universidad de", "Universität".
_UNIVERSITY_BEFORE = re.compile(rf"(?<![\w-])(?:{_UNIVERSITY})(?:[ ]+[a-zà-ÿ]{{4,}})?[ ]+(?:de[ ]+|d['’]|of[ ]+)?$")


def _university_of_place(text: str, proposal: Recognised) -> Recognised:
    """A town the model reads just after a university's designator is the
    university's name (``université de Caen``, ``Université Bordeaux II``,
    ``université américaine de Beyrouth``), an organisation's reading."""
    if proposal.kind != "LOC":
        return proposal
    before = _UNIVERSITY_BEFORE.search(text, max(0, proposal.start - 40), proposal.start)
    if before is None:
        return proposal
    return replace(proposal, kind="ORG", start=before.start(), text=text[before.start() : proposal.end])


#: What a site is, after its name: "the Oyu Tolgoi copper mine", "River Bend nuclear plants".
_SITE_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:(?:nuclear|power|copper|gold|coal|oil|gas|iron[ ]ore|wind|solar|uranium|zinc|nickel|"
    r"steel|chemical|assembly)[ ])*(?:plant|project|mine|field|oilfield|refinery|smelter|reactor|deposit)s?(?![\w-])"
)


def _names_a_site(text: str, mention: Mention) -> bool:
    """Whether the model's body, which no table knows and no designator
    makes one, is a site's name in every use: a mine, a plant, a field or a
    project (``the Oyu Tolgoi copper mine``), not a body."""
    if mention.key != mention.text or mention.key in organization_table() or _has_body_word(mention.text.split()):
        return False
    return all(_SITE_AFTER.match(text, use.end()) for use in _uses(mention.text, text))


#: The country after a firm's name, which the model reads with it: "Walmart
#: U.S. Chief Operating Officer", "For U.S. poll", "Ford U.S. sales".
_COUNTRY_LAST = re.compile(r"[ ]U\.S\.?$")
#: A show or a region after a name, which the name opens: "the Paris Air
#: Show", "the New York Auto Show", "the U.S. Mid-Atlantic region".
_SHOW_OR_REGION_AFTER = re.compile(r"[ ](?:[Ss]how|region)(?![\w-])")
#: A portfolio after the United States, before its holder's title: "U.S.
#: Energy Secretary Sam Bodman", "U.S. Trade Representative Ron Kirk".
_PORTFOLIO = re.compile(r"(?:U\.S\.|US)[ ][A-Z][a-z]+")
#: A union's last word after the rest of its name: "United Auto Workers".
_WORKERS_AFTER = re.compile(r"[ ]Workers(?![\w-])")
_PORTFOLIO_HOLDER_AFTER = re.compile(r"[ ](?:Secretary|Representative|Undersecretary|Commissioner)(?![\w-])")
#: A party's adjective after a chamber's name, before what its member is in
#: lower case: "Senate Democratic leader Harry Reid", "a House Republican aide".
_PARTY_ADJECTIVE_LAST = re.compile(r"[ ](?:Democratic|Republican)$")
_LOWER_CASE_WORD_AFTER = re.compile(r"[ ][a-z]")


def _no_show_region_or_portfolio(text: str, proposal: Recognised) -> list[Recognised]:
    """A body's name the model reads before a show's word or a region's
    opens their name, which is no body (``Paris Air`` of ``the Paris Air
    Show``, ``U.S. Mid-Atlantic`` of ``the U.S. Mid-Atlantic region``); nor
    is a portfolio before its holder's title (``U.S. Energy`` of ``U.S.
    Energy Secretary``) or a measure (``U.S. GDP``). One it reads with the
    United States after it is the firm of the tables before it (``Walmart``
    of ``Walmart U.S.``), or no body (``For U.S. poll``); so is one read
    with a country before an analyst (``Moody's`` of ``Moody's Brazil
    analyst``). Nor is a chamber's name with the party's adjective after it
    (``Senate Democratic`` of ``Senate Democratic leader``): the chamber is
    read as where it stands alone. A union's name the model stops before
    ``Workers`` goes on with it."""
    if proposal.kind != "ORG":
        return [proposal]
    if workers := _WORKERS_AFTER.match(text, proposal.end):
        # "United Auto" read before "Workers President Ron Gettlefinger": the union's name goes on
        proposal = replace(proposal, end=workers.end(), text=text[proposal.start : workers.end()])
    if (
        _SHOW_OR_REGION_AFTER.match(text, proposal.end)
        or (_PORTFOLIO.fullmatch(proposal.text) and _PORTFOLIO_HOLDER_AFTER.match(text, proposal.end))
        or (_COUNTRY_ABBREVIATION_BEFORE.match(proposal.text) and proposal.text.split()[-1] in COMMON_ABBREVIATIONS)
    ):
        return []
    party = _PARTY_ADJECTIVE_LAST.search(proposal.text)
    if party and _LOWER_CASE_WORD_AFTER.match(text, proposal.end):
        # "Senate Democratic leader": no body's name; the chamber is read from the tables as where it stands alone
        return []
    beat = proposal.text.rsplit(" ", 1)
    if len(beat) == 2 and beat[1] in country_forms() and _MARKET_ROLE_AFTER.match(text, proposal.end):
        # "Moody's Brazil analyst Mauro Leos": the firm's analyst of that country
        if _tables_know(beat[0]):
            return [_opening(proposal, beat[0])]
    country = _COUNTRY_LAST.search(proposal.text)
    if country is None:
        return [proposal]
    firm = proposal.text[: country.start()]
    return [_opening(proposal, firm)] if _tables_know(firm) else []


#: A point of the compass alone, which names a region of some countries
#: (Cameroon's West, Guinea-Bissau's Norte) but in copy a direction.
_COMPASS_POINT = re.compile(
    r"(?:West|East|North|South|Ouest|Est|Nord|Sud|Oeste|Este|Norte|Sur|Westen|Osten|Norden|Süden)"
)
_PLACE_WORD_INSIDE = "|".join(sorted(_PLACE_WORDS_INSIDE))


#: A kin's word and a comma before a name in apposition: "with his wife, Kath,".
_KIN_APPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:his|her|their|a)[ ](?:wife|husband|son|daughter|brother|sister|father|mother|widow|partner),[ ]$"
)
#: A middle initial and a surname after a name: "Sydney E. Unger", a person's given name.
_INITIAL_AND_SURNAME_AFTER = re.compile(rf"[ ][{_UPPER}]\.[ ][{_UPPER}][a-z]")


#: Countries whose towns English copy writes by their own names: another name GeoNames gives one
#: (``Newtown`` for Tallahassee) is some smaller town's.
_ENGLISH_SPEAKING = frozenset(("US", "GB", "IE", "CA", "AU", "NZ"))


#: The country a town is in, after it: " in southern Greece", " in Greece".
_COUNTRY_IN_AFTER = re.compile(
    rf"[ ]in[ ](?:(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|"
    rf"southwestern)[ ])?(?P<country>[{_UPPER}][a-z]+(?:[ ][{_UPPER}][a-z]+)?)(?![\w-])"
)


def _country_in_after(text: str, end: int) -> str | None:
    """The country a town is said to be in right after its name, or None."""
    match = _COUNTRY_IN_AFTER.match(text, end)
    return country_forms().get(match["country"]) if match else None


def _before_its_shares_code(text: str, end: int) -> bool:
    """Whether the code of a listed company's shares follows ``end``, in
    brackets or bare (``Scottish and Newcastle SCTN.L``)."""
    after = text[end : end + 20].split(maxsplit=1)
    return shares_code_at(text, end) or (bool(after) and text[end : end + 1] == " " and is_share_code(after[0]))


#: A capitalised word and "and" or "&" right before a name: "Scottish and ".
_JOINED_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ ](?:and|&)[ ]$")
#: An acronym in brackets right after a name: " (S&N)", " (NYMEX)".
_ACRONYM_IN_BRACKETS_AFTER = re.compile(r"[ ]\((?P<acronym>[A-Z][A-Z&]{1,7})\)")


def _ends_a_name_of_its_acronym(text: str, end: int) -> bool:
    """Whether the words up to ``end`` end a name of two words or more whose
    initials the acronym in brackets after it is (``Scottish and Newcastle
    (S&N)``): the name's last word, not a town of its own."""
    bracket = _ACRONYM_IN_BRACKETS_AFTER.match(text, end)
    if bracket is None:
        return False
    words = text[max(0, end - 80) : end].split()[-6:]
    acronym = bracket["acronym"].replace("&", "")
    return any(last == len(words) for _, last in _runs_of_initials(words, acronym))


def _own_name(written: str, town: str) -> bool:
    """Whether ``written`` is a form of the GeoNames town's own name, not
    another name it lists besides (``Newtown`` for Tallahassee)."""
    return written_as_own_name(folded_key(written), folded_key(town))


def _town_by_its_own_name(written: str, country: str) -> str | None:
    """The GeoNames town of ``country`` that ``written`` is a form of the own
    name of, as a town written with its state is (``Newtown, Connecticut``
    is none GeoNames lists, not Tallahassee)."""
    town = city_of(written, country, least=0)
    return town if town and _own_name(written, town) else None
