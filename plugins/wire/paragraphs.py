"""Paragraphs restored where an export lost them.

Archive exports often carry a whole story on one line, with the agency's
subheads run into the text in capitals (``... production more. BOEING SAYS
MAKING PROGRESS Boeing, which is inspecting ...``). Such a body is split at
sentence ends into a one-sentence lede and paragraphs of a few sentences,
and each run-in subhead becomes a paragraph of its own, marked as a
subheading: the Markdown writer makes it a heading from that mark, so the
subhead's text stays plain, inert text like every other.

Copy that has its paragraphs keeps them exactly: only a body that is one
paragraph, longer than :data:`RESTORE_MIN_SENTENCES` sentences or holding a
run-in subhead, is touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .sentences import split_sentences

#: A one-paragraph body of more sentences than this was a story whose
#: paragraph breaks were lost.
RESTORE_MIN_SENTENCES = 3
#: Restored paragraphs hold at most this many sentences...
PARAGRAPH_SENTENCES = 3
#: ...and stop growing past this many characters.
PARAGRAPH_CHARS = 350
#: A run-in subhead has at least this many words and letters, and at most
#: this many words.
SUBHEAD_MIN_WORDS = 2
SUBHEAD_MIN_LETTERS = 8
SUBHEAD_MAX_WORDS = 12


@dataclass
class Body:
    """A story's paragraphs, and which of them are subheadings."""

    paragraphs: list[str]
    subheads: list[int] = field(default_factory=list)


def _capitals(word: str) -> bool:
    """A word written in capitals (``BOEING``, ``U.S.``, ``737``, ``&``)."""
    return not any(char.islower() for char in word)


def _starts_sentence(word: str) -> bool:
    """A word a sentence can open with after a subhead: a capital then a
    small letter (``Boeing,``, ``"We``)."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and letters[0].isupper() and letters[1].islower()


def split_subhead(sentence: str) -> tuple[str, str] | None:
    """``(subhead, sentence)`` when ``sentence`` opens with a subhead in
    capitals run into it, else None. ``TALKS STALL NATO officials said``
    gives ``TALKS STALL`` and ``NATO officials said``."""
    words = sentence.split(" ")
    run = 0
    while run < len(words) and run <= SUBHEAD_MAX_WORDS and _capitals(words[run]):
        run += 1
    if run >= len(words) or run > SUBHEAD_MAX_WORDS:
        return None
    if not _starts_sentence(words[run]):
        if not words[run][:1].islower():
            return None
        run -= 1  # "NATO officials": the last word in capitals opens the sentence
    head = words[:run]
    lettered = [word for word in head if any(char.isalpha() for char in word)]
    if len(lettered) < SUBHEAD_MIN_WORDS or sum(char.isalpha() for char in "".join(head)) < SUBHEAD_MIN_LETTERS:
        return None
    if len(lettered) == 2 and min(sum(char.isalpha() for char in word) for word in lettered) < 4:
        return None  # two acronyms naming a body ("UNICEF USA President ..."), not a subhead
    if not any(char.isalnum() for char in head[-1]):
        return None
    return " ".join(head), " ".join(words[run:])


def restore_paragraphs(paragraphs: list[str], lang: str | None) -> Body:
    """The body of a story: ``paragraphs`` as they are when the copy has its
    paragraph breaks, else restored (see the module's docstring)."""
    if len(paragraphs) != 1:
        return Body(list(paragraphs))
    sentences = split_sentences(paragraphs[0], lang)
    pieces: list[tuple[str, bool]] = []  # (text, is a subhead)
    for number, sentence in enumerate(sentences):
        found = split_subhead(sentence) if number else None
        if found:
            pieces.append((found[0], True))
            sentence = found[1]
        pieces.append((sentence, False))
    if len(sentences) <= RESTORE_MIN_SENTENCES and not any(is_head for _, is_head in pieces):
        return Body(list(paragraphs))
    body = Body([])
    current: list[str] = []

    def close() -> None:
        if current:
            body.paragraphs.append(" ".join(current))
            current.clear()

    for text, is_head in pieces:
        if is_head:
            close()
            body.subheads.append(len(body.paragraphs))
            body.paragraphs.append(text)
            continue
        lede = not body.paragraphs and len(current) == 1
        full = len(current) >= PARAGRAPH_SENTENCES or len(" ".join([*current, text])) > PARAGRAPH_CHARS
        if current and (lede or full):
            close()
        current.append(text)
    close()
    return body
