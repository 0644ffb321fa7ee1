"""The OPML list of every feed, grouped, for feed readers to import."""

from __future__ import annotations

import xml.etree.ElementTree as ET

GROUP_TITLES = {
    "site": "Whole site",
    "topics": "Topics",
    "people": "People",
    "places": "Places",
    "organizations": "Organisations",
    "categories": "Sections",
    "languages": "Languages",
}


def render_opml(title: str, rows: list[dict], date_created: str) -> bytes:
    """``rows``: dicts with group, title, xml_url, html_url. Groups appear in
    GROUP_TITLES' order, feeds in the order given."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = date_created
    body = ET.SubElement(opml, "body")
    for group, group_title in GROUP_TITLES.items():
        members = [row for row in rows if row["group"] == group]
        if not members:
            continue
        outline = ET.SubElement(body, "outline", text=group_title, title=group_title)
        for row in members:
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
