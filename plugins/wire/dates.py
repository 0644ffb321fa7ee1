"""Dates as wire copy writes them, kept at the precision they were given.

A dispatch may say ``date 2022-01`` (a month, no day), ``9 déc 2018`` (a day)
or ``2024-07-10T14:32:00Z`` (a minute). :class:`WireDate` keeps exactly what
was said; nothing here fills in a missing day or year.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from babel.dates import get_month_names

PRECISIONS = ("year", "month", "day", "minute")


@dataclass(frozen=True, order=True)
class WireDate:
    """A calendar date known to ``precision``: fields below it are ``None``."""

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def precision(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return "year"
        if self.day is None:
            return "month"
        if self.hour is None:
            return "day"
        return "minute"

    def iso(self) -> str:
        """The ISO 8601 form at this precision: ``2022``, ``2022-01``,
        ``2022-01-09`` or ``2022-01-09T14:32``."""
        if self.year is None:
            raise ValueError("a date without a year has no ISO form")
        parts = f"{self.year:04d}"
        if self.month is not None:
            parts += f"-{self.month:02d}"
        if self.day is not None:
            parts += f"-{self.day:02d}"
        if self.hour is not None:
            parts += f"T{self.hour:02d}:{self.minute or 0:02d}"
        return parts

    def sort_key(self) -> tuple[int, int, int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0, self.hour or 0, self.minute or 0)

    def merged_with(self, other: WireDate | None) -> WireDate:
        """Combine two statements of the same date, ``self`` winning where
        they differ: a dateline ``9 janvier`` and a header ``2022-01`` make
        2022-01-09; a dateline ``Dec 31`` and a header ``2023-01-02`` make
        2022-12-31. The time of ``other`` is kept only for the same day."""
        if other is None or other.year is None:
            return self
        merged = with_year_near(self, other) if self.year is None else self
        if merged.month is None or (merged.year, merged.month) != (other.year, other.month):
            return merged if merged.month is not None or merged.year != other.year else other
        if merged.day is None:
            return other if other.day is not None else merged
        if merged.hour is None and other.day == merged.day and other.hour is not None:
            return other
        return merged


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for lookups."""
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def month_lookup(languages: tuple[str, ...] = ("en", "fr", "es", "de", "it", "pt")) -> dict[str, int]:
    """Map every written form of a month name in ``languages`` (full,
    abbreviated, with or without the dot, three- and four-letter cuts) to its
    number. Forms that would name two different months are left out."""
    forms: dict[str, set[int]] = {}
    for lang in languages:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=lang).items():
                    key = fold(name).rstrip(".")
                    candidates = {key}
                    if width == "wide":
                        candidates |= {key[:3], key[:4]}
                    for cand in candidates:
                        if len(cand) >= 3:
                            forms.setdefault(cand, set()).add(number)
    return {form: numbers.pop() for form, numbers in forms.items() if len(numbers) == 1}


def month_number(word: str) -> int | None:
    return month_lookup().get(fold(word).rstrip("."))


_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
# "9 déc 2018", "15 janvier 2023", "9 janvier", "22. März 2024"
_DAY_MONTH = re.compile(
    rf"^(?P<day>\d{{1,2}})\.?(?:er|º|°)?\s+(?:de\s+)?(?P<month>{_MONTH_WORD})(?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?$",
    re.IGNORECASE,
)
# "Oct 22", "Aug 29, 2014", "JUL 11", "Sept. 3 2020"
_MONTH_DAY = re.compile(
    rf"^(?P<month>{_MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?$",
    re.IGNORECASE,
)
# "January 2022", "janvier 2022"
_MONTH_YEAR = re.compile(rf"^(?P<month>{_MONTH_WORD})\s+(?P<year>\d{{4}})$", re.IGNORECASE)
_ISO = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2}|\s?(?:UTC|GMT))?)?)?)?$"
)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return False
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def parse_iso(text: str) -> WireDate | None:
    """Parse ``2022``, ``2022-01``, ``2022-01-09`` or an ISO timestamp, keeping
    its precision; a timestamp with an offset is converted to UTC."""
    match = _ISO.match(text.strip())
    if not match:
        return None
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if not _valid(year, month, day):
        return None
    if match["hour"] is None:
        return WireDate(year, month, day)
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23 or minute > 59:
        return None
    tz = (match["tz"] or "").strip()
    stamp = dt.datetime(year, month, day, hour, minute)
    if tz and tz not in ("Z", "UTC", "GMT"):
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        stamp -= sign * offset
    return WireDate(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute)


def parse_written_date(text: str) -> WireDate | None:
    """Parse a date as written in a dateline, in any supported language:
    ``9 déc 2018``, ``Oct 22``, ``Aug 29, 2014``, ``3 mar``, ``JUL 11``.

    A date written without a year has ``year=None``.
    """
    text = " ".join(text.replace(",", " , ").split()).replace(" ,", ",").strip(" ,")
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.match(text)
        if match:
            month = month_number(match["month"])
            if month is None:
                continue
            day = int(match["day"])
            year = int(match["year"]) if match["year"] else None
            if _valid(year, month, day):
                return WireDate(year, month, day)
    match = _MONTH_YEAR.match(text)
    if match and month_number(match["month"]):
        return WireDate(int(match["year"]), month_number(match["month"]))
    return parse_iso(text)


def with_year_near(date: WireDate, reference: WireDate) -> WireDate:
    """Give a year-less ``date`` (``Oct 22``) the year that puts it closest to
    ``reference``: a dispatch dated ``Dec 31`` received on 2 January is from
    the previous year."""
    if date.year is not None or reference.year is None or date.month is None:
        return date
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not _valid(year, date.month, date.day):
            continue
        distance = abs(
            (
                dt.date(year, date.month, date.day or 1)
                - dt.date(reference.year, reference.month or 1, reference.day or 1)
            ).days
        )
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        return date
    return WireDate(best[1], date.month, date.day, date.hour, date.minute)


def to_datetime(date: WireDate) -> dt.datetime:
    """The first moment of the period ``date`` names, for sorting only."""
    return dt.datetime(date.year, date.month or 1, date.day or 1, date.hour or 0, date.minute or 0)
