"""Paired fixtures: every tests/fixtures/x.txt converts to exactly x.md."""

import pytest
from conftest import FIXTURES
from wire.conversion import convert_to_markdown

PAIRS = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("dispatch", PAIRS, ids=[p.stem for p in PAIRS])
def test_dispatch_converts_to_expected_markdown(dispatch):
    expected = dispatch.with_suffix(".md").read_text(encoding="utf-8")
    assert convert_to_markdown(dispatch.read_bytes(), dispatch.name) == expected


def test_every_fixture_has_its_pair():
    assert PAIRS, "no fixtures found"
    missing = [p.name for p in PAIRS if not p.with_suffix(".md").exists()]
    assert missing == []
