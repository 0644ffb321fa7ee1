"""The statistical name recogniser: which runs of words are names of people,
organisations and places, by a CRF model trained on open annotated corpora
(``data/make_recogniser.py``; the corpora and their licences in
``data/NOTICE.md``).

The model proposes; the rules ``find_entities`` runs decide what a proposal is
(a person needs evidence, a place must be a country or a known city) and
which canonical name it takes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from ..derived_cache import cached_from_wire_data
from .name_features import Lexicons, read_lexicons, sentence_features, sentences
from .vocabulary import DATA

MODEL = "recogniser.crfsuite"


def lexicons_file(model: Path) -> Path:
    """Where the word lists a model was trained with are kept, beside it
    (see :class:`Lexicons`)."""
    return model.with_suffix(".words.tsv")


@dataclass(frozen=True)
class Recognised:
    kind: str  # PER, ORG, LOC or MISC
    start: int
    end: int
    text: str
    confidence: float = 1.0  # the model's least probability of a word's label in the run


def bio_label(tag: str, previous: str, kinds: dict[str, str]) -> str:
    """A corpus's label (``I-PER``, ``B-pers``, ``B-corporation``; IOB1 or
    IOB2) as the model's BIO label over ``kinds`` (the corpus's type names,
    lower case, to the model's), given the label before it."""
    prefix, _, kind = tag.partition("-")
    kind = kinds.get(kind.lower())
    if prefix not in ("B", "I") or kind is None:
        return "O"
    if prefix == "B" or previous[2:] != kind:
        return "B-" + kind
    return "I-" + kind


@functools.cache
def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DATA / MODEL))
    return tagger


@functools.cache
def model_lexicons() -> Lexicons:
    """The word lists the model was trained with, saved beside it; read
    through the derived cache (a third of the time of reading the file, in
    every process that tags)."""
    return cached_from_wire_data("recogniser-words", _read_model_lexicons)


def _read_model_lexicons() -> Lexicons:
    return read_lexicons(lexicons_file(DATA / MODEL))


def recognise(text: str) -> list[Recognised]:
    """The names the model finds in ``text``, in order."""
    tagger = _tagger()
    lexicons = model_lexicons()
    found = []
    for tokens in sentences(text):
        labels = tagger.tag(sentence_features([t.text for t in tokens], lexicons))
        run: list = []
        kind = None
        confidence = 1.0
        for index, (token, label) in enumerate([*zip(tokens, labels, strict=True), (None, "O")]):
            prefix, _, label_kind = label.partition("-")
            if run and (prefix != "I" or label_kind != kind):
                start, end = run[0].start, run[-1].end
                found.append(Recognised(kind, start, end, text[start:end], round(confidence, 3)))
                run = []
            if prefix in ("B", "I") and token is not None:
                if not run:
                    kind = label_kind
                    confidence = 1.0
                run.append(token)
                confidence = min(confidence, tagger.marginal(label, index))
    return found


#: A German sentence that says nothing of a word but that it is named (the
#: words read alone are German compounds' first names): the model reads the
#: word there by what it is, not by what surrounds it.
_NEUTRAL_FRAME = "Laut {} ist das falsch."


@functools.lru_cache(maxsize=20_000)
def reading_alone(word: str) -> Recognised | None:
    """How the model reads ``word`` by itself, in a sentence that tells
    nothing of it (German copy's words joined into compounds: ``Stasi`` of
    ``Stasi-Mitarbeiter``), or ``None`` where it reads no name."""
    frame = _NEUTRAL_FRAME.format(word)
    at = frame.index(word)
    for reading in recognise(frame):
        if reading.start == at and reading.end == at + len(word):
            return reading
    return None
