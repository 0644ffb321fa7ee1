"""Wire text is inert in the Markdown and in the HTML Pelican makes of it."""

import html
import re

import markdown
import pytest
from wire.escaping import escape_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "*stars* and _underscores_ and __bold__",
    "[a](javascript:x) and ![img](http://x/y.png)",
    "# 1",
    "| a | b |",
    "1. first",
    "2) second",
    "- item",
    "+ item",
    "> quote",
    "---",
    "<http://example.com>",
    "&lt;b&gt; and &amp; and &#60;script&#62;",
    "{: .class} and {{ jinja }} and {% if x %}",
    "*[HTML]: Hyper Text",
    "[^1] footnote",
    ": a definition",
    "`code` and ```fence```",
    '<div markdown="1">*x*</div>',
    "<!-- comment --> <![CDATA[x]]>",
    "a \\*backslash\\* b \\",
    "AT&T & Johnson & Johnson",
    "<img src=x onerror=alert(1)>",
]


def render(paragraph: str) -> str:
    md = markdown.Markdown(extensions=["markdown.extensions.extra", "markdown.extensions.meta"], output_format="html5")
    return md.convert("Title: x\n\n" + escape_markdown(paragraph))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_the_same_literal_text(text):
    out = render(text)
    match = re.fullmatch(r"<p>(.*)</p>", out, re.S)
    assert match, out
    inner = match[1]
    assert "<" not in inner.replace("&lt;", "")  # no element at all inside the paragraph
    assert html.unescape(inner) == text


@pytest.mark.parametrize(
    "text",
    ["Le « président » a dit — “oui”\u00a0! L’an dernier\u202f; 100\u00a0000 euros", "Sie sagte: „Nein“ – und ging."],
)
def test_typography_survives(text):
    out = render(text)
    assert html.unescape(re.fullmatch(r"<p>(.*)</p>", out, re.S)[1]) == text


@pytest.mark.parametrize(
    "paragraphs",
    [["~~~", "*inside*", "~~~"], ["~~~ python", "x = 1", "~~~~"], ["```", "*inside*", "```"], ["Term", ": definition"]],
)
def test_paragraphs_together_stay_paragraphs(paragraphs):
    """Markup that spans paragraphs (a fenced code block, a definition list)
    is not opened by a dispatch's paragraphs either."""
    md = markdown.Markdown(extensions=["markdown.extensions.extra", "markdown.extensions.meta"], output_format="html5")
    out = md.convert("Title: x\n\n" + "\n\n".join(escape_markdown(paragraph) for paragraph in paragraphs))
    inner = [re.fullmatch(r"<p>([^<]*)</p>", block) for block in out.split("\n")]
    assert all(inner), out
    assert [html.unescape(match[1]) for match in inner] == paragraphs
