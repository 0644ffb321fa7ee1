"""Tokens and the features the statistical name recogniser reads.

One module for training and tagging, so that both see the same features.
The features are mostly about a word's form and the lists it is on (a first
name, a country, a role word, an organisation's designator), so that a model
trained on the open corpora of some languages carries to the others; the
word itself is a feature too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .name_lexicons import (
    calendar_words,
    city_words,
    country_words,
    first_names,
    function_words,
    org_designators,
    org_words,
    particles,
    role_words,
)

#: A word, or a French elided article or conjunction on its own ("l'", "d'",
#: "qu'"), as the annotated corpora write it: the name after it starts a word.
_TOKEN = re.compile(r"(?<!\w)(?:[LlDd]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)|\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
#: Where a sentence ends: after . ! ? or a line break, before a capital,
#: a quote or a digit.
_SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+(?=[\"“«(\[]?[^\W\d_a-zà-ÿ])|\n+")


#: "Mr. Smith", "J. Doe", "Gen. Ruiz": no sentence ends after these.
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s(])(?:[A-ZÀ-Ý][a-z]{0,3}|[A-ZÀ-Ý]|[A-Z]\.[A-Z])\.$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def _abbreviation(word: str) -> bool:
    """``U.S.``, ``Corp.``, ``Dr.``, ``J.``: a full stop that belongs to the word."""
    return "." in word[:-1] or (word[0].isupper() and len(word) <= 5)


def sentences(text: str) -> list[list[Token]]:
    """The tokens of ``text``, sentence by sentence, with their offsets."""
    result = []
    begin = 0
    cuts = [
        m.start()
        for m in _SENTENCE_END.finditer(text)
        if not _ABBREVIATION_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    ]
    for cut in [*cuts, len(text)]:
        tokens = []
        for match in _TOKEN.finditer(text[begin:cut]):
            word, at = match[0], begin + match.start()
            if word.endswith(".") and len(word) > 1 and not _abbreviation(word):
                tokens.extend(
                    (Token(word[:-1], at, at + len(word) - 1), Token(".", at + len(word) - 1, at + len(word)))
                )
            else:
                tokens.append(Token(word, at, at + len(word)))
        if tokens:
            result.append(tokens)
        begin = cut
    return result


def shape(word: str) -> str:
    """``Xx``, ``X``, ``x``, ``d`` runs: ``McCain`` -> ``XxXx``, ``G-7`` -> ``X-d``."""
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:6]


#: The features that tell a word is on a list: the list, and whether a word
#: is looked up lower-cased without its final dots (else as written).
LEXICON_FEATURES = {
    "first_name": (first_names, True),
    "role": (role_words, True),
    "country": (country_words, False),
    "city": (city_words, False),
    "designator": (org_designators, True),
    "known_org": (org_words, False),
    "function": (function_words, True),
    "calendar": (calendar_words, False),
    "particle": (particles, True),
}


@dataclass(frozen=True, eq=False)
class Lexicons:
    """The words on each list of :data:`LEXICON_FEATURES`, by feature.

    A model is trained on the lists as they are then, and kept with them
    (:func:`write_lexicons`, beside the model): it reads copy with the lists
    it learnt from, whatever the rules' lists (the same functions) become
    after. The shipped model's lists were kept after its training, as the
    rules read them when its figures were last measured."""

    words: dict[str, frozenset[str]]


def live_lexicons() -> Lexicons:
    """The lists as the rules read them now: what a model is trained on."""
    return Lexicons({feature: lexicon() for feature, (lexicon, _) in LEXICON_FEATURES.items()})


def write_lexicons(lexicons: Lexicons, path: Path) -> None:
    """``feature<TAB>word`` lines, sorted: the same lists give the same file,
    and a retrained model's change of lists reads as a diff."""
    lines = sorted(f"{feature}\t{word}" for feature, words in lexicons.words.items() for word in words)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_lexicons(path: Path) -> Lexicons:
    """The lists :func:`write_lexicons` wrote."""
    words: dict[str, set[str]] = {feature: set() for feature in LEXICON_FEATURES}
    for line in path.read_text(encoding="utf-8").splitlines():
        feature, _, word = line.partition("\t")
        if feature not in words:
            raise ValueError(f"{path}: {feature!r} is no feature of the recogniser")
        words[feature].add(word)
    return Lexicons({feature: frozenset(found) for feature, found in words.items()})


@functools.lru_cache(maxsize=200_000)
def word_features(word: str, lexicons: Lexicons) -> tuple[str, ...]:
    """What a word says by itself, whatever its neighbours."""
    lower = word.lower()
    bare = lower.rstrip(".")
    feats = [f"w={lower}", f"sh={shape(word)}", f"s3={lower[-3:]}", f"s2={lower[-2:]}", f"p2={lower[:2]}"]
    if word[:1].isupper():
        feats.append("title")
        if word.isupper() and len(word) > 1:
            feats.append("upper")
    elif word[:1].isalpha():
        feats.append("lower")
    else:
        feats.append("other")
    if len(word) == 1:
        feats.append("len1")
    for feature, (_, by_bare) in LEXICON_FEATURES.items():
        if (bare if by_bare else word) in lexicons.words[feature]:
            feats.append(feature)
    if word.endswith(("'s", "’s")):
        feats.append("possessive")
    return tuple(feats)


@functools.lru_cache(maxsize=200_000)
def _neighbour(word: str, side: str, lexicons: Lexicons) -> tuple[str, ...]:
    """A neighbour's features as its neighbours see them (no affixes),
    marked with the side it is on (``-1``, ``+1``)."""
    return tuple(side + f for f in word_features(word, lexicons) if not f.startswith(("s3=", "s2=", "p2=")))


def sentence_features(words: list[str], lexicons: Lexicons) -> list[list[str]]:
    """Features of each word of a sentence, its own and its neighbours',
    with ``lexicons`` the model's lists."""
    size = len(words)
    lowered = [w.lower() for w in words]
    rows = []
    for index in range(size):
        row = ["bias", *word_features(words[index], lexicons)]
        if index == 0:
            row.append("first")
        else:
            row.extend(_neighbour(words[index - 1], "-1", lexicons))
            if index > 1:
                row.append("-2w=" + lowered[index - 2])
        if index == size - 1:
            row.append("last")
        else:
            row.extend(_neighbour(words[index + 1], "+1", lexicons))
            if index < size - 2:
                row.append("+2w=" + lowered[index + 2])
        rows.append(row)
    return rows
