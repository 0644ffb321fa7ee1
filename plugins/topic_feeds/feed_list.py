"""Which feeds the feeds page and the OPML list show, group by group.

A desk with tens of thousands of names has tens of thousands of feeds: one
page, or one OPML file, listing them all is of no use to a reader. So the
whole site, the sections and the languages come first, each listed whole,
then the topics, people, places and organisations most stories carry, at
most ``TOPIC_FEEDS_LIST_MAX`` of each, by story count. Every tag's own
feeds stay linked from its page.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Groups in the order readers see them; the last four are capped.
LISTED = ("site", "categories", "languages", "topics", "people", "places", "organizations")
CAPPED = frozenset({"topics", "people", "places", "organizations"})


@dataclass
class FeedGroup:
    """One group of the list: the feeds shown and how many are left out."""

    group: str
    rows: list[dict]
    more: int


def feed_groups(rows: list[dict], cap: int | None) -> list[FeedGroup]:
    """``rows`` (dicts with group, name, count: the stories the feed's page
    lists) grouped in :data:`LISTED` order; in a capped group, the ``cap``
    rows with the most stories, ties by name (``None``: every row)."""
    groups = []
    for group in LISTED:
        members = [row for row in rows if row["group"] == group]
        if not members:
            continue
        more = 0
        if group in CAPPED and cap is not None:
            members = sorted(members, key=lambda row: (-row["count"], row["name"], row["slug"]))
            more = max(0, len(members) - cap)
            members = members[:cap]
        groups.append(FeedGroup(group, members, more))
    return groups
