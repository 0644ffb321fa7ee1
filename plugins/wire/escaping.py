"""Make wire text inert in Markdown and HTML.

Every character that Markdown (with Pelican's extensions) or HTML could read
as markup is escaped, so a dispatch containing ``<script>``, ``*stars*``,
``[a](javascript:x)``, ``# 1`` or ``|`` renders as exactly that text.
Typography (guillemets, curly quotes, dashes, non-breaking spaces) is left
alone.
"""

from __future__ import annotations

import re

# Characters Python-Markdown un-escapes after a backslash (with the "extra"
# extensions' additions), minus those handled as entities below.
_ALWAYS = set("\\`*_{}[]|")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Characters that are markup only at the start of a paragraph: headings,
# lists and rules (escaped with a backslash), definitions and fenced code
# (no backslash escape exists for ":" or "~", so a character reference),
# ordered lists.
_LINE_START = re.compile(r"^(?P<lead>[#+\-:~]|\d+(?=[.)]))")
_REFERENCES = {":": "&#58;", "~": "&#126;"}


def _escape_characters(text: str, always: set[str]) -> str:
    text = " ".join(text.split(" ")).replace("\n", " ").strip()
    out = []
    for char in text:
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char in always:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def escape_markdown(text: str) -> str:
    """Escape ``text`` (one paragraph, one line) for a Markdown body."""
    escaped = _escape_characters(text, _ALWAYS)
    match = _LINE_START.match(escaped)
    if match:
        lead = match["lead"]
        if lead.isdigit():
            # "1. " or "1) " would start an ordered list
            escaped = lead + "\\" + escaped[len(lead) :]
        elif lead in _REFERENCES:
            escaped = _REFERENCES[lead] + escaped[1:]
        else:
            escaped = "\\" + escaped
    # four spaces would start a code block; runs of spaces carry nothing
    return re.sub(r" {2,}", " ", escaped)


def markdown_heading(text: str) -> str:
    """A level-2 Markdown heading whose text is ``text``, inert: the writer
    makes the heading, and every ``#`` in the text is escaped so none closes
    it or opens another."""
    return "## " + re.sub(r" {2,}", " ", _escape_characters(text, _ALWAYS | {"#"}))


def escape_metadata(value: str) -> str:
    """A metadata value: one line, no leading or trailing space. Pelican
    reads plain metadata as text, so only the line structure matters; the
    theme escapes it for HTML."""
    return " ".join(str(value).split())
