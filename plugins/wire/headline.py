"""Derive a headline from the lede when a dispatch has none.

A sub-editor's rules, applied in order: take the first sentence; drop the
attribution tail (``, a rapporté la Maison blanche``, ``, officials said``);
turn reported speech into the headline form ``Speaker: what was said`` when
the sentence is ``Speaker said (that) ...``; then cut to the length limit at a
clause boundary, else a word boundary, never leaving a dangling quote, a
dangling function word or trailing punctuation.
"""

from __future__ import annotations

import re

MAX_LENGTH = 110
MIN_CLAUSE = 30

_SENTENCE_END = re.compile(r"(?<=[^\s.A-Z][.!?])[\"”»]?\s+(?=[\"“«A-ZÀ-Ý¿¡])")
_ATTRIBUTION = {
    "fr": r"(?:a|ont|avait|avaient) (?:rapporté|indiqué|déclaré|annoncé|affirmé|précisé|fait savoir|"
    r"expliqué|souligné|assuré|estimé|dit|confirmé|ajouté|averti|prévenu|jugé)|selon|rapporte|indique|"
    r"annonce|affirme|précise|déclare|estime|assure|souligne|a-t-(?:il|elle) (?:dit|déclaré|ajouté|indiqué|précisé)",
    "en": r"(?:has |have |had )?(?:said|says|told|reported|announced|stated|added|confirmed|warned)|according to|"
    r"(?:a |the )?(?:source|official|spokesperson|spokesman|spokeswoman)s? (?:said|says)",
    "es": r"(?:ha |han )?(?:informó|informado|dijo|dicho|afirmó|afirmado|anunció|anunciado|declaró|declarado|"
    r"indicó|indicado|aseguró|asegurado|señaló|señalado|explicó|precisó|confirmó)|según|informa|indica",
    "de": r"(?:teilte|teilten) [^,]{0,60} mit|(?:sagte|sagten|erklärte|erklärten|berichtete|berichteten|"
    r"verkündete|betonte|hieß es|meldete|kündigte [^,]{0,40} an)|wie [^,]{0,80} (?:mitteilte|berichtete|sagte)|laut",
}
_SPEECH = {
    "fr": r"(?:a|ont) (?:déclaré|affirmé|annoncé|assuré|averti|prévenu|estimé|dit|indiqué|promis|jugé|menacé)",
    "en": r"(?:said|says|told|announced|warned|promised|pledged|vowed|insisted|declared)",
    "es": r"(?:dijo|afirmó|anunció|aseguró|advirtió|declaró|prometió|indicó|señaló)",
    "de": r"(?:sagte|erklärte|kündigte an|warnte|versprach|betonte|drohte)",
}
_THAT = {"fr": r"que|qu'|qu’", "en": r"that", "es": r"que", "de": r"dass"}
_CLAUSE_BREAKS = {
    "fr": r"si|lorsque|quand|alors que|tandis que|après|avant|afin de|car|mais|dont|où",
    "en": r"if|when|while|after|before|because|but|which|where|amid|despite|unless|until",
    "es": r"si|cuando|mientras|tras|después de|antes de|porque|pero|aunque|donde",
    "de": r"wenn|während|nachdem|bevor|weil|aber|obwohl",
}
_DANGLING = {
    "fr": r"le|la|les|l'|un|une|des|de|du|d'|à|au|aux|et|ou|que|qu'|qui|en|sur|par|pour|avec|dans|son|sa|ses|leur|leurs|ce|cette|ces|si|à partir|au cours|en raison|lors|afin|près|auprès|face|contre|vers|sans|sous|entre|chez",
    "en": r"the|a|an|of|to|and|or|that|which|who|in|on|at|by|for|with|from|his|her|its|their|this|these|as|if|according|due|ahead|because|against|into|over|under|between",
    "es": r"el|la|los|las|un|una|de|del|a|al|y|o|que|quien|en|por|para|con|su|sus|este|esta|si|a partir|además|junto|debido|contra|sin|sobre|entre|hacia",
    "de": r"der|die|das|den|dem|des|ein|eine|einen|einem|und|oder|dass|in|im|an|am|auf|mit|von|für|zu|zum|zur|sein|ihr|wenn|aufgrund|wegen|gegen|ohne|über|unter|zwischen",
}
_OPENING = '"“«„‘'
_CLOSING = '"”»“’'
_TRAILING_PUNCT = " ,;:–—-.…"


def first_sentence(text: str) -> str:
    parts = _SENTENCE_END.split(text.strip(), maxsplit=1)
    return parts[0].strip()


def _strip_attribution(sentence: str, lang: str) -> str:
    pattern = _ATTRIBUTION.get(lang, _ATTRIBUTION["en"])
    tail = re.compile(rf",\s*(?:{pattern})\b[^,]*?(?:,[^,]*)?[.!]?$", re.IGNORECASE)
    stripped = tail.sub("", sentence.rstrip("."))
    return stripped if len(stripped) >= MIN_CLAUSE else sentence.rstrip(".")


def _speaker(subject: str) -> str | None:
    """The proper name at the end of a subject: ``Le président américain Joe
    Biden`` -> ``Joe Biden``."""
    words = subject.split()
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (run and word.lower() in ("de", "von", "van", "del", "da", "bin", "al")):
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in ("de", "von", "van", "del", "da", "bin", "al"):
        run.pop(0)
    if not run or (
        len(run) == len(words) and len(words) == 1 and words[0].lower() in ("il", "elle", "he", "she", "er", "sie")
    ):
        return None
    if len(run) == len(words) and len(words) > 1 and words[0].lower() in _DETERMINERS:
        run = run[1:]
    if len(run) > 3:  # "U.S. Treasury Secretary Janet Yellen": titles go
        run = run[-2:]
    return " ".join(run) if run and len(" ".join(run)) <= 40 else None


_DETERMINERS = {"le", "la", "les", "l'", "the", "el", "los", "las", "der", "die", "das"}


def _reported_speech(sentence: str, lang: str) -> tuple[str, str] | None:
    """``X a déclaré dimanche à Y que CLAUSE`` -> ``X : CLAUSE``."""
    speech = _SPEECH.get(lang)
    if not speech:
        return None
    match = re.match(
        rf"^(?P<subject>.{{3,80}}?)\s+{speech}\b(?P<middle>[^\"“«,;]{{0,70}}?)(?:,\s*|\s+)(?:{_THAT[lang]})\s*(?P<clause>.+)$",
        sentence,
        re.IGNORECASE,
    )
    if not match:
        return None
    speaker = _speaker(match["subject"])
    if not speaker:
        return None
    clause = match["clause"].strip()
    if clause.startswith(("'", "’")):
        clause = clause[1:]
    clause = clause[:1].upper() + clause[1:] if lang != "fr" else clause
    separator = "\u00a0: " if lang == "fr" else ": "
    return f"{speaker}{separator}", clause


def _balanced(text: str) -> bool:
    depth = 0
    straight = text.count('"') % 2 == 0
    for char in text:
        if char in "“«„":
            depth += 1
        elif char in "”»" and depth:
            depth -= 1
    return depth == 0 and straight


def _clean_end(text: str, lang: str) -> str:
    dangling = re.compile(rf"(?:\s+|^)(?:{_DANGLING.get(lang, _DANGLING['en'])})$", re.IGNORECASE)
    previous = None
    while previous != text:
        previous = text
        text = text.rstrip(_TRAILING_PUNCT + "\u00a0\u202f")
        if text.endswith(("(", "[")):
            text = text[:-1]
        text = dangling.sub("", text)
    return text


def _fits(text: str, lang: str, limit: int, keep: int) -> str | None:
    text = _clean_end(text, lang)
    if max(MIN_CLAUSE, keep) <= len(text) <= limit and _balanced(text):
        return text
    return None


def shorten(text: str, lang: str, limit: int = MAX_LENGTH, keep: int = 0) -> str:
    """Cut ``text`` to ``limit`` characters at the last clause boundary that
    leaves a headline, else at the last word boundary; the first ``keep``
    characters are never cut into."""
    text = _clean_end(text, lang)
    if len(text) <= limit and _balanced(text):
        return text
    breaks = _CLAUSE_BREAKS.get(lang, _CLAUSE_BREAKS["en"])
    boundary = re.compile(rf"\s*[,;:–—(]\s+|\s+(?=(?:{breaks})\b)", re.IGNORECASE)
    cuts = [m.start() for m in boundary.finditer(text) if keep < m.start() <= limit]
    for cut in reversed(cuts):
        candidate = _fits(text[:cut], lang, limit, keep)
        if candidate:
            return candidate
    # a word boundary: best where the next word opens a new phrase (a
    # preposition or article), so the cut ends on a whole noun phrase
    function_words = re.compile(rf"^(?:{_DANGLING.get(lang, _DANGLING['en'])})\b", re.IGNORECASE)
    words = text.split(" ")
    plain = None
    for count in range(len(words) - 1, 0, -1):
        candidate = _clean_end(" ".join(words[:count]), lang)
        if not candidate or len(candidate) > limit or len(candidate) < max(MIN_CLAUSE, keep):
            continue
        if not _balanced(candidate):
            continue
        if function_words.match(words[count]) and len(candidate) >= limit * 0.6:
            return candidate
        plain = plain or candidate
    if plain:
        return plain
    return _clean_end(text[:limit], lang).strip(_OPENING + _CLOSING)


def derive_headline(lede: str, lang: str, limit: int = MAX_LENGTH) -> str:
    """A headline for a dispatch that has none, from its lede."""
    sentence = first_sentence(lede)
    sentence = _strip_attribution(sentence, lang)
    speech = _reported_speech(sentence, lang)
    if speech:
        speaker, clause = speech
        headline = shorten(speaker + clause, lang, limit, keep=len(speaker) + 12)
        if len(headline) >= max(MIN_CLAUSE, len(speaker) + 12):
            return headline
    return shorten(sentence, lang, limit)
