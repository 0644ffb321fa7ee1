"""Prepare an evaluation corpus from the CLEF HIPE-2020 French newspaper data.

    python -m bench.corpora.hipe_fr OUT FILE [FILE ...] [--count 150]

Each FILE is a HIPE-2020 French TSV file: one token per line, a ``NoSpaceAfter``
or ``EndOfLine`` mark in the last column, and ``# date`` and ``# document_id``
lines before each article. The articles are OCR text of Swiss and
Luxembourgish French-language newspapers, 1798-2018: the closest real French
news copy with public data, some of it agency dispatches with datelines
(``LONDRES , 24 ( Reuter ) . —``). Each article is written as its printed
lines, joined into one paragraph, in the order the files are given, each
article once. ``expected.jsonl`` is pre-filled: the date of the issue, or
the day of a dateline, a dateline's city and agency; ``received`` is the
issue's date at noon. Every label was then checked by reading the
article; ``hipe_fr_labels.jsonl`` beside this script holds the labels read
by hand where the pre-fill was wrong or missed a dateline (no text of the
articles). The data is CC BY-NC 4.0: it stays outside the
repository.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

DATELINE = re.compile(
    r"(?:^|[.»>?!)] |[A-Z]{2} )(?P<city>[A-ZÉÈ][A-Za-zéèêàâîôûçÉÈÀÂÎÔÛÇ'\-]+(?: [A-ZÉÈ][A-Za-zéèàâîôûçÉÈÀÂÎÔÛÇ'\-]+){0,2})"
    r"(?:,? le)?[,.]? (?:(?P<day>\d{1,2})(?: (?P<month>[a-zéû]+))?(?: \d{4})?\.? ?)?"
    r"(?:\((?P<agency>Havas|Reuter|Reuters|ATS|AFP|A\.F\.P\.|AP|United Press|DNB|Stefani)\)\.? ?)?[—.-]"
)
AGENCIES = {"havas": "Havas", "reuter": "Reuters", "reuters": "Reuters", "ats": "ATS", "afp": "AFP", "a.f.p.": "AFP"}


def articles(path: Path):
    """(document id, issue date, lines) for each article of a TSV file."""
    meta: dict[str, str] = {}
    document = issue = None
    lines: list[str] = []
    line = ""
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("# "):
            key, _, value = raw[2:].partition(" = ")
            meta[key] = value.strip()
            if key == "document_id":
                if document is not None:
                    yield document, issue, lines + ([line] if line else [])
                document, issue, lines, line = meta["document_id"], meta["date"], [], ""
            continue
        columns = raw.split("\t")
        if len(columns) < 2 or columns[0] == "TOKEN":
            continue
        token, misc = columns[0], columns[-1]
        line += token
        if "EndOfLine" in misc:
            lines.append(line)
            line = ""
        elif "NoSpaceAfter" not in misc:
            line += " "
    if document is not None:
        yield document, issue, lines + ([line] if line else [])


MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("janvier",),
            ("février", "fevrier"),
            ("mars",),
            ("avril",),
            ("mai",),
            ("juin",),
            ("juillet",),
            ("août", "aout"),
            ("septembre", "feptembre"),
            ("octobre",),
            ("novembre",),
            ("décembre", "decembre"),
        ],
        1,
    )
    for m in names
}


def expectation(name: str, issue: str, text: str) -> dict:
    year, month, day = (int(p) for p in issue.split("-"))
    found = DATELINE.search(text[:250])
    city = agency = None
    when = date(year, month, day)
    if found and (found["day"] or found["agency"]):
        city = found["city"].title() if found["city"].isupper() else found["city"]
        agency = AGENCIES.get((found["agency"] or "").strip().lower())
        dated = int(found["day"]) if found["day"] else None
        named = MONTHS.get((found["month"] or "").lower())
        if dated and 1 <= dated <= 31:
            # on or before the issue: this month, or the month named, or the one before
            dated_month = named or (month if dated <= day else (month - 1 or 12))
            dated_year = year if dated_month <= month else year - 1
            try:
                when = date(dated_year, dated_month, dated)
            except ValueError:
                pass
    return {
        "file": name,
        "lang": "fr",
        "date": when.isoformat(),
        "precision": "day",
        "dateline_city": city,
        "agency": agency,
        "authors": [],
        "editors": [],
        "translators": [],
        "headline": None,
        "received": f"{issue}T12:00",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument(
        "--labels", type=Path, default=Path(__file__).with_name("hipe_fr_labels.jsonl"), help="labels read by hand"
    )
    args = parser.parse_args()
    corrections = {}
    if args.labels and args.labels.exists():
        for line in args.labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                corrections[label.pop("file")] = label
    args.out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    with (args.out / "expected.jsonl").open("w", encoding="utf-8") as out:
        for path in args.files:
            for document, issue, lines in articles(path):
                if document in seen or len(seen) == args.count:
                    continue
                seen.add(document)
                text = " ".join(" ".join(lines).split())
                name = f"{document}.txt"
                (args.out / name).write_text(text + "\n", encoding="utf-8")
                label = expectation(name, issue, text) | corrections.pop(name, {})
                out.write(json.dumps(label, ensure_ascii=False) + "\n")
    if corrections:
        raise SystemExit(f"labels for files not written: {sorted(corrections)}")
    print(f"{len(seen)} articles written to {args.out}")


if __name__ == "__main__":
    main()
