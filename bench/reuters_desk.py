"""A busy desk's month of real agency copy, for benchmarks.

    python -m bench.reuters_desk CORPUS OUT_DIR N

CORPUS is a folder of Reuters archive exports as published in the public
"financial-news-dataset" (``ReutersNews106521/YYYYMMDD/<name>``, the layout
:mod:`bench.corpora.reuters_exports` reads). N of them, drawn at random with
a fixed seed, become the month of :data:`bench.desk.MONTH`: each is copied as
it is, but for its time stamp (``-- Fri Oct 20, 2006 6:15pm EDT``), which is
moved into that month, in the order the stories first ran, spread evenly
over its days. So the site is built from real copy, its names, lengths and
figures as the agency wrote them, with every story in the current month.

The copy is Reuters': it is read from CORPUS when the benchmark runs and
written into its temporary folder only. Deterministic: the same corpus and
arguments give the same bytes.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

from bench.corpora.reuters_exports import MONTHS, STAMP, corpus_name, export_files
from bench.desk import LAST_DAY, MONTH

#: The export's time stamp line: its third line.
_STAMP_LINE = re.compile(rb"^(-- [^\n]*\n-- [^\n]*\n-- )([^\n]*)(\n)")
#: What a prefix puts before a corpus name (``<day>-<name>.txt``).
_DAY_NAME = re.compile(r"^.*?(?=\d{8}-)")
_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def corpus_files(corpus: Path) -> list[Path]:
    """The exports of ``corpus``, sorted; an error when there are none."""
    files = export_files(corpus)
    if not files:
        raise SystemExit(f"{corpus}: no Reuters archive exports (YYYYMMDD/<name>) in it")
    return files


def stamp(moment: datetime) -> str:
    """``moment`` (US Eastern, standard time in the desk's month) as an export
    writes it: ``Tue Dec 2, 2025 9:05am EST``."""
    hour = moment.hour % 12 or 12
    half = "am" if moment.hour < 12 else "pm"
    weekday, month = _WEEKDAYS[moment.weekday()], list(MONTHS)[moment.month - 1]
    return f"{weekday} {month} {moment.day}, {moment.year} {hour}:{moment.minute:02d}{half} EST"


def _stamp_line(data: bytes) -> re.Match | None:
    """The time stamp line of the export ``data``; None when it has no time
    stamp an export writes."""
    match = _STAMP_LINE.match(data)
    if not match or not STAMP.match(match.group(2).decode("utf-8", "replace").strip()):
        return None
    return match


def redated(data: bytes, moment: datetime) -> bytes | None:
    """The export ``data`` with its time stamp moved to ``moment``; None when
    it has no time stamp an export writes."""
    match = _stamp_line(data)
    if match is None:
        return None
    return match.group(1) + stamp(moment).encode() + match.group(3) + data[match.end() :]


def write(
    folder: Path, corpus: Path, count: int, seed: int = 11, prefix: str = "", day: int | None = None
) -> list[str]:
    """``count`` exports of ``corpus``, drawn with ``seed``, dated within
    :data:`~bench.desk.MONTH` (on ``day`` when given, from noon), written into
    ``folder`` under ``prefix`` + their corpus names, none of which it holds
    already under any prefix; their file names."""
    folder.mkdir(parents=True, exist_ok=True)
    files = corpus_files(corpus)
    # the corpus names already on the desk, whatever their prefix
    taken = {_DAY_NAME.sub("", path.name) for path in folder.iterdir()}
    rng = random.Random(seed)
    order = rng.sample(range(len(files)), len(files))
    chosen = []
    for index in order:
        if len(chosen) == count:
            break
        path = files[index]
        if corpus_name(path) in taken:
            continue
        data = path.read_bytes()
        if _stamp_line(data) is not None:
            chosen.append((path, prefix + corpus_name(path), data))
    chosen.sort()  # as they first ran: the folders are days, the names are not times
    start = datetime(MONTH[0], MONTH[1], day or 1, 12 if day else 0)
    span = timedelta(hours=12) if day else timedelta(days=LAST_DAY)
    names = []
    for number, (_, name, data) in enumerate(chosen):
        moment = start + span * number / max(1, len(chosen))
        (folder / name).write_bytes(redated(data, moment.replace(second=0, microsecond=0)))
        names.append(name)
    return names


if __name__ == "__main__":
    for written in write(Path(sys.argv[2]), Path(sys.argv[1]), int(sys.argv[3])):
        print(written)
