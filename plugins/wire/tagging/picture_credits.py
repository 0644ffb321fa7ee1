"""Picture credits, source lines and bylines inside a story's text.

Copy taken from news sites keeps its pictures' captions, and each caption
its credit: ``© picture alliance / dpa | Lena Brockmann``, ``Foto: Ivo
Ottmann``, ``Bild: Radio Bremen``; a story may close on where it came from,
``Mit Material der Nachrichtenagenturen dpa und AFP``, and name its writer,
``Von: Anton Vielhaber``. The photographer, the picture agency, the agency
a story drew on and its writer are not what the story is about, and a name
met only there is no tag. Pure functions: text in, spans out.
"""

from __future__ import annotations

import re

#: What opens a credit: the copyright sign, a picture's, a source's or a
#: byline's label and its colon in four languages, a German source line.
_CREDIT_MARK = re.compile(
    r"©[ ]?"
    r"|(?<![\w-])(?:Fotos?|Bild|Bildquelle|Quellen?|Photos?|Crédits?|Credits?|Fuente|Imagen|Von|Autor|Autorin)[ ]?:[ ]"
    r"|(?<![\w-])Mit Material (?:von|der|des)[ ]"
)
#: A caption's credit or a byline after its last sentence, ending the line:
#: "... aus Grönland. SWR", "... in Ludwigshafen. SWR Ada Grünwald",
#: "... vor dem Aus. Von Anton Vielhaber".
_CREDIT_ENDING_LINE = re.compile(
    r"(?<=[a-zäöüß\"“”)][.!?][ ])"
    r"(?:[A-ZÄÖÜ]{2,6}|Imago|IMAGO|Reuters|Von)(?:[ ][A-ZÄÖÜ][\w-]+){0,3}$",
    re.MULTILINE,
)
#: A word of a credit: a name's word (capitalised, in capitals, or with a
#: dot inside, ``B.Pedersen``, ``gala.de``) or a word credits write small.
_CREDIT_WORD = re.compile(r"[\w&'’.-]+")
#: Words credits write small: agencies, picture libraries, joining words.
_SMALL_CREDIT_WORDS = frozenset(
    "dpa afp ap apa epa ddp kna sid imago picture alliance picture-alliance images image stock people privat via "
    "und and y et von van de der des di da mit rbb hr ndr wdr swr br mdr zdf ard ots getty screenshot".split()
)
#: Words that open a sentence, not a credit's name, where a caption goes on
#: after its credit: ``© Hanna Pleul/dpa Die Stimmung war ...``.
_SENTENCE_OPENERS = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einen Im In Am An Auf Aus Bei Nach Vor Zum Zur Für Es Er Sie Wir "
    "Ich Auch Doch Aber Oder Wie Was Wo Als Nicht Nur So Dort Hier The A On At For It He She They "
    "We This That Le Les Un Une El Los Las Una".split()
)
#: What may stand between a credit's words: spaces, a slash, a bar, a comma.
_CREDIT_GAP = re.compile(r"[ ]*[/|,;+][ ]*|[ ]+")
#: The last words of picture libraries' and agencies' names: "Getty Images",
#: "Everett Collection", "AFP Pool", "PA Wire".
_LIBRARY_LAST = frozenset("Images Image Press Collection Pool Wire Pictures Photo Photos Sportswire Archive".split())
#: A credit's next part ahead, within three words: "Foto Services | ".
_PART_AHEAD = re.compile(r"(?:[\w&'’.-]+[ ]+){0,2}[\w&'’.-]+[ ]*[/|]")
#: A photographer's name has no more words than this.
_MOST_NAME_WORDS = 3
#: A credit names few: its words end by then.
_MOST_CREDIT_WORDS = 12


def _credit_word(word: str) -> bool:
    """Whether a word may stand in a credit: a name's, or one credits write small."""
    word = word.rstrip(".")
    if word in _SENTENCE_OPENERS:
        return False
    return word[:1].isupper() or word[:1].isdigit() or "." in word or word.lower() in _SMALL_CREDIT_WORDS


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are picture credits or source lines: from
    the word after the mark to the last word that may stand in one, before
    a word a sentence goes on with or the end of a sentence. A gallery runs
    each credit into the next caption: after an agency's name (``Hanna
    Pleul/dpa``, ``FUNKE``) or the last word of a picture library's
    (``Getty Images``), or three words after a slash or a bar, a word after
    a space is the caption's. A credit or a byline may also end a caption's
    line after its last sentence, with no mark: ``... aus Grönland. SWR``."""
    spans = []
    for mark in _CREDIT_MARK.finditer(text):
        at = end = mark.end()
        words_since_part = 0
        for _ in range(_MOST_CREDIT_WORDS):
            word = _CREDIT_WORD.match(text, at)
            if word is None or not _credit_word(word[0]):
                break
            end = word.end()
            if word[0].endswith(".") and len(word[0]) > 3:
                break  # "Mit Material von dpa.": the sentence ends
            gap = _CREDIT_GAP.match(text, end)
            if gap is None:
                break
            at = gap.end()
            if gap[0].strip():
                words_since_part = 0  # "picture alliance / dpa | Lena Brockmann": the next part
                continue
            words_since_part += 1
            following = _CREDIT_WORD.match(text, at)
            following = following[0] if following else ""
            if (
                following in _LIBRARY_LAST
                or following.lower() in _SMALL_CREDIT_WORDS
                or _in_capitals(following)
                or _PART_AHEAD.match(text, at)
            ):
                continue  # "Getty Images", "picture alliance", "RALF HIRSCHBERGER", "FUNKE Foto Services | Ivo Ottmann"
            if _agency_word(word[0]) or word[0] in _LIBRARY_LAST or words_since_part >= _MOST_NAME_WORDS:
                break  # "© Hanna Pleul/dpa Jon Chialowski (CDU), Kultursenator": the next caption
        if end > mark.end():
            spans.append((mark.end(), end))
    spans.extend(match.span() for match in _CREDIT_ENDING_LINE.finditer(text))
    return sorted(spans)


def _in_capitals(word: str) -> bool:
    """Whether a word of two letters or more is written in capitals."""
    return word.isupper() and len(word) > 1


def _agency_word(word: str) -> bool:
    """Whether a credit's word names an agency or a picture library by itself: ``dpa``, ``AFP``, ``FUNKE``."""
    return word.lower() in _SMALL_CREDIT_WORDS or _in_capitals(word)


def in_credit(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether a name that starts at ``start`` starts inside one of the credits' ``spans``."""
    return any(begin <= start < end for begin, end in spans)
