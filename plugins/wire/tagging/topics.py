"""Classify a dispatch into IPTC Media Topics.

Each top-level topic scores the topic words of the dispatch's language found
in it (the headline and lede count more), the topics of the organisations it
names, and the labels of narrower IPTC topics it contains; the best scoring
top-level topic is the story's category. Narrower topics are those whose IPTC
label appears in the text. Every point is recorded, so a test can say why.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..dates import fold
from .vocabulary import mediatopics, organization_by_name, top_level, topic_words

HEADLINE_WEIGHT, LEDE_WEIGHT, BODY_WEIGHT = 3.0, 2.0, 1.0
ORGANIZATION_WEIGHT = 1.5
NARROWER_WEIGHT = 2.0
#: Narrower labels too common or too vague to tag a story with.
_VAGUE_LABELS = {"people", "government", "politics", "economy", "sport", "health", "religion", "weather", "society"}


@dataclass
class TopicResult:
    category: str | None
    narrower: list[str]
    scores: dict[str, float]
    reasons: dict[str, list[str]] = field(default_factory=dict)


_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
MAX_PHRASE = 4


@functools.cache
def _stems(lang: str) -> dict[str, list[str]]:
    """Topic-word stem -> top-level qcodes, for ``lang``."""
    index: dict[str, list[str]] = defaultdict(list)
    for qcode, by_lang in topic_words().items():
        for stem in by_lang.get(lang) or by_lang["en"]:
            index[stem].append(qcode)
    return dict(index)


@functools.cache
def _label_index(lang: str) -> dict[str, str]:
    """Folded narrower-topic label in ``lang`` -> qcode."""
    index = {}
    for qcode, concept in mediatopics().items():
        if "broader" not in concept:
            continue
        label = concept["labels"].get(lang)
        if not label:
            continue
        key = fold(label)
        if len(key) < 5 or key in _VAGUE_LABELS or "," in key or "(" in key:
            continue
        index.setdefault(key, qcode)
    return index


def _phrases(words: list[str], index: int):
    for size in range(1, min(MAX_PHRASE, len(words) - index) + 1):
        yield " ".join(words[index : index + size])


@functools.cache
def _stem_lengths(lang: str) -> tuple[int, list[int]]:
    """The longest one-word stem of ``lang``, and the lengths of its
    several-word stems, longest first."""
    stems = _stems(lang)
    single = max((len(stem) for stem in stems if " " not in stem), default=0)
    return single, sorted({len(stem) for stem in stems if " " in stem}, reverse=True)


def _stem_hits(words: list[str], lang: str):
    """(stem, qcodes) for each word that starts with a one-word stem, and
    each run of words that starts with a several-word stem."""
    stems = _stems(lang)
    single, phrase_lengths = _stem_lengths(lang)
    for index, word in enumerate(words):
        for cut in range(min(len(word), single), 1, -1):
            if word[:cut] in stems:
                yield word[:cut], stems[word[:cut]]
                break
        phrase = " ".join(words[index : index + MAX_PHRASE])
        for length in phrase_lengths:
            if phrase[:length] in stems:
                yield phrase[:length], stems[phrase[:length]]
                break


#: The top-level topic of sport.
SPORT = "medtop:15000000"


def sport_words(text: str, lang: str) -> int:
    """How many of the sport topic's words (``match``, ``liga``,
    ``entraineur``, ``Spieler``) ``text`` holds, each counted once, however
    often it is written: business copy writes "win" and "team" again and
    again, sports copy a match, its season, its league and its coach."""
    return len({stem for stem, qcodes in _stem_hits(_WORD.findall(fold(text)), lang) if SPORT in qcodes})


@functools.cache
def _label_first_words(lang: str) -> frozenset[str]:
    """First words of the several-word labels of ``lang``."""
    return frozenset(label.split(" ", 1)[0] for label in _label_index(lang) if " " in label)


def _label_hits(words: list[str], labels: dict[str, str], firsts: frozenset[str]):
    for index in range(len(words)):
        # a phrase of several words can only start with a label's first word
        phrases = _phrases(words, index) if words[index] in firsts else (words[index],)
        for phrase in phrases:
            for form in (
                phrase,
                phrase[:-1] if phrase.endswith(("s", "n")) else None,
                phrase[:-2] if phrase.endswith("es") else None,
            ):
                if form and form in labels:
                    yield form, labels[form]
                    break


def classify(headline: str, paragraphs: list[str], lang: str, organizations: list[str]) -> TopicResult:
    """Topics for a dispatch in ``lang`` naming ``organizations``."""
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)
    narrower_hits: dict[str, int] = defaultdict(int)
    parts = [(headline, HEADLINE_WEIGHT, "headline")]
    if paragraphs:
        parts.append((paragraphs[0], LEDE_WEIGHT, "lede"))
        parts.append((" ".join(paragraphs[1:]), BODY_WEIGHT, "body"))
    labels = _label_index(lang)
    firsts = _label_first_words(lang)
    for text, weight, where in parts:
        words = _WORD.findall(fold(text))
        for stem, qcodes in _stem_hits(words, lang):
            for qcode in qcodes:
                scores[qcode] += weight
                reasons[qcode].append(f"'{stem}' in the {where}")
        for _label, qcode in _label_hits(words, labels, firsts):
            narrower_hits[qcode] += 1
            top = top_level(qcode)
            scores[top] += NARROWER_WEIGHT * weight / HEADLINE_WEIGHT
            reasons[top].append(f"IPTC topic '{mediatopics()[qcode]['labels'][lang]}' in the {where}")
    for name in organizations:
        org = organization_by_name().get(name)
        for qcode in org.topics if org else ():
            scores[qcode] += ORGANIZATION_WEIGHT
            reasons[qcode].append(f"names {name}")
    category = None
    if scores:
        category = max(sorted(scores), key=lambda q: scores[q])
    # narrower topics only under the story's category: a French "escalade"
    # (of tensions) is not sport climbing in a politics story
    narrower = sorted((q for q in narrower_hits if top_level(q) == category), key=lambda q: (-narrower_hits[q], q))
    return TopicResult(category, narrower[:3], dict(scores), dict(reasons))
