"""Which stories the site shows (withdrawn ones left out, one story an
address), and their groups: tags, sections, authors, languages, months.

A resident build process keeps both for its next build
(:class:`StorySelection`, :class:`StoryGroups`): one new story among a
hundred thousand then changes the few entries it touches, where choosing and
grouping them all again costs seconds. Whatever the updates, they give what
choosing and grouping afresh gives."""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from wire.tagging.vocabulary import named_people_and_organizations, tag_kind

from .catalog import STORY_ORDER, CatalogEntry, Label
from .notability import addresses, as_shown, is_notable, name_counts, respellings, spelled, spelling_counts

logger = logging.getLogger(__name__)

#: Past this many stories changed since the previous build, choosing and
#: grouping them all afresh costs no more than updating.
UPDATE_LIMIT = 2000


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
    return StorySelection.of(catalog, withdrawn, tag_min_stories).on_site


def _taken_down(story, withdrawn: dict) -> bool:
    return story.withdrawn or bool(story.wire_id and story.wire_id in withdrawn)


@dataclass
class StorySelection:
    """:func:`select_stories` with what it worked out on the way, for
    :meth:`updated`."""

    catalog: dict
    withdrawn: dict
    min_stories: int
    published: dict  # source -> the story as read
    taken_down: dict  # source -> (story, date of the notice)
    claims: dict  # address -> the sources of the stories not withdrawn there, sorted
    counts: Counter  # address -> stories naming it
    tag_counts: Counter  # address -> stories tagged with it
    notable: set  # addresses
    spellings: Counter  # label -> how often the stories spell its name so
    spelling: dict  # label -> the label its address shows, where that is another
    shown: dict  # source -> the story as shown
    oldest_first: list  # the stories as shown
    on_site: OnSite
    #: two stories with the same order: updating could not keep theirs
    tied: bool = False
    #: what :meth:`updated` took out and put in (stories as shown)
    removed: list = field(default_factory=list)
    added: list = field(default_factory=list)

    @classmethod
    def of(cls, catalog: dict, withdrawn: dict, min_stories: int) -> StorySelection:
        published, taken_down, claims = {}, {}, {}
        for source in sorted(catalog):
            story = catalog[source].story
            if story is None:
                continue
            if _taken_down(story, withdrawn):
                taken_down[source] = (story, withdrawn.get(story.wire_id))
                continue
            claimants = claims.setdefault(story.save_as, [])
            claimants.append(source)
            if len(claimants) > 1:
                logger.warning(
                    "site_pages: %s and %s would both be %s; only the first is published",
                    claimants[0],
                    source,
                    story.save_as,
                )
                continue
            published[source] = story
        counts, tag_counts = name_counts(published.values())
        notable = set(tag_counts) | {url for url, count in counts.items() if count >= min_stories}
        spellings = spelling_counts(published.values())
        spelling = respellings(spellings)
        shown = {source: as_shown(story, notable, spelling) for source, story in published.items()}
        newest_first = sorted(shown.values(), key=STORY_ORDER, reverse=True)
        orders = [STORY_ORDER(story) for story in newest_first]
        selection = cls(
            catalog,
            withdrawn,
            min_stories,
            published,
            taken_down,
            claims,
            counts,
            tag_counts,
            notable,
            spellings,
            spelling,
            shown,
            newest_first[::-1],
            OnSite(newest_first, []),
            tied=any(a == b for a, b in pairwise(orders)),
        )
        selection.on_site.withdrawn = selection._gone()
        return selection

    def _gone(self) -> list:
        return sorted(
            {
                (story.save_as, story.lang, when)
                for story, when in self.taken_down.values()
                if story.save_as not in self.claims
            }
        )

    def updated(self, catalog: dict, withdrawn: dict, min_stories: int) -> StorySelection | None:
        """The selection of ``catalog``, when it is this one's catalog with
        a few stories added, changed or removed (told by the identity of
        their stories); None when it must be chosen afresh. This selection is
        used up either way."""
        if withdrawn != self.withdrawn or min_stories != self.min_stories or self.tied:
            return None
        known = self.catalog
        changed = [source for source, entry in catalog.items() if _story(known.get(source)) is not entry.story]
        changed.extend(sorted(known.keys() - catalog.keys()))
        if len(changed) > UPDATE_LIMIT:
            return None
        published, claims, counts, tag_counts = self.published, self.claims, self.counts, self.tag_counts
        spellings, spelling = self.spellings, self.spelling
        touched: set = set()
        respelled: set = set()
        re_shown = []
        for source in changed:
            old, new = _story(known.get(source)), _story(catalog.get(source))
            if any(story is not None and _taken_down(story, withdrawn) for story in (old, new)):
                return None
            if old is not None:
                if claims.get(old.save_as) != [source]:
                    return None  # an address claimed twice
                del claims[old.save_as], published[source]
                touched.update(_count(old, counts, tag_counts, -1))
                respelled.update(_spell(old, spellings, -1))
            if new is not None:
                if new.save_as in claims:
                    return None
                claims[new.save_as] = [source]
                published[source] = new
                touched.update(_count(new, counts, tag_counts, 1))
                respelled.update(_spell(new, spellings, 1))
                re_shown.append(source)
        notable = self.notable
        flipped = {url for url in touched if (url in notable) != is_notable(url, counts, tag_counts, min_stories)}
        notable ^= flipped
        # the addresses whose name is shown another way now
        now = respellings(spellings, respelled)
        before = {label: shown for label, shown in spelling.items() if label.url in respelled}
        respelled = {label.url for label, _ in before.items() ^ now.items()}
        for label in before:
            del spelling[label]
        spelling.update(now)
        if flipped or respelled:
            moved = set(changed)
            re_shown.extend(
                source
                for source, story in published.items()
                if source not in moved
                and (
                    any(label.url in flipped for label in story.mentions)
                    or any(label.url in respelled for label in spelled(story))
                )
            )
        oldest_first, shown = self.oldest_first, self.shown
        removed, added = [], []
        for source in changed:
            before = shown.pop(source, None)
            if before is not None:
                removed.append(before)
        for source in re_shown:
            before = shown.pop(source, None)  # a story relinked
            if before is not None:
                removed.append(before)
        for story in removed:
            _remove(oldest_first, story)
        for source in re_shown:
            story = shown[source] = as_shown(published[source], notable, spelling)
            if not _insert(oldest_first, story):
                return None
            added.append(story)
        selection = StorySelection(
            catalog,
            withdrawn,
            min_stories,
            published,
            self.taken_down,
            claims,
            counts,
            tag_counts,
            notable,
            spellings,
            spelling,
            shown,
            oldest_first,
            OnSite(oldest_first[::-1], []),
            removed=removed,
            added=added,
        )
        selection.on_site.withdrawn = selection._gone()
        return selection


def _story(entry: CatalogEntry | None):
    return entry.story if entry is not None else None


def _count(story, counts: Counter, tag_counts: Counter, step: int) -> set:
    """Count ``story``'s names in (``step`` 1) or out (-1); their addresses."""
    tags, names = addresses(story)
    for table, keys in ((counts, names), (tag_counts, tags)):
        _step(table, keys, step)
    return names


def _spell(story, spellings: Counter, step: int) -> set:
    """Count ``story``'s spellings in (``step`` 1) or out (-1); their
    addresses."""
    labels = spelled(story)
    _step(spellings, labels, step)
    return {label.url for label in labels}


def _step(table: Counter, keys, step: int) -> None:
    for key in keys:
        count = table[key] + step
        if count:
            table[key] = count
        else:
            del table[key]


def _position(oldest_first: list, story) -> int:
    return bisect.bisect_left(oldest_first, STORY_ORDER(story), key=STORY_ORDER)


def _remove(oldest_first: list, story) -> None:
    at = _position(oldest_first, story)
    if at < len(oldest_first) and oldest_first[at] is story:
        del oldest_first[at]
    else:  # never: the list holds it in order
        oldest_first[:] = [other for other in oldest_first if other is not story]


def _insert(oldest_first: list, story) -> bool:
    """Put ``story`` in its place; False when another has the same order."""
    at = _position(oldest_first, story)
    if at < len(oldest_first) and STORY_ORDER(oldest_first[at]) == STORY_ORDER(story):
        return False
    oldest_first.insert(at, story)
    return True


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
    return StoryGroups.of(stories, languages).groups


#: The kinds of group :class:`StoryGroups` keeps a table of.
_KINDS = ("tag", "category", "author", "lang", "month")


@dataclass
class StoryGroups:
    """:func:`group_stories` as tables by kind of group (``tag``,
    ``category``, ``author``, ``lang``, ``month``: key -> stories, newest
    first), for :meth:`updated`."""

    languages: set[str] | None
    tables: dict[str, dict]
    groups: Groups

    @classmethod
    def of(cls, stories: list, languages: set[str] | None) -> StoryGroups:
        tables: dict[str, dict] = {kind: {} for kind in _KINDS}
        for story in stories:
            for kind, key in _keys(story, languages):
                tables[kind].setdefault(key, []).append(story)
        tags = tables["tag"]
        named = named_people_and_organizations(stories)
        # a tag no story names as a person or organisation is what the
        # vocabulary says: its stories (a topic's thousands) are not looked through
        kinds = {tag: tag_kind(tag.name, tags[tag] if tag.name in named else ()) for tag in sorted(tags)}
        return cls(languages, tables, _groups(tables, kinds))

    def updated(self, removed: list, added: list) -> StoryGroups:
        """The groups once the stories ``removed`` are taken out and those
        ``added`` put in; this one is used up. A list that changes is a new
        list: those of the groups left alone are shared."""
        tables = {kind: dict(table) for kind, table in self.tables.items()}
        copied: set = set()
        for story, step in [(story, -1) for story in removed] + [(story, 1) for story in added]:
            for kind, key in _keys(story, self.languages):
                table = tables[kind]
                if (kind, key) not in copied:
                    copied.add((kind, key))
                    table[key] = list(table.get(key, ()))
                members = table[key]
                if step > 0:
                    members.insert(_newest_first_position(members, story), story)
                else:
                    at = _newest_first_position(members, story)
                    if at < len(members) and members[at] is story:
                        del members[at]
                    else:  # never: the list holds it in order
                        members[:] = [other for other in members if other is not story]
        for kind, key in copied:
            if not tables[kind][key]:
                del tables[kind][key]
        kinds = self.groups.tag_kinds
        changed_tags = {key for kind, key in copied if kind == "tag"}
        if changed_tags:
            tags = tables["tag"]
            order = (
                kinds if tags.keys() == kinds.keys() else sorted(tags)
            )  # the tags' order, kept while no tag comes or goes
            kinds = {tag: tag_kind(tag.name, tags[tag]) if tag in changed_tags else kinds[tag] for tag in order}
        return StoryGroups(self.languages, tables, _groups(tables, kinds))


def _groups(tables: dict, tag_kinds: dict) -> Groups:
    return Groups(
        [(tag, tables["tag"][tag]) for tag in tag_kinds],
        sorted(tables["category"].items()),
        sorted(tables["author"].items()),
        tables["lang"],
        tables["month"],
        tag_kinds,
    )


def _keys(story, languages: set[str] | None):
    """The (kind, key) of each group listing ``story`` but the home page's."""
    for tag in story.tags:
        yield "tag", tag
    if story.category:
        yield "category", story.category
    for author in story.authors:
        yield "author", author
    if languages is None or story.lang in languages:
        yield "lang", story.lang
    yield "month", (story.date.year, story.date.month)


def _newest_first_position(members: list, story) -> int:
    """Where ``story`` is, or goes, in ``members`` (newest first)."""
    order = STORY_ORDER(story)
    low, high = 0, len(members)
    while low < high:
        middle = (low + high) // 2
        if STORY_ORDER(members[middle]) > order:
            low = middle + 1
        else:
            high = middle
    return low


#: The group every story is listed in: the home page and its pages.
EVERY_STORY = ("index", "")


def listed_in(story, languages: set[str] | None, mentions: bool = False) -> set[tuple]:
    """The keys of the groups listing ``story``: ``("tag", Label)``,
    ``("category", Label)``, ``("author", Label)``, ``("lang", code)`` (only
    ``languages``, every language when None), ``("month", (year, month))``
    and :data:`EVERY_STORY`; with ``mentions``, a tag for every name it
    mentions too (any of them may have been linked)."""
    groups = set(_keys(story, languages))
    if mentions:
        groups.update(("tag", name) for name in story.mentions)
    groups.add(EVERY_STORY)
    return groups
