"""WIRE_* settings are checked at start with clear messages."""

import subprocess
import sys

import pytest
from conftest import ROOT
from desk_common.settings_table import SettingsError
from wire.settings import DEFAULTS, check_settings


def test_defaults_pass():
    assert check_settings({}) == {
        **DEFAULTS,
        "WIRE_EXTENSIONS": tuple(DEFAULTS["WIRE_EXTENSIONS"]),
        "WIRE_LANGUAGES": tuple(DEFAULTS["WIRE_LANGUAGES"]),
    }


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"WIRE_SEED_PATH": "seeds"}, "unknown setting(s) WIRE_SEED_PATH"),
        ({"WIRE_MAX_BYTES": "big"}, "WIRE_MAX_BYTES must be int"),
        ({"WIRE_MAX_BYTES": -1}, "positive"),
        ({"WIRE_LANGUAGES": ("fr", "xx")}, "'xx'"),
        ({"WIRE_EXTENSIONS": ("txt",)}, "'.txt'"),
        ({"WIRE_CONTENT_SUBDIR": "../outside"}, "inside PATH"),
        ({"WIRE_HEADLINE_MAX": 5}, "between 20 and 500"),
        ({"WIRE_DEFAULT_LANGUAGE": "nl"}, "WIRE_DEFAULT_LANGUAGE is 'nl', not one of WIRE_LANGUAGES"),
        ({"WIRE_AGENCY_LANGUAGES": {"EFE": "xx"}}, "WIRE_AGENCY_LANGUAGES has 'EFE': 'xx'"),
        ({"WIRE_AGENCY_LANGUAGES": ["EFE"]}, "WIRE_AGENCY_LANGUAGES must be dict"),
        ({"WIRE_CONVERSION_TIME_LIMIT": "1 min"}, "WIRE_CONVERSION_TIME_LIMIT must be int or float"),
        ({"WIRE_CONVERSION_TIME_LIMIT": 0}, "positive number of seconds, or None"),
    ],
)
def test_bad_settings_are_named(settings, message):
    with pytest.raises(SettingsError) as err:
        check_settings(settings)
    assert message in str(err.value)


def test_none_turns_conversion_off():
    assert check_settings({"WIRE_SEEDS_PATH": None})["WIRE_SEEDS_PATH"] is None


def test_none_lifts_the_conversion_time_limit():
    assert check_settings({"WIRE_CONVERSION_TIME_LIMIT": None})["WIRE_CONVERSION_TIME_LIMIT"] is None
    assert check_settings({})["WIRE_CONVERSION_TIME_LIMIT"] == 60


def test_pelican_run_with_a_bad_setting_stops_with_the_message(tmp_path):
    (tmp_path / "content").mkdir()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(tmp_path / "content"),
            "-o",
            str(tmp_path / "out"),
            "-s",
            "pelicanconf.py",
            "-e",
            'WIRE_MAX_BYTES="lots"',
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0
    assert "WIRE_MAX_BYTES must be int" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"TOPIC_FEEDS_MAX_ITEM": 5}, "unknown setting(s) TOPIC_FEEDS_MAX_ITEM"),
        ({"TOPIC_FEEDS_MAX_ITEMS": 0}, "above 0"),
        ({"TOPIC_FEEDS_ATOM": "feeds/{slug}.xml"}, "{kind} and {slug}"),
        ({"TOPIC_FEEDS_OPML": "../feeds.opml"}, "inside the output folder"),
        ({"TOPIC_FEEDS_SITEURL": "news.example.org"}, "absolute"),
        ({"TAG_FEED_ATOM": "feeds/{slug}.atom.xml"}, "set TAG_FEED_ATOM to None"),
    ],
)
def test_bad_feed_settings_are_named(settings, message):
    from topic_feeds.settings import check_settings as check_feed_settings

    with pytest.raises(SettingsError) as err:
        check_feed_settings(settings)
    assert message in str(err.value)


def test_none_turns_a_feed_format_off():
    from topic_feeds.settings import check_settings as check_feed_settings

    assert check_feed_settings({"TOPIC_FEEDS_RSS": None})["TOPIC_FEEDS_RSS"] is None


def test_site_settings_for_names_and_sections_are_checked():
    from site_pages.settings import check_settings as check_site

    assert check_site({})["SITE_TAG_MIN_STORIES"] == 2
    assert check_site({})["SITE_DEFAULT_SECTION"] == "General news"
    assert check_site({"SITE_DEFAULT_SECTION": None})["SITE_DEFAULT_SECTION"] is None
    for bad in ({"SITE_TAG_MIN_STORIES": -1}, {"SITE_TAG_MIN_STORIES": "2"}, {"SITE_DEFAULT_SECTION": " "}):
        with pytest.raises(SettingsError):
            check_site(bad)


@pytest.mark.parametrize(
    "value, message",
    [
        (0, "DESK_KEEP_WARM must be a number of minutes above 0"),
        ("30", "not '30'"),
        (True, "not True"),
        (2000, "at most a day"),
    ],
)
def test_the_warm_process_a_build_leaves_has_its_minutes_checked(value, message):
    from desk.settings import check_settings as check_desk

    assert check_desk({}) == {"DESK_KEEP_WARM": 30}
    assert check_desk({"DESK_KEEP_WARM": None}) == {"DESK_KEEP_WARM": None}
    assert check_desk({"DESK_KEEP_WARM": 0.5}) == {"DESK_KEEP_WARM": 0.5}
    with pytest.raises(SettingsError) as err:
        check_desk({"DESK_KEEP_WARM": value})
    assert message in str(err.value)
    with pytest.raises(SettingsError, match="unknown setting"):
        check_desk({"DESK_KEEP_WARN": 5})
