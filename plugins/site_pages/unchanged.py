"""What a build may take from the previous one without working it out again.

A page's signature (see ``build_state``) is a hash of everything the page
shows: a listing's is made of the digests of every story it lists, so
signing every listing of a site costs a pass over every story of every
group, most of a rebuild's planning at ten thousand stories. Yet one new
story changes only the groups it joins. Each build keeps the digest of every
story it showed (which covers the names it linked); the next build compares
them. A story whose digest changed (or that came or went) changes the groups
it is listed in now, and those it may have been listed in before: its
groups in the previous build's catalog, with every name it mentioned then.
A group none of whose stories changed lists the very stories it listed, with
the same digests, so its pages keep the signatures the previous build wrote;
likewise a story page whose story, earlier coverage and the stories of that
coverage are unchanged. Only the others are signed again.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from .catalog import Label
from .grouping import listed_in


def _address(group: tuple) -> tuple:
    """A group's key by its page's address: a name spelled another way than
    the previous build spelled it (see ``notability``) is the same group."""
    kind, key = group
    return (kind, key.url) if isinstance(key, Label) else group


def shown_digests(stories: list) -> dict[str, str]:
    """What the next build compares: ``{source: digest}`` of the stories
    on the site."""
    return {story.source: story.digest for story in stories}


@dataclass
class Unchanged:
    """What the previous build signed that this one may keep as it is."""

    #: the previous build's signature of each file (None: to write again)
    signs: dict
    #: the groups whose listings changed, by :func:`_address` (None: every group)
    changed_groups: frozenset | None
    #: the slugs of the stories whose page is unchanged
    stories: Container

    def sign(self, save_as: str) -> str | None:
        """The previous signature of ``save_as``, if it can be trusted."""
        found = self.signs.get(save_as)
        return found if isinstance(found, str) else None

    def lists_anew(self, group: tuple) -> bool:
        """Whether ``group`` (a key of ``grouping``) may list other stories
        than it listed, or list them otherwise."""
        return self.changed_groups is None or _address(group) in self.changed_groups

    def listing_sign(self, group: tuple, save_as: str) -> str | None:
        """The previous signature of the listing page ``save_as`` of
        ``group``, when that group lists what it listed."""
        return None if self.lists_anew(group) else self.sign(save_as)

    def story_sign(self, slug: str, save_as: str) -> str | None:
        """The previous signature of the page of the story ``slug``, when
        it shows what it showed."""
        return self.sign(save_as) if slug in self.stories else None


#: A first build, or one after the code, settings or theme changed.
NOTHING = Unchanged({}, None, frozenset())


def unchanged_since(
    previous_digests: dict | None,
    previous_catalog: dict,
    stories: list,
    languages: set[str] | None,
    previous_related: dict | None,
    related: dict,
    signs: dict,
    delta: tuple[list, list] | None = None,
) -> Unchanged:
    """What is unchanged since the build that showed ``previous_digests``
    (see :func:`shown_digests`; None: no such build, nothing is) from
    ``previous_catalog`` (``{source: CatalogEntry}``) and related them as
    ``previous_related``, given this build's ``stories`` and ``related``
    (``languages``: those with a group of their own); ``signs``: the
    signatures that build wrote. The callers see to it that the rest of what
    pages show (the code, settings, theme and what every page shows besides
    its own matter) is the same. ``delta``: the stories (as shown) a
    resident build process put in and took out since that build, when it
    knows them: every other story is the one it showed."""
    if previous_digests is None or previous_related is None or not signs:
        return NOTHING
    moved = set()  # slugs of the stories read anew, relinked or added (one gone leaves earlier coverage)
    changed_groups = set()  # the groups listing one of them, before or now
    on_site = set()
    for story in stories if delta is None else delta[0]:
        on_site.add(story.source)
        before = previous_digests.get(story.source)
        if before == story.digest:
            continue
        moved.add(story.slug)
        changed_groups.update(listed_in(story, languages))
        if before is not None:
            old = previous_catalog.get(story.source)
            if old is None or old.story is None:
                return NOTHING  # what it was listed in is not known
            changed_groups.update(listed_in(old.story, languages, mentions=True))
    gone = previous_digests.keys() - on_site if delta is None else {story.source for story in delta[1]} - on_site
    for source in sorted(gone):
        old = previous_catalog.get(source)
        if old is None or old.story is None:
            return NOTHING
        changed_groups.update(listed_in(old.story, languages, mentions=True))
    changed_groups = frozenset(map(_address, changed_groups))
    if delta is not None:
        return Unchanged(signs, changed_groups, _UnchangedStories(moved, previous_related, related))
    unchanged_stories = {
        story.slug for story in stories if _shows_the_same(story.slug, moved, previous_related, related)
    }
    return Unchanged(signs, changed_groups, frozenset(unchanged_stories))


def _shows_the_same(slug: str, moved: set, previous_related: dict, related: dict) -> bool:
    """Whether the page of the story ``slug`` (on the site) shows what it
    showed: neither it nor its earlier coverage moved."""
    return (
        slug not in moved
        and previous_related.get(slug) == related.get(slug)
        and moved.isdisjoint(related.get(slug, ()))
    )


class _UnchangedStories(Container):
    """The slugs of the stories on the site whose page is unchanged, each
    worked out when asked for (a resident build process asks only for the
    pages it plans again)."""

    def __init__(self, moved: set, previous_related: dict, related: dict):
        self._moved, self._previous_related, self._related = moved, previous_related, related

    def __contains__(self, slug) -> bool:
        return _shows_the_same(slug, self._moved, self._previous_related, self._related)
