"""Prepare an evaluation corpus from the CoNLL-2002 Spanish data (EFE, May 2000).

    python -m bench.corpora.conll2002_efe OUT FILE [FILE ...] [--count 150]

Each FILE is a CoNLL-2002 Spanish file (``esp.testa``, ``esp.testb``,
``esp.train``): one token per line with its part of speech and entity tag,
sentences apart. The data is EFE newswire from May 2000, tokenised, without
document marks or paragraphs. A dispatch starts at a dateline sentence
(``Madrid , 23 may ( EFE ) .``), sometimes after a byline (``Por NAME``,
tagged as a person) or after the previous dispatch's sign-off (``EFECOM
pa-c``), which goes back to the end of that dispatch, or after its headline in
capitals, which regional wires send after the previous dispatch's code
(``(PM2053) HOTELEROS CREEN ...``). Text is detokenised,
one sentence per paragraph (the source has no paragraphs), and the dateline
joined to the first sentence as EFE writes it (``Madrid, 23 may (EFE).- El
...``). OUT receives ``--count`` dispatches, in file order, and
``expected.jsonl``, pre-filled from the dateline sentence and the entity
tags. The copy is EFE's: it stays outside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

DAY_MONTH = re.compile(r"^\d{1,2}$")
MONTHS = {"may": 5, "mayo": 5}
NO_SPACE_BEFORE = set(",.;:)]?!%»…")
NO_SPACE_AFTER = set("([¿¡«")


def restore_conjunctions(words: list[str], labels: list[str]) -> tuple[list[str], list[str]]:
    """The words and labels with the conjunction ``y`` put back inside names.
    Some copies of the data (the one in dice-group/FOX among them) lost it:
    ``Ministerio de Agricultura, Pesca y Alimentación`` is there as the
    tokens ``Pesca.`` and ``Alimentación``, which no EFE copy writes. A word
    of a name ending in a full stop, itself no abbreviation (three letters
    or more), before a word that continues the same name, had a ``y`` after
    it."""
    out_words: list[str] = []
    out_labels: list[str] = []
    for index, (word, label) in enumerate(zip(words, labels, strict=True)):
        following = labels[index + 1] if index + 1 < len(labels) else "O"
        bare = word[:-1]
        if label != "O" and following.startswith("I-") and word.endswith(".") and len(bare) >= 3 and bare.isalpha():
            out_words += [bare, "y"]
            out_labels += [label, following]
        else:
            out_words.append(word)
            out_labels.append(label)
    return out_words, out_labels


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        tokens = [line.split(" ") for line in block.split("\n") if line.strip()]
        if tokens:
            words, labels = restore_conjunctions([t[0] for t in tokens], [t[-1] for t in tokens])
            found.append(list(zip(words, labels, strict=True)))
    return found


def detokenise(tokens: list[str]) -> str:
    out = ""
    quote_open = False
    for token in tokens:
        if token == '"':
            if quote_open:
                out = out.rstrip() + '"'
            else:
                out += ("" if not out or out.endswith(tuple(NO_SPACE_AFTER)) else " ") + '"'
            quote_open = not quote_open
            continue
        glue = not out or token in NO_SPACE_BEFORE or out.endswith(tuple(NO_SPACE_AFTER))
        glue = glue or (quote_open and out.endswith('"') and out.count('"') % 2 == 1)
        out += ("" if glue else " ") + token
    return out


def dateline(sentence: list[tuple[str, str]]) -> dict | None:
    """The parts of a dateline sentence: prefix tokens, city, date, agency."""
    words = [w for w, _ in sentence]
    try:
        agency_at = next(i for i, w in enumerate(words) if w in ("EFE", "EFECOM") and i and words[i - 1] == "(")
    except StopIteration:
        return None
    if agency_at > 25 or words[agency_at + 1 : agency_at + 3] != [")", "."] or len(words) != agency_at + 3:
        return None
    day_at, month_at = agency_at - 3, agency_at - 2
    if day_at < 2 or not DAY_MONTH.match(words[day_at]) or words[month_at].lower() not in MONTHS:
        return None
    if words[day_at - 1] != ",":
        return None
    end = day_at - 1  # the comma
    place_end = end
    if words[end - 1] == ")":  # "Melbourne ( Australia )"
        opening = max(i for i in range(end) if words[i] == "(")
        place_end = opening
    start = place_end - 1
    while start > 0 and sentence[start][1] == "I-LOC":
        start -= 1
    if sentence[start][1] not in ("B-LOC", "I-LOC"):
        # an untagged city: take the capitalised words before
        start = place_end - 1
        while start > 0 and words[start - 1][:1].isupper() and sentence[start - 1][1] == "O":
            start -= 1
    return {
        "prefix": sentence[:start],
        "city": detokenise(words[start:place_end]),
        "written": detokenise(words[start:]),
        "day": int(words[day_at]),
        "month": MONTHS[words[month_at].lower()],
        "agency": words[agency_at],
    }


def dispatches(paths: list[Path]):
    """(name, text, expectation) for each dispatch in the files."""
    for path in paths:
        current = None
        number = 0
        for sentence in sentences(path):
            found = dateline(sentence)
            if found is None:
                if current is not None:
                    words = [w for w, _ in sentence]
                    if words == ["-"] and len(current["paragraphs"]) == 1 and not current["joined"]:
                        current["paragraphs"][0] += "-"
                        current["joined"] = True
                    elif current["joined"] and len(current["paragraphs"]) == 1 and not current["first_done"]:
                        current["paragraphs"][0] += " " + detokenise(words)
                        current["first_done"] = True
                    else:
                        current["paragraphs"].append(detokenise(words))
                continue
            prefix = found["prefix"]
            headline = None
            byline = None
            code, _, rest = _split_code(detokenise([w for w, _ in prefix]))
            if len(rest.split()) >= 3 and any(c.isalpha() for c in rest) and rest == rest.upper():
                # EFE's regional wires put a dispatch's headline, in capitals,
                # before its dateline, after the previous one's code: "(PM2053) ALOMAR ..."
                headline = rest
                if code and current is not None:
                    current["paragraphs"].append(code)
            elif prefix and prefix[0][0] == "Por" and any(tag.endswith("PER") for _, tag in prefix):
                byline = [w for w, _ in prefix]
            elif prefix and current is not None:
                current["paragraphs"].append(detokenise([w for w, _ in prefix]))
            if current is not None:
                yield finish(path, number, current)
            number += 1
            current = {
                "headline": headline,
                "byline": byline,
                "paragraphs": [found["written"]],
                "joined": False,
                "first_done": False,
                "found": found,
            }
        if current is not None:
            yield finish(path, number, current)


def _split_code(paragraph: str) -> tuple[str, str, str]:
    """``(PM2053) ALOMAR MANTIENE ...`` -> ``("(PM2053)", " ", "ALOMAR MANTIENE ...")``."""
    match = re.match(r"^(\([A-Z]{2}\d{4}\))(\s*)(.*)$", paragraph)
    return (match[1], match[2], match[3]) if match else ("", "", paragraph)


def finish(path: Path, number: int, current: dict) -> tuple[str, str, dict]:
    name = f"{path.name}-{number:04d}.txt"
    lines = []
    if current["headline"]:
        lines += [current["headline"], ""]
    if current["byline"]:
        lines += [detokenise(current["byline"]), ""]
    lines.append("\n\n".join(current["paragraphs"]))
    found = current["found"]
    author = detokenise(current["byline"][1:]) if current["byline"] else None
    expected = {
        "file": name,
        "lang": "es",
        "date": f"2000-{found['month']:02d}-{found['day']:02d}",
        "precision": "day",
        "dateline_city": found["city"],
        "agency": "EFE",
        "authors": [author] if author else [],
        "editors": [],
        "translators": [],
        "headline": current["headline"],
        "received": "2000-06-01T00:00",
    }
    return name, "\n".join(lines) + "\n", expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--count", type=int, default=150)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (args.out / "expected.jsonl").open("w", encoding="utf-8") as out:
        for name, text, expected in dispatches(args.files):
            if written == args.count:
                break
            (args.out / name).write_text(text, encoding="utf-8")
            out.write(json.dumps(expected, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} dispatches written to {args.out}")


if __name__ == "__main__":
    main()
