"""Markdown the converter wrote, turned into HTML without Python-Markdown's
parser when that parser could do nothing but wrap it.

A story the conversion plugin writes is a metadata header and paragraphs of
escaped text (and now and then a subhead): every character Markdown could
read as markup is escaped (:mod:`wire.escaping`). Python-Markdown still runs
its whole machinery over such a body (the HTML block scanner, a dozen block
processors, fifteen inline patterns over every paragraph), which is most of
the time Pelican spends reading a story. :func:`plain_html` reads a text
whose blocks are all *plain* (one line each, a paragraph or a ``#``
heading, made only of ordinary characters, the backslash escapes Markdown
knows and character references) and gives the HTML Python-Markdown gives
for it, byte for byte; for any other text, or a converter with extensions
this module does not know, it gives None and the converter does the work.
The metadata header is read by the converter's own preprocessors either
way, so ``Meta`` is what Markdown makes of it.
"""

from __future__ import annotations

import re

from markdown import Markdown

#: What a converter with Pelican's ``extra`` and ``meta`` extensions has (and
#: ``extra`` without some of its parts): any other processor could read plain
#: text as something else, so a converter with one always does the work.
_KNOWN = {
    "preprocessors": {"normalize_whitespace", "fenced_code_block", "html_block", "meta"},
    "blockprocessors": {
        "empty",
        "indent",
        "code",
        "hashheader",
        "setextheader",
        "hr",
        "olist",
        "ulist",
        "quote",
        "reference",
        "paragraph",
        "footnote",
        "defindent",
        "deflist",
        "table",
        "abbr",
        "markdown_block",
    },
    "inlinePatterns": {
        "backtick",
        "escape",
        "reference",
        "link",
        "image_link",
        "image_reference",
        "short_reference",
        "short_image_ref",
        "autolink",
        "automail",
        "linebreak",
        "html",
        "entity",
        "em_strong",
        "footnote",
        "not_strong",
    },
    "treeprocessors": {"inline", "prettify", "unescape", "footnote", "footnote-duplicate", "attr_list", "abbr"},
    "postprocessors": {"footnote", "amp_substitute", "raw_html"},
}

#: The preprocessors that can change a plain text: the rest (fenced code,
#: HTML blocks) find nothing in one, whose lines hold no backtick or angle
#: bracket and open with no tilde.
_RUN = ("normalize_whitespace", "meta")

#: Characters a plain line holds as they are: all but the backslash and the
#: ampersand (escapes and references, below), every character that opens
#: inline markup (code, emphasis, links, raw HTML, attribute lists, tables)
#: and control characters.
_NOT_ORDINARY = "\\\\&`*_{}\\[\\]|<>\x00-\x1f\x7f"
_REFERENCE = r"&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);"

_SPECIAL = re.compile(f"[{_NOT_ORDINARY}]")
_ESCAPE = re.compile(r"\\(.)")

#: What a paragraph cannot open with: whatever opens another block (an
#: indent, a heading, a list, a rule, a quote, a definition, fenced code, a
#: numbered list item).
_OPENING = re.compile(r"[\s#>:+\-*_~]|\d+\.")


def _plain_run(escapes: str, excluded: str = _NOT_ORDINARY) -> str:
    """A pattern for a run of ordinary characters (none of ``excluded``),
    Markdown's ``escapes`` and character references."""
    return rf"(?:\\[{escapes}]|{_REFERENCE}|[^{excluded}])+"


def _registries(md: Markdown) -> dict:
    return {
        "preprocessors": md.preprocessors,
        "blockprocessors": md.parser.blockprocessors,
        "inlinePatterns": md.inlinePatterns,
        "treeprocessors": md.treeprocessors,
        "postprocessors": md.postprocessors,
    }


def _only(registry, names: set[str]) -> bool:
    """Whether every item of ``registry`` has one of ``names``."""
    return sum(name in registry for name in names) == len(registry)


class PlainMarkdown:
    """What :meth:`html` needs of one converter, worked out once."""

    def __init__(self, md: Markdown):
        self.md = md
        self.known = all(_only(registry, _KNOWN[name]) for name, registry in _registries(md).items())
        # Markdown's backslash escapes ("&" and "<" are none: references are)
        escapes = "".join(re.escape(char) for char in md.ESCAPED_CHARS if char not in "&<")
        self._tokens = re.compile(_plain_run(escapes))
        # a heading's text holds no hash of its own (trailing ones close it)
        self._heading = re.compile(rf"(#{{1,6}}) (?=\S)({_plain_run(escapes, _NOT_ORDINARY + '#')})(?<!\s)")

    def _inline(self, text: str) -> str:
        if "\\" not in text:
            return text
        return _ESCAPE.sub(lambda m: "&gt;" if m[1] == ">" else m[1], text)

    def _paragraph(self, line: str) -> bool:
        if _OPENING.match(line) or line[-1].isspace():
            return False
        return _SPECIAL.search(line) is None or self._tokens.fullmatch(line) is not None

    def html(self, source: str) -> str | None:
        """The HTML of ``source``, or None when it is not plain."""
        md = self.md
        if not self.known or not source.strip():
            return None
        lines = source.split("\n")
        for name in _RUN:
            if name in md.preprocessors:
                lines = md.preprocessors[name].run(lines)
        html = []
        previous = ""
        for line in lines:
            if not line:
                previous = line
                continue
            if previous:
                return None  # a block of more than one line
            previous = line
            if line[0] == "#":
                heading = self._heading.fullmatch(line)
                if heading is None:
                    return None
                level = len(heading[1])
                html.append(f"<h{level}>{self._inline(heading[2])}</h{level}>")
            elif self._paragraph(line):
                html.append(f"<p>{self._inline(line)}</p>")
            else:
                return None
        return "\n".join(html)


class WireMarkdown(Markdown):
    """Python-Markdown, with plain texts turned into HTML by
    :class:`PlainMarkdown` (the same HTML and ``Meta``)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._plain = PlainMarkdown(self)  # its extensions are registered by now

    def convert(self, source: str) -> str:
        html = self._plain.html(source)
        return super().convert(source) if html is None else html


def plain_html(md: Markdown, source: str) -> str | None:
    """The HTML ``md`` makes of ``source`` when the text is plain (see the
    module's description), without running ``md``'s parser; else None."""
    return PlainMarkdown(md).html(source)
