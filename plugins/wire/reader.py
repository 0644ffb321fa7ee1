"""Pelican's Markdown reader, taught the wire metadata, with one Markdown
converter for all the files it reads.

Pelican parses ``date: 2022-01`` with today's day filled in; a dispatch
dated only to the month must keep no day. This reader reads partial ISO
dates as the start of their period (for sorting) and turns the list-valued
wire keys (``editors``, ``translators``, ``sources``, ``history``) into
lists.

Pelican's reader makes a new converter for every file, which loads and
registers its extensions again: at ten thousand stories that is a sixth of
the time reading them takes. This one makes it once and resets it between
files (Python-Markdown's ``reset`` is made for that). A story as the
converter wrote it is turned into HTML without Markdown's parser
(:mod:`wire.plain_markdown`: the same HTML).
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions.meta import MetaPreprocessor
from pelican.readers import MarkdownReader, ensure_metadata_list
from pelican.utils import SafeDatetime, pelican_open

from .dates import parse_iso, to_datetime
from .plain_markdown import WireMarkdown

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


#: The priority Python-Markdown's meta extension gives its preprocessor.
_META_PRIORITY = 27


class WireMarkdownReader(MarkdownReader):
    """Markdown reader that keeps wire dates at their precision."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._converter: Markdown | None = None

    def _reset_converter(self) -> Markdown:
        if self._converter is None:
            self._converter = WireMarkdown(**self.settings["MARKDOWN"])
            return self._converter
        converter = self._converter
        converter.reset()
        if "meta" not in converter.preprocessors:
            # Pelican's metadata parsing takes it out, for the fields it formats
            converter.preprocessors.register(MetaPreprocessor(converter), "meta", _META_PRIORITY)
        return converter

    def read(self, source_path):
        """The HTML and metadata of ``source_path``, as Pelican's reader reads them."""
        self._source_path = source_path
        self._md = self._reset_converter()
        with pelican_open(source_path) as text:
            content = self._md.convert(text)
        metadata = self._parse_metadata(self._md.Meta) if hasattr(self._md, "Meta") else {}
        return content, metadata

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
