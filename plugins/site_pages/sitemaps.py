"""sitemap.xml (with hreflang) and a Google News sitemap, from the built
pages themselves: what is in the output folder is what is listed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_HEAD = 4096
_LANG = re.compile(rb'<html lang="([a-z]{2,3})"')
_META = re.compile(rb'<meta property="(article:published_time|article:modified_time)" content="([^"]+)"')
_TITLE = re.compile(rb'<meta property="og:title" content="([^"]*)"')
_NOINDEX = re.compile(rb'<meta name="robots" content="noindex')


def _pages(output: Path):
    """(relative URL, head bytes) of every HTML page worth listing."""
    for path in sorted(output.rglob("*.html")):
        relative = path.relative_to(output).as_posix()
        if relative.startswith(("pagefind/", "theme/")):
            continue
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
        if _NOINDEX.search(head):
            continue
        url = relative[: -len("index.html")] if relative.endswith("index.html") else relative
        yield url, head


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def sitemap(output: Path, siteurl: str) -> bytes:
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for url, head in _pages(output):
        entry = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = f"{siteurl}/{url}"
        dates = dict(_META.findall(head))
        lastmod = dates.get(b"article:modified_time") or dates.get(b"article:published_time")
        if lastmod:
            ET.SubElement(entry, f"{{{SITEMAP_NS}}}lastmod").text = lastmod.decode()
        lang = _LANG.search(head)
        if lang:
            ET.SubElement(
                entry,
                f"{{{XHTML_NS}}}link",
                rel="alternate",
                hreflang=lang[1].decode(),
                href=f"{siteurl}/{url}",
            )
    return _xml(root)


def _parse(value: str) -> dt.datetime:
    parts = [int(p) for p in re.findall(r"\d+", value)[:5]]
    while len(parts) < 3:
        parts.append(1)
    return dt.datetime(*parts)


def news_sitemap(output: Path, siteurl: str, sitename: str, days: int) -> bytes:
    """Stories published within ``days`` of the newest story: the build
    never reads the clock, so "recent" is relative to the newest story."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("news", NEWS_NS)
    stories = []
    for url, head in _pages(output):
        if not url.startswith("stories/"):
            continue
        dates = dict(_META.findall(head))
        published = dates.get(b"article:published_time")
        title = _TITLE.search(head)
        lang = _LANG.search(head)
        if published and title and lang:
            stories.append((_parse(published.decode()), url, published.decode(), title[1], lang[1].decode()))
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    if stories:
        newest = max(story[0] for story in stories)
        for when, url, published, title, lang in sorted(stories, key=lambda s: (s[0], s[1]), reverse=True):
            if newest - when > dt.timedelta(days=days):
                continue
            entry = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
            ET.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = f"{siteurl}/{url}"
            news = ET.SubElement(entry, f"{{{NEWS_NS}}}news")
            publication = ET.SubElement(news, f"{{{NEWS_NS}}}publication")
            ET.SubElement(publication, f"{{{NEWS_NS}}}name").text = sitename
            ET.SubElement(publication, f"{{{NEWS_NS}}}language").text = lang
            ET.SubElement(news, f"{{{NEWS_NS}}}publication_date").text = published
            ET.SubElement(news, f"{{{NEWS_NS}}}title").text = _unescape(title.decode("utf-8"))
    return _xml(root)


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)
