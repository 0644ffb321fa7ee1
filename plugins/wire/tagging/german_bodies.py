"""German organisations by their shape: compounds ending on a body's noun,
public bodies, chambers, and bodies after their kind, in the nominative.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..places import find_city
from .german_names import nominative
from .mentions import (
    _CHANNEL_NUMBER,
    _FIRM_INITIAL_WORD,
    _GERMAN_ARTICLE_BEFORE,
    _GERMAN_PUBLIC_BODY,
    _LEGAL_TAIL,
    _NAME_WORD_BEFORE,
    _UPPER,
    Found,
    Mention,
    _body_name,
    _could_be_body,
    _german_role_forms,
    _is_place,
    _is_role,
    _is_seat,
    _known_forms,
    _known_head,
    _known_whole,
    _listed_name,
    _overlaps,
    _party,
    _read_alone_as_body,
    _read_as,
    _read_as_any,
    _rename_organizations,
    _tables_know,
)
from .name_lexicons import (
    calendar_words,
    first_names,
    function_words,
    german_noun,
    org_designators,
)
from .recogniser import Recognised, reading_alone
from .vocabulary import (
    country_forms,
    organizations,
    region_names,
)


def _german_bodies_in_the_nominative(found: Found) -> None:
    """A German body named as written, in whatever case the sentence puts it
    (``des Innenministeriums``, ``der Deutschen Bank``), is named in the
    nominative (``Innenministerium``, ``Deutsche Bank``), and by the tables'
    name where they know that form: one tag for one body."""
    renamed: dict[str, str] = {}
    for mention in found.of("organization"):
        # a name as written, not one the tables or the rules gave already
        if mention.key == mention.text and (name := nominative(mention.key)) != mention.key:
            listed = organizations().get(name)
            renamed[mention.key] = listed.name if listed else _listed_name(name)
        elif mention.key == mention.text and (known := _known_declined(mention.key)):
            renamed[mention.key] = _listed_name(known)  # "der Hallesche FC": the tables' Hallescher FC
        elif mention.key == mention.text and (listed := _listed_in_the_genitive(mention.key)):
            renamed[mention.key] = listed  # "des Weißen Hauses": the list's White House
    if renamed:  # its acronym too ("IS" of "Islamischen Staat")
        _rename_organizations(found, lambda mention: renamed.get(mention.key))


def _listed_in_the_genitive(name: str) -> str | None:
    """The curated list's body whose form a German name of two words or
    more is, its last word in the genitive (``des Weißen Hauses``: ``Weißen
    Haus``, White House; ``des Roten Kreuzes``); none where the list knows
    no such form."""
    if " " not in name:
        return None
    for ending in ("es", "s"):
        if name.endswith(ending) and (listed := organizations().get(name[: -len(ending)])):
            return listed.name
    return None


def _known_declined(name: str) -> str | None:
    """The name the tables know that a German name is, its first word, an
    adjective, declined by the sentence (``der Hallesche FC``: ``Hallescher
    FC``); none where they know no such form."""
    first, _, rest = name.partition(" ")
    if not rest or not first[:1].isupper():
        return None
    ending = next((ending for ending in ("en", "em", "es", "e") if first.endswith(ending)), None)
    if ending is None:
        return None
    forms = (first[: -len(ending)] + strong for strong in ("er", "e", "es"))
    return next((f"{form} {rest}" for form in forms if form != first and _known_whole(f"{form} {rest}")), None)


_COMPOUND = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]*(?:-[\w]+)+|(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{6,}")


#: Things German names by an acronym at the head of a compound: ``LKW-Fahrer``,
#: ``ABC-Waffen``, ``DVD-Sammlung``.
_THINGS_IN_GERMAN_COMPOUNDS = frozenset("ABC LKW PKW KFZ SUV USB GPS PDF SMS LED MRT EKG AKW TNT VHS DVD UKW".split())
#: An acronym joined to a German noun: ``SPÖ-Kandidat``, ``ÖBB-Sonderzügen``.
_ACRONYM_ROLE = re.compile(r"([A-ZÄÖÜ]{3,5})-([A-ZÄÖÜ][a-zäöüß]+)")
#: Roles held in a party, firm or body, not in a country or region
#: (``US-Präsident``, ``NRW-Ministerpräsident``), with their endings.
_MEMBER_ROLES = _german_role_forms(
    "chef",
    "kandidat",
    "politiker",
    "abgeordnete",
    "mitglied",
    "sprecher",
    "vorsitzende",
    "sekretär",
    "manager",
    "vorstand",
    "funktionär",
    "leiter",
    "spieler",
    "journalist",
    "fotograf",
    "reporter",
    "korrespondent",
    "moderator",
    "redakteur",
    "intendant",
    "direktor",
    "trainer",
    "mitarbeiter",
)


#: What a body's members and dealings are called after its name in German
#: besides roles: "Bawag-Aktionär", "Taliban-Kämpfern", "Facebook-Seite".
_MEMBER_ROLES_MORE = _german_role_forms("aktionär", "kämpfer", "anhänger", "gründer", "eigentümer") + (
    "seite",
    "pleite",
    "konto",
    "kunden",
)
#: Kinds of body German joins to a name to name the body: "Raiffeisen-Gruppe",
#: "Leopold-Museum", "AVZ-Stiftung", "Grünen-Fraktion", "Qassam-Brigaden".
_GERMAN_BODY_TAILS = (
    "gruppe",
    "stiftung",
    "museum",
    "fraktion",
    "brigaden",
    "institut",
    "verband",
    "verein",
    "konzern",
    "holding",
    "partei",
    "akademie",
    "klinik",
    "werke",
    "wirtschaftsbund",
    "bauernbund",
    "gewerkschaft",
)
#: Those that name a firm's group of companies.
_FIRM_GROUP_TAILS = ("gruppe", "konzern", "holding")
#: A name joined by a hyphen to one German noun: "Stasi-Mitarbeiter".
_NAME_JOINED = re.compile(r"(?P<head>[A-ZÄÖÜ][\w]*)-(?P<tail>[A-ZÄÖÜ][a-zäöüß]+)")


#: Heads of a German compound naming a body of the country or organisation
#: before them: "US-Kongress", "Uno-Vollversammlung", "US-Außenministerium".
_BODY_OF_HEADS = (
    "kongress",
    "senat",
    "repräsentantenhaus",
    "versammlung",
    "sicherheitsrat",
    "menschenrechtsrat",
    "ministerrat",
    "ministerium",
    "notenbank",
    "zentralbank",
)
#: A country's or organisation's name, a hyphen, and one word.
_NAME_AND_HEAD = re.compile(r"(?P<owner>[A-ZÄÖÜ][\w]*)-(?P<head>[A-ZÄÖÜ][a-zäöüß]+)")


def _body_of(word: str) -> str | None:
    """The body a German compound names when it joins a country's or an
    organisation's name to a head only a body has (``US-Kongresses``,
    ``Uno-Vollversammlung``), its head without a genitive ending; else none."""
    match = _NAME_AND_HEAD.fullmatch(word)
    if match is None:
        return None
    owner, head = match["owner"], match["head"]
    if not (owner in country_forms() or owner in organizations() or owner.upper() in organizations()):
        return None
    for stem in (head.removesuffix("es"), head.removesuffix("s"), head):
        if stem.lower().endswith(_BODY_OF_HEADS):
            return f"{owner}-{stem}"
    return None


def _german_compounds(text: str, taken: list[tuple[int, int]], found: Found, countries: tuple[str, ...] = ()) -> None:
    """German joins names into words: ``EU-Kommissionschefin``,
    ``Nato-Gipfel``: an organisation's name followed by a hyphen, or a
    longer name followed by more word, is a mention of it. An acronym
    of three to five capitals joined to a noun (``ÖBB-Sonderzügen``,
    ``ORF-Sendungen``) or to a role held in a party, firm or body
    (``SPÖ-Kandidat``, ``ÖBB-Sprecher``; not ``NRW-Ministerpräsident``) is
    that body, unless it is a country, former country or thing (``USA``,
    ``DDR``, ``CEO``, ``LKW``)."""
    orgs = organizations()
    for match in _COMPOUND.finditer(text):
        if _overlaps(taken, *match.span()):
            continue
        word = match[0]
        legal_form = _LEGAL_TAIL.match(text, match.end()) if "-" in word else None
        if legal_form:  # "ÖBB-Personenverkehr AG": the firm, not the firm of the acronym in it
            firm = (word + legal_form[0]).rstrip(".")
            found.mentions.append(
                Mention("organization", _listed_name(firm), firm, match.start(), "before a legal form")
            )
            taken.append((match.start(), legal_form.end()))
            continue
        body = _body_of(word)
        if body is not None:
            found.mentions.append(
                Mention("organization", body, word, match.start(), f"a body in the compound '{word}'")
            )
            taken.append(match.span())
            continue
        for cut in range(len(word) - 1, 1, -1):
            alias, rest = word[:cut], word[cut:]
            if alias in orgs and (rest.startswith("-") or (len(alias) >= 5 and rest[:1].islower())):
                found.mentions.append(  # written as the name in it: "EU" in "EU-Mission"
                    Mention("organization", orgs[alias].name, alias, match.start(), f"in the compound '{word}'")
                )
                taken.append(match.span())
                break
        else:
            named = _NAME_JOINED.fullmatch(word)
            if named and _is_place(named["head"]):
                named = None  # "Wien-Besuch": a place's name, no body's
            whole = _body_of_kind_after_name(named) if named else None
            if whole is not None:  # "Leopold-Museum", "ÖVP-Wirtschaftsbund": the body is the whole word
                found.mentions.append(Mention("organization", whole, word, match.start(), "a body's kind after a name"))
                taken.append(match.span())
                continue
            head, _, _ = word.partition("-")
            party = _party(head, countries) if head != word and head.isupper() and len(head) >= 3 else None
            if party is not None:  # "SPÖ-Klubklausur", "FPÖ-Wähler": the party of the story's country
                found.mentions.append(
                    Mention("organization", party.name, head, match.start(), f"a party in the compound '{word}'")
                )
                taken.append(match.span())
                continue
            held = _ACRONYM_ROLE.fullmatch(word)
            if (
                held
                and held[1] not in _THINGS_IN_GERMAN_COMPOUNDS
                and _could_be_body(held[1])
                # a role not held in a body is a country's or a region's: "NRW-Ministerpräsident"
                and (held[2].lower().endswith(_MEMBER_ROLES) or not _is_role(held[2], "de"))
            ):
                found.mentions.append(
                    Mention(
                        "organization",
                        _body_name(held[1], countries),
                        held[1],
                        match.start(),
                        f"an acronym before a role: '{word}'",
                    )
                )
                taken.append(match.span())
                continue
            if (
                named
                and named["tail"].lower().removesuffix("n").endswith(_MEMBER_ROLES + _MEMBER_ROLES_MORE)
                and _read_alone_as_body(named["head"])
            ):
                # "Stasi-Mitarbeiter", "Taliban-Kämpfern": the model reads the name alone as a body's
                head = named["head"]
                found.mentions.append(
                    Mention("organization", _listed_name(head), head, match.start(), f"a body before a role: '{word}'")
                )
                taken.append(match.span())


def _body_of_kind_after_name(named: re.Match) -> str | None:
    """The body a name and a body's kind joined by a hyphen name, where the
    model reads the name alone as a body's or a person's: the whole word
    (``Leopold-Museum``, ``AVZ-Stiftung``, ``ÖVP-Wirtschaftsbunds``), a
    listed firm's group the firm (``Lufthansa-Gruppe``)."""
    head, tail = named["head"], named["tail"].lower().removesuffix("s")
    reading = reading_alone(head)
    if not tail.endswith(_GERMAN_BODY_TAILS) or reading is None or reading.kind not in ("ORG", "PER"):
        return None
    if tail.endswith(_FIRM_GROUP_TAILS) and _known_forms().get(head) == "listed organization":
        return _listed_name(head)
    return named[0].removesuffix("s")  # "des ÖVP-Wirtschaftsbunds": the genitive's ending


#: A German noun ending on a kind of body, then a name: "der Privatfirma Walan
#: ICC", "die Gruppe Fursan al-Hak", "der Entwicklungsorganisation Brot für die
#: Welt", "das Nachrichtenportal Bivol", "beim Serie-A-Klub Hellas Verona",
#: "des Erste-Liga-Clubs SC Wiener Neustadt".
_GERMAN_BODY_KINDS = (
    "firma organisation gruppe konzern verein verband portal stiftung unternehmen initiative gewerkschaft"
    " versicherung gesellschaft fonds betreiber sender hersteller anbieter klub club rennstall"
).split()
#: A kind German writes only at the end of a compound, before a name it is
#: not part of only where that is an acronym: "der Großbank VTB", not "die
#: Volksbank Etruria".
_GERMAN_BANK_KIND = "bank"
_GERMAN_BODY_KINDS_CAPITALISED = "|".join(kind.capitalize() for kind in _GERMAN_BODY_KINDS)
_GERMAN_BODY_KIND = re.compile(
    rf"(?<![\w-])(?P<kind>[A-ZÄÖÜ][\w-]*?(?:{'|'.join(_GERMAN_BODY_KINDS)}|-(?:{_GERMAN_BODY_KINDS_CAPITALISED}))s?"
    rf"|(?:{_GERMAN_BODY_KINDS_CAPITALISED})"
    rf"|[A-ZÄÖÜ][a-zäöüß]+{_GERMAN_BANK_KIND}(?=[ ][A-ZÄÖÜ]{{2,5}}\b))"
    r"[ ](?P<name>[A-ZÄÖÜ][\w.'’-]*(?:[ ](?:(?:für|von|der|des)(?:[ ](?:die|der|den|das|dem))?[ ]|(?:und|&)[ ])?"
    r"(?:al-|el-)?[A-ZÄÖÜ][\w.'’-]*){0,3})"
)


def _german_bodies_after_kind(
    text: str, proposals: list[Recognised], taken: list[tuple[int, int]], found: Found
) -> None:
    """A body German names after the kind it is, where the recogniser reads
    a name or the name is shaped as no common noun is (``die Gewerkschaft
    GPA-djp``; German capitalises every noun: "der Konzern Gewinne" names
    none), not a place or a person's name."""
    for match in _GERMAN_BODY_KIND.finditer(text):
        name = match["name"].split(". ")[0].rstrip(".")  # "Gruppe Fursan al-Hak.": the sentence ends
        start = match.start("name")
        end = start + len(name)
        channel = _CHANNEL_NUMBER.match(text, end) if match["kind"].lower().endswith("sender") else None
        if channel:  # "dem Fernsehsender Rossija 1": a channel's number is its name's
            name, end = name + channel[0], channel.end()
        if (
            _overlaps(taken, start, end)
            # or shaped as no common noun is: an acronym ("GPA-djp"), a capital inside ("SunTrust")
            or not (
                _read_as_any(proposals, start, end)
                or _FIRM_INITIAL_WORD.fullmatch(name.split()[0].split("-")[0])
                or _read_alone_as_body(name.split()[0])
            )
            or _is_place(name)
            or _read_as(proposals, "PER", start, end)
            or name.split()[0].lower() in first_names()
        ):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "after the kind of body"))
        taken.append((start, end))


#: Where a clause ends: a stop, comma, semicolon, colon or bracket.
_CLAUSE_END = re.compile(r"[.,;:)]")


#: What a federal body is for, part of its name: "Bundesamt für Sicherheit in
#: der Informationstechnik", "Bundesamts für Eich- und Vermessungswesen".
_GERMAN_REMIT = re.compile(
    r"[ ]für[ ][A-ZÄÖÜ][\w-]*(?:(?:[ ](?:und|in[ ]de[rmn]|der|des|für|von|zur|zum|im))+[ ][A-ZÄÖÜ][\w-]*)*(?![\w-])"
)


def _german_public_bodies(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """German public bodies the recogniser reads as common nouns, German
    capitalising every noun: a federal body alone, or any court or office
    with its seat (a known city) after it; ``das Landesgericht`` alone is any
    regional court, no name. A federal body's name goes on with what it is
    for (:data:`_GERMAN_REMIT`), and the body named so is the one the same
    word names alone after it."""
    named_in_full: dict[str, str] = {}
    for match in _GERMAN_PUBLIC_BODY.finditer(text):
        word = match["word"]
        base = word[: match.end("head") - match.start("word")]  # "Bundesheeres": "Bundesheer"
        seat = match["seat"]
        if (
            seat
            and seat.lower() not in function_words()
            and seat not in calendar_words()
            and (find_city(seat) is not None or _CLAUSE_END.match(text, match.end("seat")))
        ):  # "Handelsgericht Wien"; "von der Bundespolizeiinspektion Freyung.": a town no list knows
            name, end = f"{base} {seat}", match.end("seat")
        elif match["prefix"] == "Bundes":
            remit = _GERMAN_REMIT.match(text, match.end("word"))
            if remit:
                name, end = _listed_name(base + remit[0]), remit.end()
                named_in_full[base] = name
            else:  # "das Bundesamt" after "das Bundesamt für Migration": the last one named so
                name, end = named_in_full.get(base, base), match.end("word")
        else:
            continue
        if _overlaps(taken, match.start(), end):
            continue
        found.mentions.append(
            Mention("organization", name, text[match.start() : end], match.start(), "German public body")
        )
        taken.append((match.start(), end))


#: A statutory chamber of a trade or profession, as German names one, with
#: its seat or land after it perhaps: "Wirtschaftskammer", "Arbeiterkammer
#: Oberösterreich", "der Ärztekammer Wien".
_GERMAN_CHAMBER = re.compile(
    r"(?<![\w-])(?P<word>(?:Wirtschafts|Arbeiter|Ärzte|Zahnärzte|Tierärzte|Landwirtschafts|Landeslandwirtschafts"
    r"|Rechtsanwalts|Patentanwalts|Notariats|Apotheker|Architekten|Steuerberater|Handels|Handwerks)kammer)"
    r"s?(?:(?![\w-])(?:[ ](?P<seat>[A-ZÄÖÜ][a-zäöüß]+))?|-(?=[A-ZÄÖÜ]))"  # "Wirtschaftskammer-Präsident"
)


def _german_chambers(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """The chambers of trades and professions German copy names by their
    kind alone (``die Wirtschaftskammer``, ``Arbeiterkammer-Präsident``): in
    Austria and Germany each is one statutory body, with its seat after it
    where there are several (``Ärztekammer Wien``)."""
    for match in _GERMAN_CHAMBER.finditer(text):
        seat = match["seat"]
        seat_is_place = seat is not None and _is_seat(seat)
        end = match.end("seat") if seat_is_place else match.end("word")
        name = f"{match['word']} {seat}" if seat_is_place else match["word"]
        before = _NAME_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if _overlaps(taken, match.start(), end) or (before and before[0].strip().lower() not in function_words()):
            continue  # "der Berliner Handelskammer": a longer name, the model's to read
        found.mentions.append(Mention("organization", name, text[match.start() : end], match.start(), "German chamber"))
        taken.append((match.start(), end))


def _german_name_read_on(text: str, proposal: Recognised) -> Recognised:
    """A body's name the tables know, which the model reads on into the
    capitalised words after it, is that name alone in German copy, which
    capitalises every noun: ``geben die Bayern Vollgas``, ``hat der 1. FC
    Heidenheim Lehrgeld bezahlt``, ``in der ARD Premiere``. Not a name the
    tables know whole (``Bayern München``, ``Eintracht Frankfurt``), nor one
    whose words after it are a designator, a place, a given name or an
    acronym (``Sky Deutschland``, ``Union Berlin``, ``SPD NRW``); a name of
    one word only where the story names it alone elsewhere (not ``NDR
    Kultur``, ``TSV Pattensen`` written so throughout), or where it is an
    acronym after an article before one German noun (``gab der DFB
    Entwarnung``: :func:`_acronym_before_noun`)."""
    if proposal.kind != "ORG" or _known_whole(proposal.text):
        return proposal
    words = proposal.text.split(" ")
    for cut in range(len(words) - 1, max(0, len(words) - 3), -1):
        head, rest = " ".join(words[:cut]), words[cut:]
        if " " in head and not _known_head(head):
            continue
        if " " not in head and not (
            (
                _known_head(head, towns=True)
                and _named_alone_elsewhere(text, head, proposal, article=not _known_head(head))
            )
            or _acronym_before_noun(text, proposal.start, head, rest)
        ):
            continue  # one word the tables know is the body where the story names it alone too; a town's or
            # a region's name with an article, as German names a club and no place ("die Bayern gewannen")
        if any(
            not word[:1].isupper()
            or word.isupper()
            or any(ch.isdigit() for ch in word)
            or word.lower() in org_designators()
            or word.lower() in first_names()
            or _is_place(word)
            or find_city(word)
            or word in region_names()  # "Raiffeisen Niederösterreich", "SPÖ Burgenland": a branch's region
            or word in organizations()
            or _tables_know(word)
            for word in rest
        ):
            return proposal
        return replace(proposal, end=proposal.start + len(head), text=head)
    return proposal


#: The words after a club's name that name one of its teams: "die VfB Frauen".
_TEAMS_OF_A_CLUB = frozenset("Frauen Damen Männer Herren Junioren Juniorinnen".split())
#: The letters a German sports club's name opens with, saying what kind of club it is:
#: "SV Preußen", "SG Dynamo", "TuS Koblenz".
_CLUB_KINDS = frozenset("FC SC SV SG TSV SSV FSV TuS VfL VfR ESV BSC SpVgg TSG".split())


def _acronym_before_noun(text: str, start: int, head: str, rest: list[str]) -> bool:
    """Whether a name the model reads is an acronym after an article and one
    German common noun after it (``gab der DFB Entwarnung``, ``geht der VfB
    Nachwuchs``): capitals, or capitals around a small letter, neither a
    designator nor the kind of club a club's name opens with (``der SV
    Preußen``); not a name without an article (``bei TNT Sports``, ``LG
    Display``)."""
    return (
        len(rest) == 1
        and rest[0] not in _TEAMS_OF_A_CLUB
        and _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None
        and len(head) > 1
        and head[0].isupper()
        and head[-1].isupper()
        and sum(ch.isupper() for ch in head) >= len(head) - 1
        and head.lower() not in org_designators()
        and head not in _CLUB_KINDS
        and german_noun(rest[0])
    )


def _named_alone_elsewhere(text: str, name: str, proposal: Recognised, article: bool = False) -> bool:
    """Whether the story writes ``name`` outside ``proposal`` with no
    capitalised word after it (``Bayern`` of ``die Bayern Vollgas``, where
    ``die Bayern suchen`` comes before), with ``article``, after an article."""
    return any(
        not (proposal.start <= use.start() < proposal.end)
        and (not article or _GERMAN_ARTICLE_BEFORE.search(text, max(0, use.start() - 10), use.start()))
        for use in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?![ ][{_UPPER}])", text)
    )
