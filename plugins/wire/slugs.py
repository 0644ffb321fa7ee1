"""Readable, ASCII, unique and stable slugs for stories."""

from __future__ import annotations

import re

from unidecode import unidecode

MAX_WORDS_CHARS = 60


def story_slug(headline: str, wire_id: str, suffix: int = 8) -> str:
    """``Biden : les Etats-Unis répondront`` + id -> ``biden-les-etats-unis-
    repondront-1a2b3c4d``. The id suffix makes slugs unique and keeps two
    stories whose headlines fold to the same words apart; only ``a-z``,
    ``0-9`` and ``-`` remain, so a slug can never name a path outside its
    folder or differ from another only by case."""
    words = re.sub(r"[^a-z0-9]+", "-", unidecode(headline).lower()).strip("-")
    if len(words) > MAX_WORDS_CHARS:
        words = words[:MAX_WORDS_CHARS].rsplit("-", 1)[0]
    tail = re.sub(r"[^a-z0-9]", "", wire_id.lower())[:suffix] or "story"
    return f"{words}-{tail}" if words else f"story-{tail}"
