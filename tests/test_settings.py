"""WIRE_* settings are checked at start with clear messages."""

import subprocess
import sys

import pytest
from conftest import ROOT
from wire.errors import WireSettingsError
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
    ],
)
def test_bad_settings_are_named(settings, message):
    with pytest.raises(WireSettingsError) as err:
        check_settings(settings)
    assert message in str(err.value)


def test_none_turns_conversion_off():
    assert check_settings({"WIRE_SEEDS_PATH": None})["WIRE_SEEDS_PATH"] is None


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
