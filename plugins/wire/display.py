"""Jinja filters for the theme: dates at their true precision, in the
story's language, and at the time and zone the agency gave."""

from __future__ import annotations

import datetime as dt
import functools

from babel.dates import format_date, format_skeleton, format_time

from .dates import parse_zone_field
from .tagging.vocabulary import tag_label

_SKELETONS = {"year": "y", "month": "yMMMM"}


@functools.lru_cache(maxsize=65536)
def display_date(
    value: dt.datetime | dt.date | None, precision: str | None = "day", lang: str | None = "en", zone: str | None = None
) -> str:
    """``2022-01`` at month precision in French -> ``janvier 2022``; at day
    precision -> ``9 janvier 2022``; at minute precision the time too, in UTC,
    or, given the story's ``date_zone`` (``EDT -04:00``), at the local time
    in that zone: ``August 24, 2011, 7:59 PM EDT``."""
    if value is None:
        return ""
    locale = lang or "en"
    precision = precision or "day"
    if precision in _SKELETONS:
        return format_skeleton(_SKELETONS[precision], value, locale=locale)
    if precision == "minute" and isinstance(value, dt.datetime):
        label = "UTC"
        given = parse_zone_field(zone)
        if given is not None:
            label, offset = given
            value = value + dt.timedelta(minutes=offset)
        return f"{_long_date(value.date(), locale)}, {_short_time(value.timetz(), locale)} {label}"
    return _long_date(value.date() if isinstance(value, dt.datetime) else value, locale)


# A desk's stories share a few dozen days and at most 1,440 minutes: each is
# written out once a process, not once for every story of that minute.
@functools.lru_cache(maxsize=4096)
def _long_date(day: dt.date, locale: str) -> str:
    return format_date(day, format="long", locale=locale)


@functools.lru_cache(maxsize=8192)
def _short_time(time: dt.time, locale: str) -> str:
    return format_time(time, format="short", locale=locale)


@functools.lru_cache(maxsize=65536)
def iso_at_precision(value: dt.datetime | None, precision: str | None = "day") -> str:
    """The ``datetime`` attribute of a ``<time>`` element, no more precise
    than what is known: ``2022-01``, ``2022-01-09``, ``2022-01-09T14:32Z``."""
    if value is None:
        return ""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "minute":
        return value.strftime("%Y-%m-%dT%H:%MZ")
    return value.strftime("%Y-%m-%d")


def add_filters(generator) -> None:
    """``generator_init``: make the filters available to templates."""
    generator.env.filters["wire_date"] = display_date
    generator.env.filters["wire_iso"] = iso_at_precision
    generator.env.filters["tag_label"] = lambda tag, lang=None: tag_label(str(tag), lang)
