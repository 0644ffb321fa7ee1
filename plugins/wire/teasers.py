"""The teaser of a story: what listings, feeds' summaries and a page's
description show of it.

The first sentence or two of the lede, at most :data:`TEASER_MAX`
characters: whole sentences when they fit, else the first sentence cut at a
word end with an ellipsis. Instrument codes (``Boeing Co ( BA.N )``,
``Apple Inc <AAPL.O>``) belong to the body and are left out.
"""

from __future__ import annotations

from .instrument_codes import without_codes
from .sentences import split_sentences

#: Longest teaser, in characters (the ellipsis included).
TEASER_MAX = 300
#: At most this many sentences.
TEASER_SENTENCES = 2

_TRAILING = " ,;:–—-(«“\"'"


def teaser(text: str, lang: str | None, limit: int = TEASER_MAX) -> str:
    """The first sentence or two of ``text`` (plain text, one paragraph),
    at most ``limit`` characters, cut at a sentence end or else a word end."""
    text = " ".join(without_codes(text).split())
    if len(text) <= limit and len(split_sentences(text, lang)) <= TEASER_SENTENCES:
        return text
    sentences = split_sentences(text, lang)
    kept = ""
    for sentence in sentences[:TEASER_SENTENCES]:
        longer = f"{kept} {sentence}".strip()
        if len(longer) > limit:
            break
        kept = longer
    if kept:
        return kept
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(_TRAILING) + "…"
