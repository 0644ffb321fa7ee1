"""Prepare an evaluation corpus from Reuters archive exports (English).

    python -m bench.corpora.reuters_exports SOURCE OUT [--count 150]
    python -m bench.corpora.reuters_exports SOURCE OUT --count 200 --seed 2026 \
        --exclude DEV_CORPUS --labels bench/corpora/reuters_heldout_labels.jsonl
    python -m bench.corpora.reuters_exports SOURCE OUT --named bench/corpora/entities_en.jsonl

SOURCE is a folder of Reuters archive exports as published in the public
"financial-news-dataset" (``ReutersNews106521/YYYYMMDD/<name>``): header
lines prefixed ``-- `` (headline, byline, timestamp with its US Eastern zone,
URL), then the text, whose paragraphs are joined and whose credit line
closes the last one. OUT receives ``<day>-<name>.txt`` copies, byte for byte,
of ``--count`` files spread evenly over the sorted list (or, with ``--seed``,
drawn at random with that seed from the whole sorted list; or, with
``--named``, the files a JSON-lines labels file names in its ``file``
fields, whichever copy of the dataset is at hand), and
``expected.jsonl`` with expectations pre-filled from the header lines and the
closing credit line. ``--exclude`` names corpus folders whose files are never
chosen (a held-out set drawn beside a development set). The pre-fill is
written here, apart from the converter; every label is then checked by
reading the file, and ``--labels`` gives the corrections read by hand: one
JSON object per line, ``file`` and the fields it replaces (names and dates,
no text of the articles). The copy is Reuters': it stays outside the
repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

EASTERN = ZoneInfo("America/New_York")
STAMP = re.compile(r"^\w{3} (\w{3}) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2})(am|pm) (EST|EDT|GMT)$")
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
VERSION = re.compile(r"^(?:UPDATE\s*\d+|CORRECTED|REFILE|REPEAT|RPT|WRAPUP(?:\s*\d+)?)\s*[-:]\s*", re.IGNORECASE)
DATELINE = re.compile(r"^\s*(?P<city>[^()\n]{0,80}?)\s*\((?P<agency>Reuters)\)\s*-", re.MULTILINE)
GROUP = re.compile(r"\(([^()]*)\)")
ROLE = re.compile(
    r"^(?P<role>(?:with\s+)?additional\s+reporting|(?:with\s+)?reporting(?:\s+and\s+writing)?|writing|written|"
    r"compiled|editing|edited|graphics)\s*(?:(?:by|from)\s+)?",
    re.IGNORECASE,
)
SEGMENT = re.compile(
    r"\s*;\s*|,\s*(?=(?:with\s+)?(?:additional|editing|edited|writing|reporting|compiled|graphics)\b)", re.IGNORECASE
)
NOT_A_NAME = re.compile(
    r"\b(?:correspondent|columnist|editor|analysis|writer|reporter|reuters|staff|newsroom|bureau|desk)\b", re.I
)


def utc_minute(stamp: str) -> str | None:
    match = STAMP.match(stamp.strip())
    if not match:
        return None
    month, day, year, hour, minute, half, zone = match.groups()
    hour = int(hour) % 12 + (12 if half == "pm" else 0)
    local = datetime(int(year), MONTHS[month], int(day), hour, int(minute))
    tz = UTC if zone == "GMT" else EASTERN
    return local.replace(tzinfo=tz).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def names(text: str) -> list[str]:
    found = []
    for part in re.split(r"\s*[,/&]\s*|\s+and\s+", " ".join(text.split())):
        part = re.sub(r"^(?:and\s+)", "", part.strip())
        role = ROLE.match(part)
        if role:
            part = part[role.end() :]
        part = re.sub(r"\s+-\s+.*$", "", part)  # "Jim Christie - Analysis"
        part = re.sub(r"\s+in\s+[A-Z].*$", "", part).strip(" .")
        if part and not NOT_A_NAME.search(part) and part not in found:
            found.append(part)
    return found


def credits(body: str) -> tuple[list[str], list[str]]:
    """Names in the credit groups closing the text: ``(Reporting by A;
    Editing by B)``, sometimes two groups, or one before a currency note."""
    authors: list[str] = []
    editors: list[str] = []
    tail = body.rstrip()[-700:]
    for group in GROUP.findall(tail):
        for segment in SEGMENT.split(group.strip()):
            role = ROLE.match(segment.strip())
            if not role:
                continue
            kind = role["role"].lower()
            if kind.startswith("graphics"):
                continue
            target = editors if kind.startswith("edit") else authors
            for name in names(segment.strip()[role.end() :]):
                if name not in target:
                    target.append(name)
    return authors, editors


def _title(city: str) -> str:
    if not city.isupper():
        return city
    words = city.title().split()
    return " ".join(
        w.lower() if i and w.lower() in ("de", "da", "do", "del", "la", "le") else w for i, w in enumerate(words)
    )


def expectation(name: str, text: str) -> dict:
    lines = text.split("\n")
    header = [line[3:].strip() if line.startswith("-- ") else line.strip() for line in lines[:4]]
    headline, byline, stamp = header[0], header[1], header[2]
    body = "\n".join(lines[4:])
    dateline = DATELINE.search(body)
    # the cities, without the state or country after each: "ANCHORAGE, Alaska",
    # "ALBION, Indiana/BEIJING"
    written = dateline["city"].strip() if dateline else ""
    city = "/".join(_title(part.split(",")[0].strip()) for part in written.split("/")) if written else None
    authors, editors = credits(body)
    by = names(byline[3:]) if byline.lower().startswith("by ") else []
    date = utc_minute(stamp)
    return {
        "file": name,
        "lang": "en",
        "date": date,
        "precision": "minute" if date else None,
        "dateline_city": city,
        "agency": "Reuters" if dateline else None,
        "authors": by + [a for a in authors if a not in by],
        "editors": editors,
        "translators": [],
        "headline": VERSION.sub("", headline) or None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--seed", type=int, help="draw at random with this seed instead of evenly spaced")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a corpus folder whose files are not chosen"
    )
    parser.add_argument("--labels", type=Path, help="corrections read by hand (JSON lines: file and fields)")
    parser.add_argument("--named", type=Path, help="choose the files this JSON-lines labels file names")
    args = parser.parse_args()
    files = export_files(args.source)
    excluded = {p.name for folder in args.exclude for p in folder.glob("*.txt")}
    files = [p for p in files if corpus_name(p) not in excluded]
    if args.named:
        wanted = {label["file"] for label in _json_lines(args.named)}
        chosen = [p for p in files if corpus_name(p) in wanted]
        missing = wanted - {corpus_name(p) for p in chosen}
        if missing:
            raise SystemExit(f"{len(missing)} files {args.named} names are not in {args.source}: {sorted(missing)[:5]}")
    elif args.seed is None:
        step = max(1, len(files) // args.count)
        chosen = files[::step][: args.count]
    else:
        chosen = sorted(random.Random(args.seed).sample(files, min(args.count, len(files))))
    corrections: dict[str, dict] = {}
    if args.labels:
        for fix in _json_lines(args.labels):
            corrections[fix.pop("file")] = fix
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "expected.jsonl").open("w", encoding="utf-8") as out:
        for path in chosen:
            name = corpus_name(path)
            data = path.read_bytes()
            (args.out / name).write_bytes(data)
            label = expectation(name, data.decode("utf-8", errors="replace"))
            label.update(corrections.pop(name, {}))
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    if corrections:
        raise SystemExit(f"labels for files not written: {sorted(corrections)}")
    print(f"{len(chosen)} files written to {args.out}")


def _json_lines(path: Path) -> list[dict]:
    """The objects of a JSON-lines file, blank lines left out."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def export_files(source: Path) -> list[Path]:
    """The exports of ``source`` (``YYYYMMDD/<name>``), sorted."""
    return sorted(p for p in source.glob("*/*") if p.is_file() and not p.name.startswith("."))


def corpus_name(path: Path) -> str:
    """``<day>-<name>.txt``: the export's day folder and its name."""
    return f"{path.parent.name}-{path.name}.txt"


if __name__ == "__main__":
    main()
