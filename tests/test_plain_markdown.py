"""The reader's plain path gives the HTML and metadata Python-Markdown gives,
for the stories the converter writes (which take it) and for any other text
(which Markdown converts)."""

import random
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.settings import read_settings
from wire.conversion import convert_to_markdown
from wire.errors import Rejected
from wire.escaping import escape_markdown, markdown_heading
from wire.ingest_config import IngestConfig
from wire.plain_markdown import PlainMarkdown, WireMarkdown, plain_html
from wire.reader import WireMarkdownReader

SETTINGS = read_settings(str(ROOT / "pelicanconf.py"))
MARKDOWN = MarkdownReader(SETTINGS).settings["MARKDOWN"]  # as Pelican completes it
MARKUP = ["<", ">", "&", "&amp;", "&#58;", "&x", "*", "_", "[", "]", "(", ")", "#", "|", "`", "{", "}", "\\", "!"]
MARKUP += ["~~~", "-", "+", "1.", ":", "=", "    ", "\t", " ", "\n", "\n\n", "\r", "\x02", "\u00a0", "é", "«", "»"]


CONVERTERS = {"markdown": Markdown(**MARKDOWN), "wire": WireMarkdown(**MARKDOWN)}


def _converted(name: str, text: str) -> tuple[str, dict]:
    md = CONVERTERS[name]
    md.reset()  # one converter reset between texts, as the reader does
    return md.convert(text), getattr(md, "Meta", None)


def markdown_of(text: str) -> tuple[str, dict]:
    return _converted("markdown", text)


def wire_of(text: str) -> tuple[str, dict]:
    return _converted("wire", text)


def is_plain(text: str) -> bool:
    md = CONVERTERS["markdown"]
    md.reset()
    return plain_html(md, text) is not None


def converted_stories() -> list[Path]:
    return sorted(FIXTURES.glob("*.md"))


def test_the_project_settings_take_the_plain_path():
    assert PlainMarkdown(WireMarkdown(**MARKDOWN)).known


@pytest.mark.parametrize("path", converted_stories(), ids=lambda path: path.name)
def test_a_converted_story_is_plain_and_reads_as_markdown_reads_it(path):
    text = path.read_text(encoding="utf-8")
    assert is_plain(text), "the converter's Markdown takes the plain path"
    assert wire_of(text) == markdown_of(text)


def test_hostile_dispatches_converted_are_plain_and_read_the_same(tmp_path):
    config = IngestConfig(seeds=tmp_path, content=tmp_path)
    hostile = sorted((ROOT / "tests" / "hostile").glob("*.txt"))
    assert hostile
    converted = 0
    for path in hostile:
        try:
            text = convert_to_markdown(path.read_bytes(), path.name, config)
        except Rejected:
            continue
        converted += 1
        assert is_plain(text), path.name
        assert wire_of(text) == markdown_of(text), path.name
    assert converted > len(hostile) / 2


def _random_text(rng: random.Random) -> str:
    words = ["Paris", "le", "Präsident", "said", "1.5", "$", "%", "«", "“quoted”", "—", "l'État", "3"]
    # what the converter's paragraphs hold: no control characters
    pieces = [piece for piece in MARKUP if piece.isprintable()] + words * 3
    return " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))


def test_escaped_paragraphs_and_subheads_are_plain_and_read_the_same():
    rng = random.Random(7)
    for _ in range(1500):
        blocks = []
        for _ in range(rng.randint(1, 6)):
            text = _random_text(rng)
            if not text.strip():
                continue
            blocks.append(markdown_heading(text) if rng.random() < 0.2 else escape_markdown(text))
        summary = escape_markdown(_random_text(rng))
        text = f"Title: x\nSummary: {summary}\n\n" + "\n\n".join(blocks) + "\n"
        assert wire_of(text) == markdown_of(text), text
        assert is_plain(text), text


def test_raw_text_reads_as_markdown_reads_it():
    rng = random.Random(11)
    taken = 0
    for _ in range(3000):
        text = "".join(rng.choice(MARKUP + ["word", "Word", "2", "."]) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.5:
            text = "Title: t\n\n" + text
        assert wire_of(text) == markdown_of(text), repr(text)
        taken += is_plain(text)
    # both paths are exercised
    assert 100 < taken < 2900


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(MARKUP)), max_size=30).map("".join))
def test_any_text_reads_as_markdown_reads_it(text):
    assert wire_of(text) == markdown_of(text)


def test_markup_an_editor_writes_is_left_to_markdown():
    text = "Title: t\n\nA *bold* claim, [a link](https://example.org) and `code`.\n\n- one\n- two\n"
    assert plain_html(Markdown(**MARKDOWN), text) is None
    html, _ = wire_of(text)
    assert "<em>bold</em>" in html and '<a href="https://example.org">' in html and "<li>one</li>" in html


def test_a_converter_with_other_extensions_always_does_the_work():
    md = WireMarkdown(extensions=[*MARKDOWN["extensions"], "markdown.extensions.smarty"])
    assert not PlainMarkdown(md).known
    assert md.convert('Title: t\n\nShe said "yes" -- twice.') == "<p>She said &ldquo;yes&rdquo; &ndash; twice.</p>"


@pytest.mark.parametrize("path", converted_stories()[:12], ids=lambda path: path.name)
def test_the_wire_reader_gives_the_content_and_summary_pelican_gives(path):
    content, metadata = WireMarkdownReader(SETTINGS).read(str(path))
    stock_content, stock_metadata = MarkdownReader(SETTINGS).read(str(path))
    assert content == stock_content
    assert metadata.get("summary") == stock_metadata.get("summary")
