"""Measure the converter on a corpus of real dispatches.

    python -m bench.wire_eval --corpus DIR [--errors] [--json FILE]

A corpus is a folder of dispatch files (``*.txt``, as received) and
``expected.jsonl``: one JSON object per line and per file, with what a reader
finds in it::

    {"file": "0001.txt", "lang": "en",
     "date": "2011-08-24T23:59",      # ISO 8601 at its precision, UTC; or "2022-01"; or null
     "precision": "minute",           # minute, day, month, year, or null
     "dateline_city": "Lagos",        # or null
     "agency": "Reuters",             # or null
     "authors": ["..."], "editors": ["..."], "translators": ["..."],
     "headline": "...",               # the real headline, or null
     "received": "2011-08-25T00:00"}  # optional: when the file arrived

Each file goes through the converter's pure parse (``convert_bytes``, no
files written), with ``received`` as the time the file arrived (none when the
expectation gives none), so every run gives the same figures. Reported per
language:

- files read, and files quarantined with their reasons;
- date: exact at the expected precision; precision; how many dates came from
  the received time rather than the copy;
- dateline city and agency (case-insensitive);
- for each of these: the share right among the files where the expectation
  has one, and how many values were found where it has none;
- authors, editors, translators: precision, recall and F1 over names;
- headline, for files with a real headline: exact and normalised match
  (case, spaces, quotes and punctuation aside);
- derived headline: the same file with its headline line removed, so the
  converter must derive one from the text: mean and longest length, share
  over 80 characters, share ending on a dangling word (an article,
  preposition or conjunction, from this module's own short lists) and word
  overlap (F1 of the two word sets) with the real headline.

``--errors`` lists every wrong field; ``--json FILE`` writes the figures.
Real copy stays outside the repository: the corpus folder is read where it is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from wire.conversion import convert_bytes
from wire.dates import WireDate, parse_iso
from wire.decoding import decode_dispatch
from wire.errors import Rejected
from wire.ingest_config import IngestConfig

ROOT = Path(__file__).resolve().parent.parent

ROLES = ("authors", "editors", "translators")
FIELDS = ("date", "precision", "dateline_city", "agency")
LONG_HEADLINE = 80

# Words a headline should not end on, per language: articles, prepositions,
# conjunctions and the like. Written for this measure, apart from the
# converter's own lists.
DANGLING = {
    "en": set(
        "a an the of to in on at for by with from into onto over under after before about against between "
        "and or but nor as than that which who whose its his her their our your my this these those "
        "is are was were be will would".split()
    ),
    "fr": set(
        "le la les l un une des du de d à au aux en et ou mais ni pour par sur sous dans avec sans chez vers "
        "contre entre que qu qui dont ce cet cette ces son sa ses leur leurs notre nos votre vos se ne est sont".split()
    ),
    "es": set(
        "el la los las lo un una unos unas de del a al en y e o u ni pero para por con sin sobre entre hacia "
        "hasta contra tras desde que quien cuyo su sus este esta estos estas ese esa se es son".split()
    ),
    "de": set(
        "der die das den dem des ein eine einen einem einer eines und oder aber doch sondern in im an am auf "
        "aus bei mit nach von vom zu zum zur für über unter gegen um durch ohne vor hinter neben zwischen "
        "dass ob wie als sein seine ihr ihre ist sind wird werden hat".split()
    ),
}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_HEADER_PREFIX = re.compile(r"^\s*(?:--+|##+|>+)\s*")


@dataclass
class Expected:
    file: str
    lang: str
    date: str | None = None
    precision: str | None = None
    dateline_city: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    headline: str | None = None
    received: str | None = None


def load_corpus(folder: Path) -> list[Expected]:
    """The expectations of a corpus folder, in file order."""
    known = set(Expected.__dataclass_fields__)
    cases = []
    with (folder / "expected.jsonl").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            data = json.loads(line)
            unknown = set(data) - known
            if unknown:
                raise ValueError(f"expected.jsonl line {number}: unknown keys {sorted(unknown)}")
            cases.append(Expected(**data))
    return sorted(cases, key=lambda case: case.file)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def normalise(text: str | None) -> str:
    """Case, accents kept; quotes, punctuation and spacing aside."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def words(text: str) -> set[str]:
    return set(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def overlap(a: str, b: str) -> float:
    """F1 of the word sets of ``a`` and ``b``."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = len(wa & wb)
    if not common:
        return 0.0
    precision, recall = common / len(wa), common / len(wb)
    return 2 * precision * recall / (precision + recall)


def dangles(headline: str, lang: str) -> bool:
    """Whether ``headline`` ends on an article, preposition or conjunction."""
    found = _WORD.findall(unicodedata.normalize("NFKC", headline).casefold())
    if not found:
        return False
    return found[-1] in DANGLING.get(lang, set())


def without_headline_line(text: str, headline: str) -> str | None:
    """``text`` without the line holding ``headline``, or None when no line
    holds it alone."""
    target = normalise(headline)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if normalise(_HEADER_PREFIX.sub("", line)) == target:
            return "\n".join(lines[:index] + lines[index + 1 :])
    return None


def _received(case: Expected):
    return parse_iso(case.received) if case.received else None


def _convert(data: bytes, name: str, case: Expected) -> dict:
    config = IngestConfig(seeds=Path("."), content=Path("."))
    return convert_bytes(data, name, config, _received(case))


def _utc(stamp: str | None) -> WireDate | None:
    """The date a ledger record holds (``2011-08-24T19:59-04:00 EDT``), in UTC."""
    return parse_iso(stamp) if stamp else None


@dataclass
class Outcome:
    """What the converter made of one file."""

    case: Expected
    rejected: str | None = None
    got: dict = field(default_factory=dict)
    date_source: str | None = None
    headline: str | None = None
    headline_derived: bool = False
    derived: str | None = None
    derived_was_derived: bool = False
    derived_rejected: str | None = None
    derived_missing_line: bool = False


def run_case(folder: Path, case: Expected) -> Outcome:
    data = (folder / case.file).read_bytes()
    outcome = Outcome(case)
    try:
        record = _convert(data, case.file, case)
    except Rejected as error:
        outcome.rejected = str(error)
        return outcome
    dispatch = record["dispatch"]
    dateline = dispatch.get("dateline") or {}
    date = _utc(record["date"])
    outcome.got = {
        "date": date.iso() if date else None,
        "precision": date.precision if date else None,
        "dateline_city": dateline.get("city"),
        "agency": dateline.get("agency"),
        "authors": list(dispatch["authors"]),
        "editors": list(dispatch["editors"]),
        "translators": list(dispatch["translators"]),
    }
    outcome.date_source = record["date_source"] if record["date"] else None
    outcome.headline = dispatch["headline"]
    outcome.headline_derived = dispatch["headline_derived"]
    if case.headline:
        text, _ = decode_dispatch(data)
        stripped = without_headline_line(text, case.headline)
        if stripped is None:
            outcome.derived_missing_line = True
        else:
            try:
                derived = _convert(stripped.encode("utf-8"), case.file, case)
                outcome.derived = derived["dispatch"]["headline"]
                outcome.derived_was_derived = derived["dispatch"]["headline_derived"]
            except Rejected as error:
                outcome.derived_rejected = str(error)
    return outcome


def _same(field_name: str, expected, got) -> bool:
    if field_name in ("dateline_city", "agency"):
        return (expected or "").casefold() == (got or "").casefold()
    return expected == got


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1; None where nothing was expected nor found."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None and recall is None:
        return None, None, None
    p, r = precision if precision is not None else 1.0, recall if recall is not None else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return precision, recall, f1


def score(outcomes: list[Outcome]) -> tuple[dict, list[str]]:
    """Figures per language (and ``all``), and one line per wrong field."""
    tallies: dict[str, dict] = defaultdict(
        lambda: {
            "files": 0,
            "rejected": Counter(),
            "fields": Counter(),
            "from_received": 0,
            "credits": {role: [0, 0, 0] for role in ROLES},
            "headline": Counter(),
            "derived": [],
        }
    )
    errors: list[str] = []
    for outcome in outcomes:
        case = outcome.case
        for lang in (case.lang, "all"):
            tally = tallies[lang]
            tally["files"] += 1
            if outcome.rejected:
                tally["rejected"][outcome.rejected] += 1
                continue
            for name in FIELDS:
                expected, got = getattr(case, name), outcome.got[name]
                if expected is None:
                    # nothing to find: finding something is a false reading
                    tally["fields"][name + ":none"] += 1
                    tally["fields"][name + ":spurious"] += got is not None
                else:
                    tally["fields"][name + ":expected"] += 1
                    tally["fields"][name] += _same(name, expected, got)
            tally["from_received"] += outcome.date_source == "received"
            for role in ROLES:
                expected = {_name_key(n) for n in getattr(case, role)}
                got = {_name_key(n) for n in outcome.got[role]}
                counts = tally["credits"][role]
                counts[0] += len(expected & got)
                counts[1] += len(got - expected)
                counts[2] += len(expected - got)
            if case.headline:
                head = tally["headline"]
                head["real"] += 1
                head["exact"] += outcome.headline == case.headline
                head["normalised"] += normalise(outcome.headline) == normalise(case.headline)
                head["derived_instead"] += outcome.headline_derived
                if outcome.derived_missing_line:
                    head["line_not_found"] += 1
                elif outcome.derived_rejected:
                    head["derived_rejected"] += 1
                elif outcome.derived is not None:
                    tally["derived"].append((outcome.derived, case.headline, case.lang))
                    # another line taken for the headline instead of one derived from the text
                    head["derived_from_other_line"] += not outcome.derived_was_derived
        if outcome.rejected:
            errors.append(f"{case.file} quarantined: {outcome.rejected}")
            continue
        for name in FIELDS:
            if not _same(name, getattr(case, name), outcome.got[name]):
                source = f" (from {outcome.date_source})" if name == "date" and outcome.date_source else ""
                errors.append(f"{case.file} {name}: expected {getattr(case, name)!r} got {outcome.got[name]!r}{source}")
        for role in ROLES:
            expected = {_name_key(n) for n in getattr(case, role)}
            got = {_name_key(n) for n in outcome.got[role]}
            if expected != got:
                errors.append(f"{case.file} {role}: missing {sorted(expected - got)} extra {sorted(got - expected)}")
        if case.headline and normalise(outcome.headline) != normalise(case.headline):
            errors.append(f"{case.file} headline: expected {case.headline!r} got {outcome.headline!r}")
    return {lang: _figures(tally) for lang, tally in tallies.items()}, errors


def _figures(tally: dict) -> dict:
    read = tally["files"] - sum(tally["rejected"].values())
    figures: dict = {
        "files": tally["files"],
        "quarantined": sum(tally["rejected"].values()),
        "quarantine_reasons": dict(sorted(tally["rejected"].items())),
        "read": read,
    }
    for name in FIELDS:
        expected = tally["fields"][name + ":expected"]
        figures[name] = {
            "expected": expected,
            "accuracy": tally["fields"][name] / expected if expected else None,
            "none_expected": tally["fields"][name + ":none"],
            "spurious": tally["fields"][name + ":spurious"],
        }
    figures["date_from_received"] = tally["from_received"]
    for role in ROLES:
        tp, fp, fn = tally["credits"][role]
        precision, recall, f1 = prf(tp, fp, fn)
        figures[role] = {"expected": tp + fn, "found": tp + fp, "precision": precision, "recall": recall, "f1": f1}
    head = tally["headline"]
    real = head["real"]
    figures["headline"] = {
        "real": real,
        "exact": head["exact"] / real if real else None,
        "normalised": head["normalised"] / real if real else None,
        "derived_instead": head["derived_instead"],
    }
    derived = tally["derived"]
    lengths = [len(text) for text, _, _ in derived]
    figures["derived_headline"] = {
        "tested": len(derived),
        "line_not_found": head["line_not_found"],
        "quarantined": head["derived_rejected"],
        "other_line": head["derived_from_other_line"],
        "mean_length": sum(lengths) / len(lengths) if lengths else None,
        "max_length": max(lengths) if lengths else None,
        "over_80": sum(n > LONG_HEADLINE for n in lengths) / len(lengths) if lengths else None,
        "dangling": sum(dangles(text, lang) for text, _, lang in derived) / len(derived) if derived else None,
        "word_f1": sum(overlap(text, real) for text, real, _ in derived) / len(derived) if derived else None,
    }
    return figures


def evaluate_corpus(folder: Path) -> tuple[dict, list[str]]:
    """Run the converter over ``folder`` and score it."""
    folder = Path(folder)
    return score([run_case(folder, case) for case in load_corpus(folder)])


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}"


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def table(figures: dict) -> str:
    langs = sorted(figures, key=lambda k: (k == "all", k))
    out = ["Fields: % right of the files read that have one (how many), and +N found where there is none"]
    out.append(
        f"{'lang':<5} {'files':>5} {'quar.':>5} "
        + " ".join(f"{name:>18}" for name in ("date", "precision", "dateline_city", "agency"))
        + f" {'date from rcv':>13}"
    )
    for lang in langs:
        f = figures[lang]
        cells = [
            f"{_pct(f[name]['accuracy']):>6} ({f[name]['expected']:>3}) +{f[name]['spurious']:<3}"
            for name in ("date", "precision", "dateline_city", "agency")
        ]
        out.append(
            f"{lang:<5} {f['files']:>5} {f['quarantined']:>5} "
            + " ".join(f"{cell:>18}" for cell in cells)
            + f" {f['date_from_received']:>13}"
        )
    out.append("")
    out.append("Credits (names expected / found, precision, recall, F1 in %)")
    out.append(f"{'lang':<5} " + " ".join(f"{role:>26}" for role in ROLES))
    for lang in langs:
        cells = []
        for role in ROLES:
            c = figures[lang][role]
            cells.append(
                f"{c['expected']:>3}/{c['found']:<3} {_pct(c['precision']):>6} {_pct(c['recall']):>6} {_pct(c['f1']):>6}"
            )
        out.append(f"{lang:<5} " + " ".join(f"{cell:>26}" for cell in cells))
    out.append("")
    out.append(
        "Headlines: the real headline line read (exact, normalised, derived instead); with that line removed,"
        " the headline made (tested; 'other': another line taken instead; length; % over 80 characters;"
        " % ending on a dangling word; word F1 with the real one)"
    )
    out.append(
        f"{'lang':<5} {'real':>5} {'exact':>6} {'norm.':>6} {'deriv.':>6} | {'tested':>6} {'other':>5} {'mean':>6} "
        f"{'max':>5} {'>80':>6} {'dangle':>6} {'wordF1':>6}"
    )
    for lang in langs:
        h, d = figures[lang]["headline"], figures[lang]["derived_headline"]
        out.append(
            f"{lang:<5} {h['real']:>5} {_pct(h['exact']):>6} {_pct(h['normalised']):>6} {h['derived_instead']:>6} | "
            f"{d['tested']:>6} {d['other_line']:>5} {_num(d['mean_length']):>6} "
            f"{d['max_length'] if d['max_length'] is not None else 'n/a':>5} "
            f"{_pct(d['over_80']):>6} {_pct(d['dangling']):>6} {_pct(d['word_f1']):>6}"
        )
    reasons = figures.get("all", {}).get("quarantine_reasons") or {}
    if reasons:
        out.append("")
        out.append("Quarantined")
        out.extend(f"{count:>5}  {reason}" for reason, count in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.wire_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, type=Path, help="folder of *.txt dispatches and expected.jsonl")
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    figures, errors = evaluate_corpus(args.corpus)
    print(f"corpus: {args.corpus}")
    print(table(figures))
    if args.errors:
        print()
        print("\n".join(errors))
    if args.json:
        args.json.write_text(
            json.dumps({"corpus": str(args.corpus), "figures": figures, "errors": errors}, ensure_ascii=False, indent=2)
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
