"""Domestic cricket sides: the table built from Cricsheet's match lists, and
the sides read in a story about cricket."""

from __future__ import annotations

from wire.tagging.cricket_sides import cricket_sides
from wire.tagging.data.make_cricket_sides import read_sides
from wire.tagging.tagger import tag_dispatch


def tagged(text, lang="en", country=None):
    return tag_dispatch("", [text], lang, country)


def test_the_table_holds_the_sides_of_club_competitions_with_their_seasons(tmp_path):
    listing = tmp_path / "README.txt"
    listing.write_text(
        "The data files contained in this zip archive are listed below.\n\n"
        "2019-08-02 - club - NTB - male - 1 - Essex vs Kent\n"
        "2020-07-30 - club - NTB - male - 2 - Kent vs Sussex\n"
        "2020-04-02 - club - IPL - male - 3 - Mumbai Indians vs Rajasthan Royals\n"
        "2020-05-01 - international - ODI - male - 4 - England vs Australia\n"
        "2020-05-02 - club - NTB - female - 5 - Kent vs Surrey\n",
        encoding="utf-8",
    )
    sides = {(side.name, side.competition): (side.first, side.last) for side in read_sides([listing])}
    assert sides == {
        ("Essex", "NTB"): (2019, 2019),
        ("Kent", "NTB"): (2019, 2020),
        ("Sussex", "NTB"): (2020, 2020),
        ("Mumbai Indians", "IPL"): (2020, 2020),
        ("Rajasthan Royals", "IPL"): (2020, 2020),
    }  # national sides and the women's lists are left out


def test_a_county_in_a_scorecard_is_its_side_not_a_place():
    text = (
        "CRICKET - COUNTY SCORES. Close of play scores in four-day county cricket matches on Thursday: "
        "At Leicester: Leicestershire 343-8 (P. Simmonds 108) v Hampshire. At Cardiff: Kent 128-1 v Glamorgan."
    )
    sides = [side.team for side in cricket_sides(text)]
    assert sides == ["Leicestershire", "Hampshire", "Kent", "Glamorgan"]
    story = tagged(text, "en", "GB")
    assert {"Leicestershire", "Hampshire", "Kent", "Glamorgan"} <= set(story.organizations)
    assert any("cricket side" in reason for reason in story.why("Kent"))
    # "At Leicester": where the match is played
    assert "Leicester" not in story.organizations


def test_a_county_in_running_cricket_copy_is_the_side_but_a_place_where_something_is_in_it():
    text = (
        "Essex are set to step up their county championship challenge after Second-placed Kent were "
        "frustrated by rain. The fast bowler, born in Kent, took two wickets before the close."
    )
    found = [(side.written, side.start) for side in cricket_sides(text)]
    assert [written for written, _ in found] == ["Essex", "Kent"]  # not "born in Kent"
    # a county opening a longer name, or after a compass point, is another name
    assert cricket_sides("Durham University beat West Sussex in the cricket final at Lord's.") == []


def test_without_cricket_a_county_is_a_place():
    assert cricket_sides("Essex police said on Monday they had arrested two men in Kent.") == []
    story = tagged("Floods closed roads across Kent and Essex on Monday, police said.", "en", "GB")
    assert not {"Kent", "Essex"} & set(story.organizations)


def test_a_franchise_is_read_in_a_story_about_cricket():
    text = "She co-owns the Indian Premier League cricket team Mumbai Indians, bought in 2008."
    assert [side.team for side in cricket_sides(text)] == ["Mumbai Indians"]
    assert "Mumbai Indians" in tagged(text, "en", "IN").organizations
