"""Measure the people, organisations and places the tagger finds, per
language and type, document by document, on real copy.

    python -m bench.entity_eval --dev CORPUS [--errors]
    python -m bench.entity_eval --ner FOLDER [--docs 300] [--errors]

``--dev``: a corpus folder written by a script of ``bench/corpora/`` (dispatch
files); the gold labels are ``bench/corpora/entities_*.jsonl``, read by hand
(people; organisations with the forms a story uses, joined by ``|``; places as
ISO country codes), matched by file name.

``--ner``: a folder holding public news NER corpora as published, read at
evaluation time and never kept here: ``eng.train`` (CoNLL-2003, Reuters
English), ``esp.train`` (CoNLL-2002, EFE Spanish), ``enp_DE.sbb.bio``
(Europeana Newspapers German, held out of training) and
``HIPE-data-v1.4-dev-fr.tsv`` (CLEF HIPE-2020 French newspapers). Each
document's gold is the set of its PER, ORG and LOC names; a name the tagger
found counts when one of the forms it was written in is a gold name. A person
named in full and then by surname, or by the first words of that name, is one person on both
sides.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from wire.dispatch import parse_dispatch
from wire.errors import Rejected
from wire.tagging.entities import find_entities
from wire.tagging.name_lexicons import TITLE_WORDS, role_words
from wire.tagging.recogniser import bio_label
from wire.tagging.tagger import dateline_city, dateline_countries, tag_parsed, text_for_names

from bench.corpora.conll2002_efe import restore_conjunctions
from bench.wire_eval import prf

LABELS = Path(__file__).parent / "corpora"
TYPES = ("people", "organizations", "places")
NER_FILES = {
    "eng.train": "en",
    "esp.train": "es",
    "enp_DE.sbb.bio": "de",
    "HIPE-data-v1.4-dev-fr.tsv": "fr",
}
GOLD_KINDS = {"per": "PER", "pers": "PER", "org": "ORG", "loc": "LOC"}
KIND_OF = {"person": "people", "organization": "organizations", "place": "places", "city": "places"}
#: The rule of a country found by one of its names (not by a town or region of it).
COUNTRY_RULE = "country name (CLDR)"


def fold(name: str) -> str:
    name = re.sub(r"['’]s$", "", name.strip())
    name = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).replace(".", "").split())


@dataclass
class Tally:
    counts: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    errors: list[str] = field(default_factory=list)

    def add(self, lang: str, kind: str, tp: int, fp: int, fn: int) -> None:
        for key in ((lang, kind), ("all", kind)):
            row = self.counts[key]
            row[0] += tp
            row[1] += fp
            row[2] += fn

    def table(self, title: str) -> str:
        lines = [title, f"{'lang':<5} {'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
        for lang, kind in sorted(self.counts, key=lambda k: (k[0] == "all", k[0], TYPES.index(k[1]))):
            tp, fp, fn = self.counts[(lang, kind)]
            p, r, f = prf(tp, fp, fn)
            lines.append(f"{lang:<5} {kind:<14} {p or 0:6.3f} {r or 0:6.3f} {f or 0:6.3f} {tp + fn:6d}")
        return "\n".join(lines)


def _longest(forms: set[str]) -> str:
    return max(forms, key=lambda form: (len(form), form))


def _collapse_people(names: set[str]) -> set[str]:
    """A surname alone is the full name used beside it, and so are the first
    words of one fuller name only (``jaime mayor`` beside ``jaime mayor
    oreja``, a given name and the first of two surnames): one person."""
    full = [n for n in names if " " in n]

    def part_of_another(name: str) -> bool:
        if any(f != name and f.endswith(" " + name) for f in full):
            return True
        return len([f for f in full if f != name and f.startswith(name + " ")]) == 1

    return {n for n in names if not part_of_another(n)}


def _pairs(gold: list[set[str]], got: list[set[str]]) -> dict[int, int]:
    """The most predicted entities paired with gold ones sharing a form, each
    used once (gold index -> predicted index). Taking the first gold entity
    each prediction shares a form with undercounts: a story naming Bonn and
    Germany gives ``{germany, de, bonn}`` (the country, and the town that
    also tags it) and ``{bonn}``, and the first must pair with Germany."""
    owner: dict[int, int] = {}

    def place(index: int, seen: set[int]) -> bool:
        for i, g in enumerate(gold):
            if i in seen or not g & got[index]:
                continue
            seen.add(i)
            if i not in owner or place(owner[i], seen):
                owner[i] = index
                return True
        return False

    for index in range(len(got)):
        place(index, set())
    return owner


def score_sets(tally: Tally, doc: str, lang: str, kind: str, gold: list[set[str]], got: list[set[str]]) -> None:
    """Gold and predicted entities, each a set of folded forms; a predicted
    entity matches a gold one when they share a form, each counted once. A
    prediction that shares a form with a gold entity matched by another is
    that entity again, no error."""
    owner = _pairs(gold, got)
    extras = [forms for forms in got if not any(g & forms for g in gold)]
    tally.errors.extend(f"{doc} {kind}: extra {sorted(forms)[0]!r}" for forms in extras)
    for i, g in enumerate(gold):
        if i not in owner:
            tally.errors.append(f"{doc} {kind}: missing {sorted(g)[0]!r}")
    tally.add(lang, kind, len(owner), len(extras), len(gold) - len(owner))


def predicted_forms(
    text: str, lang: str, preferred: tuple = (), dateline_city: str | None = None
) -> dict[str, list[set[str]]]:
    """Each entity the tagger finds in a text, as the set of forms written
    (``preferred``: the countries of its dateline, as the tagger has them;
    ``dateline_city``: its town)."""
    found = find_entities(text, lang, preferred, dateline_city)
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    towns = {mention.start for mention in found.mentions if mention.kind == "city"}
    for mention in found.mentions:
        kind, key = KIND_OF[mention.kind], mention.key
        if mention.kind == "place" and mention.rule != COUNTRY_RULE:
            if mention.start in towns:
                continue  # a town's country: the town is the place found
            key = f"{key} {fold(mention.text)}"  # a region, a place of its own ("Ohio", not "U.S.")
        by_key[(kind, key)].update({fold(mention.text), fold(mention.key)})
        if mention.kind == "place" and mention.rule == COUNTRY_RULE:
            named[mention.key].add(fold(mention.text))
    result: dict[str, list[set[str]]] = {kind: [] for kind in TYPES}
    for (kind, _), forms in by_key.items():
        result[kind].append(forms)
    # a country by the names the story writes it by, not by its towns: the
    # towns are places of their own
    result["country names"] = list(named.values())
    people = _collapse_people({_longest(f) for f in result["people"]})
    result["people"] = [f for f in result["people"] if _longest(f) in people]
    return result


# -- development sets: dispatches labelled by hand ----------------------------


def evaluate_dev(corpus: Path, label_folder: Path = LABELS) -> Tally:
    labels = {}
    for path in sorted(label_folder.glob("entities_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            labels[row["file"]] = row
    tally = Tally()
    for name, row in sorted(labels.items()):
        path = corpus / name
        if not path.exists():
            continue
        dispatch = parse_dispatch(path.read_text(encoding="utf-8", errors="replace"))
        lang = dispatch.lang or "en"
        tagging = tag_parsed(dispatch)
        text = text_for_names(dispatch.headline, dispatch.paragraphs, dispatch.headline_derived)
        forms = predicted_forms(text, lang, dateline_countries(dispatch), dateline_city(dispatch))
        people = [f for f in forms["people"] if any(fold(p) in f for p in tagging.people)]
        orgs = [f for f in forms["organizations"] if any(fold(o) in f for o in tagging.organizations)]
        gold_people = [{fold(p)} for p in sorted(_collapse_people(set(row["people"])))]
        gold_orgs = [{fold(form) for form in entry.split("|")} for entry in row["organizations"]]
        score_sets(tally, name, lang, "people", gold_people, people)
        score_sets(tally, name, lang, "organizations", gold_orgs, orgs)
        score_sets(tally, name, lang, "places", [{p} for p in row["places"]], [{p} for p in tagging.places])
    return tally


# -- public NER corpora --------------------------------------------------------


def _documents(path: Path) -> list[tuple[list[str], list[str]]]:
    """(words, BIO labels) of each document of a CoNLL, Europeana or HIPE file.
    HIPE's mention of a person holds titles and appositions (``M. Louis
    Thorens, vice-président``) and marks the name in it: the name is the
    gold, as the other corpora label it. CoNLL-2002's lost ``y`` is put back
    where its own labels, of any type, show it inside a name
    (:func:`restore_conjunctions`), before they are read as people,
    organisations and places."""
    docs: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []  # the corpus's own labels
    names: list[bool] = []  # HIPE: the word is the name of the person mentioned
    glued: list[bool] = []  # HIPE: no space between the word and the next
    hipe = path.suffix == ".tsv"
    europeana = path.suffix == ".bio"
    sentence_start = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t") if hipe else line.split()
        starts_doc = (parts and parts[0] == "-DOCSTART-") or line.startswith("# document_id")
        if europeana and len(words) >= 400 and words[-1] == ".":
            starts_doc = True
        if starts_doc:
            if words:
                docs.append((words, tags, names, glued))
            words, tags, names, glued, sentence_start = [], [], [], [], 0
            continue
        if not parts or not parts[0]:
            sentence_start = len(words)
            continue
        if line.startswith("#") or parts[0] == "TOKEN":
            continue
        word = parts[0]
        words.append(word)
        tags.append(parts[1] if hipe else parts[-1])
        names.append(hipe and parts[5].endswith("comp.name"))
        glued.append(hipe and "NoSpaceAfter" in parts[-1])
        if words[-3:-1] == ["(", "EFE"] and word == ")" and 0 < sentence_start and len(words) - sentence_start < 10:
            # CoNLL-2002 has no document marks: a dispatch starts at its dateline
            cut = sentence_start
            docs.append((words[:cut], tags[:cut], names[:cut], glued[:cut]))
            words, tags, names, glued = words[cut:], tags[cut:], names[cut:], glued[cut:]
            sentence_start = 0
    if words:
        docs.append((words, tags, names, glued))
    read = []
    for words, tags, names, glued in docs:
        if path.name.startswith("esp."):
            words, tags = restore_conjunctions(words, tags)
        labels, previous = [], "O"
        for tag in tags:
            previous = bio_label(tag, previous, GOLD_KINDS)
            labels.append(previous)
        read.append(_hipe_document(words, labels, names, glued) if hipe else (words, labels))
    return read


def _hipe_document(
    words: list[str], labels: list[str], names: list[bool], glued: list[bool]
) -> tuple[list[str], list[str]]:
    """A HIPE document's words and labels: a person's name as its mention
    marks it, and words the page prints together written together where
    they are in one name or in none (``Paul-Emile Bonjour``, ``M.``)."""
    labels = _names_of_people(labels, names)
    out_words: list[str] = []
    out_labels: list[str] = []
    for index, (word, label) in enumerate(zip(words, labels, strict=True)):
        together = index > 0 and glued[index - 1] and (label.startswith("I-") or label == out_labels[-1] == "O")
        if together:
            out_words[-1] += word
        else:
            out_words.append(word)
            out_labels.append(label)
    return out_words, out_labels


def _names_of_people(labels: list[str], names: list[bool]) -> list[str]:
    """Labels where a person's mention that marks its name is that name alone."""
    labels = list(labels)
    index = 0
    while index < len(labels):
        if labels[index] != "B-PER":
            index += 1
            continue
        end = index + 1
        while end < len(labels) and labels[end] == "I-PER":
            end += 1
        if any(names[index:end]):
            inside = False
            for at in range(index, end):
                labels[at] = ("I-PER" if inside else "B-PER") if names[at] else "O"
                inside = names[at]
        index = end
    return labels


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]»])")
_NO_SPACE_AFTER = re.compile(r"([(\[«]) ")


def _detokenise(words: list[str]) -> str:
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(words)))


def _without_title(run: list[str], lang: str) -> list[str]:
    """HIPE puts a person's title inside the name (``M. Hagenbeck``); the
    tagger gives the name alone, as the other corpora do. ``M.`` is a title
    in French only: elsewhere it is an initial (``M. Atherton``)."""
    titles = _TITLES | _FRENCH_TITLES if lang == "fr" else _TITLES
    while len(run) > 1 and (run[0].rstrip(".").lower() in titles or run[0] == "."):
        run = run[1:]
    return run


_TITLES = {w.lower() for w in TITLE_WORDS} | set(role_words()) | {"dr", "sr", "sra"}
_FRENCH_TITLES = {"m", "mm", "mme", "mmes", "mlle"}


def _gold_names(words: list[str], labels: list[str], lang: str) -> dict[str, list[set[str]]]:
    """Each gold name of a document, by type, as a set of folded forms. An
    organisation's acronym in brackets right after its name (``Kurdistan
    Democratic Party ( KDP )``) is the same organisation, as a person named
    in full and then by surname is one person."""
    runs: list[tuple[str, int, int]] = []  # kind, first word, past the last
    kind = None
    begin = None
    for index, label in enumerate([*labels, "O"]):
        if begin is not None and not label.startswith("I-"):
            runs.append((kind, begin, index))
            begin = None
        if label != "O":
            kind = label[2:]
            begin = index if begin is None else begin
    names: dict[str, list[set[str]]] = {"PER": [], "ORG": [], "LOC": []}
    previous = None
    for kind, begin, end in runs:
        run = words[begin:end]
        form = fold(_detokenise(_without_title(run, lang) if kind == "PER" else run))
        acronym_of_previous = (
            kind == "ORG"
            and previous is not None
            and previous[0] == "ORG"
            and words[previous[2] : begin] == ["("]
            and words[end : end + 1] == [")"]
        )
        if acronym_of_previous:
            names["ORG"][-1].add(form)
        elif not any(form in forms for forms in names[kind]):
            names[kind].append({form})
        previous = (kind, begin, end)
    return names


def _named_as_one(gold: list[set[str]], got: list[set[str]]) -> list[set[str]]:
    """Gold organisations the tagger found as one, with all the forms the
    story used (``United Nations`` and ``U.N.``, ``Likud`` and ``Likud
    party``), as one: a corpus's labels name each form apart, unless an
    acronym follows its name in brackets. Likewise a country the story
    names two ways (``U.S.`` and ``United States``), by its names only."""
    merged = [set(g) for g in gold]
    for forms in got:
        together = [g for g in merged if g & forms]
        if len(together) > 1:
            merged = [g for g in merged if not g & forms] + [set().union(*together)]
    return sorted(merged, key=sorted)


def _dateline_of(text: str) -> tuple[tuple[str | None, ...], str | None]:
    """The countries and town of the dateline a document opens on
    (CoNLL-2002: ``Santander, 25 may (EFE). -``), read as the site reads a
    dispatch's, for the tagger; none without one."""
    try:
        dispatch = parse_dispatch(text)
    except Rejected:  # a line too short to be a dispatch
        return (), None
    return dateline_countries(dispatch), dateline_city(dispatch)


def evaluate_ner(folder: Path, docs_per_corpus: int) -> Tally:
    tally = Tally()
    for name, lang in NER_FILES.items():
        path = folder / name
        if not path.exists():
            print(f"not in {folder}: {name} ({lang})")
            continue
        for index, (words, labels) in enumerate(_documents(path)[:docs_per_corpus]):
            text = _detokenise(words)
            gold = _gold_names(words, labels, lang)
            forms = predicted_forms(text, lang, *_dateline_of(text))
            doc = f"{name}#{index}"
            people = _collapse_people({n for forms in gold["PER"] for n in forms})
            score_sets(tally, doc, lang, "people", [{n} for n in sorted(people)], forms["people"])
            orgs = _named_as_one(sorted(gold["ORG"], key=sorted), forms["organizations"])
            score_sets(tally, doc, lang, "organizations", orgs, forms["organizations"])
            places = _named_as_one(sorted(gold["LOC"], key=sorted), forms["country names"])
            score_sets(tally, doc, lang, "places", places, forms["places"])
    return tally


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.entity_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, help="a corpus folder with hand-labelled dispatches")
    parser.add_argument("--ner", type=Path, help="a folder of public news NER corpora")
    parser.add_argument("--docs", type=int, default=300, help="documents read from each NER corpus")
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    for title, tally in (
        ("development set (real copy, labelled by hand)", evaluate_dev(args.dev) if args.dev else None),
        ("public news NER corpora (document level)", evaluate_ner(args.ner, args.docs) if args.ner else None),
    ):
        if tally is None:
            continue
        if not tally.counts:
            print(f"{title}: no labelled files in that folder")
            continue
        print(tally.table(title))
        if args.errors:
            print("\n".join(tally.errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
