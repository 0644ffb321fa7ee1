"""The OPML list of every feed, grouped, for feed readers to import."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .feed_list import FeedGroup

GROUP_TITLES = {
    "site": "Whole site",
    "categories": "Sections",
    "languages": "Languages",
    "topics": "Topics",
    "people": "People",
    "places": "Places",
    "organizations": "Organisations",
}


def render_opml(title: str, groups: list[FeedGroup], date_created: str) -> bytes:
    """``groups`` (from :func:`feed_list.feed_groups`): rows are dicts with
    title, xml_url, html_url, listed in the order given."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = date_created
    body = ET.SubElement(opml, "body")
    for group in groups:
        group_title = GROUP_TITLES[group.group]
        outline = ET.SubElement(body, "outline", text=group_title, title=group_title)
        for row in group.rows:
            ET.SubElement(
                outline,
                "outline",
                type="rss",
                text=row["title"],
                title=row["title"],
                xmlUrl=row["xml_url"],
                htmlUrl=row["html_url"],
            )
    ET.indent(opml)
    return ET.tostring(opml, encoding="utf-8", xml_declaration=True) + b"\n"
