"""Derive a headline from the lede when a dispatch has none.

A sub-editor's rules, applied in order: take the first sentence, without
instrument codes (``<HRMN.N>``); drop the attribution tail (``, a rapporté la
Maison blanche``, ``, officials said``) and the weekday (``on Monday``,
``lundi``, ``el lunes``, ``am Montag``: a headline is read on the day); put
English verbs in headline tense where a rule is safe (``has won`` ->
``wins``, ``X said it would cut`` -> ``X to cut``; other languages keep the
lede's tense); turn reported speech into the headline form ``Speaker: what
was said`` when the sentence is ``Speaker said (that) ...``; then cut to the
length limit (80 characters) at a clause boundary, else at a word boundary
before a new phrase, never leaving a dangling quote, an article, a
preposition, a conjunction or an auxiliary at the end, nor a verb cut off
from its object, nor trailing punctuation.
"""

from __future__ import annotations

import re

from .instrument_codes import without_codes

MAX_LENGTH = 80
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
    "fr": r"si|lorsque|quand|alors que|tandis que|après|avant|afin de|car|mais|dont|où|en raison de|"
    r"dans le cadre de|à la suite de|pour protester|malgré",
    "en": r"if|when|while|after|before|because|but|which|where|amid|despite|unless|until|in order to|so as to|"
    r"in a bid to|in an effort to|as part of|following|ahead of|as(?= (?:a|an|the|its|their|[a-z]+s?) )",
    "es": r"si|cuando|mientras|tras|después de|antes de|porque|pero|aunque|donde|con el fin de|debido a|"
    r"en el marco de|pese a|a pesar de",
    "de": r"wenn|während|nachdem|bevor|weil|aber|obwohl|um|damit|wegen|aufgrund|im Rahmen|trotz",
}
# what a headline may not end on: articles, determiners, prepositions,
# conjunctions, pronouns and auxiliaries that need what follows them
_DANGLING = {
    "fr": r"le|la|les|l'|l’|un|une|des|de|du|d'|d’|à|au|aux|et|ou|ni|mais|donc|car|or|que|qu'|qu’|qui|dont|où|"
    r"en|sur|par|pour|avec|dans|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cette|ces|si|à partir|au cours|"
    r"en raison|lors|afin|près|auprès|face|contre|vers|sans|sous|entre|chez|depuis|pendant|avant|après|malgré|"
    r"selon|lorsque|quand|ne|n'|n’|se|s'|s’|a|ont|est|sont|sera|va|il|elle|ils|elles|on|très|plus",
    "en": r"the|a|an|of|to|and|or|nor|but|so|yet|that|which|who|whom|whose|in|on|at|by|for|with|from|his|her|its|"
    r"their|our|this|these|those|as|if|according|due|ahead|because|against|into|over|under|between|about|"
    r"after|before|than|via|amid|among|toward|towards|through|without|within|upon|onto|per|whether|while|"
    r"when|where|since|until|during|including|is|are|was|were|be|been|has|have|had|will|would|could|"
    r"should|may|might|can|not|also|some|any|each|every|no|such|in order|set|expected|likely|plans|aims",
    "es": r"el|la|los|las|lo|un|una|de|del|a|al|y|e|o|u|ni|pero|sino|que|quien|cuyo|cuya|en|por|para|con|su|"
    r"sus|nuestro|nuestra|este|esta|estos|estas|si|a partir|además|junto|debido|contra|sin|sobre|entre|hacia|"
    r"desde|hasta|durante|tras|ante|bajo|mediante|según|cuando|donde|como|porque|aunque|mientras|se|le|les|"
    r"ha|han|es|son|será|fue|muy|más",
    "de": r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|sondern|denn|doch|dass|ob|"
    r"weil|als|wie|in|im|ins|an|am|auf|aus|bei|beim|durch|mit|nach|seit|bis|vor|vom|von|für|zu|zum|zur|um|"
    r"ihr|ihre|ihren|ihrem|seine|seinen|seinem|seiner|wenn|aufgrund|wegen|gegen|ohne|über|unter|zwischen|"
    r"sich|nicht|sehr|auch|noch|dieser|diese|dieses|diesen|kein|keine",
}
# words that open an adjunct or a new clause: the best place for a cut
_PHRASE_START = {
    "fr": r"en|à|au|aux|dans|sur|pour|avec|par|après|avant|pendant|depuis|malgré|contre|selon|et|mais|car|lors|"
    r"afin|d'ici|d’ici|tandis|alors|faute",
    "en": r"in|on|at|by|for|to|with|from|after|before|amid|despite|over|during|since|until|while|when|as|and|but|"
    r"because|following|ahead|against|across|near|without",
    "es": r"en|a|al|con|para|por|tras|durante|desde|hasta|contra|según|y|pero|ante|sobre|mientras|sin",
    "de": r"in|im|an|am|auf|mit|nach|seit|bis|vor|für|gegen|wegen|trotz|und|aber|bei|beim|durch|um|zum|zur|ohne",
}
# a word that needs what follows it though it is no function word: a
# present participle ("visant | à", "aiming | to"), a number ("2.000 | emplois")
_NEEDS_MORE = re.compile(r"(?:ant|ing|end|ando|iendo|\d[\d.,]*)$", re.IGNORECASE)
# words that open a noun phrase: a cut just before one leaves a verb without its object
_OBJECT_START = {
    "fr": r"le|la|les|l'|l’|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces|\d[\d.,\s]*",
    "en": r"the|a|an|its|his|her|their|our|this|these|those|\d[\d.,]*",
    "es": r"el|la|los|las|un|una|su|sus|este|esta|estos|estas|\d[\d.,]*",
    "de": r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|seine|seinen|ihre|ihren|\d[\d.,]*",
}
_WEEKDAYS = {
    "en": r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": r"lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    "de": r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag",
}
# the weekday with the words that carry it, as each language writes it in a lede
_WEEKDAY_PHRASE = {
    "en": r"(?:(?:late|early|earlier|later)\s+)?on\s+(?:{days})(?:\s+(?:morning|afternoon|evening|night))?",
    "fr": r"(?:ce\s+|dans\s+la\s+nuit\s+de\s+|tard\s+)?(?:{days})(?:\s+(?:matin|soir|après-midi|midi))?",
    "es": r"(?:el|este|esta)\s+(?:{days})(?:\s+por\s+la\s+(?:mañana|tarde|noche))?",
    "de": r"am\s+(?:{days})(?:abend|morgen|nachmittag|vormittag|mittag)?",
}
# a weekday after one of these is a deadline or a start, not the news day: it stays
_KEEP_WEEKDAY_AFTER = {
    "fr": {
        "à",
        "jusqu'à",
        "jusqu’à",
        "dès",
        "avant",
        "après",
        "depuis",
        "d'ici",
        "d’ici",
        "le",
        "du",
        "au",
        "de",
        "pour",
    },
    "es": {"hasta", "desde", "antes", "después", "para"},
    "en": set(),
    "de": set(),
}
_SPEECH_VERB_EN = r"said|says|told\s+\w+|announced|confirmed|reported|warned"
# English present perfect -> headline present: participle -> base form
_PARTICIPLES = {
    "won": "win", "agreed": "agree", "approved": "approve", "announced": "announce", "signed": "sign",
    "launched": "launch", "rejected": "reject", "raised": "raise", "lowered": "lower", "named": "name",
    "appointed": "appoint", "decided": "decide", "filed": "file", "reached": "reach", "lost": "lose",
    "sold": "sell", "bought": "buy", "acquired": "acquire", "warned": "warn", "resigned": "resign",
    "closed": "close", "opened": "open", "passed": "pass", "ordered": "order", "banned": "ban",
    "blocked": "block", "suspended": "suspend", "recalled": "recall", "posted": "post", "ruled": "rule",
    "charged": "charge", "arrested": "arrest", "fined": "fine", "sued": "sue", "denied": "deny",
    "unveiled": "unveil", "halted": "halt", "scrapped": "scrap", "dropped": "drop", "cut": "cut",
    "hit": "hit", "set": "set", "struck": "strike", "urged": "urge", "vowed": "vow", "pledged": "pledge",
    "adopted": "adopt", "confirmed": "confirm", "ended": "end", "begun": "begin", "started": "start",
}  # fmt: skip
_OPENING = '"“«„‘'
_CLOSING = '"”»“’'
_TRAILING_PUNCT = " ,;:–—-.…"


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def drop_weekday(sentence: str, lang: str) -> str:
    """``said on Tuesday`` -> ``said``, ``a déclaré dimanche à`` -> ``a
    déclaré à``, ``aprobó este martes`` -> ``aprobó``, ``hat am Mittwoch`` ->
    ``hat``; a weekday that is a deadline (``jusqu'à lundi``) stays."""
    days = _WEEKDAYS.get(lang)
    if not days:
        return sentence
    phrase = re.compile(rf"(?P<before>[\w'’]+)?(?P<space>\s+){_WEEKDAY_PHRASE[lang].format(days=days)}\b(?!['’]s)")
    if lang == "en":  # AP: "officials said Tuesday"
        sentence = re.sub(rf"\b({_SPEECH_VERB_EN})\s+(?:{days})\b(?!['’]s)", r"\1", sentence)

    def drop(match: re.Match) -> str:
        before = match["before"] or ""
        if before.lower() in _KEEP_WEEKDAY_AFTER[lang]:
            return match[0]
        return before

    sentence = phrase.sub(drop, sentence)
    return re.sub(r"\s+([,;.])", r"\1", re.sub(r",\s*,", ",", sentence)).strip()


def headline_tense(text: str, lang: str) -> str:
    """English verbs as headlines write them, where a rule is safe:
    ``Harmon Motors said it would cut`` -> ``Harmon Motors to cut``, ``has
    won`` -> ``wins``, ``have agreed`` -> ``agree``. Other languages keep
    the lede's tense."""
    if lang != "en":
        return text
    text = re.sub(
        r"^(?P<subject>(?!(?:He|She|It|They|We|I)\b)[^,]{3,80}?)\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?"
        r"(?:it|they|he|she)\s+(?:would|will|was\s+going\s+to|is\s+going\s+to|plans\s+to|planned\s+to)\s+(?=[a-z])",
        r"\g<subject> to ",
        text,
    )

    def present(match: re.Match) -> str:
        base = _PARTICIPLES[match["participle"].lower()]
        return base if match["aux"].lower() == "have" else _third_person(base)

    words = "|".join(_PARTICIPLES)
    return re.sub(rf"\b(?P<aux>has|have)\s+(?P<participle>{words})\b", present, text)


# abbreviations a sentence does not end on: "a Mass in St. Peter's Square"
_ABBREVIATIONS = {
    "st", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jr", "sr", "co",
    "corp", "inc", "ltd", "no", "mt", "ft", "prof", "vs", "approx", "jan", "feb", "aug", "sept", "oct", "nov",
    "dec", "mme", "mlle", "sra", "dra", "nr", "bzw", "ca", "dt", "abs",
}  # fmt: skip


def first_sentence(text: str) -> str:
    text = text.strip()
    for end in _SENTENCE_END.finditer(text):
        before = re.search(r"(\w+)\.$", text[: end.start()].rstrip('"”»'))
        if before and before[1].lower() in _ABBREVIATIONS:
            continue
        return text[: end.start()].strip()
    return text


# "El presidente del Gobierno, Pedro Sánchez, anunció": a headline names the person
_APPOSITION = re.compile(
    r"^(?P<title>[^,]{3,60}),\s+(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:(?:de|da|del|von|van|der|al|bin)\s+)*"
    r"[A-ZÀ-Ý][\w’'\-]+){1,4}),\s+(?P<rest>[a-zà-ÿ].+)$"
)


def _name_for_title(sentence: str) -> str:
    match = _APPOSITION.match(sentence)
    if not match or len(match["title"].split()) < 2:
        return sentence
    return f"{match['name']} {match['rest']}"


# German: the verb bracket ("hat ... beschlossen") closes the clause; to fit,
# adjuncts inside it go ("für die Ukraine", "der Deutschen Bahn"), not its verb
_DE_ADJUNCT = re.compile(
    r"\s+(?P<head>in|im|am|an|ab|auf|mit|nach|für|gegen|bei|vor|über|unter|von|vom|seit|aus|wegen|durch|trotz|"
    r"zwischen|während|laut|neben|der|des)"
    r"\s+(?:[a-zäöüß0-9][\w\-]*\s+){0,3}[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,2}"
    r"(?:\s+und\s+(?:[a-zäöüß][\w\-]*\s+){0,2}[A-ZÄÖÜ][\w\-]*)?(?=\s+[a-zäöüß])"
)


def _fit_german_clause(sentence: str, limit: int) -> str:
    """The main clause, its verb kept, without adjuncts until it fits; the
    sentence unchanged when that cannot be done."""
    clause = sentence.split(", ", 1)[0].rstrip(".")
    if len(sentence.rstrip(".")) <= limit or not MIN_CLAUSE <= len(clause) <= 3 * limit:
        return sentence
    if not re.search(r"\s[a-zäöüß]+$", clause):
        return sentence
    while len(clause) > limit:
        found = [
            m
            for m in _DE_ADJUNCT.finditer(clause)
            if m.start() > 0
            # a genitive ("der Deutschen Bahn") only after a noun
            and (m["head"] not in ("der", "des") or clause[: m.start()].split()[-1][:1].isupper())
        ]
        if not found:
            return sentence
        last = found[-1]
        clause = clause[: last.start()] + clause[last.end() :]
    return clause


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
    before = words[len(words) - len(run) - 1].lower() if len(run) < len(words) else ""
    if before in ("de", "del", "du", "des", "d'", "of", "der", "des", "von", "la"):
        return None  # "El presidente del Gobierno": the name is the title's, not the speaker's
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
    if not speech or lang == "de":
        return None  # a German "dass" clause ends on its verb: no headline on its own
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
    clause = clause[:1].upper() + clause[1:] if lang == "en" else clause
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
    # preposition or conjunction), so the cut ends on a whole phrase; never
    # just before an article or a number, which would leave a verb without
    # its object ("... in order to keep | the"), unless nothing else fits
    function_words = re.compile(rf"^(?:{_PHRASE_START.get(lang, _PHRASE_START['en'])})\b", re.IGNORECASE)
    object_start = re.compile(rf"^(?:{_OBJECT_START.get(lang, _OBJECT_START['en'])})(?:\b|$)", re.IGNORECASE)
    words = text.split(" ")
    plain = last_resort = None
    for count in range(len(words) - 1, 0, -1):
        candidate = _clean_end(" ".join(words[:count]), lang)
        if not candidate or len(candidate) > limit or len(candidate) < max(MIN_CLAUSE, keep):
            continue
        if not _balanced(candidate):
            continue
        cut_before = words[len(candidate.split(" "))] if len(candidate.split(" ")) < len(words) else ""
        last = candidate.split(" ")[-1]
        in_name = lang != "de" and last[:1].isupper() and cut_before[:1].isupper()
        if object_start.match(cut_before) or (cut_before and _NEEDS_MORE.search(last)) or in_name:
            last_resort = last_resort or candidate
            continue
        if function_words.match(cut_before) and len(candidate) >= limit * 0.6:
            return candidate
        plain = plain or candidate
    if plain or last_resort:
        return plain or last_resort
    return _clean_end(text[:limit], lang).strip(_OPENING + _CLOSING)


def derive_headline(lede: str, lang: str, limit: int = MAX_LENGTH) -> str:
    """A headline for a dispatch that has none, from its lede."""
    sentence = _name_for_title(first_sentence(without_codes(lede)))
    sentence = _strip_attribution(sentence, lang)
    sentence = drop_weekday(sentence, lang)
    if lang == "de":
        sentence = _fit_german_clause(sentence, limit)
    speech = _reported_speech(sentence, lang)
    if speech:
        speaker, clause = speech
        clause = headline_tense(clause, lang)
        headline = shorten(speaker + clause, lang, limit, keep=len(speaker) + 12)
        if len(headline) >= max(MIN_CLAUSE, len(speaker) + 12):
            return headline
    return shorten(headline_tense(sentence, lang), lang, limit)
