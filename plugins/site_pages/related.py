"""Earlier coverage: for each story, the earlier stories sharing the most
tags with it.

Only earlier stories, so that a new story changes no page already
published; and only the ``window`` stories just before it in each of its
tags, so that a tag on thousands of stories costs no more than a small one.
Between builds only the stories whose windows changed are weighed again.
"""

from __future__ import annotations

import bisect
from collections import Counter

#: ``{key: (order, tags)}``: what the choice of related stories depends on.
Entries = dict


def tag_lists(entries: Entries, only: set | None = None) -> dict[str, list]:
    """Each tag's stories as ``(order, key)``, oldest first (the tags in
    ``only``, when given)."""
    lists: dict[str, list] = {}
    for key, (order, tags) in entries.items():
        for tag in tags:
            if only is None or tag in only:
                lists.setdefault(tag, []).append((order, key))
    for members in lists.values():
        members.sort()
    return lists


def _tags_of(keys, *sides: Entries) -> set:
    return {tag for key in keys for entries in sides if key in entries for tag in entries[key][1]}


def _related(key, entries: Entries, lists: dict, window: int, count: int) -> tuple:
    order, tags = entries[key]
    shared: Counter = Counter()
    for tag in tags:
        members = lists[tag]
        at = bisect.bisect_left(members, (order, key))
        shared.update(other for _, other in members[max(0, at - window) : at])
    ranked = sorted(shared, key=lambda other: entries[other][0], reverse=True)  # newest first
    ranked.sort(key=lambda other: -shared[other])  # stable: most tags shared, then newest
    return tuple(ranked[:count])


def _affected(changed: set, entries: Entries, previous: Entries, lists: dict, window: int) -> set:
    """Stories whose window in some tag holds a changed story."""
    affected = set()
    for key in changed:
        for side in (previous.get(key), entries.get(key)):
            if side is None:
                continue
            order, tags = side
            for tag in tags:
                members = lists.get(tag, [])
                at = bisect.bisect_right(members, (order, key))
                affected.update(other for _, other in members[at : at + window])
    return affected


def related_stories(
    entries: Entries,
    window: int,
    count: int,
    previous: Entries | None = None,
    previous_related: dict | None = None,
    changed: set | None = None,
) -> dict:
    """``{key: (related keys, best first)}``; with the entries and results of
    the previous build, only what their differences touch is worked out
    (``changed``: the keys whose entries differ, when the caller knows them;
    a result left as it was is the very tuple of ``previous_related``)."""
    if previous is None or previous_related is None:
        lists = tag_lists(entries)
        todo = set(entries)
        related: dict = {}
    else:
        if changed is None:
            changed = {key for key in entries.keys() | previous.keys() if entries.get(key) != previous.get(key)}
        # the lists of the tags of the stories weighed again, and no other
        lists = tag_lists(entries, _tags_of(changed, previous, entries))
        todo = (changed | _affected(changed, entries, previous, lists, window)) & entries.keys()
        more = _tags_of(todo, entries) - lists.keys()
        if more:
            lists.update(tag_lists(entries, more))
        related = {key: value for key, value in previous_related.items() if key in entries and key not in todo}
    for key in todo:
        related[key] = _related(key, entries, lists, window, count) if count else ()
    return related
