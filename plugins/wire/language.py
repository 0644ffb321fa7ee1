"""Detect the language of a dispatch (ISO 639-1) with Lingua.

Lingua's models ship inside its package, so detection works offline and
gives the same answer every time for the same text.
"""

from __future__ import annotations

import functools

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

#: Languages the detector chooses among (ISO 639-1).
DEFAULT_LANGUAGES = ("fr", "en", "es", "de", "it", "pt")
SAMPLE_CHARS = 1200
#: From this many characters on, Lingua's trigram models alone (its low
#: accuracy mode, a tenth of the load time) decide as well as all its models.
LONG_SAMPLE = 120


@functools.cache
def _detector(languages: tuple[str, ...], long_text: bool):
    members = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages]
    builder = LanguageDetectorBuilder.from_languages(*members)
    return (builder.with_low_accuracy_mode() if long_text else builder).build()


def supported(code: str) -> bool:
    return hasattr(IsoCode639_1, code.upper())


def detect_language(text: str, hint: str | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> str | None:
    """The ISO 639-1 code of ``text``'s language among ``languages``, or the
    header's ``hint`` when it names one of them; None when undecidable."""
    if hint in languages:
        return hint
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 12:
        return None
    found = _detector(tuple(languages), len(sample) >= LONG_SAMPLE).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
