"""Which stories the site shows (withdrawn ones left out, one story an
address), and their groups: tags, sections, authors, languages, months."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wire.tagging import tag_kind

from .catalog import STORY_ORDER, CatalogEntry, Label
from .notability import as_shown, notable_names

logger = logging.getLogger(__name__)


@dataclass
class OnSite:
    """The stories the site shows, newest first, and the (address,
    language, date of the notice) of each withdrawn story."""

    stories: list
    withdrawn: list[tuple[str, str, str | None]]


def select_stories(catalog: dict[str, CatalogEntry], withdrawn: dict, tag_min_stories: int) -> OnSite:
    """The stories of ``catalog`` (source -> :class:`CatalogEntry`) to publish:
    none withdrawn (by itself, or listed in ``withdrawn``: wire id -> date
    of the notice), one an address (the first by source)."""
    stories, seen, taken_down = [], {}, []
    for source in sorted(catalog):
        story = catalog[source].story
        if story is None:
            continue
        if story.withdrawn or (story.wire_id and story.wire_id in withdrawn):
            taken_down.append((story, withdrawn.get(story.wire_id)))
            continue
        if story.save_as in seen:
            logger.warning(
                "site_pages: %s and %s would both be %s; only the first is published",
                seen[story.save_as],
                source,
                story.save_as,
            )
            continue
        seen[story.save_as] = source
        stories.append(story)
    notable = notable_names(stories, tag_min_stories)
    shown = sorted([as_shown(story, notable) for story in stories], key=STORY_ORDER, reverse=True)
    gone = sorted({(story.save_as, story.lang, when) for story, when in taken_down if story.save_as not in seen})
    return OnSite(shown, gone)


@dataclass
class Groups:
    """The site's stories grouped, each list newest first; tags, sections
    and authors sorted by label."""

    tags: list[tuple[Label, list]]
    categories: list[tuple[Label, list]]
    authors: list[tuple[Label, list]]
    by_lang: dict[str, list]
    by_month: dict[tuple, list]
    tag_kinds: dict[Label, str]


def group_stories(stories: list, languages: set[str] | None) -> Groups:
    """Group ``stories`` (newest first); a language has a group only when it
    is one of ``languages`` (every language when None). The groups a story is
    in are those :func:`listed_in` names."""
    tags: dict[Label, list] = {}
    categories: dict[Label, list] = {}
    authors: dict[Label, list] = {}
    by_lang: dict[str, list] = {}
    by_month: dict[tuple, list] = {}
    for story in stories:
        for tag in story.tags:
            tags.setdefault(tag, []).append(story)
        if story.category:
            categories.setdefault(story.category, []).append(story)
        for author in story.authors:
            authors.setdefault(author, []).append(story)
        if languages is None or story.lang in languages:
            by_lang.setdefault(story.lang, []).append(story)
        by_month.setdefault((story.date.year, story.date.month), []).append(story)
    sorted_tags = sorted(tags.items())
    kinds = {tag: tag_kind(tag.name, tagged) for tag, tagged in sorted_tags}
    return Groups(sorted_tags, sorted(categories.items()), sorted(authors.items()), by_lang, by_month, kinds)


#: The group every story is listed in: the home page and its pages.
EVERY_STORY = ("index", "")


def listed_in(story, languages: set[str] | None, mentions: bool = False) -> set[tuple]:
    """The keys of the groups listing ``story``: ``("tag", Label)``,
    ``("category", Label)``, ``("author", Label)``, ``("lang", code)`` (only
    ``languages``, every language when None), ``("month", (year, month))``
    and :data:`EVERY_STORY`; with ``mentions``, a tag for every name it
    mentions too (any of them may have been linked)."""
    groups = {("tag", tag) for tag in story.tags}
    if mentions:
        groups.update(("tag", name) for name in story.mentions)
    if story.category:
        groups.add(("category", story.category))
    groups.update(("author", author) for author in story.authors)
    if languages is None or story.lang in languages:
        groups.add(("lang", story.lang))
    groups.add(("month", (story.date.year, story.date.month)))
    groups.add(EVERY_STORY)
    return groups
