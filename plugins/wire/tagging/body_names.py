"""Organisations' names made whole and cut right: acronyms tied to their
long forms, names parted at legal forms, possessives and conjunctions, bodies
nested in longer ones, one name per body across a story.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from ..agencies import AGENCIES, agency_parts
from ..dates import fold
from .legal_forms import ABBREVIATED
from .mentions import (
    _ACRONYM_KEY,
    _FIRM_NAME,
    _LEGAL_FORM_ALTERNATIVES,
    _LEGAL_FORM_WORDS,
    _LEGAL_FORMS_FOLDED,
    _LEGAL_TAIL,
    _LIST_BETWEEN,
    _NAME_WORD_AFTER,
    _NAME_WORD_BEFORE,
    _OWNED_AFTER,
    _POSSESSIVE,
    _POSSESSIVE_IN_NAME,
    _ROLE_OF_ACRONYM,
    _SIDE_SCORE_AFTER,
    _TABLE_RULE,
    _UNIT_LAST,
    _UPPER,
    ACRONYM_OF,
    CLUB_TABLE_RULE,
    LIST_RULE,
    PARTY_TABLE_RULE,
    SURE,
    Found,
    Mention,
    _acronym_then_holder,
    _acronyms_of,
    _adjective_of_name,
    _arabic_article_body,
    _body_name,
    _body_read_whole,
    _could_be_body,
    _first_rule,
    _folded_table_name,
    _forms_of_country,
    _has_a_designator,
    _has_body_word,
    _initials,
    _is_given_name,
    _is_place,
    _is_region,
    _is_role,
    _known_head,
    _known_whole,
    _listed_name,
    _names_event,
    _names_former_country,
    _names_listed,
    _opening,
    _overlaps,
    _rename_organizations,
    _runs_of_initials,
    _sentence_starts_at,
    _table_name_with_country,
    _tables_know,
    _uses,
    _without_legal_forms,
    _without_possessive,
)
from .name_lexicons import (
    calendar_words,
    function_words,
    org_designators,
)
from .recogniser import Recognised
from .vocabulary import (
    club_table,
    country_forms,
    known_people,
    organization_table,
    organizations,
    party_table,
    text_cities,
)

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


#: A designator or a role written small before a portfolio's name, perhaps with an adjective of
#: the country between: "el ministerio del Interior", "el departamento vasco de Interior", "la
#: ministra británica de Interior", "le ministère de l'Intérieur".
_SMALL_DESIGNATOR_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<body>ministerio|departamento|secretar[ií]a|consejer[ií]a|ministère)|"
    r"ministr[oae]s?|consejer[oa]s?|secretari[oa]s?|titular(?:es)?)"
    r"(?:[ ][a-zà-ÿ]+)?[ ](?P<of>del|de[ ]la|de[ ]los|de[ ]las|de|des|du|de[ ]l['’])[ ]?$"
)
#: A government's portfolios, as Spanish and French name a ministry or a minister by them.
_PORTFOLIO = re.compile(
    r"(?:Interior|Exteriores|Relaciones[ ]Exteriores|Asuntos[ ]Exteriores|Hacienda|Justicia|Defensa(?:[ ]Nacional)?|"
    r"Salud|Sanidad|Educación|Economía|Cultura|Trabajo|Agricultura|Industria|Energía|Comercio|Fomento|"
    r"Presidencia|Gobernación|Finanzas|Medio[ ]Ambiente|Turismo|Transportes?|Seguridad(?:[ ]Pública)?|"
    r"Desarrollo[ ]Social|Intérieur|Justice|Défense|Affaires[ ]étrangères|Santé|Économie|Finances|"
    r"Éducation|Culture|Travail|Armées)"
    r"(?:[ ](?:de|del|de[ ]la)[ ].+)?"
)


def _portfolios_after_small_designators(text: str, found: Found) -> None:
    """A portfolio the model reads as a body (``Interior``, ``Relaciones
    Exteriores de Brasil``) after a designator written small is the body the
    tables know by the whole (``el ministerio del Interior``: Ministry of
    Interior), or no body where they know none (``el departamento vasco de
    Interior``); after a role it is the role's portfolio, no body (``el
    ministro del Interior``)."""
    kept = []
    for m in found.mentions:
        before = None
        if m.kind == "organization" and m.key == m.text and _PORTFOLIO.fullmatch(m.text):
            before = _SMALL_DESIGNATOR_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is None:
            kept.append(m)
            continue
        if before["body"]:  # after a role, the portfolio is the role's: no body
            whole = re.sub(r"['’] ", "'", f"{before['body']} {before['of']} {m.text}")
            known = _folded_table_name(whole)
            if known != whole:  # the tables know the body by the whole
                written = text[before.start() : m.start + len(m.text)]
                kept.append(replace(m, key=known, text=written, start=before.start()))
    found.mentions = kept


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


#: A law's word after the names of those who wrote it, with up to eight words
#: of its title between: "the Dodd-Frank Wall Street reform law", "the
#: Sarbanes-Oxley Act", "the Dodd-Frank regulatory overhaul", "Sarbanes-Oxley rules".
_LAW_AFTER = re.compile(
    r"(?:[ ][A-Za-z]+){0,8}?[ ](?:Act|act|laws?|legislation|bill|reforms?|overhaul|rules|regulations?)(?![\w-])"
)
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


def _listed_body_with_country(name: str, country: str) -> str | None:
    """The curated list's name of the body ``name`` with its ``country``
    written before it (``Treasury`` of the United States: ``US Treasury``);
    None where it has none. The tables' bodies of one word are left alone:
    ``Congress`` is tagged so, as copy writes it."""
    listed = organizations()
    return next(
        (listed[f"{form} {name}"].name for form in _forms_of_country(country) if f"{form} {name}" in listed), None
    )


def _short_of(short: str, name: str) -> bool:
    """Whether one word is a name's short form: its first word (``Eintracht``
    of ``Eintracht Frankfurt``, ``FSV`` of ``FSV Mainz 05``), or its last
    after a place's name (``Cowboys`` of ``Dallas Cowboys``)."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[0] == short or (words[-1] == short and _is_place(" ".join(words[:-1])))


def _written_in_order(acronym: str, name: str) -> bool:
    """Whether a name opens on its acronym's first letter and holds the
    others in order, as a name spells its own acronym, German inside its
    compounds too (``Deutsche Krankenhausgesellschaft (DKG)``,
    ``Naturschutzbund Deutschland (NABU)``); a translation seldom does
    (``Agencia Nacional de Seguridad (NSA)``, ``Europäische Rundfunkunion
    (EBU)``)."""
    letters, written = fold(acronym).lower(), fold(name).lower()
    if not letters or not written.startswith(letters[0]):
        return False
    rest = iter(written[1:])
    return all(letter in rest for letter in letters[1:])


#: Three capitals in brackets: a country's code in a list of results
#: ("Manchester City (ENG) - Barcelona (ESP)"), or an acronym.
_CODE_IN_BRACKETS = re.compile(r"\(([A-Z]{3})\)")


def _bodies_by_their_own_acronyms(text: str, found: Found) -> None:
    """A body the story names in a translation and by an acronym its words
    do not spell is the acronym's: the acronym is the body's name in its own
    language, which other stories write alone and the tables know
    (``Agencia Nacional de Seguridad estadounidense (NSA)``, ``Oficina
    Federal de Investigaciones (FBI)``, ``Nationale Sicherheitsbehörde
    (NSA)``: ``NSA``, ``FBI``); one tag across stories and languages, not one
    for each translation. Not where the tables know the name (``Organización
    Mundial de la Salud (OMS)``, ``Instituto Mexicano del Seguro Social
    (IMSS)``: their English names) or it spells the acronym (``Comisión
    Nacional del Agua (Conagua)``, ``Landesbank Baden-Württemberg (LBBW)``),
    nor in a story that writes three different codes of three capitals in
    brackets: those are countries' (``Bayer Leverkusen (GER)``), nor after
    a firm's legal form, whose share code they hold (``Flughafen Wien AG
    (VIE)``)."""
    own: dict[str, str] = {}
    codes = len(set(_CODE_IN_BRACKETS.findall(text))) >= 3
    # a firm written with its legal form: the brackets hold its share code ("Flughafen Wien AG (VIE)")
    listed = {m.key for m in found.mentions if m.kind == "organization" and _ends_on_legal_form(m.text)}
    for mention in found.mentions:
        if mention.kind != "organization" or not mention.rule.startswith(ACRONYM_OF):
            continue
        name, acronym = mention.key, mention.text
        if (
            mention.rule == ACRONYM_OF + name
            and not (codes and len(acronym) == 3)
            and not _is_place(acronym)  # "HC Litvinov (CZE)": the club's country
            and name not in listed
            and acronym.isupper()
            and len(acronym) > 1
            and not _known_whole(name)
            and not _written_in_order(acronym, name)
        ):
            own[name] = _listed_name(acronym)
    if own:
        _rename_organizations(found, lambda mention: own.get(mention.key))


def _bodies_without_the(found: Found) -> None:
    """A paper's name of two words or more after ``The`` is the name without
    it, as other stories write it (``The Washington Post`` and ``Washington
    Post``, ``The Wall Street Journal``), and an agency's is the agency
    (``dijo a The Associated Press``: AP): one tag, however a story writes
    it. Not a name the tables know with ``The``, nor one word after it
    (``The Hill``, ``The Times``: the word alone names no paper), nor another
    body's (``La empresa "The Kestrel Works"``: its name)."""

    def without_the(mention: Mention) -> str | None:
        key = mention.key
        rest = key[4:]
        if not key.startswith("The ") or " " not in rest or _known_whole(key):
            return None
        agencies = agency_parts(rest)
        if agencies and len(agencies) == 1:
            return agencies[0]
        return _listed_name(rest) if _PAPER_LAST.search(key) else None

    _rename_organizations(found, without_the)


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
    ``US Treasury``), and one word no table knows alone is the one name the
    tables know that the story opens with it (``Eintracht`` and ``Eintracht
    Frankfurt``; not ``ZDF`` and ``ZDF Fernsehgartens``), and a name as
    written that the story names a body by where a table reads it is that
    body (``AfD`` of ``AfD-Politiker`` beside ``die AfD``, read as
    ``Alternative for Germany``), and a club's other name the story writes
    beside the club's name is that club (``Bayern`` of ``Bayern-Trainer``
    beside ``FC Bayern``): one tag, not two pages for one body."""
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
    # what a form the story writes names where a table reads it: "AfD" of "AfD-Politiker", beside "die AfD"
    # the party table reads as Alternative for Germany; not a word alone the firms' tables read, which the
    # rule that read it elsewhere tells better ("Standard" of DER STANDARD's copy: the paper, no insurer)
    named_as: dict[str, set[str]] = {}
    for mention in bodies:
        rule = _first_rule(mention)
        if (
            mention.text != mention.key
            and rule in _TABLE_RULES
            and not (rule == _TABLE_RULE and " " not in mention.text and not mention.text.isupper())
        ):
            named_as.setdefault(mention.text, set()).add(mention.key)
    for key in keys:
        if key not in renamed and len(named_as.get(key, ())) == 1:
            (renamed[key],) = named_as[key]
    for key in keys:
        if key not in renamed and (clubs := club_table().get(key)):
            named = {club.name for club in clubs} & keys
            if len(named) == 1:  # "Bayern" of "Bayern-Trainer" beside "FC Bayern", the club table's Bayern München
                renamed[key] = named.pop()
    for key in keys:
        if key not in renamed and " " not in key and not _known_whole(key):
            whole = {m.key for m in bodies if m.key != key and _short_of(key, m.text) and _known_whole(m.key)}
            if len(whole) == 1:  # "Eintracht" beside "Eintracht Frankfurt", "Cowboys" beside "Dallas Cowboys"
                renamed[key] = whole.pop()
    acronyms = sorted(key for key in keys if key not in renamed and _ACRONYM_KEY.fullmatch(key))
    # each name's acronyms worked out once, not once for each acronym the story writes
    initials = [(m.key, _acronyms_of(m.key) | _acronyms_of(m.text)) for m in bodies] if acronyms else []
    for key in acronyms:
        longer = {renamed.get(name, name) for name, of_name in initials if name != key and key in of_name}
        if len(longer) == 1:
            renamed[key] = longer.pop()
    if renamed:
        _rename_organizations(found, lambda mention: renamed.get(mention.key))


#: The rules that name a body by a table's record of how it is written.
_TABLE_RULES = frozenset((_TABLE_RULE, PARTY_TABLE_RULE, LIST_RULE, CLUB_TABLE_RULE))


_TWO_FIRMS = re.compile(
    rf"(?P<first>.+?\b(?:{_LEGAL_FORM_ALTERNATIVES})\.?),? and (?P<second>[{_UPPER}].*\b(?:{_LEGAL_FORM_ALTERNATIVES})\.?)"
)


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
    for match in _NAME_AND_ACRONYM.finditer(text):  # "Eurovision Song Contest (ESC)": an event's
        words = match["name"].split()
        if any(
            _names_event(words[first:]) and _initials(words[first:]) == match["acronym"] for first in range(len(words))
        ):
            things.add(match["acronym"])
    for match in _NAME_AND_PLURAL_ACRONYM.finditer(text):  # "Outright Monetary Transactions (OMTs)"
        name, acronym = (match["name"], match["acronym"]) if match["name"] else (match["after"], match["before"])
        if _initials(name.split()) == acronym:
            things.add(acronym)
    return frozenset(things)


#: A capitalised name and an acronym in brackets after it: "Eurovision Song Contest (ESC)".
_NAME_AND_ACRONYM = re.compile(rf"(?P<name>(?:[{_UPPER}][\w-]*[ ]){{1,6}})\((?P<acronym>[A-Z]{{2,6}})\)")
#: A name and its acronym in the plural in brackets, either way round: "Outright Monetary
#: Transactions (OMTs)", "PSOs (Public Service Obligations)".
_NAME_AND_PLURAL_ACRONYM = re.compile(
    rf"(?P<name>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)+)[ ]\((?P<acronym>[A-Z]{{2,6}})s\)"
    rf"|(?P<before>[A-Z]{{2,6}})s[ ]\((?P<after>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)+)\)"
)


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
    and American Life Insurance Co``), or a first of the tables and a second
    ending on its legal form (``HP and Acer Inc``); not one name of the tables
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
            # "HP and Acer Inc": a firm of the tables, then one ending on its legal form
            or (
                left in organization_table()
                and _ends_on_legal_form(right)
                and not _tables_know(_without_legal_forms(proposal.text))
                and not _without_legal_forms(right).endswith("s")  # "Air Products and Chemicals Inc": one firm
            )
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


#: The capitalised word after a reading: "Post" of "The Washington Post.".
_WORD_AFTER = re.compile(r"[ ](?P<word>[A-Z][\w&'’-]*)")


def _read_on_to_a_known_name(text: str, proposal: Recognised) -> Recognised:
    """A name the model stops one word short of, the name with that word
    being one the tables know or a paper's (``Times``, ``Post``), is that
    name whole: the model takes a word before a full stop for an
    abbreviation's now and then (``el diario The Washington Post.``: ``The
    Washington``)."""
    if proposal.kind != "ORG":
        return proposal
    after = _WORD_AFTER.match(text, proposal.end)
    whole = f"{proposal.text} {after['word']}" if after else ""
    if not whole or not (_tables_know(whole) or _PAPER_LAST.search(whole)):
        return proposal
    return replace(proposal, end=after.end(), text=text[proposal.start : after.end()])


#: A dash with a space on each side, which joins two sides of a match or two
#: scorers ("Greifswalder FC - Union Berlin", "Böckle - Mrowca"), not the
#: words of one name ("Mercedes-Benz").
_SPACED_DASH = re.compile(r" [-–—] ")


def _parted_at_spaced_dashes(proposal: Recognised) -> list[Recognised]:
    """A reading the model makes of names on each side of a spaced dash
    (``Greifswalder FC - Union Berlin``, ``Benfica - Bologna``, ``Neumann -
    Muroya``) names two sides of a match or two players, not one body: each
    side of two words or more that names a body on its own is a reading of
    its own (a name of the tables, or ending on a legal form); the others
    name no body here (``Ndoye - Castro``: two players, whatever firm the
    tables call ``Castro``). A name the tables hold with its dash is one
    body (``Charité - Universitätsmedizin Berlin``)."""
    if proposal.kind != "ORG" or not _SPACED_DASH.search(proposal.text) or proposal.text in organization_table():
        return [proposal]
    parts, at = [], 0
    for dash in [*_SPACED_DASH.finditer(proposal.text), None]:
        end = dash.start() if dash else len(proposal.text)
        side = proposal.text[at:end]
        if " " in side and _names_a_body_alone(side):  # one word alone is a player's name as often as a firm's
            parts.append(replace(proposal, start=proposal.start + at, end=proposal.start + end, text=side))
        at = dash.end() if dash else at
    return parts


#: What a venue's or a building's name ends on, never a surname: "Lincoln Center", "Carnegie Hall".
_VENUE_WORDS = frozenset("Center Centre Centro Zentrum Hall House Arena Theater Theatre Teatro Stadium".split())
#: A capitalised word, as a surname after a given name: "Harf", "Suarez", "van".
_SURNAME_AFTER = re.compile(rf"[ ](?P<surname>[{_UPPER}][\w'’-]+)")


def _parted_before_a_person(text: str, proposal: Recognised, lang: str) -> list[Recognised]:
    """A body's name the model reads on into the name of a person after it
    is two readings, the body's and the person's: where a given name
    follows a name the tables know (``bei Inter Miami Luis Suarez``), or
    one whose surname the story writes again (``la portavoz del Departamento
    de Estado Marie Harf``, then ``Harf``). Not a body named after a person
    (``Fundación Carlos Slim``, ``Instituto Max Planck``: a designator alone
    before the given name)."""
    if proposal.kind != "ORG" or _tables_know(proposal.text) or proposal.text in organizations():
        return [proposal]
    words = list(re.finditer(r"\S+", proposal.text))
    for index, word in enumerate(words[1:], 1):
        if not _is_given_name(word[0]) or word[0].lower() in function_words():
            continue
        left = proposal.text[: words[index - 1].end()]
        at = proposal.start + word.start()
        surname = _SURNAME_AFTER.match(text, at + len(word[0]))
        if (
            surname is None
            or len(word[0]) < 3  # "Motorsport Images Ab Miami"
            or "-" in word[0]  # "Paris Saint-Germain"
            or _is_given_name(surname["surname"])  # "Juan Pablo II"
            or _has_body_word([word[0], surname["surname"]])
            or surname["surname"] in _VENUE_WORDS  # "Jazz Lincoln Center"
            or _tables_know(f"{word[0]} {surname['surname']}")  # "Oracle Red Bull Racing"
            or _is_place(surname["surname"])
            or _is_place(f"{words[index - 1][0]} {word[0]}")  # "San Francisco"
            or _is_place(f"{word[0]} {surname['surname']}")
            or not words[index - 1][0][:1].isupper()  # "Bank of America", "Ernst & Young"
            # "Oracle Red Bull Racing": the name goes on past the surname, where no second surname follows
            or (surname.end() < proposal.end and lang != "es")
        ):
            return [proposal]  # "Inter Miami Luis" alone: no person's name follows
        # a club's, a party's or the list's one word, or a name of several words the tables know ("der FC
        # Chelsea Interesse zeigt": a designator, then the name)
        known = (" " in left and _known_head(left)) or (
            " " not in left
            and len(left) > 2
            and left.lower() not in org_designators()
            and (left in club_table() or left in party_table() or left in organizations())
        )
        again = any(
            not proposal.start <= use.start() < surname.end() for use in _uses(surname["surname"], text)
        )  # the surname written elsewhere in the story
        if not (known or (" " in left and again)):
            return [proposal]
        head = replace(proposal, end=proposal.start + len(left), text=left)
        person = replace(proposal, kind="PER", start=at, end=surname.end(), text=text[at : surname.end()])
        return [head, person]
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


#: The lower-case words that join the capitalised words of a Spanish or French body's name.
_JOINING = r"(?:de|del|la|las|los|el|y|e|a|al|para|contra|en|sobre|por|des|du|et|pour|à|l['’])"
#: Capitalised words, joined so, up to an acronym in brackets: " a la Información y Protección de Datos (Ifai)".
_NAME_ON_TO_ACRONYM = re.compile(
    rf"(?P<rest>(?:[ ]{_JOINING}){{0,3}}[ ][{_UPPER}][\w-]+(?:(?:[ ]{_JOINING}){{0,3}}[ ][{_UPPER}][\w-]+){{0,8}})"
    rf"[ ]\((?P<acronym>[{_UPPER}][\w]{{2,9}})\)"
)


def _spelled_by_beginnings(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the beginnings of ``words`` in order, the first
    word's first, some words left out: ``Cofepris`` of ``Comisión Federal
    para la Protección contra Riesgos Sanitarios`` (co-fe-p-ri-s), ``Capufe``
    of ``Caminos y Puentes Federales``, ``Ifai``."""
    letters = fold(acronym).lower()
    heads = [fold(word).lower() for word in words]

    @functools.cache  # each (letter, word) once: a name of many words and a long acronym stay cheap
    def spells(at: int, word: int) -> bool:
        if at == len(letters):
            return True
        if word == len(heads):
            return False
        taken = (n for n in range(1, len(heads[word]) + 1) if letters.startswith(heads[word][:n], at))
        return any(spells(at + n, word + 1) for n in taken) or (word > 0 and spells(at, word + 1))

    return bool(heads) and spells(0, 0)


def _read_on_to_its_acronym(text: str, proposal: Recognised) -> Recognised:
    """A body's name the model ends at a lower-case joining word, where the
    name goes on to the acronym in brackets that its words spell: read whole
    (``Instituto Federal de Acceso`` of ``Instituto Federal de Acceso a la
    Información y Protección de Datos (Ifai)``, ``Comisión Federal para la
    Protección`` of ``... contra Riesgos Sanitarios (Cofepris)``); or back to
    the word before it (:func:`_read_back_to_its_acronym`)."""
    if proposal.kind != "ORG":
        return proposal
    after = _NAME_ON_TO_ACRONYM.match(text, proposal.end)
    if after is None:
        return _read_back_to_its_acronym(text, proposal)
    read = [word for word in proposal.text.split() if word[:1].isupper()]
    rest = [word for word in after["rest"].split() if word[:1].isupper()]
    acronym = after["acronym"]
    if _spelled_by_beginnings(acronym, read) or _spelled_by_beginnings(acronym, rest):
        # the model's name spells it already, or the words after it do, another body's: "la Unidad de
        # Investigación de Lípidos de la Universitat Rovira y Virgili (URV)"
        return proposal
    if not _spelled_by_beginnings(acronym, read + rest):
        return proposal
    return replace(proposal, end=after.end("rest"), text=proposal.text + after["rest"])


#: An acronym in brackets right after a name: " (DOF)".
_ACRONYM_AFTER = re.compile(rf"[ ]\((?P<acronym>[{_UPPER}][\w]{{2,9}})\)")
#: One capitalised word right before a name, not after a sentence's end: "el Diario ".
_WORD_BEFORE_NAME = re.compile(rf"(?<![.!?:][ ])(?<![\w'’-])(?P<word>[{_UPPER}][\w-]+)[ ]$")


def _read_back_to_its_acronym(text: str, proposal: Recognised) -> Recognised:
    """A body's name the model begins a word late, where the word before it
    and the name spell the acronym in brackets after it: read whole (``Oficial
    de la Federación`` of ``el Diario Oficial de la Federación (DOF)``); not
    where the name spells it alone."""
    after = _ACRONYM_AFTER.match(text, proposal.end)
    before = _WORD_BEFORE_NAME.search(text, max(0, proposal.start - 30), proposal.start)
    if after is None or before is None or before["word"].lower() in function_words():
        return proposal
    read = [word for word in proposal.text.split() if word[:1].isupper()]
    acronym = after["acronym"]
    if _spelled_by_beginnings(acronym, read) or not _spelled_by_beginnings(acronym, [before["word"], *read]):
        return proposal
    return replace(proposal, start=before.start("word"), text=text[before.start("word") : proposal.end])


#: Capitalised words and "and" right before a name: "the Senate Energy and ", "the SEC's Trading and ".
_REMIT_JOINED_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<words>(?:[{_UPPER}][a-z]+[ ]){{1,2}})and[ ]$")


def _remit_joined_before(text: str, proposal: Recognised) -> Recognised:
    """A committee or a unit whose remit is two words joined by "and",
    where the model reads only what follows "and" (``Natural Resources
    Committee``, ``Markets Division``), is read whole with the capitalised
    words before: ``the Senate Energy and Natural Resources Committee``,
    ``the SEC's Trading and Markets Division``; not two bodies (``Goldman
    Sachs and ...``, ``Treasury and ...``), a place, a person or a
    sentence's first word."""
    if proposal.kind != "ORG" or proposal.text.rpartition(" ")[2] not in _UNIT_LAST or " and " in proposal.text:
        return proposal
    before = _REMIT_JOINED_BEFORE.search(text, max(0, proposal.start - 40), proposal.start)
    if before is None:
        return proposal
    words = before["words"].split()
    if (
        len(proposal.text.split()) > 3  # "Dodd and House of Representatives Financial Services Committee"
        or proposal.text.split()[0].isupper()  # "Parliament and EU Commission": a body's own name
        or "'" in proposal.text
        or "’" in proposal.text  # "Fitch Ratings and Moody's Investors Service"
        or words[-1] in _UNIT_LAST
        or words[-1] in calendar_words()  # "Monday and"
        or _tables_know(" ".join(words))
        or " ".join(words) in organizations()  # "the Federal Reserve and Treasury Department": two bodies
        or _tables_know(words[-1])  # "Treasury and Commerce Department": two bodies
        or _is_place(words[-1])
        or _is_given_name(words[0])
        or _sentence_starts_at(text, before.start())
    ):
        return proposal
    start = before.start()
    return replace(proposal, start=start, text=text[start : proposal.end])


#: A district's name the model ends before "of" and its place: "the Southern District of New York".
_DISTRICT_LAST = re.compile(r"[ ]District$")
_PLACE_OF_AFTER = re.compile(rf"[ ]of[ ](?P<place>[{_UPPER}][a-z]+(?:[ ][{_UPPER}][a-z]+)?)")


def _without_readings_inside(proposals: list[Recognised]) -> list[Recognised]:
    """The model's readings less those of a body's name inside a longer
    reading that a rule read on over them (``Senate Energy``, read alone,
    of ``Senate Energy and Natural Resources Committee``)."""
    bodies = [p for p in proposals if p.kind == "ORG"]
    return [
        p
        for p in proposals
        if p.kind != "ORG"
        or not any(o.start <= p.start and p.end <= o.end and o.end - o.start > p.end - p.start for o in bodies)
    ]


def _acronym_given_to_another(text: str, acronym: str, name: str) -> bool:
    """Whether the story gives ``acronym`` in brackets to a name of its own
    whose initials it is, and which is not ``name`` (the body a list reads
    the acronym as) nor a form the lists give it: ``Iron Ore Company of
    Canada (IOC)`` is no ``International Olympic Committee``."""
    for bracket in re.finditer(rf"\({re.escape(acronym)}\)", text):
        words = text[max(0, bracket.start() - 100) : bracket.start()].split()[-8:]
        for first, last in _runs_of_initials(words, acronym):
            written = " ".join(words[first:last])
            known = organizations().get(written)
            return fold(name) not in fold(written) and (known is None or known.name != name)
    return False


def _acronym_given_to_a_body(text: str, acronym: str) -> bool:
    """Whether the story gives ``acronym`` in brackets to the name of a body
    before it, one with a designator among its words and none of a party's
    (``Centro Nacional Para el Control y Prevención de Enfermedades
    (CDC)``), whatever its initials: not a party of the party table's; but
    a person's name before it is the party's member (``Werner Faymann
    (SPÖ)``), and a party's name the party's own in the story's language
    (``Unión Demócrata Cristiana (CDU)``)."""
    for bracket in re.finditer(rf"[ ]\({re.escape(acronym)}\)", text):
        name = _CAPITALISED_NAME_BEFORE.search(text, max(0, bracket.start() - 100), bracket.start())
        words = name[0].split() if name else []
        if (
            words
            and (_has_a_designator(name[0]) or words[0] in _CENTRE_WORDS)
            and not any(word.lower() in _PARTY_NAME_WORDS for word in words)
        ):
            return True
    return False


#: Words of a party's own name, whose acronym the party table knows: "Partido Demócrata (PD)",
#: "Unión Demócrata Cristiana (CDU)", "Recht und Gerechtigkeit (PiS)".
_PARTY_NAME_WORDS = frozenset(
    "partido partidos grupo unión union alianza movimiento frente convergencia coalición liga party partei bund "
    "parti mouvement front alliance gerechtigkeit".split()
)
#: A centre's word opening a body's name, no designator elsewhere: "Centro Nacional de ...".
_CENTRE_WORDS = frozenset(("Centro", "Centre", "Center", "Zentrum"))
#: The capitalised words of a name just before a point, with the small words inside it:
#: "Centro Nacional Para el Control y Prevención de Enfermedades".
_CAPITALISED_NAME_BEFORE = re.compile(
    rf"[{_UPPER}][\w-]*(?:[ ](?:(?:de|del|la|las|los|el|y|e|für|und|der|des|of|and|the)[ ])*[{_UPPER}][\w-]*)*$"
)


#: A chamber named by the party that holds it: "the Democratic Congress", "a Republican-led House".
_PARTY_HELD_CHAMBER = re.compile(
    r"(?P<party>(?:Democratic|Republican|Democrat|GOP)(?:-(?:led|controlled|dominated))?)[ ]"
    r"(?P<chamber>Congress|Senate|House|Legislature|Assembly)"
)


def _chamber_without_its_party(proposal: Recognised) -> Recognised:
    """A chamber the model reads with the party that holds it is the chamber:
    ``Congress`` of ``the Democratic Congress``."""
    held = _PARTY_HELD_CHAMBER.fullmatch(proposal.text) if proposal.kind == "ORG" else None
    if held is None:
        return proposal
    start = proposal.start + held.start("chamber")
    return replace(proposal, start=start, text=held["chamber"])


def _district_of_place(text: str, proposal: Recognised) -> Recognised:
    """A court's district the model reads without its place is read with it:
    ``the Southern District`` of ``the Southern District of New York``."""
    if proposal.kind != "ORG" or not _DISTRICT_LAST.search(proposal.text):
        return proposal
    after = _PLACE_OF_AFTER.match(text, proposal.end)
    if after is None or not _is_place(after["place"]):
        return proposal
    return replace(proposal, end=after.end(), text=text[proposal.start : after.end()])


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


#: An article after a Spanish infinitive, opening what it acts on: "aprobar la reforma".
_OBJECT_AFTER = re.compile(r" (?:el|la|los|las|un|una|su|sus) ")


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
        if lang == "es" and words[-1].endswith(("ar", "er", "ir")) and _OBJECT_AFTER.match(text, span[1]):
            continue  # "pide al Congreso aprobar la reforma": a verb and what it does, no adjective
        before = _NAME_WORD_BEFORE.search(text, max(0, span[0] - 30), span[0])
        if before and before[0].strip().lower() not in function_words():
            continue  # "Science & Technology Facilities Council britannique": the end of a longer name
        if words[0].lower() in org_designators() and _adjective_of_name(words, lang) and not _overlaps(taken, *span):
            found.mentions.append(Mention("organization", name, name, span[0], "designator and adjective"))
            taken.append(span)


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
        # "vicepresidente senior de la AP": the agency, not Spain's Alianza Popular of the party table
        body = agency_parts(name)[0] if name.lower() in AGENCIES else _body_name(name, countries)
        found.mentions.append(
            Mention("organization", body, name, match.start("name"), f"an acronym after the role '{role}'")
        )
        taken.append(match.span("name"))
