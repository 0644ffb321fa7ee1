"""The Pelican metadata of a story, from its parsed versions."""

from __future__ import annotations

from . import versions
from .agencies import HOME_COUNTRIES, MARK_TOWNS_ABROAD
from .escaping import escape_markdown, escape_metadata
from .places import resolve
from .slugs import story_slug
from .stories import Story
from .tagging.vocabulary import topic_label
from .teasers import teaser

_KIND_LABEL = {
    versions.ORIGINAL: "original",
    versions.UPDATE: "update",
    versions.CORRECTION: "correction",
    versions.REFILE: "refile",
    versions.WITHDRAWAL: "withdrawal",
}


def _list(values: list[str]) -> str:
    """A list Pelican splits back into the same items: semicolons, with a
    trailing one when a single item holds a comma."""
    items = [escape_metadata(v).replace(";", ",") for v in values if v.strip()]
    text = "; ".join(items)
    if len(items) == 1 and "," in text:
        text += ";"
    return text


def story_metadata(story: Story, slug: str | None = None) -> dict[str, str | list[str]]:
    """Ordered metadata for the story's Markdown file. Values are plain text
    on one line, except ``summary`` (Markdown, escaped) and ``history`` (one
    line per version)."""
    newest = story.newest.dispatch
    first = story.first.dispatch
    meta: dict[str, str | list[str]] = {}
    meta["title"] = escape_metadata(newest.headline)
    if newest.headline_derived:
        meta["headline_source"] = "derived from the lede"
    date = story.date
    if date is not None:
        meta["date"] = date.iso()
        meta["date_precision"] = date.precision
        if date.zoned:  # the agency's zone, for pages; Date stays UTC
            meta["date_zone"] = date.zone_field()
    modified = story.modified
    if modified is not None:
        meta["modified"] = modified.iso()
        meta["modified_precision"] = modified.precision
        if modified.zoned:
            meta["modified_zone"] = modified.zone_field()
    if newest.lang:
        meta["lang"] = newest.lang
    dateline = newest.dateline or first.dateline
    country = None
    if dateline is not None:
        place = resolve(
            dateline.city, dateline.region, HOME_COUNTRIES.get(dateline.agency), dateline.agency in MARK_TOWNS_ABROAD
        )
        country = place.country
        meta["dateline"] = escape_metadata(dateline.written)
        if place.city:
            meta["city"] = escape_metadata(place.city)
        if place.region:
            meta["region"] = escape_metadata(place.region)
        if country:
            meta["country"] = country
        meta["agency"] = dateline.agency
    authors, editors, translators = [], [], []
    for version in story.published_versions or story.versions:
        for bucket, names in (
            (authors, version.dispatch.authors),
            (editors, version.dispatch.editors),
            (translators, version.dispatch.translators),
        ):
            bucket.extend(name for name in names if name not in bucket)
    if authors:
        meta["authors"] = _list(authors)
    if editors:
        meta["editors"] = _list(editors)
    if translators:
        meta["translators"] = _list(translators)
    tagging = story.newest.tagging or {}
    for key in ("people", "places", "cities", "organizations"):
        if tagging.get(key):
            meta[key] = _list(tagging[key])
    if tagging.get("category"):
        meta["category"] = topic_label(tagging["category"])
        meta["topics"] = _list([tagging["category"], *tagging.get("topics", [])])
    tags = tagging.get("tags") or []
    if "lead" in tagging:
        # a story links the topics and the names of its headline and lede;
        # the others are mentions, linked once the site finds them notable
        topics = {topic_label(qcode) for qcode in tagging.get("topics", [])}
        tags = [tag for tag in tags if tag in topics or tag in tagging["lead"]]
        tags += [name for name in tagging["lead"] if name not in tags]
    if tags:
        meta["tags"] = _list(tags)
    mentions = [name for name in tagging.get("mentions", []) if name not in tags]
    if mentions:
        meta["mentions"] = _list(mentions)
    meta["summary"] = escape_markdown(teaser(newest.paragraphs[0], newest.lang))
    meta["slug"] = slug or story_slug(first.headline, story.wire_id)
    meta["wire_id"] = story.wire_id
    if len(story.versions) > 1 or newest.version.kind != versions.ORIGINAL:
        meta["version"] = str(len(story.published_versions) or 1)
        meta["family"] = escape_metadata(story.family)
        meta["history"] = [
            " | ".join(
                (
                    v.date.iso() if v.date else "undated",
                    _KIND_LABEL[v.dispatch.version.kind]
                    + (f" {v.dispatch.version.number}" if v.dispatch.version.number else ""),
                    v.source,
                    escape_metadata(v.dispatch.headline),
                )
            )
            for v in story.versions
        ]
    if newest.advisory:
        meta["advisory"] = escape_metadata(newest.advisory)
    if story.withdrawn:
        # listed nowhere; the site puts a notice, never the story, at its address
        meta["withdrawn"] = "yes"
        meta["status"] = "hidden"
    meta["sources"] = _list([v.source for v in story.versions])
    return meta
