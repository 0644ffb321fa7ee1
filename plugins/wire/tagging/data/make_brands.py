"""Write ``brand_table.tsv``: firms, brands and public services known by
name, from the name-suggestion-index of OpenStreetMap (BSD 3-Clause).

    python plugins/wire/tagging/data/make_brands.py NSI_FOLDER

``NSI_FOLDER`` is a checkout of https://github.com/osmlab/name-suggestion-index:
its ``data/`` folder holds, for each kind of place a map shows, the brands
that run such places (banks, supermarkets, fuel, telecoms, insurers,
carmakers, chains of shops, hotels and restaurants), the bodies that operate
them (police forces, fire brigades, courts, post offices, hospitals, social
services, power grids and plants) and the transport networks and their
operators, each tied to its Wikidata item. The index is kept by the map's
editors to name what they map, and so holds the firms and services a
country's readers know by name, which neither ROR nor the stock indices do.

Each row is one Wikidata item: its canonical name (its English name where
the index gives one), the forms copy writes it in (the name, its English,
French, Spanish and German names, its short name), its names in other
languages, and its source. Left out: entries with no Wikidata item, what
municipalities and land owners operate (schools, toilets, parking), names
the index qualifies in brackets (several bodies share them), forms in other
scripts, names that are a designator with generic words only, that open on
a title, a saint's name or an article and one word, the adjectives German
makes of towns, and the forms ``make_organizations.py`` leaves out
(countries, cities, world regions, months, given names, acronyms of four
letters or fewer, descriptions). A form that names items of different
names stands for itself. The organisation table is read first: a form it
knows keeps its name there.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from wire.tagging.data.make_organizations import LANGUAGES, Entry, excluded_forms, usable, write_table
from wire.tagging.legal_forms import GENERIC_WORDS
from wire.tagging.name_lexicons import org_designators, role_words
from wire.tagging.vocabulary import country_forms, text_cities

OUT = Path(__file__).with_name("brand_table.tsv")
#: Kinds of place whose operators are bodies copy names (the rest are mostly
#: municipalities, schools and land owners: "Stadt Wien", "Gemeente ...").
OPERATED = re.compile(
    r"^operators/(?:amenity/(?:police|fire_station|courthouse|prison|post_office|post_depot|hospital|"
    r"social_facility|charging_station)|man_made/mast|power/\w+|route/\w+)\.json$"
)
#: What an entry's tags name, each with its own Wikidata item.
ROLES = ("brand", "operator", "network")
#: What the index adds to a name that several bodies share, to tell them
#: apart: "Ministerio de Justicia (Bolivia)", "Sky (Supermarket)".
QUALIFIED = re.compile(r"\([^)]*\)\s*$")
#: Words that, with a designator, make a name any country's body has: "Central
#: Bank", "National Bank", "State Bank", "Post Office" are a story's own.
GENERIC_NAME_WORDS = GENERIC_WORDS | frozenset(
    "central state federal public people's peoples citizens commercial savings union alliance post "
    "regional nacional municipal provincial local estatal général générale régional régionale".split()
)
#: A saint's name opens the names of towns and people as often as a firm's:
#: "St. John", "San Miguel", "Saint-Gobain" (a firm the indices hold).
SAINT = re.compile(r"^(?:St\.?|Ste\.?|Saint|Sainte|San|Santa|Santo|São|Sankt|Sant)[ -]")
#: An English or German article and one word: running text as often as a name
#: ("Der Mann", a bakery; "The Standard", an insurer).
ARTICLE_AND_WORD = re.compile(r"^(?:The|Der|Die|Das|Den|Dem|Des|Ein|Eine) \S+$")


def _files(folder: Path) -> Iterator[Path]:
    """The index's files of brands, transport networks and the operators
    kept (``OPERATED``), in a stable order."""
    data = folder / "data"
    for path in sorted(data.rglob("*.json")):
        kind = path.relative_to(data).as_posix()
        if kind.startswith(("brands/", "transit/")) or OPERATED.match(kind):
            yield path


def nsi_entries(folder: Path) -> Iterator[Entry]:
    """One entry per Wikidata item an index entry names as its brand,
    operator or network, with the forms it is written in."""
    for path in _files(folder):
        for item in json.loads(path.read_text(encoding="utf-8")).get("items", ()):
            tags = item.get("tags", {})
            for role in ROLES:
                qid = tags.get(f"{role}:wikidata")
                if not qid or role not in tags:
                    continue
                keys = [role, f"{role}:short", *(f"{role}:{lang}" for lang in LANGUAGES)]
                if role == "brand":  # a brand's places carry its name: "AAA Insurance"
                    keys += ["name", *(f"name:{lang}" for lang in LANGUAGES)]
                name = (tags.get(f"{role}:en") or tags[role]).strip()
                if QUALIFIED.search(name):
                    continue  # "Ministerio de Justicia (Bolivia)": a name bodies share, told apart
                forms = {tags[key].strip() for key in keys if tags.get(key) and not QUALIFIED.search(tags[key])}
                labels = {
                    lang: tags[f"{role}:{lang}"].strip()
                    for lang in LANGUAGES[1:]
                    if tags.get(f"{role}:{lang}") and not QUALIFIED.search(tags[f"{role}:{lang}"])
                }
                yield Entry(name, forms, labels, source="nsi:" + qid)


def _latin(form: str) -> bool:
    """Whether every letter of ``form`` is a Latin one, as copy in the four
    languages writes names."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in form)


def _names_one_body(form: str) -> bool:
    """Whether ``form`` names one body, as copy reads it: in Latin script,
    not a designator alone (``Union``, ``Chambre``) or with generic words
    only (``Central Bank``, ``Post Office``), not opening on a title (``Dr
    Max``), a saint's name (``St. John``) nor an English or German article
    and one word."""
    words = form.lower().split()
    return (
        _latin(form)
        and not ARTICLE_AND_WORD.match(form)
        and not SAINT.match(form)
        and not all(word in org_designators() or word in GENERIC_NAME_WORDS for word in words)
        and words[0] not in role_words()
    )


def _town_adjectives() -> set[str]:
    """The adjectives German makes of towns and countries, written like
    names: ``New Yorker``, ``Wiener``, ``Schweizer`` (``New Yorker`` is a
    chain of shops too)."""
    return {f"{place}er" for place in (*text_cities(), *country_forms())}


def _merge(rows: dict[str, Entry], key: str, entry: Entry, forms: set[str]) -> None:
    """Add ``entry``'s ``forms`` and names in other languages to the row of ``key``."""
    kept = rows.setdefault(key, Entry(entry.name, source=entry.source))
    kept.forms |= forms
    for lang, label in entry.labels.items():
        kept.labels.setdefault(lang, label)


def _item_names(entries: list[Entry], excluded: set[str]) -> dict[str, str]:
    """Each Wikidata item's name, of the names its entries give that the
    table can hold, the one the others open with (``Opel`` of ``Opel Rent``,
    ``Sears`` of ``Sears Auto Center``), else the first given; the first
    name given where the table can hold none."""
    held: dict[str, dict[str, bool]] = {}  # item -> each name its entries give, in their order -> usable
    for entry in entries:
        held.setdefault(entry.source, {})[entry.name] = usable(entry.name, excluded) and _latin(entry.name)

    def opened(name: str, names: dict[str, bool]) -> int:
        return sum(other.startswith(name + " ") for other in names if names[other]) if names[name] else 0

    # min() keeps the first of equal names: the first the files give
    return {item: min(names, key=lambda name: (-opened(name, names), not names[name])) for item, names in held.items()}


def build(folder: Path) -> list[Entry]:
    excluded = excluded_forms() | _town_adjectives()
    entries = list(nsi_entries(folder))
    names = _item_names(entries, excluded)
    by_item: dict[str, Entry] = {}
    for entry in entries:
        entry = Entry(names[entry.source], entry.forms, entry.labels, entry.source)
        _merge(by_item, entry.source, entry, {f for f in entry.forms if usable(f, excluded) and _names_one_body(f)})
    canonical_of: dict[str, str] = {}
    for entry in by_item.values():
        for form in entry.forms:
            if canonical_of.setdefault(form, entry.name) != entry.name:
                canonical_of[form] = ""  # names items of different names
    table = []
    for entry in by_item.values():
        forms = {f for f in entry.forms if canonical_of.get(f) == entry.name}
        if forms and usable(entry.name, excluded) and _latin(entry.name):
            labels = {lang: label for lang, label in entry.labels.items() if canonical_of.get(label) == entry.name}
            table.append(Entry(entry.name, forms, labels, entry.source))
    table += [Entry(form, {form}, {}, "several") for form, name in canonical_of.items() if not name]
    merged: dict[str, Entry] = {}
    for entry in table:  # two items of one name (a brand and its operator): one row
        _merge(merged, entry.name, entry, entry.forms)
    return sorted(merged.values(), key=lambda e: (e.name.casefold(), e.name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("nsi", type=Path, help="a checkout of osmlab/name-suggestion-index")
    table = build(parser.parse_args().nsi)
    origin = (
        "Firms, brands and public services known by name, written by make_brands.py from the "
        "name-suggestion-index (BSD 3-Clause); see NOTICE.md"
    )
    write_table(OUT, origin, table)


if __name__ == "__main__":
    main()
