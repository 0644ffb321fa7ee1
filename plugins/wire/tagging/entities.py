"""Find the people, places and organisations a dispatch mentions.

Rule-based and explainable: every mention found records where it was and
which rule found it. Organisations and the spellings of well-known people come
from curated lists; countries and cities from CLDR and GeoNames; other people
are found by the shape of their name and its context (a title or role before
it, a speech verb after it, an age in apposition, or the surname used again).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from babel.dates import get_day_names, get_month_names

from ..places import find_city
from .vocabulary import city_in, country_forms, known_people, organizations, text_cities

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME_WORD = rf"[{_UPPER}][\w'’\-]*\w|[{_UPPER}]\."
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|du|le|la|bin|al|el|ibn|dos|das)"
_NAME_SEQ = re.compile(rf"(?<![\w'’])(?:{_NAME_WORD})(?:[ ]+(?:{_PARTICLE}[ ]+)?(?:{_NAME_WORD})){{1,6}}(?![\w])")

#: Words before a name that say it is a person: titles and roles, in four languages.
ROLE_WORDS = {
    "en": "president vice-president minister secretary spokesman spokeswoman spokesperson chancellor premier governor "
    "mayor senator lawmaker ambassador envoy general commander chief ceo chairman chairwoman director head leader "
    "coach manager captain striker player judge prosecutor lawyer professor doctor dr mr mrs ms resident analyst "
    "economist official officer pope king queen prince rapporteur founder owner author writer singer actor "
    "meteorologist scientist researcher",
    "fr": "président présidente ministre secrétaire porte-parole chancelier chancelière premier gouverneur maire "
    "sénateur sénatrice député députée eurodéputé eurodéputée ambassadeur ambassadrice envoyé général commandant chef "
    "directeur directrice patron patronne dirigeant dirigeante entraîneur sélectionneur capitaine joueur joueuse juge "
    "procureur procureure avocat avocate professeur docteur m. mme habitant habitante analyste économiste responsable "
    "pape roi reine prince rapporteur rapporteure fondateur auteur écrivain chanteur chanteuse acteur actrice homologue "
    "vice-président conseiller conseillère rectrice recteur météorologue chercheur chercheuse scientifique",
    "es": "presidente presidenta ministro ministra secretario secretaria portavoz canciller primer gobernador gobernadora "
    "alcalde alcaldesa senador senadora diputado diputada embajador embajadora enviado general comandante jefe jefa "
    "director directora dirigente entrenador seleccionador capitán jugador jugadora juez jueza fiscal abogado abogada "
    "profesor profesora doctor doctora sr. sra. vecino vecina analista economista responsable papa rey reina príncipe "
    "fundador autor escritor cantante actor actriz vicepresidente consejero consejera homólogo meteorólogo "
    "meteoróloga investigador investigadora científico científica",
    "de": "präsident präsidentin minister ministerin sekretär sprecher sprecherin kanzler kanzlerin bundeskanzler "
    "ministerpräsident gouverneur bürgermeister bürgermeisterin senator abgeordnete abgeordneter botschafter gesandter "
    "general kommandeur chef chefin direktor direktorin leiter leiterin trainer kapitän spieler spielerin richter "
    "richterin staatsanwalt anwalt anwältin professor professorin dr. herr frau anwohner analyst ökonom papst könig "
    "königin prinz gründer autor schriftsteller sänger sängerin schauspieler notenbankchef regierungssprecher "
    "vorsitzende vorsitzender konzernchef",
}
_ROLE_SUFFIXES = ("chef", "chefin", "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin")
#: Capitalised words that start a sentence or a title, never a name.
_NOT_NAME_START = set(
    "The A An This That These Those In On At For From With By As After Before While When If But And Or Of To Via "
    "Le La Les Un Une Des Du De Ce Cet Cette Ces Selon Pour Dans Sur Par Avec Après Avant Lors Au Aux En Et Ou Mais "
    "El Los Las Una Unos Unas Del Al Con Por Para Según Tras Desde Durante Y O Pero "
    "Der Die Das Den Dem Des Ein Eine Einen Einem Im Am Auf Bei Mit Nach Vor Seit Laut Und Oder Aber Künftig "
    "President Vice Prime Minister Secretary Chancellor General Governor Mayor Senator Pope King Queen Prince Judge "
    "Mr Mrs Ms Dr Sir Lord Lady Coach Chief Président Ministre Monsieur Madame Presidente Ministro Señor Señora "
    "Präsident Bundeskanzler Kanzler Herr Frau Papst".split()
)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*\d{1,3}\s*,\s*|,\s*)?(?:said|says|told|added|warned|announced|wrote|a déclaré|a dit|a affirmé|a indiqué|"
    r"a annoncé|a assuré|a estimé|a ajouté|a écrit|a expliqué|a souligné|a précisé|a averti|a prévenu|dijo|afirmó|"
    r"aseguró|añadió|explicó|declaró|indicó|señaló|anunció|advirtió|sagte|erklärte|betonte|teilte|schrieb|warnte|"
    r"kündigte|fügte)\b",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|added|wrote|explained|according to|a déclaré|a dit|a affirmé|a indiqué|a expliqué|"
    r"a ajouté|a précisé|selon|explique|déclare|affirme|dijo|afirmó|aseguró|añadió|explicó|declaró|indicó|señaló|"
    r"según|sagte|erklärte|betonte|so)\s+(?:(?:the|a|an|le|la|l'|el|la|der|die)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^\s*,\s*\d{1,3}\s*,")
# "Priya Natarajan, a senior health official": a role in apposition
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:(?:a|an|the|le|la|l'|un|une|el|la|un|una|der|die|ein|eine)\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)\b",
    re.IGNORECASE,
)


# "the union GEW", "le syndicat CGT", "el sindicato CCOO", "die Partei AfD"
_ORG_CUE = re.compile(
    r"\b(?P<cue>union|party|syndicat|parti|sindicato|partido|Gewerkschaft|Partei)\s+"
    r"(?P<name>[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7}(?![\w-])|[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+){1,3})"
)


@dataclass
class Mention:
    kind: str  # person, place, organization, city
    key: str  # canonical identity: name, ISO code
    text: str  # as written
    start: int
    rule: str


@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


_TOKEN = re.compile(r"\w+(?:[-.]\w+)*\.?")
MAX_SPAN_WORDS = 6


@functools.cache
def _lexicons() -> tuple[tuple[str, dict], ...]:
    return (
        ("organization", organizations()),
        ("person", known_people()),
        ("country", country_forms()),
        ("city", text_cities()),
    )


@functools.cache
def _lowercase_alias_starts() -> frozenset[str]:
    """First words of known names written with a lower-case title
    (``pape François``, ``papa Francisco``)."""
    return frozenset(
        alias.split()[0] for _, lexicon in _lexicons() for alias in lexicon if alias[:1].islower() and " " in alias
    )


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping runs of words that a lexicon knows, as
    (start, end, kind, written form), in order."""
    tokens = list(_TOKEN.finditer(text))
    lower_starts = _lowercase_alias_starts()
    found = []
    index = 0
    while index < len(tokens):
        first = tokens[index][0]
        if not (first[:1].isupper() or first[:1].isdigit() or first in lower_starts):
            index += 1
            continue
        hit = None
        for size in range(min(MAX_SPAN_WORDS, len(tokens) - index), 0, -1):
            start, end = tokens[index].start(), tokens[index + size - 1].end()
            written = " ".join(text[start:end].split())
            for candidate in (written, written.rstrip(".")):
                for kind, lexicon in _lexicons():
                    if candidate in lexicon:
                        hit = (start, start + len(candidate) if candidate != written else end, kind, candidate)
                        break
                if hit:
                    break
            if hit:
                break
        if hit:
            found.append(hit)
            while index < len(tokens) and tokens[index].start() < hit[1]:
                index += 1
        else:
            index += 1
    return found


@functools.cache
def _calendar_words() -> frozenset[str]:
    words = set()
    for lang in ("en", "fr", "es", "de"):
        for width in ("wide", "abbreviated"):
            words.update(get_month_names(width, locale=lang).values())
            words.update(get_day_names(width, locale=lang).values())
    return frozenset(w.strip(".").capitalize() for w in words)


def _role_before(text: str, start: int, lang: str) -> str | None:
    window = text[max(0, start - 60) : start]
    words = [_ELISION.sub("", w) for w in re.findall(r"[\w.'’-]+", window.lower())[-4:]]
    roles = set(ROLE_WORDS.get(lang, "").split()) | set(ROLE_WORDS["en"].split())
    for word in reversed(words):
        if word in roles or (lang == "de" and word.endswith(_ROLE_SUFFIXES)):
            return word
    return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_entities(text: str, lang: str, preferred_countries: tuple[str | None, ...] = ()) -> Found:
    """Every entity mention in ``text`` (one string, paragraphs joined by
    blank lines), in order of appearance."""
    found = Found()
    taken: list[tuple[int, int]] = []

    spans = _spans(text)
    cities = []
    for start, end, kind, written in spans:
        if kind == "organization":
            name = organizations()[written].name
            found.mentions.append(Mention("organization", name, written, start, "organisation list"))
        elif kind == "person":
            found.mentions.append(Mention("person", known_people()[written], written, start, "known spelling"))
        elif kind == "country":
            following = re.match(rf"^\s([{_UPPER}][a-zà-ÿ]+)", text[end : end + 30])
            if following and lang != "de" and written not in ("US", "U.S.", "UK") and not _is_role(following[1], lang):
                continue  # "Jordan Smith", "Chad Miller": a person's first name
            found.mentions.append(Mention("place", country_forms()[written], written, start, "country name (CLDR)"))
        else:
            cities.append((start, end, written))
            continue
        taken.append((start, end))

    for match in _ORG_CUE.finditer(text):
        if (
            match["name"] in organizations()
            or match["name"] in country_forms()
            or _overlaps(taken, *match.span("name"))
        ):
            continue
        found.mentions.append(
            Mention("organization", match["name"], match["name"], match.start("name"), f"after '{match['cue']}'")
        )
        taken.append(match.span("name"))

    if lang == "de":
        _german_compounds(text, taken, found)

    people_spans = _find_people(text, lang, taken, found)
    taken.extend(people_spans)

    for start, end, written in cities:
        if _overlaps(taken, start, end):
            continue
        name, country = city_in(written, preferred_countries)
        found.mentions.append(Mention("city", name, written, start, f"city (GeoNames, {country})"))
        found.mentions.append(Mention("place", country, written, start, f"city {name} (GeoNames)"))
        taken.append((start, end))

    found.mentions.sort(key=lambda m: (m.start, m.kind))
    return found


#: Role nouns German writes as one capitalised word before a name:
#: "Notenbankchef", "Kultusministerin", "Projektleiterin".
_GERMAN_ROLE_ENDINGS = tuple(
    base + suffix
    for base in (
        "chef",
        "minister",
        "präsident",
        "sprecher",
        "leiter",
        "direktor",
        "trainer",
        "richter",
        "biolog",
        "forscher",
        "experte",
        "vorsitzende",
        "kanzler",
        "manager",
        "anwalt",
        "ökonom",
        "berater",
        "meister",
        "sekretär",
        "kommissar",
        "botschafter",
        "gouverneur",
    )
    for suffix in ("", "in", "r")
)
#: Last words that make a capitalised run an organisation, place or event,
#: not a person.
_NOT_PERSON_HEADS = set(
    "Conference Club Square Street Avenue Road University Université Universidad Universität Party Parti Partido "
    "Partei Council Conseil Consejo Ministry Ministère Ministerio Ministerium Court Cour Tribunal Gericht Bank "
    "Banque Banco Festival Cup Coupe Copa League Ligue Liga Airlines Group Groupe Grupo Gruppe Company Corporation "
    "Corporación Agency Agence Agencia Agentur Association Institute Institut Instituto Foundation Fondation "
    "Fundación Stiftung Service Services Dienst Hospital Hôpital Klinik Stadium Stade Estadio Stadion Park Parc "
    "Parque Region Région Province Provincia Provinz State Republic République República Republik Kingdom Union "
    "America Amérique América Amerika Europe Asia Asie Africa Afrique Pradesh Island Islands Mountains River Sea "
    "Ocean Airport Aéroport Aeropuerto Flughafen Palace Palais Palacio Cathedral Church Church Museum Musée Museo "
    "Norte Sur Nord Süd East West Est Ouest Oeste Cape Cap Cabo Kap Mount Mont Monte Lake Lac Lago Port Puerto "
    "Porto Bay Baie Bahía Gulf Golfe Golfo Valley Vallée Valle".split()
)
#: First words that make a capitalised run an organisation.
_ORG_FIRST = set(
    "Corporación Banco Banque Ministerio Ministère Fundación Fondation Instituto Institut Universidad Université".split()
)
_ORG_LAST = set(
    "Club Service Services Corporation Agency Association Institute Foundation Company Group Airlines Bank".split()
)
_GERMAN_ORG_ENDINGS = ("dienst", "amt", "verband", "gewerkschaft", "ministerium", "gericht", "stiftung", "konzern")
_ELISION = re.compile(r"^[LlDd]['’]")


def _is_role(word: str, lang: str) -> bool:
    lower = word.lower()
    if lower in ROLE_WORDS.get(lang, "").split() or lower in ROLE_WORDS["en"].split():
        return True
    return lang == "de" and lower.endswith(_GERMAN_ROLE_ENDINGS)


_COMPOUND = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]*(?:-[\w]+)+|(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{6,}")


def _german_compounds(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """German joins names into words: ``EU-Kommissionschefin``,
    ``Nato-Gipfel``: an organisation's name followed by a hyphen, or a
    longer name followed by more word, is a mention of it."""
    orgs = organizations()
    for match in _COMPOUND.finditer(text):
        if _overlaps(taken, *match.span()):
            continue
        word = match[0]
        for cut in range(len(word) - 1, 1, -1):
            alias, rest = word[:cut], word[cut:]
            if alias in orgs and (rest.startswith("-") or (len(alias) >= 5 and rest[:1].islower())):
                found.mentions.append(
                    Mention("organization", orgs[alias].name, word, match.start(), f"in the compound '{word}'")
                )
                taken.append(match.span())
                break


def _find_people(text: str, lang: str, taken: list[tuple[int, int]], found: Found) -> list[tuple[int, int]]:
    """People not in the known list, by the shape and context of names; and
    organisations not in the list, by their head noun."""
    calendar = _calendar_words()
    known_orgs = organizations()
    countries = country_forms()
    particles = {"de", "da", "di", "del", "della", "van", "von", "du", "bin", "al", "el", "ibn", "dos", "das"}
    if lang != "de":
        particles |= {"der", "den", "le", "la"}
    candidates: list[tuple[int, int, list[str], str | None]] = []
    for match in _NAME_SEQ.finditer(text):
        words = match[0].split()
        start = match.start()
        role = None

        def not_a_name(word: str) -> bool:
            return (
                word in _NOT_NAME_START
                or word in calendar
                or word in known_orgs
                or word in countries
                or (word.isupper() and len(word) > 1)
                or _is_role(word, lang)
                or bool(_ELISION.match(word))
            )

        # the name is what follows the last title, role or other non-name word:
        # "Portuguese Finance Minister Rita Calado" -> "Rita Calado"
        cut = max((i + 1 for i, word in enumerate(words) if not_a_name(word)), default=0)
        for word in words[:cut]:
            if _is_role(word, lang) or word in _NOT_NAME_START and word not in ("The", "Le", "La", "El", "Der", "Die"):
                role = word
            start += len(word) + 1
        words = words[cut:]
        while words and words[-1].lower() in particles:
            words = words[:-1]
        while words and words[0].lower() in particles:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or len(words) > 4:
            continue
        if any(w.lower() in particles and lang == "de" and w.lower() not in ("von", "van") for w in words):
            continue
        end = start + len(" ".join(words))
        if _overlaps(taken, start, end):
            continue
        if (
            words[0] in _ORG_FIRST
            or words[-1] in _ORG_LAST
            or (lang == "de" and words[-1].lower().endswith(_GERMAN_ORG_ENDINGS))
        ):
            name = " ".join(words)
            found.mentions.append(Mention("organization", name, name, start, "organisation head noun"))
            taken.append((start, end))
            continue
        if words[-1] in _NOT_PERSON_HEADS or words[0] in _NOT_PERSON_HEADS:
            continue
        if any(w in calendar or w in known_orgs or w in countries or (w.isupper() and len(w) > 2) for w in words):
            continue
        if find_city(" ".join(words)):
            continue  # "San Diego", "Buenos Aires": a place, whatever follows it
        candidates.append((start, end, words, role))

    accepted: list[tuple[int, int]] = []
    full_names: dict[str, str] = {}
    for start, end, words, role_word in candidates:
        name = " ".join(words)
        rule = None
        role = role_word if role_word and _is_role(role_word, lang) else _role_before(text, start, lang)
        if role:
            rule = f"after the role word '{role}'"
        elif _SPEECH_AFTER.match(text[end : end + 40]):
            rule = "before a speech verb"
        elif _SPEECH_BEFORE.search(text[max(0, start - 60) : start]):
            rule = "after a speech verb"
        elif _AGE_AFTER.match(text[end : end + 12]):
            rule = "followed by an age"
        elif _ROLE_AFTER.match(text[end : end + 60]) and _is_role(_ROLE_AFTER.match(text[end : end + 60])[1], lang):
            rule = f"followed by the role '{_ROLE_AFTER.match(text[end : end + 60])[1]}'"
        elif lang != "de" and re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", text[:start] + text[end:]):
            rule = f"surname '{words[-1]}' used again"
        if rule is None:
            continue
        full_names[words[-1]] = name
        found.mentions.append(Mention("person", name, name, start, rule))
        accepted.append((start, end))

    # a surname alone refers to the full name used elsewhere
    for surname, name in full_names.items():
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text):
            if not _overlaps(taken + accepted, *match.span()):
                found.mentions.append(Mention("person", name, surname, match.start(), f"surname of {name}"))
                accepted.append(match.span())
    return accepted
