"""Earlier coverage (site_pages.related): worked out again only where a
change reaches, and then the same as worked out afresh."""

from __future__ import annotations

import datetime as dt
import random

from site_pages.related import related_stories

TAGS = [f"tag-{n}" for n in range(12)]
WINDOW, COUNT = 4, 3


def entry(rng: random.Random, day: int, key: str) -> tuple:
    return ((dt.datetime(2026, 3, 1) + dt.timedelta(hours=day), key), tuple(rng.sample(TAGS, rng.randint(0, 4))))


def test_related_stories_are_earlier_and_share_the_most_tags():
    entries = {
        "a": ((dt.datetime(2026, 1, 1), "a"), ("x", "y")),
        "b": ((dt.datetime(2026, 1, 2), "b"), ("x",)),
        "c": ((dt.datetime(2026, 1, 3), "c"), ("x", "y")),
        "d": ((dt.datetime(2026, 1, 4), "d"), ("z",)),
    }
    related = related_stories(entries, WINDOW, COUNT)
    assert related["a"] == ()
    assert related["c"] == ("a", "b")  # two tags shared before one
    assert related["d"] == ()


def test_whatever_changes_the_stories_weighed_again_give_what_weighing_all_gives():
    rng = random.Random(11)
    entries = {f"s{n}": entry(rng, rng.randint(0, 200), f"s{n}") for n in range(60)}
    related = related_stories(entries, WINDOW, COUNT)
    for step in range(80):
        previous, previous_related = dict(entries), related
        change = rng.choice(["new", "new", "retag", "redate", "delete", "nothing"])
        key = rng.choice(sorted(entries))
        if change == "new":
            key = f"n{step}"
            entries[key] = entry(rng, rng.randint(0, 220), key)
        elif change == "retag":
            entries[key] = (entries[key][0], tuple(rng.sample(TAGS, rng.randint(0, 4))))
        elif change == "redate":
            entries[key] = entry(rng, rng.randint(0, 220), key)[:1] + entries[key][1:]
        elif change == "delete":
            del entries[key]
        related = related_stories(entries, WINDOW, COUNT, previous, previous_related)
        assert related == related_stories(entries, WINDOW, COUNT), (step, change, key)
