"""Listing pages: what each shows, and which pages a late story or one taken
off the site changes."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from conftest import one_late_or_taken_off
from site_pages.listings import paginate


def stories(count: int) -> list:
    return [SimpleNamespace(date=number, slug=f"story-{number}") for number in range(count)]


def pages(oldest_first: list, per_page: int = 20) -> dict[str, list[str]]:
    newest_first = sorted(oldest_first, key=lambda story: (story.date, story.slug), reverse=True)
    return {
        listing.save_as: [story.slug for story in listing.stories]
        for listing in paginate(newest_first, "", "index.html", per_page)
    }


@pytest.mark.parametrize("count", [1, 20, 21, 39, 40, 41, 333, 2_000])
def test_every_story_is_on_a_page_and_the_front_page_shows_the_newest(count):
    listed = pages(stories(count))
    assert listed["index.html"] == [f"story-{number}" for number in range(count - 1, max(-1, count - 21), -1)]
    numbered = [listed[f"page/{number}/index.html"] for number in range(len(listed) - 1, 0, -1)]
    assert len(listed) == 1 + len(numbered)
    assert all(12 <= len(shown) <= 20 for shown in numbered)
    on_pages = [slug for shown in numbered for slug in shown]
    assert len(on_pages) == len(set(on_pages))  # no story on two numbered pages
    assert set(on_pages) | set(listed["index.html"]) == {f"story-{number}" for number in range(count)}


def test_numbered_pages_link_to_their_neighbours():
    listings = paginate(stories(200)[::-1], "topics/x/", "topics/x/index.html", 20)
    front, *numbered = listings
    assert front.older == f"topics/x/page/{len(numbered)}/" and front.newer is None
    assert numbered[0].newer == "topics/x/" and numbered[-1].older is None
    for newer, older in zip(numbered, numbered[1:], strict=False):
        assert newer.older == older.url and older.newer == newer.url


def test_a_new_story_changes_the_front_page_and_the_newest_numbered_pages_only():
    filed = stories(3_000)
    before = pages(filed[:2_000])
    for count in range(2_001, 2_060):
        after = pages(filed[:count])
        changed = sorted(name for name in after if before.get(name) != after[name])
        numbers = sorted(int(name.split("/")[1]) for name in changed if name != "index.html")
        newest = len(after) - 1
        assert all(number >= newest - 1 for number in numbers), (count, changed)
        before = after


@pytest.mark.parametrize("late", [True, False])
def test_a_late_story_or_one_taken_off_changes_the_page_it_falls_in_mostly(late):
    """Pages of a fixed count would all move after it, some 145 of 290 on
    average: here one page changes, now and then a few, and now and then
    (when the pages it moved number one more or one fewer) all after it."""
    filed = stories(5_000)
    before = pages(filed)
    draw = random.Random(5)
    changes = []
    for turn in range(100):
        at = draw.randrange(4_800)
        changed = one_late_or_taken_off(filed, at, turn, late)
        after = pages(changed)
        changes.append(sum(1 for name in after if before.get(name) != after[name] and name != "index.html"))
    changes.sort()
    assert changes[50] == 1 and changes[80] <= 5 and sum(changes) / len(changes) < 15  # of some 290 pages
