"""Prepare an evaluation corpus from the 10k German News Articles Dataset.

    python -m bench.corpora.gnad_derstandard CSV OUT [--count 150]

CSV is a file of the dataset (``test.csv``: ``label;'text'`` lines), articles
of the Austrian newspaper DER STANDARD, 2015-2016: a teaser, then the text,
joined on one line, without headlines or paragraphs. Many open on a dateline
(``Wien – ``) and close on an agency sign-off with the day
(``(APA, 11.9.2015)``) or on the author's name and the day
(``(Renate Graber, 10.5.2016)``). OUT receives the first ``--count`` articles with a
dateline, each as its teaser line, a blank line and the text, and
``expected.jsonl``, pre-filled from the dateline and the sign-off. With
``--undated`` the articles without a dateline are written too, as the one line
the dataset gives (their teaser cannot be told from their text), with no
dateline expected: they are copy that the development set, made of the first
articles with a dateline, leaves unread. The dataset is CC BY-NC-SA 4.0: it
stays outside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

DATELINE = re.compile(
    r"(?:(?<=[.!?»«\"“”)]) |^)(?P<city>(?:St\. )?[A-ZÄÖÜ][\w\-]+(?:(?: |/| / )(?:am |an der |bei |St\. )?[A-ZÄÖÜ][\w\-]+){0,3}) – "
)
SIGN_OFF = re.compile(r"\((?P<who>[^()]*?)[,;]?\s*(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})\)?\s*$")
AGENCIES = {"apa": "APA", "dpa": "dpa", "reuters": "Reuters", "afp": "AFP", "ap": "AP", "sid": "sid", "ots": "OTS"}


def expectation(name: str, teaser: str, city: str, text: str) -> dict:
    sign_off = SIGN_OFF.search(text)
    date = agency = None
    authors = []
    if sign_off:
        date = f"{int(sign_off['year']):04d}-{int(sign_off['month']):02d}-{int(sign_off['day']):02d}"
        # "(APA, 11.9.2015)", "(APA/dpa, ...)", "(red, ...)", "(Renate Graber, 10.5.2016)"
        for part in re.split(r"\s*[,;]\s*", sign_off["who"].strip()):
            agencies = [AGENCIES[p.lower()] for p in part.split("/") if p.lower() in AGENCIES]
            if agencies:
                agency = agency or agencies[0]
            elif re.fullmatch(r"[A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+){1,3}", part):
                authors.append(part)
    return {
        "file": name,
        "lang": "de",
        "date": date,
        "precision": "day" if date else None,
        "dateline_city": city,
        "agency": agency,
        "authors": authors,
        "editors": [],
        "translators": [],
        "headline": None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--undated", action="store_true", help="write the articles without a dateline too")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (
        args.csv.open(encoding="utf-8", newline="") as source,
        (args.out / "expected.jsonl").open("w", encoding="utf-8") as out,
    ):
        for number, row in enumerate(csv.reader(source, delimiter=";", quotechar="'"), 1):
            if written == args.count:
                break
            if len(row) < 2:
                continue
            text = row[1]
            found = DATELINE.search(text[:700])
            name = f"{args.csv.stem}-{number:05d}.txt"
            if found and found.start() > 0:
                teaser, body = text[: found.start()].strip(), text[found.start() :].strip()
                (args.out / name).write_text(f"{teaser}\n\n{body}\n", encoding="utf-8")
                out.write(json.dumps(expectation(name, teaser, found["city"], body), ensure_ascii=False) + "\n")
            elif args.undated:
                (args.out / name).write_text(f"{text.strip()}\n", encoding="utf-8")
                out.write(json.dumps(expectation(name, "", None, text), ensure_ascii=False) + "\n")
            else:
                continue
            written += 1
    print(f"{written} articles written to {args.out}")


if __name__ == "__main__":
    main()
