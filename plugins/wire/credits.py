"""Credit lines and bylines: who reported, wrote, edited and translated.

``(Reporting by A and B; Editing by C)``, ``(Reportage A et B, avec C;
version française D et E)``, ``(Rédigé par A, édité par B)``, ``(Reporter: A,
B; Redaktion: C)``, ``(Información de A y B; traducido por C; editado en
español por D)``, dpa's ``- Reporting by: ...`` block, AP's ``By NAME`` byline
and ``Associated Press writer A in Kyiv contributed to this report.`` Reporters
and writers are the authors; editors and translators are credited, not
authors. Names lose their cities (``A in Kyiv``), each person is named once
per role, a bureau (``Reportage du bureau de Moscou``) is nobody, and agency
credits (``Mit Material von dpa``, ``(Con información de EFE)``) name
agencies, not people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import agency_parts
from .places import country_code, find_city

# Role words in each language. Each maps to the role it gives; a role word may
# be followed by a language ("editado en español por") and a connector ("by",
# "par", "por", "von", "de", ":").
_ROLE_WORDS = {
    "authors": [
        "additional reporting",
        "with additional reporting",
        "with reporting",
        "reporting and writing",
        "reporting",
        "reported",
        "writing",
        "written",
        "compiled",
        "text",
        "reporter",
        "reporters",
        "reporterin",
        "reportage complémentaire",
        "reportage",
        "avec la contribution de",
        "avec",
        "rédigé",
        "rédaction",
        "écrit",
        "texte",
        "con información adicional",
        "con información",
        "información adicional",
        "información",
        "informe",
        "reportaje",
        "reporte",
        "redactado",
        "redacción",
        "escrito",
        "texto",
        "recopilado",
        "compilado",
        "zusätzliche berichterstattung",
        "berichterstattung",
        "bericht",
        "berichtet",
        "mitarbeit",
        "geschrieben",
        "verfasst",
        "autor",
        "autorin",
    ],
    "editors": [
        "editing",
        "edited",
        "editor",
        "editors",
        "édité",
        "edité",
        "édition",
        "edition",
        "relu",
        "editado",
        "edición",
        "redigiert",
        "bearbeitet",
        "redaktion",
    ],
    "translators": [
        "version française",
        "version francaise",
        "french version",
        "translated",
        "translation",
        "traduit",
        "traduction",
        "traducción",
        "traducido",
        "versión en español",
        "übersetzt",
        "übersetzung",
        "deutsche fassung",
    ],
    "agencies": [
        "mit material",
    ],
    # credited, but neither authors, editors nor translators
    "others": [
        "graphics",
        "graphic",
        "photos",
        "photo",
        "pictures",
        "video",
        "infographie",
        "photo par",
        "grafik",
        "fotos",
        "infografía",
        "fotografía",
    ],
}
_ROLE_BY_WORD = {word: role for role, words in _ROLE_WORDS.items() for word in words}
_ROLE_RE = "|".join(re.escape(w) for w in sorted(_ROLE_BY_WORD, key=len, reverse=True))
# "editado en español por", "traduit de l'anglais par", "translated from Spanish by"
_LANGUAGE_QUALIFIER = (
    r"(?:\s+(?:en|al|a|in|into|from|de|du|aus\s+dem|ins)\s+(?:l['’]\s*)?"
    r"(?:español|castellano|inglés|francés|alemán|français|anglais|allemand|espagnol|"
    r"english|french|german|spanish|deutsche|englischen|französischen|spanischen))?"
)
_CONNECTOR = r"(?:\s*[:\-–]\s*|\s+(?:by|from|par|por|von|de|del|der|des)\s+)?"
_SEGMENT_START = re.compile(rf"^(?P<role>{_ROLE_RE})\b{_LANGUAGE_QUALIFIER}{_CONNECTOR}\s*", re.IGNORECASE)
# a comma, semicolon, "and" or the end of a sentence that starts a new role:
# "A, editing by B", "Editing by A and Editing by B", "A in New York. Editing by B"
_SEGMENT_SPLIT = re.compile(rf"\s*;\s*|(?:,|\.|\s+(?:and|et|y|und))\s*(?=(?:{_ROLE_RE})\b)", re.IGNORECASE)
_CONTRIBUTORS = re.compile(r",?\s+\b(?:avec|with|con|mit)\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*[,/]\s*(?:(?:and|et|y|und|e)\s+)?|\s+(?:and|et|y|und|e|&)\s+", re.IGNORECASE)
# "in Kyiv", "à Paris", "en Madrid", "aus Berlin" after a name
_PLACE_TAIL = re.compile(r"\s+(?:in|à|a|en|aus|from|depuis|desde)\s+[^\W\d_][\w'’.\- ]*$", re.IGNORECASE)
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}$")
# "du bureau de Moscou", "Reuters staff", "the Moscow newsroom": a desk, not a person
_NOBODY = re.compile(
    r"^(?:(?:du|de\s+la|de|del|des|of\s+the|from\s+the|by\s+the|the|vom|von\s+der|aus\s+dem)\s+)?"
    r"(?:[^\W\d_][\w.\-]*\s+)?(?:bureau|bureaux|bureaus|buró|oficina|oficinas|delegación|büro|"
    r"korrespondentenbüro|newsroom|desk|staff|rédaction|redacción|redaktion)\b",
    re.IGNORECASE,
)
# "Agenturen", "agencias": agencies in general
_AGENCIES_WORD = re.compile(
    r"^(?:(?:der|den|des|les|las|los|the)\s+)?(?:nachrichten)?(?:agenturen|agencias|agences|agencies|wires)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|par|por|von)\s+(?P<names>[^\W\d_].{1,150})$", re.IGNORECASE)
_DPA_LINE = re.compile(
    rf"^[-•*]\s*(?P<role>{_ROLE_RE})\s*(?:by|von|par|por)?\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
_ROLE_LINE = re.compile(
    r"\b(?:writer|correspondent|reporter|editor|journalist|correspondant|journaliste|"
    r"corresponsal|periodista|korrespondent|korrespondentin|redakteur|redakteurin)\b",
    re.IGNORECASE,
)
# "Associated Press writer A in Kyiv contributed to this report.",
# "AP writers A and B contributed."
_AP_CONTRIBUTED = re.compile(
    r"^(?:The\s+)?(?:Associated\s+Press|AP)\s+(?:[A-Za-z][\w.\-]*\s+){0,3}?"
    r"(?:writers?|reporters?|correspondents?|journalists?|researchers?|producers?|photographers?|"
    r"videojournalists?)\s+(?P<names>[^\W\d_].*?)\s+contributed\b"
    r"(?:\s+(?:to\s+this\s+(?:report|story)|from\s+[^.]+?))*\s*\.?$",
    re.IGNORECASE | re.DOTALL,
)
# "Mit Material von dpa", "mit Material der Agenturen"
_AGENCY_CREDIT = re.compile(
    r"^\(?\s*mit\s+material\s+(?:von|der|des|aus)\s+(?P<who>[^()]{2,80}?)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# a sign-off with the day, as Austrian and German papers close a story:
# "(Renate Graber, 10.5.2016)", "(APA, 11.9.2015)", "(red, 16. 5. 2016)"
_DATED_SIGN_OFF = re.compile(r"^(?P<who>[^()\d]+?)\s*[,;]\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})$")
_NEWSROOM = re.compile(r"^(?:red|red\.|redaktion|ag\.|agenturen)$", re.IGNORECASE)
# a credit line closing the last paragraph: "... the company said. (Reporting by A)",
# perhaps before a currency note that stays in the text: "(Editing by B) ($1=.7045 Euro)"
_TRAILING_PARENTHESIS = (
    re.compile(r"^(?P<text>.*\S)\s*\((?P<inner>[^()]{3,500})\)(?P<note>\s*\(\s*\$\s*1\s*=[^()]*\))\s*$", re.DOTALL),
    re.compile(r"^(?P<text>.*\S)\s*\((?P<inner>[^()]{3,500})\)(?P<note>)\s*$", re.DOTALL),
)
_TRAILING_SENTENCE = re.compile(r"^(?P<text>.*[.!?\"”»])\s+(?P<credit>[^.!?]*?\bcontributed\b[^!?]*)$", re.DOTALL)


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    #: agencies credited as sources ("Mit Material von dpa"), not people
    agencies: list[str] = field(default_factory=list)

    def add(self, role: str, names: list[str]) -> None:
        bucket = getattr(self, role)
        seen = {_key(name) for name in bucket}
        for name in names:
            if _key(name) not in seen:
                bucket.append(name)
                seen.add(_key(name))

    def merge(self, other: Credits) -> None:
        for role in ("authors", "editors", "translators", "agencies"):
            self.add(role, getattr(other, role))

    @property
    def people(self) -> bool:
        return bool(self.authors or self.editors or self.translators)

    def __bool__(self) -> bool:
        return self.people or bool(self.agencies)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _squash(text: str) -> str:
    return " ".join(text.split())


#: A writer's telephone, e-mail or messaging address at the end of a credit
#: line (``Keith Weir , 44 20 7542 8022``, ``Reuters Messaging: a.b@reuters.net``),
#: with its label if it has one: no one's name.
_CONTACT = re.compile(
    r"(?:\b(?:Reuters\s+Messaging|e-?mail|tel(?:ephone)?|phone)\b\s*:?\s*)?(?:\S+@\S+|\+?\s?\d[\d\s()-]{6,}\d)",
    re.IGNORECASE,
)
#: What the contacts taken out leave: separators with nothing between.
_EMPTY_PARTS = re.compile(r"\s*[,;:](?:\s*[,;:])+|\s*[,;:]\s*$")


def _without_contacts(text: str) -> str:
    if not _CONTACT.search(text):
        return text
    text = _CONTACT.sub("", text)
    return _EMPTY_PARTS.sub(lambda match: match.group()[-1] if match.end() < len(text) else "", text).strip()


def split_names(text: str) -> list[str]:
    """``"A, B and C in Kyiv"`` -> ``["A", "B", "C"]``; empty when any part
    does not look like a person's name."""
    people, _ = _people_and_agencies(text)
    return people or []


def _people_and_agencies(text: str) -> tuple[list[str] | None, list[str]]:
    """The people and the agencies a list of names holds; people is None
    when a part is neither a name, an agency nor a place."""
    people: list[str] = []
    agencies: list[str] = []
    after_place = False
    for part in _NAME_SPLIT.split(_squash(text).rstrip(".")):
        part = part.strip()
        if not part:
            continue
        bare = _PLACE_TAIL.sub("", part)
        had_place = bare != part
        part = bare.strip()
        named_agencies = agency_parts(part)
        if named_agencies:
            agencies.extend(named_agencies)
        elif _AGENCIES_WORD.match(part):
            agencies.append(part)
        elif after_place and " " not in part and part[:1].isupper():
            # "in Kyiv, Ukraine": the region after a city, not a person
            pass
        elif _NAME.match(part) and part[:1].isupper():
            people.append(part)
        else:
            return None, agencies
        after_place = had_place
    return people, agencies


def _parse_dated_sign_off(text: str) -> Credits | None:
    match = _DATED_SIGN_OFF.match(text)
    if not match:
        return None
    credits = Credits()
    for part in re.split(r"\s*[,;]\s*", match["who"].strip()):
        if _NEWSROOM.match(part):
            continue
        people, agencies = _people_and_agencies(part)
        if people is None or (people and " " not in people[0]):
            return None  # a surname alone, initials: not read as a person
        if people and (find_city(people[0]) or country_code(people[0])):
            return None  # "(New York, 12.3.2016)": a place
        credits.add("authors", people)
        credits.add("agencies", agencies)
    return credits if credits else None


def parse_credit_text(text: str) -> Credits | None:
    """Parse the inside of a credit line. Returns None unless every segment
    opens with a role word and names people, a bureau or agencies, or the
    line is a dated sign-off (``Renate Graber, 10.5.2016``)."""
    text = _squash(text)
    signed = _parse_dated_sign_off(text)
    if signed is not None:
        return signed
    text = _without_contacts(text)
    credits = Credits()
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    if not segments:
        return None
    for index, segment in enumerate(segments):
        segment = segment.strip()
        match = _SEGMENT_START.match(segment)
        if not match:
            return None
        role = _ROLE_BY_WORD[match["role"].casefold()]
        rest = segment[match.end() :].strip()
        if not rest:
            if index < len(segments) - 1:
                continue  # "Reporting and writing by A": the names follow the next role
            return None
        if _NOBODY.match(rest):
            continue
        for group in _CONTRIBUTORS.split(rest):
            people, agencies = _people_and_agencies(group)
            if people is None or (not people and not agencies):
                return None
            credits.add("agencies", agencies)
            if people and role == "agencies":
                return None
            if role != "others":
                credits.add(role, people)
    return credits if credits else None


def _parse_agency_credit(text: str) -> Credits | None:
    match = _AGENCY_CREDIT.match(_squash(text))
    if not match:
        return None
    people, agencies = _people_and_agencies(match["who"])
    if people or not agencies:
        return None
    return Credits(agencies=agencies)


def _parse_contributed(text: str) -> Credits | None:
    match = _AP_CONTRIBUTED.match(_squash(text))
    if not match:
        return None
    people, _ = _people_and_agencies(match["names"])
    return Credits(authors=people) if people else None


def parse_credit_paragraph(paragraph: str) -> Credits | None:
    """A whole paragraph that is a credit line: ``(Reporting by ...)``, AP's
    ``... contributed to this report.``, ``Mit Material von dpa``, or a block
    of dpa-style ``- Reporting by: ...`` lines."""
    stripped = paragraph.strip()
    if stripped.startswith("(") and stripped.endswith(")"):
        return parse_credit_text(stripped[1:-1]) or _parse_agency_credit(stripped)
    found = _parse_contributed(stripped) or _parse_agency_credit(stripped)
    if found:
        return found
    lines = [line.strip() for line in stripped.split("\n") if line.strip()]
    if lines and all(_DPA_LINE.match(line) for line in lines):
        credits = Credits()
        for line in lines:
            match = _DPA_LINE.match(line)
            names = split_names(match["names"])
            if not names:
                return None
            credits.add(_ROLE_BY_WORD[match["role"].casefold()], names)
        return credits
    return None


def take_credit(paragraph: str) -> tuple[str, Credits] | None:
    """The credit line a paragraph is, or closes: ``(text left, credits)``.
    The text left is empty when the whole paragraph is the credit line, and
    ``... the company said.`` for ``... the company said. (Reporting by A)``."""
    whole = parse_credit_paragraph(paragraph)
    if whole is not None:
        return "", whole
    stripped = paragraph.strip()
    for pattern in _TRAILING_PARENTHESIS:
        closing = pattern.match(stripped)
        if closing:
            found = parse_credit_text(closing["inner"])
            # inside running text a single word is more often a paper than a
            # person: "(reportage de Libération)"
            if found is not None and found.people and all(" " in name for name in _people(found)):
                return closing["text"].rstrip() + closing["note"], found
    closing = _TRAILING_SENTENCE.match(stripped)
    if closing:
        found = _parse_contributed(closing["credit"])
        if found is not None:
            return closing["text"].rstrip(), found
    return None


def _people(credits: Credits) -> list[str]:
    return credits.authors + credits.editors + credits.translators


def parse_byline(line: str) -> list[str] | None:
    """``By Jane Doe and John Roe`` -> the names, or None."""
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    # "By A and B - Analysis", "By A, Asia Autos Correspondent"
    written = re.split(r"\s+[-–—]\s+", match["names"])[0]
    parts = [part for part in re.split(r"\s*,\s*", written) if not _ROLE_LINE.search(part)]
    names = [_title_case(name) if name.isupper() else name for name in split_names(", ".join(parts))]
    return [_squash(name) for name in names] or None


def _title_case(name: str) -> str:
    """``JANE DOE-SMITH`` -> ``Jane Doe-Smith``, ``O'BRIEN`` -> ``O'Brien``."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0][:1].upper() + m[0][1:].lower(), name)


def is_role_line(line: str) -> bool:
    """The line under a byline: ``AP Sports Writer``, ``Associated Press``."""
    return len(line) <= 60 and (bool(_ROLE_LINE.search(line)) or agency_parts(line.removeprefix("The ")) is not None)
