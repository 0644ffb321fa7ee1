"""Group the versions of a story into one family and pick what to publish.

All versions of a story (the first take, ``UPDATE 1-``, ``CORRECTED-``,
``REFILE-``, a withdrawal) form one family with one stable ``wire_id``; which
dispatches are one story is decided on evidence (:mod:`.identity`). The
newest usable version is published; the first version's date stays the
story's date; a later version moves ``modified``; a withdrawal takes the
family down.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field

from . import versions
from .dates import WireDate, fold
from .dispatch import Dispatch
from .identity import Evidence, components

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
    evidence: Evidence | None = None  # worked out when not given


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
    def withdrawn_on(self) -> WireDate | None:
        """When the story was withdrawn, if the notice is dated."""
        dates = [v.date for v in self.versions if v.dispatch.withdrawn and v.date is not None]
        return min(dates, key=WireDate.sort_key) if dates else None

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


def family_key(versions_of_story: list[Version]) -> str:
    """The key a story keeps as it grows: the agency's story id when a
    version carries one; else the file name of its first original version
    (by date, then name), so neither an update or correction joining the
    story nor a dispatch corrected in place changes it."""
    ids = sorted(
        f"id:{fold(v.dispatch.agency or '')}:{fold(v.dispatch.story_id)}"
        for v in versions_of_story
        if v.dispatch.story_id
    )
    if ids:
        return ids[0]

    def first(v: Version) -> tuple:
        return (
            v.dispatch.withdrawn,
            v.dispatch.version.kind != versions.ORIGINAL,
            v.date is None,
            v.date.sort_key() if v.date else (),
            v.source,
        )

    return f"file:{min(versions_of_story, key=first).source}"


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


def evidence_of(version: Version) -> Evidence:
    """What tells the version's story (see :mod:`.identity`)."""
    if version.evidence is None:
        version.evidence = Evidence.of(version.source, version.dispatch, version.date)
    return version.evidence


def group_versions(items: list[Version]) -> list[Story]:
    """Group versions into stories by the evidence rules of
    :mod:`.identity`, each story with its versions in order; stories in
    order of their family key."""
    items = sorted(items, key=lambda item: (item.source, item.sha256))
    stories = []
    for members in components([evidence_of(item) for item in items]):
        found = [items[index] for index in members]
        key = family_key(found)
        found.sort(key=functools.cmp_to_key(_compare))
        stories.append(Story(family=key, wire_id=wire_id(key), versions=found))
    return sorted(stories, key=lambda story: story.family)
