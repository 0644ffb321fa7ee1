"""The dateline: where and when a dispatch was filed, and by which agency.

Shapes handled: ``PARIS, Oct 22 (Reuters) - ``,
``WILMINGTON, Delaware (Reuters) - ``, ``Paris, 9 déc 2018 (AFP) - ``,
``KYIV, Ukraine (AP) — ``, ``ATLANTA (AP) _ ``, ``San Diego (tca/dpa) - ``,
``(ANSA) - ROME, JUL 11 - ``, ``Madrid, 3 mar (EFE).- ``,
``Paris (ats afp) Les violences``, ``Oct 22 (Reuters) - `` (no city).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .agencies import distributing_agency
from .dates import WireDate, parse_written_date

_DASH = r"(?:\.?\s*-{1,2}|_|–|—|:)"
# "PLACE, DATE (Agency) - text"
_STANDARD = re.compile(
    rf"^(?P<pre>[^()\n]{{0,100}}?)\s*\(\s*(?P<agency>[^()\n]{{2,40}}?)\s*\)\s*(?P<dash>{_DASH})?\s*(?P<rest>.*)$",
    re.DOTALL,
)
# "Fráncfort (Alemania), 6 jun 2024 (EFE).- text": the region in parentheses
_REGION_IN_PARENTHESES = re.compile(
    rf"^(?P<pre>[^()\n,]{{1,40}}?\s*\([^()\n]{{2,40}}\)(?:,[^()\n]{{1,40}})?)\s*\(\s*(?P<agency>[^()\n]{{2,40}}?)\s*\)"
    rf"\s*(?P<dash>{_DASH})?\s*(?P<rest>.*)$",
    re.DOTALL,
)
# "(ANSA) - ROME, JUL 11 - text"
_AGENCY_FIRST = re.compile(
    rf"^\(\s*(?P<agency>[^()\n]{{2,40}}?)\s*\)\s*{_DASH}\s*(?P<pre>[^\n]{{2,80}}?)\s+{_DASH}\s+(?P<rest>.*)$",
    re.DOTALL,
)
# a dash typed a second time after the dateline's, a space after it
_SECOND_DASH = re.compile(r"^(?:-{1,2}|–|—)\s+")
# "FRANKFURT/PARIS": a story filed from two cities at once
_PLACE_PART = re.compile(r"^[^\W\d_][\w'’.\- ]{0,50}(?:/[^\W\d_][\w'’.\- ]{0,50})?$")


@dataclass(frozen=True)
class Dateline:
    written: str
    city: str | None
    region: str | None
    date: WireDate | None
    agency: str
    agency_written: str


def _split_place_and_date(pre: str) -> tuple[list[str], WireDate | None] | None:
    # "Fráncfort (Alemania), 6 jun": the region in parentheses is a part too
    pre = re.sub(r"\s*\(([^()]+)\)", r", \1", pre)
    parts = [p.strip() for p in pre.split(",")] if pre.strip() else []
    if any(not p for p in parts):
        return None
    for index in range(len(parts)):
        date = parse_written_date(", ".join(parts[index:]))
        if date is not None:
            place = parts[:index]
            break
    else:
        date, place = None, parts
    if len(place) > 3 or not all(_PLACE_PART.match(p) for p in place):
        return None
    if any(len(p.split()) > 5 for p in place):
        return None
    return place, date


def parse_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Split a dateline off the start of ``paragraph``.

    Returns the dateline and the text after it, or None when the paragraph
    does not open with one.
    """
    for pattern in (_AGENCY_FIRST, _STANDARD, _REGION_IN_PARENTHESES):
        match = pattern.match(paragraph)
        if not match:
            continue
        agency = distributing_agency(match["agency"])
        if agency is None:
            continue
        split = _split_place_and_date(match["pre"])
        if split is None:
            continue
        place, date = split
        rest = match["rest"].strip()
        if pattern is _AGENCY_FIRST or match["dash"]:
            rest = _SECOND_DASH.sub("", rest)  # "(Reuters) - - The text"
        if pattern is _AGENCY_FIRST:
            written = f"({match['agency']}) - {match['pre'].strip()}"
        else:
            written = paragraph[: match.end("agency")].rstrip() + ")"
            written = written.strip()
        return (
            Dateline(
                written=written,
                city=place[0] if place else None,
                region=", ".join(place[1:]) or None,
                date=date,
                agency=agency,
                agency_written=match["agency"],
            ),
            rest,
        )
    return None
