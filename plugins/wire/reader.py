"""Pelican's Markdown reader, taught the wire metadata.

Pelican parses ``date: 2022-01`` with today's day filled in; a dispatch
dated only to the month must keep no day. This reader reads partial ISO
dates as the start of their period (for sorting) and turns the list-valued
wire keys (``editors``, ``translators``, ``sources``, ``history``) into
lists.
"""

from __future__ import annotations

from pelican.readers import MarkdownReader, ensure_metadata_list
from pelican.utils import SafeDatetime

from .dates import parse_iso, to_datetime

LIST_KEYS = ("editors", "translators", "sources", "mentions")


def parse_history(value: str | list[str]) -> list[dict[str, str]]:
    """``2022-01-09 | update 2 | source.txt | Headline`` lines -> dicts."""
    lines = [value] if isinstance(value, str) else value
    history = []
    for line in lines:
        parts = [part.strip() for part in line.split(" | ", 3)]
        if len(parts) == 4:
            history.append(dict(zip(("date", "kind", "source", "headline"), parts, strict=True)))
    return history


class WireMarkdownReader(MarkdownReader):
    """Markdown reader that keeps wire dates at their precision."""

    def process_metadata(self, name, value):
        if name in ("date", "modified") and isinstance(value, str):
            partial = parse_iso(value.strip())
            if partial is not None:
                return SafeDatetime(*to_datetime(partial).timetuple()[:6])
        if name in LIST_KEYS:
            return ensure_metadata_list(value)
        if name == "history":
            return parse_history(value)
        if isinstance(value, list) and name not in ("tags", "authors"):
            value = " ".join(value)
        return super().process_metadata(name, value)


def use_wire_reader(readers) -> None:
    """``readers_init`` handler: read ``.md`` files with the wire reader."""
    for ext, cls in list(readers.reader_classes.items()):
        if cls is MarkdownReader:
            readers.reader_classes[ext] = WireMarkdownReader
