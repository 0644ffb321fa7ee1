"""Split wire text into sentences.

The splitting is sentencex's (Wikimedia's rule-based segmenter, with
abbreviation lists for each language). Wire copy then needs a few
corrections it does not make: a sentence never starts with a small letter
or a comma; a title (``M.``, ``Sr.``, ``Nr.``) never ends one; a German
ordinal (``am 3. März``) and an English time before a day (``3 p.m.
Tuesday``) are not sentence ends; nor is a full stop inside a word
(``Trafigura TRAFG.UL``, a code), where no space follows it.
"""

from __future__ import annotations

import re

import sentencex

#: Titles and short forms that end in a full stop without ending a
#: sentence, beyond what the segmenter knows, per language.
_TITLES = {
    "en": ("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Sgt.", "St.", "Prof."),
    "fr": ("M.", "MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "Me.", "Mgr.", "St."),
    "es": ("Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Lic.", "Ing.", "Gral.", "D.", "Dña."),
    "de": ("Nr.", "Dr.", "Prof.", "St.", "Hr.", "Fr.", "Abs.", "Art.", "Mio.", "Mrd."),
}
_GERMAN_ORDINAL = re.compile(r"(?:^|\s)\d{1,3}\.$")
_CLOCK = re.compile(r"\b[ap]\.m\.$")
_DAY_OR_MONTH = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|local|ET|EST|EDT|GMT)\b"
)


def _continues(previous: str, following: str, lang: str) -> bool:
    """Whether ``following`` goes on the sentence ``previous`` (the
    segmenter cut them apart where no sentence ends)."""
    first = following[:1]
    if first.islower() or first in ",;:)]}%":
        return True
    last_word = previous.rsplit(None, 1)[-1] if previous.strip() else ""
    if last_word in _TITLES.get(lang, ()):
        return True
    if lang == "de" and _GERMAN_ORDINAL.search(previous):
        return True
    return bool(lang == "en" and _CLOCK.search(previous) and _DAY_OR_MONTH.match(following))


def split_sentences(text: str, lang: str | None) -> list[str]:
    """The sentences of ``text`` (one paragraph), in order, stripped; joined
    with single spaces they give the text back (its runs of spaces
    squashed)."""
    lang = lang if lang in _TITLES else "en"
    sentences: list[str] = []
    at = 0
    for part in sentencex.segment(lang, text):
        part = part.strip()
        if not part:
            continue
        found = text.find(part, at)
        glued = found > 0 and not text[found - 1].isspace()
        at = found + len(part) if found >= 0 else at
        if sentences and glued:
            sentences[-1] += part  # "Trafigura TRAFG.UL.": cut inside a word, no sentence ends there
        elif sentences and _continues(sentences[-1], part, lang):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return sentences
