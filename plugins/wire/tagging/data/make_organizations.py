"""Write ``organization_table.tsv``: organisations known by name, from two
maintained open sources.

    pip install -e '.[data]'
    python plugins/wire/tagging/data/make_organizations.py ROR

- The Research Organization Registry (ROR, https://ror.org, data CC0 1.0):
  government bodies, agencies, funders, companies, universities, hospitals
  and non-profits, with their names in several languages. ``ROR`` is a
  ROR data dump (the ``.zip`` or ``.json`` published on Zenodo) or a checkout
  of https://github.com/ror-community/ror-records (one folder per release;
  the latest release of each record wins).
- pytickersymbols (MIT licence): the companies of the main stock indices of
  Europe, the United States and Japan (DAX, CAC 40, IBEX 35, S&P 500...).

Each row is one organisation: its canonical name (the English one where the
source has it), every form copy writes it in, and its name in French,
Spanish and German where the source gives one. Acronyms are left out: copy
ties an acronym to its long form in the story itself; but a listed company
the index names by its acronym keeps it (``IBM``, ``HSBC``, ``BP``). A form that names
organisations of different canonical names stands for itself. Forms that
are also countries, cities, world regions, months or given names are left
out: the place or person reading comes first.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from wire.agencies import AGENCIES
from wire.tagging.legal_forms import ABBREVIATED, GROUP_WORDS, SPELLED_OUT, alternatives
from wire.tagging.name_lexicons import calendar_words, first_names, names_no_firm_alone, world_regions
from wire.tagging.vocabulary import LANGUAGES, country_forms, text_cities, write_table_rows

OUT = Path(__file__).with_name("organization_table.tsv")
LATIN = re.compile(r"^[\w .,&'’\-/]+$")
HAS_LETTER = re.compile(r"[^\W\d_]")
DIGITS = re.compile(r"\d{2,}")  # "UR 7516": a unit's code, not a name copy writes
LETTER_AND_DIGIT = re.compile(r"[A-Z]\d")  # "Q2", "M3": a quarter's or a money supply's name as often
#: "Le ministère de la Santé", "The standard research institute": an article and a
#: lower-case word open a description, which copy writes of any such body, not a name
DESCRIPTION = re.compile(r"^(?:The|Le|La|Les|El|Los|Las|Der|Die|Das) [^\W\d_A-ZÀ-Þ]")
#: Copy names organisations longer than this by a shorter form or an acronym.
MAX_WORDS = 6
#: Kinds of ROR record news copy names; research facilities and archives are left out.
ROR_TYPES = {"government", "company", "funder", "nonprofit", "education", "healthcare", "other"}
COUNTRY_AFTER = re.compile(r"\s*\([^)]*\)$")  # "Apple (United States)"
#: Legal forms a listed company's name ends with; copy often leaves them out.
#: "Co" only with its dot: "Klöckner & Co" is the firm's name.
LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:& Co\. KGaA|Co\.|(?:"
    + alternatives((*SPELLED_OUT, *(form for form in ABBREVIATED if form != "Co"), *GROUP_WORDS, "Holding", "Groupe"))
    + r")\.?))+$"
)


@dataclass
class Entry:
    name: str
    forms: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    source: str = ""


def _records(path: Path) -> Iterator[dict]:
    """ROR records from a dump (``.zip``/``.json``) or a ror-records checkout."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            member = next(n for n in archive.namelist() if n.endswith(".json") and "schema_v1" not in n)
            yield from json.loads(archive.read(member))
    elif path.suffix == ".json":
        yield from json.loads(path.read_text(encoding="utf-8"))
    else:
        latest: dict[str, tuple[tuple[int, ...], Path]] = {}
        for record in path.glob("v*/*.json"):
            release = tuple(int(n) for n in re.findall(r"\d+", record.parent.name))
            if record.name not in latest or release > latest[record.name][0]:
                latest[record.name] = (release, record)
        for _, record in sorted(latest.values(), key=lambda item: item[1].name):
            yield json.loads(record.read_text(encoding="utf-8"))


def _ror_names(record: dict) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(name, language, types) of a record, in either schema version."""
    if "names" in record:
        return [(n["value"], n.get("lang"), tuple(n["types"])) for n in record["names"]]
    names = [(record["name"], None, ("ror_display",))]
    names += [(alias, None, ("alias",)) for alias in record.get("aliases", ())]
    names += [(label["label"], label.get("iso639"), ("label",)) for label in record.get("labels", ())]
    return names


def ror_entries(path: Path) -> Iterator[Entry]:
    for record in _records(path):
        types = {kind.lower() for kind in record.get("types", ())}
        if record.get("status", "active") != "active" or not types & ROR_TYPES:
            continue
        names = [(COUNTRY_AFTER.sub("", value).strip(), lang, types) for value, lang, types in _ror_names(record)]
        names = [(value, lang, types) for value, lang, types in names if "acronym" not in types]
        display = next((value for value, _, types in names if "ror_display" in types), None)
        english = next((value for value, lang, types in names if lang == "en" and "label" in types), None)
        canonical = english or display or (names[0][0] if names else "")
        if not canonical:
            continue
        entry = Entry(canonical, source="ror:" + record["id"].rsplit("/", 1)[-1])
        for value, lang, _ in names:
            if lang in (None, *LANGUAGES):
                entry.forms.add(value)
                if lang in LANGUAGES[1:] and value != canonical:
                    entry.labels.setdefault(lang, value)
        yield entry


def ticker_entries() -> Iterator[Entry]:
    from pytickersymbols import PyTickerSymbols  # the data extra: only this script needs it

    for stock in PyTickerSymbols().get_all_stocks():
        full = " ".join(stock["name"].split())
        short = LEGAL_SUFFIX.sub("", re.sub(r"^The ", "", full)).strip(" ,")
        if short.endswith((" &", " and")):  # "Merck & Co.", "Eli Lilly and Company": the partners' form was cut
            before = short.rsplit(" ", 1)[0].split()
            short = LEGAL_SUFFIX.sub("", " ".join(before)) if len(before) > 1 else full.rstrip(" ,.")
        if short and names_no_firm_alone(short):
            short = re.sub(r"^The ", "", full).rstrip(" ,.")  # the legal form is part of the name
        if short:
            yield Entry(short, {full, short, full.replace(",", "")}, source="index:" + (stock.get("symbol") or ""))


def excluded_forms() -> set[str]:
    """Forms that are no organisation's: countries, cities, world regions,
    months and days, given names (the place or person reading comes first),
    and news agencies' names (``APA``, the Austrian agency, not APA
    Corporation: the agency rules read them)."""
    excluded = set(country_forms()) | set(text_cities()) | set(world_regions()) | set(calendar_words())
    return excluded | {name.capitalize() for name in first_names()} | set(AGENCIES.values())


def usable(form: str, excluded: set[str], listed: bool = False) -> bool:
    """Whether copy writes ``form`` as a name of its own (not too long, no
    code, description or acronym, in Latin script, not ``excluded``). A
    listed company (``listed``) may be named by its acronym, which the index
    gives as its name (``IBM``, ``HSBC``, ``BP``, ``AT&T``)."""
    acronym = form.isupper() and len(form) <= 4 and " " not in form
    return (
        len(form) >= (2 if listed and acronym else 3)
        and not LETTER_AND_DIGIT.fullmatch(form)
        and len(form.split()) <= MAX_WORDS
        and not DIGITS.search(form)
        and not DESCRIPTION.match(form)
        and bool(LATIN.match(form))
        and bool(HAS_LETTER.search(form))
        and (form[:1].isupper() or form[:1].isdigit())
        and form not in excluded
        and not (acronym and not listed)
    )


def designator_for(form: str, name: str) -> bool:
    """Whether ``form`` is a designator alone, or with an article, that
    another name has: ``Alliance`` of the Digital Research Alliance of
    Canada names every alliance copy writes of (but the Senate is the
    Senate)."""
    return form != name and names_no_firm_alone(re.sub(r"^(?:The |L['’])", "", form))


def build(ror: Path) -> list[Entry]:
    excluded = excluded_forms()
    canonical_of: dict[str, str] = {}
    entries: dict[str, Entry] = {}
    listed: set[str] = set()  # forms of listed companies
    for entry in (*ticker_entries(), *ror_entries(ror)):
        listed_firm = entry.source.startswith("index:")
        forms = {f for f in entry.forms if usable(f, excluded, listed_firm) and not designator_for(f, entry.name)}
        if not forms or not usable(entry.name, excluded, listed_firm):
            continue
        if listed_firm:
            listed |= forms
        else:  # a listed company ROR knows too keeps the index's name
            entry.name = next((canonical_of[f] for f in sorted(forms & listed) if canonical_of[f]), entry.name)
        kept = entries.setdefault(entry.name, Entry(entry.name, source=entry.source))
        for form in forms:
            if canonical_of.setdefault(form, entry.name) != entry.name:
                canonical_of[form] = ""  # names organisations of different names
            kept.forms.add(form)
        for lang, label in entry.labels.items():
            kept.labels.setdefault(lang, label)
    table = []
    for name, entry in entries.items():
        forms = {f for f in entry.forms if canonical_of.get(f) == name}
        if forms:
            labels = {lang: label for lang, label in entry.labels.items() if canonical_of.get(label) == name}
            table.append(Entry(name, forms, labels, entry.source))
    for form, name in canonical_of.items():
        if not name:
            table.append(Entry(form, {form}, {}, "several"))
    return sorted(table, key=lambda e: (e.name.casefold(), e.name))


def write_table(out: Path, origin: str, table: list[Entry]) -> None:
    """Write ``table`` as the tagger reads it: a row an organisation, after
    a comment saying where it comes from (``origin``)."""
    columns = (
        "canonical name\tforms copy writes, joined by |\tnames in other languages (lang=name, joined by |)\tsource"
    )
    rows = (
        (e.name, "|".join(sorted(e.forms)), "|".join(f"{k}={v}" for k, v in sorted(e.labels.items())), e.source)
        for e in table
    )
    write_table_rows(out, (origin, columns), rows)
    print(f"{out.name}: {len(table)} organisations, {sum(len(e.forms) for e in table)} forms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ror", type=Path, help="a ROR data dump (.zip or .json) or a ror-records checkout")
    table = build(parser.parse_args().ror)
    origin = (
        f"Organisations known by name, written by make_organizations.py from ROR (CC0 1.0) and "
        f"pytickersymbols {version('pytickersymbols')} (MIT licence); see NOTICE.md"
    )
    write_table(OUT, origin, table)


if __name__ == "__main__":
    main()
