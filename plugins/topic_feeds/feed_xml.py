"""Write one feed as Atom 1.0 or RSS 2.0 with feedgen, or as JSON Feed 1.1.

A story is in a dozen feeds (the site's, its section's and language's, each
of its tags'), so its entry is made once, by feedgen, and its XML (or JSON)
put in every feed it is in. The feed around the entries is made by feedgen
too, once a process in each format, with marks where each feed's own values
go (its name, links, language and date): each feed is that frame with its
values escaped as feedgen's XML escapes them, and its entries before it
closes.

Nothing here reads the clock: a feed's dates are its stories' dates, so the
same stories give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from feedgen.util import formatRFC2822
from lxml import etree

#: The namespace of RSS 2.0 items' ``content:encoded``.
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"

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
    #: (story, format) -> (the story, its entries as XML, or as JSON), and (feed, "newest")
    #: -> (the feed, its date): the object is held so that its id is not reused while it is
    #: a key
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
    about = xml_text(_about(spec, context))
    values = {
        "id": context.tag_uri(f"feed/{spec.kind}/{spec.slug}"),
        "title": xml_text(title),
        "subtitle": about,
        "lang": spec.lang,
        "self": self_url,
        "page": context.absolute(spec.page_url),
    }
    newest = _made_once(spec, context, "newest", _newest)
    values["updated"] = newest.isoformat() if fmt == "atom" else formatRFC2822(newest)
    empty = frozenset(name for name, value in values.items() if not value)
    body = _frame(context.sitename, fmt, empty).fill(values)
    # the entries go on lines of their own, before the line that closes the
    # feed (Atom) or its channel (RSS)
    closing = body.rindex(b"</feed>" if fmt == "atom" else b"</channel>")
    at = body.rindex(b"\n", 0, closing) + 1
    entries = b"".join(_made_once(article, context, fmt, _entry_xml) for article in spec.articles)
    body = body[:at] + entries + body[at:]
    if context.xsl_url:
        declaration, _, rest = body.partition(b"?>")
        body = declaration + b"?>\n" + f'<?xml-stylesheet type="text/xsl" href="{context.xsl_url}"?>'.encode() + rest
    return body


#: The date a feed's frame is made with, where its newest story's goes.
_FRAME_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class _Frame:
    """A feed without entries as feedgen writes it, cut where the values of
    one feed go: ``parts`` alternate text and ``(value's name, whether it is
    an attribute's)``."""

    parts: tuple

    def fill(self, values: dict[str, str]) -> bytes:
        """The feed with ``values``, escaped as feedgen's XML escapes them."""
        return "".join(
            part if isinstance(part, str) else _escaped(values[part[0]], part[1]) for part in self.parts
        ).encode("utf-8")


@functools.lru_cache(maxsize=64)
def _frame(sitename: str, fmt: str, empty: frozenset) -> _Frame:
    """The frame of every ``fmt`` feed of a site whose ``empty`` values are
    empty, made once by feedgen (a desk has thousands of feeds, each the
    same but for its name, links, language and date)."""
    marks = {name: "" if name in empty else f"wiredeskframe{name}wiredeskframe" for name in _FRAME_VALUES}
    fg = FeedGenerator()
    fg.id(marks["id"])
    fg.title(marks["title"])
    fg.subtitle(marks["subtitle"])
    fg.description(marks["subtitle"])
    fg.author({"name": xml_text(sitename)})
    fg.language(marks["lang"])
    fg.generator(sitename)
    # feedgen takes the RSS channel link from the last link added
    fg.link(href=marks["self"], rel="self", type="application/atom+xml" if fmt == "atom" else "application/rss+xml")
    fg.link(href=marks["page"], rel="alternate", type="text/html")
    fg.updated(_FRAME_DATE)  # sets atom:updated and rss:lastBuildDate
    text = (fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)).decode("utf-8")
    date = _FRAME_DATE.isoformat() if fmt == "atom" else formatRFC2822(_FRAME_DATE)
    text = text.replace(date, marks["updated"])
    pieces = re.split(r"wiredeskframe(\w+?)wiredeskframe", text)
    parts = []
    for at, piece in enumerate(pieces):
        if at % 2:
            parts.append((piece, parts[-1].endswith('="')))
        else:
            parts.append(piece)
    return _Frame(tuple(parts))


#: What differs from one feed's frame to another's.
_FRAME_VALUES = ("id", "title", "subtitle", "lang", "self", "page", "updated")


#: What lxml writes otherwise than as it is, in text or in an attribute.
_ESCAPED_IN_XML = re.compile(r'[&<>"\t\n\r]')


def _escaped(value: str, attribute: bool) -> str:
    """``value`` as lxml writes it in an attribute (or in text)."""
    if not _ESCAPED_IN_XML.search(value):
        return value
    if attribute:
        element = etree.Element("x", v=value)
        return etree.tostring(element, encoding="unicode")[len('<x v="') : -len('"/>')]
    element = etree.Element("x")
    element.text = value
    return etree.tostring(element, encoding="unicode")[len("<x>") : -len("</x>")]


def _made_once(article, context: FeedContext, fmt: str, make):
    """``make(article, context, fmt)``, once per story and format in a build
    (see :class:`FeedContext`); or once per feed, given its spec."""
    key = (id(article), fmt)
    found = context.entries.get(key)
    if found is None:
        found = context.entries[key] = (article, make(article, context, fmt))
    return found[1]


def _newest(spec, context: FeedContext, fmt: str) -> dt.datetime:
    """When the feed's newest story was last updated: its Atom and RSS date."""
    return max((updated(a) for a in spec.articles), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))


def _entry_xml(article, context: FeedContext, fmt: str) -> bytes:
    """The story's ``<entry>`` (Atom) or ``<item>`` (RSS), as feedgen makes
    it: UTF-8, a line of its own."""
    return _made_once(article, context, "xml", _entries_xml)[fmt]


def _entries_xml(article, context: FeedContext, fmt: str) -> dict[str, bytes]:
    """The story's Atom ``<entry>`` and RSS ``<item>``, from one feedgen entry."""
    entry = _entry(article, context)
    atom = entry.atom_entry()  # in no namespace, as in feedgen's feed: the feed's is its own
    rss = entry.rss_entry()
    # its content:encoded written with that prefix, as feed readers look for it
    etree.Element("rss", nsmap={"content": CONTENT_NS}).append(rss)
    return {
        name: etree.tostring(element, pretty_print=True, encoding="UTF-8", xml_declaration=False)
        for name, element in (("atom", atom), ("rss", rss))
    }


def _entry(article, context: FeedContext) -> FeedEntry:
    """The story's entry, for Atom and RSS alike: the summary is Atom's
    ``summary`` and RSS's ``description``, the text Atom's ``content`` and
    RSS's ``content:encoded``."""
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
    entry.summary(summary, type="html")
    entry.content(content, type="html")
    # each in one call: feedgen remakes its RSS list of them on every call
    authors = [{"name": xml_text(author.name)} for author in getattr(article, "authors", []) or []]
    if authors:
        entry.author(authors)
    tags = getattr(article, "tags", []) or []
    if tags:
        scheme = context.absolute("tags.html")
        entry.category([{"term": xml_text(tag.slug), "label": xml_text(tag.name), "scheme": scheme} for tag in tags])
    return entry


def _rfc3339(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", "", html)).strip()


def render_json_feed(spec, context: FeedContext, title: str, self_url: str) -> bytes:
    """The feed ``spec`` as JSON Feed 1.1."""
    about = _about(spec, context)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": xml_text(title),
        "home_page_url": context.absolute(spec.page_url),
        "feed_url": self_url,
        "description": xml_text(about),
        "language": spec.lang,
        "authors": [{"name": xml_text(context.sitename)}],
        "items": [],
    }
    # compact: Python's JSON encoder is written in C only for that; the
    # items, last, go in before the list closes
    head = json.dumps(feed, ensure_ascii=False, separators=(",", ":"))
    items = ",".join(_made_once(article, context, "json", _json_item) for article in spec.articles)
    return (head[: -len("]}")] + items + "]}\n").encode("utf-8")


def _json_item(article, context: FeedContext, fmt: str) -> str:
    """The story's item of a JSON feed, as JSON."""
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
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))
