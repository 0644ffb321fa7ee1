"""Which names get a page of their own.

A story links its topics and the names of its headline and lede (its
``tags``); the other people, organisations and countries it names are its
``mentions``. A name is notable, with a page and feeds, when some story has
it in its headline or lede, or when at least ``SITE_TAG_MIN_STORIES``
stories name it. A story links its notable mentions too, so the earlier
story links a name as soon as a second story makes it notable; the story's
digest then changes, and with it the signature of every page showing it,
but not its ``read_digest``: all that listings, earlier coverage and
search show of it (search leaves linked mentions out: their names are in
the text).
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .catalog import Label, ShownStory


def name_counts(stories) -> tuple[Counter, Counter]:
    """How many of ``stories`` name each label (in their tags or
    mentions), and how many have it among their tags."""
    counts: Counter = Counter()
    tag_counts: Counter = Counter()
    for story in stories:
        tags = set(story.tags)
        tag_counts.update(tags)
        counts.update(tags | set(story.mentions))
    return counts, tag_counts


def is_notable(label: Label, counts: Counter, tag_counts: Counter, min_stories: int) -> bool:
    """Whether ``label`` gets a page (see :func:`name_counts`): some story
    has it among its tags, or ``min_stories`` stories name it."""
    return tag_counts[label] > 0 or counts[label] >= min_stories


def as_shown(story: ShownStory, notable: set[Label]) -> ShownStory:
    """``story`` with its notable mentions among its tags (after them), and
    a digest that says which are linked."""
    linked = tuple(label for label in story.mentions if label in notable and label not in story.tags)
    if not linked:
        return story
    digest = hashlib.sha1(f"{story.digest}|{'|'.join(label.slug for label in linked)}".encode()).hexdigest()
    # a copy made directly: dataclasses.replace, once a story, showed in every rebuild's profile
    shown = object.__new__(ShownStory)
    shown.__dict__ = {**story.__dict__, "tags": story.tags + linked, "digest": digest, "linked": len(linked)}
    return shown
