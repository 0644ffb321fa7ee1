"""French organisations by their shape: bodies and institutions written in
lower case, ministries, missions and cantonal councils.
"""

from __future__ import annotations

import re

from .mentions import (
    _ADJECTIVE_ENDINGS,
    _FRENCH_ELISION,
    _INSTITUTION_IN_LOWER_CASE,
    _MEETINGS,
    _PLACE_LAST,
    _TIME_ENDING_AS_ADJECTIVES,
    _UPPER,
    Found,
    Mention,
    _body_name,
    _capitalised,
    _could_be_body,
    _in_site_name,
    _is_place,
    _names_event,
    _numbered_in_story,
    _overlaps,
)
from .name_lexicons import (
    first_names,
    function_words,
    nationality_adjectives,
    org_designators,
)
from .vocabulary import (
    country_forms,
    organizations,
    text_cities,
)

#: Heads of French bodies' names besides the designators: "la Direction des
#: renseignements généraux", "l'Observatoire syrien des droits de l'homme".
_FRENCH_BODY_HEADS = frozenset("direction observatoire coordination collectif centre régiment".split())
#: A capitalised head after an article or a preposition, in a French sentence,
#: and the words after it up to a mark: where a French body's name may be.
_FRENCH_HEAD_AND_AFTER = re.compile(
    rf"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Dd]e)[ ]|\b[Ll]['’])"
    rf"(?P<head>[{_UPPER}][a-zà-ÿ-]{{3,}})(?P<after>(?:[ ][\w'’-]+)+)"
)
#: What joins a French body's head to what it is of: "des", "de la", "d'".
_FRENCH_OF = frozenset({"de", "du", "des"})
#: French nouns shaped as infinitives ("le pouvoir"), which may follow "de" in a name.
_FRENCH_NOUNS_AS_VERBS = frozenset({"avenir", "loisir", "loisirs", "plaisir", "désir", "cuir", "fer", "mer", "hiver"})
#: French infinitives in -re, and pronouns, that end a body's name before them: "la Commission de rendre ...".
_FRENCH_NOT_IN_NAMES = frozenset(
    "faire rendre prendre mettre dire être vivre suivre permettre produire réduire construire conduire défendre "
    "attendre entendre vendre tout toute tous toutes elle elles il ils".split()
)
#: Adjectives French writes before a noun of a name: "Tribunal de première instance".
_FRENCH_ADJECTIVES_BEFORE = frozenset("premier première second seconde grand grande haut haute petit petite".split())


def _french_adjective(word: str) -> bool:
    """A French adjective in lower case, as names keep them: "religieux",
    "générale", "allemande"."""
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and len(word) > 3
        and (word.endswith(_ADJECTIVE_ENDINGS["fr"]) or word in nationality_adjectives("fr"))
        and word not in function_words()
        and word not in _FRENCH_NOT_IN_NAMES
        and word not in _TIME_ENDING_AS_ADJECTIVES
    )


def _french_noun_of_name(noun: str) -> bool:
    """Whether ``noun``, after "de" in a French body's name, is what the body
    is of: a noun in lower case, or a capitalised place, name or acronym;
    not an article, a pronoun, a given name or a verb ("de tirer")."""
    lower = noun.lower()
    if (
        not noun.replace("-", "").isalpha()
        or len(noun) < 2
        or lower in function_words()
        or lower in _FRENCH_NOT_IN_NAMES
    ):
        return False
    if not noun.islower():
        return lower not in first_names() or noun.isupper()  # "de Frédéric ...": a person's
    return len(noun) >= 3 and not (
        lower.endswith(("er", "ir")) and not lower.endswith("oir") and lower not in _FRENCH_NOUNS_AS_VERBS
    )


def _french_name_length(words: list[str]) -> int:
    """How many of ``words`` (a head, then the words after it) a French
    body's name takes: the head and an adjective, then what it is of, each
    a noun (or a place or an acronym, capitalised) and its adjectives, after
    "de", "du", "des", "de la", "d'" ("Corps des gardiens de la révolution
    islamique"), or "et" and one of those after a noun in lower case ("Bureau
    d'enquêtes et d'analyses");
    not a verb after "de" ("Conseil d'Etat de tirer ...")."""
    at = 2 if len(words) > 2 and _french_adjective(words[1]) and words[2] in _FRENCH_OF else 1
    length = at
    while at < len(words):
        if words[at] == "et" and at + 1 < len(words) and words[at - 1].islower():
            following = words[at + 1]  # not after a name: "Conseil d'Etat et de la ville": two bodies
            if following in _FRENCH_OF or (_FRENCH_ELISION.fullmatch(following) and following[0] == "d"):
                at += 1
            else:
                break
        link = words[at]
        if _FRENCH_ELISION.fullmatch(link) and link[0] == "d":  # "d'État": the link and the noun in one word
            noun = link[2:]
        elif link in _FRENCH_OF and at + 1 < len(words):
            at += 1
            if link == "de" and words[at] == "la" and at + 1 < len(words):
                at += 1
            noun = words[at][2:] if _FRENCH_ELISION.fullmatch(words[at]) and words[at][0] == "l" else words[at]
        else:
            break
        if not _french_noun_of_name(noun):
            break
        at += 1
        if noun in _FRENCH_ADJECTIVES_BEFORE and at < len(words) and _french_noun_of_name(words[at]):
            at += 1  # "de première instance"
        while at < len(words) and _french_adjective(words[at]):
            at += 1
        length = at
    return length


def _french_bodies_by_shape(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """French bodies by the shape of their names in a sentence: a head noun
    alone capitalised, then what the body is of in lower case (``Front de
    gauche``, ``Association des leaders religieux du Mali``); not an event
    (``Ligue des champions``). A place or an acronym it ends on stays a
    place or a body of its own too."""
    designators = org_designators() | _FRENCH_BODY_HEADS
    for match in _FRENCH_HEAD_AND_AFTER.finditer(text):
        head = match["head"]
        if head.lower() not in designators or _overlaps(taken, *match.span("head")):
            continue
        if _in_site_name(text, match.start("head"), "fr"):
            continue  # "le centre des Congrès de Québec": a building
        words = [head, *re.split(r"[ ]", match["after"].strip())]
        words = words[: _french_name_length(words)]
        if not any(word in _FRENCH_OF or _FRENCH_ELISION.fullmatch(word) for word in words[1:]) or _names_event(words):
            continue
        name = " ".join(words)
        if head.lower() in _MEETINGS and _numbered_in_story(text, name):
            continue  # "le tout premier Forum mondial de la langue française": a meeting
        span = (match.start("head"), match.start("head") + len(name))
        found.mentions.append(Mention("organization", name, name, span[0], "French body by its shape"))
        last = re.sub(r"^[dl]['’]", "", words[-1])
        at = span[1] - len(last)
        if len(last) > 1 and last.isupper() and _could_be_body(last) and not _overlaps(taken, at, span[1]):
            # "Bureau d'enquêtes et d'analyses de la DGAC": the body it belongs to is one too
            found.mentions.append(Mention("organization", _body_name(last, ()), last, at, "French body by its shape"))
        taken.append(span)


#: A French ministry: "ministère" in lower case, then the domains it is of,
#: capitalised ("ministère de la Culture et de la Communication", "ministère
#: des Affaires étrangères"). The plural names several ministries.
_FRENCH_DOMAIN = rf"[{_UPPER}][\w-]+(?: (?:étrangères|[a-zà-ÿ]{{2,}}(?:{'|'.join(_ADJECTIVE_ENDINGS['fr'])})))?"
#: What a ministry is of: "de la Culture", "des Affaires étrangères".
_FRENCH_OF_DOMAIN = rf"(?:de la |de l['’]|des |du |de ){_FRENCH_DOMAIN}"
_FRENCH_MINISTRY = re.compile(rf"(?<![\w-])[Mm]inistère {_FRENCH_OF_DOMAIN}(?:(?:,| et) {_FRENCH_OF_DOMAIN})*(?![\w-])")
#: One of the ministries the plural names: "les ministères [des Affaires étrangères] et [de la Défense]".
_FRENCH_MINISTRIES = re.compile(rf"(?<![\w-])[Mm]inistères[ ](?={_FRENCH_OF_DOMAIN})")
_FRENCH_MINISTRY_OF = re.compile(rf"(?:(?:,|[ ]et)[ ])?(?P<of>{_FRENCH_OF_DOMAIN})(?![\w-])")
_INSTITUTION_NAME = {
    lang: re.compile(
        rf"(?<![\w-])(?P<kind>{kinds})[ ](?P<name>[{_UPPER}][\w'’.-]*"
        rf"(?:[ ](?:(?:de|del|de[ ]la|y|et)[ ])?[{_UPPER}][\w'’.-]*){{0,3}})"
    )
    for lang, kinds in _INSTITUTION_IN_LOWER_CASE.items()
}


#: An embassy or consulate, which French and Spanish write in lower case, by
#: the country it is of and the city it is in: "l'ambassade de France à Damas".
_MISSION = re.compile(
    rf"(?<![\w-])(?:ambassade|consulat|embajada|consulado)[ ](?:de[ ]|d['’]|du[ ]|del[ ])"
    rf"(?P<country>[{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+)?)(?P<where>[ ](?:à|au|en)[ ](?P<city>[{_UPPER}][\w-]+))?"
)


#: A stock exchange by its city, which French writes in lower case: "la bourse de Séoul".
_EXCHANGE = re.compile(rf"(?<![\w-])bourse[ ](?:de[ ]|d['’])(?P<city>[{_UPPER}][\w-]+)")
#: An exchange as Spanish names it, by what is traded there and its city: "el
#: Mercado Mercantil de Nueva York", "el Mercado del Café, Azúcar y Cacao de
#: Nueva York", "la Bolsa de Comercio de Santiago".
_EXCHANGE_NAMED = re.compile(
    rf"(?<![\w-])(?:Mercado|Bolsa|Lonja)(?:[ ][{_UPPER}][\w-]+)?"
    rf"(?:[ ](?:de|del|de[ ]la|de[ ]los)[ ][{_UPPER}][\w-]+(?:(?:,[ ]|[ ]y[ ]|[ ]e[ ])[{_UPPER}][\w-]+)*)?"
    rf"[ ]de[ ](?P<city>[{_UPPER}][\w-]+(?:[ ][{_UPPER}][\w-]+)?)"
)


def _missions(text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Stock exchanges by their known city (``la bourse de Séoul``), and
    embassies and consulates by their country and the city they are in where
    it is a known one (``ambassade de France au Caire``); and the spans no
    other name is read in, an embassy's words up to its country. The country
    and the city stay places of the story."""
    found = []
    spans = []
    for match in (*_EXCHANGE.finditer(text), *_EXCHANGE_NAMED.finditer(text)):
        city = match["city"] if match["city"] in text_cities() else match["city"].split()[0]
        if city not in text_cities():
            continue
        written = text[match.start() : match.start("city") + len(city)]
        found.append(Mention("organization", _capitalised(written), written, match.start(), "an exchange and its city"))
        spans.append((match.start(), match.start("city")))
    for match in _MISSION.finditer(text):
        if match["country"] not in country_forms():
            continue
        end = match.end() if match["city"] and match["city"] in text_cities() else match.end("country")
        written = text[match.start() : end]
        found.append(Mention("organization", _capitalised(written), written, match.start(), "an embassy"))
        spans.append((match.start(), match.end("country")))
    return found, spans


def _institutions_in_lower_case(text: str, lang: str, taken: list[tuple[int, int]], found: Found) -> None:
    """An institution whose kind French or Spanish writes in lower case
    before its name ("el museo Reina Sofía"), named with it; not where the
    name after the kind is a place ("el hospital Madrid": where it is) or a
    listed body."""
    for match in _INSTITUTION_NAME[lang].finditer(text):
        name = match["name"].rstrip(".")
        where = _PLACE_LAST.search(name)
        while where and _is_place(where["place"]):  # "colegio San Juan Bosco de Mérida": where it is
            name = name[: where.start()]
            where = _PLACE_LAST.search(name)
        if _is_place(name) or name in organizations() or _overlaps(taken, match.start(), match.end()):
            continue
        written = f"{match['kind']} {name}"
        found.mentions.append(
            Mention("organization", _capitalised(written), written, match.start(), "institution in lower case")
        )
        taken.append((match.start(), match.start() + len(written)))


def _french_ministries(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """French writes a ministry's designator in lower case and its domains
    capitalised: the domain alone (``Culture``, ``Défense``) is no name; the
    plural names one ministry a domain (``les ministères des Affaires
    étrangères et de la Défense``)."""
    for match in _FRENCH_MINISTRY.finditer(text):
        if _overlaps(taken, *match.span()):
            continue
        name = "M" + match[0][1:]
        found.mentions.append(Mention("organization", name, match[0], match.start(), "ministry"))
        taken.append(match.span())
    for match in _FRENCH_MINISTRIES.finditer(text):
        at = match.end()
        while (of := _FRENCH_MINISTRY_OF.match(text, at)) is not None:
            if not _overlaps(taken, *of.span("of")):
                name = f"Ministère {of['of']}"
                found.mentions.append(Mention("organization", name, of["of"], of.start("of"), "one of the ministries"))
                taken.append(of.span("of"))
            at = of.end()


def _cantonal_councils(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A Swiss canton's parliament and government, written with the
    adjective alone capitalised (``le Grand conseil``), named as the
    canton's own copy names them (``Grand Conseil``)."""
    for match in _CANTONAL_COUNCIL.finditer(text):
        if not _overlaps(taken, *match.span()):
            name = f"{match['size']} Conseil"
            found.mentions.append(Mention("organization", name, match[0], match.start(), "cantonal council"))
            taken.append(match.span())


#: A Swiss canton's parliament or (of old) its government: "le Grand conseil", "du Petit Conseil".
_CANTONAL_COUNCIL = re.compile(r"(?<![\w-])(?P<size>Grand|Petit)[ -][Cc]onseil(?![\w-])")
