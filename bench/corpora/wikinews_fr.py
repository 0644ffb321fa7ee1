"""Prepare an evaluation corpus from French Wikinews articles of 2012.

    python -m bench.corpora.wikinews_fr DOCUMENTS OUT

DOCUMENTS is the ``documents/`` folder of the Wikinews keyphrase corpus
(Bougouin, Boudin and Daille, 2013): 100 articles published on French Wikinews
between May and December 2012, one HTML file each (``44489.html``), with the
headline in ``<h1>`` and the paragraphs in ``<p>``. The first paragraph opens
on the day of publication (``2 juillet 2012. - ``). Modern French news copy,
written by Wikinews contributors from agency and press reports: there is no
dateline city, agency or byline.

OUT receives each article as its headline, a blank line and its paragraphs
separated by blank lines (``wikinews-fr-44489.txt``), and ``expected.jsonl``,
pre-filled from the headline and the opening day. Wikinews text is licensed
under Creative Commons Attribution 2.5; it is read where it is and not kept in
the repository, like the other corpora.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from wire.dates import parse_written_date

OPENING_DAY = re.compile(r"^\d{1,2}(?:er)? [a-zéû]+ \d{4}")


def article(html: str) -> tuple[str, list[str]]:
    """The headline and the paragraphs of one article's HTML."""
    soup = BeautifulSoup(html, "html.parser")
    headline = " ".join(soup.h1.get_text().split()) if soup.h1 else ""
    paragraphs = [" ".join(p.get_text().split()) for p in soup.find_all("p")]
    return headline, [p for p in paragraphs if p]


def expectation(name: str, headline: str, paragraphs: list[str]) -> dict:
    found = OPENING_DAY.match(paragraphs[0]) if paragraphs else None
    day = parse_written_date(found[0]) if found else None
    date = f"{day.year:04d}-{day.month:02d}-{day.day:02d}" if day and day.day else None
    return {
        "file": name,
        "lang": "fr",
        "date": date,
        "precision": "day" if date else None,
        "dateline_city": None,
        "agency": None,
        "authors": [],
        "editors": [],
        "translators": [],
        "headline": headline or None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (args.out / "expected.jsonl").open("w", encoding="utf-8") as out:
        for path in sorted(args.documents.glob("*.html"), key=lambda p: int(p.stem)):
            headline, paragraphs = article(path.read_text(encoding="utf-8"))
            if not paragraphs:
                continue
            name = f"wikinews-fr-{path.stem}.txt"
            (args.out / name).write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
            out.write(json.dumps(expectation(name, headline, paragraphs), ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} articles written to {args.out}")


if __name__ == "__main__":
    main()
