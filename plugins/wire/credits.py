"""Credit lines and bylines: who reported, wrote, edited and translated.

``(Reporting by A and B; Editing by C)``, ``(Reportage A et B, avec C;
version française D et E)``, ``(Rédigé par A, édité par B)``, dpa's
``- Reporting by: ...`` block, AP's ``By NAME`` byline. Reporters and writers
are the authors; editors and translators are credited, not authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import agency_parts

# Role words in each language, longest first so "additional reporting by"
# wins over "reporting by". Each maps to the role it gives.
_ROLE_WORDS = {
    "authors": [
        "additional reporting by",
        "additional reporting",
        "reporting by",
        "reporting",
        "reported by",
        "writing by",
        "written by",
        "compiled by",
        "text by",
        "reportage complémentaire",
        "reportage de",
        "reportage",
        "avec la contribution de",
        "rédigé par",
        "rédaction de",
        "écrit par",
        "texte",
        "información adicional de",
        "información de",
        "informe de",
        "reportaje de",
        "redactado por",
        "redacción de",
        "escrito por",
        "texto de",
        "berichterstattung",
        "berichtet von",
        "mitarbeit",
        "geschrieben von",
        "text",
        "autor",
        "autorin",
    ],
    "editors": [
        "editing by",
        "edited by",
        "editor",
        "édité par",
        "edité par",
        "édition",
        "edition",
        "relu par",
        "editado por",
        "edición de",
        "edición",
        "redigiert von",
        "bearbeitet von",
        "redaktion",
    ],
    "translators": [
        "version française",
        "version francaise",
        "french version by",
        "translated by",
        "translation by",
        "traduit par",
        "traduction",
        "traducción de",
        "traducción",
        "traducido por",
        "versión en español",
        "übersetzt von",
        "übersetzung",
        "deutsche fassung",
    ],
}
_ROLE_BY_WORD = {word: role for role, words in _ROLE_WORDS.items() for word in words}
_ROLE_RE = "|".join(re.escape(w) for w in sorted(_ROLE_BY_WORD, key=len, reverse=True))
_SEGMENT_START = re.compile(rf"^(?P<role>{_ROLE_RE})\b\s*(?:[:;-]\s*|(?:by|par|por|von|de)\s+)?", re.IGNORECASE)
# a comma or semicolon that starts a new role: "A, editing by B"
_SEGMENT_SPLIT = re.compile(rf"\s*;\s*|,\s*(?=(?:{_ROLE_RE})\b)", re.IGNORECASE)
_CONTRIBUTORS = re.compile(r",?\s+\b(?:avec|with|con|mit)\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|et|y|und|e|&)\s+", re.IGNORECASE)
# "in Kyiv", "à Paris", "en Madrid", "aus Berlin" after a name
_PLACE_TAIL = re.compile(r"\s+(?:in|à|a|en|aus|from|depuis|desde)\s+[^\W\d_][\w'’.\- ]*$", re.IGNORECASE)
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}$")
_BYLINE = re.compile(r"^(?:by|par|por|von)\s+(?P<names>[^\W\d_].{1,150})$", re.IGNORECASE)
_DPA_LINE = re.compile(rf"^[-•*]\s*(?P<role>{_ROLE_RE})\s*(?:by|von|par|por)?\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_ROLE_LINE = re.compile(
    r"\b(?:writer|correspondent|reporter|editor|journalist|correspondant|journaliste|"
    r"corresponsal|periodista|korrespondent|korrespondentin|redakteur|redakteurin)\b",
    re.IGNORECASE,
)


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)

    def add(self, role: str, names: list[str]) -> None:
        bucket = getattr(self, role)
        for name in names:
            if name not in bucket:
                bucket.append(name)

    def __bool__(self) -> bool:
        return bool(self.authors or self.editors or self.translators)


def split_names(text: str) -> list[str]:
    """``"A, B and C in Kyiv"`` -> ``["A", "B", "C"]``; empty when any part
    does not look like a person's name."""
    names = []
    for part in _NAME_SPLIT.split(text.strip().rstrip(".")):
        part = _PLACE_TAIL.sub("", part.strip())
        if not part:
            continue
        if not _NAME.match(part) or not any(ch.isupper() for ch in part[:1]):
            return []
        names.append(part)
    return names


def parse_credit_text(text: str) -> Credits | None:
    """Parse the inside of a credit line. Returns None unless every segment
    opens with a role word and names people."""
    credits = Credits()
    segments = [s for s in _SEGMENT_SPLIT.split(text.strip()) if s.strip()]
    if not segments:
        return None
    for segment in segments:
        match = _SEGMENT_START.match(segment.strip())
        if not match:
            return None
        role = _ROLE_BY_WORD[match["role"].casefold()]
        rest = segment.strip()[match.end() :]
        groups = _CONTRIBUTORS.split(rest)
        for group in groups:
            names = split_names(group)
            if not names:
                return None
            credits.add(role, names)
    return credits if credits else None


def parse_credit_paragraph(paragraph: str) -> Credits | None:
    """A whole paragraph that is a credit line: ``(Reporting by ...)``, or a
    block of dpa-style ``- Reporting by: ...`` lines."""
    stripped = paragraph.strip()
    if stripped.startswith("(") and stripped.endswith(")"):
        return parse_credit_text(stripped[1:-1])
    lines = [line.strip() for line in stripped.split("\n") if line.strip()]
    if lines and all(_DPA_LINE.match(line) for line in lines):
        credits = Credits()
        for line in lines:
            match = _DPA_LINE.match(line)
            names = split_names(match["names"])
            if not names:
                return None
            credits.add(_ROLE_BY_WORD[match["role"].casefold()], names)
        return credits
    return None


def parse_byline(line: str) -> list[str] | None:
    """``By Jane Doe and John Roe`` -> the names, or None."""
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    names = [_title_case(name) if name.isupper() else name for name in split_names(match["names"])]
    return names or None


def _title_case(name: str) -> str:
    """``JANE DOE-SMITH`` -> ``Jane Doe-Smith``, ``O'BRIEN`` -> ``O'Brien``."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0][:1].upper() + m[0][1:].lower(), name)


def is_role_line(line: str) -> bool:
    """The line under a byline: ``AP Sports Writer``, ``Associated Press``."""
    return len(line) <= 60 and (bool(_ROLE_LINE.search(line)) or agency_parts(line.removeprefix("The ")) is not None)
