"""German names of bodies in the nominative, as a tag names them.

German copy declines a body's name with the sentence: ``des Innenministeriums``,
``der Deutschen Bank``, ``beim Islamischen Staat``, ``des Obersten
Gerichtshofs``. A tag is the name in the nominative without an article
(``Innenministerium``, ``Deutsche Bank``, ``Islamischer Staat``, ``Oberster
Gerichtshof``), as the body is named on its own letterhead, so that one body
is one tag whatever case a story puts it in.

The head noun's gender comes from how it ends (``-ministerium`` is neuter,
``-bank`` feminine, ``-hof`` masculine); a name whose head ends otherwise is
left as written; so is a town's adjective (``Wiener``, ``Leipziger``). Pure
functions of the name.
"""

from __future__ import annotations

import re

from ..places import find_city

#: How a head noun ends, and its gender: masculine, feminine, neuter.
_HEAD_GENDERS = {
    "m": "hof staat rat bund verband verein konzern dienst ausschuss anzeiger kurier senat landtag bundestag "
    "kongress orden klub gipfel verlag kreistag",
    "f": "bank zeitung partei kammer behörde agentur kommission union liga gesellschaft stiftung universität "
    "hochschule akademie gewerkschaft regierung polizei armee allianz versicherung bahn börse organisation "
    "vereinigung bewegung kirche gemeinde",
    "n": "ministerium museum zentrum institut amt haus gericht parlament komitee büro forum theater kollegium "
    "gremium kuratorium werk festival",
}
_GENDER_OF_ENDING = {ending: gender for gender, endings in _HEAD_GENDERS.items() for ending in endings.split()}
#: Endings sorted longest first, so that "gerichtshof" is read as "hof" and "landgericht" as "gericht".
_ENDINGS = sorted(_GENDER_OF_ENDING, key=len, reverse=True)
#: English heads that end like German ones: "Democrats" is no genitive of a council.
_NOT_GERMAN_HEADS = re.compile(r"crats$", re.IGNORECASE)
#: A declined adjective before the head: its stem and its ending ("Europäisch" "en").
_ADJECTIVE = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß-]*?(?:sch|lich|ig|al|är|ell|iv|ant|ent|ert|berst|öchst|ein))(e|en|em|er|es)"
)
#: The nominative ending of an adjective without an article, by gender.
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}


def nominative(name: str) -> str:
    """``name`` in the nominative without an article, where its head noun's
    gender is known (``Deutschen Archäologischen Instituts`` ->
    ``Deutsches Archäologisches Institut``); else ``name`` as written.
    Adjectives of towns do not decline (``Wiener Musikvereins`` -> ``Wiener
    Musikverein``)."""
    words = name.split()
    head = words[-1]
    if _NOT_GERMAN_HEADS.search(head) or not head[:1].isupper():
        return name
    found = _head(head)
    if found is None:
        return name
    stem, gender = found
    adjectives = []
    for word in words[:-1]:
        match = _ADJECTIVE.fullmatch(word)
        if match and not find_city(match[1]):  # "Leipziger": a town's, not an adjective in -ig
            adjectives.append(match[1] + _STRONG_ENDING[gender])
        elif word[:1].isupper() and word.endswith("er"):
            adjectives.append(word)  # "Wiener", "Schweizer": a town's adjective, the same in every case
        else:
            return name  # another word before the head: the name is not an adjective and a noun
    return " ".join([*adjectives, stem])


def ends_on_body_head(word: str) -> bool:
    """Whether a German noun ends on a body's head noun (``Rechnungshof``,
    ``Landesbank``, ``Kunstmuseums``)."""
    return _head(word) is not None


def _head(word: str) -> tuple[str, str] | None:
    """The head noun in the nominative and its gender, with a genitive's
    ``-s`` or ``-es`` taken off a masculine or neuter one; none where the
    word ends on no known head."""
    lower = word.lower()
    for ending in _ENDINGS:
        gender = _GENDER_OF_ENDING[ending]
        if lower.endswith(ending):
            return word, gender
        if gender != "f":
            for genitive in ("es", "s"):
                if lower.endswith(ending + genitive):
                    return word[: -len(genitive)], gender
    return None
