"""Write ``german_nouns.txt``: German common nouns, one lemma a line, from
the package german-nouns 1.2.5 (nouns of the German Wiktionary compiled by
Gregor Weichbrodt, https://github.com/gambolputty/german-nouns; CC BY-SA 4.0),
read from its wheel as the registry publishes it:

    pip download --no-deps german-nouns==1.2.5 -d /tmp/german-nouns
    python plugins/wire/tagging/data/make_german_nouns.py /tmp/german-nouns/german_nouns-1.2.5-py3-none-any.whl

The wheel is read, not installed: the package's parser pins lxml below 5,
which the site's own dependencies have newer.

Only the entries Wiktionary gives as nouns and nothing else: a place's, a
given name's, a surname's or a proper name's entry (``Toponym``, ``Vorname``,
``Nachname``, ``Eigenname``) and abbreviations are left out. Wiktionary still
lists some bodies' names as plain nouns (``Bundestag``, ``Hamas``): the list
says that a word is a German noun, never that it names no body.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).with_name("german_nouns.txt")
TABLE = "german_nouns/nouns.csv"
HEADER = "# German common nouns from the German Wiktionary (german-nouns 1.2.5, CC BY-SA 4.0)\n"


def lemmas(wheel: Path) -> set[str]:
    """The lemmas the package's table gives as nouns alone."""
    with zipfile.ZipFile(wheel) as archive, archive.open(TABLE) as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
        header = next(reader)
        lemma, pos = header.index("lemma"), header.index("pos")
        return {
            row[lemma]
            for row in reader
            if row[pos] == "Substantiv" and row[lemma][:1].isupper() and row[lemma].isalpha()
        }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    found = sorted(lemmas(Path(argv[0])))
    OUT.write_text(HEADER + "".join(f"{word}\n" for word in found), encoding="utf-8")
    print(f"{len(found)} nouns written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
