"""Detect the language of a dispatch (ISO 639-1) with Lingua.

Lingua's models ship inside its package, so detection works offline and
gives the same answer every time for the same text.

Language is never a guess from a few words: a text too short for the
detector, or one it cannot tell, takes the language its desk set for it
(:class:`LanguageDefaults`: the agency's language where the desk receives
that agency in one language only, else the desk's own).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

#: Languages the detector chooses among (ISO 639-1).
DEFAULT_LANGUAGES = ("fr", "en", "es", "de", "it", "pt")
SAMPLE_CHARS = 1200
#: From this many characters on, Lingua's trigram models alone (its low
#: accuracy mode, a tenth of the load time) decide as well as all its models.
LONG_SAMPLE = 120
#: A text with fewer letters than this is too short to tell its language.
MIN_LETTERS = 20
#: Below LONG_SAMPLE characters, the detector's answer is taken only when it
#: is at least this confident (Lingua's relative confidence, 0 to 1).
SHORT_CONFIDENCE = 0.75


@dataclass(frozen=True)
class LanguageDefaults:
    """The language of a text too short to tell: ``agencies`` maps an
    agency (as datelines name it: ``EFE``, ``dpa``) to the one language the
    desk receives it in; ``desk`` is for everything else (None: unknown)."""

    desk: str | None = None
    agencies: tuple[tuple[str, str], ...] = ()

    def language_of(self, agency: str | None) -> str | None:
        if agency:
            for name, code in self.agencies:
                if name.casefold() == agency.casefold():
                    return code
        return self.desk


@functools.cache
def _detector(languages: tuple[str, ...], long_text: bool):
    members = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages]
    builder = LanguageDetectorBuilder.from_languages(*members)
    return (builder.with_low_accuracy_mode() if long_text else builder).build()


def supported(code: str) -> bool:
    return hasattr(IsoCode639_1, code.upper())


def detect_language(
    text: str, hint: str | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES, fallback: str | None = None
) -> str | None:
    """The ISO 639-1 code of ``text``'s language among ``languages``: the
    header's ``hint`` when it names one of them, else the detector's answer
    when the text is long enough to tell, else ``fallback`` (when it is one
    of ``languages``; None otherwise)."""
    if hint in languages:
        return hint
    fallback = fallback if fallback in languages else None
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return fallback
    long_text = len(sample) >= LONG_SAMPLE
    detector = _detector(tuple(languages), long_text)
    if long_text:
        found = detector.detect_language_of(sample)
        return found.iso_code_639_1.name.lower() if found else fallback
    confidences = detector.compute_language_confidence_values(sample)
    if not confidences or confidences[0].value < SHORT_CONFIDENCE:
        return fallback
    return confidences[0].language.iso_code_639_1.name.lower()
