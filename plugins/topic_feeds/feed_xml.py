"""Write one feed as Atom 1.0 or RSS 2.0 with feedgen.

Nothing here reads the clock: a feed's dates are its stories' dates, so the
same stories give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def xml_text(value) -> str:
    """Text that XML 1.0 can carry: control characters removed."""
    return _XML_INVALID.sub("", str(value))


@functools.lru_cache(maxsize=1024)
def _xml_body(html: str) -> str:
    """:func:`xml_text` of a story's HTML, which every feed the story is in
    (a dozen, in three formats) carries: cleaned once."""
    return xml_text(html)


@dataclass(frozen=True)
class FeedContext:
    """What every feed of a build shares; and each story's entry in each
    format, made once (a story is in several feeds: the site's, its section's
    and language's, each of its tags')."""

    siteurl: str  # absolute, no trailing slash
    sitename: str
    id_date: str
    xsl_url: str | None
    #: (story, format) -> (the story, its entry): the story is held so that
    #: its id is not reused while it is a key
    entries: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def authority(self) -> str:
        return urlsplit(self.siteurl).netloc.split("@")[-1].split(":")[0] or "localhost"

    def tag_uri(self, specific: str) -> str:
        """An RFC 4151 tag: URI, stable as long as the domain and date are."""
        safe = re.sub(r"[^A-Za-z0-9._~!$&'()*+,;=:@/?-]", "-", specific)
        return f"tag:{self.authority},{self.id_date}:{safe}"

    def absolute(self, url: str) -> str:
        return f"{self.siteurl}/{url.lstrip('/')}" if url else f"{self.siteurl}/"


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def entry_id(context: FeedContext, article) -> str:
    """From the story's wire id: stable across rebuilds, slug changes and
    corrections."""
    wire_id = getattr(article, "wire_id", None)
    return context.tag_uri(f"story/{wire_id}" if wire_id else f"page/{article.slug}")


def published(article) -> dt.datetime:
    return _utc(article.date)


def updated(article) -> dt.datetime:
    """When the story was last updated or corrected; its first run if never."""
    modified = getattr(article, "modified", None)
    return _utc(modified) if modified and modified > article.date else published(article)


def _about(spec, context: FeedContext) -> str:
    if spec.kind == "site":
        return f"The latest stories on {context.sitename}"
    return f"{spec.name}: the latest stories on {context.sitename}"


def render_feed(spec, context: FeedContext, fmt: str, title: str, self_url: str) -> bytes:
    """The feed ``spec`` in ``fmt`` (``atom`` or ``rss``)."""
    fg = FeedGenerator()
    fg.id(context.tag_uri(f"feed/{spec.kind}/{spec.slug}"))
    fg.title(xml_text(title))
    about = _about(spec, context)
    fg.subtitle(xml_text(about))
    fg.description(xml_text(about))
    fg.author({"name": xml_text(context.sitename)})
    fg.language(spec.lang)
    fg.generator(context.sitename)
    # feedgen takes the RSS channel link from the last link added
    fg.link(href=self_url, rel="self", type="application/atom+xml" if fmt == "atom" else "application/rss+xml")
    fg.link(href=context.absolute(spec.page_url), rel="alternate", type="text/html")
    newest = max((updated(a) for a in spec.articles), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    fg.updated(newest)  # sets atom:updated and rss:lastBuildDate
    for article in spec.articles:
        fg.add_entry(_entry(article, context, fmt), order="append")
    body = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
    if context.xsl_url:
        declaration, _, rest = body.partition(b"?>")
        body = declaration + b"?>\n" + f'<?xml-stylesheet type="text/xsl" href="{context.xsl_url}"?>'.encode() + rest
    return body


def _entry(article, context: FeedContext, fmt: str) -> FeedEntry:
    """The story's entry in ``fmt`` (``atom`` or ``rss``), made once per
    build (see :class:`FeedContext`)."""
    key = (id(article), fmt)
    found = context.entries.get(key)
    if found is not None:
        return found[1]
    entry = FeedEntry()
    story_id = entry_id(context, article)
    entry.id(story_id)
    entry.guid(story_id, permalink=False)
    entry.title(xml_text(article.title))
    entry.link(href=context.absolute(article.url), rel="alternate", type="text/html")
    entry.published(published(article))
    entry.updated(updated(article))
    summary = xml_text(article.summary)
    content = _xml_body(article.get_content(context.siteurl))
    if fmt == "atom":
        entry.summary(summary, type="html")
        entry.content(content, type="html")
    else:
        entry.description(summary)
        entry.content(content)
    # each in one call: feedgen remakes its RSS list of them on every call
    authors = [{"name": xml_text(author.name)} for author in getattr(article, "authors", []) or []]
    if authors:
        entry.author(authors)
    tags = getattr(article, "tags", []) or []
    if tags:
        scheme = context.absolute("tags.html")
        entry.category([{"term": xml_text(tag.slug), "label": xml_text(tag.name), "scheme": scheme} for tag in tags])
    context.entries[key] = (article, entry)
    return entry


def _rfc3339(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", "", html)).strip()


def render_json_feed(spec, context: FeedContext, title: str, self_url: str) -> bytes:
    """The feed ``spec`` as JSON Feed 1.1."""
    import html
    import json

    about = _about(spec, context)
    items = []
    for article in spec.articles:
        item = {
            "id": entry_id(context, article),
            "url": context.absolute(article.url),
            "title": xml_text(article.title),
            "content_html": _xml_body(article.get_content(context.siteurl)),
            "summary": html.unescape(_plain(xml_text(article.summary))),
            "date_published": _rfc3339(published(article)),
            "date_modified": _rfc3339(updated(article)),
            "language": article.lang,
        }
        authors = [{"name": xml_text(a.name)} for a in getattr(article, "authors", []) or []]
        if authors:
            item["authors"] = authors
        tags = [xml_text(tag.name) for tag in getattr(article, "tags", []) or []]
        if tags:
            item["tags"] = tags
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": xml_text(title),
        "home_page_url": context.absolute(spec.page_url),
        "feed_url": self_url,
        "description": xml_text(about),
        "language": spec.lang,
        "authors": [{"name": xml_text(context.sitename)}],
        "items": items,
    }
    # compact: Python's JSON encoder is written in C only for that
    return (json.dumps(feed, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
