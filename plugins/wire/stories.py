"""Group the versions of a story into one family and pick what to publish.

All versions of a story (the first take, ``UPDATE 1-``, ``CORRECTED-``,
``REFILE-``, a withdrawal) form one family with one stable ``wire_id``. The
newest usable version is published; the first version's date stays the
story's date; a later version moves ``modified``; a withdrawal takes the
family down.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from . import versions
from .dates import WireDate, fold
from .dispatch import Dispatch

_KIND_RANK = {
    versions.ORIGINAL: 0,
    versions.REFILE: 1,
    versions.UPDATE: 0,
    versions.CORRECTION: 2,
    versions.WITHDRAWAL: 9,
}


@dataclass
class Version:
    """One dispatch of a story, with its resolved date."""

    source: str
    sha256: str
    dispatch: Dispatch
    date: WireDate | None
    tagging: dict | None = None


@dataclass
class Story:
    family: str
    wire_id: str
    versions: list[Version] = field(default_factory=list)

    @property
    def published_versions(self) -> list[Version]:
        return [v for v in self.versions if not v.dispatch.withdrawn]

    @property
    def withdrawn(self) -> bool:
        return any(v.dispatch.withdrawn for v in self.versions)

    @property
    def first(self) -> Version:
        return (self.published_versions or self.versions)[0]

    @property
    def newest(self) -> Version:
        return (self.published_versions or self.versions)[-1]

    @property
    def date(self) -> WireDate | None:
        dates = [v.date for v in self.published_versions if v.date is not None]
        return min(dates, key=WireDate.sort_key) if dates else None

    @property
    def modified(self) -> WireDate | None:
        """When the newest version ran, if it is later than the first."""
        if len(self.published_versions) < 2:
            return None
        newest, first = self.newest.date, self.date
        if newest is None or first is None or newest.sort_key() <= first.sort_key():
            return None
        return newest


def _base_headline(headline: str) -> str:
    return re.sub(r"\W+", " ", fold(headline)).strip()


def family_key(dispatch: Dispatch, sha256: str) -> str:
    """The key that all versions of one story share: the agency's story id
    when the copy has one, else the agency and the headline without version
    prefixes; a story with neither is a family of its own."""
    agency = fold(dispatch.agency or "")
    if dispatch.story_id:
        return f"id:{agency}:{fold(dispatch.story_id)}"
    if dispatch.withdrawn and dispatch.withdrawn_headline:
        return f"headline:{agency}:{_base_headline(dispatch.withdrawn_headline)}"
    if not dispatch.headline_derived:
        return f"headline:{agency}:{_base_headline(dispatch.headline)}"
    return f"sha256:{sha256}"


def wire_id(family: str) -> str:
    """A stable id for a family: 16 hex digits of its key's SHA-256."""
    return hashlib.sha256(family.encode("utf-8")).hexdigest()[:16]


def _compare(a: Version, b: Version) -> int:
    """Order versions of one story: by time when both have one to the minute,
    else by version number and kind, then date, then source name."""
    if a.date and b.date and a.date.precision == b.date.precision == "minute" and a.date != b.date:
        return -1 if a.date.sort_key() < b.date.sort_key() else 1
    ka = (a.dispatch.version.number, _KIND_RANK[a.dispatch.version.kind], a.date.sort_key() if a.date else (), a.source)
    kb = (b.dispatch.version.number, _KIND_RANK[b.dispatch.version.kind], b.date.sort_key() if b.date else (), b.source)
    return (ka > kb) - (ka < kb)


def group_versions(items: list[Version]) -> list[Story]:
    """Group versions into stories, each with its versions in order; stories
    in order of their family key."""
    stories: dict[str, Story] = {}
    for item in items:
        key = family_key(item.dispatch, item.sha256)
        story = stories.get(key)
        if story is None:
            story = stories[key] = Story(family=key, wire_id=wire_id(key))
        story.versions.append(item)
    for story in stories.values():
        story.versions.sort(key=functools.cmp_to_key(_compare))
    return [stories[key] for key in sorted(stories)]
