"""The wire's Markdown reader: Pelican's, with wire metadata and one
Markdown converter for every file it reads."""

from __future__ import annotations

import copy

from pelican.contents import Article
from pelican.readers import Readers
from pelican.settings import DEFAULT_CONFIG
from wire.reader import WireMarkdownReader

#: Story files as an editor may leave them, read one after another.
EDITED = {
    "a.md": (
        "Title: Flood warning in Harbridge\nDate: 2026-03\nTags: Harbridge, floods\nEditors: Ana Ruiz\n\n"
        "The HTML bulletin said the river rose.[^1]\n\n| Gauge | Level |\n| --- | --- |\n| Weir | 4.2 m |\n\n"
        "*[HTML]: HyperText Markup Language\n\n[^1]: Readings from the weir.\n"
    ),
    "b.md": "Title: Dry spell\nDate: 2026-03-03 09:00\n\nThe HTML page is quiet; no notes here.\n",
    "c.md": (
        "Title: Second warning\nDate: 2026-03-04 08:00\nSummary: The *river* rose.\n\n"
        "Again.[^a]\n\n[^a]: A new note, numbered afresh.\n"
    ),
}


def _settings(path) -> dict:
    """Settings as the site's (a reader adds to its settings: one copy each)."""
    markdown = {"extension_configs": {"markdown.extensions.extra": {}, "markdown.extensions.meta": {}}}
    return {**copy.deepcopy(DEFAULT_CONFIG), "PATH": str(path), "MARKDOWN": markdown}


def _read(readers: Readers, path, name: str) -> tuple[str, dict]:
    article = readers.read_file(base_path=str(path), path=name, content_class=Article, context={})
    return article._content, {key: str(value) for key, value in article.metadata.items()}


def test_one_converter_reads_each_file_as_a_fresh_reader_does(tmp_path):
    """The reader keeps one Markdown converter, reset between files: no
    footnote, abbreviation or metadata of one file reaches the next, and each
    file's HTML and metadata are what a reader made for it alone gives."""
    for name, text in EDITED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    one = Readers(_settings(tmp_path))
    one.readers["md"] = WireMarkdownReader(_settings(tmp_path))
    read = [_read(one, tmp_path, name) for name in sorted(EDITED)]
    fresh = []
    for name in sorted(EDITED):
        readers = Readers(_settings(tmp_path))
        readers.readers["md"] = WireMarkdownReader(_settings(tmp_path))
        fresh.append(_read(readers, tmp_path, name))
    assert read == fresh
    assert "<abbr" in read[0][0] and "<abbr" not in read[1][0]  # one file's abbreviation stays there
    assert "footnote" in read[0][0] and "footnote" not in read[1][0] and 'id="fn:a"' in read[2][0]
    assert read[2][1]["summary"] == "<p>The <em>river</em> rose.</p>"
    # the wire's metadata: a month without a day, lists of names
    assert read[0][1]["date"].startswith("2026-03-01") and read[0][1]["editors"] == "['Ana Ruiz']"
