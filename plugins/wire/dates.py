"""Dates as wire copy writes them, kept at the precision they were given.

A dispatch may say ``date 2022-01`` (a month, no day), ``9 déc 2018`` (a day)
or ``2024-07-10T14:32:00Z`` (a minute). :class:`WireDate` keeps exactly what
was said; nothing here fills in a missing day or year.

Times of day are stored in UTC; the zone the agency wrote (``EDT``,
``MESZ``, ``+02:00``, ``Europe/Paris``) is kept beside them, so readers are
shown the time as the agency gave it (``24 Aug 2011, 7:59 pm EDT``) while
feeds and sorting use UTC. A time written with no zone is taken as UTC.

Zones: the abbreviations agencies write are read through :data:`ZONE_OFFSETS`
(a fixed table: an abbreviation names one offset; ambiguous ones such as
``IST`` are left out, and ``CST`` is the North American one, as in US wire
copy); a named zone (``Europe/Paris``) goes through the standard library's
``zoneinfo``; a numeric offset (``+02:00``) is used as written.

When statements of a dispatch's date disagree, one rule decides
(:func:`combine_dates`): a full timestamp (a time of day, from a header
line, an ISO stamp or a ``Published``/``Updated`` line) wins, time and day,
since it is the most precise statement and its day is the agency's own
local day. Otherwise the dateline's day wins over any coarser header date
(``date 2022-01``, a day in the article URL), which fills in only what the
dateline lacks (its year). Among header lines, a timestamp wins over a
``date`` line, which wins over the URL's date; a ``Published`` line wins
over an ``Updated`` one (a story's date is when it first ran).

A date written without a year (``PARIS, 9 janvier``) is given the most
recent such day that is not after the day the dispatch arrived
(:func:`with_year_on_or_before`): news is not filed ahead of its date. The
slack for time zones is the lead of the zone furthest ahead (UTC+14): a
``Dec 1`` that arrived at 20:00 UTC on 30 November was already 1 December
east of UTC+4, so it keeps the arrival's year; one that arrived at 09:00 UTC
(or on a day whose time is unknown) is from the year before.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass, field

from babel.dates import get_day_names, get_month_names

from .derived_cache import cached, source_version

PRECISIONS = ("year", "month", "day", "minute")

#: Zone abbreviations agencies write, in minutes east of UTC. Data, not
#: code: one offset each, ambiguous abbreviations (IST: India or Ireland)
#: left out. ``MEZ``/``MESZ`` are the German names of CET/CEST, ``HEC``/
#: ``HAEC`` the French ones.
ZONE_OFFSETS = {
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "CET": 60,
    "MEZ": 60,
    "HEC": 60,
    "CEST": 120,
    "MESZ": 120,
    "HAEC": 120,
    "EET": 120,
    "OEZ": 120,
    "EEST": 180,
    "OESZ": 180,
    "MSK": 180,
    "GST": 240,
    "PKT": 300,
    "ICT": 420,
    "WIB": 420,
    "HKT": 480,
    "SGT": 480,
    "AWST": 480,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "ART": -180,
    "BRT": -180,
    "AST": -240,
    "ADT": -180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
}

#: How far ahead of UTC the furthest zone is: a day may have begun there.
EARLIEST_ZONE = dt.timedelta(hours=14)


def _offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@dataclass(frozen=True, order=True)
class WireDate:
    """A calendar date known to ``precision``: fields below it are ``None``.

    With a time of day, the fields are UTC; ``offset`` (minutes east of UTC)
    and ``zone`` (as the agency wrote it: ``EDT``, ``MESZ``, ``Europe/Paris``)
    say how the agency gave it, for display. Two statements of the same
    instant are equal whatever zone they were written in."""

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    offset: int | None = field(default=None, compare=False)
    zone: str | None = field(default=None, compare=False)

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
        """The ISO 8601 form at this precision, in UTC: ``2022``,
        ``2022-01``, ``2022-01-09`` or ``2022-01-09T14:32``."""
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

    @property
    def zoned(self) -> bool:
        """Whether a time of day came with a zone other than plain UTC."""
        return self.precision == "minute" and self.offset is not None

    def local(self) -> dt.datetime:
        """The time as the agency gave it (aware, in its offset); UTC when
        no zone was given."""
        if self.precision != "minute":
            raise ValueError("only a date with a time of day has a local time")
        utc = dt.datetime(self.year, self.month, self.day, self.hour, self.minute, tzinfo=dt.UTC)
        return utc.astimezone(dt.timezone(dt.timedelta(minutes=self.offset or 0)))

    def zone_label(self) -> str:
        """The zone to show readers: as written (``EDT``), else the offset
        (``UTC+02:00``), else ``UTC``."""
        if self.zone and "/" not in self.zone:
            return self.zone
        if self.zone:
            try:
                name = self.local().replace(tzinfo=None).replace(tzinfo=zoneinfo.ZoneInfo(self.zone)).tzname()
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                name = None
            if name and name[0].isalpha():
                return name
        if self.offset:
            return "UTC" + _offset_text(self.offset)
        return "UTC"

    def zone_field(self) -> str | None:
        """``EDT -04:00``: the zone as written and its offset, for the
        story's metadata (:func:`parse_zone_field` reads it back); None
        without a zone."""
        if not self.zoned:
            return None
        label = self.zone_label()
        return label if label.startswith("UTC") else f"{label} {_offset_text(self.offset)}"

    def stamp(self) -> str:
        """A lossless text form for the ledger: :meth:`iso`, or with a zone
        the local time with its offset and zone (``2011-08-24T19:59-04:00
        EDT``), which :func:`parse_iso` reads back."""
        if not self.zoned:
            return self.iso()
        local = self.local()
        text = local.strftime("%Y-%m-%dT%H:%M") + _offset_text(self.offset)
        return f"{text} {self.zone}" if self.zone else text

    def sort_key(self) -> tuple[int, int, int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0, self.hour or 0, self.minute or 0)

    def merged_with(self, other: WireDate | None) -> WireDate:
        """Combine two statements of the same date, ``self`` (a dateline)
        winning where they differ, unless ``other`` is a full timestamp,
        which wins (see the module's rule): a dateline ``9 janvier`` and a
        header ``2022-01`` make 2022-01-09; a dateline ``Dec 31`` and a
        header ``2023-01-02`` make 2022-12-31."""
        if other is None or other.year is None:
            return self
        if other.precision == "minute":
            return other
        merged = with_year_on_or_before(self, other) if self.year is None else self
        if merged.month is None or (merged.year, merged.month) != (other.year, other.month):
            return merged if merged.month is not None or merged.year != other.year else other
        if merged.day is None:
            return other if other.day is not None else merged
        return merged


def _finer(date: WireDate, than: WireDate) -> bool:
    return PRECISIONS.index(date.precision) > PRECISIONS.index(than.precision)


def _within(date: WireDate, period: WireDate) -> bool:
    """Whether ``date`` falls in the period ``period`` names."""
    size = PRECISIONS.index(period.precision) + 1
    return date.sort_key()[:size] == period.sort_key()[:size]


def combine_dates(dateline: WireDate | None, *header: WireDate | None) -> WireDate | None:
    """The dispatch's date from its dateline's date and its header dates
    (most trusted first), by the rule in the module's docstring."""
    date = None
    for statement in header:
        if statement is None or statement.year is None:
            continue
        if date is None or (_finer(statement, date) and _within(statement, date)):
            date = statement  # a later statement only adds what an earlier one lacks
    if dateline is not None:
        return dateline.merged_with(date)
    return date


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for lookups."""
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: The languages whose month and weekday names dates are read in.
NAME_LANGUAGES = ("en", "fr", "es", "de", "it", "pt")


@functools.cache
def month_lookup() -> dict[str, int]:
    """Map every written form of a month name in :data:`NAME_LANGUAGES`
    (full, abbreviated, with or without the dot, three- and four-letter
    cuts) to its number. Forms that would name two different months are left
    out. Built once per version of CLDR's data and of this module, then read
    from the derived data cache (loading CLDR's locales costs more than the
    ingest of a dispatch)."""
    return cached("month-names", source_version(__file__, "babel"), _build_month_lookup)


def _build_month_lookup() -> dict[str, int]:
    forms: dict[str, set[int]] = {}
    for lang in NAME_LANGUAGES:
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


@functools.cache
def weekday_names() -> frozenset[str]:
    """Every written form of a weekday name in :data:`NAME_LANGUAGES` (full
    and abbreviated, folded, without the dot), from CLDR, through the
    derived data cache as :func:`month_lookup`."""
    return cached("weekday-names", source_version(__file__, "babel"), _build_weekday_names)


def _build_weekday_names() -> frozenset[str]:
    names = set()
    for lang in NAME_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for name in get_day_names(width, locale=lang).values():
                names.add(fold(name).rstrip("."))
    return frozenset(name for name in names if len(name) >= 2)


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
# "10.07.2024" (German), "10/07/2024" is left alone: day or month first?
_DOTTED = re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})$")
_OFFSET = r"[+-]\d{2}(?::?\d{2})?"
_ZONE_WORD = r"[A-Za-z]{1,5}|[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?"
_ISO = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
    rf"(?P<tz>Z|{_OFFSET}|\s?(?:UTC|GMT))?(?:\s+(?P<zone>{_ZONE_WORD}))?)?)?)?$"
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


def _offset_minutes(text: str) -> int:
    """``+02:00``, ``-0400``, ``+05`` -> minutes east of UTC."""
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:4] or 0))


def zone_offset(zone: str, local: dt.datetime) -> int | None:
    """Minutes east of UTC of ``zone`` (an abbreviation from
    :data:`ZONE_OFFSETS`, a numeric offset, ``UTC+2``, or a named zone such
    as ``Europe/Paris``) at the naive ``local`` time; None when unknown."""
    zone = zone.strip()
    known = ZONE_OFFSETS.get(zone.upper())
    if known is not None:
        return known
    match = re.fullmatch(rf"(?:UTC|GMT)?\s*({_OFFSET}|[+-]\d{{1,2}})", zone, re.IGNORECASE)
    if match:
        value = match[1]
        if re.fullmatch(r"[+-]\d", value):
            value = value[0] + "0" + value[1]
        minutes = _offset_minutes(value)
        return minutes if abs(minutes) <= 14 * 60 else None
    if "/" in zone:
        try:
            info = zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None
        offset = local.replace(tzinfo=info).utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else None
    return None


def at_time(date: WireDate, hour: int, minute: int, zone: str | None = None) -> WireDate | None:
    """``date`` (a day) at ``hour:minute`` local time in ``zone``, stored in
    UTC with the zone kept; without a zone the time is UTC. None when the
    time or the zone cannot be read."""
    if date.precision != "day" or hour > 23 or minute > 59:
        return None
    local = dt.datetime(date.year, date.month, date.day, hour, minute)
    offset = None
    if zone:
        offset = zone_offset(zone, local)
        if offset is None:
            return None
    utc = local - dt.timedelta(minutes=offset or 0)
    written = zone.strip() if zone else None
    if written and "/" not in written and not written[0].isalpha():
        written = None  # a bare offset is shown as UTC+hh:mm
    elif written and written.upper() in ZONE_OFFSETS:
        written = written.upper()
    if offset == 0 and written in (None, "Z", "UTC", "UT"):
        offset = written = None  # plain UTC, as before
    return WireDate(utc.year, utc.month, utc.day, utc.hour, utc.minute, offset, written)


def parse_iso(text: str) -> WireDate | None:
    """Parse ``2022``, ``2022-01``, ``2022-01-09`` or an ISO timestamp,
    keeping its precision; a timestamp with an offset is stored in UTC with
    the offset (and a zone written after it, as :meth:`WireDate.stamp`
    writes) kept."""
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
    tz = (match["tz"] or "").strip()
    zone = match["zone"]
    if zone and tz and tz[0] in "+-":
        # "2011-08-24T19:59-04:00 EDT": the offset rules, the zone is its name
        date = at_time(WireDate(year, month, day), int(match["hour"]), int(match["minute"]), tz)
        return dataclasses.replace(date, offset=_offset_minutes(tz), zone=zone) if date is not None else None
    return at_time(WireDate(year, month, day), int(match["hour"]), int(match["minute"]), zone or tz or None)


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
    match = _DOTTED.match(text)
    if match:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        return WireDate(year, month, day) if _valid(year, month, day) else None
    return parse_iso(text)


# "Updated:", "Published", "Publié le", "Mis à jour le", "Actualizado el",
# "Publicado el", "Aktualisiert am", "Veröffentlicht am", "Stand:"
_PUBLISHED_WORDS = r"published|first published|posted|publi[ée]e?|publicad[oa]|ver[öo]ffentlicht|erstellt"
_UPDATED_WORDS = (
    r"updated|last updated|mis(?:e)? à jour|derni[èe]re mise à jour|actualizad[oa]|[úu]ltima actualizaci[óo]n|"
    r"aktualisiert|zuletzt aktualisiert|stand"
)
_LABEL = re.compile(
    rf"^(?P<label>{_PUBLISHED_WORDS}|{_UPDATED_WORDS})\b\s*(?:[:\-–]\s*)?(?:(?:le|el|am|on|at|en|à)\s+)?",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(rf"^(?:{_PUBLISHED_WORDS})$", re.IGNORECASE)
# the time: "7:59pm", "14:32", "14h32", "14.32 Uhr", "10:05 a.m."
_TIME = re.compile(
    r"(?:^|[\s,]+)(?:(?:à|a\s+las|a\s+la|um|at|,)\s+)?"
    r"(?P<hour>\d{1,2})(?:[:h.](?P<minute>\d{2}))?(?::\d{2})?\s*(?P<half>[ap]\.?\s?m\.?(?![A-Za-z]))?(?:\s*(?:Uhr|h)\b)?"
    rf"(?:\s*\(?(?P<zone>(?:UTC|GMT)\s*[+-]\d{{1,2}}(?::?\d{{2}})?|{_OFFSET}|{_ZONE_WORD})\)?)?$",
    re.IGNORECASE,
)


# the time first (AP web copy): "2:32 PM EDT, July 10, 2024"
_TIME_FIRST = re.compile(
    r"^(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})\s*(?P<half>[ap]\.?\s?m\.?(?![A-Za-z]))?"
    rf"(?:\s*(?P<zone>{_ZONE_WORD}|{_OFFSET}))?\s*,?\s+(?P<date>\D.+)$",
    re.IGNORECASE,
)


def _strip_weekday(text: str) -> str:
    words = text.split(maxsplit=1)
    if len(words) == 2 and fold(words[0]).rstrip(".,") in weekday_names():
        return words[1].lstrip(", ")
    return text


def parse_timestamp(text: str) -> tuple[WireDate, str | None] | None:
    """A header line that is a timestamp and nothing else, in any of the
    shapes agencies write, and its label (``published`` or ``updated``, or
    None for a bare stamp):

    ``Wed Aug 24, 2011 7:59pm EDT``, ``2024-07-10T14:32:00+02:00``,
    ``Updated: 10 July 2024 14:32 CEST``, ``Published 2024-07-10 14:32 GMT``,
    ``Publié le 10 juillet 2024 à 14h32``, ``Actualizado el 10 de julio de
    2024, 14:32 CEST``, ``Aktualisiert am 10.07.2024, 14:32 Uhr MESZ``,
    ``9 déc 2018``. The date must carry its year; a time needs a known zone
    or none (then UTC).
    """
    text = " ".join(text.split()).strip(" .")
    label = None
    found = _LABEL.match(text)
    if found:
        label = "published" if _PUBLISHED.match(found["label"]) else "updated"
        text = text[found.end() :]
    date = parse_iso(text)
    if date is None:
        date = _written_stamp(text) or _written_stamp(_strip_weekday(text))
        if date is not None and date.precision in ("year", "month") and label is None:
            return None  # "janvier 2022" alone may be a headline's words
    if date is None or date.year is None:
        return None
    return date, label


def _written_stamp(text: str) -> WireDate | None:
    day = parse_written_date(text)
    if day is not None:
        return day
    match = _TIME_FIRST.match(text)
    if match:
        written_day = match["date"]
    else:
        match = _TIME.search(text)
        if not match or match.start() == 0:
            return None
        written_day = text[: match.start()]
    zone = match["zone"]
    if zone and zone.lower() in ("uhr", "h", "am", "pm"):
        zone = None
    day = parse_written_date(written_day.strip(" ,"))
    if day is None or day.precision != "day":
        day = parse_iso(written_day.strip(" ,"))
        if day is None or day.precision != "day":
            return None
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    if match["minute"] is None and not match["half"]:
        return None  # "2024 15" is no time
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"].lower().startswith("p") else 0)
    # a zone the table does not know: the day stands, the time cannot
    return at_time(day, hour, minute, zone) or day


_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{2})(?:/(?P<day>\d{2}))?/")


def parse_url_date(text: str) -> WireDate | None:
    """The date in an article URL's path: ``.../article/2011/08/24/...`` ->
    2011-08-24 (day precision; ``/2011/08/`` gives the month)."""
    if not re.match(r"^https?://\S+$", text.strip()):
        return None
    match = _URL_DATE.search(text)
    if not match:
        return None
    year, month = int(match["year"]), int(match["month"])
    day = int(match["day"]) if match["day"] else None
    return WireDate(year, month, day) if _valid(year, month, day) else None


def parse_zone_field(value: str | None) -> tuple[str, int] | None:
    """``EDT -04:00`` (the ``date_zone`` metadata) -> ``("EDT", -240)``;
    ``UTC+02:00`` (an offset with no zone name) -> ``("UTC+02:00", 120)``."""
    if not value:
        return None
    value = str(value).strip()
    match = re.fullmatch(rf"UTC({_OFFSET})", value) or re.fullmatch(rf"\S+\s+({_OFFSET})", value)
    if not match:
        return None
    label = value if value.startswith("UTC") else value.split()[0]
    return label, _offset_minutes(match[1])


def _last_day(date: WireDate) -> dt.date:
    """The last day of the period ``date`` names."""
    if date.month is None:
        return dt.date(date.year, 12, 31)
    if date.day is None:
        following = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(date.year, date.month, date.day)


def with_year_on_or_before(date: WireDate, reference: WireDate) -> WireDate:
    """Give a year-less ``date`` (``Oct 22``) the year of the most recent
    such day not after ``reference`` (when the dispatch arrived, or a header
    date): ``Dec 31`` received on 2 January is from the previous year, and
    so is ``9 janvier`` received on 30 November. The next day counts as not
    after when the reference has a time late enough for that day to have
    begun in the zone furthest ahead (UTC+14)."""
    if date.year is not None or reference.year is None or date.month is None:
        return date
    if reference.precision == "minute":
        latest = (dt.datetime(*reference.sort_key()) + EARLIEST_ZONE).date()
    else:
        latest = _last_day(reference)
    for year in (latest.year, latest.year - 1, latest.year - 2, latest.year - 3, latest.year - 4):
        if _valid(year, date.month, date.day) and dt.date(year, date.month, date.day or 1) <= latest:
            return WireDate(year, date.month, date.day, date.hour, date.minute, date.offset, date.zone)
    return date


def to_datetime(date: WireDate) -> dt.datetime:
    """The first moment of the period ``date`` names (UTC), for sorting."""
    return dt.datetime(date.year, date.month or 1, date.day or 1, date.hour or 0, date.minute or 0)
