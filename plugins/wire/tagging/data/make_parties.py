"""Write ``party_table.tsv``: political parties known by name, from Party
Facts, a maintained open database of parties worldwide.

    python plugins/wire/tagging/data/make_parties.py CORE_PARTIES_CSV

``CORE_PARTIES_CSV`` is Party Facts' table of core parties
(``partyfacts-core-parties.csv``, as published at https://partyfacts.herokuapp.com
and in the repository https://github.com/hdigital/partyfactsdata, MIT
licence). Each row is one party of the last decades (active in
:data:`FIRST_YEAR` or later): its English name (the canonical one), its
country, its vote share at its best election, its full names (native and
English) and its short names (``SPÖ``, ``PSOE``, ``PP``). A short name,
or a name of one word, names a party only in a story about its country: the
tagger decides that (``find_entities``). Party Facts writes short names without
accents (``OVP``); a German-speaking country's are also written with the
umlauts copy uses (``ÖVP``).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycountry
from wire.tagging.name_lexicons import (
    COMMON_ABBREVIATIONS,
    calendar_words,
    first_names,
    function_words,
    org_designators,
    role_words,
    world_regions,
)
from wire.tagging.vocabulary import country_forms, text_cities, write_table_rows

OUT = Path(__file__).with_name("party_table.tsv")
#: Parties that ended before this year are left out: copy rarely names them.
FIRST_YEAR = 1990
#: Party Facts rows that are no party: alliances, independents, "other".
NOT_PARTIES = frozenset("ally tech 1-perc unknown indep etc".split())
LATIN = re.compile(r"^[\w .,&'’\-]+$")
SHORT = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ]*[A-ZÀ-Þ][A-Za-zÀ-ÿ]*$")  # two capitals at least: "PSOE", "EELV", "AfD"
MAX_WORDS = 8
#: Countries whose copy writes umlauts in short names the table gives without them.
UMLAUT_COUNTRIES = frozenset(("AT", "DE", "CH", "LI", "LU"))
UMLAUTS = {"O": "Ö", "A": "Ä", "U": "Ü"}
#: How Party Facts parts the several names of one party, the current one last.
NAME_PARTS = re.compile(r"\s*/\s*|\s+(?:–|--|-)\s+")
BRACKETS = re.compile(r"\s*\[[^\]]*\]")  # "Radical [Socialist] Party"
#: A name of one word is a party's only where the party is large: "Podemos", "Vox".
ONE_WORD_SHARE = 5.0
ONE_WORD = re.compile(r"^(?:The|Die|Der|Das|Les|Le|La|Los|Las|El|Il|I|Os|As|De|Het) \S+$")
#: A short name of two letters likewise: "PP", "PS", "IU".
TWO_LETTER_SHARE = 5.0


@dataclass
class Party:
    name: str
    country: str
    share: float
    until: str  # the year it ended, "" if it stands today
    forms: set[str]
    short: set[str]
    source: str
    alliance: bool = False  # a row of several parties: "CDU/CSU"


def _umlaut_variants(short: str) -> set[str]:
    """``SPO`` -> ``SPO``, ``SPÖ``; ``OVP`` -> ``ÖVP`` too."""
    slots = [(c, UMLAUTS[c]) if c in UMLAUTS else (c,) for c in short]
    if sum(len(s) > 1 for s in slots) > 3:
        return {short}
    return {"".join(letters) for letters in itertools.product(*slots)}


def _person_name(form: str) -> bool:
    """``Tomislav Nikolic`` of ``Tomislav Nikolić – Pokrenimo Srbiju``: a
    given name and a surname, which a list is named after, not the list."""
    words = form.split()
    return (
        len(words) <= 3
        and words[0].lower() in first_names()
        and all(word[:1].isupper() and word.lower() not in org_designators() for word in words)
    )


def _full_forms(value: str, excluded: set[str]) -> set[str]:
    forms = set()
    for part in NAME_PARTS.split(BRACKETS.sub("", value or "")):
        part = " ".join(part.split()).strip(" ,.'")
        if (
            part
            and len(part.split()) <= MAX_WORDS
            and LATIN.match(part)
            and part[:1].isupper()
            and part not in excluded
            and not any(c.isdigit() for c in part)
            and not _person_name(part)
        ):
            forms.add(part)
    return forms


def _short_forms(value: str, country: str, share: float, excluded: set[str]) -> set[str]:
    forms = set()
    for short in (value or "").split("/"):  # "AP/PP": the party's short names, the current one last
        short = short.strip()
        if (
            2 <= len(short) <= 6
            and SHORT.match(short)
            and short not in excluded
            and short not in COMMON_ABBREVIATIONS
            and (len(short) > 2 or share >= TWO_LETTER_SHARE)
        ):
            forms |= _umlaut_variants(short) if country in UMLAUT_COUNTRIES else {short}
    return forms


def build(core_parties: Path) -> list[Party]:
    excluded = set(country_forms()) | set(text_cities()) | set(world_regions()) | set(calendar_words())
    excluded |= {name.capitalize() for name in first_names()}
    words = function_words() | role_words()
    parties: list[Party] = []
    with core_parties.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if row["technical"] or row["name_short"] in NOT_PARTIES:
                continue
            if row["year_last"] and int(row["year_last"]) < FIRST_YEAR:
                continue
            country = pycountry.countries.get(alpha_3=row["country"])
            english = " ".join(row["name_english"].split())
            if country is None or not english:
                continue
            share = float(row["share"]) if row["share"] else 0.0
            native = _full_forms(row["name"], excluded)
            # "Die Republikaner", "The Democrats": an article and one word are a name of one word
            forms = {
                form for form in native | _full_forms(english, excluded) if " " in form and not ONE_WORD.match(form)
            }
            short = _short_forms(row["name_short"], country.alpha_2, share, excluded)
            # a native name of one word names a party only in a story about its country, as a short name does
            if share >= ONE_WORD_SHARE:
                short |= {
                    form
                    for form in native
                    if (" " not in form or ONE_WORD.match(form)) and len(form) >= 4 and form.lower() not in words
                }
            # "People's Alliance / People's Party": the current name; "The Greens -- The Green Alternative": the first
            current = BRACKETS.sub("", english).split("/")[-1]
            name = " ".join(re.split(r"\s+(?:–|--|-)\s+", current)[0].split())
            if not (forms or short) or not name:
                continue
            source = "partyfacts:" + row["partyfacts_id"]
            party = Party(
                name, country.alpha_2, share, row["year_last"], forms, short, source, "/" in row["name_short"]
            )
            parties.append(party)
    # an alliance's row ("CDU/CSU") leaves each party's short name to the party's own row
    own = defaultdict(set)
    for party in parties:
        if not party.alliance:
            own[party.country] |= party.short
    for party in parties:
        if party.alliance:
            party.short -= own[party.country]
    # one name, one party: "Socialist Party (France)", "Socialist Party (Portugal)"
    countries_of = defaultdict(set)
    for party in parties:
        countries_of[party.name].add(party.country)
    for party in parties:
        if len(countries_of[party.name]) > 1:
            country = pycountry.countries.get(alpha_2=party.country)
            party.name = f"{party.name} ({getattr(country, 'common_name', country.name)})"
    return sorted(parties, key=lambda p: (p.country, p.name.casefold(), p.source))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("core_parties", type=Path, help="Party Facts' partyfacts-core-parties.csv")
    parties = build(parser.parse_args().core_parties)
    comments = (
        "Political parties known by name, written by make_parties.py from Party Facts (MIT licence); see NOTICE.md",
        "canonical name\tcountry\tbest vote share (%)\tlast year (empty if it stands today)\tfull names, joined by |\t"
        "short names and names of one word, joined by |\tsource",
    )
    rows = (
        (p.name, p.country, f"{p.share:g}", p.until, "|".join(sorted(p.forms)), "|".join(sorted(p.short)), p.source)
        for p in parties
    )
    write_table_rows(OUT, comments, rows)
    print(f"{OUT.name}: {len(parties)} parties, {sum(len(p.forms) + len(p.short) for p in parties)} forms")


if __name__ == "__main__":
    main()
