"""sitemap.xml (with hreflang) and a Google News sitemap, from the pages the
build writes."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import operator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from wire.display import iso_at_precision

from .catalog import STORY_ORDER_FIELDS

#: A story page's place among the story files: its story's order.
_STORY_ORDER = operator.attrgetter(*(f"story.{name}" for name in STORY_ORDER_FIELDS))

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass
class SitemapEntry:
    """A page worth listing: its URL, its language and, for a story page,
    the story (for the date it last changed)."""

    url: str
    lang: str
    story: object = None

    @property
    def lastmod(self) -> str | None:
        story = self.story
        if story is None:
            return None
        if story.modified:
            return iso_at_precision(story.modified, story.modified_precision)
        return iso_at_precision(story.date, story.date_precision)


#: The most URLs one sitemap file may list (sitemaps.org).
MAX_URLS = 50_000
#: A site of at most this many pages has one sitemap file.
SINGLE_MAX = 5_000
#: Past that, story pages go into files of this many, numbered from the
#: oldest story (a new story changes the newest file only), and the other
#: pages into this many files by a hash of their URL (a new tag page
#: changes one of them).
STORIES_PER_FILE = 5_000
PAGE_FILES = 16


def sitemap_parts(entries: list[SitemapEntry], name: str) -> dict[str, list[SitemapEntry]]:
    """The sitemap files of the site and the pages each lists: ``name``
    alone for a small site; else ``name`` is the index (see
    :func:`sitemap_index`) of ``name-stories-N.xml`` and ``name-pages-N.xml``
    files, which stay put as news arrives (at most :data:`MAX_URLS` URLs a
    file up to 800,000 pages besides the stories)."""
    if len(entries) <= SINGLE_MAX:
        return {name: sorted(entries, key=lambda entry: entry.url)}
    stem = name.removesuffix(".xml")
    stories = sorted((entry for entry in entries if entry.story is not None), key=_STORY_ORDER)
    parts = {}
    for number, start in enumerate(range(0, len(stories), STORIES_PER_FILE), 1):
        parts[f"{stem}-stories-{number}.xml"] = stories[start : start + STORIES_PER_FILE]
    buckets: dict[int, list] = {}
    for entry in entries:
        if entry.story is None:
            buckets.setdefault(_page_file(entry.url), []).append(entry)
    for bucket in sorted(buckets):
        parts[f"{stem}-pages-{bucket + 1}.xml"] = sorted(buckets[bucket], key=lambda entry: entry.url)
    return parts


@functools.lru_cache(maxsize=1 << 20)
def _page_file(url: str) -> int:
    """The number of the pages file listing ``url``, from a hash of it (kept
    by a resident build process: its pages are hashed once)."""
    return int.from_bytes(hashlib.sha1(url.encode("utf-8")).digest()[:4], "big") % PAGE_FILES


def sitemap_index(files: list[str], siteurl: str) -> bytes:
    """A sitemap index of ``files`` (names relative to the site)."""
    lines = ["<?xml version='1.0' encoding='utf-8'?>", f'<sitemapindex xmlns="{SITEMAP_NS}">']
    for part in files:
        lines.append(f"  <sitemap>\n    <loc>{escape(f'{siteurl}/{part}')}</loc>\n  </sitemap>")
    lines.append("</sitemapindex>\n")
    return "\n".join(lines).encode("utf-8")


#: What else a value in double quotes escapes (``quoteattr``'s entities).
_IN_ATTRIBUTE = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def sitemap(entries: list[SitemapEntry], siteurl: str) -> bytes:
    """The sitemap of ``entries``: written as text (a site has tens of
    thousands of pages), every value escaped."""
    lines = [
        "<?xml version='1.0' encoding='utf-8'?>",
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for page in entries:
        # escaped once for the element and the attribute both
        loc = escape(f"{siteurl}/{page.url}", _IN_ATTRIBUTE)
        lines.append(f"  <url>\n    <loc>{loc}</loc>")
        if page.lastmod:
            lines.append(f"    <lastmod>{escape(page.lastmod)}</lastmod>")
        if page.lang:
            lang = escape(page.lang, _IN_ATTRIBUTE)
            lines.append(f'    <xhtml:link rel="alternate" hreflang="{lang}" href="{loc}" />')
        lines.append("  </url>")
    lines.append("</urlset>\n")
    return "\n".join(lines).encode("utf-8")


#: The most stories a news sitemap may list (Google News).
MAX_NEWS_URLS = 1_000


def news_sitemap(stories: list, siteurl: str, sitename: str, days: int) -> bytes:
    """Stories published within ``days`` of the newest story, newest first,
    at most :data:`MAX_NEWS_URLS` of them: the build never reads the clock,
    so "recent" is relative to the newest story. Written as text, every value
    escaped, as :func:`sitemap` is: it changes with every new story."""
    if not stories:
        return f"<?xml version='1.0' encoding='utf-8'?>\n<urlset xmlns=\"{SITEMAP_NS}\" />\n".encode()
    since = max(story.date for story in stories) - dt.timedelta(days=days)
    recent = [story for story in stories if story.date >= since]
    newest_first = sorted(recent, key=lambda story: (story.date, story.url), reverse=True)
    name = escape(sitename)
    lines = ["<?xml version='1.0' encoding='utf-8'?>", f'<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">']
    for story in newest_first[:MAX_NEWS_URLS]:
        published = iso_at_precision(story.date, story.date_precision)
        lines.append(
            f"  <url>\n    <loc>{escape(f'{siteurl}/{story.url}')}</loc>\n    <news:news>\n"
            f"      <news:publication>\n        <news:name>{name}</news:name>\n"
            f"        <news:language>{escape(story.lang)}</news:language>\n      </news:publication>\n"
            f"      <news:publication_date>{escape(published)}</news:publication_date>\n"
            f"      <news:title>{escape(story.title)}</news:title>\n    </news:news>\n  </url>"
        )
    lines.append("</urlset>\n")
    return "\n".join(lines).encode("utf-8")
