"""Dates keep the precision the dispatch gave them."""

import pytest
from wire.dates import (
    WireDate,
    combine_dates,
    parse_iso,
    parse_timestamp,
    parse_url_date,
    parse_written_date,
    with_year_on_or_before,
)


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


@pytest.mark.parametrize(
    "written, arrived, year",
    [
        # news is not filed ahead of its date: 9 January seen on 30 November is this year's
        (WireDate(None, 1, 9), WireDate(2026, 11, 30, 9, 0), 2026),
        (WireDate(None, 3, 3), WireDate(2026, 11, 30, 9, 0), 2026),
        (WireDate(None, 12, 31), WireDate(2027, 1, 2, 8, 15), 2026),
        (WireDate(None, 12, 31), WireDate(2023, 1, 2), 2022),
        (WireDate(None, 1, 2), WireDate(2022, 12, 31), 2022),
        (WireDate(None, 6, 1), WireDate(2022, 6, 3), 2022),
        # the day of arrival itself
        (WireDate(None, 11, 30), WireDate(2026, 11, 30, 0, 5), 2026),
        # the next day, before it began anywhere on Earth: last year's
        (WireDate(None, 12, 1), WireDate(2026, 11, 30), 2025),
        (WireDate(None, 12, 1), WireDate(2026, 11, 30, 9, 0), 2025),
        # the next day, already begun at UTC+13 (Auckland in summer)
        (WireDate(None, 12, 1), WireDate(2026, 11, 30, 20, 0), 2026),
        # 29 February: the latest leap year not after arrival
        (WireDate(None, 2, 29), WireDate(2026, 11, 30, 9, 0), 2024),
        # a header month: any day of it counts as "not after"
        (WireDate(None, 1, 9), WireDate(2022, 1), 2022),
    ],
)
def test_year_less_date_takes_the_latest_year_not_after_arrival(written, arrived, year):
    assert with_year_on_or_before(written, arrived).year == year


def test_header_month_and_dateline_day_combine():
    assert WireDate(None, 1, 9).merged_with(WireDate(2022, 1)) == WireDate(2022, 1, 9)
    # a timestamp on the same day keeps its time
    assert WireDate(None, 7, 10).merged_with(WireDate(2024, 7, 10, 14, 32)) == WireDate(2024, 7, 10, 14, 32)


@pytest.mark.parametrize(
    "line, utc, zone, label",
    [
        ("Wed Aug 24, 2011 7:59pm EDT", WireDate(2011, 8, 24, 23, 59), "EDT", None),
        ("Thu Mar 8, 2012 10:05am GMT", WireDate(2012, 3, 8, 10, 5), "GMT", None),
        ("2024-07-10T14:32:00+02:00", WireDate(2024, 7, 10, 12, 32), "UTC+02:00", None),
        ("Updated: 10 July 2024 14:32 CEST", WireDate(2024, 7, 10, 12, 32), "CEST", "updated"),
        ("Published 2024-07-10 14:32 GMT", WireDate(2024, 7, 10, 14, 32), "GMT", "published"),
        ("Publié le 10 juillet 2024 à 14h32", WireDate(2024, 7, 10, 14, 32), "UTC", "published"),
        ("Mis à jour le 10 juillet 2024 à 16h05 CEST", WireDate(2024, 7, 10, 14, 5), "CEST", "updated"),
        ("Actualizado el 10 de julio de 2024, 14:32 CEST", WireDate(2024, 7, 10, 12, 32), "CEST", "updated"),
        ("Publicado el 10 de julio de 2024 a las 9:15 CET", WireDate(2024, 7, 10, 8, 15), "CET", "published"),
        ("Aktualisiert am 10.07.2024, 14:32 Uhr MESZ", WireDate(2024, 7, 10, 12, 32), "MESZ", "updated"),
        ("Veröffentlicht am 10.01.2024, 14:32 Uhr MEZ", WireDate(2024, 1, 10, 13, 32), "MEZ", "published"),
        ("Dec 3, 2024 11:40pm PST", WireDate(2024, 12, 4, 7, 40), "PST", None),
        ("10 July 2024 14:32 BST", WireDate(2024, 7, 10, 13, 32), "BST", None),
        ("10 July 2024 08:00 JST", WireDate(2024, 7, 9, 23, 0), "JST", None),
        ("2024-07-10 14:32 Europe/Paris", WireDate(2024, 7, 10, 12, 32), "CEST", None),
        ("2024-01-10 14:32 Europe/Paris", WireDate(2024, 1, 10, 13, 32), "CET", None),
        ("Updated 2:32 PM EDT, July 10, 2024", WireDate(2024, 7, 10, 18, 32), "EDT", "updated"),
        ("July 10, 2024 at 11:05 p.m. CDT", WireDate(2024, 7, 11, 4, 5), "CDT", None),
        ("Last updated 10 July 2024, 14:32 BST", WireDate(2024, 7, 10, 13, 32), "BST", "updated"),
        ("Dernière mise à jour : 10 juillet 2024 à 14h32", WireDate(2024, 7, 10, 14, 32), "UTC", "updated"),
        ("mercredi 10 juillet 2024 à 14h32 HAEC", WireDate(2024, 7, 10, 12, 32), "HAEC", None),
    ],
)
def test_timestamps_are_stored_in_utc_with_the_zone_written(line, utc, zone, label):
    date, found_label = parse_timestamp(line)
    assert date == utc
    assert date.precision == "minute"
    assert date.zone_label() == zone
    assert found_label == label
    # the ledger's text form reads back to the same instant and zone
    again = parse_iso(date.stamp())
    assert (again, again.offset, again.zone) == (date, date.offset, date.zone)


def test_the_agency_local_time_is_kept_for_readers():
    date, _ = parse_timestamp("-- Wed Aug 24, 2011 7:59pm EDT".removeprefix("-- "))
    assert date.iso() == "2011-08-24T23:59"
    assert date.local().strftime("%Y-%m-%d %H:%M") == "2011-08-24 19:59"
    assert date.zone_field() == "EDT -04:00"
    # late evening in New York is the next day in UTC
    late, _ = parse_timestamp("Wed Aug 24, 2011 9:30pm EDT")
    assert late.iso() == "2011-08-25T01:30"
    assert late.local().day == 24


@pytest.mark.parametrize(
    "line",
    [
        "Stocks fall 2 pct",
        "Harmon Motors to cut 2,000 jobs",
        "janvier 2022",
        "By Jane Doe",
        "10 July 2024 14:32 in Paris",
    ],
)
def test_lines_that_are_not_timestamps(line):
    assert parse_timestamp(line) is None


def test_a_zone_nobody_can_read_keeps_the_day_and_drops_the_time():
    date, _ = parse_timestamp("Updated 10 July 2024 14:32 XYZ")
    assert date == WireDate(2024, 7, 10)
    assert date.precision == "day"


def test_a_date_in_the_article_url_is_a_day():
    url = "http://www.reuters.com/article/2011/08/24/us-foo-idUSTRE77N6X020110824"
    assert parse_url_date(url) == WireDate(2011, 8, 24)
    assert parse_url_date("https://example.com/news/2024/07/story") == WireDate(2024, 7)
    assert parse_url_date("https://example.com/about") is None
    assert parse_url_date("see /2011/08/24/ there") is None


def test_one_rule_when_dateline_and_header_disagree():
    stamp, _ = parse_timestamp("Wed Aug 24, 2011 7:59pm EDT")
    # a full timestamp wins, time and day
    assert combine_dates(WireDate(None, 8, 23), stamp) == stamp
    assert combine_dates(WireDate(2011, 8, 22), stamp).zone == "EDT"
    # the dateline's day wins over a coarser header date, which gives the year
    assert combine_dates(WireDate(None, 8, 23), None, None, WireDate(2011, 8, 24)) == WireDate(2011, 8, 23)
    assert combine_dates(WireDate(None, 1, 9), None, WireDate(2022, 1)) == WireDate(2022, 1, 9)
    assert combine_dates(WireDate(None, 12, 31), None, WireDate(2023, 1, 2)) == WireDate(2022, 12, 31)
    # header lines: the timestamp wins over the URL's day; a URL day fills in a month
    assert combine_dates(None, stamp, None, WireDate(2011, 8, 24)) == stamp
    assert combine_dates(None, None, WireDate(2011, 8), WireDate(2011, 8, 24)) == WireDate(2011, 8, 24)
    assert combine_dates(None, None, WireDate(2011, 9), WireDate(2011, 8, 24)) == WireDate(2011, 9)
