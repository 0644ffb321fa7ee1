"""Dates keep the precision the dispatch gave them."""

import pytest
from wire.dates import WireDate, parse_iso, parse_written_date, with_year_near


@pytest.mark.parametrize(
    "text, expected, precision",
    [
        ("2022-01", WireDate(2022, 1), "month"),
        ("2022", WireDate(2022), "year"),
        ("2022-01-09", WireDate(2022, 1, 9), "day"),
        ("2024-07-10T14:32:00Z", WireDate(2024, 7, 10, 14, 32), "minute"),
        ("2024-07-10T14:32:00+02:00", WireDate(2024, 7, 10, 12, 32), "minute"),
        ("2024-01-01T00:30:00+01:00", WireDate(2023, 12, 31, 23, 30), "minute"),
    ],
)
def test_iso_dates_keep_their_precision(text, expected, precision):
    date = parse_iso(text)
    assert date == expected
    assert date.precision == precision


def test_a_month_date_has_no_day():
    date = parse_iso("2022-01")
    assert date.day is None
    assert date.iso() == "2022-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("9 déc 2018", WireDate(2018, 12, 9)),
        ("9 décembre 2018", WireDate(2018, 12, 9)),
        ("15 janvier 2023", WireDate(2023, 1, 15)),
        ("10 juil 2024", WireDate(2024, 7, 10)),
        ("3 févr. 2025", WireDate(2025, 2, 3)),
        ("Aug 29, 2014", WireDate(2014, 8, 29)),
        ("Sept 3", WireDate(None, 9, 3)),
        ("Oct 22", WireDate(None, 10, 22)),
        ("JUL 11", WireDate(None, 7, 11)),
        ("3 mar", WireDate(None, 3, 3)),
        ("22. März 2024", WireDate(2024, 3, 22)),
        ("1 de mayo de 2024", WireDate(2024, 5, 1)),
        ("janvier 2022", WireDate(2022, 1)),
    ],
)
def test_written_dates_in_four_languages(text, expected):
    assert parse_written_date(text) == expected


@pytest.mark.parametrize("text", ["31 feb 2024", "Wilmington", "Delaware", "32 jan", "Mass."])
def test_things_that_are_not_dates(text):
    assert parse_written_date(text) is None


def test_year_less_date_takes_the_nearest_year():
    assert with_year_near(WireDate(None, 12, 31), WireDate(2023, 1, 2)).year == 2022
    assert with_year_near(WireDate(None, 1, 2), WireDate(2022, 12, 31)).year == 2023
    assert with_year_near(WireDate(None, 6, 1), WireDate(2022, 6, 3)).year == 2022


def test_header_month_and_dateline_day_combine():
    assert WireDate(None, 1, 9).merged_with(WireDate(2022, 1)) == WireDate(2022, 1, 9)
    # a timestamp on the same day keeps its time
    assert WireDate(None, 7, 10).merged_with(WireDate(2024, 7, 10, 14, 32)) == WireDate(2024, 7, 10, 14, 32)
