"""Find the people, places and organisations a dispatch mentions.

Rule-based and explainable: every mention found records where it was and
which rule found it. Organisations and the spellings of well-known people come
from curated lists; countries and cities from CLDR and GeoNames; other people
are found by the shape of their name and its context (a title or role before
it, a speech verb after it, an age in apposition, or the surname used again).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import pycountry

from ..agencies import AGENCY_IN_TEXT, agency_parts
from ..dates import fold
from ..derived_cache import cached_from_wire_data
from ..instrument_codes import code_at, is_share_code, shares_code_after, shares_code_at
from ..places import capital_abroad, city_of, find_city, is_capital, resolve, us_state
from .cricket_sides import RULE as CRICKET_RULE
from .cricket_sides import cricket_sides
from .german_names import nominative
from .league_teams import RULE as BASEBALL_RULE
from .league_teams import baseball_teams
from .legal_forms import ABBREVIATED, GENERIC_WORDS, GROUP_WORDS, SPELLED_OUT, alternatives
from .name_lexicons import (
    COMMON_ABBREVIATIONS,
    HONORIFICS,
    LEGAL_FORMS,
    NOT_NAME_START,
    PARTICLES,
    ROLE_SUFFIXES,
    TITLE_WORDS,
    UPPER,
    calendar_words,
    english_language_names,
    first_names,
    function_words,
    german_months,
    names_no_firm_alone,
    nationality_adjectives,
    org_designators,
    org_words,
    role_words,
    roles_of,
    spanish_national_adjectives,
    weekday_names,
    world_regions,
)
from .recogniser import Recognised, reading_alone, recognise
from .team_sheets import NameTests, Role, SheetName, team_sheet_names
from .topics import sport_words
from .vocabulary import (
    Club,
    Party,
    city_in,
    club_forms_folded,
    club_table,
    country_forms,
    country_name,
    fold_name,
    foreign_country_forms,
    former_countries,
    known_people,
    listed_companies,
    listed_company_symbols,
    mediatopics,
    no_firm_name,
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
#: Arabic articles written joined to a name: "Bashar al-Assad", "Abdel Fattah el-Sisi".
_JOINED_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-"
_NAME_WORD = rf"[{_UPPER}][\w'’\-]*\w|[{_UPPER}]\.|{_JOINED_ARTICLE}[{_UPPER}][\w'’\-]*\w"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|du|le|la|bin|al|el|ibn|dos|das)"
_JOINED = re.compile(_JOINED_ARTICLE)
#: The words that join the items of a list in the four languages: "Slovenia and Slovakia".
_LIST_CONJUNCTIONS = "and|or|et|ou|y|o|und|oder"
#: The lower-case words German copy writes inside names: "Ursula von der Leyen".
_GERMAN_PARTICLES = frozenset("von van zu de da di al".split())
#: "Chicago-based", "Australia-listed": a word that describes the name after it.
_DESCRIBED = re.compile(r"-(?:based|listed|born|owned|led|backed|controlled|registered|headquartered|style|like)$")
#: Those of them that say where a firm is or who holds it: "UK-based London Mining", "KKR-backed Avago";
#: not "Danish-born Fisker", a person.
_FIRM_DESCRIBED = re.compile(r"-(?:based|listed|owned|backed|controlled|registered|headquartered)$")
#: An elided article or preposition, written joined to the word after it: "l'", "d'".
_ELIDED = r"[LlDd]['’]"
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


# "the union GEW", "le syndicat CGT", "el sindicato CCOO", "die Partei AfD"
_ORG_CUE = re.compile(
    r"\b(?P<cue>union|party|syndicat|parti|sindicato|partido|Gewerkschaft|Partei)\s+"
    r"(?P<name>[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7}(?![\w-])|[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+){1,3})"
)


#: A newspaper, magazine, broadcaster or journal by the kind of outlet before
#: its name (and the country's adjective): "le quotidien français Libération",
#: "el diario \"Reforma\"", "die Zeitung Danas", "la revue Nature".
_MEDIA_KIND = {
    "fr": r"(?:le|du|au|Le)[ ](?:quotidien|journal|magazine|hebdomadaire|mensuel|site)"
    r"|(?:la|de[ ]la|à[ ]la|La)[ ](?:revue|chaîne|radio|télévision)"
    r"|(?:l['’]|L['’])agence",
    "es": r"(?:el|del|al|El)[ ](?:diario|periódico|semanario|rotativo|matutino|canal|sitio)"
    r"|(?:la|de[ ]la|a[ ]la|La)[ ](?:revista|cadena|emisora|televisión|agencia)",
    "de": r"(?:die|der|das|dem|den|im|ins|vom|Die|Der|Das|Im)[ ](?:Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift"
    r"|Nachrichtenagentur"
    r"|Fachzeitschrift|Fachjournal|Fachblatt|Fachmagazin|Journal|Magazin|Nachrichtenmagazin|Sender|Fernsehsender"
    r"|Radiosender|Blatt|Boulevardblatt)",
    "en": r"(?:the|The)[ ](?:newspaper|daily|weekly|magazine|tabloid|broadcaster|journal)",
}
_MEDIA_NAME = (
    rf"[ ](?:(?P<adjective>[a-zà-ÿ]{{4,15}})[ ])?(?:(?:la|le|les)[ ]|l['’])?[\"“«„]?[ ]?"
    rf"(?P<name>(?:(?:Le|La|Les|El|Los|The|Die|Der|Das|O)[ ])?"
    rf"[{_UPPER}][\w&-]*(?:[ ](?:(?:and|of|de|del|du|für|&)[ ])?[{_UPPER}][\w&-]*){{0,3}})"
)
_MEDIA_AFTER_KIND = {lang: re.compile(rf"(?<![\w-])(?:{kind}){_MEDIA_NAME}") for lang, kind in _MEDIA_KIND.items()}
#: A firm or association by the kind of body before its name, as French and
#: Spanish write it: "la operadora Telesp", "el consorcio Transredes", "el grupo
#: mexicano Maná", "la société Michelin", "l'association Idées au cube".
_BODY_KIND = {
    "fr": r"(?:la|de[ ]la|à[ ]la|La)[ ](?:société|compagnie|firme|filiale|association|coopérative|multinationale"
    r"|milice)"
    r"|(?:le|du|au|Le)[ ](?:groupe|constructeur|fabricant|consortium|collectif|club)"
    r"|(?:l['’]|L['’])(?:entreprise|opérateur|assureur|association|organisation|ONG)",
    "es": r"(?:la|de[ ]la|a[ ]la|La)[ ](?:empresa|compañía|firma|operadora|aseguradora|constructora|petrolera"
    r"|naviera|aerolínea|filial|asociación|organización|cooperativa|multinacional|milicia)"
    r"|(?:el|del|al|El)[ ](?:consorcio|grupo|fabricante|operador|holding|colectivo|club)",
}
_BODY_AFTER_KIND = {lang: re.compile(rf"(?<![\w-])(?:{kind}){_MEDIA_NAME}") for lang, kind in _BODY_KIND.items()}


#: A firm's name as English writes it: capitalised words, perhaps joined by
#: "&", without the possessive's apostrophe ("refiner Petroplus' plant").
_FIRM_NAME = rf"[{_UPPER}][\w&.'’-]*(?<!['’])(?:[ ](?:&[ ])?[{_UPPER}][\w&.'’-]*(?<!['’])){{0,3}}"
#: Kinds of firm English copy writes before a firm's name only, never before a
#: person's: "bank Julius Baer", "consultancy Cameron Hanover".
_FIRM_ONLY_KINDS = frozenset(
    "carmaker automaker insurer lender bank brokerage retailer airline miner chipmaker drugmaker refiner"
    " conglomerate consultancy unit subsidiary".split()
)
#: A party's adjective, before the rival a politician is.
_PARTY_BEFORE_RIVAL = re.compile(r"(?:Democratic|Republican|Conservative|Labour|Socialist|Liberal)[ ]$")
#: Kinds of firm that are parts of another: "Janney Capital Markets unit Langen McAlenney".
_PARTS_OF_A_FIRM = frozenset(("unit", "units", "subsidiary"))
#: Kinds English writes before a firm's name and a person's alike: "rival Xstrata", "owner Roman Abramovich".
_FIRM_OR_PERSON_KINDS = frozenset("rival competitor firm tracker owner manager group".split())
#: A firm by what it is, just before its name, as English market copy writes it:
#: "Bermuda-based Bacardi", "Anglo-Swiss rival Xstrata", "buyout firm Apollo".
_ENGLISH_FIRM_KIND = re.compile(
    rf"(?:-based|(?<![\w-])(?:{alternatives(tuple(_FIRM_ONLY_KINDS | _FIRM_OR_PERSON_KINDS))}"
    # opening a sentence: "Chipmaker Elpida warned"
    r"|(?<=[.!?][ ])(?:Carmaker|Automaker|Insurer|Lender|Retailer|Chipmaker|Drugmaker|Refiner|Miner))"
    r"(?P<several>s)?)"
    rf"[ ](?P<name>{_FIRM_NAME})"
)


#: The names after a plural kind of firm, in a list, in each language's way of
#: joining its last item: "firms TPG, Terra Firma and Ripplewood", "fabricantes
#: de teléfonos Motorola, Alcatel, Sagem y Mitsubishi".
_MORE_NAMES = {
    lang: re.compile(rf"(?:,[ ]|,?[ ](?:{conjunctions})[ ])(?P<name>{_FIRM_NAME})")
    for lang, conjunctions in {"en": "and", "es": "y|e", "fr": "et"}.items()
}
#: A plural kind of body, perhaps what it makes or where it is from in lower
#: case, then the first of a list of their names, as Spanish and French copy
#: lists them: "los fabricantes de teléfonos Motorola, ...", "las principales
#: universidades, entre ellas MIT, ...", "les banques belges que sont Belfius, ...".
_PLURAL_KIND_LIST = {
    lang: re.compile(rf"(?<![\w-])(?:{kinds})(?:[ ][a-zà-ÿ]+){{0,3}},?[ ](?:(?:{lead})[ ])?(?P<name>{_FIRM_NAME})")
    for lang, kinds, lead in (
        (
            "es",
            "empresas|compañías|firmas|fabricantes|bancos|entidades|operadoras|aseguradoras|aerolíneas"
            "|universidades|cadenas|multinacionales|constructoras|petroleras|eléctricas|distribuidores"
            "|distribuidoras|marcas|sindicatos|organizaciones|asociaciones|agencias|diarios|periódicos",
            "entre[ ]ellas|entre[ ]ellos|como|:",
        ),
        (
            "fr",
            "sociétés|entreprises|groupes|constructeurs|fabricants|banques|universités|opérateurs|compagnies"
            "|assureurs|journaux|quotidiens|chaînes|syndicats|organisations|associations|agences|marques"
            "|distributeurs",
            "que[ ]sont|dont|comme|:",
        ),
    )
}


#: A firm named just before its analyst's or economist's role and name:
#: "Oppenheimer analyst Chris Kotowski".
_FIRM_BEFORE_ANALYST = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w&.-]*(?:[ ](?:&[ ])?[{_UPPER}][\w&.-]*){{0,3}})"
    rf"[ ](?:analyst|economist|strategist)[ ][{_UPPER}]"
)
#: The endings of the adjectives of nations, which stand before roles too: "Canadian analyst".
_NATION_ENDING = re.compile(r"(?:an|ese|ish|ch|i|ic)$")


#: Words of parties' names a given name opens (``Christian Democrats``,
#: ``Christian Social Union``), no one's surname.
_PARTY_WORDS = frozenset(("Democrats", "Democrat", "Democratic", "Social", "Socialists", "Republicans"))
#: A firm's name in the possessive before one of its people: "Pimco's Bill Gross".
_FIRM_BEFORE_ITS_PERSON = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w&.-]*(?:[ ][{_UPPER}][\w&.-]*){{0,2}})['’]s[ ]"
    # not "Merkel's Christian Democrats"
    rf"(?P<given>[{_UPPER}][a-zà-ÿ]+)[ ](?!(?:{alternatives(tuple(_PARTY_WORDS))})(?![\w-]))[{_UPPER}]"
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


def _firms_before_their_people(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A firm English names in the possessive before one of its people,
    named by a known given name (``Pimco's Bill Gross``); not a person's
    name, a place, or a sentence's first word."""
    for match in _FIRM_BEFORE_ITS_PERSON.finditer(text):
        name = match["name"]
        words = name.split()
        start, end = match.span("name")
        if (
            match["given"].lower() not in first_names()
            or _overlaps(taken, start, end)
            or words[0].lower() in first_names()
            or _no_firms_name(name)
        ):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "a firm before its person"))
        taken.append((start, end))


def _firms_before_analysts(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A firm English names just before one of its analysts: not a nation's
    adjective, a place, a role or a sentence's first word."""
    for match in _FIRM_BEFORE_ANALYST.finditer(text):
        name = match["name"]
        start, end = match.span("name")
        if _overlaps(taken, start, end) or _no_firms_name(name):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "an analyst's firm"))
        taken.append((start, end))


def _english_firms_after_kind(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A firm English names after what it is; not a person's full name
    (``owner Roman Abramovich``), a place, or a name a role follows."""
    for match in _ENGLISH_FIRM_KIND.finditer(text):
        # "firms TPG, Terra Firma and Ripplewood": a plural kind lists them
        names = _names_listed(text, match, "en") if match["several"] else [(match["name"], match.start("name"))]
        # "bank Julius Baer", "lender Sallie Mae": a kind only a firm is, before a name a person's may open
        kind = text[match.start() : match.start("name")].strip().lower()
        if _PARTY_BEFORE_RIVAL.search(text, max(0, match.start() - 16), match.start()):
            continue  # "Democratic rival Barack Obama's readiness": a politician
        firm_only = kind in _FIRM_ONLY_KINDS
        if kind in _PARTS_OF_A_FIRM and (
            match["several"] or match["name"].split()[0] in organization_table() or text.startswith(":", match.end())
        ):
            # "5.5 million units PS3s", "telecom equipment unit Nokia Services and Networks" (the parent's
            # name, which would then stand for its unit), "subsidiary Sources:": no firm read here
            continue
        for name, start in names:
            _firm_after_kind(text, name, start, taken, found, listed=len(names) > 1 or firm_only)


def _names_listed(text: str, match: re.Match, lang: str) -> list[tuple[str, int]]:
    """The name ``match`` found and the names listed after it, each with
    where it starts, up to the end of the list or of a sentence."""
    names = [(match["name"], match.start("name"))]
    at = match.end("name")
    while "." not in names[-1][0] and (following := _MORE_NAMES[lang].match(text, at)):
        names.append((following["name"], following.start("name")))
        at = following.end()
    return names


#: A kind of body described in lower case, then its name between commas, as
#: French and Spanish copy writes it: "la fédération des banques, Febelfin,",
#: "la patronal de los hoteleros, Nimbratur,".
_BODY_IN_APPOSITION = {
    lang: re.compile(
        rf"(?<![\w-])(?:{article})[ ]?(?:{kinds})(?:[ ][a-zà-ÿ'’]+){{1,4}},[ ]"
        rf"(?P<name>[{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+){{0,2}})(?=[,)])"
    )
    for lang, article, kinds in (
        (
            "fr",
            r"la|le|l['’]",
            "fédération|association|organisation|syndicat|confédération|fondation|société|entreprise|groupe",
        ),
        ("es", r"la|el", "federación|asociación|organización|sindicato|confederación|fundación|patronal|empresa"),
    )
}


def _bodies_in_apposition(text: str, lang: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A body named between commas after its kind described in lower case
    (``la fédération des banques, Febelfin,``): not a place or a person."""
    pattern = _BODY_IN_APPOSITION.get(lang)
    for match in pattern.finditer(text) if pattern else ():
        name, start = match["name"], match.start("name")
        if _overlaps(taken, start, start + len(name)) or _is_place(name) or _is_given_name(name.split()[0]):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "a body in apposition"))
        taken.append((start, start + len(name)))


def _bodies_listed_after_kind(text: str, lang: str, taken: list[tuple[int, int]], found: Found) -> None:
    """Two names or more listed after a plural kind of body, as Spanish and
    French copy lists firms, universities or parties (``los fabricantes de
    teléfonos Motorola, Alcatel, Sagem y Mitsubishi``): each is a body, even
    named as a person may be; not a place or a word of the calendar."""
    pattern = _PLURAL_KIND_LIST.get(lang)
    for match in pattern.finditer(text) if pattern else ():
        described = text[match.start() : match.start("name")].split()
        if len(described) > 1 and described[-1].lower() in function_words():
            continue  # "bancos de Navarra, Aragón y País Vasco": where they are, not their names
        names = _names_listed(text, match, lang)
        if len(names) < 2:
            continue  # "las empresas Telefónica": one name, left to the other rules
        for name, start in names:
            name = name.split(". ")[0].rstrip(".")  # "... y País Vasco. Madrid, 23 may": the sentence ends
            words = name.split()
            end = start + len(name)
            if (
                _overlaps(taken, start, end)
                or _is_place(name)
                or _is_region(name)
                or any(
                    w in calendar_words() or (w.lower() in function_words() and not w.isupper()) or _is_role(w, lang)
                    for w in words
                )  # but "MIT", no German "mit"
            ):
                continue
            found.mentions.append(Mention("organization", _listed_name(name), name, start, "listed after its kind"))
            taken.append((start, end))


#: A word in lower case after a name's possessive, of what the name owns, not
#: what it does: "Coke's shares", not "Swoozie's said".
_OWNED_AFTER = re.compile(
    r"[ ](?!(?:said|says|had|has|is|was|will|would|could|can|files?|filed|agreed|reported|announced|posted|plans|"
    r"expects)"
    r"(?![\w-]))[a-z]"
)


def _firm_after_kind(
    text: str, name: str, start: int, taken: list[tuple[int, int]], found: Found, listed: bool = False
) -> None:
    """The firm ``name`` at ``start``, after what it is, unless a person's
    name (not in a list of firms: "firms TPG, Terra Firma and Ripplewood"),
    a place or a name a role follows."""
    name = _SENTENCE_END_IN_NAME.split(name)[0].rstrip(".")  # "rival Xstrata. The deal": the sentence ends
    possessive = _POSSESSIVE_IN_NAME.search(name)
    table = organization_table()
    if (
        possessive
        and name not in table
        and name[: possessive.end()] not in table
        and (
            name[: possessive.start()] in table
            if possessive.end() < len(name)
            else _OWNED_AFTER.match(text, start + len(name))
        )
    ):
        # "rival Airbus's A320neo", "Atlanta-based Coke's shares"; not "Moody's", "retailer Swoozie's said"
        name = name[: possessive.start()]
    words = name.split()
    while len(words) > 1 and is_share_code(words[-1]):
        words = words[:-1]  # "miner Riversdale RIV.AX": the code of its shares
    name = " ".join(words)
    end = start + len(name)
    if (
        _overlaps(taken, start, end)
        or _is_place(name)
        or (
            len(words) > 1
            and words[0].lower() in first_names()
            and (not listed or name in known_people() or _FOUNDER_VERB_AFTER.match(text, end))
        )
        or any(w in calendar_words() or w.lower() in function_words() for w in words)
        or any(_is_role(word, "en") for word in words)
        or name in known_people()  # "Democratic rival Barack Obama's readiness"
        or name == "I"  # "No matter which retailer I speak to": the speaker
        or _NAME_ROLE_AFTER.match(text, end)
        or (
            len(words) == 1 and name.lower() in org_designators()
        )  # "the Paris-based Organization for ...": a longer name
    ):
        return
    found.mentions.append(Mention("organization", _listed_name(name), name, start, "after what the firm is"))
    taken.append((start, end))


#: What a person did to or does with a firm, after the person's name in a
#: clause on the firm: "the airline Richard Branson founded".
_FOUNDER_VERB_AFTER = re.compile(
    r"[ ](?:co-)?(?:founded|owns|owned|runs|ran|controls|controlled|bought|built|started|set[ ]up|heads|headed"
    r"|leads|led|created|chairs|chaired|took[ ]over)(?![\w-])"
)
#: A role after a name: "Xstrata analyst", "Bacardi chairman".
_NAME_ROLE_AFTER = re.compile(r"[ ](?:[A-Z][a-z]+[ ])?[A-Z][a-z]+[ ][A-Z]")


#: Endings of a nationality an outlet's or firm's kind may carry besides the
#: adjectives' ("la empresa española Indra", "la petrolera rusa Lukoil").
_KIND_ADJECTIVE_ENDINGS = {"es": ("ola", "olas", "usa", "usas")}


def _media_after_kind(
    text: str,
    lang: str,
    taken: list[tuple[int, int]],
    found: Found,
    patterns: dict[str, re.Pattern] = _MEDIA_AFTER_KIND,
    rule: str = "after the kind of outlet",
    given_name_alone: bool = False,
) -> None:
    """Outlets named after the kind they are (``le quotidien El Punt``, ``el
    diario "O Globo"``; in French and Spanish an adjective may come between,
    ``le quotidien français Libération``, not a verb, ``the newspaper said
    Smith``): an organisation, unless the name is a place or opens on a
    known given name. With ``patterns``, other bodies named after their kind;
    with ``given_name_alone``, a name of one word may be a given name too
    (``la empresa Indra``)."""
    pattern = patterns.get(lang)
    endings = _ADJECTIVE_ENDINGS.get(lang, ()) + _KIND_ADJECTIVE_ENDINGS.get(lang, ())
    for match in pattern.finditer(text) if pattern else ():
        name = match["name"]
        where = _PLACE_LAST.search(name)
        if where and where["place"] in country_forms():
            name = name[: where.start()]  # "el diario Clarín de Argentina": the outlet and its country
        words = name.split()
        if len(words) > 2 and _is_given_name(words[-2]) and not words[-1].isupper() and not _is_given_name(words[-1]):
            name = " ".join(words[:-2])  # "l'agence RIA Novosti Valentine Sapounov": the outlet, then who spoke to it
        channel = _CHANNEL_NUMBER.match(text, match.start("name") + len(name))
        if channel and _BROADCASTER_KIND.search(text, match.start(), match.start("name")):
            name += channel[0]  # "la chaîne France 2", "dem Sender Puls 4"
        first = name.split()[0]
        adjective = match["adjective"]
        if (
            (adjective and not adjective.endswith(endings))
            or _overlaps(taken, match.start("name"), match.start("name") + len(name))
            or _is_place(name)
            or (first.lower() in first_names() and not first.isupper() and not (given_name_alone and " " not in name))
            or (first.lower() in function_words() and len(name.split()) == 1)
        ):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, match.start("name"), rule))
        taken.append((match.start("name"), match.start("name") + len(name)))


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


_TOKEN = re.compile(r"\w+(?:[-.]\w+)*\.?")
MAX_SPAN_WORDS = 6


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


@functools.cache
def _lowercase_alias_starts() -> frozenset[str]:
    """First words of known names written with a lower-case title
    (``pape François``, ``papa Francisco``)."""
    return cached_from_wire_data("lowercase-alias-starts", _alias_starts)


def _alias_starts() -> frozenset[str]:
    return frozenset(
        alias.split()[0] for _, lexicon in _lexicons() for alias in lexicon if alias[:1].islower() and " " in alias
    )


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping runs of words that a lexicon knows, as
    (start, end, kind, written form), in order."""
    tokens = list(_TOKEN.finditer(text))
    lower_starts = _lowercase_alias_starts()
    known = _known_forms()
    found = []
    index = 0
    while index < len(tokens):
        first = tokens[index][0]
        if not (first[:1].isupper() or first[:1].isdigit() or first in lower_starts):
            index += 1
            continue
        hit = None
        for size in range(min(MAX_SPAN_WORDS, len(tokens) - index), 0, -1):
            start, end = tokens[index].start(), tokens[index + size - 1].end()
            written = " ".join(text[start:end].split())
            for candidate in (written, written.rstrip(".")):
                kind = known.get(candidate)
                stop = start + len(candidate) if candidate != written else end
                if kind == "firm stem" and not _LEGAL_TAIL.match(text, stop):
                    continue  # "Toyota Motor" is the table's "Toyota Motor Corporation" written "Toyota Motor Corp"
                if kind is not None:
                    hit = (start, stop, kind, candidate)
                    break
            if hit:
                break
        if hit:
            found.append(hit)
            while index < len(tokens) and tokens[index].start() < hit[1]:
                index += 1
        else:
            index += 1
    return found


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
#: What names a source rather than a speaker before a name: "according to", "selon", "según", "laut".
_SOURCE_CUE_BEFORE = re.compile(r"\b(?:according to|selon|según|laut)\s+(?:[\w'’-]+\s+){0,3}$")
#: The industries English copy calls "Big ..." as a whole ("Big Pharma").
_INDUSTRIES = frozenset(("pharma", "media", "energy", "insurance"))
#: English words that qualify a role but are no title before a surname alone:
#: "Executive Coordinator", "the McKinsey Executive Roundtable", "High-Tech Strategist Newsletter".
_NO_TITLES_OF_A_SURNAME = frozenset(("executive", "chief", "strategist", "analyst", "economist", "senior"))
#: English ranks that are adjectives too, ranks only capitalised: "Major Tom Hale", "major changes".
_RANKS_ALSO_ADJECTIVES = frozenset(("major", "general", "private"))
_CONJUNCTION_WORDS = frozenset(_LIST_CONJUNCTIONS.split("|"))
#: The articles a new noun phrase opens with after a conjunction: "and the", "y el", "et la", "und die".
_ARTICLE_WORDS = frozenset("the a an el la los las un una le les l' un une der die das den dem des ein eine".split())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_entities(
    text: str, lang: str, preferred_countries: tuple[str | None, ...] = (), dateline_city: str | None = None
) -> Found:
    """Every entity mention in ``text`` (one string, paragraphs joined by
    blank lines), in order of appearance; ``dateline_city`` is the town the
    story was filed from, as its dateline writes it."""
    found = Found()
    taken: list[tuple[int, int]] = []
    proposals = [
        _university_of_place(text, _arabic_body(_without_bare_code(part)))
        for read in recognise(text)
        for proposal in [_cut_after_of(text, _partners_named_with_a_comma(text, read))]
        for joined in _parted_at_legal_forms(proposal)
        for both in _parted_at_conjunctions(joined)
        for owned in _parted_at_known_names(both)
        for parted in _parted_at_possessives(text, owned)
        for sponsored in _sponsor_of_an_index(text, parted)
        for shown in _no_show_region_or_portfolio(text, sponsored)
        for part in _no_summit_or_heading(text, shown)
    ]
    firms_in_compounds = _firms_in_compounds(text) if lang == "de" else {}

    read_as_organizations = frozenset(p.text for p in proposals if p.kind == "ORG")
    sheet = team_sheet_names(
        text, NameTests(functools.partial(_could_be_player, lang, read_as_organizations), _could_be_team, _is_region)
    )
    # players of a team sheet, and of a list of results or a scorecard ("D. Cork", not the town)
    results = _results_lists(text)
    players = [(name.start, name.end) for name in sheet if name.role is Role.PLAYER] + sorted(results)
    teams = [(name.start, name.end) for name in sheet if name.role is Role.TEAM]
    spans = _spans(text)
    countries = _story_countries(lang, preferred_countries, spans)
    # worked out when a name may be a club's: most stories name none
    sports = functools.cache(functools.partial(_sports_story, text, lang, bool(sheet)))
    cities = []
    listed_acronyms: dict[str, str] = {}
    missions, mission_spans = _missions(text) if lang in ("es", "fr") else ([], [])  # "ambassade de France à Damas"
    found.mentions.extend(missions)
    channels = [(at, at + len(name)) for name, at in _channels(text)] if lang == "fr" else []
    for start, end in channels:  # "France 24", "Europe 1": a broadcaster, not the country
        found.mentions.append(Mention("organization", text[start:end], text[start:end], start, "channel by its number"))
    taken.extend(channels)
    mastheads = [(at, at + len(name)) for name, at in _mastheads(text)] if lang == "de" else []
    for start, end in mastheads:  # "sagte er dem STANDARD": the paper
        found.mentions.append(
            Mention("organization", text[start:end].title(), text[start:end], start, "paper in capitals")
        )
    taken.extend(mastheads)
    baseball = baseball_teams(text)  # "BALTIMORE 10 Seattle 5", "the Orioles": teams, not towns
    for team in baseball:
        found.mentions.append(Mention("organization", team.team, team.written, team.start, BASEBALL_RULE))
    cricket = cricket_sides(text)  # "Essex 194-0", "Kent v Glamorgan": sides, not counties
    for side in cricket:
        found.mentions.append(Mention("organization", side.team, side.written, side.start, CRICKET_RULE))
    side_spans = [(team.start, team.end) for team in (*baseball, *cricket)]
    taken.extend(side_spans)
    # countries' names the story writes after a given name, or a name after a role: a person's surname
    surnames = {
        w
        for at, end, kind, w in spans
        if kind == "country" and _surname_after_given_name(text, at, end, lang, proposals)
    }
    for start, end, kind, written in spans:
        if (kind != "person" and _overlaps(players, start, end)) or (kind == "city" and _overlaps(teams, start, end)):
            continue  # "Prada" in a line-up is a player, "(Toledo)" after one the club
        if _overlaps(channels, start, end) or _overlaps(side_spans, start, end):
            continue
        if kind == "organization":
            org = organizations()[written]
            if written in COMMON_ABBREVIATIONS and org.labels.get(lang) != written:
                continue  # "CPI": the consumer price index in English copy, the ICC in French
            if (
                lang != "en"
                and written.isupper()
                and written.lower() in function_words()
                and _in_capitals(text, start, end)
            ):
                continue  # "EN UN RADIO DE 4 KM": an article in a heading in capitals, not the UN
            district = (
                _FED_DISTRICT_BEFORE.search(text, max(0, start - 20), start) if org.name == "Federal Reserve" else None
            )
            if district:  # "Richmond Fed", "Kansas City Federal Reserve": one of its twelve banks
                name = f"Federal Reserve Bank of {district['city']}"
                found.mentions.append(
                    Mention(
                        "organization", name, text[district.start() : end], district.start(), "Federal Reserve district"
                    )
                )
                taken.append((district.start(), end))
                continue
            if _inside_longer_body(text, proposals, start, end) or _COMMITTEE_AFTER.match(text, end):
                # "Federal Reserve Bank of New York", "U.S. Senate Banking Committee": another body, read below
                continue
            if org.name == "US Treasury" and _treasury_securities(text, start, end):
                continue  # "U.S. Treasury yields": the securities
            if org.name in _INDEX_PUBLISHERS and (
                _INDEX_AFTER.match(text, end)
                or _SECTOR_INDEX_AFTER.match(text, end)
                or _CAPITALISED_WORD_AFTER.match(text, end)
                or text.startswith("/", end)  # "the Standard & Poor's/Case-Shiller composite index"
            ):
                continue  # "the Standard & Poor's 500 index", "Standard & Poor's Equity Research": another name
            if legal := _LEGAL_TAIL.match(text, end):
                written = written + legal[0]  # "JPMorgan Chase & Co": the list's firm, written with its legal form
            found.mentions.append(Mention("organization", org.name, written, start, "organisation list"))
            if country := _COUNTRY_ABBREVIATION_BEFORE.match(written):
                # "U.S. Senate": the country too, as where the recogniser reads "U.S. Congress"
                form = country[0].strip()
                found.mentions.append(Mention("place", country_forms()[form], form, start, "country name (CLDR)"))
        elif kind == "person":
            person = known_people()[written]
            before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
            given = before[0].strip() if before else ""
            if given and " " not in written and _is_given_name(given) and not person.startswith(given + " "):
                continue  # "Jason Stoltenberg": another man of that surname than Jens Stoltenberg
            found.mentions.append(Mention("person", person, written, start, "known spelling"))
        elif kind in ("listed organization", "firm stem") and _national_body_of_place(text, start, end, written, found):
            continue  # "Korea National Oil Corp": Korea's body, not Libya's
        elif kind == "listed organization":
            longer = _longer_org(text, proposals, start, end)
            if longer is not None and not longer:
                continue  # "Bloomberg News", "Senate Banking Committee": a longer name
            if (
                lang == "en"
                and _in_title_case_line(text, start)
                and not (_read_as(proposals, "ORG", start, end) or written in text[_line_end(text, start) :])
            ):
                continue  # "Investors Take a New Look at Markets": a headline's capitals, not a firm
            if " " not in written and _in_site_name(text, start, lang):
                continue  # "la bahía de Santander": the town, not the bank
            if lang == "de" and _after_indefinite_article(text, start, written):
                continue  # "ein wesentlich düstereres Bild", "keine Visa": a noun, not the paper, not the firm
            if _needs_support(written) and (
                not (
                    longer
                    or _read_as(proposals, "ORG", start, end)
                    or written in firms_in_compounds
                    or _listed_beside_body(text, proposals, start, end)
                    or (lang == "en" and _firm_read_as_surname(text, proposals, start, end))
                )
                or _DATELINE_AFTER.match(text, end)  # "Santander, 23 may (EFE)": the dateline's town
                or written == dateline_city  # "la bahía de Santander" of a story filed there: the town
                or _YEAR_IN_BRACKETS.match(text, end)  # "Casino (1995)": a film's title
            ):
                continue  # "Focus", "Charles Schwab": a word or a person's name as well; "teilte
                # Henkel mit" where the story writes "Henkel-Aktie": the firm
            if _names_an_index(text, written, end):
                continue  # "as measured by MSCI .MIWD00000PUS", "the Nasdaq 0.79 percent": an index, not the firm
            name = organization_table()[written]
            if longer:  # "Goldman Sachs Group Inc", "Procter & Gamble Co."
                written, end = written + longer, end + len(longer)
                # "Merck & Co Inc": the tables' "Merck & Co", not their "Merck" (of Darmstadt)
                name = organization_table().get(firm_name(written.rstrip("."))) or name
                if no_firm_name(name):
                    # "Quantic Group, a consultancy": a firm, not the tables' Quantic School of Business
                    name = written.rstrip(".")
            found.mentions.append(Mention("organization", name, written, start, _TABLE_RULE))
            acronym = _acronym_after(text, end)
            if acronym:
                listed_acronyms[acronym] = name
        elif kind == "firm stem":  # "Toyota Motor Corp": the table's "Toyota Motor Corporation"
            tail = _LEGAL_TAIL.match(text, end)
            name = organization_stems()[written]
            written, end = written + tail[0], tail.end()
            found.mentions.append(Mention("organization", name, written, start, _TABLE_RULE))
        elif kind == "party":
            party = _party(written, countries)
            if party is None or _longer_org(text, proposals, start, end) == "" or _in_capitals(text, start, end):
                continue  # a party of some other country; "Grupo Parlamentario del PP"; "CAN IT BE DONE?"
            if code_at(text, end):
                continue  # "oil major BP ( BP.L )": a listed company, not the Brexit Party
            if _opens_a_firm_s_name(text, written):
                continue  # "BNP's Asia revamp" of a story that writes "BNP Paribas": the bank, not a party
            if (
                (lang == "en" or party.country != countries[0])
                and _LETTERS_TWO.fullmatch(written)
                and not _party_named_in_full(spans, written, party, countries)
            ):
                # "BP said": English copy writes a party in full, and other copy another country's;
                # two letters are a firm's as often ("Cepsa y BP" of a Spanish story naming Britain)
                continue
            found.mentions.append(Mention("organization", party.name, written, start, "party table (Party Facts)"))
        elif kind == "country":
            following = re.match(rf"^\s([{_UPPER}][a-zà-ÿ]+)", text[end : end + 30])
            if following and lang != "de" and written not in ("US", "U.S.", "UK") and not _is_role(following[1], lang):
                continue  # "Jordan Smith", "Chad Miller": a person's first name
            if _inside_longer_name(text, proposals, start, end):
                continue  # "New Jersey", "Apple I", "Banque de France": part of another name
            if written in surnames:
                continue  # "el seleccionador Wanderley Luxemburgo", then "expresó Luxemburgo": a person's surname
            if written in foreign_country_forms(lang):
                continue  # "Malte Oberreiters Bilder": a French name for Malta, a given name in German copy
            code = _subdivision_country(written, preferred_countries) or country_forms()[written]
            if lang != "en" and any(_town_at_home(written, c, lang) for c in preferred_countries if c and c != code):
                # "Barcelona, Madrid, Sevilla y Granada" of an EFE story, even from Geneva: the town, not Grenada
                cities.append((start, end, written))
                continue
            if lang == "en" and us_state(written) == written and _written_as_us_state(text, start, end):
                code = "US"  # "Augusta, Georgia", "Georgia state officials": the state, not the country
            found.mentions.append(Mention("place", code, written, start, "country name (CLDR)"))
        elif kind == "club":
            club = _club(written, countries)
            if club is None or _longer_org(text, proposals, start, end) == "" or _in_capitals(text, start, end):
                continue  # a club of some other country, or of several; part of a longer name; a heading
            if " " not in written and _town_before(text, start):
                continue  # "San Antonio Spurs": a nickname after another town's name, another club
            if not sports() or _read_as(proposals, "PER", start, end):
                continue  # "the Athletic Club" of a story on a zoo: any club of that name, as the recogniser reads it
            if _DATELINE_AFTER.match(text, end):
                continue  # "Algeciras (Cádiz) (EFE).-", "Compostela, 23 may": the dateline's town
            if _TREATY_BEFORE.search(text, max(0, start - 20), start):
                continue  # "les accords d'Évian": the town a treaty was signed in
            side = _names_a_side(text, start, end, lang, proposals)
            if (
                _is_region(written) or (" " not in written and (find_city(written) or _region_word(written)))
            ) and not side:
                continue  # "Colorado", "Wimbledon", "America": the place, unless a score, brackets or an article say the side
            if " " not in written and not side and _SENTENCE_OPENS.search(text, max(0, start - 4), start):
                if not _read_as(proposals, "ORG", start, end):
                    continue  # "Como cada temporada": a word, unless read as a body's name
            found.mentions.append(Mention("organization", club.name, written, start, "club table (openfootball)"))
        else:
            club = _club(written, countries) if _names_a_side(text, start, end, lang, proposals) and sports() else None
            if club is not None and club.country not in OTHER_SPORTS_COUNTRIES:  # "Leeds 2 Newcastle 1", "al Mérida"
                suffix = _CLUB_SUFFIX.match(text, end)  # "del Mérida CP": the club's letters after its town
                written, end = (written + suffix[0], suffix.end()) if suffix else (written, end)
                found.mentions.append(Mention("organization", club.name, written, start, "club named as its city"))
                taken.append((start, end))
                continue
            if sports() and _SIDE_SCORE_AFTER.match(text, end) and not _TABLE_ROW_AFTER.match(text, end):
                continue  # "Seattle 5 Oakland 3", "Durham 326": a side of any sport before its score, not the town
            if (
                lang == "de"
                and _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 10), start)
                and not _city_state(written)
            ):
                continue  # "das Essen", "im Derby": a noun; German names a town without an article
            listed = bool(cities) and _LIST_BETWEEN.fullmatch(text, cities[-1][1], start) is not None
            opens_a_body = lang == "en" and _body_after_town(text, written, end)  # decided with the towns below
            if lang == "de" and not listed and not _german_town_in_its_place(text, start, end, proposals):
                continue  # "einige Male", "gutes Essen", "Dortmund dominierte": a noun, or a club
            if (opens_a_body or not _inside_longer_name(text, proposals, start, end)) and (
                listed or _reads_as_city(written, proposals, start, end)
            ):
                cities.append((start, end, written))  # "Danzig, Breslau und Posen": a list of cities
            continue
        taken.append((start, end))

    # a team sheet's clubs are organisations, its notes no names; its players
    # are no organisation's either, but yield to people other rules find
    # ("Oliver Reck", not "Oliver Reck Defenders")
    for name in sheet:
        if name.role is Role.PLAYER or _overlaps(taken, name.start, name.end):
            continue
        if name.role is Role.TEAM:
            club = _club(name.text, countries)
            canonical = club.name if club else name.text
            found.mentions.append(Mention("organization", canonical, name.text, name.start, "team in a team sheet"))
        elif name.role is Role.NOTE and _read_as(proposals, "ORG", name.start, name.end):
            continue  # "(Universitario)": the club, read by the model; not "(Innenband-Teilriss)"
        taken.append((name.start, name.end))
    held = len(taken)
    taken.extend(players)  # for the organisation rules below only

    for match in AGENCY_IN_TEXT.finditer(text):  # "a déclaré à l'AFP", "dijo a Efe"
        if lang != "de" and _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Agencia Efe", "Fundación Efe": a longer name (German capitalises every noun)
        if _signs_off(text, match.start(), match.end()):
            continue  # "EFE vm-c", "EFE jrr / mla", "EFE - Cantabria": the desk's sign-off
        if _DATELINE_CLOSE.match(text, match.end()):
            continue  # "Quito, 23 may (EFE)": a dateline left in the text
        if match["next"] and not any(p.kind == "PER" and p.start == match.start("next") for p in proposals):
            continue  # "Reuters Breakingviews": a longer name; not "à l'AFP Jean-Philippe Magnen"
        if not _overlaps(taken, *match.span()):
            name = agency_parts(match[0])[0]
            found.mentions.append(Mention("organization", name, match[0], match.start(), "news agency"))
            taken.append(match.span())

    taken.extend(mission_spans)
    _media_after_kind(text, lang, taken, found)
    _media_after_kind(text, lang, taken, found, _BODY_AFTER_KIND, "after the kind of body", given_name_alone=True)
    _bodies_listed_after_kind(text, lang, taken, found)
    _bodies_in_apposition(text, lang, taken, found)
    if lang == "en":
        _english_firms_after_kind(text, taken, found)
        _firms_before_analysts(text, taken, found)
        _firms_before_their_people(text, taken, found)
    # the dateline's country, else the first the story names; not the agency's home
    own = (preferred_countries[0] if preferred_countries else None) or next(
        (country_forms()[written] for *_, kind, written in spans if kind == "country"), None
    )
    for match in _ORG_CUE.finditer(text):
        first = match["name"].split()[0]
        if (
            match["name"] in organizations()
            or match["name"] in country_forms()
            or _overlaps(taken, *match.span("name"))
            or (first.lower() in first_names() and not first.isupper())  # "Auto Workers union Ken Lewenza"
        ):
            continue
        party = _party_by_word(match["name"], own) if own and match["cue"].lower() in _PARTY_CUES else None
        found.mentions.append(
            Mention(
                "organization",
                party.name if party else match["name"],
                match["name"],
                match.start("name"),
                f"after '{match['cue']}'",
            )
        )
        taken.append(match.span("name"))

    if lang in _ROLE_OF_ACRONYM:
        _acronyms_after_roles(text, lang, taken, found, countries, proposals)
    if lang == "de":
        _german_public_bodies(text, taken, found)
        _german_chambers(text, taken, found)
        _german_bodies_after_kind(text, proposals, taken, found)
        _german_compounds(text, taken, found, countries)
        for name, at in firms_in_compounds.items():
            if not _overlaps(taken, at, at + len(name)):
                found.mentions.append(
                    Mention("organization", organization_table()[name], name, at, "a firm in a compound")
                )
                taken.append((at, at + len(name)))
    if lang == "fr":
        _french_ministries(text, taken, found)
        _cantonal_councils(text, taken, found)
        _french_bodies_by_shape(text, taken, found)
    if lang in _ADJECTIVE_ENDINGS:
        _designator_and_adjective(text, lang, taken, found)
    if lang in _INSTITUTION_IN_LOWER_CASE:
        _institutions_in_lower_case(text, lang, taken, found)

    if "US" in countries:
        _us_party_members(text, taken, found)
    if lang == "en" and own:
        _parties_before_their_word(text, own, taken, found)
    _sides_of_a_match(text, taken, found, countries)
    _recognised_organizations(text, proposals, taken, found, listed_acronyms, lang, dateline_city)
    _before_shares_codes(text, taken, found)
    _acronyms_listed_with_bodies(text, taken, found, countries)
    del taken[held : held + len(players)]
    _rulers(text, taken, found)
    people_spans = _find_people(text, lang, taken, found, proposals, frozenset(start for start, _ in results))
    taken.extend(people_spans)
    _players(sheet, taken, found)
    _people_not_organizations(found)
    if lang == "en":
        _people_in_apposition(text, found)
    _no_peoples_as_organizations(found)
    _initials_written_together(text, found)
    if lang == "de":
        _german_genitives_to_names(text, found)
    _initials_to_full_names(found)
    _known_surnames_of_people_named(found)
    _surnames_of_people_named_in_full(found)
    if lang in ("es", "fr"):
        _people_named_in_part(found)
    _without_middle_initial(found)
    _drop_organs_and_instruments(text, found)
    own_country = _story_countries(None, preferred_countries, spans)[:1]
    _recognised_regions(text, proposals, taken, found, countries, own_country, sports, lang != "en")
    # the story's own country, or without one, its language's home countries
    homes = own_country or HOME_COUNTRIES_OF_LANGUAGE[lang]
    listed = [(start, end) for start, end, _ in cities]
    _towns_read_as_places(text, proposals, taken, found, homes, listed, lang, dateline_city)
    _towns_of_datelines(text, taken, found, homes[0] if homes else None)
    _towns_of_agency_datelines(text, taken, found, homes[0] if homes else None)
    if dateline_city and preferred_countries and preferred_countries[0]:
        _dateline_town(text, proposals, taken + listed, found, dateline_city, preferred_countries[0])
    cities.extend(_listed_cities_read(proposals, taken, cities, functools.partial(_in_capitals_form, text)))
    if lang == "de":
        cities.extend(_listed_cities_read(proposals, taken, cities, _genitive_form))

    named_countries = tuple(dict.fromkeys(m.key for m in found.of("place")))
    for start, end, listed in sorted(cities):
        if _overlaps(taken, start, end):
            continue
        written = " ".join(text[start:end].split())
        if lang == "en" and _town_opens_a_body(text, written, start, end, found, taken, dateline_city):
            continue
        if (
            lang in ("es", "fr")
            and written != dateline_city
            and _PLACE_NAME_GOES_ON.match(text, end)
            and not _large_town(written)
        ):
            continue  # "Villanueva de la Serena": a longer town's name than the list's, not Villanueva (Tallahassee)
        if _SAINT_FIRST.match(written) and _CHURCH_OF_BEFORE.search(text, max(0, start - 30), start):
            taken.append((start, end))
            continue  # "la románica iglesia de San Pedro", "the Church of St. Paul": the church's saint, no town
        if lang == "de" and sports() and _club_s_town_alone(text, written, start, end, found):
            taken.append((start, end))
            continue  # "Athletic Bilbao", then "Bilbao beendete eine Durststrecke": the club
        if (
            lang == "es"
            and sports()
            and _SPANISH_ARTICLE_BEFORE.search(text, max(0, start - 5), start)
            and _named_club_s_town(written, found)
        ):
            taken.append((start, end))
            continue  # "el Real Madrid", then "si al final vence el Madrid": the club; a town takes no article
        if lang == "en" and _DOCUMENT_OF_BEFORE.search(text, max(0, start - 20), start):
            taken.append((start, end))
            continue  # "the Treaty of Lisbon": the treaty's name, no place
        if lang == "en" and written != dateline_city and _BODY_OF_BEFORE.search(text, max(0, start - 40), start):
            taken.append((start, end))
            continue  # "the Consumer Analyst Group of New York conference": the body's name, no place
        if lang == "en" and us_state(written) and _STATE_OFFICE_AFTER.match(text, end):
            # "New York Attorney General Andrew Cuomo", "New York's governor", "Washington state": the state
            found.mentions.append(Mention("place", "US", written, start, f"region {written} (ISO 3166-2)"))
            taken.append((start, end))
            continue
        if _written_with_its_shares_code(text, written):
            # "France's Carrefour ( CARR.PA )", then "Carrefour's stores": a listed firm, not the town
            name = _firm_named_in_full(written, found) or _listed_name(written)
            found.mentions.append(Mention("organization", name, written, start, "a firm with its shares' code"))
            taken.append((start, end))
            continue
        firm = (
            _firm_named_in_full(written, found)
            if " " not in written and written != dateline_city and not _large_town(written)
            else None
        )
        if firm and not _written_as_place(text, written, written not in read_as_organizations):
            # "Toyota's recall" after "Toyota Motor Corp": the firm, not the town; but "on Omaha, Nebraska";
            # where the model reads the name alone as a body, "in Toyota's recent history" is the firm's too
            found.mentions.append(Mention("organization", firm, written, start, f"short for {firm}"))
            taken.append((start, end))
            continue
        if (
            written != dateline_city
            and not _large_town(written)
            and any(_FIRM_APPOSITION_AFTER.match(text, use.end()) for use in _uses(written, text))
        ):
            # "the top seat at Carrefour, the world's second-largest stores group": the firm, in every mention
            name = _listed_name(written)
            found.mentions.append(Mention("organization", name, written, start, "a firm its description follows"))
            taken.append((start, end))
            continue
        if re.search(rf"(?<![\w-]){re.escape(written)}{_BENCHMARK_AFTER}", text) or (
            lang == "en"
            and not _large_town(written)
            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
            and _priced_as_oil(text, written)
        ):
            # "Brent crude", "Brent June crude", "Dubai crude", "Brent dropped 1.2 percent to $112 a barrel": an
            # oil's price, not the town, in every mention of the story ("Brent's strength") but one after a
            # preposition of place ("Oil falls on gas deal, Gaza ceasefire", then "Hamas in Gaza")
            continue
        if (
            lang == "en"
            and written != dateline_city
            and not _large_town(written)
            and (
                _read_as(proposals, "ORG", start, end)
                or (
                    text[end : end + 2] in ("'s", "’s")
                    and any(p.kind == "ORG" and p.text == written for p in proposals)
                )
            )
            and not _state_after(text, end)
            and written in _listed_companies_first_words()
            and not _RESULT_SCORE_NEAR.search(text, max(0, start - 60), end + 60)  # "Boston beat Chicago 3-1": a side
            and not _written_as_place(text, written)
        ):
            # "Honda and Toyota each rose", then "Toyota's recall": the firm the model reads, whose name a
            # listed company's opens on (Toyota Motor Corporation), not the town
            name = _firm_named_in_full(written, found) or _listed_name(written)
            found.mentions.append(Mention("organization", name, written, start, "a firm named as a town"))
            taken.append((start, end))
            continue
        if _BRAND_AFTER.match(text, end):
            continue  # "its luxury Lincoln brand": a make, not the town
        if us_state(written) and _town_and_comma_before(text, start):
            # "Cushing, Oklahoma", "Buffalo, New York": the town's state, which stands for its country, not
            # Oklahoma City or New York City
            found.mentions.append(Mention("place", "US", written, start, f"region {written} (ISO 3166-2)"))
            taken.append((start, end))
            continue
        code = _state_named_alone(written)
        if (
            code
            and not _large_town(written)
            and (not _state_after(text, end) or _us_states_listed(text, written, end))
            and not _NAME_GOES_ON.match(text, end)
        ):
            # "Oregon", "in Delaware bankruptcy court": the state, not a town of its name (Oregon, Ohio); but
            # "Washington", "New York" alone are the great towns
            found.mentions.append(Mention("place", code, written, start, f"region {written} (ISO 3166-2)"))
            taken.append((start, end))
            continue
        state = _state_named_after(text, end)
        if state and us_state(state) and (town := city_of(written, "US", least=0)):
            # "Augusta, Georgia": a town of the United States, not Augsburg; but "Tbilisi, Georgia"
            _add_town(found, taken, "city", town, "US", written, start, end)
            continue
        province = _state_named_alone(state) if state and state not in country_forms() else None
        if province and (town := city_of(written, province, least=0)):
            # "Victoria, British Columbia": a town of Canada, not Hong Kong's Victoria
            _add_town(found, taken, "city", town, province, written, start, end)
            continue
        if province and not _large_town(state):
            # "Bremen, Maine": a town too small for GeoNames, not Bremen of Germany; its state is read; but
            # "in London, New York and Florida", "in Seoul, Washington had to": the great towns
            continue
        if _COUNTIES_AFTER.match(text, end):
            continue  # "Riverside, San Bernardino, and Ventura counties": counties, not their towns
        filed_from = (
            preferred_countries[0] if preferred_countries and fold(written) == fold(dateline_city or "") else None
        )
        if filed_from and (town := city_of(written, filed_from, least=0)):
            # "la sala Trajano de Mérida" of a story filed from Mérida: the dateline's town, as the dateline
            # placed it (Mérida of Spain, not of Mexico, twenty times as large)
            name, country = town, filed_from
        else:
            name, country = city_in(listed, preferred_countries, named_countries, home_towns=lang != "en")
        if written != dateline_city and _names_its_region(text, start, end, lang):
            # "the central state of Aguascalientes", "la provincia de Córdoba": the region its town names
            found.mentions.append(Mention("place", country, written, start, f"region {written}, {name}'s (GeoNames)"))
            taken.append((start, end))
            continue
        _add_town(found, taken, "city", name, country, written, start, end)

    _organizations_named_alone(text, found)
    things = _acronyms_of_things(text)
    if lang == "en":
        things |= _products(text, found) | _laws_named_after_people(text, found)
    # a town that is a thing's name goes with the country it stood for ("its Vista operating system")
    things_as_towns = {m.start for m in found.of("city") if m.text in things}
    found.mentions = [
        m
        for m in found.mentions
        if not _country_abbreviation_alone(m)
        and not (m.kind in ("person", "city") and m.text in things)
        and not (m.kind == "city" and _town_means_its_territory(text, m.text))
        and not (m.kind == "place" and m.start in things_as_towns)
        and not (
            m.kind == "organization"
            and (
                m.text in things
                or _peoples_adjective(m.key, m.rule)
                or _INDEX_LAST.search(m.key)
                or _NO_BODY_LAST.search(m.key)
                or _party_member(m.key)
                or (lang == "en" and m.text.rstrip("s") in COMMON_ABBREVIATIONS and m.key == m.text)  # "GMT"
                or (lang == "en" and _PLURAL_ACRONYM.fullmatch(m.text) is not None and m.key == m.text)  # "SIVs"
                or (lang == "en" and m.rule == "name recogniser" and _names_a_site(text, m))  # "the Oyu Tolgoi mine"
                or _word_in_capitals(text, m.key, lang)
                or _HOLIDAY_AFTER.match(text, m.start + len(m.text))
                or (lang == "en" and _adjective_of_a_people(text, m))
                or (lang == "en" and _named_only_as_a_brand(text, m.text))
                or (lang == "en" and m.rule == "name recogniser" and _COMMON_COMPOUND.fullmatch(m.text) is not None)
                or (lang == "en" and _town_before_its_state(text, m))
                or len(m.key.rstrip(".")) == 1  # "Partei D", "G": a letter names no body
            )
        )
    ]
    _bodies_of_two_portfolios(text, found)
    _committees_by_their_matter(text, found)
    _without_country_abbreviation(found)
    _national_body_names(found, countries)
    _parties_by_their_full_names(found, countries)
    if lang == "de":
        _german_bodies_in_the_nominative(found)
    _people_with_a_saint_s_surname(text, found)
    _people_written_as_firms(text, found)
    _one_name_per_body(found)
    _firms_by_their_names(text, found, lang)
    _firms_by_their_share_codes(text, found)
    _firms_by_their_short_names(found)
    _firms_are_no_one(found)
    found.mentions.sort(key=lambda m: (m.start, m.kind))
    return found


def _written_with_its_shares_code(text: str, name: str) -> bool:
    """Whether a story writes a name with the code of its shares after it
    somewhere, a code of its own (``Carrefour ( CARR.PA )``, a symbol of
    digits: ``Toyota ( 7203.T )``), not the code of a firm listed in that
    town (``Frankfurt ( ADBE.F )``)."""
    codes = (shares_code_after(text, use.end()) for use in _uses(name, text))
    return any(code and (code.symbol[:1] == name[:1].upper() or code.symbol.isdigit()) for code in codes)


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
#: What a firm is, in apposition after its name: "Carrefour, the world's second-largest stores group".
_FIRM_APPOSITION_AFTER = re.compile(
    r",[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){1,4}?(?:retailer|group|company|firm|bank|maker|producer|carrier|"
    r"airline|insurer|operator|chain|conglomerate|brewer|miner|lender|manufacturer)s?(?![\w-])"
    r"(?![ ](?:said|says|added|told|announced|reported))"  # not "in Salem, the Oregon company said"
)


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


#: What a state's offices and people are called after its name, where the
#: state shares it with a great town: "New York Attorney General", "New York's
#: governor", "Washington state", "a New York Democrat"; not "New York State
#: Assembly", a body.
_STATE_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:state\b|State\b(?![ ][A-Z])|Attorney[ ]General|attorney[ ]general|Governor\b|Gov\.|governor\b|"
    r"Lieutenant[ ]Governor|[Ll]egislature|Insurance[ ](?:Department|Superintendent|Commissioner)|"
    r"(?:Democrat|Republican)\b(?![ ][A-Z])|"
    # "New York Democratic Sens. Charles Schumer and Hillary Clinton", "a Washington Republican congressman"
    r"(?:Democratic|Republican)[ ](?:Sens?\.|Senators?|senators?|Reps?\.|Representatives?|[Cc]ongress(?:wo)?man|"
    r"[Ll]awmakers?|[Dd]elegation))"
)
#: A region's kind and what joins it to its name, where a town gives its
#: name to the region about it: "the state of Aguascalientes", "la provincia
#: de Córdoba", "la région de Tanger", and the plurals' first ("las provincias
#: de Ourense y Lugo", "las regiones de").
_REGION_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:state|province|prefecture|governorate|District)s?[ ]of"
    r"|(?:estado|provincia|región|departamento|regione)s?[ ]de"
    r"|(?:province|région|préfecture|département)s?[ ]d[eu]|(?:Provinz|Präfektur|Bundesstaat))[ ]$"
)
#: The regions' word in the plural, then names listed up to the one after: "las provincias de
#: Guadalajara y ", "the states of Ohio, Indiana and ", "los estados de Morelos, México, ".
_REGIONS_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:states|provinces|prefectures|governorates)[ ]of|(?:estados|provincias|regiones|departamentos)[ ]de"
    r"|(?:provinces|régions|départements)[ ]d[eu]|Provinzen|Bundesstaaten)[ ]"
    rf"[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)*(?:,[ ][{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)*)*(?:,?[ ](?:y|e|and|et|und)[ ]|,[ ])$"
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
    provincias de Ourense``), or, outside English, in brackets after another
    town GeoNames knows, as Spanish and French copy write a town's province
    (``Elche (Alicante)``, ``Bastia (Haute-Corse)``; not ``Brno (Brünn)``,
    the same town, nor ``Supreme Court (Manhattan)``)."""
    if _REGION_OF_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _REGIONS_LISTED_BEFORE.search(text, max(0, start - 120), start):
        return True  # "las provincias de Guadalajara y Cuenca": the second too
    if lang == "en" or not text.startswith(")", end):
        return False
    town = _REGION_IN_BRACKETS_BEFORE.search(text, max(0, start - 40), start)
    if town is None:
        return False
    if _is_province(text[start:end]) and not _is_place(town["town"]):
        return True  # "Casares (Málaga)": a village GeoNames does not list, and its province
    before = find_city(town["town"])
    return before is not None and before != find_city(text[start:end])


#: A document's word and "of" before a town's name that names it: "the Treaty
#: of Lisbon", "the Protocol of Kyoto".
_DOCUMENT_OF_BEFORE = re.compile(r"(?<![\w-])(?:Treaty|Protocol|Convention|Declaration)[ ]of[ ]$")
#: A body's name that ends on its town, after a word of the name and its head: "the Consumer
#: Analyst Group of New York conference", "Federal Reserve Bank of Chicago".
_BODY_OF_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]*[ ](?:Group|Bank|University|College|Club|Association|Council|Society|Chamber|"
    r"Museum|Institute|Archdiocese|Diocese|Orchestra)[ ]of[ ]$"
)
#: Where a body sits, which copy names for the body, and which is also a
#: small town's name: "lawmakers on Capitol Hill" are Congress's.
_SEATS_NAMED_AS_TOWNS = frozenset(("Capitol Hill",))
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


def _opens_a_firm_s_name(text: str, acronym: str) -> bool:
    """Whether a story writes ``acronym`` as the first word of a firm's name
    the tables know (``BNP Paribas``)."""
    return any(
        f"{acronym} {match['word']}" in organization_table()
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}[ ](?P<word>[{_UPPER}][\w&'’-]*)", text)
    )


#: A department's or ministry's name up to the first of its portfolios:
#: "Department of Housing" of "Department of Housing and Urban Development".
_PORTFOLIO_BODY = re.compile(
    r"(?:Department|Ministry|Secretary|Office|Minister|Federation|Association|Institute|Council|Commission|"
    r"Committee|Society|Board|Bureau)[ ]of[ ][A-Z][\w-]*$"
)


def _bodies_of_two_portfolios(text: str, found: Found) -> None:
    """A department or ministry of two portfolios the model reads as two
    bodies (``Department of Housing`` and ``Urban Development``) is one:
    ``Department of Housing and Urban Development``; so is a federation or a
    council of two trades (``American Federation of Television and Radio
    Artists``)."""
    bodies = sorted(found.of("organization"), key=lambda mention: mention.start)
    for first, second in zip(bodies, bodies[1:], strict=False):
        end = first.start + len(first.text)
        if (
            text[end : second.start] == " and "
            and _PORTFOLIO_BODY.search(first.text)
            and " " in second.text
            and second.key == second.text  # not "Department of Justice and Internal Revenue Service", two bodies
            and second.text.split()[-1].lower() not in org_designators()  # "Radio Artists", not "... Service"
        ):
            whole = text[first.start : second.start + len(second.text)]
            key = _body_read_whole(whole)
            found.mentions = [m for m in found.mentions if m is not first and m is not second]
            found.mentions.append(Mention("organization", key, whole, first.start, "a body of two portfolios"))


def _body_read_whole(whole: str) -> str:
    """The name of a body read whole from the model's pieces: the tables'
    name, without the country's abbreviation before it (``U.S. Department
    of ...``, ``U.S. Committee on ...``)."""
    country = _COUNTRY_ABBREVIATION_BEFORE.match(whole)
    return _folded_table_name(whole[country.end() :] if country else whole)


#: What a committee or a commission is on, after its name: "on Energy
#: Independence and Global Warming", "on Banking, Housing and Urban Affairs".
_MATTER_AFTER = re.compile(rf"[ ]on[ ][{_UPPER}][\w'’-]*(?:(?:,[ ]|[ ]and[ ]|[ ])[{_UPPER}][\w'’-]*)*")
_COMMITTEE_LAST = re.compile(r"(?:Committee|Subcommittee|Commission)$")


def _committees_by_their_matter(text: str, found: Found) -> None:
    """A committee or commission the model reads without what it is on is
    named with it (``House Select Committee on Energy Independence and
    Global Warming``, ``Senate Permanent Subcommittee on Investigations``),
    and what it is on is no body of its own; not a day or a month
    (``the European Commission on Monday``)."""
    for first in sorted(found.of("organization"), key=lambda mention: mention.start):
        end = first.start + len(first.text)
        match = _COMMITTEE_LAST.search(first.text) and _MATTER_AFTER.match(text, end)
        if not match or first not in found.mentions:
            continue
        matter = match[0]
        if "," in matter and " and " not in matter[matter.rindex(",") :]:
            matter = matter[: matter.index(",")]  # "on Investigations, Apple denied": a list of its matters only
        words = matter.split()[1:]
        kept = list(itertools.takewhile(lambda word: word.rstrip(",") not in calendar_words(), words))
        while kept and kept[-1] == "and":
            kept.pop()
        if not kept:
            continue
        whole = f"{first.text} on {' '.join(kept)}"
        stop = first.start + len(whole)
        key = _body_read_whole(whole)
        found.mentions = [
            m for m in found.mentions if m is not first and not (m.kind == "organization" and end <= m.start < stop)
        ]
        found.mentions.append(Mention("organization", key, whole, first.start, "a committee and what it is on"))


def _given_name_opens(words: list[str]) -> bool:
    """Whether the first word of a name, which may name a people too, is its
    given name: a given name and no people's adjective, before a word that
    is no given name (``Karel De Gucht``; not ``Dane Bjarne Riis``, ``German
    Juergen Stark``)."""
    return _is_given_name(words[0]) and not _is_demonym(words[0]) and not _is_given_name(words[1])


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


def _priced_as_oil(text: str, name: str) -> bool:
    """Whether a story writes a town's name somewhere as an oil's price:
    an oil's words within 80 characters and a price's within 40, not after
    a preposition of place nor before its state (``Brent dropped 1.2
    percent to $112.20``, ``the global oil benchmark Brent``)."""
    return any(
        (
            _OIL_NEAR.search(text, max(0, use.start() - 80), use.end() + 80)
            or _OIL_EXCHANGE_BEFORE.search(text, max(0, use.start() - 8), use.start())  # "London ICE Brent"
        )
        and _PRICE_NEAR.search(text, max(0, use.start() - 40), use.end() + 40)
        and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, use.start() - 8), use.start())
        and not _state_after(text, use.end())
        for use in _uses(name, text)
    )


#: What a product is, after its name: "Johnnie Walker whisky", "the Vista operating system", "Google's
#: Android phones" (not a book or a film: "John Grisham novels" are still his; a maker the tables know
#: is still the firm before its phones: "RIM tablets", "Samsung phones").
_PRODUCT_AFTER = re.compile(
    r"[ ](?:whisky|whiskey|vodka|beer|(?:mobile[ ])?operating[ ](?:system|software)|mobile[ ]platform|"
    r"(?:smart)?phones|handsets|"
    r"(?:music|media|MP3|video|DVD)[ ]players?|"  # "its Sansa music players"
    # a vehicle's model: "the Taurus and Mercury Sable sedans", "Mercury Mountaineer SUVs", "the Accord and
    # Civic models"
    r"sedans?|SUVs?|minivans?|pickups?|pickup[ ]trucks?|hatchbacks?|coupes?|crossovers?|models)(?![\w-])"
)


def _products(text: str, found: Found) -> frozenset[str]:
    """The names an English story writes before what a product is
    (``Johnnie Walker whisky``, ``Google's Android operating system``): a
    product's in every mention, no person, body nor town; not the tables'
    firm."""
    table = organization_table()
    return frozenset(
        m.text
        for m in found.mentions
        if m.text not in table
        and m.key not in table
        and (
            _PRODUCT_AFTER.match(text, m.start + len(m.text))
            # the model's reading run on into what the product is: "Mercury Mountaineer SUVs"
            or (" " in m.text and _PRODUCT_AFTER.fullmatch(m.text, m.text.rindex(" ")))
        )
    )


#: A law's word after the names of those who wrote it, with up to eight words
#: of its title between: "the Dodd-Frank Wall Street reform law", "the
#: Sarbanes-Oxley Act".
_LAW_AFTER = re.compile(r"(?:[ ][A-Za-z]+){0,8}?[ ](?:Act|act|law|legislation|bill)(?![\w-])")
#: Two surnames joined, as a law is named after its authors: "Dodd-Frank".
_JOINED_SURNAMES = re.compile(rf"[{_UPPER}][a-z]+-[{_UPPER}][a-z]+")


def _laws_named_after_people(text: str, found: Found) -> frozenset[str]:
    """The names of two people joined that an English story writes before a
    law's word (``Dodd-Frank``, ``Sarbanes-Oxley``): a law's in every
    mention, no body; not the tables' firm (``Anheuser-Busch``)."""
    table = organization_table()
    return frozenset(
        m.text
        for m in found.of("organization")
        if _JOINED_SURNAMES.fullmatch(m.text)
        and m.text not in table
        and m.key not in table
        and any(_LAW_AFTER.match(text, use.end()) for use in _uses(m.text, text))
    )


#: A make's word after a name: "the Lincoln brand".
_BRAND_AFTER = re.compile(r"[ ](?:brand|brands|marque)(?![\w-])")


#: A town whose name is the short name of the territory it is in, and the
#: territory's whole name: a story that names the territory means it by the
#: short name too ("violence in Gaza and Israel" beside "the Gaza Strip").
_TERRITORIES_OF_TOWNS = {"Gaza": "Gaza Strip"}


def _town_means_its_territory(text: str, written: str) -> bool:
    territory = _TERRITORIES_OF_TOWNS.get(written)
    return territory is not None and territory in text and f"{written} City" not in text


#: A capitalised word joined to one in small letters, as a sentence opens on a
#: common noun: "Prepared-foods lost $5 million".
_COMMON_COMPOUND = re.compile(rf"[{_UPPER}][a-z]+-[a-z]+")


def _named_only_as_a_brand(text: str, name: str) -> bool:
    """Whether every use of a name is before a make's word (``sales of
    Mercedes-Benz brand luxury cars``): a brand, not the firm."""
    if " brand" not in text and " marque" not in text:
        return False  # most stories: no name's use read again
    uses = list(_uses(name, text))
    return bool(uses) and all(_BRAND_AFTER.match(text, use.end()) for use in uses)


#: A price's words near a name: "Brent dropped 1.2 percent", "$35 a barrel to dated Brent", "the oil
#: benchmark Brent", "Brent and U.S. crude set new record highs".
_PRICE_NEAR = re.compile(r"\$|(?<![\w-])(?:percent|cents|prices?|futures|benchmark|contracts?|highs?|lows?)(?![\w-])")
#: An exchange whose contract a town names, just before it: "ICE Brent for March".
_OIL_EXCHANGE_BEFORE = re.compile(r"(?<![\w-])(?:ICE|IPE|Nymex|NYMEX|DME)[ ]$")
#: Words of an oil's price near a name: "Brent at $93.70 a barrel".
_OIL_NEAR = re.compile(r"(?<![\w-])(?:barrels?|crude|oil)(?![\w-])")
#: What follows a town's name that makes it an oil's price: "Brent crude", "Brent June
#: crude", "Dubai crude oil", "Brent futures".
_BENCHMARK_AFTER = (
    r"(?:[ ](?:January|February|March|April|May|June|July|August|September|October|November|December))?"
    r"[ ](?:crude|oil|futures|blend|benchmark)\b"
)


#: The countries whose parties a story in each language names by short name
#: without naming the country: its copy's home countries.
HOME_COUNTRIES_OF_LANGUAGE = {"de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH"), "es": ("ES",), "en": ("US", "GB")}


#: A French broadcaster named after its country or continent and its
#: channel number, after "de", "sur", "à", "par" ("journaliste de France 2",
#: "sur Europe 1"); not a score ("France 2 - Espagne 1", "France 2, Italie 0").
_CHANNEL = re.compile(
    rf"(?:\b(?:de|sur|à|par) |\bd['’])(?P<name>(?P<place>[{_UPPER}][\w'’-]+) \d{{1,2}})"
    rf"(?![\d%]|[,.:/h]\d|\s*[-–,]?\s*[{_UPPER}][\w'’-]*(?:\s[{_UPPER}][\w'’-]*)?\s\d)"
)


def _channels(text: str) -> list[tuple[str, int]]:
    """French broadcasters by their channel number (``France 24``, ``Europe 1``),
    with where each is written."""
    return [
        (match["name"], match.start("name"))
        for match in _CHANNEL.finditer(text)
        if match["place"] in country_forms() or match["place"] in world_regions()
    ]


#: A paper named in capitals, as German-language papers write their own
#: names and copy quoting them does: as the one spoken to or quoted ("sagte
#: er dem STANDARD", "gegenüber DER STANDARD:", "laut SPIEGEL") or the one
#: that held an interview or found a fact ("im STANDARD-Gespräch",
#: "nach KURIER-Infos").
_MASTHEAD = re.compile(
    r"(?:\b(?:dem|der|des|im|zum|vom|laut|gegenüber)\s(?:(?:DER|DEM|DIE|DAS)\s)?"
    r"(?P<quoted>[A-ZÄÖÜ]{4,})(?=[,.:;!?)]|\s[a-zäöü])"
    r"|(?<![\w-])(?P<held>[A-ZÄÖÜ]{4,})-(?:Gespräch|Interview|Infos|Informationen|Anfrage|Recherchen?)\b)"
)
_VOWELS = frozenset("AEIOUÄÖÜ")


def _mastheads(text: str) -> list[tuple[str, int]]:
    """German-language papers named in capitals (``STANDARD``, ``SPIEGEL``),
    with where each is written: a word of two vowels or more, as an acronym
    seldom is (``WLAN``), that names no known body, place or thing."""
    found = []
    for match in _MASTHEAD.finditer(text):
        group = "quoted" if match["quoted"] else "held"
        word = match[group]
        if sum(c in _VOWELS for c in word) < 2 or word in COMMON_ABBREVIATIONS:
            continue
        if word in organizations() or word in organization_table() or _is_place(word):
            continue
        found.append((word, match.start(group)))
    return found


def _story_countries(
    lang: str | None, preferred: tuple[str | None, ...], spans: list[tuple[int, int, str, str]]
) -> tuple[str, ...]:
    """The countries a story is about, first those of its dateline, then
    those it names, then those of the cities it names (a city of one country
    only), then its language's home countries (none for ``lang`` None): where
    its parties and clubs are."""
    named = [country_forms()[written] for _, _, kind, written in spans if kind == "country"]
    # a city of one country only: "LISBON", "Jerusalem"
    in_cities = [
        next(iter(found)) for found in (text_cities()[w] for _, _, k, w in spans if k == "city") if len(found) == 1
    ]
    homes = HOME_COUNTRIES_OF_LANGUAGE[lang] if lang else ()
    return tuple(dict.fromkeys(c for c in (*preferred, *named, *in_cities, *homes) if c))


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


#: The words "party" copy writes before a party's name: "el partido Likud".
_PARTY_CUES = frozenset(("party", "parti", "partido", "partei"))
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


#: The letters of a club's kind after its town's name: "Mérida CP", "Real Madrid CF".
_CLUB_SUFFIX = re.compile(r"[ ](?:CP|CF|FC|SD|UD|CD|AD|RC|SC|AC|SV|FK|SK|AS|US)(?![\w-])")


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
#: A side in a result: "Leeds 2 Newcastle 1", "Nantes 3-1".
_SCORE_AFTER = re.compile(r"[ \t]+\d(?:-\d)?(?![\d.,:/%])")
#: A side's score of any sport after its name, not a longer name's word: "BOSTON 6 Oakland 4",
#: "West Ham 2 Southampton" (a club of a name in the table is read only before a football score, above).
_SIDE_SCORE_AFTER = re.compile(r"[ ]\d{1,3}(?![\d.,:/-])")
#: Two figures or more after a name: a row of a table (``Amsterdam 17 12 lluvioso``,
#: ``BALTIMORE 67 58 .536``), a town's weather as much as a side's standing.
_TABLE_ROW_AFTER = re.compile(r"[ ]\d{1,3}[ ]\d")
#: Where a city's name before a score as often names a team of another sport
#: (baseball, hockey): its football club is not read from the city's name.
OTHER_SPORTS_COUNTRIES = frozenset(("US", "CA"))
#: Spanish writes a club named as its city with the article a city has not: "el Mérida", "del Albacete".
_SPANISH_CLUB_ARTICLE = re.compile(r"(?:^|\s)(?:el|del|al)\s+$", re.IGNORECASE)


#: What follows the town of a dateline: its region or agency in brackets, a date.
_DATELINE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))*(?:,\s*\d{1,2}\s|\s*\((?:EFE|AFP|AP|dpa|Reuters)\))")


#: A treaty named after the town it was signed in, before that town: "les accords d'Évian", "el Tratado de Lisboa".
_TREATY_BEFORE = re.compile(
    r"\b(?:accords?|traité|acuerdos?|tratado|treaty|agreement|Abkommens?|Vertrag|Vertrags)[ ]"
    r"(?:de[ ]|d['’]|of[ ]|von[ ])$",
    re.IGNORECASE,
)
#: A story with this many of the sport topic's words is about sport.
SPORT_WORDS = 2


def _sports_story(text: str, lang: str, team_sheet: bool) -> bool:
    """Whether a story is about sport: a team sheet, a score or a line of
    results, or the sport topic's words (where a city's name may be its club's)."""
    if team_sheet or _SCORE.search(text) or _RESULT_LINE.search(text) or _RESULTS_RUN.search(text):
        return True
    return sport_words(text, lang) >= SPORT_WORDS


#: What names a side after a club's name, in English: its country and score,
#: one of its people's roles, "the club" in apposition.
_SIDE_WORDS_AFTER = re.compile(
    r"[ ]\([A-Z][\w .-]{1,30}\)[ ]\d{1,2}(?![\d.,:/-])"
    r"|[ ](?:striker|defender|midfielder|goalkeeper|keeper|winger|full-back|centre-back|centre-half|manager|coach)s?\b"
    r"|,[ ]the[ ](?:club|side)\b"
)


#: What comes before the first word of a sentence or line.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"'“«¿¡(]?$")


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


#: Capitals right before or after a name; not an agency's credit in brackets ("(EFE). - Izquierda Unida"),
#: nor the name's acronym ("Izquierda Unida (IU)").
_CAPITALS_AROUND = re.compile(r"[A-Z][A-Z'’]+[^\w)]+$|^[^\w(]+[A-Z][A-Z'’]+\b")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words around ``start:end`` are in capitals too: a heading,
    not a short name (``HOW COULD IT BE INCREASED?``)."""
    return bool(
        _CAPITALS_AROUND.search(text, max(0, start - 20), start) or _CAPITALS_AROUND.match(text[end : end + 20])
    )


def _body_name(acronym: str, countries: tuple[str, ...]) -> str:
    """The canonical name of the party an acronym names in a story about
    ``countries`` (``SPÖ`` in Austrian copy), else the acronym itself."""
    party = _party(acronym, countries)
    return party.name if party else acronym


def _city_state(written: str) -> bool:
    """A town that is its country (``Vatikan``, ``Monaco``), which German
    names with an article like a country: ``im Vatikan``."""
    city = find_city(written)
    return city is not None and country_name(city[1], "de").startswith(written)


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


def _could_be_team(name: str) -> bool:
    """A name in a team sheet that can be a club's: a given name and a
    surname are a person's (``Tiscali (Renato Soru)``)."""
    words = name.split()
    return _could_be_sheet_name(name) and not (len(words) > 1 and _is_given_name(words[0]))


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


#: Why a name from the organisation tables was tagged.
_TABLE_RULE = "organisation table (ROR, indices, name-suggestion-index)"


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
    ``Jaime Mayor Oreja``): one person, not two."""
    people = {m.key for m in found.of("person")}
    for index, mention in enumerate(found.mentions):
        if mention.kind != "person":
            continue
        fuller = [key for key in people if key.startswith(mention.key + " ") or key.endswith(" " + mention.key)]
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


#: A day after a name: "the Labor Day holiday", "Bastille Day" (a holiday, no body).
_HOLIDAY_AFTER = re.compile(r"[ ]Day(?![\w-])")
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


#: The last word of an index's name: "KBW Bank Index", "the S&P Retail index" (a measure, no body).
_INDEX_LAST = re.compile(r"[ ](?:[Ii]ndex|[Ii]ndices|[Ii]ndexes)$")
#: Last words of what is no body: analysts' estimates (``Reuters Estimates``),
#: a survey (``Primary Mortgage Market Survey``; not ``U.S. Geological
#: Survey``, an agency), a treaty (``Kyoto Protocol``), papers (``Source: Court
#: Documents``), a code (``Reuters Code of Conduct``), a sum of money (``Swiss
#: Francs``), a newsroom's desk in a credit line (``the Asia Energy Desk``), a
#: place's name or what is named after one (``Pike Place``, a coffee blend).
_NO_BODY_LAST = re.compile(
    r"(?:[ ](?:Estimates|Treaty|Protocol|Accords?|Documents|Code[ ]of[ ](?:Conduct|Practice|Ethics)|Francs|Dollars|"
    r"Desk|Place|"
    r"Euros|Pounds|Rupees|Pesos|Kronor|Kroner)"
    r"|(?<!Geological)(?<!Ordnance)[ ]Surveys?)$"
)
#: What an American party's member is named by before the party's word:
#: the chamber they sit in, or how many they are.
_MEMBERS_BEFORE = frozenset("House Senate U.S. One Two Three Four Five Six Seven Eight Nine Ten".split())


def _party_member(name: str) -> bool:
    """Whether a name is one member of an American party, named by the state
    or chamber they sit for (``Ohio Republican``, ``House Democrat``, ``Six
    Republican``): no body; not ``Liberal Democrat``, a British party's."""
    head, _, last = name.rpartition(" ")
    return last in ("Republican", "Democrat") and (head in _MEMBERS_BEFORE or us_state(head) == head)


#: The forms that join a people's adjective to another's: "Franco-German", "Sino-Japanese".
_COMBINING_FORMS = frozenset("Afro Anglo Austro Euro Franco Greco Indo Italo Russo Sino Hispano Luso".split())


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


def _names_a_people(words: list[str]) -> bool:
    """Whether ``words`` name a people, not anyone or any body: a people's
    name (``North Koreans``) or nationality nouns alone (``Iraqi Kurds``)."""
    return _is_demonym(" ".join(words)) or all(word.isalpha() and _is_nationality_noun(word) for word in words)


#: A team's nickname after its town's name: a plural ("Stars", "Oilers"), not a surname in -ss;
#: where a score is near ("Florida Panthers – Detroit Red Wings 6:3"), not "Brent Saunders".
_TEAM_NICKNAME = re.compile(r"[A-Z][a-z]+[^s]s")
_RESULT_SCORE_NEAR = re.compile(r"\d{1,3}[:-]\d{1,3}(?![\d:])")
#: The words of a saint's name, which the lists of given names hold too: a run opening on one
#: names a saint, a place, a church or a firm ("Santa Bárbara Blindados") unless other evidence says a person.
_SAINTS = frozenset("san santa santo saint sainte sankt".split())
#: A preposition of place before a name, and a state or country after it and a comma:
#: "in Jackson Hole, Wyoming,", "at Sun Valley, Idaho."; one that ends a sentence ends with its
#: full stop ("in Birmingham, Alabama. The case", "Fresno, Calif. The"), as abbreviations do.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)[ ]$")
_STATE_AFTER = re.compile(
    rf",[ ](?P<state>[{_UPPER}][\w.]*(?:(?<!\.)[ ][{_UPPER}][\w.]*)?)(?=[,.;:)]|[ ][a-z]|$|(?<=\.)[ ][{_UPPER}])"
)


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


def _town_and_comma_before(text: str, start: int) -> re.Match[str] | None:
    """A town's name and a comma right before ``start`` (``Augusta, ``)."""
    return _TOWN_AND_COMMA_BEFORE.search(text[max(0, start - 40) : start])


#: States before a name: "U.S. states such as Georgia", "the states of Ohio and Georgia".
_STATES_BEFORE = re.compile(
    r"\bstates(?: such as| like| of| including)?[ ](?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,? (?:and )?)*$"
)
#: A name before or after a name in a list: "Florida, Georgia", "Georgia and Pennsylvania".
_NAME_IN_A_LIST_BEFORE = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?:,| and| or)[ ]$")
_NAME_IN_A_LIST_AFTER = re.compile(r"(?:,| and| or)[ ](?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)")
#: "state" after a name: "Georgia state officials", "Georgia State University".
_STATE_WORD_AFTER = re.compile(r"[ ][Ss]tate\b")
#: A town's name and a comma right before a name: "Augusta, ".
_TOWN_AND_COMMA_BEFORE = re.compile(rf"(?P<town>[{_UPPER}][\w.'’-]*(?:[ ][{_UPPER}][\w.'’-]*)?),[ ]$")


def _town_with_its_state(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a town written with its state or
    country after a comma, a preposition of place before it."""
    return bool(_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)) and _state_after(text, end)


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


#: Government bonds by the plural of their issuer's or their own name.
_SECURITIES_PLURAL = frozenset("Treasuries Bunds Gilts JGBs OATs Bonos BTPs".split())
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


def _organizations_named_alone(text: str, found: Found) -> None:
    """Each organisation the recogniser read, by its own name: without a
    possessive after it (:func:`_without_possessive`), two firms joined by
    ``and`` two (``American Axle Inc and Federal-Mogul Corp``), and a legal
    form alone (``Plc``, ``Inc's``) none."""
    kept = []
    known = organization_table()
    for mention in found.mentions:
        if mention.kind != "organization":
            kept.append(mention)
            continue
        if _POSSESSIVE.search(mention.key):
            mention = _without_possessive(text, mention, known)
        words = _POSSESSIVE.sub("", mention.key).replace(",", " ").split()
        if all(word.rstrip(".").casefold() in _LEGAL_FORMS_FOLDED for word in words):
            continue  # "Plc", "Inc's", "Co's": a legal form, what it ends is read elsewhere
        pair = _TWO_FIRMS.fullmatch(mention.text)
        if pair and mention.key == mention.text:
            for part in ("first", "second"):
                written = pair[part]
                kept.append(
                    replace(
                        mention, key=known.get(written, written), text=written, start=mention.start + pair.start(part)
                    )
                )
            continue
        kept.append(mention)
    found.mentions = kept


def _parties_by_their_full_names(found: Found, countries: tuple[str, ...]) -> None:
    """A party the recogniser or a rule read by its full name is the party
    table's party of the story's countries (``Partido Justicialista``:
    ``Justicialist Party``), as the name is where the table reads it: one
    tag, however the story writes it. Not a short name, which a story's
    context must tell (see the party rules)."""

    def party_name(mention: Mention) -> str | None:
        if mention.key != mention.text or " " not in mention.key:
            return None
        party = _party(mention.key, countries)
        return party.name if party else None

    _rename_organizations(found, party_name)


def _rename_organizations(found: Found, new_name: Callable[[Mention], str | None]) -> None:
    """Give each organisation of ``found`` the name ``new_name`` finds for
    it, if any, with that name after the reason it was found for."""
    for index, mention in enumerate(found.mentions):
        if mention.kind == "organization" and (name := new_name(mention)):
            found.mentions[index] = replace(mention, key=name, rule=f"{mention.rule}; {name}")


def _national_body_names(found: Found, countries: tuple[str, ...]) -> None:
    """A body the tables know by its country's name and its own, written by
    its own alone in a story about that country, is the table's (``the
    Securities and Exchange Commission`` of a story about the United States
    is ``United States Securities and Exchange Commission``, as ``U.S.
    Securities and Exchange Commission`` is); one word, the curated list's
    (``the Treasury``: ``US Treasury``)."""
    if not countries:
        return

    def national_name(mention: Mention) -> str | None:
        if mention.key != mention.text:
            return None
        if " " in mention.key:
            return _table_name_with_country(mention.key, countries[0]) or _listed_body_with_country(
                mention.key, countries[0]
            )
        # "the Treasury" of a story about the United States: the list's "US Treasury"
        return _listed_body_with_country(mention.key, countries[0])

    _rename_organizations(found, national_name)


#: A committee's name after a chamber's: "Senate Banking Committee", "House's
#: Energy and Commerce Committee".
_COMMITTEE_AFTER = re.compile(
    r"(?:['’]s?)?(?:[ ](?:[A-Z][\w&-]*|and|on|of|for)){1,6}?[ ](?:Committee|Subcommittee|Caucus)\b"
)
#: A country's abbreviation before a name, as an adjective: "U.S. Congress",
#: "UK Financial Services Authority".
_COUNTRY_ABBREVIATION_BEFORE = re.compile(r"(?:U\.S\.|US|U\.K\.|UK)[ ](?=[A-Z])")
#: The heads of public bodies' names, which a country's abbreviation before
#: them only places (``U.S. Senate Banking Committee``).
_PUBLIC_BODY_HEADS = frozenset(
    """congress senate house representatives treasury department ministry office bureau agency
    authority administration commission committee council board court reserve army navy guard
    survey""".split()
)


#: A capitalised word with a possessive, right after a name the model read.
_POSSESSIVE_WORD_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)['’]s?(?![\w'’])")


#: The last words of streets' names.
_STREET_WORDS = frozenset(("Street", "Avenue", "Boulevard", "Road", "Lane", "Square"))


def _name_run_on_to_possessive(text: str, proposal: Recognised) -> re.Match[str] | None:
    """The capitalised word with a possessive right after a name the model
    read, where it is the name's last word: not after the end of a
    sentence or a heading in capitals (``Plc. Alwaleed's``, ``BLANK CHEQUE
    Kenny's``), a given name (``Ray Dalio's``: someone's), nor a name of
    its own (``Sovereign Group Moody's``)."""
    after = _POSSESSIVE_WORD_AFTER.match(text, proposal.end)
    if after is None or proposal.text.endswith(".") or proposal.text.isupper():
        return None
    if " " not in proposal.text and _is_given_name(proposal.text):
        return None
    if after["word"] in organization_table() or after["word"] + "'s" in organization_table():
        return None
    return after


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


def _table_name_with_country(name: str, country: str) -> str | None:
    """The tables' name of the body ``name`` with its ``country`` written
    before it in any of its forms (``Securities and Exchange Commission`` of
    the United States: ``United States Securities and Exchange Commission``);
    None where they have none."""
    table = organization_table()
    return next((table[f"{form} {name}"] for form in _forms_of_country(country) if f"{form} {name}" in table), None)


def _listed_body_with_country(name: str, country: str) -> str | None:
    """The curated list's name of the body ``name`` with its ``country``
    written before it (``Treasury`` of the United States: ``US Treasury``);
    None where it has none. The tables' bodies of one word are left alone:
    ``Congress`` is tagged so, as copy writes it."""
    listed = organizations()
    return next(
        (listed[f"{form} {name}"].name for form in _forms_of_country(country) if f"{form} {name}" in listed), None
    )


@functools.cache
def _forms_of_country(code: str) -> tuple[str, ...]:
    """Every name a country is written by (``US``: ``U.S.``, ``United States``...)."""
    return tuple(form for form, country in country_forms().items() if country == code)


def _german_bodies_in_the_nominative(found: Found) -> None:
    """A German body named as written, in whatever case the sentence puts it
    (``des Innenministeriums``, ``der Deutschen Bank``), is named in the
    nominative (``Innenministerium``, ``Deutsche Bank``), and by the tables'
    name where they know that form: one tag for one body."""
    renamed: dict[str, str] = {}
    for mention in found.of("organization"):
        # a name as written, not one the tables or the rules gave already
        if mention.key == mention.text and (name := nominative(mention.key)) != mention.key:
            listed = organizations().get(name)
            renamed[mention.key] = listed.name if listed else _listed_name(name)
    if renamed:  # its acronym too ("IS" of "Islamischen Staat")
        _rename_organizations(found, lambda mention: renamed.get(mention.key))


def _one_name_per_body(found: Found) -> None:
    """One name for each organisation a story names several ways: a firm's
    name with its legal form is the name without it that the story gives too
    (``Barclays Plc`` and ``Barclays``), and an acronym the initials of a
    longer name the story gives (``GM`` of ``General Motors Corp``, ``SEC``
    of ``Securities and Exchange Commission``) is that name, a name of five
    capitals or more the story writes in small letters too is that name
    (``DAIMLER`` of a subhead, ``Daimler`` in sentences), a name in
    capitals the story writes in small letters too, or the curated list
    does, is the body it names so (``GOLDMAN``: ``Goldman Sachs``; ``FED``:
    ``Federal Reserve``), and a body's name
    the story gives with its country too is that country's (``Treasury`` and
    ``US Treasury``): one tag, not two pages for one body."""
    bodies = [m for m in found.mentions if m.kind == "organization"]
    keys = {m.key for m in bodies}
    renamed: dict[str, str] = {}
    folded = {key.casefold(): key for key in keys if not key.isupper()}
    # the names as the story writes them in small letters: "Goldman" of "Goldman Sachs", "Fed"
    written = {m.text.casefold(): m.key for m in bodies if not m.text.isupper()}
    for key in keys:
        bare = _without_legal_forms(key)
        if bare != key and bare in keys:
            renamed[key] = bare
        elif key.isupper() and len(key) > 4 and key.casefold() in folded:
            renamed[key] = folded[key.casefold()]  # "DAIMLER" of a subhead, "Daimler" in the story's sentences
        elif key.isupper() and len(key) > 2 and written.get(key.casefold(), key) != key:
            renamed[key] = written[key.casefold()]  # "GOLDMAN", "FED" of a subhead: "Goldman", "Fed" in sentences
        elif key.isupper() and len(key) > 2 and (listed := organizations().get(key.title())) and listed.name != key:
            renamed[key] = listed.name  # "N.Y. FED": the list's "Fed"
        national = [other for other in keys if other.endswith(" " + key) and other[: -len(key) - 1] in country_forms()]
        if len(national) == 1:  # "the Treasury" beside "US Treasury": that country's
            renamed[key] = national[0]
    acronyms = sorted(key for key in keys if key not in renamed and _ACRONYM_KEY.fullmatch(key))
    # each name's acronyms worked out once, not once for each acronym the story writes
    initials = [(m.key, _acronyms_of(m.key) | _acronyms_of(m.text)) for m in bodies] if acronyms else []
    for key in acronyms:
        longer = {renamed.get(name, name) for name, of_name in initials if name != key and key in of_name}
        if len(longer) == 1:
            renamed[key] = longer.pop()
    if renamed:
        _rename_organizations(found, lambda mention: renamed.get(mention.key))


_ACRONYM_KEY = re.compile(r"[A-Z][A-Z&]{1,5}")


#: A name of one word no one bears: capitals alone (``BP``, ``HSBC``), or
#: with ``&`` or a digit in it (``AT&T``, ``3M``).
_NO_SURNAME = re.compile(r"[&\d]|^[A-Z.]+$")


def _firms_by_their_names(text: str, found: Found, lang: str) -> None:
    """A firm the tables do not know is tagged by its name without the legal
    forms copy writes after it on first mention, and the group word before
    them: ``Barclays Plc``, ``Lehman Brothers Holdings Inc``, ``Merrill
    Lynch & Co Inc`` are ``Barclays``, ``Lehman Brothers``, ``Merrill Lynch``,
    as the stories that name them after write them, one tag for them all;
    the tables' name where they know the firm by the name left (``Goldman
    Sachs Group Inc``: ``Goldman Sachs``), as they spell it (``JP Morgan
    Chase & Co``: ``JPMorgan Chase``). A name the tables hold with its
    legal form keeps it (``Toyota Motor Corporation``), and so does a firm
    of one word the story does not name alone (:func:`_named_alone`) and
    that could be a surname (``Hess Corp``; not ``AT&T Inc``, ``BP Plc``).
    A name of two words or more, written so in the story, that a rule read
    and the tables know as another form of a body's is the tables' name (``U.S.
    Justice Department``, ``a Justice Department spokesman``: ``United
    States Department of Justice``)."""
    table = organization_table()
    people = {m.key for m in found.mentions if m.kind == "person"}

    def firms_name(mention: Mention) -> str | None:
        if mention.key in _table_names() or mention.key in _listed_names():
            return None  # a name the rules gave on purpose: the list's, or the tables'
        rest = mention.key[4:]
        if (
            mention.key.startswith("The ")
            and " " in rest  # not "The Guardian", whose "Guardian" is a chain of pharmacies
            and (rest in table or rest in _listed_names() or _written_without_article(text, rest, lang))
            and mention.key not in _party_names()  # "The Greens (Austria)": the party table's name
        ):
            # "The Wall Street Journal", "The Institute for Supply Management": the name without its article
            return table.get(rest, rest)
        owner = _owner_before_peoples_adjective(mention.key)
        if owner in table or owner in _listed_names():
            return table.get(owner, owner)  # "Staples' North American delivery service": the firm
        if mention.key in table:
            # "Justice Department": another form of the tables' body; not a word alone, which the rule
            # that read it tells better than the tables ("der STANDARD": the paper, no insurer "The Standard"),
            # nor a name a rule made that the story does not write so ("le ministère de la Défense": any
            # country's; "TEXAS" of a standings table: the Texas Rangers, no Texas Ranger Division)
            renamed = " " in mention.key and mention.key in mention.text and table[mention.key] != mention.key
            return table[mention.key] if renamed else None
        if mention.key in organization_stems():  # "Toyota Motor": the tables' "Toyota Motor Corporation"
            return organization_stems()[mention.key]
        key = _out_of_capitals(mention.key, text)
        if key != mention.key and key in people:
            key = mention.key  # "JUAN RULFO" read as a body: the man the story names, no firm of his name
        name = firm_name(key)
        if name != key and (" " in name or name in table or _NO_SURNAME.search(name) or _named_alone(text, name)):
            group = _GROUP_WORD_END.sub("", name)  # "Vodafone Group": the tables' "Vodafone"
            name = table.get(name) or organization_stems().get(name) or table.get(group) or name
        else:
            name = key
        if name not in table:
            name = _folded_table_name(name)
        return name if name != mention.key else None

    _rename_organizations(found, firms_name)


def _firms_by_their_share_codes(text: str, found: Found) -> None:
    """A firm the tables do not know by the name a story gives it, written
    with the code of its shares (``Wal-Mart Stores Inc <WMT.N>``,
    ``International Business Machines Corp <IBM.N>``), is the tables'
    company the stock indices give that symbol (``Walmart``, ``IBM``), in
    every mention of the story: one tag for the firm whatever name copy
    gives it. Only where the two names agree (:func:`_names_one_firm`): a
    symbol passes to another company in time (``WM`` was Washington
    Mutual's); and a name the tables hold is left as it is, the tag of the
    stories that give no code."""
    symbols = listed_company_symbols()
    names = _table_names()
    renamed: dict[str, str] = {}
    for mention in found.of("organization"):
        if mention.key in names or mention.key in organizations() or mention.key in renamed:
            continue
        end = mention.start + len(mention.text)
        tail = _LEGAL_TAIL.match(text, end)  # "Wal-Mart Stores <WMT.N>" read without its "Inc"
        code = shares_code_after(text, end) or (shares_code_after(text, tail.end()) if tail else None)
        if code is None:
            continue
        listed = symbols.get(code.symbol if code.in_united_states else f"{code.symbol}.{code.exchange}")
        if listed and listed != mention.key and _names_one_firm(mention.key, listed):
            renamed[mention.key] = listed
    if renamed:
        _rename_organizations(found, lambda mention: renamed.get(mention.key))


def _names_one_firm(written: str, listed: str) -> bool:
    """Whether the name a story gives a firm agrees with the tables' name of
    a listed company: word for word, folded, as far as the tables' name goes
    (``Wal-Mart Stores`` and ``Walmart``, ``Honeywell International`` and
    ``Honeywell``), or as far as the story's goes where it has two words or
    more (``Mitsubishi UFJ`` and ``Mitsubishi UFJ Financial``), or the
    tables' name is the initials of the story's (``International Business
    Machines`` and ``IBM``). Not an acronym the story writes that is the
    initials of the tables' name: a company's symbol is its initials as
    often, and passes to another (``AMR`` was American Airlines' parent's)."""
    ours, theirs = [fold_name(word) for word in written.split()], [fold_name(word) for word in listed.split()]
    if ours[: len(theirs)] == theirs or (len(ours) > 1 and theirs[: len(ours)] == ours):
        return True
    return listed.isupper() and listed in _acronyms_of(written)


#: The words that join a name's words, which names write in small letters.
_JOINING_WORDS = frozenset("of and the for de du des la le et y del für und".split())


def _out_of_capitals(name: str, text: str = "") -> str:
    """A name of two words or more that a line in capitals writes
    (``STIFEL NICOLAUS``, ``ROYAL BANK OF SCOTLAND``, a quote's attribution)
    as names are written: each word capitalised, the words that join them
    in small letters, and as they are words of three letters or fewer,
    without a vowel, with a dot, or that ``text`` writes in capitals in a
    sentence (``RBC CAPITAL MARKETS``, ``HSBC HOLDINGS``, ``GMAC LLC`` of a
    story that says ``GMAC said``: ``RBC Capital Markets``, ``HSBC
    Holdings``, ``GMAC LLC``). Other names unchanged."""
    if not name.isupper() or " " not in name:
        return name

    def abbreviation(part: str) -> bool:
        # "HSBC"; "GMAC said" in a sentence of ``text``
        return (
            len(part) <= 3
            or "." in part
            or not any(vowel in part for vowel in "AEIOUY")
            or re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])(?= [a-z])|(?<=[a-z] ){re.escape(part)}(?![\w-])", text)
            is not None
        )

    def word_of(index: int, word: str) -> str:
        if index and word.lower() in _JOINING_WORDS:
            return word.lower()
        return "-".join(part if abbreviation(part) else part[0] + part[1:].lower() for part in word.split("-"))

    return " ".join(word_of(index, word) for index, word in enumerate(name.split()))


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


#: The exchange of a share code right after a word: "Magna MGa.TO".
_EXCHANGE_AFTER = re.compile(r"\.[A-Z]{1,2}(?![\w.])")


def _owner_before_peoples_adjective(name: str) -> str:
    """The owner of a name that ends in a possessive and a people's
    adjective (``Staples' North American``, ``Office Depot's North
    American``: ``Staples``, ``Office Depot``); "" where no such adjective
    ends it (``Universal American`` is a firm's own name)."""
    words = name.split()
    for cut in (2, 1):
        owner = " ".join(words[:-cut])
        if len(words) > cut and re.search(r"['’]s?$", owner) and _is_demonym(" ".join(words[-cut:])):
            return re.sub(r"['’]s?$", "", owner)
    return ""


def _written_without_article(text: str, name: str, lang: str) -> bool:
    """Whether the article is no part of a name of two words or more that
    a story writes after ``The``: in English copy, whose capital is a style
    of some names and some writers (``The Wall Street Journal``, the ``the
    Wall Street Journal`` of others), or where the story writes the name
    without it too; not in other copy, which writes an English name whole
    (``la empresa "The Kestrel Works"``)."""
    if lang == "en":
        return " " in name
    return any(text[max(0, use.start() - 4) : use.start()] != "The " for use in _uses(name, text))


def _people_written_as_firms(text: str, found: Found) -> None:
    """A name read as a person's that the story writes somewhere with a
    legal form or the code of its shares after it is a firm's, in every
    mention (``Bear Stearns Cos BSC.N``, ``Magna MGa.TO``, ``Collins Stewart
    Plc``), and so is the tables' firm written without its hyphen
    (``Hewlett Packard``); where it opens on a capitalised word the person's rules cut off
    (``General Growth Properties Inc``), it is no one, the firm's name being
    longer."""
    firms: dict[str, str | None] = {}
    for mention in found.of("person"):
        end = mention.start + len(mention.text)
        if text.endswith(mention.key, 0, end):
            start = end - len(mention.key)  # "Bear Stearns" written whole where the mention ends
        elif mention.text.startswith(mention.key.split()[0]):
            start = mention.start
        else:
            continue  # "Stearns" alone, the surname of "Bear Stearns": the name as written in full tells
        words = text[start:end].split()
        exchange = _EXCHANGE_AFTER.match(text, end)
        hyphenated = organization_folds().get(fold_name(mention.key), "")
        if len(words) > 1 and exchange and is_share_code(words[-1] + exchange[0]):
            firm = " ".join(words[:-1])  # "Magna MGa.TO": the code's symbol read as a surname
        elif hyphenated.replace("-", " ") == mention.key != hyphenated:
            firm = hyphenated  # "Hewlett Packard": the tables' Hewlett-Packard, its hyphen left out
        elif _LEGAL_TAIL.match(text, end) or shares_code_at(text, end) or is_share_code(_word_after(text, end)):
            firm = mention.key
        else:
            continue
        cut = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
        cut = cut and cut[0].strip().lower() not in function_words()  # not "When Hewlett Packard acquired"
        firms[mention.key] = None if cut else firm
    if not firms:
        return
    kept = []
    for mention in found.mentions:
        if mention.kind == "person" and mention.key in firms:
            if firms[mention.key] is None:
                continue
            firm = firms[mention.key]
            mention = Mention(
                "organization", _listed_name(firm), mention.text, mention.start, "a firm named like a person"
            )
        kept.append(mention)
    found.mentions = kept


def _word_after(text: str, end: int) -> str:
    """The word right after ``end``, after one space."""
    match = re.match(r" (\S+)", text[end : end + 40])
    return match[1] if match else ""


def _firms_are_no_one(found: Found) -> None:
    """A name a story gives a firm is no one's in that story: ``Bear
    Stearns`` of ``Bear Stearns Cos Inc`` is not also a man whom ``ex-Bear
    Stearns manager`` or ``Stearns`` alone would make one."""
    firms = {m.key for m in found.mentions if m.kind == "organization"}
    found.mentions = [m for m in found.mentions if not (m.kind == "person" and m.key in firms)]


def _named_alone(text: str, name: str) -> bool:
    """Whether a story writes one word of a firm's name alone as well, with
    no legal form nor other name around it (``Dell Inc`` then ``Dell
    said``), and never in small letters: ``Imports Inc`` of ``Pier 1 Imports
    Inc``, ``Time Inc`` of a story that says ``time``, are no firm's names
    alone."""
    if name.lower() in text and any(_uses(name.lower(), text)):
        return False
    return any(
        not _NAME_PART_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and not _NAME_PART_AFTER.match(text, match.end())
        for match in _uses(name, text)
    )


#: A capitalised word, a number or "&" right before or after a word: the word
#: is part of a longer name ("Pier 1 Imports", "El Paso", "Time Warner").
_NAME_PART_BEFORE = re.compile(rf"(?:[{_UPPER}][\w'’.-]*|\d+|&|[{_UPPER}][\w'’.-]*[ ]and)[ ]+$")
_NAME_PART_AFTER = re.compile(rf"[ ]+(?:[{_UPPER}\d&]|and [{_UPPER}])")


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


#: A department's word as headlines abbreviate it, at the end of its name.
_DEPT = re.compile(r"(?<=[ ])Dept\.?$")


def _tables_know(name: str) -> bool:
    """Whether the tables hold a body of ``name``, as written or written
    with other spaces, dots, hyphens, capitals or accents."""
    return name in organization_table() or bool(organization_folds().get(fold_name(name)))


@functools.cache
def _party_names() -> frozenset[str]:
    """The canonical names of the party table's parties."""
    return frozenset(party.name for parties in party_table().values() for party in parties)


@functools.cache
def _listed_names() -> frozenset[str]:
    """The canonical names of the curated list of organisations."""
    return frozenset(organization.name for organization in organizations().values())


#: Words of what a firm makes, or of its group, that copy leaves out of its
#: name as often as not: "Honda Motor" and "Honda", "Blackstone Group" and
#: "Blackstone". Not "Communications": "Reliance Communications" is not
#: Reliance Industries; nor "Securities": "Sanyo Securities" is no Sanyo.
_TRADE_WORDS = frozenset(
    ("Motor", "Motors", "Electronics", "Holdings", "Group", "Systems", "Technologies", "Ratings", "Investors Service")
)
#: Those of them that name a maker, which a group's member is under its own
#: name ("Mitsubishi Motors" beside Mitsubishi Corporation).
_MAKERS_WORDS = frozenset(("Motor", "Motors", "Electronics"))


def _firms_by_their_short_names(found: Found) -> None:
    """One tag for a firm whether copy names it with a trade word or without
    (:data:`_TRADE_WORDS`): the name without it where the tables hold it
    (``Honda Motor`` is ``Honda``, ``Samsung Electronics`` ``Samsung``,
    ``Moody's Investors Service`` ``Moody's``), so
    every story's tag is the same page; but not a maker where the tables'
    firm of the shorter name is a corporation of its own (``Mitsubishi
    Motors`` is not ``Mitsubishi``, the tables' Mitsubishi Corporation)."""
    names = _table_names()
    table = organization_table()

    def tables_name(mention: Mention) -> str | None:
        words = mention.key.split()
        if len(words) == 1 and mention.key not in names and mention.key not in organizations():
            return _listed_by_first_word().get(mention.key)  # "Goldman said": Goldman Sachs
        tail = next((size for size in (2, 1) if " ".join(words[-size:]) in _TRADE_WORDS), 0)
        if not tail or len(words) <= tail:
            return None
        short = " ".join(words[:-tail])
        if short not in names:
            return None
        if words[-1] in _MAKERS_WORDS and any(
            table.get(f"{short} {form}") == short for form in ("Corporation", "Corp")
        ):
            return None  # "Mitsubishi Motors": a maker of its own, not the tables' Mitsubishi Corporation
        return short

    _rename_organizations(found, tables_name)


@functools.cache
def _listed_companies_first_words() -> frozenset[str]:
    """The words the names of the stock indices' companies open on, of names
    of two words or more (``Toyota`` of ``Toyota Motor Corporation``)."""
    return frozenset(name.split()[0] for name in listed_companies() if " " in name)


@functools.cache
def _listed_by_first_word() -> dict[str, str]:
    """The listed company whose name of two words or more opens on a word,
    by that word, where no other name of the tables does and it is no word
    any country's firms share (``Goldman``: ``Goldman Sachs``; not
    ``Toyota``, which opens Toyota Tsusho's name and Toyota Group's, nor
    ``General``, nor an acronym: ``S&P`` is the ratings agency or the
    index as often as S&P Global)."""
    opening: dict[str, set[str]] = {}
    for name in _table_names():
        words = name.split()
        if len(words) > 1:
            opening.setdefault(words[0], set()).add(name)
    return {
        word: next(iter(named))
        for word, named in opening.items()
        if len(named) == 1
        and named <= listed_companies()
        and word.casefold() not in GENERIC_WORDS
        and not _ACRONYM_OR_JOINED.search(word)
    }


#: A word in capitals or joined by "&": an acronym, which names many bodies ("S&P", "ICU").
_ACRONYM_OR_JOINED = re.compile(r"&|^[A-Z0-9.]+$")


@functools.cache
def _table_names() -> frozenset[str]:
    """The canonical names of the organisation table."""
    return frozenset(organization_table().values())


_GROUP_WORD_END = re.compile(r" (?:" + alternatives(GROUP_WORDS) + r")$")
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
_TWO_FIRMS = re.compile(
    rf"(?P<first>.+?\b(?:{_LEGAL_FORM_ALTERNATIVES})\.?),? and (?P<second>[{_UPPER}].*\b(?:{_LEGAL_FORM_ALTERNATIVES})\.?)"
)


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


def _german_genitive(word: str) -> bool:
    """Whether a word of a German run of names may be a name in the genitive
    (``Merkels``, ``Assads``): it ends in s and is no given name (``Jonas``,
    ``Andreas`` are)."""
    return word.endswith("s") and not word.isupper() and not _is_given_name(word) and len(word) > 3


#: An acronym of two capitals: "BP", "LD".
_LETTERS_TWO = re.compile(r"[A-Z]{2}")


def _party_named_in_full(spans: list[tuple[int, int, str, str]], acronym: str, party, countries) -> bool:
    """Whether the story names ``party`` by another of its names than
    ``acronym`` (``the Liberal Democrats`` before ``LD``)."""
    return any(
        kind == "party" and written != acronym and _party(written, countries) == party for *_, kind, written in spans
    )


def _is_given_name(word: str) -> bool:
    """A given name of the name list, or two joined by a hyphen
    (``Heinz-Christian``, ``Jean-Pierre``)."""
    if len(word) > 1 and word[-1].isupper() and not word.isupper():
        return False  # "BoE", "FinCEN": an abbreviation, though "Boe" is a given name
    lower = word.lower()
    given = first_names()
    return lower in given or ("-" in lower and all(part in given for part in lower.split("-")))


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


_GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


#: A letter in lower case and its full stop, an abbreviation's first, right before an initial: "a. D.".
_SMALL_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])[a-z][ ]?\.[ ]?$")


#: An English adverb opening a sentence before a name: "Previously Schaeffler was willing",
#: "Separately Jane Doe said"; long enough not to be a surname such as Daly or Healy.
_ADVERB = re.compile(r"[A-Z][a-z]{4,}ly")


#: The Arabic article a surname opens on, which copy drops when it names the person again:
#: "Nuri al-Maliki", then "Maliki"; "Bachar al-Assad", then "Assad".
_ARABIC_ARTICLE = re.compile(rf"(?:[aA][lnrstdz]|[eE][lnrstdz]|[aA]sh)-(?=[{_UPPER}])")


def _surname(words: list[str]) -> str:
    """The last word of a name with the particles before it (``Le Pen``), a
    generation's suffix left out (``Kennedy`` of ``Robert F. Kennedy Jr``)."""
    if len(words) > 2 and words[-1].rstrip(".") in _GENERATION_SUFFIXES:
        words = words[:-1]
    index = len(words) - 1
    while index > 1 and words[index - 1].lower() in PARTICLES:
        index -= 1
    return " ".join(words[index:])


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


def _back_over_space(text: str, index: int, spaces: str | None = None) -> int:
    """Where ``text[:index]`` ends once the white space (or ``spaces``) at its
    end is left out, without copying it."""
    while index and (text[index - 1] in spaces if spaces else text[index - 1].isspace()):
        index -= 1
    return index


def _uses(name: str, text: str) -> Iterator[re.Match]:
    """Each use of ``name`` in ``text`` as words of its own, not inside a
    longer or hyphenated word."""
    return re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)


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


#: The legal forms written after a firm's name: " Corp", " Group Inc", " & Co", ", S.A.".
_LEGAL_TAIL = re.compile(r"(?:,?\s+(?:&\s+)?(?:" + _LEGAL_FORM_ALTERNATIVES + r")\.?(?![\w-]))+")


def _longer_org(text: str, proposals: list[Recognised], start: int, end: int) -> str | None:
    """What a known organisation's name at ``start:end`` is followed by when
    it is part of a longer name: its legal forms (``Group Inc``, ``& Co``),
    or ``""`` when the longer name is another name (``Bloomberg News``);
    ``None`` when it stands alone."""
    tail = _LEGAL_TAIL.match(text, end)
    for proposal in proposals:
        if _SIDE_SCORE_AFTER.match(text, end, proposal.end):
            continue  # "West Ham 2 Southampton": two sides and a score, no longer name
        if (
            proposal.kind == "ORG"
            and start < proposal.start < end < proposal.end
            and text[start : proposal.start].strip() in ("The", "the")
        ):
            return ""  # "The Royal" of "The Royal Bank of Scotland": the model's name goes on past the table's
        if proposal.kind == "ORG" and proposal.start <= start and end <= proposal.end:
            if proposal.end - proposal.start == end - start:
                break  # the model reads the name the table knows: its legal form follows, if any
            before = text[proposal.start : start].strip()
            if before.lower() not in ("", "the") or (before == "The" and " " not in text[start:end]):
                return ""  # "U.S. Senate", "Royal Dutch Shell", "The Guardian": the model's longer name
            if proposal.end > end and not (tail and tail.end() >= proposal.end):
                return ""
    return tail[0] if tail else None


#: The cities of the twelve Federal Reserve banks, just before "Fed" or "Federal Reserve".
_FED_DISTRICT_BEFORE = re.compile(
    r"(?<![\w.])(?P<city>Boston|New York|Philadelphia|Cleveland|Richmond|Atlanta|Chicago|St\. Louis|Minneapolis"
    r"|Kansas City|Dallas|San Francisco)[ ]$"
)


def _in_longer_agency_name(text: str, start: int, end: int) -> bool:
    """Whether an agency's name at ``start:end`` is part of a longer name
    (``Agencia EFE``, ``Fundación EFE``) or of a desk's sign-off after a
    broken dateline (``23 may EFE).``), not the agency a story quotes."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool((before and before[0].strip().lower() not in function_words()) or _DATELINE_CLOSE.match(text, end))


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


#: What names the body another belongs to, after that body's name: "of the
#: UN", "de l'ONU", "de la OTAN", "der EU".
_OF_PARENT = re.compile(
    r"(?:of|de|del|des|du|der|von)(?:[ ]+(?:the|la|le|les|el|die|der|des|dem))?"
    r"(?:[ ]+(?:[LlDd]['’])?|[ ]*[LlDd]['’])(?P<parent>\S.*)"
)


def _of_its_parent(after: str) -> bool:
    """Whether the words after a listed body's name only say which listed
    body it belongs to (``de l'ONU`` after ``Conseil de sécurité``)."""
    match = _OF_PARENT.fullmatch(after)
    return match is not None and match["parent"] in organizations()


def _inside_longer_body(text: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether a listed organisation's name at ``start:end`` is part of a
    longer name the model surely reads as another body's: words after it
    (``Federal Reserve Bank of New York``) or a place before it (``New
    York Federal Reserve``); not its country (``U.S. Federal Reserve``), a
    place after it, an article, a possessive or a legal form."""
    for proposal in proposals:
        if proposal.kind != "ORG" or proposal.confidence < SURE or (proposal.start, proposal.end) == (start, end):
            continue
        if not (proposal.start <= start and end <= proposal.end) or _NAME_WORD_AFTER.match(text, proposal.end):
            continue  # not a name the model cuts short ("Federal Reserve Bank of New")
        before, after = text[proposal.start : start].strip(), text[end : proposal.end].strip()
        if _of_its_parent(after):
            continue  # "Conseil de sécurité de l'ONU": the body, of the one it belongs to
        if after[:1].isalpha() and not _LEGAL_TAIL.match(text, end) and not _is_place(after):
            return True  # not "Croix-Rouge Stockholm": the body, in a place
        if before and before not in country_forms() and _is_place(before):
            return True
    return False


#: Bodies a country has one of: the word alone names it (``Parlamento``,
#: ``Sénat``, ``Junta``); other designators alone name no one (``Conseil``).
_ONE_OF_A_KIND = set(
    "parliament parlement parlamento parlament senate sénat senado senat congress congrès congreso kongress "
    "bundestag bundesrat government gouvernement gobierno regierung junta cámara chambre reichstag "
    "generalitat xunta".split()
)


#: Designators of bodies that are not named after a person (a foundation, a
#: prize, a school often is: "Fondation Jean Jaurès").
_NAMED_AFTER_NO_ONE = frozenset(
    "assemblée asamblea assembly versammlung conseil consejo council rat commission comisión kommission "
    "cour tribunal court gericht ministère ministerio ministry ministerium".split()
)

_LIST_BETWEEN = re.compile(rf",\s*|\s+(?:{_LIST_CONJUNCTIONS}|e)\s+")

#: An acronym in a list: after a separator, or before one.
_ACRONYM_AFTER_SEPARATOR = re.compile(
    rf"(?:{_LIST_BETWEEN.pattern})(?P<acronym>[A-ZÄÖÜ]{{2,5}})(?![\w-]|[ ][A-ZÄÖÜ]{{2}})"
)
_ACRONYM_BEFORE_SEPARATOR = re.compile(rf"(?<![\w-])(?P<acronym>[A-ZÄÖÜ]{{2,5}})(?:{_LIST_BETWEEN.pattern})$")


def _acronyms_listed_with_bodies(
    text: str, taken: list[tuple[int, int]], found: Found, countries: tuple[str, ...]
) -> None:
    """Acronyms listed with a body's acronym are bodies too (``los
    representantes del PNV, EA y EH``), unless places or things."""
    bodies = [m for m in found.of("organization") if m.text.isupper() and 2 <= len(m.text) <= 6 and " " not in m.text]
    for mention in bodies:
        listed = []
        at = mention.start + len(mention.text)
        while (after := _ACRONYM_AFTER_SEPARATOR.match(text, at)) is not None:
            listed.append((after.start("acronym"), after["acronym"]))
            at = after.end()
        at = mention.start
        while (before := _ACRONYM_BEFORE_SEPARATOR.search(text, max(0, at - 12), at)) is not None:
            listed.append((before.start("acronym"), before["acronym"]))
            at = before.start()
        for start, acronym in listed:
            end = start + len(acronym)
            if _overlaps(taken, start, end) or not _could_be_body(acronym) or acronym in country_forms():
                continue
            if text[start - 1 : start] == ".":
                continue  # "TPG TPG.UL, while": the exchange of a share's code, no body
            found.mentions.append(
                Mention("organization", _body_name(acronym, countries), acronym, start, f"listed with {mention.text}")
            )
            taken.append((start, end))


#: A list's item, what may follow it in brackets ("Spar (30 Prozent)") and
#: the comma or conjunction before the next; the item before a name, or after it.
_LIST_ITEM = rf"(?P<name>[{_UPPER}][\w&.'’-]*(?:[ ][{_UPPER}][\w&.'’-]*){{0,3}})"
_LIST_NOTE_AND_SEPARATOR = rf"(?:[ ]\([^()\n]{{1,30}}\))?(?:,[ ]|[ ](?:{_LIST_CONJUNCTIONS}|e)[ ])"
_LIST_ITEM_BEFORE = re.compile(rf"(?<![\w-]){_LIST_ITEM}{_LIST_NOTE_AND_SEPARATOR}$")
_LIST_ITEM_AFTER = re.compile(rf"{_LIST_NOTE_AND_SEPARATOR}{_LIST_ITEM}")


#: A year in brackets right after a title: "Casino (1995)", "Indigo (2012)".
_YEAR_IN_BRACKETS = re.compile(r"[ ]\((?:1[89]|20)\d\d\)")


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


def _role_after(text: str, end: int, lang: str) -> bool:
    """Whether a role word follows a name in apposition: ``David Jones,
    Global CEO of Havas``."""
    after = _ROLE_AFTER.match(text[end : end + 60])
    return bool(after and _is_role(after[1], lang))


def _is_title_word(word: str, lang: str) -> bool:
    """A title or role word."""
    return word in TITLE_WORDS or _is_role(word, lang)


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


#: How German nouns that describe a person end: "Deutsche", "Komiker", "Klubobmann", "Kommissarin",
#: "Islamwissenschafters", "Präsident".
_GERMAN_PERSON_NOUN_ENDING = re.compile(r"(?:e|er|ern|en|in|innen|mann|s|ent|ist|eur|or)$")


def _german_person_after_noun(words: list[str]) -> bool:
    """Whether a German name the model reads as a body is a noun, then a
    given name and a surname (``Klubobmann Reinhold Lopatka``, ``Deutsche
    Eric Frenzel``, ``Komiker Jimmy Morales``): a person, described; not a
    body named after one (``Hotel Maria Theresia``, ``Stiftung Hans
    Müller``)."""
    return (
        len(words) == 3
        and bool(_GERMAN_PERSON_NOUN_ENDING.search(words[0]))  # not "New Beverly Cinema"
        and not _is_given_name(words[0])
        and _is_given_name(words[1])
        and words[0].lower() not in org_designators()
        and words[0] not in _NOT_PERSON_HEADS
        and not any(word.lower() in org_designators() or word in _NOT_PERSON_HEADS for word in words[1:])
        and not words[2].isupper()
        and not any(find_city(part) for part in (words[0], " ".join(words[:2])))  # "Los Angeles Kings"
        and " ".join(words) not in organization_table()  # "Global Forest Watch"
    )


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


def _german_name_words(words: list[str]) -> tuple[int, int]:
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
    return first, last


#: A Spanish adverb in -mente, which opens a sentence before a comma: no surname
#: ("Clemente" is, and shorter).
_SPANISH_ADVERB = re.compile(r"\w{5,}mente")
#: Kin and age before or after a name in German copy: "Sohn Stephan", "Ehefrau Margit", "Johann
#: Strauß Sohn", "der 34-Jährige Frodeno".
_GERMAN_KIN = frozenset(
    "sohn tochter gattin gatte ehefrau ehemann witwe witwer bruder schwester jährige jähriger jährigen".split()
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
_MARKET_ROLE_AFTER = re.compile(
    rf"[ ](?:auto[ ]|retail[ ]|equity[ ]|bank[ ])?(?:analyst|economist|strategist)[ ][{_UPPER}]"
)


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


def _firm_read_as_surname(text: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether one word of the organisation table that the model reads as a
    person's surname is the firm, as the story names no one by it: no
    capitalised word but an article before it anywhere (a given name, a
    title, an initial: ``Shigeru Takano``), no longer name of a person with
    it in any case (``ATSUSHI MIZUNO``), no town of its name (``Berkeley,
    Calif.``), the word never written in small letters (``shoppers``), nor
    after a quotation mark or before a colon (``'Okay, we're``). So
    ``Chrysler said``, ``Caterpillar said``; not ``Tim Cook's hearing...
    Cook said``. Read in English copy alone: in French and German copy the
    table's firms named after their founders (``Fischer``, ``Hofer``) are
    surnames more often than not."""
    written = text[start:end]
    if " " in written or written.isupper() or not _read_as(proposals, "PER", start, end):
        return False
    if written.lower() in text and re.search(rf"(?<![\w'’-]){re.escape(written.lower())}(?![\w'’-])", text):
        return False  # a word as well: "shoppers", "target"
    folded = written.casefold()
    for match in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text, re.IGNORECASE):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before and before[1][0].isupper() and before[1].casefold() not in function_words():
            return False  # "Walter Chrysler", "Mr. Cook", "T. Cook", "Le Figaro"
        if _QUOTE_OR_COLON.match(text, match.end()) or text[max(0, match.start() - 1) : match.start()] in _QUOTES:
            return False
        if find_city(written) and _PLACE_COMMA.match(text, match.end()):
            return False  # "Deerfield, Illinois-based"
    return not any(
        (p.kind == "LOC" and p.text == written)  # a town of its name: "Berkeley"
        or (p.kind == "PER" and " " in p.text and folded in _POSSESSIVE.sub("", p.text).casefold().split())
        for p in proposals
    )


_QUOTES = frozenset("'\"‘“«")
_QUOTE_OR_COLON = re.compile(r":")
_PLACE_COMMA = re.compile(r",[ ]+[A-Z]")


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


#: Lower-case words inside organisations' names: "Hochschule für Technik Rapperswil".
_INSIDE_NAMES = frozenset(
    "für zur zum über gegen im am vom beim bei mit unter nach aus sans pour contra sin lo".split()
)


def _after_description(words: list[str]) -> int:
    """How many words of a run describe the name after them: a lower-case
    word right before a capitalised one (``French bank Societe Generale``),
    not a function word inside a name (``Bank of America``); or where the
    name is (``UK-based London Mining Plc``)."""
    return max(
        (
            index + 1
            for index, word in enumerate(words[:-1])
            if (
                (
                    word[:1].islower()
                    and word.lower() not in function_words()
                    and word.lower() not in PARTICLES
                    and word.lower() not in _INSIDE_NAMES
                )
                or (_FIRM_DESCRIBED.search(word) and not word.startswith("State-"))  # not SASAC's "State-owned"
                # "Sri Lankan-born Galleon Group founder"; but "the Danish-born Fisker" is a person
                or (word.endswith("-born") and any(w.lower() in org_designators() for w in words[index + 1 :]))
            )
            and words[index + 1][:1].isupper()
        ),
        default=0,
    )


#: What joins a role to the body it is held in: "PDG de HP France", "CEO of Kestrel".
_ROLE_OF = frozenset("de du des d' d’ of del".split())


def _after_role_of(words: list[str], lang: str) -> int:
    """How many words of a run are a role and what joins it to the body
    after it (``PDG de HP France``, ``CEO of Kestrel Corp``): the body is
    the name."""
    if len(words) > 2 and _is_role(words[0], lang) and words[1].lower() in _ROLE_OF and words[2][:1].isupper():
        return 2
    return 0


def _capitals_name(text: str, name: str, words: list[str], start: int) -> bool:
    """Whether words in capitals (a headline's ``FERIA ALFARERIA``, a poll's
    ``DEUTSCHE BANK SECURITIES``) name an organisation: one of them is a
    designator or legal form, the story writes them in lower case too, or
    they are short words, as acronyms are, in running text (``Selon la chaîne
    BFM TV, ...``), not in a line of capitals nor spaced letters (``F G``)."""
    return (
        (
            any(word.lower().rstrip(".") in org_designators() for word in words)
            and not any(
                word.lower().rstrip(".") in org_designators() and after.lower() in first_names()
                for word, after in itertools.pairwise(words)
            )
        )
        or any(not match[0].isupper() for match in re.finditer(re.escape(name), text, re.IGNORECASE))
        or (all(2 <= len(word) <= 4 for word in words) and _in_running_text(text, start, start + len(name)))
    )


#: How long one word in capitals outside running text is to be a heading's
#: word rather than an acronym ("ECOTASA", "INFRAESTRUCTURAS"; not "UNMIK").
_LONG_WORD_IN_CAPITALS = 7
#: A word with a lower-case letter.
_LOWER_WORD = re.compile(r"\b\w*[a-zß-ÿ]\w*\b")


#: A slash and an acronym right after an acronym: one name, cut ("PSE" of "PSE/EE"); but "MSN/Yahoo".
_SLASH_AND_CAPITALS = re.compile(rf"/[{_UPPER}]{{1,3}}(?![\w])")


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


def _heading_word_in_capitals(text: str, word: str, start: int) -> bool:
    """Whether one long word in capitals, with no lower-case word before it
    on its line, is a heading's or a table's word (``BALEARES - ECOTASA.``,
    ``LIGA NACIONAL DE 1A DIVISION``), not an acronym in a sentence
    (``UNO-Truppe MINUSMA``) nor a name a table knows (``IBERDROLA``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        word.isupper()
        and (
            (len(word) >= _LONG_WORD_IN_CAPITALS and not _LOWER_WORD.search(text, max(line_start, start - 40), start))
            # "SERBIA - APATIA - Belgrado": a digest item's topic after its place
            or (len(word) >= 5 and _HEADING_PART_BEFORE.search(text, max(line_start, start - 40), start) is not None)
        )
        and word.title() not in _known_forms()
    )


#: A heading's first part in capitals and its dash, as a digest of items
#: run into one paragraph writes them: "SERBIA - APATIA - Belgrado - La población".
_HEADING_PART_BEFORE = re.compile(rf"(?<![\w'’-])[{_UPPER}]{{2,}}(?:[ ][{_UPPER}]{{2,}})*[ ]-[ ]+$")


def _in_running_text(text: str, start: int, end: int) -> bool:
    """Whether words in lower case stand on both sides of ``start:end`` on
    its line: a name in a sentence, not in a heading of capitals."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _LOWER_WORD.findall(text, max(line_start, start - 40), start)
    after = _LOWER_WORD.findall(text, end, min(line_end, end + 40))
    return bool(before) and bool(after)


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


def _club_s_town_alone(text: str, written: str, start: int, end: int, found: Found) -> bool:
    """Whether a town German sports copy names alone is the club it has named
    with the town (``Athletic Bilbao`` ... ``Bilbao beendete``, ``Bayern
    München`` ... ``München hat acht Runden vor Ende``): the town, not after a
    preposition of place nor in a dateline (``am Samstag in München``)."""
    return _named_club_s_town(written, found) and not _german_place_said(text, start, end)


def _named_club_s_town(written: str, found: Found) -> bool:
    """Whether the story named a body with the town ``written`` in its name
    (``Athletic Bilbao``, ``Real Madrid``)."""
    town = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])")
    return any(m.kind == "organization" and m.text != written and town.search(m.text) for m in found.mentions)


#: A Spanish article right before a name: a side, which towns never take ("vence el Madrid").
_SPANISH_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:el|al|del)[ ]$")


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


def _countries_or_peoples_joined(name: str) -> bool:
    """Countries or peoples joined by a hyphen, what two sides share
    (``Israeli-Syrian talks``, ``US-Chinese summit``, ``Israel-Jordan``):
    no organisation; but a side may be a body (``Israel-PLO``)."""
    parts = name.split("-")
    return len(parts) > 1 and all(
        part in country_forms()
        or part in former_countries()
        or part in _IRREGULAR_DEMONYMS  # "the Belgian-Dutch bank"
        or (part in _COMBINING_FORMS and index < len(parts) - 1)  # "Anglo-Swiss", "Sino-Japanese"
        or (part.isalpha() and _is_demonym(part))
        for index, part in enumerate(parts)
    )


def _town_not_side(text: str, name: str, start: int, proposals: list[Recognised]) -> bool:
    """Whether one word the model reads as an organisation in Spanish copy is
    a town's name, and no firm's or body's of the tables, nor a side (a
    score after it, an article no town takes before it: ``el Getafe``):
    ``los hospitales de Getafe``. English and German name a side by its town
    with no article (``Sunderland won``)."""
    city = find_city(name)
    return (
        city is not None
        and city[0] == name
        and name not in organization_table()
        and name not in organizations()
        and not _names_a_side(text, start, start + len(name), "es", proposals)
    )


def _names_a_body(word: str) -> bool:
    """Whether a word is the name of a known club, firm or other body
    (``Bayern``, ``Santander``), as a region's may be."""
    return word in organization_table() or word in club_table() or word in organizations()


def _names_a_subregion(name: str) -> bool:
    """A region of several words at any level of ISO 3166-2, down to a
    department, county or district (``Corse-du-Sud``, ``Alpes-Maritimes``):
    a place, not a body, when the model reads it as one."""
    return (" " in name or "-" in name) and _is_region(name)


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word``, capitalised, is written in lower case elsewhere in
    ``text``: a common word (``le Musée``, ``la Force``), not a name."""
    lower = word.lower()
    return not word.isupper() and lower != word and re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


def _not_a_name_alone(word: str) -> bool:
    """A given name, a designator that names no one body (``Conseil``,
    ``Agencia``, ``Fundación``), a common abbreviation or a compound of one
    (``SMIC``, ``WLAN-Variante``), or a word capitalised for what it stands
    for (``l'Etat``, ``la République``)."""
    lower = word.lower()
    return (
        (lower in first_names() and not (word.isupper() and len(word) > 1))  # "ETA" is an acronym
        or (lower in org_designators() and lower not in _ONE_OF_A_KIND and lower not in _PAPER_ALONE)
        or word.rstrip("s") in COMMON_ABBREVIATIONS  # "SMIC", "LBOs": a thing, not a body
        or (_ABBREVIATION_COMPOUND.fullmatch(word) is not None and word.split("-")[0] in COMMON_ABBREVIATIONS)
        or lower in _NO_BODY_ALONE
    )


#: A German compound of an abbreviation and a noun: "WLAN-Variante", "LTE-Netz".
_ABBREVIATION_COMPOUND = re.compile(r"[A-Z0-9&]+-[A-ZÄÖÜ][a-zäöüß]+")


#: Designators a newspaper is called by alone, as readers call it: "du
#: Times", "the Post", "die Tribune".
_PAPER_ALONE = frozenset("times post herald tribune gazette".split())
#: The organs every firm or body has, which name none alone: "el Comité
#: Ejecutivo" (of which body the story says), "der Aufsichtsrat".
_ORGANS_OF_EVERY_BODY = frozenset(
    fold(organ)
    for organ in (
        "Consejo de Administración",
        "Junta de Accionistas",
        "Junta General de Accionistas",
        "Junta Directiva",
        "Comité Ejecutivo",
        "Comisión Ejecutiva",
        "Consejo Directivo",
        "Consejo Ejecutivo",
        "Comité de Dirección",
        "Asamblea General",
        "Conseil d'administration",
        "Conseil de surveillance",
        "Comité exécutif",
        "Comité de direction",
        "Assemblée générale",
        "Board of Directors",
        "Executive Committee",
        "Executive Board",
        "Supervisory Board",
        "Aufsichtsrat",
        "Verwaltungsrat",
        "Hauptversammlung",
        "Exekutivkomitee",
    )
)
#: What a law, a treaty or a security is called, opening its name: "Ley de
#: Enjuiciamiento Civil", "Letras del Tesoro", "Loi de finances".
_INSTRUMENT = re.compile(
    r"(?:Ley|Leyes|Letras|Bonos|Código|Reglamento|Decreto|Tratado|Directiva|Loi|Code|Traité|Décret|Gesetz|Vertrag"
    r"|Act|Treaty|Bill|Bonds|Notes)[ ]"
)
#: What an English law's or treaty's name ends with: "Dodd-Frank Act".
_INSTRUMENT_LAST = re.compile(r".+[ ](?:Act|Treaty|Bill)")
#: A name in brackets after a law's or security's name: its acronym.
_INSTRUMENT_ACRONYM = re.compile(
    rf"(?:{_INSTRUMENT.pattern}[^()\n]{{0,80}}?|(?<![\w-])(?:Act|Treaty|Bill))[ ]\((?P<acronym>[{_UPPER}]{{2,8}})\)"
)


def _drop_organs_and_instruments(text: str, found: Found) -> None:
    """Leave out of ``found`` the organisations that are an organ every body
    has, named alone (``el Comité Ejecutivo``, ``le conseil
    d'administration``), or a law, treaty or security, by its name or the
    acronym the story gives it (``Ley de Enjuiciamiento Civil (LEC)``,
    ``Letras del Tesoro (LETES)``)."""
    things = _instruments_abbreviated(text)
    found.mentions = [
        m
        for m in found.mentions
        if m.kind != "organization"
        or not (
            fold(m.key) in _ORGANS_OF_EVERY_BODY
            or m.text in things
            or _INSTRUMENT.match(m.key)
            or _INSTRUMENT_LAST.fullmatch(m.key)
        )
    ]


def _instruments_abbreviated(text: str) -> frozenset[str]:
    """The acronyms a story gives laws, treaties and securities in brackets
    after their names (``Ley de Enjuiciamiento Civil (LEC)``, ``Troubled
    Asset Relief Act (TARA)``)."""
    return frozenset(match["acronym"] for match in _INSTRUMENT_ACRONYM.finditer(text))


#: Words capitalised for what they stand for, that name no body alone: "l'Etat", "la République", "l'Univers".
_NO_BODY_ALONE = frozenset(
    "état etat république república republik univers universo universum estado staat "
    # "22 de Secundaria", "el esprinter del Giro": a school's level, a stage race
    "primaria secundaria bachillerato primaire secondaire giro vuelta".split()
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


def _industry_as_a_whole(words: list[str], lang: str) -> bool:
    """``Big Pharma``, ``Big Media``: an industry as a whole, no body of its
    own (but ``the Big Board`` is the New York Stock Exchange)."""
    return lang == "en" and len(words) == 2 and words[0] == "Big" and words[1].lower() in _INDUSTRIES


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


_LIST_WORD = re.compile(rf"\s(?:{_LIST_CONJUNCTIONS})\s|,")
#: A number after an abbreviation's point: "No. 10", "Nr. 5", "Núm. 3".
_NUMBER_AFTER_POINT = re.compile(r"\.\s?\d")
#: A town's region or country and "-based" or a description after it: "Topeka, Kansas-based
#: company", "The Secaucus, New Jersey company".
_REGION_BASED = re.compile(rf",[ ](?P<region>[{_UPPER}][\w.]*(?:[ ][{_UPPER}][\w.]*)?)(?:-based\b|[ ][a-z]{{3,}})")


def _place_before_based(text: str, name: str, end: int) -> bool:
    """Whether ``name``, ending at ``end``, is a town with its region and
    "-based" or a description after it ("Topeka, Kansas-based", "The
    Secaucus, New Jersey company"); not a firm's or a body's name ("Kestrel
    Corp, London-based maker"), nor an acronym ("GM, Ohio and Michigan")."""
    match = _REGION_BASED.match(text, end)
    if match is None or not (_is_region(match["region"]) or match["region"] in country_forms()) or name.isupper():
        return False
    return not _has_body_word(name.split())


def _has_body_word(words: list[str]) -> bool:
    """Whether a designator or a legal form is among ``words``: a body's or a
    firm's name (``Kestrel Corp``, ``Bank of ...``), no place's or person's."""
    return any(word.lower() in org_designators() or word.rstrip(".") in _LEGAL_FORM_WORDS for word in words)


#: A credit rating: "AAA", "BBB+", "BBB-plus", "Baa3".
_CREDIT_RATING = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|Aaa|Aa|Baa|Ba|Caa)(?:[+-]|-plus|-minus|[123])?")
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
    "Día Semana Impuesto Impôt Virus Oferta".split()
)
_EVENT_LAST = frozenset(
    "Games Championship Championships Cup Fair Festival Summit Tournament Declaration Day "
    "Stadium Cathedral Bridge Act Treaty Open Slam Chelem Champions champions Campeones campeones Tax Virus Show".split()
)
#: An edition of what follows: an event ("l'édition 2012-2013 du Vendée Globe").
_EDITION_BEFORE = re.compile(
    r"(?:[ée]dition|edición|edizione|Ausgabe)(?:[ ][\d/-]+)?[ ](?:du|de[ ]la|de[ ]l['’]|des|del|de|of[ ]the|of|der)[ ]$",
    re.IGNORECASE,
)


_GOVERNMENT_BEFORE = re.compile(r"(?:gouvernement|gobierno|governo|Regierung|cabinet|gabinete)[ ]$")
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
_GOVERNMENT_AFTER = re.compile(r"[ ](?:administration|government|cabinet)\b")


def _heads_government(text: str, start: int, end: int) -> bool:
    """Whether the one name at ``start:end`` is the head a government is
    named after: "le gouvernement Ayrault", "the Obama administration"."""
    return bool(_GOVERNMENT_BEFORE.search(text, max(0, start - 14), start) or _GOVERNMENT_AFTER.match(text, end))


def _role_before_name(words: list[str], lang: str) -> bool:
    """Whether a role stands before a capitalised name among ``words``
    (``Competition Commissioner Neelie Kroes``): a person and a role, not a
    body (``Burger King``, ``Consejo General del Poder Judicial``). French and
    Spanish write a role in lower case: capitalised, it opens a body's name
    (``la Defensa Civil``) unless a given name or a full name follows it."""
    return any(
        _is_role(word, lang)
        and following[:1].isupper()
        and following.lower() not in org_designators()
        and following.lower() not in function_words()
        and (lang not in ("es", "fr") or word[:1].islower() or _is_given_name(following) or len(words) - index > 2)
        for index, (word, following) in enumerate(zip(words, words[1:], strict=False))
    )


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
#: A championship German names by its sport: "Fußball-WM", "Handball-EM".
_CHAMPIONSHIP_PARTS = frozenset("WM EM Weltmeisterschaft Europameisterschaft Meisterschaft Bundesliga".split())
#: A meeting of a body named after it ("Congreso de CCOO", "congrès du PS").
_CONGRESS_WORDS = frozenset("Congreso Congrès Kongress Parteitag".split())
_OF_WORDS = frozenset("de del du des der".split())
#: What a shareholders' meeting is called after "Junta General".
_GENERAL_MEETING_KINDS = frozenset(("Ordinaria", "Extraordinaria", "de"))


def _names_event(words: list[str]) -> bool:
    """Whether capitalised ``words`` name an event, a meeting, a document or
    a building by their head noun (an ordinal or "Real" may come first: "VI
    Feria", "Cuarta Reunión", "Real Monasterio de Guadalupe"), not a body."""
    parts = words[-1].split("-")
    if parts[-1] in _CHAMPIONSHIP_PARTS or parts[0] in _CHAMPIONSHIP_PARTS:
        return True  # "Fußball-WM", "deutschen Bundesliga", "Bundesliga-Duelle", "WM-Qualifikation"
    if len(words) < 2:
        return False
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


#: The last word of a mountain range, sea, lake, valley or island's name, and
#: the first in French and Spanish: "Tiroler Alpen", "Rocky Mountains", "Río Ebro".
_LANDFORM_LAST = frozenset(
    "Alps Alpen Alpes Alpi Mountains Gebirge Berge Montagnes Montañas Hills Range "
    "River Fluss Rivière Sea Meer Ocean Ozean Océan Océano Lake See Valley Tal Vallée "
    "Island Islands Insel Inseln Bay Bucht Desert Wüste Peninsula Halbinsel Glacier Gletscher".split()
)
_LANDFORM_FIRST = frozenset(
    "Río Rio Lac Lago Sierra Cordillera Isla Islas Île Îles Mar Golfo Golfe Bahía Baie Península "
    "Péninsule Desierto Désert Glaciar Costa Región Mount Cerro Volcán Valle".split()
)


#: A fund a firm manages, named with its lower-case kind after: a product, not a body.
_FUND_AFTER = re.compile(r"[ ](?:fund|funds|fonds|fondo|fondos)(?![\w-])")


@functools.cache
def _subject_names() -> frozenset[str]:
    """The subjects of news in four languages, as the IPTC Media Topics name
    them, each part of a label apart (``athletics``, ``track and field``,
    ``football``, ``soccer``): a name that is one of them is a subject."""
    parts = set()
    for topic in mediatopics().values():
        for label in topic["labels"].values():
            parts.update(p.strip().casefold() for p in re.split(r"[,()]| and | et | y | und ", label) if p.strip())
    return frozenset(parts)


#: Quotation marks around a title: « », " ", “ ”, „ “, ‹ ›, ' '.
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "„": "“", "‹": "›", "‘": "’"}


def _fills_quotation(text: str, start: int, end: int) -> bool:
    """Whether a name is all a quotation holds, after the kind of thing it
    names or a verb (``la vidéo « Collateral Murder »``, ``Baptisé « Quantal
    Quetzal »``, ``la imaginaria "Ciudad de los Césares"``): the title of a
    work, a product or an operation, not an organisation's name. After an
    article alone, the quotation is the name of a newspaper, as the press
    quotes them (``du « Bund »``, ``la « Vossische Zeitung »``)."""
    before = text[max(0, start - 2) : start].rstrip("\u00a0\u202f ")
    after = text[end : end + 2].lstrip("\u00a0\u202f ")
    if not (before and after and _QUOTE_PAIRS.get(before[-1]) == after[0]):
        return False
    opening = start - (len(text[max(0, start - 2) : start]) - len(before)) - 1
    return _ARTICLE_BEFORE_QUOTE.search(text, max(0, opening - 8), opening) is None


#: An article (or a preposition and article) just before an opening quote.
_ARTICLE_BEFORE_QUOTE = re.compile(
    r"(?<![\w-])(?:le|la|les|l['’]|du|des|au|aux|the|der|die|das|dem|den|el|los|las|del|al)[\u00a0\u202f ]*$",
    re.IGNORECASE,
)


#: The first word of a field of knowledge, teaching or public policy in
#: Spanish (``Educación Ambiental``, ``Derecho Deportivo``, ``Salud Mental``,
#: ``Obras Públicas``): written capitalised, a subject, a course or a
#: ministry's remit, which CoNLL-2002's EFE copy labels no organisation
#: when it stands alone. Not ``Acción`` (``Acción Católica``, ``Acción
#: Popular``) nor ``Protección`` (``Protección Civil``): bodies.
_FIELD_FIRST = frozenset(
    "educación formación enseñanza salud sanidad derecho medicina cirugía enfermería ingeniería arquitectura "
    "investigación docencia actividad coordinación cooperación colaboración competitividad desarrollo bienestar "
    "economía filología historia pedagogía informática seguridad empleo obras".split()
)
#: The ending of a science's or a medical specialty's name: "Psicología", "Psiquiatría".
_FIELD_ENDING = ("logía", "iatría")


def _names_a_field(words: list[str], lang: str) -> bool:
    """Whether Spanish capitalised ``words`` name a field of knowledge or of
    policy (``Educación Ambiental``, ``Psiquiatría Infantil``, ``Seguridad
    Colectiva``), no body: their first word a field's and none of them a
    designator (``Educación de la Junta``: a body's department, left)."""
    if lang != "es" or len(words) < 2:
        return False
    first = words[0].lower()
    return (first in _FIELD_FIRST or first.endswith(_FIELD_ENDING)) and not any(
        _designator_word(word) for word in words
    )


#: A settlement's or an area's word before its name, in Spanish and French:
#: "la ciudad de Djakovica", "la comarca de la Conca de Barberà", "la commune de".
_SETTLEMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:ciudad(?:es)?|localidad(?:es)?|municipios?|pueblos?|villa|aldea|barrio|polígono|comarcas?|pedanía"
    r"|urbanización|ayuntamientos?|término[ ]municipal|islas?|valle|sierra|provincias?|región"
    r"|ville|commune|village|localité|quartier|mairie|région|île)"
    r"[ ](?:de|del|d['’]|du)[ ]?(?:la[ ]|l['’]|los[ ]|las[ ]|le[ ]|les[ ])?$"
)
#: A place in brackets after a name, or a point of the compass of one, as Spanish and
#: French copy place a town: "(Barcelona)", "(sur de Serbia)", "(oeste de Kosovo)".
_PLACE_IN_BRACKETS_AFTER = re.compile(
    r"[ ]\((?:(?:norte|sur|este|oeste|noreste|noroeste|nordeste|sureste|suroeste|sudeste|sudoeste|centro|nord|sud|est"
    rf"|ouest|centre)[ ](?:de|del|d['’]|du)[ ]?(?:la[ ]|l['’]|le[ ])?(?=[{_UPPER}]))?(?P<place>[{_UPPER}][\w-]+(?:[ ][\w-]+){{0,3}})\)"
)


def _named_as_a_place(text: str, start: int, words: list[str], lang: str) -> bool:
    """Whether, in Spanish or French copy, a name the model reads as a body's
    is written as a town or an area's: after the word for one (``la ciudad de
    Djakovica``, ``la comarca de la Llanada``), or before its province, its
    region or a point of the compass of a place in brackets (``Monistrol de
    Calders (Barcelona)``, ``Nis (sur de Serbia)``). Not a name with a
    designator (``el Ayuntamiento de Casares (Málaga)``), an acronym, or a
    name ending on a town, which the brackets may place (``Foro Económico
    Mundial de Davos (Suiza)``); nor before a country alone, which copy
    writes after a firm too (``Vodafone (Reino Unido)``)."""
    if lang not in ("es", "fr") or any(_designator_word(word) for word in words) or words[0].isupper():
        return False
    if _SETTLEMENT_BEFORE.search(text, max(0, start - 40), start):
        return True
    after = _PLACE_IN_BRACKETS_AFTER.match(text, start + len(" ".join(words)))
    if after is None or (len(words) > 1 and find_city(words[-1])):
        return False
    place = after["place"]
    if place.isupper():
        return False  # "Comunidad Andina (CAN)": the name's acronym
    if after.start("place") > after.start() + 2:  # "(sur de Serbia)": a part of a country, a region, a town
        return _is_place(place) or _is_province(place)
    return (
        _is_province(place)
        or place in subdivisions()
        or (find_city(place) is not None and place not in country_forms())
    )


#: A name's end in apposition: a comma, a point, a semicolon or a bracket after it.
_APPOSITION_ENDS = re.compile(r"[ ]?[,.;)]")
#: The capitalised words that go on with a name: "Josu Jon" read, "Josu Jon Imaz" written.
_CAPITALISED_WORDS_AFTER = re.compile(rf"(?:[ ][{_UPPER}][\w'’-]+)*")
#: The clause before the comma that closes it, back to the mark before: "le ha practicado el
#: jefe de los servicios médicos del club", "será presidida por el viceministro panameño de ...".
_CLAUSE_BEFORE = re.compile(r"[^,.;:()\"«»]{2,80}$")
#: An article and the word after it, which may be a role: "el jefe", "le porte-parole", "l'adjoint".
_ARTICLE_AND_WORD = re.compile(r"(?<![\w-])(?:el|la|le|l['’]|al|del|du)[ ]?(?P<word>[\w-]+)")
#: The articles that open a title's or a paper's name, never a person's: "El Mundo", "La Razón".
_ARTICLES_OPENING_NAMES = frozenset("El La Los Las Le Les".split())


def _holder_after_role_and_comma(text: str, start: int, words: list[str], lang: str) -> str | None:
    """The name of a person, in Spanish or French copy, that the model reads
    as a body's where it stands in apposition to a role, as copy names who
    holds it: the role and what it is of, a comma, then the name, itself
    closed by a comma or a point (``el portavoz del PNV, Josu Erkoreka,
    consideró``, ``el jefe de los servicios médicos del club, Francesc
    Biosca.``); the name written whole (``Josu Jon`` read, ``Josu Jon Imaz``
    written). None for a name with a designator or a legal form, an article
    first (``el director del diario, El Mundo,``), an acronym, or a place."""
    if lang not in ("es", "fr") or not text[:start].endswith(", ") or words[0] in _ARTICLES_OPENING_NAMES:
        return None
    name = " ".join(words)
    whole = words + text[start + len(name) : _CAPITALISED_WORDS_AFTER.match(text, start + len(name)).end()].split()
    if not 2 <= len(whole) <= 4 or not _APPOSITION_ENDS.match(text, start + len(" ".join(whole))):
        return None
    if _has_body_word(whole) or _is_place(" ".join(whole)) or any(word.isupper() for word in whole):
        return None
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 92), start - 2)
    if clause is None or not any(
        _is_role(word, lang) or (word.startswith("vice") and _is_role(word[4:], lang))  # "viceministro"
        for word in (match["word"] for match in _ARTICLE_AND_WORD.finditer(clause[0]))
    ):
        return None
    return " ".join(whole)


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


def _german_owner_and_noun(text: str, words: list[str]) -> bool:
    """Whether two capitalised words of German copy are a name in the
    genitive, which German writes with an ``s`` and no apostrophe, and a noun
    it owns (``Googles Betriebssystem``, ``Hunts Kommentare``): no body's name,
    when the story writes the owner's name without the ``s`` too; not a body
    whose kind ends it (``Siemens Stiftung``)."""
    if len(words) != 2 or not words[0].endswith("s") or words[0].isupper() or _designator_word(words[1]):
        return False
    owner = words[0][:-1]
    return len(owner) > 2 and re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", text) is not None


#: A model's number after a product's name: " 13", " 8", " 5c"; not a year, a score, a time or an amount
#: (" 2016", " 1:3", " 20.15", " 1,5").
_MODEL_NUMBER_AFTER = re.compile(rf"[ ]\d{{1,3}}[a-zA-Z]?(?![\w:.,/-]\d|[\w-]|[ ]?[-–(]|[ ]*\n|[ ]+[{_UPPER}\d])")


def _names_a_model(text: str, start: int, words: list[str]) -> bool:
    """Whether a name of two or three words at ``start`` names a product's
    model, its number after it (``das Huawei Mate 8``, ``der Dell XPS 13``,
    ``Unreal Engine 4``): a thing, no body. Not a name with a designator or a
    legal form (``FC Schalke 04``), nor one word (``Hannover 96``, ``ORF 2``:
    a club, a channel), nor a side's score in a result (``Real Madrid 83 -
    Adecco Estudiantes 73``, ``Ajax 3 PSV Eindhoven 2``)."""
    return (
        2 <= len(words) <= 3
        and not _has_body_word(words)
        and _MODEL_NUMBER_AFTER.match(text, start + len(" ".join(words))) is not None
        and _SCORE_BEFORE.search(text, max(0, start - 8), start) is None
    )


#: A score, perhaps with a dash, before a side's name in a result: "83 - ", "2–", "Ajax 2 ".
_SCORE_BEFORE = re.compile(r"\d[ ]?(?:[-–][ ]?)?$")


def _names_landform(words: list[str]) -> bool:
    """Whether a name the model reads as a body is a mountain range's, a
    river's, a sea's or an island's (``Tiroler Alpen``, ``Río Nimbra``): not
    with a body's word in it (``Club Náutico del Mar``)."""
    if len(words) < 2 or _has_a_designator(" ".join(words)):
        return False
    return words[-1] in _LANDFORM_LAST or words[0] in _LANDFORM_FIRST


#: Wars and regimes, which models read as bodies: "Seconde Guerre mondiale",
#: "World War II", "Guerra Civil", "Kalter Krieg", "Ve République".
_EVENT_OR_REGIME = re.compile(
    r"\b(?:World\s+War|Cold\s+War|Civil\s+War|Weltkrieg|Kalte[nr]?\s+Krieg"
    r"|(?:Premi[eè]re|Seconde|Deuxi[eè]me|Grande)\s+Guerre|Guerre\s+(?:mondiale|froide|civile)"
    r"|Guerra\s+(?:Mundial|Fr[ií]a|Civil)|(?:Primera|Segunda)\s+Guerra"
    r"|(?:I|II|III|IV|V|VI)(?:e|ème|re)\s+R[ée]publique)\b",
    re.IGNORECASE,
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
    score (``BOSTON 6 Oakland 4``); a town that names its province (see
    :func:`_names_its_region`) is the province, but the dateline's own town."""
    for proposal in proposals:
        if (
            proposal.kind != "LOC"
            or not proposal.text[:1].isupper()
            or _overlaps(taken, proposal.start, proposal.end)
            or _overlaps(known, proposal.start, proposal.end)
            or _SIDE_SCORE_AFTER.match(text, proposal.end)
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


#: A capitalised word after a name, on the same line: the name goes on.
_NAME_GOES_ON = re.compile(rf"[ ][{_UPPER}]")
#: A saint's word opening a name: "San Pedro", "Saint-Denis", "St. Paul".
_SAINT_FIRST = re.compile(r"(?:San|Santa|Santo|São|Saint|Sainte|St\.?|Ste\.?|Sankt)[ -]")
#: A church's word and what joins it to its saint, before the saint's name.
_CHURCH_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:iglesia|parroquia|ermita|bas[ií]lica|catedral|convento|monasterio|capilla|colegiata"
    r"|[ée]glise|chapelle|cath[ée]drale|abbaye|couvent|Kirche|Kathedrale|Kloster|Kapelle"
    r"|[Cc]hurch|[Cc]athedral|[Cc]hapel|[Aa]bbey)[ ](?:de[ ]|del[ ]|de[ ]la[ ]|of[ ]|d['’])?$",
    re.IGNORECASE,
)
#: "de la" and a capitalised word after a town's name in Spanish or French
#: copy: a longer town's name ("Villanueva de la Serena", "Villeneuve de la Raho").
_PLACE_NAME_GOES_ON = re.compile(rf"[ ](?:de|del|du|des)(?:[ ](?:la|las|los|l['’]))?[ ]?[{_UPPER}]")
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


def _add_town(
    found: Found, taken: list[tuple[int, int]], how: str, name: str, country: str, written: str, start: int, end: int
) -> None:
    """A town found (``how``: ``city``, ``town``, ``dateline's town``) as
    two mentions, the town and its country, and its words taken."""
    found.mentions.append(Mention("city", name, written, start, f"{how} (GeoNames, {country})"))
    found.mentions.append(Mention("place", country, written, start, f"{how} {name} (GeoNames)"))
    taken.append((start, end))


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


#: A list of names that ends on "counties": "Orange, San Diego, Riverside, San
#: Bernardino, and Ventura counties", from any of its names.
_COUNTIES_AFTER = re.compile(
    rf"(?:,?[ ](?:and[ ]|or[ ])?[{_UPPER}][\w'.-]*(?:[ ][{_UPPER}][\w'.-]*){{0,2}})*,?[ ]counties\b"
)
#: A place's name right before a body's name that opens on "National": "Korea
#: National Oil Corp", "Abu Dhabi National Oil Co.".
_PLACE_BEFORE_NATIONAL = re.compile(rf"(?<![\w'’-])(?P<place>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)?)[ ]$")
#: Words that open a role of several ("Vice Chairman", "Deputy Governor"),
#: which the model may read as a body's last word.
_ROLE_OPENERS = frozenset(("Vice", "Deputy", "Executive", "Acting", "Interim", "Senior", "Chief", "Managing"))

#: Heads of German compounds that only a firm or a body has, not a person (who
#: has a "Kurs", a "Bericht" too).
_FIRM_HEADS = (
    r"Aktien?|Chef|Chefin|Konzern|Sprecher|Sprecherin|Vorstand|Boss|Zentrale|Papiere|Anteile|Tochter|"
    r"Mitarbeiter|Mitarbeiterin"
)
#: German compounds whose head says what the name before the hyphen owns or
#: leads: "Henkel-Aktie", "Adidas-Chef", "SPD-Fraktion".
_COMPOUND_HEAD = re.compile(
    rf"(?<=\w)-(?:{_FIRM_HEADS}|Spitze|Kurs|Mitglied|Mitglieder|Gipfel|Fraktion|Führung|Bericht|Angaben|Studie|"
    r"Techniker|Technikerin|Forscher|Forscherin)$"
)
#: A name joined to a head only a firm or body has: "Henkel-Aktie", "Adidas-Chef".
_FIRM_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w&]*)-(?:{_FIRM_HEADS}"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:experte|expertin|fotograf|fotografin|journalist|journalistin|redakteur|redakteurin"
    r"|präsident|präsidentin|sprecher|sprecherin|mitarbeiter|mitarbeiterin|chef|chefin))(?![\w-])"
)


def _firms_in_compounds(text: str) -> dict[str, int]:
    """The listed firms German copy names in a compound with a head only a
    firm or body has (``Henkel-Aktie``, ``Adidas-Chef``), and where."""
    table = organization_table()
    return {match["name"]: match.start() for match in _FIRM_COMPOUND.finditer(text) if match["name"] in table}


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


def _long_form(name: str, found: Found) -> str | None:
    """The organisation found earlier whose name starts with ``name``."""
    words = name.split()
    for mention in found.mentions:
        if mention.kind == "organization":
            key = mention.key.split()
            if len(key) > len(words) and key[: len(words)] == words:
                return mention.key
    return None


_LEGAL_FORM_WORDS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)
#: The same, in any case: "Plc" alone.
_LEGAL_FORMS_FOLDED = frozenset(form.casefold() for form in _LEGAL_FORM_WORDS)


#: A German adjective of a place or a people, capitalised inside a name: "Deutsches", "Österreichische".
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*sch(?:e|es|er|en|em)$")


#: How many words before a firm's name the model read, up to its legal form, may open it.
_FIRM_WORDS_BEFORE = 3
#: The last words of a firm's or a fund's name, that the model may read without its first words:
#: "Equity Partners" of "One Equity Partners", "USA Foundation" of "Giving USA Foundation".
_FIRM_LAST_WORDS = _LEGAL_FORM_WORDS | {"Partners", "Foundation"}


def _first_word_of_firm(word: str, calendar, read_as_person: bool) -> bool:
    """Whether a capitalised word just before a firm's name the model read
    is the first word of that name (``Whole`` of ``Whole Foods Market Inc``):
    not a word of the sentence, a date, a place, a role, an owner's name in
    the possessive, or a given name the model reads as a person's (``Star``
    of ``North Star Investment Management Corp`` is a given name too)."""
    lower = word.lower()
    return not (
        lower in function_words()
        or word in calendar
        or lower in role_words()
        or (lower in first_names() and read_as_person)
        or word.endswith(("'s", "’s", "'", "’"))
        or _is_place(word)
        or word.isupper()
    )


_FIRM_ENDS = _LEGAL_FORM_WORDS | {"Bank", "Banque", "Banco", "Banca", "Bancorp"}
#: What a firm's name ends with after "and": "Hi Investment and Securities",
#: "Kestrel and Sons".
_AND_DESIGNATOR = re.compile(
    r"[ ](?:and|&)[ ](?:Securities|Investments?|Trust|Capital|Partners|Finance|Insurance|Sons|Company|Co\.?)(?![\w-])"
)


#: The word after a name: "... Española".
_WORD_AFTER = re.compile(r"[ ](?P<word>[\w-]+)")


def _national_adjective_after(text: str, end: int, lang: str) -> str:
    """A people's adjective capitalised after the name ending at ``end``,
    which Spanish writes as part of a body's name (`` Española`` of
    ``Consejo General de la Abogacía Española``), or nothing."""
    after = _WORD_AFTER.match(text, end) if lang == "es" else None
    return after[0] if after and after["word"] in spanish_national_adjectives() else ""


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


def _designator_joined(text: str, end: int) -> str:
    """What a firm's name ending at ``end`` goes on with after "and" (`` and
    Securities``), or nothing."""
    joined = _AND_DESIGNATOR.match(text, end)
    return joined[0] if joined else ""


_CONJUNCTION = re.compile(r"\s+(?:and|&|und|et|y)\s+")


#: The district of a US federal court: ", Southern District of New York", " for the District of Columbia".
_COURT_DISTRICT = re.compile(
    r"(?:,[ ]|[ ]for[ ]the[ ])(?:(?:Southern|Northern|Eastern|Western|Central|Middle)[ ])?District[ ]of"
    rf"(?:[ ][{_UPPER}][a-z]+){{1,2}}(?![\w-])"
)
#: A US court of appeals is named by its circuit, before it: "2nd U.S. Circuit Court of Appeals".
_CIRCUIT_COURTS = ("U.S. Circuit Court", "US Circuit Court", "Circuit Court of Appeals")
_CIRCUIT_BEFORE = re.compile(r"(?<![\w.])(?:1st|2nd|3rd|[4-9]th|1[01]th|D\.C\.)[ ]$")
#: The second half of a body's remit: "y Asuntos Sociales", "et des Finances", "und Soziales".
_REMIT = re.compile(
    rf"[ ]+(?:y|e|et|und|and)[ ]+(?:(?:des|du|für|of)[ ]+)?"  # "y de la Cámara": another body
    rf"(?P<first>[{_UPPER}][\w-]+)(?:[ ]+[{_UPPER}][\w-]+)?(?![\w-]|[ ]+[{_UPPER}])"
)
#: What joins a designator to its remit: "Ministerio de Trabajo", "Department of Health", "Institute for Strategy".
_REMIT_OF = frozenset("de del des du of on for für der".split())


def _designator_word(word: str) -> bool:
    """A designator, or a German compound ending in one
    (``Ludwig-Boltzmann-Institut``, ``Forschungsinstitut``)."""
    lower = word.lower()
    return lower in org_designators() or (
        len(lower) > 8 and any(lower.endswith(d) for d in _GERMAN_COMPOUND_DESIGNATORS)
    )


#: Designators German writes at the end of a compound.
_GERMAN_COMPOUND_DESIGNATORS = (
    "institut",
    "gesellschaft",
    "verband",
    "verein",
    "stiftung",
    "akademie",
    "zentrum",
    "stelle",
)


#: The town or region a Spanish or French body's name ends on: " de
#: Barcelona", " de la Rioja", " de Nueva York" (checked as a place).
_TOWN_AFTER = re.compile(
    rf"[ ](?:de|d')[ ]?(?:la[ ]+)?(?P<place>[{_UPPER}][\w-]+(?:[ ]+(?:de[ ]+)?[{_UPPER}][\w-]+)?)(?![\w-]|[ ]+[{_UPPER}])"
)


#: The conjunctions that join two words of a body's name: "Ecologista y Cultural", "Arts et Métiers".
_AND_WORDS = frozenset(("y", "e", "et", "und", "and"))


def _designator_and_remit(words: list[str]) -> bool:
    """Whether a name's words open on a designator and what joins its remit
    (``Ministerio de Trabajo``, ``Department of Health``), perhaps with a
    capitalised word between (``Conservatorio Superior de Música``), or two
    joined by a conjunction (``Asociación Ecologista y Cultural del ...``)."""
    if len(words) >= 4 and words[1][:1].isupper() and words[2].lower() in _REMIT_OF:
        words = words[:1] + words[2:]
    elif (
        len(words) >= 6
        and words[2] in _AND_WORDS
        and all(word[:1].isupper() and not _designator_word(word) for word in (words[1], words[3]))
        and words[4].lower() in _REMIT_OF
    ):
        words = words[:1] + words[4:]  # "Asociación Ecologista y Cultural del Campo Arañuelo"
    return len(words) >= 3 and _designator_word(words[0]) and words[1].lower() in _REMIT_OF


def _town_of_body(text: str, name: str, end: int) -> str:
    """The town (or region) a body's name ends on after ``end``, where the
    model stopped before it (``Federación de Asociaciones de Vecinos de
    Barcelona``, ``Fédération des Commerçants de Lyon``): only after a
    designator and its remit, as such a name is written in Spanish and
    French; "" when there is none."""
    if not _designator_and_remit(name.split()):
        return ""
    match = _TOWN_AFTER.match(text, end)
    if match is None or not _is_place(match["place"]):
        return ""
    return match[0]


def _remit_after(text: str, written: str, end: int) -> str:
    """The rest of a body's remit after ``end``, where the model stopped at
    a conjunction (``Comisión de Derechos Humanos`` read, ``... y Garantías``
    written): only after a designator and its remit, and not a person's
    name nor a body of the tables named in two words or more after the
    conjunction; "" when there is none."""
    if not _designator_and_remit(written.split()):
        return ""
    match = _REMIT.match(text, end)
    if match is None or match["first"].lower() in first_names():
        return ""
    rest = text[match.start("first") : match.end()]
    if " " in rest and rest in organization_table():
        return ""  # "International Council of Shopping Centers and Goldman Sachs": another body
    return match[0]


def _region_of_a_town(text: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether a word at ``start:end`` is in brackets alone right after a
    town's name, as copy gives a town its province or region (``Zumaia
    (Guipúzcoa)``, ``Molsheim (Alsacia)``): a place, not a body."""
    if not (text.endswith(" (", 0, start) and text.startswith(")", end)):
        return False
    before = _CAPITALISED_WORD_LAST.search(text, max(0, start - 40), start - 2)
    return before is not None and (_is_place(before[0]) or _read_as(proposals, "LOC", before.start(), start - 2))


_CAPITALISED_WORD_LAST = re.compile(rf"(?<![\w'’])[{_UPPER}][\w'’-]*$")


#: A sports federation's code of a competitor's country: "(BUL)", "(RUM)".
_NATIONALITY_CODE = re.compile(r"[A-Z]{3}")


def _after_a_person_in_brackets(text: str, proposals: list[Recognised], start: int) -> bool:
    """Whether the name at ``start`` is in brackets right after a name the
    model reads as a person's, in a line of results (``Orlin Stanoytchev
    (BUL) por 4-6``): the competitor's country, no body of its own (but
    ``Ann Example (UMP) a dit``: her party)."""
    return (
        text.endswith(" (", 0, start)
        and any(p.kind == "PER" and p.end == start - 2 for p in proposals)
        and _SET_SCORE.search(text, start, start + 60) is not None
    )


#: A set's or a match's score: "4-6", "6-3".
_SET_SCORE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}(?![\w-])")


#: A programme, project or operation named after its kind in lower case, or
#: spelled out in brackets after its acronym: "le programme ACE (Automatic
#: Computing Engine)", "l'opération Serval", "el proyecto Galileo".
_PROGRAMME_BEFORE = re.compile(
    r"(?<![\w-])(?:programme|program|programa|Programm|projet|project|proyecto|Projekt|opération|operation|"
    r"operación|Operation|tecnología|technologie|technology|Technologie|protocolo|protocole|protocol|Protokoll)"
    r"[ ](?:[A-Z][\w-]*[ ]\()?$"
)
#: A dateline's town in capitals and its day, before the agency credited in
#: brackets: "PETROGRAD, 20 (Havas)", "PARIS, 15 (Havas)".
_DATELINE_BEFORE_CREDIT = re.compile(rf"(?<![\w-])[{_UPPER}]{{3,}}[{_UPPER}' -]*,?[ ]\d{{1,2}}[ ]\($")
#: A French title glued to the name after it: "M.Houdré", "Mme.Dupont".
_TITLE_GLUED = re.compile(rf"(?:M|Mme|Mlle|Mgr|Me|Dr|Pr)\.[{_UPPER}]")
#: A road by its letters and number: "N-V", "A-6", "AP-7", "M-30" (not a party's acronym, "IC-V").
_ROAD = re.compile(r"(?:N|A|AP|M|E|C)-(?:[IVX]+|\d{1,3})")
#: A judge's title after what the model read: "U.S. District Judge", "Bankruptcy Judge": the title's, no body.
_JUDGE_AFTER = re.compile(r"[ ](?:Judge|Magistrate)(?![\w-])")
#: A paper's site after its name: "Spiegel online".
_ONLINE_AFTER = re.compile(r"[ ][Oo]nline(?![\w-])")
#: Where a German side stands, written after its name: "der 1. FC Köln Vierter".
_GERMAN_PLACINGS = frozenset(
    "Erster Zweiter Dritter Vierter Fünfter Sechster Siebenter Siebter Achter Neunter Zehnter Letzter Vorletzter "
    "Tabellenführer Tabellenletzter".split()
)


#: A dateline's date and agency after its place (and the region or country in
#: brackets after it): ", 25 may (EFE)", " (RFA), 23 may (EFECOM)".
_DATELINE_DATE = r",[ ]\d{1,2}[ ](?:de[ ])?[^\W\d_]{3,10}\.?[ ]?\("
_DATELINE_DATE_AFTER = re.compile(rf"(?:[ ]\([^()\n]{{2,30}}\))?{_DATELINE_DATE}")
#: A town and its province in brackets ending a line, then the dash that
#: opens an item of a regional bundle: "Aldehuela (Cáceres).\n\n-".
_DATELINE_PROVINCE_ITEM = re.compile(r"[ ]\([^()\n]{2,30}\)\.?[ ]*\n+[ ]*[-–]")
#: The end of a dateline's region or country in brackets: "(RFA), 23 may (", "(RFA) - ".
_DATELINE_REGION_CLOSE = re.compile(rf"\)(?:{_DATELINE_DATE}|[ ][-–][ ])")


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


def _competitor_and_country(text: str, words: list[str], end: int) -> bool:
    """Whether a name read as a body is a competitor with the country he or
    she represents in brackets, as results lines write them (``Cedric
    Pioline (France) beat ...``): a known given name first, or a result after
    the country (``Arantxa Sanchez Vicario (Spain) beat``)."""
    return len(words) > 1 and (
        (words[0].lower() in first_names() and _country_in_brackets_after(text, end))
        or _country_in_brackets_after(text, end, result=True)
    )


def _placed_in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a name is where a dispatch was filed, in a dateline inside the
    copy (a wire bundle's items, each with its own): the place before the
    date and agency (``Santander, 25 may (EFE)``), or the region or country
    in brackets after it (``Fráncfort (RFA), 23 may``)."""
    if _DATELINE_DATE_AFTER.match(text, end) or _DATELINE_PROVINCE_ITEM.match(text, end):
        return True
    return text.endswith("(", 0, start) and _DATELINE_REGION_CLOSE.match(text, end) is not None


@functools.cache
def _world_region_words() -> frozenset[str]:
    return frozenset(word for region in world_regions() for word in region.split() if word[:1].isupper())


def _region_word(written: str) -> bool:
    """Whether a word names a part of the world as well, alone or in a longer
    name (``America``, of ``North America``; ``Asia``)."""
    return written in _world_region_words()


def _heading_into_dateline(text: str, proposal: Recognised) -> bool:
    """Whether the model read the last words of a heading in capitals and
    the town of the dateline after it as one name (``JUNTA Mérida (EFE)``,
    ``JUNIO Madrid, 23 may``), as a wire bundle runs its items' headings into
    their datelines."""
    words = proposal.text.split()
    if len(words) < 2 or words[-1].isupper() or not all(word.isupper() for word in words[:-1]):
        return False
    other_town = _OTHER_TOWN.match(text, proposal.end)  # "JUNIO Madrid / Mérida (EFE)": filed from two
    return _DATELINE_AFTER.match(text, other_town.end() if other_town else proposal.end) is not None


#: A second town of a dateline filed from two: " / Mérida".
_OTHER_TOWN = re.compile(rf"[ ]*/[ ]*[{_UPPER}][\w-]+")


#: Marks the model read on to after a name, each apart: "Assemblée !".
_TRAILING_MARKS = re.compile(r"(?:[ ]+[!?;:»\"”)]+)+$")
#: A full stop and the word after it, within a name the model read on.
_STOP_THEN_WORD = re.compile(r"\.[ ]+(\w+)")


def _before_next_sentence(written: str) -> str:
    """A name the model read on past a full stop into the next sentence,
    cut at the stop: the next sentence opens on an article or another word
    no name is made of (``Federación Rusa. Al final``, ``Acme Corp. The``)."""
    for match in _STOP_THEN_WORD.finditer(written):
        if match[1].lower() in function_words():
            return written[: match.start()]
    return written


#: A remit after a preposition, one or two capitalised words: " de Gobierno", " de Justicia", " de Obras y Servicios".
_REMIT_OF_AFTER = re.compile(
    rf"[ ](?:de|d['’]|du|des)[ ]?(?P<remit>[{_UPPER}][\w-]+(?:[ ](?:y|e|et)[ ][{_UPPER}][\w-]+)?)(?![\w'’-]|[ ]+[{_UPPER}(])"
)


def _remit_of_after(text: str, written: str, end: int, lang: str) -> str:
    """The remit of a Spanish or French body after ``end``, where the model
    stopped before it (``Comisión Municipal`` read, ``... de Gobierno``
    written): only after a designator and capitalised words with no remit
    yet, and not a place (``Policía Local de Valencia``), a person's name,
    or another body (``Comisión Permanente del Congreso``); "" when there is none."""
    words = written.split()
    if lang not in ("es", "fr") or len(words) < 2 or not _designator_word(words[0]):
        return ""
    if any(not word[:1].isupper() for word in words):
        return ""
    match = _REMIT_OF_AFTER.match(text, end)
    if match is None:
        return ""
    remit = match["remit"].split()
    if any(_designator_word(word) or _is_given_name(word) for word in remit) or _is_place(match["remit"]):
        return ""
    if any(_is_place(word) or _is_province(word) for word in remit):
        return ""
    return match[0]


#: What a Spanish or French body is for or against, capitalised after the
#: preposition: "para la Comunicación", "contra la Violencia en los Espectáculos Deportivos".
_PURPOSE = re.compile(
    rf"[ ]+(?:para|contra|pour|contre)[ ]+(?:(?:la|el|los|las|le|les)[ ]+|l['’])?"
    rf"[{_UPPER}][\w-]+(?:[ ]+(?:(?:de|del|y|e|en|et|des|du)[ ]+(?:(?:la|el|los|las|le|les)[ ]+|l['’])?)?[{_UPPER}][\w-]+)*"
)


def _purpose_after(text: str, written: str, end: int, lang: str) -> str:
    """The rest of a Spanish or French body's name after ``end``, where the
    model stopped at the preposition of its purpose (``Instituto Hispano-árabe``
    read, ``... para la Comunicación`` written): only after a designator, and
    not a person's name; "" when there is none."""
    words = written.split()
    if lang not in ("es", "fr") or not words or words[0].lower() not in org_designators():
        return ""
    match = _PURPOSE.match(text, end)
    if match is None or any(word.lower() in first_names() for word in match[0].split()[1:3]):
        return ""
    return match[0]


#: Words after a name up to an acronym in brackets, in the same sentence:
#: " et la coopération en Europe (OSCE)".
_TO_ACRONYM = re.compile(rf"(?P<rest>(?:[ ][\w'’-]+){{1,8}}?)[ ]\((?P<acronym>[{_UPPER}][{_UPPER}&]+)\)")


#: Words in small letters, then an acronym in brackets: "quantitative easing (QE)".
_ACRONYM_AFTER_SMALL_WORDS = re.compile(r"(?P<words>(?:\b[a-z][a-z-]*[ ]){1,6})\((?P<acronym>[A-Z][A-Z&]{1,6})s?\)")
#: ... or the acronym, then its words in brackets: "GMV (gross merchandise volume)".
_SMALL_WORDS_AFTER_ACRONYM = re.compile(
    r"(?<![\w&-])(?P<acronym>[A-Z][A-Z&]{1,6})s?[ ]\((?P<words>[a-z][a-z-]*(?:[ ][a-z][a-z-]*){0,5})\)"
)


def _acronyms_of_things(text: str) -> frozenset[str]:
    """The acronyms a story gives to words in small letters, their
    initials (``quantitative easing (QE)``, ``liquid crystal display
    (LCD)``, ``GMV (gross merchandise volume)``): a thing's, not a body's,
    wherever the story writes them."""
    things = set()
    for match in _ACRONYM_AFTER_SMALL_WORDS.finditer(text):
        words = match["words"].replace("-", " ").split()
        acronym = match["acronym"].replace("&", "")
        for first in range(len(words)):
            # "quantitative easing (QE)"; "market-on-close (MOC)", its preposition's initial too
            if acronym in (_initials(words[first:]), "".join(word[0] for word in words[first:]).upper()):
                things.add(match["acronym"])
                break
    for match in _SMALL_WORDS_AFTER_ACRONYM.finditer(text):
        if _initials(match["words"].replace("-", " ").split()) == match["acronym"].replace("&", ""):
            things.add(match["acronym"])
    for match in _NAME_AND_PLURAL_ACRONYM.finditer(text):  # "Outright Monetary Transactions (OMTs)"
        name, acronym = (match["name"], match["acronym"]) if match["name"] else (match["after"], match["before"])
        if _initials(name.split()) == acronym:
            things.add(acronym)
    return frozenset(things)


#: A name and its acronym in the plural in brackets, either way round: "Outright Monetary
#: Transactions (OMTs)", "PSOs (Public Service Obligations)".
_NAME_AND_PLURAL_ACRONYM = re.compile(
    rf"(?P<name>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)+)[ ]\((?P<acronym>[A-Z]{{2,6}})s\)"
    rf"|(?P<before>[A-Z]{{2,6}})s[ ]\((?P<after>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)+)\)"
)


def _initials(words: list[str]) -> str:
    """The capitals an acronym takes from a name's words: the first letter of
    each word but the articles, prepositions and conjunctions (an elided one
    joined to its word left out: "l'Europe")."""
    return "".join(
        word[0].upper()
        for word in (_ELISION.sub("", word) for word in words)
        if word and word.lower() not in function_words()
    )


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


#: A body's head noun and what joins its remit, just before a name the model
#: read without them: "Council on" of "Council on Foreign Relations".
_HEAD_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<head>[{_UPPER}][a-zà-ÿ]+)(?:[ ](?P<adjective>[{_UPPER}][a-zà-ÿ]+))?"
    rf"[ ](?:of|on|for|für|de|del|du|des|de[ ]lo)|(?P<capitals>[{_UPPER}]{{2,}})[ ]OF)[ ]$"
)


#: The Arabic article opening a body's name, which the model leaves out: "Al Jazeera", "Al-Qaïda".
_ARABIC_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“'’]))Al[ -]$")


#: A university's designator, which French writes in lower case: "université".
_UNIVERSITY = r"[Uu]niversité|University|Universidad|Universitat|Universität"
#: A university named by its town, just before the town: "université de", "Université",
#: "université anglaise de", "Universidad de", "Universität".
_UNIVERSITY_BEFORE = re.compile(rf"(?<![\w-])(?:{_UNIVERSITY})(?:[ ]+[a-zà-ÿ]{{4,}})?[ ]+(?:de[ ]+|d['’]|of[ ]+)?$")
_UNIVERSITY_WORD = re.compile(_UNIVERSITY)


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


#: An acronym in the plural, as English writes a common noun's ("SIVs",
#: "LTROs", "ISPs"): things, not a body, which has one name.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


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


#: A name written with the Arabic article: "Al Jazeera", "Al-Shabaab", "al-Nusra".
_ARABIC_ARTICLE_NAME = re.compile(rf"[Aa]l[ -][{_UPPER}]")


#: An index's code written bare after a name: "the Nasdaq .IXIC", "the S&P 500 .SPX".
_BARE_INDEX_CODE_END = re.compile(r"[ ]\.[A-Z0-9]{2,10}$")


def _without_bare_code(proposal: Recognised) -> Recognised:
    """A name the model reads with the code of an index written bare after
    it, without the code: the tables' body that publishes it (``Nasdaq
    .IXIC`` is the Nasdaq), else the index, no body (``the S&P Retail Index
    .RLX``, ``European peers .SXEP``)."""
    code = _BARE_INDEX_CODE_END.search(proposal.text)
    if code is None:
        return proposal
    name = proposal.text[: code.start()]
    kind = proposal.kind if name in organization_table() else "MISC"
    return replace(proposal, kind=kind, end=proposal.start + code.start(), text=name)


#: The legal forms that end a firm's name wherever they stand in it, as copy
#: abbreviates them: "Inc", "Corp.", "Plc" (not "Co", which may go on with a
#: designator: "Holt & Co Securities", "Simmons & Co International").
_FINAL_LEGAL_FORMS = frozenset(form.rstrip(".") for form in ABBREVIATED) - {"Co", "Cos"}
#: A word of a run the model reads, with what parts it from the next.
_RUN_WORD = re.compile(r"(?P<word>[^\s,;]+?)(?P<gap>\.?,?\s+|\.?$)")


def _parted_at_legal_forms(proposal: Recognised) -> list[Recognised]:
    """A body's name the model reads on past its legal form ends there: the
    next sentence (``CIT Group Inc. Swagel said``), a product (``Nissan Motor
    Co Leaf``) or a second firm of a list (``American International Group
    Inc, Chrysler Group LLC``: two bodies, each its own reading). What
    follows is kept as a reading of its own where a comma parts it or it
    ends on a legal form too (``Synthon Pharmaceuticals Inc. Genpharm
    Inc``); a legal form or a designator after ``Co`` goes on (``Ping An
    Insurance Co Ltd``, ``Holt & Co Securities``)."""
    if proposal.kind != "ORG":
        return [proposal]
    words = list(_RUN_WORD.finditer(proposal.text))
    ends_on_form = bool(words) and words[-1]["word"].rstrip(".") in _LEGAL_FORM_WORDS
    for index, (word, following) in enumerate(itertools.pairwise(words)):
        form = word["word"].rstrip(".")
        if "," in word["gap"] and form not in _LEGAL_FORM_WORDS:
            return [proposal]  # a list the rules part ("Cisco Systems, News Corp, Computer Sciences and Macy's")
        if index == 0 or not following["word"][:1].isupper():
            continue
        if form in ("Co", "Cos"):
            if (
                following["word"].rstrip(".") in _LEGAL_FORM_WORDS
                or following["word"].lower() in org_designators()
                or (ends_on_form and "," not in word["gap"])  # "Goldman Sachs & Co Wertpapier GmbH"
            ):
                continue
        elif form not in _FINAL_LEGAL_FORMS or following["word"].rstrip(".") in _LEGAL_FORM_WORDS:
            continue
        end = word.end("word")
        head = replace(proposal, end=proposal.start + end, text=proposal.text[:end])
        rest = replace(proposal, start=proposal.start + following.start(), text=proposal.text[following.start() :])
        if "," in word["gap"] or ends_on_form:
            return [head, *_parted_at_legal_forms(rest)]
        return [head]
    return [proposal]


#: A possessive inside or at the end of a name: "Daimler's", "Magna's Opel".
_POSSESSIVE_IN_NAME = re.compile(r"['’]s(?=[ ]|$)")
#: A sentence's end inside a name the model reads: "Atlanta. Citigroup's".
_SENTENCE_END_IN_READING = re.compile(r"(?<=[a-z]{3})\.[ ](?=[A-Z])")


def _parted_at_possessives(text: str, proposal: Recognised) -> list[Recognised]:
    """A body's name the model reads with a possessive is the body's name
    without it: alone (``Daimler's`` is Daimler), or before what the body
    owns, a unit, a product, a person or a place (``Magna's Opel``,
    ``Credit Suisse's Kyprios``, ``Airbus's A320neo``), which is a reading
    of its own where it is a body of the tables or of two words or more;
    a town's, a region's or a day's possessive before a body's name is the
    body's (``Canberra's National Press Club``, ``Sunday's Kathimerini``).
    A name of the tables keeps its possessive (``Moody's``, ``People's Bank
    of China``); a sentence's end parts a reading (``Atlanta. Citigroup's``)."""
    table = organization_table()
    if proposal.kind != "ORG" or proposal.text in table or proposal.text.replace(".", "") in table:
        return [proposal]  # "Moody's", "St. James's Place"
    end = _SENTENCE_END_IN_READING.search(proposal.text)
    if end:  # each sentence's part, the second where it may be a name of its own ("Nike. Brokers rushed": none)
        head = replace(proposal, end=proposal.start + end.start(), text=proposal.text[: end.start()])
        tail = replace(proposal, start=proposal.start + end.end(), text=proposal.text[end.end() :])
        return [
            part
            for sentence_part in (head, tail)
            if _POSSESSIVE_IN_NAME.split(sentence_part.text)[0] in table or " " in sentence_part.text
            for part in _parted_at_possessives(text, sentence_part)
        ]
    possessive = _POSSESSIVE_IN_NAME.search(proposal.text)
    if possessive is None:
        return [proposal]
    owner, owned = proposal.text[: possessive.start()], proposal.text[possessive.end() + 1 :]
    head = replace(proposal, end=proposal.start + possessive.start(), text=owner)
    tail = replace(proposal, start=proposal.start + possessive.end() + 1, text=owned)
    if not owned:
        if not _OWNED_AFTER.match(text, proposal.end):
            return [proposal]  # "Swoozie's said": a name that ends so
        # "Daimler's luxury brand"; "rival Barack Obama's readiness", a person's
        return [replace(head, kind="PER") if owner in known_people() else head]
    if owner in table and not _NAME_WORD_BEFORE.search(text, max(0, proposal.start - 30), proposal.start):
        # not "Life" of "Standard Life's Milligan", a reading begun inside a name
        return [head, tail] if owned in table or " " in owned else [head]
    if owner in calendar_words() or (
        owner in text_cities() and owner not in country_forms() and (owned in table or " " in owned)
    ):
        return [tail]
    return [proposal]


#: "and" or "or" between two bodies' names, perhaps with the second's article.
_BODIES_JOINED = re.compile(r"[ ](?:and|or)[ ](?:the[ ])?")


def _opening(proposal: Recognised, head: str) -> Recognised:
    """The model's reading cut to ``head``, the words its name opens with
    (``HSBC`` of ``HSBC China Services``)."""
    return replace(proposal, end=proposal.start + len(head), text=head)


#: A purchasing managers' index, after a name: "the HSBC China Services PMI".
_PMI = re.compile(r"[ ]PMI(?![\w-])")


def _sponsor_of_an_index(text: str, proposal: Recognised) -> list[Recognised]:
    """A body's name the model reads in or before the name of a purchasing
    managers' index is the index's, no body's (``Flash China PMI``), but
    for the body of the tables that opens it, which makes the index
    (``HSBC`` of ``the HSBC China Services PMI``)."""
    if proposal.kind != "ORG" or not (_PMI.match(text, proposal.end) or proposal.text.endswith(" PMI")):
        return [proposal]
    first = proposal.text.split()[0]
    if first in organization_table():
        return [_opening(proposal, first)]
    return []


def _has_a_designator(name: str) -> bool:
    """Whether a word of ``name`` is an organisation's designator
    (``Council``, ``Department``, ``Force``)."""
    return any(word.lower() in org_designators() for word in name.split())


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


#: A summit after the name that opens its own: "the Reuters Investment Outlook Summit".
_SUMMIT_AFTER = re.compile(r"[ ]Summit(?![\w-])")
#: A word in capitals alone, then a colon and a dash: a section's heading
#: ("BACKGROUND: -- Japan is facing"); not a speaker's firm before a quote
#: ("ECONOMIST, COMMERZBANK: \"The voting\"", "PRIORITY FOR FSOC: \"One thing\"").
_SECTION_HEADING = re.compile(r"[A-Z]{4,}")
_SECTION_HEADING_AFTER = re.compile(r":[ ]*-")


def _no_summit_or_heading(text: str, proposal: Recognised) -> list[Recognised]:
    """No body, where the model reads one that is not the tables': the name
    that opens a summit's (``Investment Outlook`` of ``the Reuters
    Investment Outlook Summit``), or a section's heading in capitals
    (``BACKGROUND: --``)."""
    if proposal.kind != "ORG" or proposal.text in organization_table():
        return [proposal]
    if _SUMMIT_AFTER.match(text, proposal.end):
        return []
    if (
        _SECTION_HEADING.fullmatch(proposal.text)
        and _SECTION_HEADING_AFTER.match(text, proposal.end)
        and not _tables_know(proposal.text)
    ):
        return []
    return [proposal]


#: The last word of a newspaper's name: "Chicago Tribune", "Los Angeles Times".
_PAPER_LAST = re.compile(
    r"[ ](?:Times|Tribune|Journal|Post|Herald|Chronicle|Gazette|Inquirer|Examiner|Telegraph|Guardian|Globe)$"
)


def _parted_at_conjunctions(proposal: Recognised) -> list[Recognised]:
    """Two bodies the model reads as one name, joined by "and" or "or",
    are two readings where each side names a body on its own: both names
    of the tables (``GM and Chrysler``), or a first ending on its legal
    form and a second of the tables or ending on one too (``AIA Group Ltd
    and American Life Insurance Co``); not one name of the tables
    (``Johnson and Johnson``), a body of two remits (``Securities and
    Exchange Commission``) nor a name whose legal form may end the whole
    (``American Axle and Manufacturing Holdings Inc``). So are a body of two
    words or more named by its designator and a second of the tables
    (``International Council of Shopping Centers and Goldman Sachs``), two
    such bodies, the second with its article (``the Defense Department and
    the Air Force``), and two newspapers (``Chicago Tribune and Los Angeles
    Times``)."""
    if proposal.kind != "ORG" or proposal.text in organization_table():
        return [proposal]
    for joint in _BODIES_JOINED.finditer(proposal.text):
        left, right = proposal.text[: joint.start()], proposal.text[joint.end() :]
        # a legal form ends the first name ("AIA Group Ltd and American Life Insurance Co"); one that ends the
        # second may end the whole ("American Axle and Manufacturing Holdings Inc")
        if (
            (_ends_on_legal_form(left) and _names_a_body_alone(right))
            or (left in organization_table() and right in organization_table())
            or (_PAPER_LAST.search(left) and _PAPER_LAST.search(right))  # "Chicago Tribune and Los Angeles Times"
            or (
                " " in left
                and _has_a_designator(left)
                and " " in right  # not "Budget" of "Office of Management and Budget"
                and (right in organization_table() or ("the" in joint[0] and _has_a_designator(right)))
            )
        ):
            head = replace(proposal, end=proposal.start + joint.start(), text=left)
            tail = replace(proposal, start=proposal.start + joint.end(), text=right)
            return [head, *_parted_at_conjunctions(tail)]
    return [proposal]


def _parted_at_known_names(proposal: Recognised) -> list[Recognised]:
    """A body and a firm of one word of the tables the model reads as one
    name, written one after the other, are two readings: ``on the New York
    Stock Exchange Alcoa stock was up``. The first is a name of two words or
    more (not ``JPMorgan Chase``) that the tables or the list know or that
    ends on ``Exchange``; the second no designator (not ``BMO Capital
    Markets``); the whole no name of the tables."""
    if proposal.kind != "ORG" or proposal.text in organization_table():
        return [proposal]
    text = proposal.text
    for space in (match.start() for match in re.finditer(" ", text)):
        left, right = text[:space], text[space + 1 :]
        if (
            " " in left
            and (left in organization_table() or left in organizations() or left.endswith(" Exchange"))
            and " " not in right
            and right in organization_table()
            and right.lower() not in org_designators()
        ):
            head = replace(proposal, end=proposal.start + space, text=left)
            tail = replace(proposal, start=proposal.start + space + 1, text=right)
            return [head, tail]
    return [proposal]


#: A partnership's last partner and its form, which the model reads alone: "Nicolaus & Co".
_LAST_PARTNER = re.compile(rf"[{_UPPER}][\w'’-]+[ ]&[ ](?:Co|Company|Partners)\.?")
#: The partner before it and its comma, after "at": "a strategist at Stifel, ".
_FIRST_PARTNER_BEFORE = re.compile(rf"(?<![\w-])at[ ](?P<partner>[{_UPPER}][\w'’-]+),[ ]$")


def _partners_named_with_a_comma(text: str, proposal: Recognised) -> Recognised:
    """A partnership named with a comma between its partners, where the
    model reads the last one alone, is read whole after "at": ``a market
    strategist at Stifel, Nicolaus & Co``, ``at Lord, Abbett & Co.``."""
    if proposal.kind != "ORG" or not _LAST_PARTNER.fullmatch(proposal.text):
        return proposal
    before = _FIRST_PARTNER_BEFORE.search(text, max(0, proposal.start - 40), proposal.start)
    if before is None:
        return proposal
    start = before.start("partner")
    return replace(proposal, start=start, text=text[start : proposal.end])


#: The last words of a body's name after "of", and the word after them.
_OF_LAST = re.compile(rf"[ ]of[ ](?P<last>(?:[{_UPPER}][\w'’-]*[ ])*[{_UPPER}][\w'’-]*)$")
_NEXT_CAPITALISED_WORD = re.compile(rf"[ ](?P<word>[{_UPPER}][a-z]+)(?![\w'’-])")
#: Remits that end a school's or a body's name after "of": "College of Marine Science".
_REMITS_LAST = frozenset(
    "Science Sciences Studies Technology Engineering Research Affairs Medicine Arts Management Policy Economics".split()
)


def _cut_after_of(text: str, proposal: Recognised) -> Recognised:
    """A body's name the model cuts one word short after "of" is read whole
    where that word completes a place's name or is a remit: ``the Southern
    District of New York``, ``University of South Florida College of Marine
    Science``."""
    if proposal.kind != "ORG":
        return proposal
    last = _OF_LAST.search(proposal.text)
    after = _NEXT_CAPITALISED_WORD.match(text, proposal.end)
    if last is None or after is None:
        return proposal
    if not (_is_place(f"{last['last']} {after['word']}") or after["word"] in _REMITS_LAST):
        return proposal
    return replace(proposal, end=after.end(), text=text[proposal.start : after.end()])


def _names_a_body_alone(name: str) -> bool:
    """Whether ``name`` is a body's whole name by itself: the tables', or
    words ending on a legal form (``Highstar Capital Partners LLC``)."""
    return name[:1].isupper() and (name in organization_table() or _ends_on_legal_form(name))


def _ends_on_legal_form(name: str) -> bool:
    """Whether a name of two words or more ends on a legal form."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".,") in _LEGAL_FORM_WORDS


def _arabic_body(proposal: Recognised) -> Recognised:
    """A name with the Arabic article that the model reads as a place but no
    list of places knows is a body's (``Al Jazeera``, ``Al-Shabaab``); a
    known place stays one (``Al Anbar``)."""
    if proposal.kind != "LOC" or not _arabic_article_body(proposal.text):
        return proposal
    return replace(proposal, kind="ORG")


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


def _arabic_article_before(text: str, start: int) -> int:
    """Where a body's name begins whose Arabic article the model left out
    (``Jazeera`` of ``Al Jazeera``); ``start`` otherwise."""
    match = _ARABIC_ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return match.start() if match else start


#: A capitalised word and the space just before a name, itself no part of a
#: compound ("La Chaux-de-Fonds"): "Assemblée " of "Assemblée Nationale".
_WORD_JUST_BEFORE = re.compile(rf"(?<![\w-])(?<!-[ ])[{_UPPER}][a-zà-ÿ]+[ ]$")


#: An article written with its capital inside a French or Spanish sentence, just
#: before a name: the name's own ("La Voz de Galicia", "Le Monde", "The Phone House").
_TITLE_ARTICLE_BEFORE = re.compile(r"(?<=[\w,;:] )(?:La|Le|Les|El|Los|Las|The)[ ]$")


def _title_article_before(text: str, start: int) -> int:
    """Where a name begins whose capitalised article, inside a sentence, the
    model left out (``La`` of ``La Voz de Galicia``); ``start`` otherwise."""
    match = _TITLE_ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    return match.start() if match else start


def _designator_left_out(text: str, proposal: Recognised, lang: str) -> int:
    """Where a French or Spanish body's name begins whose designator, written
    first in those languages, the model left out, reading the word after it
    alone (``Nationale`` of ``Assemblée Nationale``, ``Mundial`` of ``Banco
    Mundial``); ``proposal.start`` otherwise."""
    word = proposal.text
    if lang not in ("fr", "es") or " " in word or not word[:1].isupper():
        return proposal.start
    match = _WORD_JUST_BEFORE.search(text, max(0, proposal.start - 30), proposal.start)
    if match is None or match[0].strip().lower() not in org_designators() or match[0].strip() in _LEGAL_FORM_WORDS:
        return proposal.start
    return match.start()


def _head_before(text: str, start: int) -> int:
    """Where a body's name begins that the model read from its remit on
    (``Foreign Relations`` of ``Council on Foreign Relations``, ``New York
    Mellon Corp`` of ``Bank of New York Mellon Corp``): at the head noun
    before it, a designator that is no legal form; ``start`` otherwise."""
    match = _HEAD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return start
    head = match["head"] or match["capitals"]  # "BANK OF NEW YORK MELLON CORP", in a heading in capitals
    if head.lower() not in org_designators() or head in _LEGAL_FORM_WORDS:
        return start
    adjective = match["adjective"]
    if adjective and not adjective.lower().endswith(_HEAD_ADJECTIVE_ENDINGS):
        return start  # "Agrupación Española de Fabricantes": a designator and its adjective; not two names
    return match.start()


#: What joins a role to where it is held, that makes the name after it no holder: "analyst at".
_EMPLOYER_BEFORE = re.compile(r"\b(?:at|with|chez|bei|en|con|à|au|in)\b", re.IGNORECASE)


def _holds_role(text: str, start: int, words: list[str], lang: str) -> bool:
    """Whether a name the model reads as a body is a person's who holds the
    role written before it: a known given name and a surname that is no
    given name, no body's word,
    after a role and what it is of (``le président de l'Assemblée Claude
    Bartolone``); not after where a role is held (``an analyst at Edward
    Jones``: a firm)."""
    if len(words) != 2 or not _is_given_name(words[0]) or _is_given_name(words[1]):
        return False  # "Smith Barney": two given names, a firm's
    if _has_body_word(words):
        return False
    role = _role_before(text, start, lang)
    if role is None:
        return False
    between = text[max(0, start - _ROLE_WINDOW) : start]  # where _role_before found it
    at = between.lower().rfind(role)
    return at >= 0 and _EMPLOYER_BEFORE.search(between[at + len(role) :]) is None


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


#: What joins a place or a day to the name before it: "in Providence", "am Sonntag".
_WHERE_OR_WHEN = frozenset("in en à au aux aus am on le el".split())
#: Those of them that say where: not "el Tabaco" of "Consejo de Investigación para el Tabaco".
_IN_PLACE = frozenset("in en à au aux".split())


#: An acronym in capitals in brackets right after a name: "(FINUL)"; not "(Holanda)", "(Ortszeit)".
_CAPITALS_IN_BRACKETS = re.compile(rf"[ ]?\([{_UPPER}]{{2,9}}\)")


def _where_or_when_after(words: list[str], calendar) -> int:
    """How many of a name's words are the name, where the model read on into
    where or when its story is (``Brown University in Providence``, ``New
    York Times am Sonntag``): up to a lower-case word joining a place or a
    day at the end."""
    for at in range(len(words) - 2, 0, -1):
        if words[at] in _WHERE_OR_WHEN:
            rest = words[at + 1 :]
            if (
                (len(rest) == 1 and rest[0] in calendar)
                or _is_place(" ".join(rest))
                or (
                    words[at] in _IN_PLACE and find_city(" ".join(rest))  # "in Providence", a town of fewer people
                )
            ):
                while at > 1 and words[at - 1].islower() and words[at - 1] in function_words():
                    at -= 1  # "... en el Líbano", "... para el Líbano": the preposition before the article too
                return at
            break
    return len(words)


def _agency_desk(words: list[str]) -> bool:
    """Whether a name is an agency's desk: the agency, then a place
    (``Additional reporting by Reuters Warsaw``)."""
    return len(words) > 1 and bool(agency_parts(words[0])) and _is_place(" ".join(words[1:]))


#: A word of a subheading in capitals: longer than an acronym.
_SUBHEADING_WORD = re.compile(rf"[{_UPPER}]{{6,}}")


def _firms_listed(name: str) -> list[str]:
    """``Pfizer Inc and Cisco Systems Inc`` is two firms; ``Securities and
    Exchange Commission`` one: a conjunction after a legal form or a bank
    separates names."""
    parts = _CONJUNCTION.split(name)
    if len(parts) > 1 and all(p.split()[-1].rstrip(".") in _FIRM_ENDS for p in parts[:-1]):
        return parts
    return [name]


#: Where a body's name goes on with the body it belongs to: "Comité de
#: Competición | de la | Real Federación Española de Fútbol".
_PARENT_BODY = re.compile(
    rf" (?:(?:de la|de las|de los|del|du|des|de|of the) |de l['’])(?=(?:Real |Royal )?(?P<head>[{_UPPER}][\w-]+))"
)


#: A meeting's word, capitalised, just before the rest of its name: "la Reunión
#: Internacional Ciudad de Gavá".
_MEETING_BEFORE = re.compile(
    r"(?<![\w-])(?:Reunión|Réunion|Meeting|Jornadas|Journées|Torneo|Tournoi|Trofeo|Trophée|Memorial)[ ]$"
)


#: What a numbered meeting is: "IX Asamblea General", "3rd Annual Conference" is no body.
_MEETINGS = frozenset(
    "asamblea assemblée assembly versammlung congreso congrès congress kongress conferencia conférence "
    "conference konferenz cumbre sommet summit gipfel foro forum jornadas journées reunión réunion meeting "
    "sesión session pleno plenum".split()
)


def _owner_of_acronym(name: str, acronym: str) -> tuple[int, int] | None:
    """Where the body named at the end of ``name`` is joined on and where its
    name starts, when the acronym in brackets after ``name`` is that body's
    and not the whole name's: in ``Comuneros del Sur del Ejército de
    Liberación Nacional (ELN)`` the army (the front before it is a body of
    its own). None otherwise."""
    if _initials(name.split()) == acronym:
        return None
    for match in _PARENT_BODY.finditer(name):
        if match["head"].lower() in org_designators() and _initials(name[match.end() :].split()) == acronym:
            return match.start(), match.end()
    return None


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


def _bodies_nested(name: str) -> list[str]:
    """A body and the one it belongs to, where a name opening on a designator
    goes on with the name of another body opening on one: ``Comité de
    Competición de la Real Federación Española de Fútbol`` is that committee
    and the federation, ``Commission des Finances du Sénat`` the commission
    and the senate (a committee named alone, ``Comité de
    Competición``, would be every body's). One name otherwise (``Ministerio
    de Agricultura``, ``Banco de España``). A numbered meeting is no body,
    but the body it is of is (``IX Asamblea General de la Alianza
    Mediterránea de Agencias``: the alliance)."""
    words = name.split()
    meeting = len(words) > 1 and _ORDINAL.fullmatch(words[0]) and words[1].lower() in _MEETINGS
    if not meeting and words[0].lower() not in org_designators():
        return [name]
    parent = next(
        (m for m in _PARENT_BODY.finditer(name) if " " in name[: m.start()] and m["head"].lower() in org_designators()),
        None,
    )
    if meeting:
        return [name[parent.end() :]] if parent else []
    return [name] if parent is None else [name, name[parent.end() :]]


def _sentence_starts_at(text: str, start: int) -> bool:
    end = _back_over_space(text, start, " \t")
    return not end or text[end - 1] in '.!?\n"“«-–—'


_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|el|los|las|der|die|das|des|dem|den)\s+|l['’]\s*)", re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"^\.?\s*\((?P<acronym>[A-ZÀ-Ý][A-Za-zÀ-ÿ&.]{1,9})\)")


#: An acronym in brackets written in the plural with an apostrophe: "(ADR's)".
_PLURAL_ACRONYM_AFTER = re.compile(r"^\s*\((?P<acronym>[A-Z]{2,9})['’]s\)")


def _abbreviated_as_common_noun(text: str, end: int) -> bool:
    """Whether the name before ``end`` is spelled out before an abbreviation
    that is a common noun (``Producto Interno Bruto (PIB)``, ``Oferta Pública
    de Acciones (OPA)``): a measure or a deal, no body."""
    match = _PLURAL_ACRONYM_AFTER.match(text[end : end + 15]) or _ACRONYM_AFTER.match(text[end : end + 15])
    return match is not None and match["acronym"].rstrip("s") in COMMON_ABBREVIATIONS


def _acronym_after(text: str, end: int) -> str | None:
    """The acronym in brackets after a name (``(CFTC)``, ``(P&G)``): two
    capitals at least, and not an agency or a place (``(EFE)``, ``(Badajoz)``)."""
    match = _ACRONYM_AFTER.match(text[end : end + 15])
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


#: An acronym as a firm writes it: "P&G", "IBM", "AT&T".
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&.\-]+")


def _owner_of_what_follows(words: list[str]) -> list[str]:
    """Of a name read as ``Owner's Thing``, the owner when it is a known
    organisation or an acronym: ``P&G's Pampers`` names P&G, not a firm
    called Pampers; the thing when the owner is a person, by a given name and
    a surname: ``Rupert Murdoch's News Corp`` names News Corp. A possessive
    that is part of a name (``Reader's Digest``, ``Moody's Investors
    Service``) is left as it is."""
    for i, word in enumerate(words[:-1]):
        owner = _POSSESSIVE.sub("", word)
        if owner != word:
            known = " ".join([*words[:i], owner])
            if _ACRONYM_NAME.fullmatch(known) or known in organizations():
                return [*words[:i], owner]
            if i > 0 and _is_given_name(words[0]):
                return words[i + 1 :]
            return words
    return words


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
#: The adjective a body's head may carry before its remit, in Spanish or
#: French: "Agrupación Española de ...", "Confédération nationale des ...".
_HEAD_ADJECTIVE_ENDINGS = _ADJECTIVE_ENDINGS["es"] + _ADJECTIVE_ENDINGS["fr"] + _KIND_ADJECTIVE_ENDINGS["es"]


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


def _remit_in_lower_case(words: list[str], lang: str) -> bool:
    """Whether ``words`` are a designator and its remit in lower case, as
    French writes some bodies (``Chambre des représentants``, ``Cour des
    comptes``); Spanish capitalises a body's remit (``Tribunal de Cuentas``),
    and writes a board in lower case (``Consejo de administración``)."""
    return (
        lang == "fr"
        and len(words) == 3
        and words[0].lower() in org_designators()
        and words[1] in ("de", "des", "du")
        and words[2].isalpha()
        and len(words[2]) > 3
        and words[2] not in function_words()
    )


#: Words of a French body's name after its designator, in lower case: the
#: articles and prepositions between its nouns and adjectives.
_FRENCH_NAME_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "et", "pour", "à", "aux", "au", "sur", "en"})
#: A word whose elision joins a body's name ("d'État", "l'Homme").
_FRENCH_ELISION = re.compile(r"[dl]['’]\w[\w-]*")


def _french_body_in_lower_case(words: list[str], lang: str) -> bool:
    """Whether ``words`` are a French body's whole name, written as French
    writes one, its designator alone capitalised (``Fonds monétaire
    international``, ``Confédération générale du travail``, ``Direction des
    renseignements généraux``): a designator, then adjectives and nouns joined
    by articles and prepositions, ending on a word of the name. A verb read on
    by the model (``s’est``, ``a``) ends no such name."""
    if lang != "fr" or len(words) < 3 or words[0].lower() not in org_designators():
        return False
    last = words[-1]
    if last.lower() in _FRENCH_NAME_LINKS or last.lower() in function_words():
        return False
    for word in words[1:]:
        folded = word.lower()
        if folded in _FRENCH_NAME_LINKS or _FRENCH_ELISION.fullmatch(word):
            continue
        if not word.replace("-", "").isalpha() or folded in function_words() or len(word) < 3:
            return False
    return True


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


#: A street, building, prize or tournament named after someone, right before that someone's
#: name: "la Calle Antonio Hurtado", "el Hospital Regional Carlos Haya", "los torneos Teresa
#: Herrera", "el premio \"Felipe Trigo\"", "la rue Jean Jaurès", "le lycée Victor Hugo".
_NAMED_AFTER_BEFORE = re.compile(
    r"\b(?:[Cc]alle|[Aa]venida|[Pp]laza|[Pp]aseo|[Hh]ospital(?:[ ](?:Regional|Universitario|General|Clínico))?"
    r"|[Gg]alería(?:[ ]de[ ]Arte)?|[Pp]remios?|[Tt]orneos?|[Tt]rofeos?|[Cc]olegio|[Ee]stadio|[Tt]eatro|[Aa]uditorio"
    r"|[Pp]olideportivo|[Pp]abellón|[Aa]eropuerto|rue|avenue|boulevard|place|quai|lycée|collège|école|aéroport|stade"
    r"|hôpital|prix|rosaleda|cúpula|base|circuito|muelle(?:[ ]internacional)?|ciudad|localidad|municipio"
    # "la calle Doctor Alexandre Fleming", "l'avenue du Général Leclerc": with the title the place writes
    r")[ ](?:(?:de|du)[ ])?(?:[\"“«][ ]?)?(?:(?:Doctor|Doctora|Dr\.|General|Général|Padre|Fray|Sor|Maestro|Poeta)[ ])?$"
)


def _in_site_name(text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` is what a French building or street is
    for (``le centre des Congrès``, ``la rue du Commerce``), or the town a
    bay, coast or valley is named after (``la bahía de Santander``)."""
    before = max(0, start - 20)
    return (lang == "fr" and _FRENCH_SITE_BEFORE.search(text, before, start) is not None) or (
        lang in ("fr", "es") and _LANDFORM_OF_BEFORE.search(text, before, start) is not None
    )


#: Heads of French bodies' names besides the designators: "la Direction des
#: renseignements généraux", "l'Observatoire syrien des droits de l'homme".
_FRENCH_BODY_HEADS = frozenset("direction observatoire coordination collectif centre régiment".split())
#: A capitalised head after an article or a preposition, in a French sentence,
#: and the words after it up to a mark: where a French body's name may be.
_FRENCH_HEAD_AND_AFTER = re.compile(
    rf"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Dd]e)[ ]|\b[Ll]['’])"
    rf"(?P<head>[{_UPPER}][a-zà-ÿ-]{{3,}})(?P<after>(?:[ ][\w'’-]+)+)"
)
#: What joins a French body's head to what it is of: "des", "de la", "d'".
_FRENCH_OF = frozenset({"de", "du", "des"})
#: French nouns shaped as infinitives ("le pouvoir"), which may follow "de" in a name.
_FRENCH_NOUNS_AS_VERBS = frozenset({"avenir", "loisir", "loisirs", "plaisir", "désir", "cuir", "fer", "mer", "hiver"})
#: French infinitives in -re, and pronouns, that end a body's name before them: "la Commission de rendre ...".
_FRENCH_NOT_IN_NAMES = frozenset(
    "faire rendre prendre mettre dire être vivre suivre permettre produire réduire construire conduire défendre "
    "attendre entendre vendre tout toute tous toutes elle elles il ils".split()
)
#: Adjectives French writes before a noun of a name: "Tribunal de première instance".
_FRENCH_ADJECTIVES_BEFORE = frozenset("premier première second seconde grand grande haut haute petit petite".split())


def _french_adjective(word: str) -> bool:
    """A French adjective in lower case, as names keep them: "religieux",
    "générale", "allemande"."""
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and len(word) > 3
        and (word.endswith(_ADJECTIVE_ENDINGS["fr"]) or word in nationality_adjectives("fr"))
        and word not in function_words()
        and word not in _FRENCH_NOT_IN_NAMES
        and word not in _TIME_ENDING_AS_ADJECTIVES
    )


def _french_noun_of_name(noun: str) -> bool:
    """Whether ``noun``, after "de" in a French body's name, is what the body
    is of: a noun in lower case, or a capitalised place, name or acronym;
    not an article, a pronoun, a given name or a verb ("de tirer")."""
    lower = noun.lower()
    if (
        not noun.replace("-", "").isalpha()
        or len(noun) < 2
        or lower in function_words()
        or lower in _FRENCH_NOT_IN_NAMES
    ):
        return False
    if not noun.islower():
        return lower not in first_names() or noun.isupper()  # "de Frédéric ...": a person's
    return len(noun) >= 3 and not (
        lower.endswith(("er", "ir")) and not lower.endswith("oir") and lower not in _FRENCH_NOUNS_AS_VERBS
    )


def _french_name_length(words: list[str]) -> int:
    """How many of ``words`` (a head, then the words after it) a French
    body's name takes: the head and an adjective, then what it is of, each
    a noun (or a place or an acronym, capitalised) and its adjectives, after
    "de", "du", "des", "de la", "d'" ("Corps des gardiens de la révolution
    islamique"), or "et" and one of those after a noun in lower case ("Bureau
    d'enquêtes et d'analyses");
    not a verb after "de" ("Conseil d'Etat de tirer ...")."""
    at = 2 if len(words) > 2 and _french_adjective(words[1]) and words[2] in _FRENCH_OF else 1
    length = at
    while at < len(words):
        if words[at] == "et" and at + 1 < len(words) and words[at - 1].islower():
            following = words[at + 1]  # not after a name: "Conseil d'Etat et de la ville": two bodies
            if following in _FRENCH_OF or (_FRENCH_ELISION.fullmatch(following) and following[0] == "d"):
                at += 1
            else:
                break
        link = words[at]
        if _FRENCH_ELISION.fullmatch(link) and link[0] == "d":  # "d'État": the link and the noun in one word
            noun = link[2:]
        elif link in _FRENCH_OF and at + 1 < len(words):
            at += 1
            if link == "de" and words[at] == "la" and at + 1 < len(words):
                at += 1
            noun = words[at][2:] if _FRENCH_ELISION.fullmatch(words[at]) and words[at][0] == "l" else words[at]
        else:
            break
        if not _french_noun_of_name(noun):
            break
        at += 1
        if noun in _FRENCH_ADJECTIVES_BEFORE and at < len(words) and _french_noun_of_name(words[at]):
            at += 1  # "de première instance"
        while at < len(words) and _french_adjective(words[at]):
            at += 1
        length = at
    return length


def _french_bodies_by_shape(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """French bodies by the shape of their names in a sentence: a head noun
    alone capitalised, then what the body is of in lower case (``Front de
    gauche``, ``Association des leaders religieux du Mali``); not an event
    (``Ligue des champions``). A place or an acronym it ends on stays a
    place or a body of its own too."""
    designators = org_designators() | _FRENCH_BODY_HEADS
    for match in _FRENCH_HEAD_AND_AFTER.finditer(text):
        head = match["head"]
        if head.lower() not in designators or _overlaps(taken, *match.span("head")):
            continue
        if _in_site_name(text, match.start("head"), "fr"):
            continue  # "le centre des Congrès de Québec": a building
        words = [head, *re.split(r"[ ]", match["after"].strip())]
        words = words[: _french_name_length(words)]
        if not any(word in _FRENCH_OF or _FRENCH_ELISION.fullmatch(word) for word in words[1:]) or _names_event(words):
            continue
        name = " ".join(words)
        if head.lower() in _MEETINGS and _numbered_in_story(text, name):
            continue  # "le tout premier Forum mondial de la langue française": a meeting
        span = (match.start("head"), match.start("head") + len(name))
        found.mentions.append(Mention("organization", name, name, span[0], "French body by its shape"))
        last = re.sub(r"^[dl]['’]", "", words[-1])
        at = span[1] - len(last)
        if len(last) > 1 and last.isupper() and _could_be_body(last) and not _overlaps(taken, at, span[1]):
            # "Bureau d'enquêtes et d'analyses de la DGAC": the body it belongs to is one too
            found.mentions.append(Mention("organization", _body_name(last, ()), last, at, "French body by its shape"))
        taken.append(span)


#: A capitalised designator and the adjective after it, in French and Spanish
#: copy: "l'Assemblée nationale", "le Conseil constitutionnel", "la Cour suprême".
_DESIGNATOR_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][a-zà-ÿ-]{{3,}} [a-zà-ÿ][\w-]+(?: [a-zà-ÿ][\w-]+)?)"
    rf"(?![\w-]| [{_UPPER}]| d[eu]s? | d['’])"
)
#: Words of degree an adjective that describes takes, and one that names does not.
_DEGREE_WORDS = frozenset("más menos muy plus moins très".split())
#: Where such a name may end: not before a name or "de" ("Consejo General de ...").
_DESIGNATOR_ADJECTIVE_ENDS = re.compile(rf"(?![\w-]| [{_UPPER}]| d[eu]s? | d['’])")


def _designator_and_adjective(text: str, lang: str, taken: list[tuple[int, int]], found: Found) -> None:
    """French and Spanish capitalise the designator of one body and not the
    adjective that names it: a capitalised designator and its adjective are
    an organisation ("Assemblée nationale", "Banque mondiale")."""
    for match in _DESIGNATOR_ADJECTIVE.finditer(text):
        words = match["name"].split()
        if len(words) == 3 and not _adjective_of_name(words, lang):
            if words[2] in _DEGREE_WORDS:
                continue  # "la Organización regional más antigua": a description, no name
            words = words[:2]  # "Assemblée nationale votera": the name and a word after it
        name = " ".join(words)
        span = (match.start("name"), match.start("name") + len(name))
        if not _DESIGNATOR_ADJECTIVE_ENDS.match(text, span[1]) or _names_former_country(name):
            continue  # "l'Union soviétique": a country that is no more
        before = _NAME_WORD_BEFORE.search(text, max(0, span[0] - 30), span[0])
        if before and before[0].strip().lower() not in function_words():
            continue  # "Science & Technology Facilities Council britannique": the end of a longer name
        if words[0].lower() in org_designators() and _adjective_of_name(words, lang) and not _overlaps(taken, *span):
            found.mentions.append(Mention("organization", name, name, span[0], "designator and adjective"))
            taken.append(span)


#: A French ministry: "ministère" in lower case, then the domains it is of,
#: capitalised ("ministère de la Culture et de la Communication", "ministère
#: des Affaires étrangères"). The plural names several ministries.
_FRENCH_DOMAIN = rf"[{_UPPER}][\w-]+(?: (?:étrangères|[a-zà-ÿ]{{2,}}(?:{'|'.join(_ADJECTIVE_ENDINGS['fr'])})))?"
#: What a ministry is of: "de la Culture", "des Affaires étrangères".
_FRENCH_OF_DOMAIN = rf"(?:de la |de l['’]|des |du |de ){_FRENCH_DOMAIN}"
_FRENCH_MINISTRY = re.compile(rf"(?<![\w-])[Mm]inistère {_FRENCH_OF_DOMAIN}(?:(?:,| et) {_FRENCH_OF_DOMAIN})*(?![\w-])")
#: One of the ministries the plural names: "les ministères [des Affaires étrangères] et [de la Défense]".
_FRENCH_MINISTRIES = re.compile(rf"(?<![\w-])[Mm]inistères[ ](?={_FRENCH_OF_DOMAIN})")
_FRENCH_MINISTRY_OF = re.compile(rf"(?:(?:,|[ ]et)[ ])?(?P<of>{_FRENCH_OF_DOMAIN})(?![\w-])")


#: French and Spanish write the kind of an institution in lower case before its
#: name, and it is part of the name: "la fundación Fernández Latorre", "el
#: colegio San Juan Bosco", "le musée Pointe-à-Callière", "l'hôpital Sao Joao".
_INSTITUTION_IN_LOWER_CASE = {
    "es": "fundación|colegio|hospital|museo|escuela|conservatorio|orquesta",
    "fr": "fondation|collège|lycée|hôpital|musée|école|conservatoire|orchestre",
}
_INSTITUTION_NAME = {
    lang: re.compile(
        rf"(?<![\w-])(?P<kind>{kinds})[ ](?P<name>[{_UPPER}][\w'’.-]*"
        rf"(?:[ ](?:(?:de|del|de[ ]la|y|et)[ ])?[{_UPPER}][\w'’.-]*){{0,3}})"
    )
    for lang, kinds in _INSTITUTION_IN_LOWER_CASE.items()
}


#: The last words of a name after "de": "... de Mérida", "... de la Rioja".
_PLACE_LAST = re.compile(r" (?:de|del|de la) (?P<place>(?:(?! de ).)+)$")


#: An embassy or consulate, which French and Spanish write in lower case, by
#: the country it is of and the city it is in: "l'ambassade de France à Damas".
_MISSION = re.compile(
    rf"(?<![\w-])(?:ambassade|consulat|embajada|consulado)[ ](?:de[ ]|d['’]|du[ ]|del[ ])"
    rf"(?P<country>[{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+)?)(?P<where>[ ](?:à|au|en)[ ](?P<city>[{_UPPER}][\w-]+))?"
)


#: A stock exchange by its city, which French writes in lower case: "la bourse de Séoul".
_EXCHANGE = re.compile(rf"(?<![\w-])bourse[ ](?:de[ ]|d['’])(?P<city>[{_UPPER}][\w-]+)")
#: An exchange as Spanish names it, by what is traded there and its city: "el
#: Mercado Mercantil de Nueva York", "el Mercado del Café, Azúcar y Cacao de
#: Nueva York", "la Bolsa de Comercio de Santiago".
_EXCHANGE_NAMED = re.compile(
    rf"(?<![\w-])(?:Mercado|Bolsa|Lonja)(?:[ ][{_UPPER}][\w-]+)?"
    rf"(?:[ ](?:de|del|de[ ]la|de[ ]los)[ ][{_UPPER}][\w-]+(?:(?:,[ ]|[ ]y[ ]|[ ]e[ ])[{_UPPER}][\w-]+)*)?"
    rf"[ ]de[ ](?P<city>[{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+)?)"
)


def _capitalised(written: str) -> str:
    """A name written with its kind in lower case, as a tag shows it: "Ambassade de France"."""
    return written[0].upper() + written[1:]


def _missions(text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Stock exchanges by their known city (``la bourse de Séoul``), and
    embassies and consulates by their country and the city they are in where
    it is a known one (``ambassade de France au Caire``); and the spans no
    other name is read in, an embassy's words up to its country. The country
    and the city stay places of the story."""
    found = []
    spans = []
    for match in (*_EXCHANGE.finditer(text), *_EXCHANGE_NAMED.finditer(text)):
        city = match["city"] if match["city"] in text_cities() else match["city"].split()[0]
        if city not in text_cities():
            continue
        written = text[match.start() : match.start("city") + len(city)]
        found.append(Mention("organization", _capitalised(written), written, match.start(), "an exchange and its city"))
        spans.append((match.start(), match.start("city")))
    for match in _MISSION.finditer(text):
        if match["country"] not in country_forms():
            continue
        end = match.end() if match["city"] and match["city"] in text_cities() else match.end("country")
        written = text[match.start() : end]
        found.append(Mention("organization", _capitalised(written), written, match.start(), "an embassy"))
        spans.append((match.start(), match.end("country")))
    return found, spans


def _institutions_in_lower_case(text: str, lang: str, taken: list[tuple[int, int]], found: Found) -> None:
    """An institution whose kind French or Spanish writes in lower case
    before its name ("el museo Reina Sofía"), named with it; not where the
    name after the kind is a place ("el hospital Madrid": where it is) or a
    listed body."""
    for match in _INSTITUTION_NAME[lang].finditer(text):
        name = match["name"].rstrip(".")
        where = _PLACE_LAST.search(name)
        while where and _is_place(where["place"]):  # "colegio San Juan Bosco de Mérida": where it is
            name = name[: where.start()]
            where = _PLACE_LAST.search(name)
        if _is_place(name) or name in organizations() or _overlaps(taken, match.start(), match.end()):
            continue
        written = f"{match['kind']} {name}"
        found.mentions.append(
            Mention("organization", _capitalised(written), written, match.start(), "institution in lower case")
        )
        taken.append((match.start(), match.start() + len(written)))


def _french_ministries(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """French writes a ministry's designator in lower case and its domains
    capitalised: the domain alone (``Culture``, ``Défense``) is no name; the
    plural names one ministry a domain (``les ministères des Affaires
    étrangères et de la Défense``)."""
    for match in _FRENCH_MINISTRY.finditer(text):
        if _overlaps(taken, *match.span()):
            continue
        name = "M" + match[0][1:]
        found.mentions.append(Mention("organization", name, match[0], match.start(), "ministry"))
        taken.append(match.span())
    for match in _FRENCH_MINISTRIES.finditer(text):
        at = match.end()
        while (of := _FRENCH_MINISTRY_OF.match(text, at)) is not None:
            if not _overlaps(taken, *of.span("of")):
                name = f"Ministère {of['of']}"
                found.mentions.append(Mention("organization", name, of["of"], of.start("of"), "one of the ministries"))
                taken.append(of.span("of"))
            at = of.end()


def _cantonal_councils(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A Swiss canton's parliament and government, written with the
    adjective alone capitalised (``le Grand conseil``), named as the
    canton's own copy names them (``Grand Conseil``)."""
    for match in _CANTONAL_COUNCIL.finditer(text):
        if not _overlaps(taken, *match.span()):
            name = f"{match['size']} Conseil"
            found.mentions.append(Mention("organization", name, match[0], match.start(), "cantonal council"))
            taken.append(match.span())


#: A Swiss canton's parliament or (of old) its government: "le Grand conseil", "du Petit Conseil".
_CANTONAL_COUNCIL = re.compile(r"(?<![\w-])(?P<size>Grand|Petit)[ -][Cc]onseil(?![\w-])")


#: Capitalised words, as a listed company's name is written before the code of its shares.
_NAME_BEFORE_CODE = re.compile(
    rf"(?<![\w'’.-])(?:[{_UPPER}][\w&'’.-]*[ ]+){{0,4}}[{_UPPER}][\w&'’.-]*(?=[ \u00a0]*[<(])"
)


#: A sentence's end inside a run of words: a dot and a space, not after initials ("J.C. Penney").
_SENTENCE_END_IN_NAME = re.compile(r"(?<!\b[A-Z])\.[ ]")


def _before_shares_codes(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A name no other rule reads, right before the code of a listed
    company's shares, is that company: ``Humana ( HUM.N )``, ``Nkwe Platinum
    ( NKP.AX )``."""
    for match in _NAME_BEFORE_CODE.finditer(text):
        if not shares_code_at(text, match.end()) or _overlaps(taken, *match.span()):
            continue
        words = match[0].split()
        while words and words[0].lower() in function_words():
            words = words[1:]  # "The Quenlar": an article, no part of the name
        name = " ".join(words)
        owned = list(_OWNER_BEFORE.finditer(name))
        if owned and _OWNER_NAME.search(name, 0, owned[-1].start()):
            # "billionaire Carlos Slim's America Movil ( AMXL.MX )": the firm he owns; but "Children's Place",
            # "BJ's Restaurants" are names of one word and its possessive
            name = name[owned[-1].end() :]
        if not name or _is_place(name):
            continue
        start = match.end() - len(name)
        mention = Mention("organization", _listed_name(name), name, start, "before a shares code")
        # "Daimler's ( DAIGn.DE ) luxury brand": Daimler; but "Macy's ( M.N )"
        found.mentions.append(_without_possessive(text, mention, organization_table()))
        taken.append((start, match.end()))


#: An owner's possessive inside the words before a shares code, after a name of two words or more.
_OWNER_BEFORE = re.compile(r"['’]s[ ]")
#: A name of two capitalised words or more, right before such a possessive: an owner.
_OWNER_NAME = re.compile(rf"(?<![\w'’])[{_UPPER}][\w.-]+[ ][{_UPPER}][\w-]+$")


#: The last words of an event's, a venue's or a law's name in German, which the model reads as a
#: body: "Olympische Spiele", "Saisonfinale", "Auswärtsduell", "Anschlagserie", "Red-Bull-Arena",
#: "Al-Aksa Moschee", "Khomri-Gesetz", "Europäische Menschenrechtskonvention".
_GERMAN_EVENT_VENUE_OR_LAW = re.compile(
    r"(?:spiele|finale|duell|serie|turnier|meisterschaft|meisterschaften|arena|stadion|moschee|kirche"
    r"|gesetz|gesetzes|konvention|abkommen|abkommens|vertrag|vertrags|richtlinie|verordnung)$",
    re.IGNORECASE,
)


def _german_event_venue_or_law(words: list[str]) -> bool:
    """Whether the capitalised words a German reading opens with end on an
    event's, a venue's or a law's word (``Saisonfinale`` of ``Saisonfinale am
    Sonntag``, ``Khomri-Gesetz``)."""
    named = words[: next((i for i, word in enumerate(words) if word[:1].islower()), len(words))]
    return bool(named) and _GERMAN_EVENT_VENUE_OR_LAW.search(named[-1]) is not None


def _town_s_adjective_and_noun(words: list[str]) -> bool:
    """Whether two German words are a town's adjective and a noun that is no
    body's designator, outlet or abbreviation (``Pariser Anschlagserie``,
    ``Bonner Konzernzentrale``): what a place has, no body's name; not
    ``Wiener Zeitung``, ``Tiroler Polizei``, ``Grazer AK``."""
    if len(words) != 2 or not words[0].endswith("er") or words[1].isupper():
        return False
    town = words[0][:-2]
    noun = words[1].removesuffix("s")  # the genitive: "des Berliner Tageblatts", "des Bochumer Vereins"
    return (
        (town in text_cities() or _is_region(town))
        and not (_designator_word(words[1]) or _designator_word(noun))
        and not noun.lower().endswith(_GERMAN_NAME_ENDINGS)
        and " ".join(words) not in organization_table()
        and find_city(" ".join(words)) is None  # "Wiener Neustadt": a town
        and not _is_place(words[1])  # "die Wiener Austria": a club
    )


#: The endings of German nouns that name a town's or a land's body after its adjective: "Wiener
#: Landtag", "Tiroler Landesregierung", "Wiener Berufsrettung", "Grazer Stadtwerke".
_GERMAN_BODY_ENDINGS = (
    "tag",
    "regierung",
    "rettung",
    "feuerwehr",
    "gericht",
    "rat",
    "magistrat",
    "polizei",
    "verwaltung",
    "kammer",
    "behörde",
    "amt",
    "ministerium",
    "universität",
    "börse",
    "werke",
    "linien",
    "bahnen",
    "bank",
    "oper",
    "philharmoniker",
    "symphoniker",
)


#: The endings of the words German names newspapers and broadcasters by after a town's adjective:
#: "Salzburger Nachrichten", "Berliner Tageblatt", "Kölner Stadt-Anzeiger".
_GERMAN_OUTLET_ENDINGS = (
    "zeitung",
    "nachrichten",
    "allgemeine",
    "rundschau",
    "anzeiger",
    "post",
    "kurier",
    "blatt",
    "presse",
    "rundfunk",
)
#: Both: what a town's adjective may open a name with.
_GERMAN_NAME_ENDINGS = _GERMAN_OUTLET_ENDINGS + _GERMAN_BODY_ENDINGS


def _german_noun(proposal: Recognised) -> bool:
    """Whether one word the model reads as an organisation in German is more
    likely a noun, German capitalising every noun: a word it doubts
    (``Revolution``), or one it is not quite sure of (``Ortszeit``,
    ``Razzia``) unless an acronym or a compound (``ÖVP-Wirtschaftsbund``)."""
    if proposal.confidence < DOUBTED:
        return True
    word = proposal.text
    return proposal.confidence < GERMAN_NAME_SURE and not word.isupper() and "-" not in word


def _doubted_outside_english(proposal: Recognised, lang: str) -> bool:
    """Whether the model doubts a reading in copy other than English, where
    it learnt from less (fictional dispatches, Wikipedia, old newspapers):
    measured on the development sets and the public NER corpora in German,
    Spanish and French, such readings without a body's shape are mostly no
    organisation's name; in English most are. French copy doubts more of
    them (:data:`_DOUBTED_IN`)."""
    return lang != "en" and proposal.confidence < _DOUBTED_IN.get(lang, DOUBTED)


#: A point of the compass alone, which names a region of some countries
#: (Cameroon's West, Guinea-Bissau's Norte) but in copy a direction.
_COMPASS_POINT = re.compile(
    r"(?:West|East|North|South|Ouest|Est|Nord|Sud|Oeste|Este|Norte|Sur|Westen|Osten|Norden|Süden)"
)
#: A point of the compass ending a name, after a preposition and an article:
#: "Alliance à l'Est", "ampliación al Este", "Erweiterung nach Osten".
_COMPASS_POINT_LAST = re.compile(
    r"[ ](?:à|au|vers|a|al|hacia|en|nach|gen|to|towards)[ ](?:(?:l['’]|la |el |le |the |den )?)"
    r"(?:Est|Ouest|Nord|Sud|Este|Oeste|Norte|Sur|Osten|Westen|Norden|Süden|East|West|North|South)$"
)


def _shaped_as_body(written: str) -> bool:
    """Whether a name has an organisation's shape: a designator or legal
    form among its words (``Consejo por la Paz``, ``Hubert Burda Media``), an
    acronym (``MNLA``), or the Arabic article of a name no list of places
    knows (``Al Jazeera``: see :func:`_arabic_body`)."""
    return _arabic_article_body(written) or any(
        _designator_word(word.strip(".,")) or (len(word) > 1 and word.isupper() and word.isalpha())
        for word in written.split()
    )


#: A part of a country named by its compass point: "U.S. Midwest", "U.S. Gulf Coast".
_COUNTRY_PART = re.compile(
    r"(?:U\.S\.|US|U\.K\.|UK)[ ](?:Midwest|Northeast|Southeast|Southwest|Northwest|South|North|East|West"
    r"|Gulf|Gulf Coast|West Coast|East Coast|Rust Belt|Sun Belt)"
)
#: The roles of a firm's people written after its name in a heading: "Morgan Stanley CFO sees ...".
_FIRM_ROLES_AFTER = frozenset("CEO CFO COO CTO CIO Founder Chairman Chairwoman Chief Spokesman Spokeswoman".split())


def _plural_abbreviation_beside(text: str, name: str, start: int, end: int) -> bool:
    """Whether a name stands in brackets after its acronym in the plural, or
    that acronym in brackets after it (``PSOs (Public Service
    Obligations)``): things a story counts, no body."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    if len(initials) < 2:
        return False
    before = text[max(0, start - len(initials) - 4) : start]
    return before.endswith(f"{initials}s (") or text.startswith(f" ({initials}s)", end)


#: The words a street's name opens with, by language, alone or before another
#: name: "la Avenida de Palencia", "el Paseo Fernández Vallejo", "la rue de Rivoli".
_STREET_FIRST = {
    "es": re.compile(r"(?:Avenida|Calle|Plaza|Paseo|Bulevar|Carretera|Ronda|Glorieta|Travesía|Camino)(?:[ ]|$)"),
    "fr": re.compile(r"(?:Rue|Avenue|Boulevard|Place|Allée|Chemin|Quai)(?:[ ]|$)"),
}
#: A German street's name, the last word of a reading: "Mariahilfer Straße", "Ringstraße".
_STREET_LAST = re.compile(r"(?:[Ss]traße|[Ss]trasse|[Gg]asse|[Aa]llee)$")
#: A word in lower case ending a reading, which the model ran on to: "Fuerza
#: Interina de Naciones Unidas en".
_TRAILING_LOWER = re.compile(r"[ ]([a-zà-ÿ]+)$")
#: A class of a firm's shares at the end of a reading: "Class B", "Berkshire Class A".
_SHARE_CLASS = re.compile(r"(?:^|[ ])Class [A-Z]$")


def _recognised_organizations(
    text: str,
    proposals: list[Recognised],
    taken: list[tuple[int, int]],
    found: Found,
    acronyms: dict[str, str] | None = None,
    lang: str = "en",
    dateline_city: str | None = None,
) -> None:
    """Organisations the model finds that no list knows: the name as written,
    without an article or possessive; an acronym in brackets after a name
    (one found here, or one of ``acronyms``), and every later use of that
    acronym, is the same organisation. French and Spanish names keep the
    adjective written in lower case after them (``Force ouvrière``), and a
    French body the words after its designator (``Confédération générale du
    travail``). Outside English, a reading the model doubts is kept only
    when shaped as a body's name."""
    calendar = calendar_words()
    acronyms = {} if acronyms is None else acronyms
    for proposal in (part for reading in proposals for part in _coordinated(reading)):
        if proposal.kind != "ORG" or _overlaps(taken, proposal.start, proposal.end):
            continue
        if (
            lang == "de"
            and " " not in proposal.text
            and _german_noun(proposal)
            and not (
                proposal.confidence >= DOUBTED and _listed_beside_body(text, proposals, proposal.start, proposal.end)
            )
        ):
            continue  # "Ortszeit", "Razzia"; but "von SPÖ, ÖVP und Grünen": listed with bodies
        if proposal.text in acronyms:
            continue  # the acronym of a name found before: taken with it below
        if _placed_in_dateline(text, proposal.start, proposal.end) or proposal.text == dateline_city:
            continue  # "Santander, 25 may (EFE)", "Fráncfort (RFA), 23 may": where a dispatch was filed,
            # and that town all through its story ("la Cumbre de Santander")
        if proposal.text.split()[-1] in _SECURITIES_PLURAL:
            continue  # "U.S. Treasuries rose", "German Bunds": a government's bonds, no body
        words = proposal.text.split()
        if lang == "en" and len(words) > 1 and words[-1] in _FIRM_ROLES_AFTER:
            # "Morgan Stanley CFO", "Starbucks Founder": the firm, then one of its people's roles
            proposal = _opening(proposal, " ".join(words[:-1]))
        elif lang == "en" and len(words) > 3 and words[1] == "of" and words[0] in _FIRM_ROLES_AFTER:
            # "Jackie Wu, COO of Hong Kong Jet": one of the firm's people's roles, then the firm
            cut = len(words[0]) + len(" of ")
            proposal = replace(proposal, start=proposal.start + cut, text=proposal.text[cut:])
            words = words[2:]
        street_first = _STREET_FIRST.get(lang)
        if (street_first and street_first.match(proposal.text)) or _STREET_LAST.search(proposal.text):
            continue  # "la Avenida de Palencia", "la rue de Rivoli", "die Mariahilfer Straße": a street, no body
        if lang != "en" and (trailing := _TRAILING_LOWER.search(proposal.text)) and trailing[1] in function_words():
            # "Naciones Unidas en": cut; in English, "Bank of" before "England's" is run on to it below
            proposal = _opening(proposal, proposal.text[: trailing.start()])
            words = proposal.text.split()
        if lang == "en" and (share_class := _SHARE_CLASS.search(proposal.text)):
            if share_class.start() == 0:
                continue  # "Class B shares": a class of a firm's shares, no body
            proposal = _opening(proposal, proposal.text[: share_class.start()])  # "Berkshire Class A": the firm
            words = proposal.text.split()
        if _COUNTRY_PART.fullmatch(proposal.text):
            continue  # "the U.S. Midwest", "U.S. Gulf Coast": a part of the country, no body
        if _plural_abbreviation_beside(text, proposal.text, proposal.start, proposal.end):
            continue  # "PSOs (Public Service Obligations)": things a story counts, no body
        last = proposal.text.split()[-1]
        if (
            lang == "en"
            and re.match(_BENCHMARK_AFTER, text[proposal.end : proposal.end + 30])
            and not last.isupper()
            and last.lower() not in org_designators()
            and last != "Exchange"
        ):
            # "London Brent crude", "Azeri crude": an oil's price, no body; but "NYMEX crude futures", "the
            # Philadelphia Stock Exchange oil service index"
            continue
        if lang == "en" and (after := _name_run_on_to_possessive(text, proposal)):
            # "Institute for Supply Management's", "Time Warner Inc's": the model stopped before the
            # possessive's word, the name's last
            if after["word"] in _STREET_WORDS:
                continue  # "Wall Street's forecast": a street, which the model reads as a place unpossessed
            proposal = replace(proposal, end=after.end("word"), text=text[proposal.start : after.end("word")])
        if lang == "de" and len(words) > 1 and _GERMAN_GENRE_END.search(words[0]):
            continue  # "Liebesdrama Carol", "Miniserie Braunschlag": a work after its genre, no body
        if lang == "de" and (_german_event_venue_or_law(words) or _town_s_adjective_and_noun(words)):
            # "die Olympischen Spiele", "beim Saisonfinale am Sonntag", "der Red-Bull-Arena", "das Khomri-Gesetz": an
            # event, a venue or a law; "der Pariser Anschlagserie", "vor der Bonner Konzernzentrale": a town's
            # adjective and a noun
            continue
        if lang == "de" and _german_person_after_noun(words) and not _ACRONYM_IN_BRACKETS.match(text, proposal.end):
            # "Klubobmann Reinhold Lopatka", "der Deutsche Eric Frenzel": a person after a noun
            start = proposal.start + len(words[0]) + 1
            if not _overlaps(taken, start, proposal.end):
                person = " ".join(words[1:])
                found.mentions.append(Mention("person", person, person, start, "a person after a noun"))
                taken.append((start, proposal.end))
            continue
        if lang == "de" and len(words) > 1 and _GERMAN_DAY_PART.fullmatch(words[-1]):
            # "die BBC Mittwochfrüh": the day's part after the name
            words = words[:-1]
            proposal = _opening(proposal, " ".join(words))
        if lang == "en" and _names_a_people(proposal.text.removesuffix("-born").split()):
            continue  # "North Koreans", "Sri Lankan-born": a people, no body
        if _heading_into_dateline(text, proposal):
            continue  # "... POR LA JUNTA Mérida (EFE).-": a heading in capitals, then an item's dateline
        head = _arabic_article_before(text, proposal.start)
        if head == proposal.start:
            head = _head_before(text, proposal.start)
        if head == proposal.start:
            head = _designator_left_out(text, proposal, lang)
        if head == proposal.start and lang in ("es", "fr"):
            head = _title_article_before(text, proposal.start)
        if (
            _doubted_outside_english(proposal, lang)
            and head == proposal.start
            and (not _shaped_as_body(proposal.text) or _COMPASS_POINT_LAST.search(proposal.text))
        ):
            continue  # "Arnautovic Entwarnung", "Princesa Ana de Francia": a doubted reading, no body's shape;
            # "Alliance à l'Est": a direction
        if head < proposal.start and not _overlaps(taken, head, proposal.start):
            proposal = replace(proposal, start=head, text=text[head : proposal.end])
        written = proposal.text.split("\n", 1)[0].rstrip(" .")  # never across paragraphs: "Fundación Efe.\n\nAsistirán"
        written = _before_next_sentence(written)  # "Federación Rusa. Al final": nor across sentences
        written = _TRAILING_MARKS.sub("", written)  # "notre Assemblée !": no mark ends a name
        before_person = _body_before_person(written)
        if before_person == 1:  # "del PP Cristina Herrera": the party; the person is the people's
            acronym = written.split()[0]
            known = organizations().get(acronym)
            name = acronyms.get(acronym) or (known.name if known else acronym)
            found.mentions.append(Mention("organization", name, acronym, proposal.start, "name recogniser"))
            taken.append((proposal.start, proposal.start + len(acronym)))
            continue
        if before_person:  # "Comisión Regional de UCE Emilio Guerrero": the name up to its acronym
            kept = re.match(rf"\S+(?:\s+\S+){{{before_person - 1}}}", proposal.text)
            written = kept[0]
            proposal = replace(proposal, end=proposal.start + kept.end(), text=written)
        legal_form = _LEGAL_TAIL.match(text, proposal.end)
        if legal_form:  # "Microsoft" read, "Microsoft Corp" written
            written += legal_form[0]
        elif " " not in written and _ONLINE_AFTER.match(text, proposal.end):
            written += " Online"  # "Spiegel" read, "Spiegel online" written: the paper's site, as it names itself
        else:  # "Hi Investment" read, "Hi Investment and Securities" written
            written += _designator_joined(text, proposal.end) or _national_adjective_after(text, proposal.end, lang)
        # what the name goes on with past the model's reading: "Ministerio de
        # Trabajo y Asuntos Sociales", "U.S. District Court, Southern District of New York"
        read_on = (
            _remit_after(text, written, proposal.end)
            or _purpose_after(text, written, proposal.end, lang)
            or _remit_of_after(text, written, proposal.end, lang)
        )
        read_on += _to_acronym_after(text, written + read_on, proposal.end + len(read_on))
        if not read_on and written.endswith(("District Court", "Bankruptcy Court")):
            district = _COURT_DISTRICT.match(text, proposal.end)
            read_on = district[0] if district else ""
        written += read_on
        opens = _sentence_starts_at(text, proposal.start)
        if written[:1].islower() or opens:
            written = _ARTICLE.sub("", written)  # "the Fed", but "Le Monde", "Los Angeles Times"
        words = written.split()
        # "French bank Societe Generale", "Airbus parent EADS": a description before the name
        words = words[_after_description(words) :]
        words = words[_after_role_of(words, lang) :]
        while len(words) > 1 and _SUBHEADING_WORD.fullmatch(words[0]) and not words[1].isupper():
            words = words[1:]  # "DISRUPTIONS Exxon Mobil Corp": a subheading in capitals before the name
        if lang == "de":
            if _is_role(words[0], lang):
                continue  # "Zoologe Ofer Tchernichovski", "FPÖ-Politiker Hofer": a person and a role
            if _german_territory(words):
                continue  # "das Land Niederösterreich", "Republik Kolumbien": a place and what it is
            words = words[_german_description(words) :]
            words = words[_after_german_head_noun(words) :]
            if any(_is_role(word, lang) for word in words[:-1]):
                continue  # "US-amerikanischen Künstlerin Vija Celmins": a person, a role before the name
            if len(words) == 2 and _public_body_and_noun(words):
                continue  # "die Polizei Marihuana suchte": a body, then a noun of the sentence
        # "Shares of UAL", "Cisco Systems Inc rose": a name starts and ends capitalised
        while len(words) > 1 and (
            (words[0][:1].islower() and not _UNIVERSITY_WORD.fullmatch(words[0]))
            or (opens and words[0].lower() in function_words())
        ):
            words = words[1:]  # but "université de Caen": French writes the designator in lower case
        while (
            len(words) > 1
            and words[-1][:1].islower()
            and not _adjective_of_name(words, lang)
            and not _remit_in_lower_case(words, lang)
            and not _french_body_in_lower_case(words, lang)
        ):
            words = words[:-1]
        while len(words) > 1 and is_share_code(words[-1]):
            words = words[:-1]  # "Gymboree Corp GYMB.O": the code of its shares, brackets stripped
        while (
            len(words) > 2
            and _is_role(words[-1], lang)
            and words[-1].lower() not in org_designators()
            and words[-2].lower() not in function_words()
        ):
            words = words[:-1]  # "Lebanese Parliament Speaker": the body, then a role held in it
        if "of" in words[2:-1] and words[words.index("of", 2) - 1].rstrip(".,").casefold() in _LEGAL_FORMS_FOLDED:
            town = " ".join(words[words.index("of", 2) + 1 :])
            if find_city(town) and not (town in country_forms() or town in subdivisions() or town in world_regions()):
                words = words[: words.index("of", 2)]  # "Wild Well Control Inc of Houston": the firm, then its town
        role_after = _WORD_AFTER.match(text, proposal.end)
        while len(words) > 1 and words[-1] in _ROLE_OPENERS and role_after and _is_role(role_after["word"], lang):
            words = words[:-1]  # "Goldman Sachs Vice Chairman Michael Sherwood": the firm, then a role
        if "B" in words[1:-1]:  # "del Atlético de Madrid B Cabanillas": a reserve side, then a player
            words = words[: words.index("B", 1) + 1]
        if lang == "de" and len(words) > 1 and words[-1] in _GERMAN_PLACINGS:
            words = words[:-1]  # "der 1. FC Köln Vierter": the club, then where it stands
        if not _CAPITALS_IN_BRACKETS.match(text, proposal.end + len(read_on)):
            # but "la Fuerza Interina de Naciones Unidas en el Líbano (FINUL)": the acronym is the whole name's
            words = words[: _where_or_when_after(words, calendar)]
        words = _owner_of_what_follows(words)
        name = _POSSESSIVE.sub("", " ".join(words)).strip(" -,.")
        start = proposal.start + proposal.text.find(name) if name else proposal.start
        name = _COMPOUND_HEAD.sub("", name)  # "Henkel-Aktie", "Adidas-Chef": the firm
        words = name.split()
        if len(words) >= 3 and (words[0].lower() in _ONE_OF_A_KIND or words[0].lower() in _NAMED_AFTER_NO_ONE):
            person = " ".join(words[-2:])
            if _holds_role(text, start + name.rfind(person), words[-2:], lang):
                # "le président de l'Assemblée Claude Bartolone": the body, then who holds the role
                words = words[:-2]
                name = " ".join(words)
        elif _acronym_then_holder(text, start, words, lang):
            words = words[:1]  # "el ex eurodiputado de HB Txema Montero": the party, then who sat for it
            name = words[0]
        firm = _firm_named_in_full(name, found) if len(words) == 1 else None
        if firm:  # "Toyota" after "Toyota Motor Corp", "Ford" after "Ford Motor Co": not the town, not a given name
            found.mentions.append(Mention("organization", firm, name, start, f"short for {firm}"))
            taken.append((proposal.start, proposal.end))
            continue
        holder = _holder_after_role_and_comma(text, start, words, lang) if words else None
        if holder:  # "el portavoz del PNV, Josu Erkoreka,": who holds the role, a person
            if not _overlaps(taken, start, start + len(holder)):
                found.mentions.append(Mention("person", holder, holder, start, "after a role and a comma"))
                taken.append((start, start + len(holder)))
            continue
        if (
            len(name) < 2
            or not words
            or not (words[0][:1].isupper() or _UNIVERSITY_WORD.fullmatch(words[0]))
            or all(w.lower() in function_words() or w in calendar or w.lower() in role_words() for w in words)
            or _is_place(name, codes=text.endswith("(", 0, start))  # "(ESP)" in results; "del PSE", "el PRI"
            or _names_former_country(name)  # "the Soviet Union's foreign trade", "Croatia-Yugoslavia treaty"
            or _countries_or_peoples_joined(name)  # "Israeli-Syrian talks": what two sides share
            or _names_a_subregion(name)
            or (len(words) == 1 and name in subdivisions() and not _names_a_body(name))  # "Louisiane"
            or (len(words) == 1 and _written_in_lower_case(text, name))
            or (
                agency_parts(name)
                and (
                    text.endswith("(", 0, _back_over_space(text, start))  # "(Reuters)"
                    or _signs_off(text, start, start + len(name))  # "EFECOM pa-c"
                    or _in_longer_agency_name(text, start, start + len(name))  # "Agencia EFE"
                )
            )
            or _agency_desk(words)  # "Reuters Warsaw"
            or (
                _LIST_WORD.search(name)
                and words[-1].lower().rstrip(".") not in org_designators()
                and not (read_on and name.endswith(read_on))
                and not (_designator_and_remit(words) and "," not in name)  # "Comité de Crédito y Inversiones"
            )
            or _EVENT_OR_REGIME.search(name)
            or _names_landform(words)  # "Tiroler Alpen", "Río Ebro": a range, a river
            or _abbreviated_as_common_noun(text, proposal.end)  # "Producto Interno Bruto (PIB)"
            or _names_event(words)
            or (words[0].lower() in _MEETINGS and _numbered_in_story(text, name))  # "le premier Forum mondial de ..."
            or _EDITION_BEFORE.search(text, max(0, start - 40), start) is not None  # "édition du Vendée Globe"
            or _in_site_name(text, start, lang)  # "le centre des Congrès": a building
            or _FUND_AFTER.match(text, start + len(name)) is not None  # "the $331 million BlackRock Healthcare fund"
            or (name.casefold() in _subject_names() and name.lower() not in _ONE_OF_A_KIND)  # "ATHLETICS - ..."
            or (_fills_quotation(text, start, start + len(name)) and not _shaped_as_body(name))
            or (len(words) == 1 and _heads_government(text, start, start + len(name)))  # "le gouvernement Ayrault"
            or (lang != "de" and _role_before_name(words, lang))  # "Competition Commissioner Neelie Kroes"
            or _holds_role(text, start, words, lang)  # "le président de l'Assemblée Claude Bartolone"
            or (words[-1] in ("Treasury", "Treasuries") and _treasury_securities(text, start, start + len(name)))
            or _government_program(words)  # "Troubled Asset Relief Program"
            or _industry_as_a_whole(words, lang)  # "Big Pharma"
            or (words[-1].lower() not in org_designators() and _JUDGE_AFTER.match(text, start + len(name)))
            or (name.isupper() and f"Program ({name})" in text)  # its acronym: "TARP"
            or "/" in name  # "I/B/E/S", "R/P de UCE", "Klosterneuburg/Wien": a code, or two names
            or (lang != "en" and name.isupper() and _SLASH_AND_CAPITALS.match(text, start + len(name)))  # "PSE/EE"
            or _CREDIT_RATING.fullmatch(name)  # "BBB+", "BBB-plus": a rating
            or _ROAD.fullmatch(name)  # "(N-V)", "A-6": a road
            or _TITLE_GLUED.match(name) is not None  # "M.Houdré": a person, the title's point without a space
            or (
                _DATELINE_BEFORE_CREDIT.search(text, max(0, start - 40), start)
                and text.startswith(")", start + len(name))
            )
            or _PROGRAMME_BEFORE.search(text, max(0, start - 40), start) is not None  # "le programme ACE"
            or (_NATIONALITY_CODE.fullmatch(name) and _after_a_person_in_brackets(text, proposals, start))
            or (len(words) == 1 and not name.isupper() and _region_of_a_town(text, proposals, start, start + len(name)))
            or name.endswith("-based")
            or _place_before_based(text, name, start + len(name))  # "Topeka, Kansas-based company": a town
            or (len(name) <= 3 and _NUMBER_AFTER_POINT.match(text, start + len(name)))  # "No. 10-05728", "Nr. 5"
            or (len(words) == 1 and _not_a_name_alone(words[0]))
            or (len(words) == 1 and lang == "es" and _town_not_side(text, name, start, proposals))  # "de Getafe"
            or _competitor_and_country(text, words, start + len(name))  # "... (Slovakia) beat": a player
            or any(c.isdigit() for c in name)  # "A350", "ME2125", "N.7": models, codes, results
            or (name.isupper() and text.endswith((".", "<"), 0, start))  # ".VIX", "<GSPE>": an instrument code
            or _INDEX_AFTER.match(text, proposal.end) is not None  # "Standard & Poor's 500", "Dow Jones industrial"
            or _names_an_index(text, name, proposal.end)  # "MSCI .MIWD00000PUS", "the Nasdaq 0.79 percent"
            or (name in _INDEX_PUBLISHERS and _SECTOR_INDEX_AFTER.match(text, start + len(name)) is not None)
            or (proposal.text in _INDEX_PUBLISHERS and text.startswith("/", proposal.end))  # "S&P/Case-Shiller"
            or (len(words) > 1 and name.isupper() and not _capitals_name(text, name, words, start))  # "FERIA ALFARERIA"
            or (len(words) == 1 and _heading_word_in_capitals(text, name, start))  # "BALEARES - ECOTASA."
            or (lang in ("es", "fr") and _bare_article_inside(words))  # "Semana Santa la Policía": two phrases
            or (lang == "de" and _after_indefinite_article(text, start, name))  # "ein düstereres Bild"
            or (lang == "de" and _german_owner_and_noun(text, words))  # "Googles Betriebssystem"
            or _names_a_field(words, lang)  # "Educación Ambiental": a subject
            or _named_as_a_place(text, start, words, lang)  # "la ciudad de Djakovica", "Nis (sur de Serbia)"
            or _names_a_model(text, start, words)  # "das Huawei Mate 8": a product
        ):
            continue
        if start == proposal.start and words[-1].rstrip(".") in _FIRM_LAST_WORDS and len(words) > 1:
            for _ in range(_FIRM_WORDS_BEFORE):  # "North Star Investment Management Corp"
                before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
                first = before[0].strip() if before else ""
                # German capitalises every noun ("Tochter Zielpunkt GmbH"): there, only an adjective ("Deutsches")
                if not (
                    first
                    and _first_word_of_firm(first, calendar, _read_as(proposals, "PER", before.start(), start))
                    and (lang != "de" or _GERMAN_ADJECTIVE.match(first))
                ):
                    break
                name, start = before[0] + name, before.start()
                # "Giving" read alone, then "USA Foundation": one name, "Giving USA Foundation"
                found.mentions[:] = [
                    m for m in found.mentions if not (m.rule == "name recogniser" and m.start == start)
                ]
        circuit = _CIRCUIT_BEFORE.search(text, max(0, start - 8), start) if name.startswith(_CIRCUIT_COURTS) else None
        if circuit:  # "2nd U.S. Circuit Court of Appeals": which circuit
            name, start = circuit[0] + name, circuit.start()
        head = _head_before_remit(text, start, calendar) if lang == "en" and start == proposal.start else None
        if head is not None:  # "International Studies" read, "MIT Center for International Studies" written
            name, start = text[head:start] + name, head
            taken.append((head, proposal.start))
        longer = _long_form(name, found)
        if longer:  # "Merrill" after "Merrill Lynch", "Deutsche" after "Deutsche Bank"
            found.mentions.append(Mention("organization", longer, name, start, f"short for {longer}"))
            taken.append((proposal.start, proposal.end))
            continue
        acronym = _acronym_after(text, proposal.end + len(read_on))
        split = _owner_of_acronym(name, acronym) if acronym else None
        if split:  # "Comuneros del Sur del Ejército de Liberación Nacional (ELN)": a front, and the army
            part = name[: split[0]]
            found.mentions.append(Mention("organization", _listed_name(part), part, start, "name recogniser"))
            start, name = start + split[1], name[split[1] :]
        if lang in ("es", "fr") and start + len(name) == proposal.end + len(read_on):
            town = _town_of_body(text, name, start + len(name))
            if town:  # "Federación de Asociaciones de Vecinos" read, "... de Barcelona" written
                name += town
                read_on += town
        for part in (body for firm in _firms_listed(name) for body in _bodies_nested(firm)):
            at = start + name.find(part)
            found.mentions.append(Mention("organization", _listed_name(part), part, at, "name recogniser"))
        taken.append((proposal.start, proposal.end + len(read_on)))
        if acronym:
            acronyms[acronym] = name
    for acronym, name in acronyms.items():
        for match in _uses(acronym, text):
            if not _overlaps(taken, *match.span()):
                found.mentions.append(Mention("organization", name, acronym, match.start(), f"acronym of {name}"))
                taken.append(match.span())


#: Two complements of one preposition joined, each a name: "de la chaîne
#: Histoire et de Ouest France", "del Banco Nimbra y de Kestrel".
_COORDINATED = re.compile(rf"[ ](?:et|y)[ ](?:de|du|del|des|d['’])[ ]?(?=[{_UPPER}])")


def _coordinated(reading: Recognised) -> list[Recognised]:
    """One reading of the model over two names whose prepositions are
    coordinated (``Histoire et de Ouest France``), as the two readings."""
    match = _COORDINATED.search(reading.text) if reading.kind == "ORG" else None
    if match is None:
        return [reading]
    first, second = reading.text[: match.start()], reading.text[match.end() :]
    return [
        replace(reading, end=reading.start + len(first), text=first),
        replace(reading, start=reading.start + match.end(), text=second),
    ]


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
#: A German genre of work, alone or at the end of a compound, which a work's
#: title follows: "Liebesdrama Carol", "Miniserie Braunschlag", "Science-Fiction-Thriller Ex Machina".
_GERMAN_GENRE_END = re.compile(
    r"(?:[Dd]rama|[Ss]erie|[Tt]hriller|[Ff]ilm|[Kk]omödie|[Rr]oman|[Dd]oku|[Dd]okumentation|[Mm]usical|[Aa]lbum"
    r"|[Ww]estern|[Kk]rimi|[Ss]itcom|[Kk]lassiker)$"
)
#: Endings of German nouns no given name has ("Antonis", "Clement" end as "Ergebnis", "Argument" do).
_GERMAN_NOUN_FIRST = re.compile(r"(?:ismus|ung|ungen|heit|keit|schaft|tion|tät)$")
_GERMAN_WOMEN_ROLES = tuple(ending for ending in _GERMAN_ROLE_ENDINGS if ending.endswith("in") and ending != "login")
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
#: Words inside a longer English name that make it a place's or a venue's ("Pearl River Delta").
_PLACE_WORDS_INSIDE = frozenset("River Square Lake Bay Valley Mountain Island Delta Street Avenue Gulf Canyon".split())
_PLACE_WORD_INSIDE = "|".join(sorted(_PLACE_WORDS_INSIDE))
#: English prepositions, which open no one's name (the recogniser's function words hold few).
_ENGLISH_PREPOSITIONS = frozenset(
    "among amongst amid inside outside within without across behind beyond despite during unlike toward towards "
    "upon via throughout underneath".split()
)
_GERMAN_ORG_ENDINGS = ("dienst", "amt", "verband", "gewerkschaft", "ministerium", "gericht", "stiftung", "konzern")
_ELISION = re.compile(rf"^{_ELIDED}")
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e[mnrs]?)?|[Ii]m|[Aa]m|[Bb]eim|[Zz]u[mr]|[Vv]om"
    r"|[Jj]ede[mnrs]?|[Kk]eine[mnrs]?|[Dd]iese[mnrs]?|[Ww]elche[mnrs]?|[Mm]anche[mnrs]?)[ ]+$"
)
#: German words that open a sentence or a phrase and are given names elsewhere
#: ("Per Mertesacker", "Tage Erlander"): in German copy they open a name only
#: where the model reads a person ("Per Livestream", "Solange Nutzer", "Tage Haft").
_GERMAN_WORDS_AS_GIVEN_NAMES = frozenset(
    "Per Solange Rein Ab Allen Uns Sein Seine Ihre Dessen Deren Na Tausende Hunderte Elf Mal Altes Zeit Tage "
    "Art".split()
)
#: An acronym in brackets right after a name: "Global Forest Watch (GFW)".
_ACRONYM_IN_BRACKETS = re.compile(r"[ ]\([A-ZÄÖÜ]{2,6}\)")
#: A day's part in German: "Montagmittag", "Freitagabend", "Mittwochfrüh".
_GERMAN_DAY_PART = re.compile(
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)"
)
#: A German noun after a name, by its ending or a day's part: "Sonja Wehsely Empörung", "Reinhold
#: Mitterlehner Montagmittag".
_GERMAN_NOUN_AFTER_NAME = re.compile(rf"{_GERMAN_NOUN_FIRST.pattern}|^{_GERMAN_DAY_PART.pattern}")
_HEADING_AFTER = re.compile(r"\s*(?:[-–:]|$)")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([\w'’.-]+)[ ]+$")
_NAME_WORD_AFTER = re.compile(rf"[ ]+[{_UPPER}]")
#: The first word of a firm's name that the person rules cannot read: an acronym
#: ("PNC"), or a word with a capital inside ("SunTrust").
_FIRM_INITIAL_WORD = re.compile(rf"[{_UPPER}]{{2,5}}|[{_UPPER}][a-z]+[{_UPPER}]\w*")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'’])[{_UPPER}][\w'’-]*[ ]+$")
#: The designator that heads an English body's name, and the word joining it to its remit, before
#: the remit: "MIT Center for International Studies", "President's Working Group on Financial
#: Markets", where the model reads the remit alone; not "of", which also ties an organ to the body
#: it is part of ("the Executive Committee of Kestrel Corp").
_REMIT_HEADS = frozenset(
    "Group Center Centre Committee Council Commission Institute Office Bureau Board Association Foundation "
    "Society School Department Ministry Agency Authority Federation Union Coalition Alliance Forum Fund "
    "Academy College Court Panel Service".split()
)
_HEAD_AND_JOIN_BEFORE = re.compile(r"(?<![\w'’-])(?P<head>[A-Z][a-z]+)[ ](?:for|on)[ ]$")
#: A capitalised word and "of" before a name's first word: the name goes on before it.
_OF_A_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ ]of[ ]$")


def _head_before_remit(text: str, start: int, calendar: frozenset[str]) -> int | None:
    """Where a body's name starts whose remit the name read at ``start``
    is: at its head (``Center``, ``Working Group``) and the capitalised
    words before it that are its own (``MIT``, ``President's``), not a
    description (``Treasury-led``), an article, a month or a country's
    possessive (``China's``). None when no such head is before it, or when
    the name goes on before those words after ``of`` (``House of
    Representatives Committee on ...``, which a rule of its own reads)."""
    join = _HEAD_AND_JOIN_BEFORE.search(text, max(0, start - 20), start)
    if join is None or join["head"] not in _REMIT_HEADS or _sentence_starts_at(text, join.start()):
        return None
    at = join.start()
    for _ in range(3):
        before = _NAME_WORD_BEFORE.search(text, max(0, at - 30), at)
        word = before[0].strip() if before else ""
        if (
            not word
            or _DESCRIBED.search(word)
            or (word.lower() in function_words() and not word.isupper())  # "The", not "MIT"
            or (word.endswith(("'s", "’s")) and _is_place(word[:-2]))  # "China's", not "President's"
            or word in calendar
            or _sentence_starts_at(text, before.start())
        ):
            break
        at = before.start()
    if _OF_A_NAME_BEFORE.search(text, max(0, at - 30), at):
        return None
    return at


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
#: Where the model is doubted further in some language: French readings between
#: 0.5 and 0.6 without a body's shape were mostly no body's name (six of eight on
#: the French development set: "Réforme", "Titanic", "Wikipédia"); German and
#: Spanish lose more names than they shed at that mark.
_DOUBTED_IN = {"fr": 0.6}
_INITIAL = re.compile(rf"[{_UPPER}]\.")
#: A reading of the model at or above this confidence is sure.
SURE = 0.9
#: The confidence below which one word the model reads as an organisation in
#: German, neither an acronym nor a compound, is taken for a noun: measured
#: on the German development set and the Europeana newspapers, where it
#: raises precision most for the recall it costs.
GERMAN_NAME_SURE = 0.8
_ELIDED_BEFORE = re.compile(rf"(?<!\w){_ELIDED}$")


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


_COMPOUND = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]*(?:-[\w]+)+|(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{6,}")


def _could_be_body(acronym: str) -> bool:
    """An acronym that can name a party, firm or body: not a place
    (``USA``), a former country (``DDR``) or a thing (``CEO``)."""
    return (
        not _is_place(acronym)
        and acronym not in COMMON_ABBREVIATIONS
        and pycountry.historic_countries.get(alpha_3=acronym) is None
    )


def _acronyms_after_roles(
    text: str,
    lang: str,
    taken: list[tuple[int, int]],
    found: Found,
    countries: tuple[str, ...] = (),
    proposals: tuple[Recognised, ...] | list[Recognised] = (),
) -> None:
    """An acronym after a role held in it (``el portavoz de EH``, ``le
    porte-parole du PS``, ``die Vorsitzende der SPÖ``) is the body, unless it
    is a place or a thing; the role may be plural (``parlamentarios``). Where
    the model reads a longer name from the acronym on (``PDG de HP France``),
    that reading decides."""
    for match in _ROLE_OF_ACRONYM[lang].finditer(text):
        role, name = match["role"], match["name"]
        if not any(_is_role(form, lang) for form in (role, role.removesuffix("s"), role.removesuffix("es"))):
            continue
        if not _could_be_body(name) or _overlaps(taken, *match.span("name")):
            continue
        if any(
            p.kind == "ORG"
            and p.start == match.start("name")
            and p.end > match.end("name")
            and not _acronym_then_holder(text, p.start, p.text.split(), lang)  # "de HB Txema Montero"
            for p in proposals
        ):
            continue
        found.mentions.append(
            Mention(
                "organization",
                _body_name(name, countries),
                name,
                match.start("name"),
                f"an acronym after the role '{role}'",
            )
        )
        taken.append(match.span("name"))


#: Things German names by an acronym at the head of a compound: ``LKW-Fahrer``,
#: ``ABC-Waffen``, ``DVD-Sammlung``.
_THINGS_IN_GERMAN_COMPOUNDS = frozenset("ABC LKW PKW KFZ SUV USB GPS PDF SMS LED MRT EKG AKW TNT VHS DVD UKW".split())
#: An acronym joined to a German noun: ``SPÖ-Kandidat``, ``ÖBB-Sonderzügen``.
_ACRONYM_ROLE = re.compile(r"([A-ZÄÖÜ]{3,5})-([A-ZÄÖÜ][a-zäöüß]+)")
#: Roles held in a party, firm or body, not in a country or region
#: (``US-Präsident``, ``NRW-Ministerpräsident``), with their endings.
_MEMBER_ROLES = _german_role_forms(
    "chef",
    "kandidat",
    "politiker",
    "abgeordnete",
    "mitglied",
    "sprecher",
    "vorsitzende",
    "sekretär",
    "manager",
    "vorstand",
    "funktionär",
    "leiter",
    "spieler",
    "journalist",
    "fotograf",
    "reporter",
    "korrespondent",
    "moderator",
    "redakteur",
    "intendant",
    "direktor",
    "trainer",
    "mitarbeiter",
)


#: What a body's members and dealings are called after its name in German
#: besides roles: "Bawag-Aktionär", "Taliban-Kämpfern", "Facebook-Seite".
_MEMBER_ROLES_MORE = _german_role_forms("aktionär", "kämpfer", "anhänger", "gründer", "eigentümer") + (
    "seite",
    "pleite",
    "konto",
    "kunden",
)
#: Kinds of body German joins to a name to name the body: "Raiffeisen-Gruppe",
#: "Leopold-Museum", "AVZ-Stiftung", "Grünen-Fraktion", "Qassam-Brigaden".
_GERMAN_BODY_TAILS = (
    "gruppe",
    "stiftung",
    "museum",
    "fraktion",
    "brigaden",
    "institut",
    "verband",
    "verein",
    "konzern",
    "holding",
    "partei",
    "akademie",
    "klinik",
    "werke",
    "wirtschaftsbund",
    "bauernbund",
    "gewerkschaft",
)
#: Those that name a firm's group of companies.
_FIRM_GROUP_TAILS = ("gruppe", "konzern", "holding")
#: A name joined by a hyphen to one German noun: "Stasi-Mitarbeiter".
_NAME_JOINED = re.compile(r"(?P<head>[A-ZÄÖÜ][\w]*)-(?P<tail>[A-ZÄÖÜ][a-zäöüß]+)")
#: How sure the model must be, reading a name alone, that it names a body.
_READ_ALONE_AS_BODY = 0.8


def _read_alone_as_body(word: str) -> bool:
    """Whether the model, reading ``word`` alone, is sure it names a body."""
    reading = reading_alone(word)
    return reading is not None and reading.kind == "ORG" and reading.confidence >= _READ_ALONE_AS_BODY


#: Heads of a German compound naming a body of the country or organisation
#: before them: "US-Kongress", "Uno-Vollversammlung", "US-Außenministerium".
_BODY_OF_HEADS = (
    "kongress",
    "senat",
    "repräsentantenhaus",
    "versammlung",
    "sicherheitsrat",
    "menschenrechtsrat",
    "ministerrat",
    "ministerium",
    "notenbank",
    "zentralbank",
)
#: A country's or organisation's name, a hyphen, and one word.
_NAME_AND_HEAD = re.compile(r"(?P<owner>[A-ZÄÖÜ][\w]*)-(?P<head>[A-ZÄÖÜ][a-zäöüß]+)")


def _body_of(word: str) -> str | None:
    """The body a German compound names when it joins a country's or an
    organisation's name to a head only a body has (``US-Kongresses``,
    ``Uno-Vollversammlung``), its head without a genitive ending; else none."""
    match = _NAME_AND_HEAD.fullmatch(word)
    if match is None:
        return None
    owner, head = match["owner"], match["head"]
    if not (owner in country_forms() or owner in organizations() or owner.upper() in organizations()):
        return None
    for stem in (head.removesuffix("es"), head.removesuffix("s"), head):
        if stem.lower().endswith(_BODY_OF_HEADS):
            return f"{owner}-{stem}"
    return None


def _german_compounds(text: str, taken: list[tuple[int, int]], found: Found, countries: tuple[str, ...] = ()) -> None:
    """German joins names into words: ``EU-Kommissionschefin``,
    ``Nato-Gipfel``: an organisation's name followed by a hyphen, or a
    longer name followed by more word, is a mention of it. An acronym
    of three to five capitals joined to a noun (``ÖBB-Sonderzügen``,
    ``ORF-Sendungen``) or to a role held in a party, firm or body
    (``SPÖ-Kandidat``, ``ÖBB-Sprecher``; not ``NRW-Ministerpräsident``) is
    that body, unless it is a country, former country or thing (``USA``,
    ``DDR``, ``CEO``, ``LKW``)."""
    orgs = organizations()
    for match in _COMPOUND.finditer(text):
        if _overlaps(taken, *match.span()):
            continue
        word = match[0]
        legal_form = _LEGAL_TAIL.match(text, match.end()) if "-" in word else None
        if legal_form:  # "ÖBB-Personenverkehr AG": the firm, not the firm of the acronym in it
            firm = (word + legal_form[0]).rstrip(".")
            found.mentions.append(
                Mention("organization", _listed_name(firm), firm, match.start(), "before a legal form")
            )
            taken.append((match.start(), legal_form.end()))
            continue
        body = _body_of(word)
        if body is not None:
            found.mentions.append(
                Mention("organization", body, word, match.start(), f"a body in the compound '{word}'")
            )
            taken.append(match.span())
            continue
        for cut in range(len(word) - 1, 1, -1):
            alias, rest = word[:cut], word[cut:]
            if alias in orgs and (rest.startswith("-") or (len(alias) >= 5 and rest[:1].islower())):
                found.mentions.append(  # written as the name in it: "EU" in "EU-Mission"
                    Mention("organization", orgs[alias].name, alias, match.start(), f"in the compound '{word}'")
                )
                taken.append(match.span())
                break
        else:
            named = _NAME_JOINED.fullmatch(word)
            if named and _is_place(named["head"]):
                named = None  # "Wien-Besuch": a place's name, no body's
            whole = _body_of_kind_after_name(named) if named else None
            if whole is not None:  # "Leopold-Museum", "ÖVP-Wirtschaftsbund": the body is the whole word
                found.mentions.append(Mention("organization", whole, word, match.start(), "a body's kind after a name"))
                taken.append(match.span())
                continue
            head, _, _ = word.partition("-")
            party = _party(head, countries) if head != word and head.isupper() and len(head) >= 3 else None
            if party is not None:  # "SPÖ-Klubklausur", "FPÖ-Wähler": the party of the story's country
                found.mentions.append(
                    Mention("organization", party.name, head, match.start(), f"a party in the compound '{word}'")
                )
                taken.append(match.span())
                continue
            held = _ACRONYM_ROLE.fullmatch(word)
            if (
                held
                and held[1] not in _THINGS_IN_GERMAN_COMPOUNDS
                and _could_be_body(held[1])
                # a role not held in a body is a country's or a region's: "NRW-Ministerpräsident"
                and (held[2].lower().endswith(_MEMBER_ROLES) or not _is_role(held[2], "de"))
            ):
                found.mentions.append(
                    Mention(
                        "organization",
                        _body_name(held[1], countries),
                        held[1],
                        match.start(),
                        f"an acronym before a role: '{word}'",
                    )
                )
                taken.append(match.span())
                continue
            if (
                named
                and named["tail"].lower().removesuffix("n").endswith(_MEMBER_ROLES + _MEMBER_ROLES_MORE)
                and _read_alone_as_body(named["head"])
            ):
                # "Stasi-Mitarbeiter", "Taliban-Kämpfern": the model reads the name alone as a body's
                head = named["head"]
                found.mentions.append(
                    Mention("organization", _listed_name(head), head, match.start(), f"a body before a role: '{word}'")
                )
                taken.append(match.span())


def _body_of_kind_after_name(named: re.Match) -> str | None:
    """The body a name and a body's kind joined by a hyphen name, where the
    model reads the name alone as a body's or a person's: the whole word
    (``Leopold-Museum``, ``AVZ-Stiftung``, ``ÖVP-Wirtschaftsbunds``), a
    listed firm's group the firm (``Lufthansa-Gruppe``)."""
    head, tail = named["head"], named["tail"].lower().removesuffix("s")
    reading = reading_alone(head)
    if not tail.endswith(_GERMAN_BODY_TAILS) or reading is None or reading.kind not in ("ORG", "PER"):
        return None
    if tail.endswith(_FIRM_GROUP_TAILS) and _known_forms().get(head) == "listed organization":
        return _listed_name(head)
    return named[0].removesuffix("s")  # "des ÖVP-Wirtschaftsbunds": the genitive's ending


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


#: A German noun ending on a kind of body, then a name: "der Privatfirma Walan
#: ICC", "die Gruppe Fursan al-Hak", "der Entwicklungsorganisation Brot für die
#: Welt", "das Nachrichtenportal Bivol", "beim Serie-A-Klub Hellas Verona",
#: "des Erste-Liga-Clubs SC Wiener Neustadt".
_GERMAN_BODY_KINDS = (
    "firma organisation gruppe konzern verein verband portal stiftung unternehmen initiative gewerkschaft"
    " versicherung gesellschaft fonds betreiber sender hersteller anbieter klub club rennstall"
).split()
#: A kind German writes only at the end of a compound, before a name it is
#: not part of only where that is an acronym: "der Großbank VTB", not "die
#: Volksbank Etruria".
_GERMAN_BANK_KIND = "bank"
_GERMAN_BODY_KINDS_CAPITALISED = "|".join(kind.capitalize() for kind in _GERMAN_BODY_KINDS)
_GERMAN_BODY_KIND = re.compile(
    rf"(?<![\w-])(?P<kind>[A-ZÄÖÜ][\w-]*?(?:{'|'.join(_GERMAN_BODY_KINDS)}|-(?:{_GERMAN_BODY_KINDS_CAPITALISED}))s?"
    rf"|(?:{_GERMAN_BODY_KINDS_CAPITALISED})"
    rf"|[A-ZÄÖÜ][a-zäöüß]+{_GERMAN_BANK_KIND}(?=[ ][A-ZÄÖÜ]{{2,5}}\b))"
    r"[ ](?P<name>[A-ZÄÖÜ][\w.'’-]*(?:[ ](?:(?:für|von|der|des)(?:[ ](?:die|der|den|das|dem))?[ ]|(?:und|&)[ ])?"
    r"(?:al-|el-)?[A-ZÄÖÜ][\w.'’-]*){0,3})"
)


#: A channel's number after its name: "Rossija 1", "Puls 4".
_CHANNEL_NUMBER = re.compile(r"[ ]\d(?![\w,:/]|\.\d)")
#: The kinds of outlet a channel's number may follow.
_BROADCASTER_KIND = re.compile(r"(?i:sender|chaîne|télévision|radio|canal|cadena|emisora|televisión|broadcaster)")


def _german_bodies_after_kind(
    text: str, proposals: list[Recognised], taken: list[tuple[int, int]], found: Found
) -> None:
    """A body German names after the kind it is, where the recogniser reads
    a name or the name is shaped as no common noun is (``die Gewerkschaft
    GPA-djp``; German capitalises every noun: "der Konzern Gewinne" names
    none), not a place or a person's name."""
    for match in _GERMAN_BODY_KIND.finditer(text):
        name = match["name"].split(". ")[0].rstrip(".")  # "Gruppe Fursan al-Hak.": the sentence ends
        start = match.start("name")
        end = start + len(name)
        channel = _CHANNEL_NUMBER.match(text, end) if match["kind"].lower().endswith("sender") else None
        if channel:  # "dem Fernsehsender Rossija 1": a channel's number is its name's
            name, end = name + channel[0], channel.end()
        if (
            _overlaps(taken, start, end)
            # or shaped as no common noun is: an acronym ("GPA-djp"), a capital inside ("SunTrust")
            or not (
                _read_as_any(proposals, start, end)
                or _FIRM_INITIAL_WORD.fullmatch(name.split()[0].split("-")[0])
                or _read_alone_as_body(name.split()[0])
            )
            or _is_place(name)
            or _read_as(proposals, "PER", start, end)
            or name.split()[0].lower() in first_names()
        ):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "after the kind of body"))
        taken.append((start, end))


#: Where a clause ends: a stop, comma, semicolon, colon or bracket.
_CLAUSE_END = re.compile(r"[.,;:)]")


#: What a federal body is for, part of its name: "Bundesamt für Sicherheit in
#: der Informationstechnik", "Bundesamts für Eich- und Vermessungswesen".
_GERMAN_REMIT = re.compile(
    r"[ ]für[ ][A-ZÄÖÜ][\w-]*(?:(?:[ ](?:und|in[ ]de[rmn]|der|des|für|von|zur|zum|im))+[ ][A-ZÄÖÜ][\w-]*)*(?![\w-])"
)


def _german_public_bodies(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """German public bodies the recogniser reads as common nouns, German
    capitalising every noun: a federal body alone, or any court or office
    with its seat (a known city) after it; ``das Landesgericht`` alone is any
    regional court, no name. A federal body's name goes on with what it is
    for (:data:`_GERMAN_REMIT`), and the body named so is the one the same
    word names alone after it."""
    named_in_full: dict[str, str] = {}
    for match in _GERMAN_PUBLIC_BODY.finditer(text):
        word = match["word"]
        base = word[: match.end("head") - match.start("word")]  # "Bundesheeres": "Bundesheer"
        seat = match["seat"]
        if (
            seat
            and seat.lower() not in function_words()
            and seat not in calendar_words()
            and (find_city(seat) is not None or _CLAUSE_END.match(text, match.end("seat")))
        ):  # "Handelsgericht Wien"; "von der Bundespolizeiinspektion Freyung.": a town no list knows
            name, end = f"{base} {seat}", match.end("seat")
        elif match["prefix"] == "Bundes":
            remit = _GERMAN_REMIT.match(text, match.end("word"))
            if remit:
                name, end = _listed_name(base + remit[0]), remit.end()
                named_in_full[base] = name
            else:  # "das Bundesamt" after "das Bundesamt für Migration": the last one named so
                name, end = named_in_full.get(base, base), match.end("word")
        else:
            continue
        if _overlaps(taken, match.start(), end):
            continue
        found.mentions.append(
            Mention("organization", name, text[match.start() : end], match.start(), "German public body")
        )
        taken.append((match.start(), end))


def _is_seat(word: str) -> bool:
    """Whether a word after a German body's kind is where it sits: a country,
    a land (``Tirol``) or a town (``Wien``)."""
    return _is_place(word) or word in subdivisions() or find_city(word) is not None


def _public_body_and_noun(words: list[str]) -> bool:
    """Whether two German words are a public body's common name and a noun
    after it (``Polizei Marihuana``, ``Landespolizeidirektion Zelte``), not
    the body and its seat (``Polizei Wien``, ``Landespolizeidirektion
    Tirol``): German capitalises every noun, and names such a body by where
    it sits."""
    body, after = words
    return (
        (body == "Polizei" or _GERMAN_PUBLIC_BODY.fullmatch(body) is not None)
        and not after.isupper()
        and not _is_seat(after)
    )


#: A statutory chamber of a trade or profession, as German names one, with
#: its seat or land after it perhaps: "Wirtschaftskammer", "Arbeiterkammer
#: Oberösterreich", "der Ärztekammer Wien".
_GERMAN_CHAMBER = re.compile(
    r"(?<![\w-])(?P<word>(?:Wirtschafts|Arbeiter|Ärzte|Zahnärzte|Tierärzte|Landwirtschafts|Landeslandwirtschafts"
    r"|Rechtsanwalts|Patentanwalts|Notariats|Apotheker|Architekten|Steuerberater|Handels|Handwerks)kammer)"
    r"s?(?:(?![\w-])(?:[ ](?P<seat>[A-ZÄÖÜ][a-zäöüß]+))?|-(?=[A-ZÄÖÜ]))"  # "Wirtschaftskammer-Präsident"
)


def _german_chambers(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """The chambers of trades and professions German copy names by their
    kind alone (``die Wirtschaftskammer``, ``Arbeiterkammer-Präsident``): in
    Austria and Germany each is one statutory body, with its seat after it
    where there are several (``Ärztekammer Wien``)."""
    for match in _GERMAN_CHAMBER.finditer(text):
        seat = match["seat"]
        seat_is_place = seat is not None and _is_seat(seat)
        end = match.end("seat") if seat_is_place else match.end("word")
        name = f"{match['word']} {seat}" if seat_is_place else match["word"]
        before = _NAME_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if _overlaps(taken, match.start(), end) or (before and before[0].strip().lower() not in function_words()):
            continue  # "der Berliner Handelskammer": a longer name, the model's to read
        found.mentions.append(Mention("organization", name, text[match.start() : end], match.start(), "German chamber"))
        taken.append((match.start(), end))


#: German nouns that say what kind of body the name after them is, written
#: alone or as the end of a compound: "die Firma Westbahn", "die
#: Baumarktkette Baumax", "der Unternehmensberater Alix Partners".
_GERMAN_KIND_HEADS = (
    "firma",
    "kette",
    "portal",
    "agentur",
    "partei",
    "sender",
    "blatt",
    "konzern",
    "hersteller",
    "berater",
    "unternehmen",
    "zeitung",
    "zeitschrift",
    "magazin",
    "verlag",
    "plattform",
    "anbieter",
    "betreiber",
    "versicherer",
    "bauer",
    "händler",
    "label",
    "duo",
    "trio",
    "band",
    "airline",
    "fluglinie",
    "reederei",
    "brauerei",
    "organisation",
    "miliz",
    "gewerkschaft",
    "bewerber",
    "konkurrent",
    "rivale",
    "tochter",
    "riese",
)
#: Heads that say a kind only inside a compound: "Rockband", "Autobauer";
#: "Bauer" alone is a name.
_GERMAN_KIND_IN_COMPOUND = frozenset(("band", "riese", "tochter", "bauer"))
_GERMAN_ENDINGS = ("", "s", "es", "n", "en")


def _german_kind(word: str, first: bool) -> bool:
    """Whether a German word names a kind of body: a compound (``Baumarktkette``,
    ``Mitbewerbern``), or, first in a run, the kind alone (``Firma``; after
    an adjective it is the name's: ``Süddeutsche Zeitung``)."""
    lower = word.lower()
    for ending in _GERMAN_ENDINGS:
        if not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)]
        for head in _GERMAN_KIND_HEADS:
            if stem == head and first and head not in _GERMAN_KIND_IN_COMPOUND:
                return True
            if stem.endswith(head) and len(stem) > len(head) + 2:
                return True
    return False


#: German nouns naming the kind of territory a place is, before its name.
_GERMAN_TERRITORIES = frozenset(
    "Land Landes Bundesland Bundeslandes Freistaat Freistaats Republik Kanton Kantons Bezirk Bezirks "
    "Landkreis Landkreises".split()
)


def _german_territory(words: list[str]) -> bool:
    """``Land Mecklenburg-Vorpommern``, ``Bezirks Kitzbühel``, ``Republik
    Kolumbien``: a kind of territory and a place's name, the place itself."""
    if len(words) < 2 or words[0] not in _GERMAN_TERRITORIES:
        return False
    place = " ".join(words[1:])
    return place in country_forms() or place in region_names() or find_city(place) is not None


def _german_description(words: list[str]) -> int:
    """How many words of a German run describe the name after them: up to a
    noun naming a kind of body before a capitalised word (``New Yorker
    Unternehmensberater Alix Partners``); none when the kind is the last
    word (``Deutsche Bank``)."""
    return max(
        (
            index + 1
            for index, word in enumerate(words[:-1])
            if _german_kind(word, index == 0) and words[index + 1][:1].isupper()
        ),
        default=0,
    )


_GERMAN_CONNECTORS = frozenset("für von vom der des zur zum".split())


def _after_german_head_noun(words: list[str]) -> int:
    """How many words of a German run are a common noun and what joins it to
    the name after it (``Aufsicht der Nationalbank``, ``Lizenz für
    Bulgarien``); none when the first word names a body (``Institut für
    angewandte Psychologie``, ``Ludwig-Boltzmann-Institut für ...``)."""
    first = words[0].lower()
    if (
        len(words) < 3
        or first in org_designators()
        or any(first.endswith(designator) for designator in org_designators() if len(designator) > 3)
        or first.endswith(_GERMAN_ORG_ENDINGS)
        or _german_kind(words[0], True)
        or words[0] in organizations()
        or first.startswith(("bundes", "landes"))  # "Bundeszentrum für ...": a federal body
        or _GERMAN_ADJECTIVE.match(words[0])  # "Syrische Beobachtungsstelle für Menschenrechte"
        or (first.endswith("er") and find_city(words[0][:-2]) is not None)  # "Wiener ..."
    ):
        return 0
    for index, word in enumerate(words[1:-1], 1):
        if word in _GERMAN_CONNECTORS:
            return index + 1
    return 0


def _german_organization(words: list[str]) -> bool:
    """Whether capitalised words of German copy name an organisation by their
    shape: a legal form or designator last (``Zielpunkt GmbH``, ``Hunter
    College``, ``Frankfurter Landgericht``). German capitalises every noun,
    so a designator first (``auf der Bank Platz``, ``der Konzern
    Mittwochabend``) or after a determiner or an adjective (``Seine Partei``,
    ``Geschlossene Fonds``) is no name."""
    last = words[-1]
    first = words[0].lower()
    return (
        (last.lower() in org_designators() or last in _ORG_LAST or last.lower().endswith(_GERMAN_ORG_ENDINGS))
        and first not in function_words()
        and not (len(words) == 2 and first.endswith(("e", "en", "em", "es")))
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
                and not _role_as_surname(words, i, lang)
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
                or _SMALL_ABBREVIATION_BEFORE.search(text, max(0, start - 5), start)
                or (len(words) == 3 and _opens_name(words, 0) and text[start - 1 : start] == ".")
            )
        ):
            # "I/B/E/S. Gail Boudreaux": the last letter of another word; "Major a. D. Ernst Buchdrucker" (außer
            # Dienst): an abbreviation's; "Washington, D.C. Harris Teeter": initials written together, a place's
            start += len(words[0]) + 1
            words = words[1:]
        start, words = _name_bounds(start, words, proposals)

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
            first, last = _german_name_words(words)
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
            before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
            if before and (
                _FIRM_INITIAL_WORD.fullmatch(before[0].strip()) or _is_place(f"{before[0].strip()} {words[0]}")
            ):
                # "PNC Financial Services Group Inc"; "the New York Post", a town's whole name
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
        if code_at(text, end):  # "Fannie Mae ( FNMA.OB )": a listed company
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
