"""What every rule of `find_entities` shares: the record of a mention
(`Mention`) and of what a story names (`Found`), the patterns of a name, a
list, a role and a dateline, and the questions the rules ask of a name and the
words around it (is it a place, a side, a party, a firm's name, an event).

Names with a leading underscore are the tagging package's own, shared by its
modules and not meant for use outside it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import pycountry

from ..agencies import agency_parts
from ..dates import fold
from ..instrument_codes import shares_code_at
from ..places import city_of, find_city, is_capital, us_state
from .legal_forms import ABBREVIATED, GROUP_WORDS, SPELLED_OUT, alternatives
from .name_lexicons import (
    COMMON_ABBREVIATIONS,
    LEGAL_FORMS,
    NOT_NAME_START,
    PARTICLES,
    ROLE_SUFFIXES,
    UPPER,
    calendar_words,
    english_language_names,
    first_names,
    function_words,
    names_no_firm_alone,
    nationality_adjectives,
    org_designators,
    roles_of,
    world_regions,
)
from .recogniser import Recognised, reading_alone
from .vocabulary import (
    Club,
    Party,
    club_names,
    club_table,
    country_forms,
    fold_name,
    former_countries,
    known_people,
    organization_folds,
    organization_stems,
    organization_table,
    organizations,
    party_table,
    provinces,
    region_names,
    subdivisions,
    text_cities,
)

_UPPER = UPPER
#: The words that join the items of a list in the four languages: "Slovenia and Slovakia".
_LIST_CONJUNCTIONS = "and|or|et|ou|y|o|und|oder"
#: "Chicago-based", "Australia-listed": a word that describes the name after it.
_DESCRIBED = re.compile(r"-(?:based|listed|born|owned|led|backed|controlled|registered|headquartered|style|like)$")
#: An elided article or preposition, written joined to the word after it: "l'", "d'".
_ELIDED = r"[LlDd]['’]"
_MEDIA_NAME = (
    rf"[ ](?:(?P<adjective>[a-zà-ÿ]{{4,15}})[ ])?(?:(?:la|le|les)[ ]|l['’])?[\"“«„]?[ ]?"
    rf"(?P<name>(?:(?:Le|La|Les|El|Los|The|Die|Der|Das|O)[ ])?"
    rf"[{_UPPER}][\w&-]*(?:[ ](?:(?:and|of|de|del|du|für|&)[ ])?[{_UPPER}][\w&-]*){{0,3}})"
)


#: A firm's name as English writes it: capitalised words, perhaps joined by
#: "&", without the possessive's apostrophe ("refiner Petroplus' plant").
_FIRM_NAME = rf"[{_UPPER}][\w&.'’-]*(?<!['’])(?:[ ](?:&[ ])?[{_UPPER}][\w&.'’-]*(?<!['’])){{0,3}}"


#: The names after a plural kind of firm, in a list, in each language's way of
#: joining its last item: "firms TPG, Terra Firma and Ripplewood", "fabricantes
#: de teléfonos Motorola, Alcatel, Sagem y Mitsubishi".
_MORE_NAMES = {
    lang: re.compile(rf"(?:,[ ]|,?[ ](?:{conjunctions})[ ])(?P<name>{_FIRM_NAME})")
    for lang, conjunctions in {"en": "and", "es": "y|e", "fr": "et"}.items()
}
#: The endings of the adjectives of nations, which stand before roles too: "Canadian analyst".
_NATION_ENDING = re.compile(r"(?:an|ese|ish|ch|i|ic)$")


#: Words of parties' names a given name opens (``Christian Democrats``,
#: ``Christian Social Union``), no one's surname.
_PARTY_WORDS = frozenset(("Democrats", "Democrat", "Democratic", "Social", "Socialists", "Republicans"))


def _no_firms_name(name: str) -> bool:
    """Whether what English writes before a firm's people cannot be the
    firm's name: a nation's adjective ("Canadian analyst"), a place, a date,
    a function word, a role, or a word that starts sentences."""
    words = name.split()
    return bool(
        _NATION_ENDING.search(words[-1])
        or _is_place(name)
        or any(w in calendar_words() or w.lower() in function_words() or _is_role(w, "en") for w in words)
        or words[0] in NOT_NAME_START
    )


def _names_listed(text: str, match: re.Match, lang: str) -> list[tuple[str, int]]:
    """The name ``match`` found and the names listed after it, each with
    where it starts, up to the end of the list or of a sentence."""
    names = [(match["name"], match.start("name"))]
    at = match.end("name")
    while "." not in names[-1][0] and (following := _MORE_NAMES[lang].match(text, at)):
        names.append((following["name"], following.start("name")))
        at = following.end()
    return names


#: A word in lower case after a name's possessive, of what the name owns, not
#: what it does: "Coke's shares", not "Swoozie's said".
_OWNED_AFTER = re.compile(
    r"[ ](?!(?:said|says|had|has|is|was|will|would|could|can|files?|filed|agreed|reported|announced|posted|plans|"
    r"expects)"
    r"(?![\w-]))[a-z]"
)


#: Endings of a nationality an outlet's or firm's kind may carry besides the
#: adjectives' ("la empresa española Indra", "la petrolera rusa Lukoil").
_KIND_ADJECTIVE_ENDINGS = {"es": ("ola", "olas", "usa", "usas")}


# "el secretario general del PSOE", "le porte-parole du PS", "der Vorsitzende der SPÖ"
_ACRONYM_OF = {
    "es": r"del|de la|de",
    "fr": r"du|de la|de l['’]|des|de|d['’]",
    "de": r"der|des",
}
_ROLE_OF_ACRONYM = {
    # the end of a sentence may follow the acronym, not more of it ("EE.UU.", "S.A.")
    lang: re.compile(rf"(?P<role>[\w-]+)\s+(?:{connector})\s*(?P<name>[A-ZÁÉÍÓÚÑÀ-ÝÄÖÜ]{{2,6}})(?![\w-]|\.\w)")
    for lang, connector in _ACRONYM_OF.items()
}


@dataclass
class Mention:
    kind: str  # person, place, organization, city
    key: str  # canonical identity: name, ISO code
    text: str  # as written
    start: int
    rule: str


@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


@functools.cache
def _lexicons() -> tuple[tuple[str, dict], ...]:
    return (
        ("organization", organizations()),
        ("person", known_people()),
        ("country", country_forms()),
        ("city", text_cities()),
        ("listed organization", organization_table()),
        ("party", party_table()),
        ("club", club_table()),
        ("firm stem", organization_stems()),
    )


@functools.cache
def _known_forms() -> dict[str, str]:
    """Every form a lexicon knows -> its kind, that of the first lexicon of
    :func:`_lexicons` that knows it (one lookup a run of words)."""
    known: dict[str, str] = {}
    for kind, lexicon in reversed(_lexicons()):
        known.update(dict.fromkeys(lexicon, kind))
    return known


#: How far before a name a role is looked for (characters).
_ROLE_WINDOW = 60


def _role_before(text: str, start: int, lang: str) -> str | None:
    window = text[max(0, start - _ROLE_WINDOW) : start]
    if _ROLE_OF_THE_NAME_BEFORE.search(window):
        return None  # "said Stephen Massocca, managing director, Wedbush Morgan": the role is his, the name his firm's
    written = [_ELISION.sub("", w) for w in re.findall(r"[\w.'’-]+", window)[-4:]]
    roles = roles_of(lang)
    after = None
    named = False  # a capitalised word passed, between the role and the name
    for as_written in reversed(written):
        word = as_written.lower()
        if len(word) > 2 and word.endswith(".") and word[:-1].isalpha() and word == as_written:
            return None  # "CEO Jamie Dimon said. Bear Stearns would": the role was another's, in the sentence before
        if lang == "en" and named and word in _BODY_PREPOSITIONS:
            return None  # "strategist at Janney Montgomery Scott": the role is held at a body the name is part of
        named = named or (as_written[:1].isupper() and word not in roles)
        if lang == "en" and word in _RANKS_ALSO_ADJECTIVES and as_written == word:
            after = word
            continue  # "major changes to Social Security": an adjective, no rank
        if word in roles or (lang == "de" and word.endswith(ROLE_SUFFIXES)):
            if lang == "en" and after in _WORKPLACE_PREPOSITIONS:
                return None  # "executives from Merrill Lynch": where they work or came from, no one's title
            if lang == "en" and word.endswith("s") and word[:-1] in roles and _listed_after_a_comma(window, roles):
                # "officials, including three Fairfield Greenwich executives": a plural role, a list, no title
                return None
            return word
        if word in _CONJUNCTION_WORDS and after in _ARTICLE_WORDS:
            return None  # "his Liberal Democratic party and the Russian Duma": the role is another's
        if lang == "en" and word in _VERBS_OF_A_SUBJECT:
            return None  # "the pope wants the Holy See to": the role is the subject's, the name the object
        after = word
    return None


#: Words in lower case between a comma and a name: "officials, including three Fairfield Greenwich".
_LISTED_AFTER_A_COMMA = re.compile(r",[ ]+(?P<words>(?:[a-z][\w'’-]*[ ]+)+)$")


def _listed_after_a_comma(window: str, roles: frozenset[str]) -> bool:
    """Whether words in lower case, no role or article among them, come
    between a comma and the end of ``window`` (``officials, including
    three``): what comes after is one of a list, no role's holder."""
    listed = _LISTED_AFTER_A_COMMA.search(window)
    return listed is not None and not any(word in roles or word in _ARTICLE_WORDS for word in listed["words"].split())


#: A role in apposition to the name before it, between commas, before a name: that name is where
#: the role is held, not its holder ("Stephen Massocca, managing director, Wedbush Morgan in San
#: Francisco"); not "the company's chief executive, Jane Doe", whose role follows no name.
_ROLE_OF_THE_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*,[ ]+(?:[a-z][\w'’&-]*[ ]+){0,4}[a-z][\w'’-]*,[ ]*$")


#: English verbs that come between a subject named by a role and the object after them: "the pope
#: wants the Holy See to", "the president appointed Jane Doe".
_VERBS_OF_A_SUBJECT = frozenset(
    "wants wanted asks asked urges urged tells told thanks thanked praises praised criticises criticised "
    "criticizes criticized appoints appointed names named replaces replaced meets met visits visited "
    "invites invited backs backed warns warned".split()
)


#: The prepositions English ties a role to the body it is held at: "strategist at", "head of".
_BODY_PREPOSITIONS = frozenset(("at", "of", "for", "with"))
#: Those of them that tie a role to where it is held or was: "analysts at", "executives from".
_WORKPLACE_PREPOSITIONS = frozenset(("at", "from"))
#: The industries English copy calls "Big ..." as a whole ("Big Pharma").
_INDUSTRIES = frozenset(("pharma", "media", "energy", "insurance"))
#: English ranks that are adjectives too, ranks only capitalised: "Major Tom Hale", "major changes".
_RANKS_ALSO_ADJECTIVES = frozenset(("major", "general", "private"))
_CONJUNCTION_WORDS = frozenset(_LIST_CONJUNCTIONS.split("|"))
#: The articles a new noun phrase opens with after a conjunction: "and the", "y el", "et la", "und die".
_ARTICLE_WORDS = frozenset("the a an el la los las un una le les l' un une der die das den dem des ein eine".split())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


#: A region's kind and what joins it to its name, where a town gives its
#: name to the region about it: "the state of Aguascalientes", "la provincia
#: de Córdoba", "la région de Tanger", and the plurals' first ("las provincias
#: de Ourense y Lugo", "las regiones de").
_REGION_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:state|province|prefecture|governorate|region|District)s?[ ]of"
    r"|(?:estado|provincia|región|departamento|regione)s?(?:[ ][a-záéíóúñ]{4,12})?[ ]de|(?:distrito|franja)[ ]de"
    r"|(?:province|région|préfecture|département)s?[ ]d[eu]|(?:Provinz|Präfektur|Region|Oblast|Bundesland))[ ]$"
    r"|(?<![\w])(?:US-|U\.S\.-)?Bundesstaat[ ]$"
    # a state's or a province's governor, not a town's ("Gobernador de Washington", "gouverneur de Bahia")
    r"|(?<![\w-])(?:[Gg]obernador(?:a)?(?:[ ]del[ ]estado)?[ ]de|[Gg]ouverneur(?:in)?[ ]von|[Gg]ouverneur[ ]d[eu])[ ]$"
)
#: A compass point's adjective before a region's name in a list: "southwest Sichuan".
_COMPASS_BEFORE = r"(?:(?:north|south|east|west|central|southwest|southeast|northwest|northeast)(?:ern)?[ ])?"
#: The regions' word in the plural, then names listed up to the one after: "las provincias de
#: Guadalajara y ", "the states of Ohio, Indiana and ", "los estados de Morelos, México, ",
#: "the regions of Catalonia, Valencia, ", "four inland provinces: southwest Sichuan, ",
#: "los estados de Lara, Zulia, Miranda y Barinas, Nueva Esparta, ".
_REGIONS_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:states|provinces|prefectures|governorates|regions)(?:[ ]of|:)"
    r"|(?:estados|provincias|regiones|departamentos)[ ]de"
    r"|(?:provinces|régions|départements)[ ]d[eu]|Provinzen|Bundesstaaten|Bundesländern?)[ ]"
    rf"{_COMPASS_BEFORE}[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)*"
    rf"(?:(?:,|,?[ ](?:y|e|and|et|und))[ ]{_COMPASS_BEFORE}[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)*)*"
    r"(?:,?[ ](?:y|e|and|et|und)[ ]|,[ ])$"
)
#: One name of a list, of one word or several ("Quintana Roo", "San Luis Potosí", "Baja California Sur").
_LISTED_NAME = rf"[{_UPPER}][\w-]*(?:[ ](?:de[ ]|del[ ])?[{_UPPER}][\w-]*){{0,3}}"
#: What joins two names of a list.
_LIST_JOIN = r"(?:,[ ](?:y[ ]|e[ ]|and[ ]|et[ ]|und[ ])?|[ ](?:y|e|and|et|und)[ ])"
_LISTED_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_LISTED_NAME}){_LIST_JOIN}$")
_LISTED_AFTER = re.compile(rf"{_LIST_JOIN}(?P<name>{_LISTED_NAME})(?![\w-])")


#: A word that says the name after it is the town's, not the region's: "la ciudad de Oaxaca", "the city of".
_TOWN_SAID_BEFORE = re.compile(
    r"(?<![\w-])(?:ciudad|capital|municipio|city|town|ville|Stadt|Hauptstadt)(?:[ ](?:de|of|d[eu]))?[ ]$", re.IGNORECASE
)


#: A town opening a line as Spanish papers' datelines do: "Bagdad. Naciones Unidas denunció".
_OPENS_A_LINE_AS_DATELINE = re.compile(r"\.[ ]")


def _named_as_region(text: str, written: str, start: int, lang: str, dateline_city: str | None) -> bool:
    """Whether a town's name at ``start`` stands for the region named after
    it: said so there (:func:`_names_its_region`), or said so elsewhere in
    the story by the region's word and not said to be the town here (``la
    provincia de Santa Fe``, then ``Santa Fe, gobernada por la oposición``),
    outside English; never the dateline's town, nor a line opening on the
    town."""
    if written == dateline_city or _TOWN_SAID_BEFORE.search(text, max(0, start - 20), start):
        return False
    end = start + len(written)
    if _names_its_region(text, start, end, lang):
        return True
    if lang == "en" or (_OPENS_A_LINE_AS_DATELINE.match(text, end) and text[start - 1 : start] in ("", "\n")):
        # English names a city's region and the city alike ("the Southern District of New York", "the
        # Chicago region"); a line opening on a town is the story's dateline ("Bagdad. Naciones Unidas ...")
        return False
    return any(_region_word_before(text, other.start()) for other in _uses(written, text) if other.start() != start)


def _region_word_before(text: str, start: int) -> bool:
    """Whether the region's word comes before the name at ``start``, or the
    regions' word and the names listed up to it (``la provincia de ``, ``las
    provincias de Guadalajara y ``)."""
    return bool(
        _REGION_OF_BEFORE.search(text, max(0, start - 32), start)
        or _REGIONS_LISTED_BEFORE.search(text, max(0, start - 160), start)
    )


def _region_said_before(text: str, written: str, start: int) -> str | None:
    """The country of the one region named ``written``, where the word for
    a region comes before it (``im US-Bundesstaat Georgia``, ``the state of
    Georgia``): the region, not the country of that name."""
    countries = subdivisions().get(written, frozenset())
    if len(countries) == 1 and _REGION_OF_BEFORE.search(text, max(0, start - 32), start):
        return next(iter(countries))
    return None


def _listed_among_regions(text: str, start: int, end: int) -> bool:
    """Whether the town's name at ``start:end`` is listed beside regions of
    a country it is a region of too, one of them no town's: the region
    (``en Oaxaca y Guerrero``, ``Aguascalientes, Durango, Oaxaca, Puebla,
    Quintana Roo``, ``tribunales en Nueva York y California``); not beside
    towns alone (``Berlin, Bremen und Hamburg``), nor in a list of towns and
    regions (``Lisboa, Madrid, Barcelona y Extremadura``)."""
    countries = subdivisions().get(text[start:end])
    if not countries:
        return False
    listed = []
    at = start
    while len(listed) < 12 and (before := _LISTED_BEFORE.search(text, max(0, at - 60), at)):
        listed.append(before["name"])
        at = before.start()
    at = end
    while len(listed) < 24 and (after := _LISTED_AFTER.match(text, at)):
        listed.append(after["name"])
        at = after.end()
    return all(countries & subdivisions().get(name, frozenset()) for name in listed) and any(
        find_city(name) is None and name not in country_forms() for name in listed
    )


#: The last word of a committee's or a unit's name, whose remit may be two joined by "and":
#: "Energy and Natural Resources Committee", "Trading and Markets Division".
_UNIT_LAST = frozenset("Committee Subcommittee Division Commission Department Bureau Board Service".split())
#: A credit rating: "AAA", "BBB+", "BBB-plus", "Baa3".
_CREDIT_RATING = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|Aaa|Aa|Baa|Ba|Caa)(?:[+-]|-plus|-minus|[123])?")
#: The region's word after its name, in English copy: "the central Cochabamba region", "a Jiading district
#: branch" (not "the Manhattan district attorney").
_REGION_WORD_AFTER = re.compile(
    r"[ ](?:region|province|prefecture|governorate|district(?![ ](?:of|attorneys?|courts?|judges?)\b))\b"
)
#: A town's name in brackets right after another's: its province or state,
#: as Spanish copy writes it ("Elche (Alicante)", "Torremolinos (Málaga)").
_REGION_IN_BRACKETS_BEFORE = re.compile(rf"(?<![\w-])(?P<town>[{_UPPER}][\w-]+)[ ]\($")


def _is_province(name: str) -> bool:
    """Whether a name is a province's, a county's or a département's of any
    country (ISO 3166-2's second level)."""
    return any(name in names for names in provinces().values())


def _names_its_region(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a town's name at ``start:end`` stands for the region named
    after it: after the region's word (``la provincia de Córdoba``, ``las
    provincias de Ourense``, ``the regions of Catalonia, Valencia``), before
    it in English (``the central Cochabamba region``), or, outside English, in brackets after another
    town GeoNames knows, as Spanish and French copy write a town's province
    (``Elche (Alicante)``, ``Bastia (Haute-Corse)``; not ``Brno (Brünn)``,
    the same town, nor ``Supreme Court (Manhattan)``)."""
    if _region_word_before(text, start):
        return True  # "la provincia de Córdoba"; "las provincias de Guadalajara y Cuenca": the second too
    if _listed_among_regions(text, start, end):
        return True  # "en Oaxaca y Guerrero", "Nueva York y California": a state, among states
    if lang == "en" and _REGION_WORD_AFTER.match(text, end):
        return True  # "the central Cochabamba region", "Niigata prefecture"
    if lang == "en" or not text.startswith(")", end):
        return False
    town = _REGION_IN_BRACKETS_BEFORE.search(text, max(0, start - 40), start)
    if town is None:
        return False
    if _is_province(text[start:end]) and not _is_place(town["town"]):
        return True  # "Casares (Málaga)": a village GeoNames does not list, and its province
    before = find_city(town["town"])
    return before is not None and before != find_city(text[start:end])


#: The heads of a body's name that a town's name opens ("San Francisco
#: Chronicle", "New York Mercantile Exchange", "Samba Financial Group"), and
#: of a thing's, which is no body and no place ("Philadelphia KBW Bank Index",
#: "London Interbank Offered Rate", the "Tokyo interbank offered rate", the
#: "Chicago PMI" and its "Chicago purchasing managers" report, the "Doha
#: round" of trade talks, the "Philly Fed" survey, the "Lisbon Treaty", the
#: "Oslo Accords").
_BODY_AFTER_TOWN = re.compile(
    r"(?:[ ][A-Z][\w&'’-]*){0,2}?[ ](?:(?P<thing>[Ii]ndex|[Ii]nterbank[ ][Oo]ffered[ ][Rr]ate|[Rr]ound(?![\w-])|"
    r"Fed(?![\w-])|Treaty|Protocol|Accords?(?![\w-])|PMI(?![\w-])|[Pp]urchasing[ ][Mm]anagers|"
    r"[Cc]omposite[ ][Ii]ndex)|Chronicle|Tribune|"
    r"Herald|Gazette|Inquirer|Examiner|Mercantile[ ]Exchange|Stock[ ]Exchange|Financial[ ]Group|Business[ ]Journal|"
    # "Fuji TV": a broadcaster; not "its Chicago TV stations"
    r"TV(?![\w-])(?![ ](?:stations?|markets?|channels?|networks?|audiences?|viewers|ads?|rights|licen[cs]es?))|"
    r"&[ ]?Co(?:mpany)?)\b"  # "New York & Co Inc": a firm
)
#: How far after a town's name :data:`_BODY_AFTER_TOWN` reads.
_BODY_AFTER_TOWN_REACH = 120


def _body_after_town(text: str, written: str, end: int) -> re.Match | None:
    """:data:`_BODY_AFTER_TOWN` after a town's name ending at ``end``,
    matched on the words after it alone (its offsets count from ``end``).
    A town written in capitals is read with the capitals after it as words
    (``DALLAS FED PRESIDENT``), for a thing's name only: a body's name in
    capitals is left to the rules that read such lines."""
    after = text[end : end + _BODY_AFTER_TOWN_REACH]
    if not written.isupper():
        return _BODY_AFTER_TOWN.match(after)
    titled = after.title()
    match = _BODY_AFTER_TOWN.match(titled) if len(titled) == len(after) else None
    return match if match and match["thing"] is not None else None


def _body_read_whole(whole: str) -> str:
    """The name of a body read whole from the model's pieces: the tables'
    name, without the country's abbreviation before it (``U.S. Department
    of ...``, ``U.S. Committee on ...``)."""
    country = _COUNTRY_ABBREVIATION_BEFORE.match(whole)
    return _folded_table_name(whole[country.end() :] if country else whole)


def _large_town(name: str) -> bool:
    """Whether a town of that name is a capital or has a million people or
    more (``Washington``, ``Tokyo``, ``Dubai``): copy that names a firm after
    it writes the firm's name in full."""
    found = find_city(name)
    if found is None:
        return False
    town, country = found
    return is_capital(town, country) or city_of(name, country, least=1_000_000) is not None


#: The countries whose states or provinces copy names alone, and whose
#: subdivisions (ISO 3166-2) are those alone: no parish or district that
#: shares a town's name ("Charlotte", a parish of Saint Vincent).
_STATES_NAMED_ALONE = frozenset(("US", "CA", "AU"))


def _state_named_alone(name: str) -> str | None:
    """The country of a state or a province of a name, where that country's
    states copy names alone (:data:`_STATES_NAMED_ALONE`): ``Oregon``,
    ``Ontario``, ``Queensland``, ``OREGON`` in capitals; None for any other
    name."""
    region = subdivisions().get(name.title() if name.isupper() else name, frozenset())
    return next(iter(region)) if len(region) == 1 and region <= _STATES_NAMED_ALONE else None


#: What a firm is, opening a sentence before its name: "Chipmaker Elpida warned", "Retailer Lidl said".
_FIRM_KINDS_OPENING = (
    "Carmaker",
    "Automaker",
    "Insurer",
    "Lender",
    "Retailer",
    "Chipmaker",
    "Drugmaker",
    "Refiner",
    "Miner",
)
#: A make's word after a name: "the Lincoln brand".
_BRAND_AFTER = re.compile(r"[ ](?:brand|brands|marque)(?![\w-])")
#: A name of a list, capitalised words separated by a comma or "and".
_LISTED_NAME = rf"[{_UPPER}][\w'’&-]*(?:[ ][{_UPPER}][\w'’&-]*)*"
#: After a name, the rest of a list of makes: "(Ford), Lincoln and Mercury brands".
_BRANDS_LISTED_AFTER = re.compile(rf"(?:(?:,[ ](?:and[ ])?|[ ]and[ ]){_LISTED_NAME})*[ ](?:brands|marques)(?![\w-])")
#: Before a name, the start of a list of the makes a firm sells or owns: "sells cars and trucks under a dozen
#: brands including (Buick)", "home to brands such as Barbie and (Fisher-Price)" (not "major brands such as
#: Nike ... said", advertisers).
_BRANDS_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?:sells|sold|selling|makes|made|making|markets|owns|owner[ ]of|home[ ]to)[ ](?:[a-z-]+[ ]){0,6}?"
    r"(?:brands|marques),?[ ]"
    rf"(?:including|such[ ]as|like)[ ](?:{_LISTED_NAME}(?:,[ ](?:and[ ])?|[ ]and[ ]))*$"
)


def _named_as_a_brand(text: str, start: int, end: int) -> bool:
    """Whether the name written from ``start`` to ``end`` is a make's: before
    the word (``the Lincoln brand``) or in a list of makes (``its Ford,
    Lincoln and Mercury brands``, ``sells brands including Buick and
    Chevrolet``), with no share code after it."""
    if shares_code_at(text, end):
        return False  # "fake brands including Hermes ( HRMS.PA )": the listed firm
    return bool(
        _BRAND_AFTER.match(text, end)
        or _BRANDS_LISTED_AFTER.match(text, end)
        or _BRANDS_LISTED_BEFORE.search(text, max(0, start - 160), start)
    )


#: What follows a town's name that makes it an oil's price: "Brent crude", "Brent June
#: crude", "Dubai crude oil", "Brent futures".
_BENCHMARK_AFTER = (
    r"(?:[ ](?:January|February|March|April|May|June|July|August|September|October|November|December))?"
    r"[ ](?:crude|oil|futures|blend|benchmark)\b"
)


#: The countries whose parties a story in each language names by short name
#: without naming the country: its copy's home countries.
HOME_COUNTRIES_OF_LANGUAGE = {"de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH"), "es": ("ES",), "en": ("US", "GB")}


def _party_by_word(name: str, country: str) -> Party | None:
    """The party of ``country`` that ``name`` names, in full or by a word of
    its name: the story's own country's (``the Greens party`` of a Dutch
    story is no Greek party)."""
    return _party(name, (country,)) or _party_with_word(name, country)


def _party_with_word(name: str, country: str) -> Party | None:
    """The party of ``country`` whose name has the words of ``name`` in it
    (``Congress``: ``Indian National Congress``; ``Likud``: ``Likud-National
    Liberal Movement``), a party of today before one that was, the larger
    first."""
    words = name.split()
    here = [party for form, parties in _party_forms_of(country) if _has_words(form, words) for party in parties]
    return max(here, key=lambda party: (party.active, party.share)) if here else None


@functools.cache
def _party_forms_of(country: str) -> tuple[tuple[tuple[str, ...], tuple[Party, ...]], ...]:
    """The forms and names of a country's parties, each as its words (split
    at hyphens too), with the parties of that country it names."""
    forms: dict[str, set[Party]] = {}
    for form, parties in party_table().items():
        for party in parties:
            if party.country == country:
                forms.setdefault(form, set()).add(party)
                # its own name too, without what tells it apart: "The Left (Germany)"
                forms.setdefault(_QUALIFIER.sub("", party.name), set()).add(party)
    return tuple(
        (tuple(re.split(r"[ -]+", form)), tuple(sorted(parties, key=lambda party: party.name)))
        for form, parties in sorted(forms.items())
    )


_QUALIFIER = re.compile(r"\s*\([^)]*\)$")


def _has_words(form: tuple[str, ...], words: list[str]) -> bool:
    """Whether ``words`` are words of ``form`` in a row."""
    size = len(words)
    return any(list(form[at : at + size]) == words for at in range(len(form) - size + 1))


def _party(written: str, countries: tuple[str, ...]) -> Party | None:
    """The party ``written`` names in a story about ``countries``: one of
    those countries' parties, the first country's first, a party of today
    before one that was, the larger first (``PS`` in French copy is the
    Parti socialiste); else a party of note named so and after its country
    (``Democratic Party of Japan``): the first country's, or, where no
    country's party has the name alone, the first such; none where no party
    of those countries has the name."""
    candidates = party_table().get(written, ())
    if not candidates:
        return None
    named_alone = {party.country for party in candidates}.intersection(countries)
    for country in countries:
        here = [party for party in candidates if party.country == country]
        if here:
            return max(here, key=lambda party: (party.active, party.share))
        party = _parties_named_of_their_country().get((written, country))
        if party and party.share >= PARTY_OF_NOTE and (country == countries[0] or not named_alone):
            # "the ruling Democratic Party" of a story from Tokyo; not Germany's "Social Democratic Party" of
            # a story that names Germany and Portugal, whose party is named so alone
            return party
    return None


#: The share of the vote, in percent, of a party of note.
PARTY_OF_NOTE = 10.0


@functools.cache
def _parties_named_of_their_country() -> dict[tuple[str, str | None], Party]:
    """(a party's name before "of" and its country's, its country) -> the
    party: ``Democratic Party of Japan`` under ``("Democratic Party",
    "JP")``."""
    forms = country_forms()
    index: dict[tuple[str, str | None], Party] = {}
    for parties in party_table().values():
        for party in parties:
            head, of, tail = party.name.partition(" of ")
            if of and forms.get(tail) == party.country:
                index.setdefault((head, party.country), party)
    return index


def _club(written: str, countries: tuple[str, ...]) -> Club | None:
    """The football club ``written`` names in a story about ``countries``:
    that country's club first (the first the list gives); else the one club
    of that name anywhere; none where several clubs share it."""
    candidates = club_table().get(written, ())
    for country in countries:
        for club in candidates:
            if club.country == country:
                return club
    return candidates[0] if len({club.name for club in candidates}) == 1 else None


def _club_s_own_letters(written: str, club: Club) -> bool:
    """Whether letters in capitals are one club's own (``HSV``, ``BVB``,
    ``LASK``), not letters other clubs open their names on too (``TSV``,
    ``DSC``, ``RB``)."""
    return written.isupper() and _clubs_opening_on().get(written, frozenset()) <= {club.name}


@functools.cache
def _clubs_opening_on() -> dict[str, frozenset[str]]:
    """The first word of every form of two words or more of the club table
    -> the clubs named so."""
    opening: dict[str, set[str]] = {}
    for form, clubs in club_table().items():
        first, _, rest = form.partition(" ")
        if rest:
            opening.setdefault(first, set()).update(club.name for club in clubs)
    return {first: frozenset(names) for first, names in opening.items()}


#: A side in a result: "Leeds 2 Newcastle 1", "Nantes 3-1".
_SCORE_AFTER = re.compile(r"[ \t]+\d(?:-\d)?(?![\d.,:/%])")
#: A side's score of any sport after its name, not a longer name's word: "BOSTON 6 Oakland 4",
#: "West Ham 2 Southampton" (a club of a name in the table is read only before a football score, above).
_SIDE_SCORE_AFTER = re.compile(r"[ ]\d{1,3}(?![\d.,:/-])")
#: Spanish writes a club named as its city with the article a city has not: "el Mérida", "del Albacete".
_SPANISH_CLUB_ARTICLE = re.compile(r"(?:^|\s)(?:el|del|al)\s+$", re.IGNORECASE)


#: What follows the town of a dateline: its region or agency in brackets, a date.
_DATELINE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))*(?:,\s*\d{1,2}\s|\s*\((?:EFE|AFP|AP|dpa|Reuters)\))")


#: What names a side after a club's name, in English: its country and score,
#: one of its people's roles, "the club" in apposition.
_SIDE_WORDS_AFTER = re.compile(
    r"[ ]\([A-Z][\w .-]{1,30}\)[ ]\d{1,2}(?![\d.,:/-])"
    r"|[ ](?:striker|defender|midfielder|goalkeeper|keeper|winger|full-back|centre-back|centre-half|manager|coach)s?\b"
    r"|,[ ]the[ ](?:club|side)\b"
)


def _names_a_side(text: str, start: int, end: int, lang: str, proposals: list[Recognised]) -> bool:
    """Whether the city name at ``start:end`` of a sports story names a side:
    a score follows it, or its country and a score (``Hearts (Scotland) 1``),
    a player's or a manager's role (``Liverpool striker Mark Kennedy``), or
    ``the club`` in apposition (``leaving Blackburn, the club he led``); it
    stands in brackets after a player (``Xavier Gravelaine (Marseille)``); or
    (Spanish) an article no city takes comes before."""
    if _SCORE_AFTER.match(text, end) or _SIDE_WORDS_AFTER.match(text, end):
        return True
    if lang == "de" and (
        _GERMAN_SIDE_WORDS_AFTER.match(text, end) or _AGAINST_BEFORE.search(text, max(0, start - 7), start)
    ):
        return True  # "der frühere Bremen- und Frankfurt-Coach", "ein 2:2 gegen Hannover"
    if text[start - 2 : start] == " (" and (
        _MINUTE_AFTER.match(text, end)  # "Platzverweis (Bilbao/86.)": a player's side and the minute
        or (_CAPS_AFTER.match(text, end) and _read_as(proposals, "PER", start - 3, start - 2))
    ):
        return True  # "Xavier Gravelaine (Marseille)", "Heinz Lindner (Frankfurt, 7)", "(Derby, 14/0)"
    if lang == "es" and _SPANISH_CLUB_ARTICLE.search(text, max(0, start - 6), start) is not None:
        return True
    return lang == "es" and _listed_with_a_club(text, start, end)


#: A club's name in a list or a fixture, up to four capitalised words: "Real Madrid", "Atlético de Madrid".
_LISTED_CLUB = rf"(?P<club>[{_UPPER}][\w'’.-]*(?:[ ](?:de[ ])?[{_UPPER}][\w'’.-]*){{0,3}})"
#: What joins two sides' names in a list or a fixture: ", ", " y ", " contra ", "-".
_SIDES_JOINED = r"(?:,|[ ]y|[ ]e|[ ]contra|[ ]ante|[ ]?[-–])[ ]?"
#: A club's name and what joins it to the next side's, just before a name: "Real Madrid y ", "Las Palmas, ".
_CLUB_JOINED_BEFORE = re.compile(rf"{_LISTED_CLUB}{_SIDES_JOINED}$")
#: What joins a name to a club's after it, and the club's name: " y Osasuna", ", Villarreal", "-Valencia".
_CLUB_JOINED_AFTER = re.compile(rf"{_SIDES_JOINED}(?:el[ ]|al[ ]|del[ ])?{_LISTED_CLUB}")


def _listed_with_a_club(text: str, start: int, end: int) -> bool:
    """Whether a town's name in Spanish sports copy is listed or matched
    with a club the club table knows by a name that is no town's: a side
    too (``Real Madrid y Valencia disputarán la final``, ``Las Palmas,
    Villarreal y Osasuna han mostrado su interés``); not beside another town
    (``Madrid y Valencia``: two towns, or two clubs no word tells)."""
    listed = []  # the names listed with it, each way, up to three: "Las Palmas, Villarreal y Osasuna"
    before, after = start, end
    for _ in range(3):
        joined = _CLUB_JOINED_BEFORE.search(text, max(0, before - 40), before)
        if joined is None:
            break
        listed.append(joined["club"])
        before = joined.start()
    for _ in range(3):
        joined = _CLUB_JOINED_AFTER.match(text, after)
        if joined is None:
            break
        listed.append(joined["club"])
        after = joined.end()
    return any(club in club_table() and not find_city(club) and not _is_region(club) for club in listed)


#: A side's name closing its brackets after a player, or going on to his caps: "(Marseille)", "(Frankfurt,
#: 7)", "(Derby, 14/0)".
_CAPS_AFTER = re.compile(r"\)|,[ ]?\d{1,3}(?:/\d{1,3})?\)")
#: The minute of a goal or a sending-off after a side's name in brackets: "(Bilbao/86.)".
_MINUTE_AFTER = re.compile(r"/\d{1,3}\.?\)")
#: A German sports role joined to a side's name, or the name's half of two so joined: "Frankfurt-Coach",
#: "Bremen- und Frankfurt-Coach".
_GERMAN_SIDE_WORDS_AFTER = re.compile(
    r"-(?:[ ](?:und|oder)[ ][\w-]+-)?(?:Coach|Trainer|Stürmer|Verteidiger|Torhüter|Torwart|Goalie|Keeper|Kapitän"
    r"|Legionär|Profi|Spieler|Spielerin|Präsident|Boss)\b"
)
#: "against" right before a side's name in German: "ein 2:2 gegen Hannover".
_AGAINST_BEFORE = re.compile(r"\bgegen[ ]$")


def _body_name(acronym: str, countries: tuple[str, ...]) -> str:
    """The canonical name of the party an acronym names in a story about
    ``countries`` (``SPÖ`` in Austrian copy), else the acronym itself."""
    party = _party(acronym, countries)
    return party.name if party else acronym


def _could_be_sheet_name(name: str) -> bool:
    """Not a country (a country's side is tagged as the country), nor a date,
    and its last word can end a name (``Las Palmas``, not ``Es``)."""
    words = name.split()
    return (
        name not in country_forms()
        and words[-1] not in NOT_NAME_START
        and not any(word in calendar_words() for word in words)
    )


def _is_region(name: str) -> bool:
    return name in region_names()


#: Why a later use of an acronym was tagged as the name written before it: "acronym of <name>".
ACRONYM_OF = "acronym of "
#: Why a name from the organisation tables was tagged.
_TABLE_RULE = "organisation table (ROR, indices, name-suggestion-index)"
#: The rules that name a body by a table's or the list's record of how it is written.
PARTY_TABLE_RULE = "party table (Party Facts)"
LIST_RULE = "organisation list"
CLUB_TABLE_RULE = "club table (openfootball)"


#: Endings of a people's name or adjective after its country's or region's stem:
#: "Angolan", "Croatian", "Surinamese", "Israeli".
_DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "i")
#: Peoples' names and adjectives English does not make from their place's
#: name by those endings ("Cypriot", "Swiss", "Lebanese"); not those that are
#: given names too ("Dane", "Finn"). Read only where the model takes one for a
#: body's name: before a name they may open a body's ("British Retail
#: Consortium", "Saudi Arabian Light"), not a nationality before a person's.
_IRREGULAR_DEMONYMS = frozenset(
    "Cypriot Monegasque Briton British Scottish Swiss Emirati Saudi Lebanese Ivorian Congolese Mozambican"
    " Nigerien Belgian Kosovar Azeri Laotian Philippine Lankan Maldivian Papuan Honduran Panamanian"
    " Trinidadian Ecuadorean Peruvian Argentine Afghan Texan Californian".split()
)


@functools.cache
def _is_demonym(word: str) -> bool:
    """A people's name or adjective in English (``Russians``, ``Colombian``,
    ``Surinamese``, ``Dutch``, ``European``): made from a country's or world
    region's name, or a language's (CLDR), never an organisation's name."""
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if base in english_language_names():
        return True
    for ending in _DEMONYM_ENDINGS:
        stem = base[: -len(ending)]
        if base.endswith(ending) and len(stem) > 2:
            places = (stem + tail for tail in ("", "a", "e", "ia", "o"))
            if any(place in country_forms() or place in world_regions() or place == "America" for place in places):
                return True
    return False


#: The forms that join a people's adjective to another's: "Franco-German", "Sino-Japanese".
_COMBINING_FORMS = frozenset("Afro Anglo Austro Euro Franco Greco Indo Italo Russo Sino Hispano Luso".split())


def _names_a_people(words: list[str]) -> bool:
    """Whether ``words`` name a people, not anyone or any body: a people's
    name (``North Koreans``) or nationality nouns alone (``Iraqi Kurds``)."""
    return _is_demonym(" ".join(words)) or all(word.isalpha() and _is_nationality_noun(word) for word in words)


_RESULT_SCORE_NEAR = re.compile(r"\d{1,3}[:-]\d{1,3}(?![\d:])")
#: A preposition of place before a name, and a state or country after it and a comma:
#: "in Jackson Hole, Wyoming,", "at Sun Valley, Idaho."; one that ends a sentence ends with its
#: full stop ("in Birmingham, Alabama. The case", "Fresno, Calif. The"), as abbreviations do.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)[ ]$")
_STATE_AFTER = re.compile(
    rf",[ ](?P<state>[{_UPPER}][\w.]*(?:(?<!\.)[ ][{_UPPER}][\w.]*)?)"
    rf"(?=[,.;:)]|[ ][a-z]|$|(?<=\.)[ ][{_UPPER}]|-(?:based|headquartered)\b)"  # "Birmingham, Michigan-based"
)


def _town_and_comma_before(text: str, start: int) -> re.Match[str] | None:
    """A town's name and a comma right before ``start`` (``Augusta, ``)."""
    return _TOWN_AND_COMMA_BEFORE.search(text[max(0, start - 40) : start])


#: A town's name and a comma right before a name: "Augusta, ".
_TOWN_AND_COMMA_BEFORE = re.compile(rf"(?P<town>[{_UPPER}][\w.'’-]*(?:[ ][{_UPPER}][\w.'’-]*)?),[ ]$")


def _town_with_its_state(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a town written with its state or
    country after a comma, a preposition of place before it."""
    return bool(_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)) and _state_after(text, end)


def _state_after(text: str, end: int) -> bool:
    """Whether a US state, a country or a state or province of the countries
    that name theirs alone follows a name after a comma (``Bethlehem,
    Pennsylvania``, ``Sète, France``, ``Victoria, British Columbia``)."""
    state = _state_named_after(text, end)
    return bool(state and (us_state(state) or state in country_forms() or _state_named_alone(state)))


def _state_named_after(text: str, end: int) -> str | None:
    """The name after a name and a comma that may be its state or country,
    as the tables write it: ``Alabama`` of ``Birmingham, Alabama. The``,
    ``Calif.`` of ``Fresno, Calif.`` (a US state's abbreviation keeps its
    full stop)."""
    state = _STATE_AFTER.match(text, end)
    if state is None:
        return None
    name = state["state"]
    return name if us_state(name) or not name.endswith(".") else name[:-1]


def _is_nationality_noun(word: str) -> bool:
    """A person's nationality as an English noun before a name: a people's
    adjective (``Australian``, ``Kenyan``, see :func:`_is_demonym`), or a
    noun made from a country's or language's name (``Briton``, ``Swede``,
    ``Pole``, ``Dane``, ``Finn``, ``Serb``, ``Frenchman``, ``Dutchman``), or
    its plural (``Kurds``)."""
    if _is_demonym(word):
        return True
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # "Kurds", "Swedes", "Poles": the people
    languages = english_language_names()
    return (
        (word.endswith("man") and word[:-3] in languages)
        or (word.endswith("e") and word[:-1] + "ish" in languages)
        or word + "ish" in languages
        or word + "ian" in languages  # "Serb", "Croat"
        or (word.endswith("on") and word[:-2] + "ain" in country_forms())
    )


#: The possessive after a name: "Boeing's", "GE’s".
_POSSESSIVE = re.compile(r"['’]s$")


def _rename_organizations(found: Found, new_name: Callable[[Mention], str | None]) -> None:
    """Give each organisation of ``found`` the name ``new_name`` finds for
    it, if any, with that name after the reason it was found for."""
    for index, mention in enumerate(found.mentions):
        if mention.kind == "organization" and (name := new_name(mention)):
            found.mentions[index] = replace(mention, key=name, rule=f"{mention.rule}; {name}")


def _first_rule(mention: Mention) -> str:
    """The reason a mention was found for, without the names
    :func:`_rename_organizations` gave it since."""
    return mention.rule.partition(";")[0]


#: A country's abbreviation before a name, as an adjective: "U.S. Congress",
#: "UK Financial Services Authority".
_COUNTRY_ABBREVIATION_BEFORE = re.compile(r"(?:U\.S\.|US|U\.K\.|UK)[ ](?=[A-Z])")


def _table_name_with_country(name: str, country: str) -> str | None:
    """The tables' name of the body ``name`` with its ``country`` written
    before it in any of its forms (``Securities and Exchange Commission`` of
    the United States: ``United States Securities and Exchange Commission``);
    None where they have none."""
    table = organization_table()
    return next((table[f"{form} {name}"] for form in _forms_of_country(country) if f"{form} {name}" in table), None)


@functools.cache
def _forms_of_country(code: str) -> tuple[str, ...]:
    """Every name a country is written by (``US``: ``U.S.``, ``United States``...)."""
    return tuple(form for form, country in country_forms().items() if country == code)


_ACRONYM_KEY = re.compile(r"[A-Z][A-Z&]{1,5}")


def _folded_table_name(name: str) -> str:
    """The tables' name of a firm ``name`` writes with other spaces, dots,
    hyphens or capitals (``JP Morgan Chase``, ``Exxon Mobil``, ``Wal-Mart``,
    ``APPLE``), or other accents (``Citroen``); ``name`` itself where the
    tables know none. One word must differ by its case or accents alone:
    ``Delta`` is no ``DELTA`` of the tables (``Delta Electronics``); nor is
    a legal form written apart one word with the name (``Carrefour SA`` is
    no ``CarrefourSA``, a Turkish chain)."""
    known = organization_folds().get(fold_name(name))
    if known is None or (name.isalpha() and fold(known) != fold(name)):
        return name
    last = name.split()[-1].rstrip(".").casefold()
    if " " in name and last in _LEGAL_FORMS_FOLDED and fold_name(known).endswith(fold_name(last)):
        return name  # "Carrefour SA": the legal form, in the tables' name as a part of one word
    return known


def _tables_know(name: str) -> bool:
    """Whether the tables hold a body of ``name``, as written or written
    with other spaces, dots, hyphens, capitals or accents."""
    return name in organization_table() or bool(organization_folds().get(fold_name(name)))


@functools.cache
def _table_names() -> frozenset[str]:
    """The canonical names of the organisation table."""
    return frozenset(organization_table().values())


_ABBREVIATED_FOLDED = frozenset(form.rstrip(".").casefold() for form in ABBREVIATED)
_SPELLED_OUT_FOLDED = frozenset(form.casefold() for form in SPELLED_OUT)
_GROUP_WORDS_FOLDED = frozenset(form.casefold() for form in GROUP_WORDS)


def firm_name(name: str) -> str:
    """A firm's name without the legal forms after it (``Inc``, ``Plc``,
    ``S.A.``, ``Corporation``), nor the group word or ``&`` before them
    (``Goldman Sachs Group Inc``, ``Merrill Lynch & Co``), nor ``The`` before
    it then; ``name`` itself where no legal form ends it, or where what would
    be left is a place but a small town (``Carrefour SA``), a possessive, a designator or generic words alone
    (``Japan Inc``, ``Trust Co``, ``International Finance Corp``: see
    :func:`names_no_firm_alone`). A partnership or group after one name
    keeps its ``& Co`` or group word (``Paulson & Co``, ``Carlyle Group``; not
    ``CME Group``): a surname alone reads as a person's."""
    words = name.replace(",", " ").split()
    stripped = 0
    popped = ""
    while len(words) > 1:
        last = words[-1].rstrip(".").casefold()
        if last in ("&", "and") and len(words) == 2:
            return f"{words[0]} {words[1]} {popped.rstrip('.')}"  # "Paulson & Co", "Merck & Co" of "Merck & Co Inc"
        if last in _ABBREVIATED_FOLDED or (last in _SPELLED_OUT_FOLDED and len(words) > 2):
            stripped += 1
        elif not stripped or last not in _GROUP_WORDS_FOLDED | {"&", "and"}:
            break
        elif len(words) == 2 and last != "&" and not _ACRONYM_KEY.fullmatch(words[0]):
            break  # "Carlyle Group", "Malkin Holdings": a name of one word reads as a person's
        popped = words.pop()
    if not stripped:
        return name
    if words[0] == "The" and len(words) > 1:
        words.pop(0)
    bare = " ".join(words)
    if (
        not bare[:1].isupper()
        or not words[-1][:1].isupper()  # "Interpublic Group of Cos"
        or words[-1].casefold() in _PUBLIC_CORPORATION_ENDS
        or _POSSESSIVE_INSIDE.search(bare)
        or (_is_place(bare) and (bare not in text_cities() or bare in country_forms() or _large_town(bare)))
        or bare.casefold() in _LEGAL_FORMS_FOLDED
        or names_no_firm_alone(bare)
    ):
        return name
    return bare


_POSSESSIVE_INSIDE = re.compile(r"['’]s\b")
#: The last words of public corporations' names, whose "Corporation" is part
#: of them: "International Finance Corp", "Options Clearing Corp", "Overseas
#: Private Investment Corp", "Reconstruction Finance Corporation".
_PUBLIC_CORPORATION_ENDS = frozenset(
    "finance investment insurance guarantee clearing loan development protection reconstruction".split()
)


def _without_legal_forms(name: str) -> str:
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".").casefold() in _LEGAL_FORMS_FOLDED:
        words = words[:-1]
    return " ".join(words)


#: A word of capitals alone, an acronym: "BNP", "ABN".
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}")


def _acronyms_of(name: str) -> set[str]:
    """The acronyms of a name of two words or more, with its legal forms and
    without them, and without a country before it (``General Motors Corp``
    -> ``GM``; ``American International Group`` -> ``AIG``; ``U.S.
    Securities and Exchange Commission`` -> ``SEC``). None of a name that
    opens on an acronym, the firm's own: ``BNP Paribas`` is no ``BP``; but
    ``Mitsubishi UFJ Financial Group`` is ``MUFG``."""
    acronyms = set()
    for form in (name, _without_legal_forms(name)):
        words = form.replace("-", " ").split()
        while len(words) > 1:
            if not _ACRONYM_WORD.fullmatch(words[0]) or form.isupper():  # "ROYAL BANK OF SCOTLAND": a heading
                acronyms.add(_initials(words))
            country = next((n for n in (2, 1) if " ".join(words[:n]) in country_forms()), 0)
            if not country:
                break
            words = words[country:]  # "United States Securities ...": the body's own name after its country
    return acronyms


#: Two firms joined by "and", each with its legal form: "American Axle Inc and Federal-Mogul Corp".
#: The legal forms after a firm's name, as one regular expression's alternatives.
_LEGAL_FORM_ALTERNATIVES = alternatives(LEGAL_FORMS)


def _without_possessive(text: str, mention: Mention, known: dict[str, str]) -> Mention:
    """An organisation's name without a possessive after it (``Boeing's`` is
    Boeing), where the name without it is known or the story writes it so
    too, or it ends in a legal form (``Yum Brands Inc's``); not a known name
    that ends so (``Moody's``, ``McDonald's``), nor one the story writes only
    so (``Standard & Poor's``)."""
    key = _POSSESSIVE.sub("", mention.key).rstrip(".")
    if not key or mention.key in known or mention.key in organizations():
        return mention
    alone = any(text[use.end() : use.end() + 2] not in ("'s", "’s") for use in _uses(key, text))
    legal = key.split()[-1].rstrip(".") in _LEGAL_FORM_WORDS  # "Yum Brands Inc's": no name ends so
    return replace(mention, key=known.get(key, key)) if key in known or alone or legal else mention


def _german_genitive(word: str) -> bool:
    """Whether a word of a German run of names may be a name in the genitive
    (``Merkels``, ``Assads``): it ends in s and is no given name (``Jonas``,
    ``Andreas`` are)."""
    return word.endswith("s") and not word.isupper() and not _is_given_name(word) and len(word) > 3


def _is_given_name(word: str) -> bool:
    """A given name of the name list, or two joined by a hyphen
    (``Heinz-Christian``, ``Jean-Pierre``)."""
    if len(word) > 1 and word[-1].isupper() and not word.isupper():
        return False  # "BoE", "FinCEN": an abbreviation, though "Boe" is a given name
    lower = word.lower()
    given = first_names()
    return lower in given or ("-" in lower and all(part in given for part in lower.split("-")))


_GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _surname(words: list[str]) -> str:
    """The last word of a name with the particles before it (``Le Pen``), a
    generation's suffix left out (``Kennedy`` of ``Robert F. Kennedy Jr``)."""
    if len(words) > 2 and words[-1].rstrip(".") in _GENERATION_SUFFIXES:
        words = words[:-1]
    index = len(words) - 1
    while index > 1 and words[index - 1].lower() in PARTICLES:
        index -= 1
    return " ".join(words[index:])


def _back_over_space(text: str, index: int, spaces: str | None = None) -> int:
    """Where ``text[:index]`` ends once the white space (or ``spaces``) at its
    end is left out, without copying it."""
    while index and (text[index - 1] in spaces if spaces else text[index - 1].isspace()):
        index -= 1
    return index


def _sentence_starts_at(text: str, start: int) -> bool:
    """Whether a sentence, a line or a quotation opens at ``start``."""
    end = _back_over_space(text, start, " \t")
    return not end or text[end - 1] in '.!?\n"“«-–—'


def _uses(name: str, text: str) -> Iterator[re.Match]:
    """Each use of ``name`` in ``text`` as words of its own, not inside a
    longer or hyphenated word."""
    return re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)


#: The legal forms written after a firm's name: " Corp", " Group Inc", " & Co", ", S.A.".
_LEGAL_TAIL = re.compile(r"(?:,?\s+(?:&\s+)?(?:" + _LEGAL_FORM_ALTERNATIVES + r")\.?(?![\w-]))+")


def _signs_off(text: str, start: int, end: int) -> bool:
    """Whether an agency's name at ``start:end`` signs a story off: before
    the editors' initials or a dash at the start of a line, or anywhere
    before initials and a slash ("EFECOM vm-c / ap")."""
    at_line_start = start == 0 or text[start - 1] == "\n"
    if at_line_start and _DESK_TO_LINE_END.match(text, end):
        return True  # "EFE Baleares": the agency's desk
    signs = _AGENCY_SIGNS.match(text, end)
    return (signs is not None and (at_line_start or signs[0].endswith("/"))) or bool(
        _SIGNS_BEFORE_DATELINE.match(text, end)
    )


_LIST_BETWEEN = re.compile(rf",\s*|\s+(?:{_LIST_CONJUNCTIONS}|e)\s+")


#: A list's item, what may follow it in brackets ("Spar (30 Prozent)") and
#: the comma or conjunction before the next; the item before a name, or after it.
_LIST_ITEM = rf"(?P<name>[{_UPPER}][\w&.'’-]*(?:[ ][{_UPPER}][\w&.'’-]*){{0,3}})"
_LIST_NOTE_AND_SEPARATOR = rf"(?:[ ]\([^()\n]{{1,30}}\))?(?:,[ ]|[ ](?:{_LIST_CONJUNCTIONS}|e)[ ])"
_LIST_ITEM_BEFORE = re.compile(rf"(?<![\w-]){_LIST_ITEM}{_LIST_NOTE_AND_SEPARATOR}$")
_LIST_ITEM_AFTER = re.compile(rf"{_LIST_NOTE_AND_SEPARATOR}{_LIST_ITEM}")


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _in_title_case_line(text: str, at: int) -> bool:
    """Whether ``at`` is in a line written in title case, as English
    headlines are ("Investors Take a New Look at Emerging Markets"): four
    words of four letters or more, nearly all capitalised (German copy
    capitalises every noun: English only)."""
    line = text[text.rfind("\n", 0, at) + 1 : _line_end(text, at)]
    words = re.findall(r"[^\W\d_]{4,}", line)
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.8 * len(words) and not line.isupper()


#: A capitalised word right after a name: the run of names goes on ("... of Justice Commercial Court").
_CAPITALISED_WORD_AFTER = re.compile(rf"[ ](?P<word>[{_UPPER}][\w'’-]*)")
_MARKET_ROLE_AFTER = re.compile(
    rf"[ ](?:auto[ ]|retail[ ]|equity[ ]|bank[ ])?(?:analyst|economist|strategist)[ ][{_UPPER}]"
)


def _listed_beside_body(text: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether a name stands alone in a list beside a name the model reads
    as a body of its own: "Belfius, ING, KBC et AXA", "Spar (30 Prozent)
    und Rewe"; not "Educación y Cultura" inside a ministry's name, nor
    "Southern" of "Southern District"."""
    if _CAPITALISED_WORD_AFTER.match(text, end):
        return False
    for match in (_LIST_ITEM_BEFORE.search(text, max(0, start - 80), start), _LIST_ITEM_AFTER.match(text, end)):
        if match and any(  # the model's body is the item: it starts in it and stops before the name
            p.kind == "ORG"
            and match.start("name") <= p.start < match.end("name")
            and (p.end <= start or end <= p.start)
            for p in proposals
        ):
            return True
    return False


#: What follows a market index's name: "Standard & Poor's 500", "FTSE 100", "the Dow Jones
#: industrial average".
_INDEX_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:30|35|40|50|100|225|400|500|600|2000)(?![\w.,])|[Ii]ndex|[Ii]ndustrial|[Cc]omposite|[Aa]verage)"
)


#: Publishers of market indices, and a sector index after one: "the S&P retail index",
#: "Standard & Poor's healthcare index" name an index, not the firm.
_INDEX_PUBLISHERS = frozenset(("S&P", "Standard & Poor", "Standard & Poor's", "Dow Jones", "FTSE", "MSCI", "Stoxx"))
_SECTOR_INDEX_AFTER = re.compile(r"(?:['’]s)?(?:[ ][a-z][\w-]*){1,3}[ ](?:index|indices|indexes|average)\b")
#: An index's instrument code after a name, as Reuters writes it (a firm's share code has no
#: leading full stop): "World stocks as measured by MSCI .MIWD00000PUS fell".
_INDEX_CODE_AFTER = re.compile(r"[ ]\.[A-Z][A-Z0-9]{1,15}(?![\w.])")
#: Exchanges and publishers whose name names their index too, and a change in percent or
#: points right after one: "the Dow fell 0.98 percent, the S&P 1.24 percent, and the Nasdaq
#: 0.79 percent".
_INDEX_NAMES = _INDEX_PUBLISHERS | {"Nasdaq", "NASDAQ", "Nikkei"}
_CHANGE_AFTER = re.compile(r"[ ]\d[\d.,]*[ ](?:percent|pct|points)\b")


def _names_an_index(text: str, name: str, end: int) -> bool:
    """Whether ``name``, ending at ``end``, names an index there: an index's
    code follows it, or a change in percent or points follows the name of
    an exchange or publisher whose index bears its name."""
    return bool(_INDEX_CODE_AFTER.match(text, end) or (name in _INDEX_NAMES and _CHANGE_AFTER.match(text, end)))


#: Articles that, inside a Spanish or French name, follow a preposition ("Asociación contra la Tortura").
_ARTICLES_INSIDE = frozenset("la el los las le les".split())
#: Prepositions that may come before them besides the function words ("per la Pau", "Contra la").
_PREPOSITIONS_BEFORE_ARTICLE = frozenset("per contra hasta".split())


def _bare_article_inside(words: list[str]) -> bool:
    """Whether an article inside a Spanish or French name follows a word
    that is no preposition (``Santa la Policía`` of ``en Semana Santa la
    Policía detuvo``, ``Cádiz la Asociación``): the model read two phrases
    as one name, no body."""
    return any(
        word in _ARTICLES_INSIDE
        and words[at - 1].lower() not in function_words()
        and words[at - 1].lower() not in _PREPOSITIONS_BEFORE_ARTICLE
        for at, word in enumerate(words[1:-1], 1)
    )


#: Before a German town's name, what says it is the town: a preposition of
#: place, with an article and an adjective between ("nach Linz", "im
#: niedersächsischen Bergen"; not a possessive: "in ihrem Essen"), or a word
#: for a town or a part of one ("Großstadt Aleppo", "Urlaubsort Sousse",
#: "Viertel Jimeta").
_GERMAN_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:[Ii]n|[Ii]m|[Nn]ach|[Aa]us|[Bb]ei|[Vv]o[nm]|[Zz]wischen|[Nn]ahe|[Uu]m|[Bb]is|[Aa]b|[Vv]ia"
    r"|[Gg]egenüber|[Rr]ichtung)(?:\s+d(?:e[mnrs]|ie|as))?"
    r"(?:\s+(?!(?:ihr|sein|mein|dein|unser|euer|kein|ein)\w*\s)[a-zäöüß][\w-]*e[mnrs]?)?"
    r"|[\w-]*(?:[Ss]tadt|[Oo]rt|[Vv]iertel|[Bb]ezirk|[Gg]emeinde|[Dd]orf|[Mm]etropole|[Ee]nklave|[Ss]tadtteil))\s+$"
)
#: A German dateline's towns, joined by slashes, up to its dash, at a line's
#: start or after a sentence (a teaser before it on the same line): "Wien/Graz
#: – ", "Chicago (Illinois) – ".
_GERMAN_DATELINE_BEFORE = re.compile(r"(?:^|\n|[.!?][ ])[ \t]*(?:[^\n/–—]{1,40}/)*$")
_GERMAN_DATELINE_AFTER = re.compile(r"(?:/[^\n/–—]{1,40})*(?:[ ]\([^()\n]{1,30}\))?[ \t]+[–—-][ \t]")


def _german_place_said(text: str, start: int, end: int) -> bool:
    """Whether German copy says a town's name at ``start:end`` is the place:
    after a preposition of place or a word for a town
    (:data:`_GERMAN_PLACE_BEFORE`), or in a dateline (``Wien/Graz – ``)."""
    return _GERMAN_PLACE_BEFORE.search(text, max(0, start - 60), start) is not None or (
        _GERMAN_DATELINE_BEFORE.search(text, max(0, start - 120), start) is not None
        and _GERMAN_DATELINE_AFTER.match(text, end) is not None
    )


def _named_club_s_town(written: str, found: Found, clubs_only: bool = False) -> bool:
    """Whether the story named a body with the town ``written`` in its name,
    as written or by the name the tables give what it wrote (``Athletic
    Bilbao``, ``Real Madrid``; ``BVB``, Borussia Dortmund); with
    ``clubs_only``, a football club of the club table."""
    town = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])")
    return any(
        m.text != written and (town.search(m.text) or town.search(m.key)) and (not clubs_only or m.key in club_names())
        for m in found.of("organization")
    )


def _is_place(name: str, codes: bool = True) -> bool:
    """A country, city, world region or a region of several words, as
    written or in capitals (``BARCELONA``, ``New Jersey``, ``ESP``, ``Baden-Württemberg``);
    one word that is a region may be a club or a bank too (``Bayern``, ``Santander``).
    Without ``codes``, a country's code of three letters is no place (``del
    PSE``: a party; Palestine's code)."""
    forms = (name, name.title()) if name.isupper() else (name,)
    return any(
        form in country_forms()
        or form in text_cities()
        or form in world_regions()
        or ((" " in form or "-" in form) and form in subdivisions())
        for form in forms
    ) or (codes and name.isupper() and len(name) == 3 and pycountry.countries.get(alpha_3=name) is not None)


def _names_former_country(name: str) -> bool:
    """A country that is no more (``Yugoslavia``, ``Soviet Union``), or
    countries joined by a hyphen, one of them such (``Croatia-Yugoslavia``):
    a place, no organisation."""
    parts = name.split("-")
    return any(part in former_countries() for part in parts) and all(
        part in former_countries() or part in country_forms() for part in parts
    )


_LEGAL_END = re.compile(_LEGAL_TAIL.pattern + "$")


def _listed_name(name: str) -> str:
    """The canonical name of an organisation the table knows, written with
    or without its legal form (``Pfizer Inc`` -> ``Pfizer``); else the name."""
    table = organization_table()
    # "Merck & Co Inc": the tables' "Merck & Co" before their "Merck" (of Darmstadt)
    return table.get(name) or table.get(firm_name(name)) or table.get(_LEGAL_END.sub("", name)) or name


def _needs_support(written: str) -> bool:
    """Whether a name from the organisation table is also a common word or a
    person's name: ``Focus``, ``Charles Schwab``; not a coined word with a
    capital inside (``BlackRock``, ``PayPal``), which is neither."""
    words = written.split()
    if len(words) == 1 and (_COINED.search(words[0]) or _ELIDED_CAPITAL.match(words[0])):
        return False  # "BlackRock"; "L'Oréal": an article no word keeps in capitals
    return len(words) == 1 or words[0].lower() in first_names()


_ELIDED_CAPITAL = re.compile(r"[LD]['’][A-ZÀ-Þ]")
#: a capital after a small letter, not after a surname's prefix (``McCain``,
#: ``DeLuca``, ``MacArthur``, ``LaGuardia``)
_COINED = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Ter)[A-Z])\w*[a-z][A-Z]")


def _read_as_any(proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether the model reads a name of any kind over ``start:end``."""
    return any(p.start < end and start < p.end for p in proposals)


def _read_as(proposals: list[Recognised], kind: str, start: int, end: int) -> bool:
    """Whether the model reads a name of ``kind`` over ``start:end``."""
    return any(p.kind == kind and p.start < end and start < p.end for p in proposals)


def _industry_as_a_whole(words: list[str], lang: str) -> bool:
    """``Big Pharma``, ``Big Media``: an industry as a whole, no body of its
    own (but ``the Big Board`` is the New York Stock Exchange)."""
    return lang == "en" and len(words) == 2 and words[0] == "Big" and words[1].lower() in _INDUSTRIES


def _body_before_person(written: str) -> int:
    """``PP Cristina Herrera``, ``SPD Olaf Brandt``, ``Comisión Regional de
    UCE Emilio Guerrero``: a name ending with an acronym, then a known given
    name and a surname, read as one name; the words up to the acronym are the
    organisation (how many: 0 when there is no such name), the rest a person;
    not a name ending with a firm's legal form (``QRX Banks Inc``)."""
    words = written.split()
    if words and (words[-1].rstrip(".") in _LEGAL_FORM_WORDS or words[-1].lower() in org_designators()):
        return 0  # "SMBC Friend Securities": a firm's name, no one after its acronym
    for at in range(len(words) - 2):
        if (
            words[at].isupper()
            and len(words[at]) >= 2
            and words[at].isalpha()
            and _is_given_name(words[at + 1])
            and all(word[:1].isupper() and not word.isupper() for word in words[at + 1 :])
        ):
            return at + 1
    return 0


_LIST_WORD = re.compile(rf"\s(?:{_LIST_CONJUNCTIONS})\s|,")


def _has_body_word(words: list[str]) -> bool:
    """Whether a designator or a legal form is among ``words``: a body's or a
    firm's name (``Kestrel Corp``, ``Bank of ...``), no place's or person's."""
    return any(word.lower() in org_designators() or word.rstrip(".") in _LEGAL_FORM_WORDS for word in words)


#: A "Program" (American spelling) is a government programme, not a body, unless
#: an international one's: "UN Development Program", "World Food Program".
_PROGRAM_BODIES = frozenset(("UN", "U.N.", "United", "World", "International"))


def _government_program(words: list[str]) -> bool:
    """Whether capitalised ``words`` name a government program, not a body."""
    return words[-1] == "Program" and words[0] not in _PROGRAM_BODIES


#: What makes "Treasury" the securities, not the department: "Treasury yields", "10-year Treasury".
_SECURITY_AFTER = re.compile(
    r"[ ](?:market|markets|yields?|bonds?|notes?|bills?|securities|prices?|debt|auctions?|curve|futures|"
    r"inflation-protected|holdings|purchases|supply|issuance|sale|sales|rally|selloff|sell-off)\b"
)
_MATURITY_BEFORE = re.compile(r"(?:\d+|one|two|three|five|seven|ten|thirty)-(?:year|month|week)[ ]$")


def _treasury_securities(text: str, start: int, end: int) -> bool:
    """Whether "Treasury" at ``start:end`` names the securities: "Treasury
    yields", "10-year Treasury"."""
    return bool(_SECURITY_AFTER.match(text, end) or _MATURITY_BEFORE.search(text, max(0, start - 16), start))


#: Events, meetings, documents, buildings and grounds, which models read as
#: bodies: their head noun is first in French and Spanish ("Juegos
#: Panamericanos", "Coupe du monde", "Estadio Nacional"), last in English ("Pan
#: American Games", "Philanthropy Day", "Wembley Stadium").
_EVENT_FIRST = frozenset(
    "Juegos Campeonato Copa Coppa Supercopa Recopa Feria Festival Cumbre Torneo Mundial Reunión Declaración Exposición "
    "Jeux Championnat Coupe Foire Sommet Tournoi Déclaration Exposition Journée "
    "Estadio Monasterio Colegiata Catedral Stade Cathédrale Stadion "
    "Palacio Castillo Basílica Ermita Santuario Convento Puerta Château Basilique "
    "Parque Parc Hotel Hôtel Estación Gare Teatro Polideportivo Pabellón Salón Salon "
    "Muestra Jornada Jornadas Encuentro Encuentros Rencontres Concurso Concours Certamen Giro "
    "Política Politique Plan Sistema Carta "
    "Estatuto Código Tratado Ley Constitución Convenio Reglamento Decreto Code Traité Loi Statut Treaty "
    "Día Semana Impuesto Impôt Virus Oferta Universiada Universiade Olimpiada Olympiade "
    "Premio Premios Praemium Preis Ironman".split()
)
_EVENT_LAST = frozenset(
    "Games Championship Championships Cup Fair Festival Summit Tournament Declaration Day "
    "Stadium Cathedral Bridge Act Treaty Open Slam Chelem Champions champions Campeones campeones Tax Virus Show "
    "Spiele Spielen Winterspiele Sommerspiele Festspiele Gipfel Gipfels Turnier Turniers Universiade Olympiad "
    "Contest Award Awards Prize".split()
)
#: A prize German names by a compound: "des Deutschen Buchpreises", "Friedenspreis".
_PRIZE_ENDINGS = ("preis", "preises")
#: The first words of the competitions a "League" is, not a body that runs one
#: (``Premier League``, ``National Football League``): "Europa League".
_COMPETITION_LEAGUES = frozenset("Europa Nations Conference".split())
#: A championship German names by its sport: "Fußball-WM", "Handball-EM"; a cup ("DFB-Pokal").
_CHAMPIONSHIP_PARTS = frozenset("WM EM Weltmeisterschaft Europameisterschaft Meisterschaft Bundesliga Pokal".split())
#: A championship named by one word: Spanish's World Cup, "el Mundial" (but "Foro Económico Mundial").
_CHAMPIONSHIP_WORDS = frozenset(("Mundial", "Mundialito"))
#: A meeting of a body named after it ("Congreso de CCOO", "congrès du PS").
_CONGRESS_WORDS = frozenset("Congreso Congrès Kongress Parteitag".split())
_OF_WORDS = frozenset("de del du des der".split())
#: What a shareholders' meeting is called after "Junta General".
_GENERAL_MEETING_KINDS = frozenset(("Ordinaria", "Extraordinaria", "de"))


#: "EU" joined to what follows it by a hyphen: "EU-Els Verds", "EU-México".
_EU_JOINED = re.compile(r"(?<![\w-])EU-(?P<partner>[A-ZÁÉÍÓÚÑ][\w]*)")


def eu_is_a_party(text: str) -> bool:
    """Whether Spanish copy's "EU" is Spain's party Esquerra Unida, joined to
    a partner's name (``EU-Els Verds``, ``EU-EV``), not Mexican copy's United
    States, which it joins to another country (``la relación EU-México``)."""
    return any(joined["partner"] not in country_forms() for joined in _EU_JOINED.finditer(text))


def _names_event(words: list[str]) -> bool:
    """Whether capitalised ``words`` name an event, a meeting, a document or
    a building by their head noun (an ordinal or "Real" may come first: "VI
    Feria", "Cuarta Reunión", "Real Monasterio de Guadalupe"), not a body."""
    parts = words[-1].split("-")
    if parts[-1] in _CHAMPIONSHIP_PARTS or parts[0] in _CHAMPIONSHIP_PARTS:
        return True  # "Fußball-WM", "deutschen Bundesliga", "Bundesliga-Duelle", "WM-Qualifikation"
    if len(words) < 2:
        return words[0] in _CHAMPIONSHIP_WORDS
    if words[0] in _CONGRESS_WORDS and len(words) > 2 and words[1] in _OF_WORDS and words[-1].isupper():
        return True  # "Congreso de CCOO", "congrès du PS": a body's congress, a meeting
    if words[:2] == ["Junta", "General"] and len(words) > 2 and words[2] in _GENERAL_MEETING_KINDS:
        return True  # "la Junta General Ordinaria": the shareholders' meeting; not "del Principado"
    if any(word.split("-")[0] == "Champions" for word in words[:-1]):
        return True  # "Champions League", "Champions Hockey League": a competition, whatever its last word
    if words[0] in ("Conferencia", "Conférence") and words[1].lower() in _CONFERENCE_MEETINGS:
        return True  # "la Conferencia Intergubernamental": a meeting; not "la Conferencia Episcopal"
    first = words[1] if (_ORDINAL.fullmatch(words[0]) or words[0] == "Real") else words[0]
    last = words[-1]
    if last == "League" and words[-2] in _COMPETITION_LEAGUES:
        return True  # "Europa League", "Nations League": a competition
    if last.endswith(_PRIZE_ENDINGS) and last[:1].isupper() and len(last) > 8:
        return True  # "Deutschen Buchpreises": a prize
    # "des Samsung Cups": German's genitive of the event
    return first in _EVENT_FIRST or last in _EVENT_LAST or (last.endswith("s") and last[:-1] in _EVENT_LAST)


#: The adjectives that make a "Conferencia" or a "Conférence" a meeting of states or
#: ministers, not a standing body (``Conferencia Episcopal``).
_CONFERENCE_MEETINGS = frozenset(
    "intergubernamental interparlamentaria ministerial mundial internacional euromediterránea "
    "intergouvernementale interparlementaire ministérielle mondiale internationale euro-méditerranéenne".split()
)


_ORDINAL = re.compile(
    r"[IVX]+|\d+(?:st|nd|rd|th|e|er|ème|º|ª)?|Primera|Segunda|Tercera|Cuarta|Quinta|First|Second|Third"
)


#: A German indefinite or negative article and up to three words in lower case after it, just
#: before a name: "ein wesentlich düstereres ", "eine international ausgerichtete ", "keine ".
_INDEFINITE_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines)[ ]+"
    r"(?P<words>(?:[a-zäöüß][\w-]*[ ]+){0,3})$"
)


def _after_indefinite_article(text: str, start: int, name: str) -> bool:
    """Whether, in German copy, a capitalised name comes after an indefinite
    or a negative article and only adjectives or adverbs: German capitalises
    every noun, and a name takes none (``malt ... ein wesentlich düstereres
    Bild``, ``eine international ausgerichtete Elite-Musikschule``, ``keine
    Visa``). Not an acronym, nor after a preposition or an article that
    opens another phrase (``ein von Samsung zugekauftes``, ``einem von der
    Kronen Zeitung veröffentlichten``)."""
    if name.isupper():
        return False
    before = _INDEFINITE_ARTICLE_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and not any(
        word in function_words() or word in _GERMAN_CONNECTORS for word in before["words"].split()
    )


_LIST_END = re.compile(rf"(?:\s(?:{_LIST_CONJUNCTIONS})|,)\s*$")


def _inside_longer_name(text: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether the model reads the words at ``start:end`` as part of a longer
    name that is not a place of its own: a company, a product, a person, or a
    region named after a country ("New Jersey")."""
    if re.match(r"['’]s\b", text[end : end + 3]):
        before = _NAME_WORD_BEFORE.search(text, max(0, start - 20), start)
        # "Japan's Daiichi Sankyo": the country owns the name; but "New Jersey's governor" is the state's
        return bool(before and f"{before[0].strip()} {text[start:end]}" in subdivisions())
    for proposal in proposals:
        if proposal.start <= start and end <= proposal.end and proposal.end - proposal.start > end - start:
            # "Slovenia and Slovakia" read as one name is two places; in "U.S. Food
            # and Drug Administration" the country is not a member of the list
            if _LIST_WORD.match(text, end, proposal.end) or _LIST_END.search(text, proposal.start, start):
                continue
            around = (text[proposal.start : start] + " " + text[end : proposal.end]).split()
            if any(word[:1].isupper() or word[:1].isdigit() for word in around):
                return True  # "New Jersey", "Apple I", "Bank of Japan"
    return False


#: A capitalised word after a name, on the same line: the name goes on.
_NAME_GOES_ON = re.compile(rf"[ ][{_UPPER}]")


def _add_town(
    found: Found, taken: list[tuple[int, int]], how: str, name: str, country: str, written: str, start: int, end: int
) -> None:
    """A town found (``how``: ``city``, ``town``, ``dateline's town``) as
    two mentions, the town and its country, and its words taken."""
    found.mentions.append(Mention("city", name, written, start, f"{how} (GeoNames, {country})"))
    found.mentions.append(Mention("place", country, written, start, f"{how} {name} (GeoNames)"))
    taken.append((start, end))


#: A list of names that ends on "counties": "Orange, San Diego, Riverside, San
#: Bernardino, and Ventura counties", from any of its names.
_COUNTY = rf"[{_UPPER}][\w'.-]*(?:[ ][{_UPPER}][\w'.-]*){{0,2}}"
_COUNTIES_AFTER = re.compile(rf"(?:,[ ]{_COUNTY})*(?:,?[ ](?:and|or)[ ]{_COUNTY})?,?[ ]counties\b")

#: Heads of German compounds that only a firm or a body has, not a person (who
#: has a "Kurs", a "Bericht" too).
_FIRM_HEADS = (
    r"Aktien?|Chef|Chefin|Konzern|Sprecher|Sprecherin|Vorstand|Boss|Zentrale|Papiere|Anteile|Tochter|"
    r"Mitarbeiter|Mitarbeiterin"
)


def _firm_named_in_full(word: str, found: Found) -> str | None:
    """The firm found earlier in the story whose name, written with its
    legal form, opens on ``word``: the recogniser reads ``Toyota`` after
    ``Toyota Motor Corp`` as the firm, which is neither the town of Toyota
    nor a given name (``Ford`` after ``Ford Motor Co``); nor is it after
    the name the tables hold with a legal form, written without
    (``Toyota Motor ( 7203.T )``)."""
    for mention in found.mentions:
        if (
            mention.kind == "organization"
            and mention.text.startswith((word + " ", word + "-"))  # "Bristol" of "Bristol-Myers Squibb Co."
            and (_LEGAL_TAIL.search(mention.text[len(word) :]) is not None or mention.text in organization_stems())
        ):
            return organization_stems().get(mention.key, mention.key)
    return None


_LEGAL_FORM_WORDS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)
#: The same, in any case: "Plc" alone.
_LEGAL_FORMS_FOLDED = frozenset(form.casefold() for form in _LEGAL_FORM_WORDS)


#: A German adjective of a place or a people, capitalised inside a name: "Deutsches", "Österreichische".
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*sch(?:e|es|er|en|em)$")


_FIRM_ENDS = _LEGAL_FORM_WORDS | {"Bank", "Banque", "Banco", "Banca", "Bancorp"}
#: What a firm's name ends with after "and": "Hi Investment and Securities",
#: "Kestrel and Sons".
_AND_DESIGNATOR = re.compile(
    r"[ ](?:and|&)[ ](?:Securities|Investments?|Trust|Capital|Partners|Finance|Insurance|Sons|Company|Co\.?)(?![\w-])"
)


def _designator_joined(text: str, end: int) -> str:
    """What a firm's name ending at ``end`` goes on with after "and" (`` and
    Securities``), or nothing."""
    joined = _AND_DESIGNATOR.match(text, end)
    return joined[0] if joined else ""


_CONJUNCTION = re.compile(r"\s+(?:and|&|und|et|y)\s+")


#: A dateline's date and agency after its place (and the region or country in
#: brackets after it): ", 25 may (EFE)", " (RFA), 23 may (EFECOM)".
_DATELINE_DATE = r",[ ]\d{1,2}[ ](?:de[ ])?[^\W\d_]{3,10}\.?[ ]?\("
_DATELINE_DATE_AFTER = re.compile(rf"(?:[ ]\([^()\n]{{2,30}}\))?{_DATELINE_DATE}")


#: A country in brackets right after a name: "(Slovakia)", "(France)".
_COUNTRY_IN_BRACKETS = re.compile(r"[ ]\((?P<country>[^()\n]{2,40})\)")


#: What follows a competitor and the country in brackets in a results line:
#: the win ("beat", "bt", "def."), the meeting ("vs", "v") or a score.
_RESULT_AFTER = re.compile(r"\s*(?:beat|bt|def\.|defeated|d\.|vs\.?|v\.?|\d{1,2}-\d{1,2})(?![\w-])")


def _country_in_brackets_after(text: str, end: int, result: bool = False) -> bool:
    """Whether a country's name in brackets follows ``end``: ``(Slovakia)``;
    with ``result``, and then a result (``(Spain) beat``, ``(Japan) 6-2``)."""
    match = _COUNTRY_IN_BRACKETS.match(text, end)
    return (
        match is not None
        and match["country"] in country_forms()
        and (not result or _RESULT_AFTER.match(text, match.end()) is not None)
    )


#: Words after a name up to an acronym in brackets, in the same sentence:
#: " et la coopération en Europe (OSCE)".
_TO_ACRONYM = re.compile(rf"(?P<rest>(?:[ ][\w'’-]+){{1,8}}?)[ ]\((?P<acronym>[{_UPPER}][{_UPPER}&]+)\)")


def _initials(words: list[str]) -> str:
    """The capitals an acronym takes from a name's words: the first letter of
    each word but the articles, prepositions and conjunctions (an elided one
    joined to its word left out: "l'Europe"; Spanish's "e" and "u" for "y"
    and "o": "Antropología e Historia")."""
    return "".join(
        word[0].upper()
        for word in (_ELISION.sub("", word) for word in words)
        if word and word.lower() not in function_words() and word not in ("e", "u")
    )


def _runs_of_initials(words: list[str], acronym: str) -> Iterator[tuple[int, int]]:
    """Where runs of two words or more of ``words``, opening on a capital,
    have ``acronym`` for initials (``Iron Ore Company`` of ``IOC``): their
    first index and the index past their end, runs opening first first."""
    for first in range(len(words)):
        for last in range(first + 2, len(words) + 1):
            if words[first][:1].isupper() and _initials(words[first:last]) == acronym:
                yield first, last


def _to_acronym_after(text: str, written: str, end: int) -> str:
    """The rest of a body's name after ``end`` up to the acronym it is given
    in brackets, where the model stopped short of it: ``Organisation pour la
    sécurité`` read, ``... et la coopération en Europe (OSCE)`` written. Only
    when the acronym is the initials of the whole name; "" otherwise."""
    match = _TO_ACRONYM.match(text, end)
    if match is None or _initials(written.split()) == match["acronym"]:
        return ""
    rest = match["rest"]
    return rest if _initials((written + rest).split()) == match["acronym"].replace("&", "") else ""


#: A university's designator, which French writes in lower case: "université".
_UNIVERSITY = r"[Uu]niversité|University|Universidad|Universitat|Universität"


#: A name written with the Arabic article: "Al Jazeera", "Al-Shabaab", "al-Nusra".
_ARABIC_ARTICLE_NAME = re.compile(rf"[Aa]l[ -][{_UPPER}]")


#: A possessive inside or at the end of a name: "Daimler's", "Magna's Opel".
_POSSESSIVE_IN_NAME = re.compile(r"['’]s(?=[ ]|$)")


def _headline_verb(text: str, start: int, words: list[str], lang: str) -> int:
    """How long the verb is, with the space after it, that a Spanish
    headline opens on, capitalised, before the name it is about (``Pide
    Obama al Congreso``, ``Adquiere Harvard colección``): a name that opens
    the story on a word that is no given name and is written nowhere else in
    it, where the next word is written again; else 0."""
    if lang != "es" or start != 0 or len(words) < 2:
        return 0
    verb, after = words[0], words[1]
    if not (verb[:1].isupper() and verb[1:].islower() and after[:1].isupper()) or _is_given_name(verb):
        return 0  # "Padre de Snowden": a noun and its complement
    rest = len(verb) + 1
    if any(use.start() for use in _uses(verb, text)) or not any(use.start() > rest for use in _uses(after, text)):
        return 0  # "Cruz Azul vence", "Cruz Azul" again below: the name's own first word
    return rest


def _without_headline_verb(text: str, proposal: Recognised, lang: str) -> Recognised:
    """The model's reading without the verb a Spanish headline opens on
    (:func:`_headline_verb`)."""
    cut = _headline_verb(text, proposal.start, proposal.text.split(" "), lang)
    return replace(proposal, start=proposal.start + cut, text=proposal.text[cut:]) if cut else proposal


def _opening(proposal: Recognised, head: str) -> Recognised:
    """The model's reading cut to ``head``, the words its name opens with
    (``HSBC`` of ``HSBC China Services``)."""
    return replace(proposal, end=proposal.start + len(head), text=head)


def _has_a_designator(name: str) -> bool:
    """Whether a word of ``name`` is an organisation's designator
    (``Council``, ``Department``, ``Force``)."""
    return any(word.lower() in org_designators() for word in name.split())


def _arabic_article_body(name: str) -> bool:
    """Whether a name opens on the Arabic article and no list of places knows
    it, as written or without its accents (``Al Anbar``, listed as ``Al
    Anbār``): a body's name (``Al Jazeera``)."""
    return bool(_ARABIC_ARTICLE_NAME.match(name)) and not _is_place(name) and _folded(name) not in _folded_places()


def _folded(name: str) -> str:
    """``name`` :func:`~wire.dates.fold`-ed, a hyphen as a space."""
    return fold(name).replace("-", " ")


@functools.cache
def _folded_places() -> frozenset[str]:
    """Every city's and region's name, :func:`_folded`."""
    return frozenset(_folded(name) for names in (text_cities(), subdivisions()) for name in names)


def _acronym_then_holder(text: str, start: int, words: list[str], lang: str) -> bool:
    """Whether a reading of three words is a body's acronym and the name of
    a person who holds the role written before it (``el ex eurodiputado de
    HB Txema Montero``, ``le porte-parole du PS Jean Dupont``): two words
    after the acronym that are no body's, no place and no given name last."""
    return (
        len(words) == 3
        and _ACRONYM_ONLY.fullmatch(words[0]) is not None
        and all(word[:1].isupper() and not word.isupper() for word in words[1:])
        and not _has_body_word(words[1:])
        and not _is_given_name(words[2])
        and not _is_place(" ".join(words[1:]))
        and _role_before(text, start, lang) is not None
        and _ROLE_THEN_OF.search(text, max(0, start - _ROLE_WINDOW), start) is not None
    )


#: An acronym of two to six capitals: "HB", "PSOE", "SPÖ".
_ACRONYM_ONLY = re.compile(rf"[{_UPPER}]{{2,6}}")
#: A role and what joins it to the body it is held in, just before a name:
#: "eurodiputado de ", "porte-parole du ", "Vorsitzende der ".
_ROLE_THEN_OF = re.compile(r"[\w-]+[ ](?:de|del|du|des|de[ ]la|de[ ]l['’]|der|of|of[ ]the)[ ]?$")


def _firms_listed(name: str) -> list[str]:
    """``Pfizer Inc and Cisco Systems Inc`` is two firms; ``Securities and
    Exchange Commission`` one: a conjunction after a legal form or a bank
    separates names."""
    parts = _CONJUNCTION.split(name)
    if len(parts) > 1 and all(p.split()[-1].rstrip(".") in _FIRM_ENDS for p in parts[:-1]):
        return parts
    return [name]


#: What a numbered meeting is: "IX Asamblea General", "3rd Annual Conference" is no body.
_MEETINGS = frozenset(
    "asamblea assemblée assembly versammlung congreso congrès congress kongress conferencia conférence "
    "conference konferenz cumbre sommet summit gipfel foro forum jornadas journées reunión réunion meeting "
    "sesión session pleno plenum".split()
)


#: An ordinal before a meeting's name, in words: "le premier Forum", "la IXe Assemblée", "the first Congress".
_ORDINAL_WORD_BEFORE = (
    r"(?:premier|première|deuxième|second|seconde|troisième|[IVX]+e|\d+(?:er|re|e|ème)|primer|primera|segunda|"
    r"tercera|first|second|third|erste|ersten|zweite|zweiten)[ ]+"
)


def _numbered_in_story(text: str, name: str) -> bool:
    """Whether the story numbers a meeting of this name, or of its first two
    words (``le tout premier Forum mondial de la langue française``, and so
    ``Forum mondial de langue française``): an event, not a body."""
    words = name.split()
    forms = (name, " ".join(words[:2])) if len(words) > 2 else (name,)
    return any(
        re.search(rf"(?<!\w){_ORDINAL_WORD_BEFORE}{re.escape(form)}(?!\w)", text, re.IGNORECASE) for form in forms
    )


#: An acronym in brackets after a name, perhaps after an adjective of a
#: people written small ("Agencia Nacional de Seguridad estadounidense
#: (NSA)"), and perhaps said to be another language's ("(NSA, por sus siglas
#: en inglés)", "(NSA, selon son sigle anglais)").
_ACRONYM_AFTER = re.compile(
    r"^\.?(?:[ ](?P<adjective>[a-zà-ÿ]{4,16}))?\s*\((?P<acronym>[A-ZÀ-Ý][A-Za-zÀ-ÿ&.]{1,9})"
    r"(?:[,;]?[ ](?:(?:por|según|de)[ ]sus[ ]|selon[ ]son[ ]|son[ ])?"
    r"(?:siglas?|sigles?|acrónimo|acronyme)(?:[ ]en)?[ ](?:inglés|inglesa|francés|anglais|anglaise|original)"
    r"|,?[ ]en[ ](?:inglés|anglais))?\)"
)
#: The endings of the Spanish and French adjectives of peoples a name may be
#: followed by before its acronym: "estadounidense", "británica", "américaine".
_PEOPLES_ADJECTIVE_ENDINGS = ("ense", "enses", "ano", "ana", "ica", "ico", "esa", "és", "ain", "aine", "ais", "aise")


def _acronym_after(text: str, end: int) -> str | None:
    """The acronym in brackets after a name (``(CFTC)``, ``(P&G)``): two
    capitals at least, and not an agency or a place (``(EFE)``, ``(Badajoz)``)."""
    match = _acronym_match(text, end)
    if not match:
        return None
    acronym = match["acronym"]
    if (
        sum(c.isupper() for c in acronym) < 2
        or acronym in organizations()
        or agency_parts(acronym)
        or acronym.title() in text_cities()
        or acronym in country_forms()
    ):
        return None
    return acronym


def _acronym_match(text: str, end: int) -> re.Match | None:
    """:data:`_ACRONYM_AFTER` after ``end``, a word between only where it is
    an adjective of a people."""
    match = _ACRONYM_AFTER.match(text[end : end + 90])
    if match and match["adjective"] and not match["adjective"].endswith(_PEOPLES_ADJECTIVE_ENDINGS):
        return None  # "Comisión Europea en (Bruselas)": no adjective of a people
    return match


#: The endings of French and Spanish adjectives, which follow the noun they
#: describe and keep to lower case inside a name: "Assemblée nationale",
#: "Frères musulmans", "Banque mondiale", "Partido Popular" but "Iglesia católica".
_ADJECTIVE_ENDINGS = {
    # not the endings of participles and verbs ("Conseil convoqué", "Congrès afin")
    "fr": tuple(
        "al ale aux ales el elle els elles ien ienne iens iennes éen éenne éens éennes ique iques aire aires "
        "ais aise aises ain aine ains aines iste istes eux euse euses if ive ifs ives ier ière iers ières ois "
        "oise oises man mans ol ole ols oles".split()
    ),
    "es": tuple(
        "al ales ano ana anos anas ico ica icos icas ista istas ense enses és esa eses ario aria arios arias "
        "ivo iva ivos ivas ino ina inos inas ar ares eo ea eos eas".split()
    ),
}


def _adjective_of_name(words: list[str], lang: str) -> bool:
    """Whether ``words`` are a noun and the adjective of its name, in lower case
    (French and Spanish), or two such adjectives after a designator ("Fonds
    monétaire international", "Conseil national syrien"); not a description
    after a longer name ("West Ham inglés", "Science & Technology Facilities
    Council britannique")."""
    endings = _ADJECTIVE_ENDINGS.get(lang)
    if not endings or not words[0][:1].isupper() or len(words) not in (2, 3):
        return False
    if len(words) == 3 and words[0].lower() not in org_designators():
        return False
    return all(
        word.isalpha()
        and len(word) > 3
        and (word.endswith(endings) or (word in nationality_adjectives(lang) and words[0].lower() in org_designators()))
        and word not in function_words()
        and word not in _TIME_ENDING_AS_ADJECTIVES
        for word in words[1:]
    )


#: Words of time that end as adjectives do: "Parlement russe demain".
_TIME_ENDING_AS_ADJECTIVES = frozenset({"demain", "lendemain", "mañana"})
#: A word whose elision joins a body's name ("d'État", "l'Homme").
_FRENCH_ELISION = re.compile(r"[dl]['’]\w[\w-]*")


#: A building or a street French names after what it is for, in lower case:
#: "le centre des Congrès", "le palais des Sports", "la rue du Commerce".
_FRENCH_SITE_BEFORE = re.compile(
    r"\b(?:centre|palais|salle|parc|place|rue|avenue|boulevard|pont|stade|gare|quai|square)[ ]"
    r"(?:des[ ]|du[ ]|de[ ]la[ ]|de[ ]l['’]|de[ ]|d['’])$"
)


#: A landform French or Spanish names after a town, in lower case: "la bahía de Santander", "la baie de Somme".
_LANDFORM_OF_BEFORE = re.compile(
    r"\b(?:bahía|golfo|costa|playa|puerto|isla|valle|sierra|ría|baie|golfe|côte|plage|île|vallée|lac|lago)[ ]"
    r"(?:de[ ]la[ ]|de[ ]l['’]|del[ ]|des[ ]|du[ ]|de[ ]|d['’])$"
)


def _in_site_name(text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` is what a French building or street is
    for (``le centre des Congrès``, ``la rue du Commerce``), or the town a
    bay, coast or valley is named after (``la bahía de Santander``)."""
    before = max(0, start - 20)
    return (lang == "fr" and _FRENCH_SITE_BEFORE.search(text, before, start) is not None) or (
        lang in ("fr", "es") and _LANDFORM_OF_BEFORE.search(text, before, start) is not None
    )


#: French and Spanish write the kind of an institution in lower case before its
#: name, and it is part of the name: "la fundación Fernández Latorre", "el
#: colegio San Juan Bosco", "le musée Pointe-à-Callière", "l'hôpital Sao Joao".
_INSTITUTION_IN_LOWER_CASE = {
    "es": "fundación|colegio|hospital|museo|escuela|conservatorio|orquesta",
    "fr": "fondation|collège|lycée|hôpital|musée|école|conservatoire|orchestre",
}


#: The last words of a name after "de": "... de Mérida", "... de la Rioja".
_PLACE_LAST = re.compile(r" (?:de|del|de la) (?P<place>(?:(?! de ).)+)$")


def _capitalised(written: str) -> str:
    """A name written with its kind in lower case, as a tag shows it: "Ambassade de France"."""
    return written[0].upper() + written[1:]


def _plural_abbreviation_beside(text: str, name: str, start: int, end: int) -> bool:
    """Whether a name stands in brackets after its acronym in the plural, or
    that acronym in brackets after it (``PSOs (Public Service
    Obligations)``): things a story counts, no body."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    if len(initials) < 2:
        return False
    before = text[max(0, start - len(initials) - 4) : start]
    return before.endswith(f"{initials}s (") or text.startswith(f" ({initials}s)", end)


def _german_role_forms(*bases: str) -> tuple[str, ...]:
    """Each German role noun with the endings it takes: ``chef``, ``chefin``,
    ``chefen``; ``vorsitzende``, ``vorsitzender``."""
    return tuple(base + suffix for base in bases for suffix in ("", "in", "r", "en"))


#: Role nouns German writes as one capitalised word before a name:
#: "Notenbankchef", "Kultusministerin", "Projektleiterin".
_GERMAN_ROLE_ENDINGS = _german_role_forms(
    "chef",
    "minister",
    "präsident",
    "sprecher",
    "leiter",
    "direktor",
    "trainer",
    "richter",
    "biolog",
    "forscher",
    "experte",
    "vorsitzende",
    "kanzler",
    "manager",
    "anwalt",
    "ökonom",
    "berater",
    "meister",
    "sekretär",
    "kommissar",
    "botschafter",
    "gouverneur",
    "spieler",
    "verteidiger",
    "stürmer",
    "torhüter",
    "mitglied",
    "analyst",
    "politiker",
    "abgeordnete",
    "künstler",
    "regisseur",
    "musiker",
    "autor",
    "kollege",
    "vorstand",
    "ermittler",
    "kandidat",
    "diplomat",
    "bischof",
    "loge",
    "sieger",
    "moderator",
    "gewerkschafter",
    "darsteller",
) + ("login",)
#: Last words that make a capitalised run an organisation, place or event,
#: not a person.
_NOT_PERSON_HEADS = set(
    "Index Indices Hotels "
    "Uni Conference Club Square Street Avenue Road University Université Universidad Universität Party Parti Partido "
    "Partei Council Conseil Consejo Ministry Ministère Ministerio Ministerium Court Cour Tribunal Gericht Bank "
    "Banque Banco Festival Cup Coupe Copa League Ligue Liga Airlines Group Groupe Grupo Gruppe Company Corporation "
    "Corporación Agency Agence Agencia Agentur Association Institute Institut Instituto Foundation Fondation "
    "Fundación Stiftung Service Services Dienst Hospital Hôpital Klinik Stadium Stade Estadio Stadion Park Parc "
    "Parque Region Région Province Provincia Provinz State Republic République República Republik Kingdom Union "
    "America Amérique América Amerika Europe Asia Asie Africa Afrique Pradesh Island Islands Mountains River Sea "
    "Ocean Airport Aéroport Aeropuerto Flughafen Palace Palais Palacio Cathedral Church Church Museum Musée Museo "
    "Norte Sur Nord Süd East West Est Ouest Oeste Cape Cap Cabo Kap Mount Mont Monte Lake Lac Lago Port Puerto "
    "Porto Bay Baie Bahía Gulf Golfe Golfo Valley Vallée Valle Newsroom Newsdesk Daily Weekly "
    # found reading the people of 3,000 Reuters stories: "Congressional Oversight Panel", "Intelligence Unit"
    "Panel Unit Newsletter Report Advisory Manufacturers Enterprises Marketing Pact Roundtable Stores Expo "
    "Swaps Swap Libor Mechanism Facility Approach Ventures Year Newswires Newswire Properties St "
    # trades in the plural, which end a firm's name ("Mappins Jewellers", "Diamond Consultants", "Kraft Foods")
    "Consultants Jewellers Jewelers Foods Builders Outfitters Traders "
    # streets and stations named after a given name ("60 Victoria Embankment")
    "Embankment Station Terrace "
    # treaties named after a town or a person ("the Dayton Accords")
    "Accords Accord Treaty Protocol".split()
)
#: Words inside a longer English name that make it a place's or a venue's ("Pearl River Delta").
_PLACE_WORDS_INSIDE = frozenset("River Square Lake Bay Valley Mountain Island Delta Street Avenue Gulf Canyon".split())
_GERMAN_ORG_ENDINGS = ("dienst", "amt", "verband", "gewerkschaft", "ministerium", "gericht", "stiftung", "konzern")
_ELISION = re.compile(rf"^{_ELIDED}")
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e[mnrs]?)?|[Ii]m|[Aa]m|[Bb]eim|[Zz]u[mr]|[Vv]om"
    r"|[Jj]ede[mnrs]?|[Kk]eine[mnrs]?|[Dd]iese[mnrs]?|[Ww]elche[mnrs]?|[Mm]anche[mnrs]?)[ ]+$"
)
#: A day's part in German: "Montagmittag", "Freitagabend", "Mittwochfrüh".
_GERMAN_DAY_PART = re.compile(
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([\w'’.-]+)[ ]+$")
_NAME_WORD_AFTER = re.compile(rf"[ ]+[{_UPPER}]")
#: The first word of a firm's name that the person rules cannot read: an acronym
#: ("PNC"), or a word with a capital inside ("SunTrust").
_FIRM_INITIAL_WORD = re.compile(rf"[{_UPPER}]{{2,5}}|[{_UPPER}][a-z]+[{_UPPER}]\w*")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'’])[{_UPPER}][\w'’-]*[ ]+$")
#: A name written in small letters but for a capital inside it: "comScore", "eBay", "easyJet".
_CAMEL_CASE = re.compile(r"[a-z]+[A-Z][\w'’-]*")
_CAMEL_CASE_BEFORE = re.compile(r"(?<![\w'’])[a-z]+[A-Z][\w'’-]*[ ]+$")


#: A desk's place alone after an agency's name, to the end of the line: "EFE Baleares".
_DESK_TO_LINE_END = re.compile(rf"[ ][{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+)?[ ]*$", re.MULTILINE)
#: What follows an agency's name when it signs a story off: editors' initials (either case) or a dash.
_AGENCY_SIGNS = re.compile(r"[ ]+(?:[-–]|[A-Za-z]{1,4}(?:-[A-Za-z]{1,3})?(?:[ ]*/|[ ]*$))", re.MULTILINE)
#: Editors' initials, then the next story's dateline, where copy runs stories
#: together: "... + 0,09 EFE vm-c Quito, 23 may (EFE)".
_SIGNS_BEFORE_DATELINE = re.compile(
    rf"[ ]+[a-z]{{1,4}}(?:-[a-z]{{1,3}})?[ ]+[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)*,[ ]\d{{1,2}}[ ]"
)
_DATELINE_CLOSE = re.compile(r"\s*\)")
#: A reading of the model below this confidence is doubted.
DOUBTED = 0.5
_INITIAL = re.compile(rf"[{_UPPER}]\.")
#: A reading of the model at or above this confidence is sure.
SURE = 0.9


def _is_role(word: str, lang: str) -> bool:
    lower = word.lower()
    if lower in roles_of(lang):
        return True
    prefix, joined, rest = lower.partition("-")
    if joined and prefix in _ROLE_PREFIXES and rest in roles_of(lang):
        return True  # "Co-President", "ex-président", "Ex-Präsident"
    return lang == "de" and lower.endswith(_GERMAN_ROLE_ENDINGS)


#: What a hyphen joins before a role to make another role, in the four languages.
_ROLE_PREFIXES = frozenset(("co", "ex", "vice", "deputy", "acting", "interim", "vize", "ko"))


def _could_be_body(acronym: str) -> bool:
    """An acronym that can name a party, firm or body: not a place
    (``USA``), a former country (``DDR``) or a thing (``CEO``)."""
    return (
        not _is_place(acronym)
        and acronym not in COMMON_ABBREVIATIONS
        and pycountry.historic_countries.get(alpha_3=acronym) is None
    )


#: How sure the model must be, reading a name alone, that it names a body.
_READ_ALONE_AS_BODY = 0.8


def _read_alone_as_body(word: str) -> bool:
    """Whether the model, reading ``word`` alone, is sure it names a body."""
    reading = reading_alone(word)
    return reading is not None and reading.kind == "ORG" and reading.confidence >= _READ_ALONE_AS_BODY


#: A German public body written as one compound, as German writes them: a
#: federal one alone (``Bundespolizei``, ``Bundesheeres``), a court or office
#: with its seat after it (``Handelsgericht Wien``, ``Bundespolizeiinspektion
#: Freyung``).
_GERMAN_PUBLIC_BODY = re.compile(
    r"(?<![\w-])(?P<word>(?P<prefix>Bundes|Landes|Oberlandes|Straflandes|Handels|Verwaltungs|Verfassungs|Kartell"
    r"|Arbeits|Sozial|Bezirks|Amts)[a-zäöüß]*?"
    r"(?P<head>gerichtshof|gericht|polizeidirektion|polizeiinspektion|polizei|heer|wehr|amt|anstalt|agentur"
    r"|behörde|direktion|inspektion)(?:es|s)?)"
    r"(?:[ ](?P<seat>[A-ZÄÖÜ][a-zäöüß]+))?(?![\w-])"
)


#: A channel's number after its name: "Rossija 1", "Puls 4".
_CHANNEL_NUMBER = re.compile(r"[ ]\d(?![\w,:/]|\.\d)")


def _is_seat(word: str) -> bool:
    """Whether a word after a German body's kind is where it sits: a country,
    a land (``Tirol``) or a town (``Wien``)."""
    return _is_place(word) or word in subdivisions() or find_city(word) is not None


_GERMAN_CONNECTORS = frozenset("für von vom der des zur zum".split())


def _known_head(head: str, towns: bool = False) -> bool:
    """Whether ``head`` is a body's name the tables know well enough to end
    a name the model reads on: a club's, a party's, the list's or the
    tables' (``AfD``, ``Atlético Madrid``); not a designator
    (``FC``), a town's or a region's name (``Philadelphia`` of
    ``Philadelphia Eagles``, ``Colorado`` of ``Colorado Buffaloes``), but
    with ``towns``, a town's or a region's of one word (``Bayern``)."""
    if len(head) < 3 or head.lower() in org_designators() or _is_place(head):
        return False
    if not towns and " " not in head and head[1:].islower() and (find_city(head) or head in region_names()):
        return False
    return _known_whole(head)


def _known_whole(name: str) -> bool:
    """Whether the tables or the list know ``name`` as a body's."""
    return _tables_know(name) or name in organizations() or name in club_table() or name in party_table()
