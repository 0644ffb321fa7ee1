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

A name is its page's address: copy that spells one name two ways (``Apple``
and ``APPLE``) names one page, shown in one spelling (:func:`spelling_of`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from itertools import chain
from operator import itemgetter

from .catalog import Label, ShownStory

#: A label's address (a named tuple's field read by position: thousands a build).
_URL = itemgetter(2)


def name_counts(stories) -> tuple[Counter, Counter]:
    """How many of ``stories`` name each address (a label's URL: every
    spelling of a name has one page), in their tags or mentions, and how
    many have it among their tags."""
    counts: Counter = Counter()
    tag_counts: Counter = Counter()
    for story in stories:
        tags, names = addresses(story)
        tag_counts.update(tags)
        counts.update(names)
    return counts, tag_counts


def addresses(story: ShownStory) -> tuple[set[str], set[str]]:
    """The addresses of ``story``'s tags, and of every name it tags or
    mentions."""
    tags = set(map(_URL, story.tags))
    return tags, tags.union(map(_URL, story.mentions))


def is_notable(url: str, counts: Counter, tag_counts: Counter, min_stories: int) -> bool:
    """Whether the name at ``url`` gets a page (see :func:`name_counts`):
    some story has it among its tags, or ``min_stories`` stories name it."""
    return tag_counts[url] > 0 or counts[url] >= min_stories


def spelled(story: ShownStory) -> tuple[Label, ...]:
    """The names ``story`` gives a page to or may (its tags, mentions and
    authors) as it spells them."""
    return story.tags + story.mentions + story.authors


def spelling_counts(stories) -> Counter:
    """How often ``stories`` spell each name so (see :func:`spelled`)."""
    return Counter(chain.from_iterable(map(spelled, stories)))


def spelling_of(spellings: list[Label], counts: Counter) -> Label:
    """The one spelling, of ``spellings`` (those a name has on the site),
    that its page, feeds and links show: the site's copy writes a name in
    capitals throughout now and then (an analyst's firm in a list, ``FAF
    ADVISORS``), so a spelling in lower case too first; then the one the
    stories use most (``counts``: see :func:`spelling_counts`); then the
    first in order. Never depends on which story came first."""
    return min(spellings, key=lambda label: (label.name.isupper(), -counts[label], label.name))


def respellings(counts: Counter, urls=None) -> dict[Label, Label]:
    """Each spelling that is not the one its address shows (see
    :func:`spelling_of`), to that one, for the addresses of ``urls`` (all
    of ``counts`` when None: see :func:`spelling_counts`)."""
    first: dict[str, Label] = {}
    several: dict[str, list[Label]] = {}
    for label in counts:
        url = label.url
        if urls is not None and url not in urls:
            continue
        seen = first.setdefault(url, label)
        if seen is not label:
            several.setdefault(url, [seen]).append(label)
    chosen = {}
    for labels in several.values():
        shown = spelling_of(labels, counts)
        chosen.update((label, shown) for label in labels if label != shown)
    return chosen


def _respelled(labels: tuple[Label, ...], spelling: dict[Label, Label], taken: set[str]) -> tuple[Label, ...]:
    """``labels`` as :func:`respellings` spells them, each address once and
    none of ``taken`` (which gains theirs)."""
    out = []
    for label in labels:
        if label.url in taken:
            continue
        taken.add(label.url)
        out.append(spelling.get(label, label))
    return tuple(out)


def as_shown(story: ShownStory, notable: set[str], spelling: dict[Label, Label]) -> ShownStory:
    """``story`` with its notable mentions (addresses in ``notable``) among
    its tags (after them), every name spelled as ``spelling`` says (see
    :func:`respellings`), and a digest that says which are linked and how
    they are spelled."""
    respelled = not spelling.keys().isdisjoint(spelled(story))
    if respelled:
        tags = _respelled(story.tags, spelling, set())
        mentions = _respelled(story.mentions, spelling, {label.url for label in tags})
        authors = _respelled(story.authors, spelling, set())
    else:
        tags, mentions, authors = story.tags, story.mentions, story.authors
    linked = tuple(label for label in mentions if label.url in notable and label not in tags)
    if not linked and not respelled:
        return story
    names = "|".join(label.name for label in tags + mentions + authors) if respelled else ""
    digest = hashlib.sha1(f"{story.digest}|{'|'.join(label.slug for label in linked)}|{names}".encode()).hexdigest()
    # a copy made directly: dataclasses.replace, once a story, showed in every rebuild's profile
    shown = object.__new__(ShownStory)
    shown.__dict__ = {
        **story.__dict__,
        "tags": tags + linked,
        "mentions": mentions,
        "authors": authors,
        "digest": digest,
        "linked": len(linked),
    }
    return shown
