"""Firms: companies found by the tables' names, their short names and
their share codes, firms written before their people or after their kind, and
the names a firm's shape must not take (brands, products, mastheads, channels).
"""

from __future__ import annotations

import functools
import re

from ..instrument_codes import is_share_code, shares_code_after, shares_code_at
from ..places import find_city
from .legal_forms import GENERIC_WORDS, GROUP_WORDS, alternatives
from .mentions import (
    _ADJECTIVE_ENDINGS,
    _CHANNEL_NUMBER,
    _FIRM_HEADS,
    _FIRM_KINDS_OPENING,
    _FIRM_NAME,
    _KIND_ADJECTIVE_ENDINGS,
    _LEGAL_TAIL,
    _MEDIA_NAME,
    _NAME_WORD_BEFORE,
    _OWNED_AFTER,
    _PARTY_WORDS,
    _PLACE_LAST,
    _PLACE_PREPOSITION_BEFORE,
    _POSSESSIVE,
    _POSSESSIVE_IN_NAME,
    _UPPER,
    _WORD_BEFORE,
    Found,
    Mention,
    _acronyms_of,
    _folded_table_name,
    _is_demonym,
    _is_given_name,
    _is_place,
    _is_role,
    _listed_name,
    _named_as_a_brand,
    _names_listed,
    _no_firms_name,
    _overlaps,
    _read_as,
    _rename_organizations,
    _state_after,
    _table_names,
    _tables_know,
    _uses,
    _without_possessive,
    firm_name,
)
from .name_lexicons import (
    COMMON_ABBREVIATIONS,
    calendar_words,
    first_names,
    function_words,
    org_designators,
    world_regions,
)
from .recogniser import Recognised
from .vocabulary import (
    country_forms,
    fold_name,
    known_people,
    listed_companies,
    listed_company_symbols,
    organization_folds,
    organization_stems,
    organization_table,
    organizations,
    party_table,
)

#: A newspaper, magazine, broadcaster or journal by the kind of outlet before
#: its name (and the country's adjective): "le quotidien français Libération",
#: "el diario \"Reforma\"", "die Zeitung Danas", "la revue Nature".
_MEDIA_KIND = {
    "fr": r"(?:le|du|au|Le)[ ](?:quotidien|journal|magazine|hebdomadaire|mensuel|site)"
    r"|(?:la|de[ ]la|à[ ]la|La)[ ](?:revue|chaîne|radio|télévision)"
    r"|(?:l['’]|L['’])agence",
    "es": r"(?:el|del|al|El)[ ](?:diario|periódico|semanario|rotativo|matutino|canal|sitio)"
    r"|(?:la|de[ ]la|a[ ]la|La)[ ](?:revista|cadena|emisora|televisión|agencia)",
    "de": r"(?:die|der|das|dem|den|im|ins|vom|Die|Der|Das|Im)[ ](?:Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift"
    r"|Nachrichtenagentur"
    r"|Fachzeitschrift|Fachjournal|Fachblatt|Fachmagazin|Journal|Magazin|Nachrichtenmagazin|Sender|Fernsehsender"
    r"|Radiosender|Blatt|Boulevardblatt)",
    "en": r"(?:the|The)[ ](?:newspaper|daily|weekly|magazine|tabloid|broadcaster|journal)",
}
_MEDIA_AFTER_KIND = {lang: re.compile(rf"(?<![\w-])(?:{kind}){_MEDIA_NAME}") for lang, kind in _MEDIA_KIND.items()}
#: Kinds of firm English copy writes before a firm's name only, never before a
#: person's: "bank Julius Baer", "consultancy Cameron Hanover".
_FIRM_ONLY_KINDS = frozenset(
    "carmaker automaker insurer lender bank brokerage retailer airline miner chipmaker drugmaker refiner"
    " conglomerate consultancy unit subsidiary".split()
)
#: A party's adjective, before the rival a politician is.
_PARTY_BEFORE_RIVAL = re.compile(r"(?:Democratic|Republican|Conservative|Labour|Socialist|Liberal)[ ]$")
#: Kinds of firm that are parts of another: "Janney Capital Markets unit Langen McAlenney".
_PARTS_OF_A_FIRM = frozenset(("unit", "units", "subsidiary"))
#: Kinds English writes before a firm's name and a person's alike: "rival Xstrata", "owner Roman Abramovich".
_FIRM_OR_PERSON_KINDS = frozenset("rival competitor firm tracker owner manager group".split())
#: A firm by what it is, just before its name, as English market copy writes it:
#: "Bermuda-based Bacardi", "Anglo-Swiss rival Xstrata", "buyout firm Apollo".
_ENGLISH_FIRM_KIND = re.compile(
    rf"(?:-based|(?<![\w-])(?:{alternatives(tuple(_FIRM_ONLY_KINDS | _FIRM_OR_PERSON_KINDS))}"
    # opening a sentence: "Chipmaker Elpida warned"
    rf"|(?<=[.!?][ ])(?:{'|'.join(_FIRM_KINDS_OPENING)}))"
    r"(?P<several>s)?)"
    rf"[ ](?P<name>{_FIRM_NAME})"
)


#: A firm named just before its analyst's or economist's role and name:
#: "Oppenheimer analyst Chris Kotowski".
_FIRM_BEFORE_ANALYST = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w&.-]*(?:[ ](?:&[ ])?[{_UPPER}][\w&.-]*){{0,3}})"
    rf"[ ](?:analyst|economist|strategist)[ ][{_UPPER}]"
)
#: A firm's name in the possessive before one of its people: "Pimco's Bill Gross".
_FIRM_BEFORE_ITS_PERSON = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w&.-]*(?:[ ][{_UPPER}][\w&.-]*){{0,2}})['’]s[ ]"
    # not "Merkel's Christian Democrats"
    rf"(?P<given>[{_UPPER}][a-zà-ÿ]+)[ ](?!(?:{alternatives(tuple(_PARTY_WORDS))})(?![\w-]))[{_UPPER}]"
)


def _firms_before_their_people(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A firm English names in the possessive before one of its people,
    named by a known given name (``Pimco's Bill Gross``); not a person's
    name, a place, or a sentence's first word."""
    for match in _FIRM_BEFORE_ITS_PERSON.finditer(text):
        name = match["name"]
        words = name.split()
        start, end = match.span("name")
        if (
            match["given"].lower() not in first_names()
            or _overlaps(taken, start, end)
            or words[0].lower() in first_names()
            or _no_firms_name(name)
        ):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "a firm before its person"))
        taken.append((start, end))


def _firms_before_analysts(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A firm English names just before one of its analysts: not a nation's
    adjective, a place, a role or a sentence's first word."""
    for match in _FIRM_BEFORE_ANALYST.finditer(text):
        name = match["name"]
        start, end = match.span("name")
        if _overlaps(taken, start, end) or _no_firms_name(name):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, start, "an analyst's firm"))
        taken.append((start, end))


def _english_firms_after_kind(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A firm English names after what it is; not a person's full name
    (``owner Roman Abramovich``), a place, or a name a role follows."""
    for match in _ENGLISH_FIRM_KIND.finditer(text):
        # "firms TPG, Terra Firma and Ripplewood": a plural kind lists them
        names = _names_listed(text, match, "en") if match["several"] else [(match["name"], match.start("name"))]
        # "bank Julius Baer", "lender Sallie Mae": a kind only a firm is, before a name a person's may open
        kind = text[match.start() : match.start("name")].strip().lower()
        if _PARTY_BEFORE_RIVAL.search(text, max(0, match.start() - 16), match.start()):
            continue  # "Democratic rival Barack Obama's readiness": a politician
        firm_only = kind in _FIRM_ONLY_KINDS
        if kind in _PARTS_OF_A_FIRM and (
            match["several"] or match["name"].split()[0] in organization_table() or text.startswith(":", match.end())
        ):
            # "5.5 million units PS3s", "telecom equipment unit Nokia Services and Networks" (the parent's
            # name, which would then stand for its unit), "subsidiary Sources:": no firm read here
            continue
        for name, start in names:
            _firm_after_kind(text, name, start, taken, found, listed=len(names) > 1 or firm_only)


def _firm_after_kind(
    text: str, name: str, start: int, taken: list[tuple[int, int]], found: Found, listed: bool = False
) -> None:
    """The firm ``name`` at ``start``, after what it is, unless a person's
    name (not in a list of firms: "firms TPG, Terra Firma and Ripplewood"),
    a place or a name a role follows."""
    name = _SENTENCE_END_IN_NAME.split(name)[0].rstrip(".")  # "rival Xstrata. The deal": the sentence ends
    possessive = _POSSESSIVE_IN_NAME.search(name)
    table = organization_table()
    if (
        possessive
        and name not in table
        and name[: possessive.end()] not in table
        and (
            name[: possessive.start()] in table
            if possessive.end() < len(name)
            else _OWNED_AFTER.match(text, start + len(name))
        )
    ):
        # "rival Airbus's A320neo", "Atlanta-based Coke's shares"; not "Moody's", "retailer Swoozie's said"
        name = name[: possessive.start()]
    words = name.split()
    coded = next((i for i, word in enumerate(words) if i and is_share_code(word.rstrip("."))), None)
    if coded is not None:
        # "miner Riversdale RIV.AX": the code of its shares; "bank Lehman Brothers LEH.P. AIG faces": and the
        # next sentence's first word
        words = words[:coded]
    name = " ".join(words)
    end = start + len(name)
    if (
        _overlaps(taken, start, end)
        or _is_place(name)
        or (
            len(words) > 1
            and words[0].lower() in first_names()
            and (not listed or name in known_people() or _FOUNDER_VERB_AFTER.match(text, end))
        )
        or any(w in calendar_words() or w.lower() in function_words() for w in words)
        or any(_is_role(word, "en") for word in words)
        or name in known_people()  # "Democratic rival Barack Obama's readiness"
        or name == "I"  # "No matter which retailer I speak to": the speaker
        or _NAME_ROLE_AFTER.match(text, end)
        or (
            len(words) == 1 and name.lower() in org_designators()
        )  # "the Paris-based Organization for ...": a longer name
    ):
        return
    found.mentions.append(Mention("organization", _listed_name(name), name, start, "after what the firm is"))
    taken.append((start, end))


#: What a person did to or does with a firm, after the person's name in a
#: clause on the firm: "the airline Richard Branson founded".
_FOUNDER_VERB_AFTER = re.compile(
    r"[ ](?:co-)?(?:founded|owns|owned|runs|ran|controls|controlled|bought|built|started|set[ ]up|heads|headed"
    r"|leads|led|created|chairs|chaired|took[ ]over)(?![\w-])"
)
#: A role after a name: "Xstrata analyst", "Bacardi chairman".
_NAME_ROLE_AFTER = re.compile(r"[ ](?:[A-Z][a-z]+[ ])?[A-Z][a-z]+[ ][A-Z]")


def _media_after_kind(
    text: str,
    lang: str,
    taken: list[tuple[int, int]],
    found: Found,
    patterns: dict[str, re.Pattern] = _MEDIA_AFTER_KIND,
    rule: str = "after the kind of outlet",
    given_name_alone: bool = False,
) -> None:
    """Outlets named after the kind they are (``le quotidien El Punt``, ``el
    diario "O Globo"``; in French and Spanish an adjective may come between,
    ``le quotidien français Libération``, not a verb, ``the newspaper said
    Smith``): an organisation, unless the name is a place or opens on a
    known given name. With ``patterns``, other bodies named after their kind;
    with ``given_name_alone``, a name of one word may be a given name too
    (``la empresa Indra``)."""
    pattern = patterns.get(lang)
    endings = _ADJECTIVE_ENDINGS.get(lang, ()) + _KIND_ADJECTIVE_ENDINGS.get(lang, ())
    for match in pattern.finditer(text) if pattern else ():
        name = match["name"]
        where = _PLACE_LAST.search(name)
        if where and where["place"] in country_forms():
            name = name[: where.start()]  # "el diario Clarín de Argentina": the outlet and its country
        head, _, last = name.rpartition(" ")
        if head and len(last) == 1 and (legal := _LEGAL_TAIL.match(text, match.start("name") + len(head))):
            name = head + legal[0]  # "la empresa Petróleos de Venezuela S.A.": its legal form, not a letter
        words = name.split()
        if len(words) > 2 and _is_given_name(words[-2]) and not words[-1].isupper() and not _is_given_name(words[-1]):
            name = " ".join(words[:-2])  # "l'agence RIA Novosti Valentine Sapounov": the outlet, then who spoke to it
        channel = _CHANNEL_NUMBER.match(text, match.start("name") + len(name))
        if channel and _BROADCASTER_KIND.search(text, match.start(), match.start("name")):
            name += channel[0]  # "la chaîne France 2", "dem Sender Puls 4"
        first = name.split()[0]
        adjective = match["adjective"]
        if (
            (adjective and not adjective.endswith(endings))
            or _overlaps(taken, match.start("name"), match.start("name") + len(name))
            or _is_place(name)
            or (first.lower() in first_names() and not first.isupper() and not (given_name_alone and " " not in name))
            or (first.lower() in function_words() and len(name.split()) == 1)
        ):
            continue
        found.mentions.append(Mention("organization", _listed_name(name), name, match.start("name"), rule))
        taken.append((match.start("name"), match.start("name") + len(name)))


def _written_with_its_shares_code(text: str, name: str) -> bool:
    """Whether a story writes a name with the code of its shares after it
    somewhere, a code of its own (``Carrefour ( CARR.PA )``, a symbol of
    digits: ``Toyota ( 7203.T )``), not the code of a firm listed in that
    town (``Frankfurt ( ADBE.F )``)."""
    codes = (shares_code_after(text, use.end()) for use in _uses(name, text))
    return any(code and (code.symbol[:1] == name[:1].upper() or code.symbol.isdigit()) for code in codes)


def _opens_a_firm_s_name(text: str, acronym: str) -> bool:
    """Whether a story writes ``acronym`` as the first word of a firm's name
    the tables know (``BNP Paribas``)."""
    return any(
        f"{acronym} {match['word']}" in organization_table()
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}[ ](?P<word>[{_UPPER}][\w&'’-]*)", text)
    )


def _priced_as_oil(text: str, name: str) -> bool:
    """Whether a story writes a town's name somewhere as an oil's price:
    an oil's words within 80 characters and a price's within 40, not after
    a preposition of place nor before its state (``Brent dropped 1.2
    percent to $112.20``, ``the global oil benchmark Brent``)."""
    return any(
        (
            _OIL_NEAR.search(text, max(0, use.start() - 80), use.end() + 80)
            or _OIL_EXCHANGE_BEFORE.search(text, max(0, use.start() - 8), use.start())  # "London ICE Brent"
        )
        and _PRICE_NEAR.search(text, max(0, use.start() - 40), use.end() + 40)
        and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, use.start() - 8), use.start())
        and not _state_after(text, use.end())
        for use in _uses(name, text)
    )


#: What a product is, after its name: "Johnnie Walker whisky", "the Vista operating system", "Google's
#: Android phones" (not a book or a film: "John Grisham novels" are still his; a maker the tables know
#: is still the firm before its phones: "RIM tablets", "Samsung phones").
_PRODUCT_AFTER = re.compile(
    r"[ ](?:whisky|whiskey|vodka|beer|(?:mobile[ ])?operating[ ](?:system|software)|mobile[ ]platform|"
    r"(?:smart)?phones|handsets|"
    r"(?:music|media|MP3|video|DVD)[ ]players?|"  # "its Sansa music players"
    # a vehicle's model: "the Taurus and Mercury Sable sedans", "Mercury Mountaineer SUVs", "the Accord and
    # Civic models"
    r"sedans?|SUVs?|minivans?|pickups?|pickup[ ]trucks?|hatchbacks?|coupes?|crossovers?|models)(?![\w-])"
)


#: What a medicine is, before its name: "the eye drug Lucentis", "the antibiotic Ketek", "its
#: cholesterol drug, Lipitor," (not "the drug maker Pfizer": another word before the name).
_MEDICINE = re.compile(
    r"(?<![\w-])(?:drug|antibiotic|vaccine|medicine|medication|painkiller|antidepressant|pill|inhaler)s?,?[ ]"
    rf"(?P<name>[{_UPPER}][\w-]*(?:[ ][{_UPPER}][\w-]*)?)"
)


def _products(text: str, found: Found) -> frozenset[str]:
    """The names an English story writes before what a product is
    (``Johnnie Walker whisky``, ``Google's Android operating system``) or
    after what a medicine is (``the eye drug Lucentis``): a product's in
    every mention, no person, body nor town; not the tables' firm."""
    table = organization_table()
    medicines = {match["name"] for match in _MEDICINE.finditer(text)}
    return frozenset(
        m.text
        for m in found.mentions
        if m.text not in table
        and m.key not in table
        and (
            _PRODUCT_AFTER.match(text, m.start + len(m.text))
            # the model's reading run on into what the product is: "Mercury Mountaineer SUVs"
            or (" " in m.text and _PRODUCT_AFTER.fullmatch(m.text, m.text.rindex(" ")))
            or m.text in medicines
        )
    )


def _named_only_as_a_brand(text: str, name: str) -> bool:
    """Whether every use of a name is a make's (``sales of Mercedes-Benz
    brand luxury cars``, ``brands including Buick and Chevrolet``): a
    brand, not the firm."""
    if " brand" not in text and " marque" not in text:
        return False  # most stories: no name's use read again
    uses = list(_uses(name, text))
    return bool(uses) and all(_named_as_a_brand(text, use.start(), use.end()) for use in uses)


#: Platforms whose name copy writes as the place a message was posted.
_PLATFORMS = frozenset(
    (
        "Twitter",
        "Instagram",
        "Facebook",
        "TikTok",
        "YouTube",
        "Youtube",
        "Telegram",
        "WhatsApp",
        "Snapchat",
        "Threads",
        "LinkedIn",
        "Bluesky",
        "Truth Social",
        "Weibo",
        "WeChat",
        "Reddit",
        "Twitch",
    )
)
#: What a message and where it is kept are called, in four languages: "account", "cuenta", "Kanal".
_POSTED_IN = (
    r"(?:accounts?|pages?|posts?|feeds?|profiles?|channels?|messages?|videos?|tweets?|statements?|"
    r"cuentas?|perfil(?:es)?|páginas?|canal(?:es)?|mensajes?|publicaci(?:ón|ones)|v[íi]deos?|tuits?|"
    r"comptes?|chaînes?|fil|publications?|vidéos?|"
    r"Accounts?|Kan(?:al|äle)|Profils?|Seiten?|Kont(?:o|en)|Posts?|Beitr(?:ag|ägen?)|Videos?|Nachrichten?)"
)
#: Before a platform's name, the words that make it the place of a message: "said on Twitter",
#: "a través de su cuenta de Twitter", "en un mensaje en Twitter", "teilte ... auf Twitter mit",
#: "beim Kurzbotschaftendienst Twitter", "sur son compte Instagram", "Bei Instagram sind wir".
_CHANNEL_BEFORE = re.compile(
    r"(?<![\w-])(?i:on|via|through|en|a\s+través\s+de|vía|mediante|auf|bei|beim|über|per|sur)"
    r"(?:\s+(?:(?:his|her|their|its|the|an?|su|sus|la|el|un|una|los|las|seinem|seiner|seinen|ihrem|ihrer|"
    r"ihren|dem|der|den|einem|einer|son|sa|ses|leur|leurs|le|une?)\s+)?"
    r"(?:(?:official|oficial|offizielle[mnr]?|officiel(?:le)?)\s+)?"
    rf"(?:{_POSTED_IN}\s+(?:(?:de|en|on|bei|auf|sur)\s+)?|[\w-]*(?:dienst|netzwerk|[Pp]lattform|[Pp]ortal)\s+))?"
    r"\s*$"
)
#: After a platform's name, what makes it the place of a message: "Twitter account",
#: "Instagram-Seite", "Facebook-Post", "YouTube channel".
_CHANNEL_AFTER = re.compile(rf"(?:\s|-){_POSTED_IN}(?![\w-])")


def _named_only_as_a_channel(text: str, name: str) -> bool:
    """Whether every use of a platform's name is the place a message was
    posted (``said on Twitter``, ``a través de su cuenta de Twitter``,
    ``auf seiner Instagram-Seite``): what was said is the story, not the
    firm; a story about the firm names it otherwise (``Facebook, Google
    and Yahoo``, ``nachdem er Twitter gekauft hatte``)."""
    if name not in _PLATFORMS:
        return False
    uses = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", text))  # "Instagram-Seite" too
    return bool(uses) and all(_posted_in(text, use.start(), use.end()) for use in uses)


#: Another platform before a platform's name, in a list: "auf Facebook und Twitter".
_PLATFORM_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?P<platform>"
    + "|".join(map(re.escape, sorted(_PLATFORMS)))
    + r")(?:,\s*|\s+(?:and|or|y|o|e|et|ou|und|oder)\s+)$"
)


def _posted_in(text: str, start: int, end: int) -> bool:
    """Whether the platform named at ``start:end`` is where a message was
    posted, itself or as the last of a list (``on Facebook and Twitter``)."""
    while True:
        if _CHANNEL_BEFORE.search(text, max(0, start - 60), start) or _CHANNEL_AFTER.match(text, end):
            return True
        listed = _PLATFORM_LISTED_BEFORE.search(text, max(0, start - 30), start)
        if listed is None:
            return False
        start, end = listed.start(), listed.end("platform")


#: A price's words near a name: "Brent dropped 1.2 percent", "$35 a barrel to dated Brent", "the oil
#: benchmark Brent", "Brent and U.S. crude set new record highs".
_PRICE_NEAR = re.compile(r"\$|(?<![\w-])(?:percent|cents|prices?|futures|benchmark|contracts?|highs?|lows?)(?![\w-])")
#: An exchange whose contract a town names, just before it: "ICE Brent for March".
_OIL_EXCHANGE_BEFORE = re.compile(r"(?<![\w-])(?:ICE|IPE|Nymex|NYMEX|DME)[ ]$")
#: Words of an oil's price near a name: "Brent at $93.70 a barrel".
_OIL_NEAR = re.compile(r"(?<![\w-])(?:barrels?|crude|oil)(?![\w-])")


#: A French broadcaster named after its country or continent and its
#: channel number, after "de", "sur", "à", "par" ("journaliste de France 2",
#: "sur Europe 1"); not a score ("France 2 - Espagne 1", "France 2, Italie 0").
_CHANNEL = re.compile(
    rf"(?:\b(?:de|sur|à|par) |\bd['’])(?P<name>(?P<place>[{_UPPER}][\w'’-]+) \d{{1,2}})"
    rf"(?![\d%]|[,.:/h]\d|\s*[-–,]?\s*[{_UPPER}][\w'’-]*(?:\s[{_UPPER}][\w'’-]*)?\s\d)"
)


def _channels(text: str) -> list[tuple[str, int]]:
    """French broadcasters by their channel number (``France 24``, ``Europe 1``),
    with where each is written."""
    return [
        (match["name"], match.start("name"))
        for match in _CHANNEL.finditer(text)
        if match["place"] in country_forms() or match["place"] in world_regions()
    ]


#: A paper named in capitals, as German-language papers write their own
#: names and copy quoting them does: as the one spoken to or quoted ("sagte
#: er dem STANDARD", "gegenüber DER STANDARD:", "laut SPIEGEL") or the one
#: that held an interview or found a fact ("im STANDARD-Gespräch",
#: "nach KURIER-Infos").
_MASTHEAD = re.compile(
    r"(?:\b(?:dem|der|des|im|zum|vom|laut|gegenüber)\s(?:(?:DER|DEM|DIE|DAS)\s)?"
    r"(?P<quoted>[A-ZÄÖÜ]{4,})(?=[,.:;!?)]|\s[a-zäöü])"
    r"|(?<![\w-])(?P<held>[A-ZÄÖÜ]{4,})-(?:Gespräch|Interview|Infos|Informationen|Anfrage|Recherchen?)\b)"
)
_VOWELS = frozenset("AEIOUÄÖÜ")


def _mastheads(text: str) -> list[tuple[str, int]]:
    """German-language papers named in capitals (``STANDARD``, ``SPIEGEL``),
    with where each is written: a word of two vowels or more, as an acronym
    seldom is (``WLAN``), that names no known body, place or thing."""
    found = []
    for match in _MASTHEAD.finditer(text):
        group = "quoted" if match["quoted"] else "held"
        word = match[group]
        if sum(c in _VOWELS for c in word) < 2 or word in COMMON_ABBREVIATIONS:
            continue
        if word in organizations() or word in organization_table() or _is_place(word):
            continue
        found.append((word, match.start(group)))
    return found


#: A name of one word no one bears: capitals alone (``BP``, ``HSBC``), or
#: with ``&`` or a digit in it (``AT&T``, ``3M``).
_NO_SURNAME = re.compile(r"[&\d]|^[A-Z.]+$")


def _firms_by_their_names(text: str, found: Found, lang: str) -> None:
    """A firm the tables do not know is tagged by its name without the legal
    forms copy writes after it on first mention, and the group word before
    them: ``Barclays Plc``, ``Lehman Brothers Holdings Inc``, ``Merrill
    Lynch & Co Inc`` are ``Barclays``, ``Lehman Brothers``, ``Merrill Lynch``,
    as the stories that name them after write them, one tag for them all;
    the tables' name where they know the firm by the name left (``Goldman
    Sachs Group Inc``: ``Goldman Sachs``), as they spell it (``JP Morgan
    Chase & Co``: ``JPMorgan Chase``). A name the tables hold with its
    legal form keeps it (``Toyota Motor Corporation``), and so does a firm
    of one word the story does not name alone (:func:`_named_alone`) and
    that could be a surname (``Hess Corp``; not ``AT&T Inc``, ``BP Plc``).
    A name of two words or more, written so in the story, that a rule read
    and the tables know as another form of a body's is the tables' name (``U.S.
    Justice Department``, ``a Justice Department spokesman``: ``United
    States Department of Justice``)."""
    table = organization_table()
    people = {m.key for m in found.mentions if m.kind == "person"}

    def firms_name(mention: Mention) -> str | None:
        if mention.key in _table_names() or mention.key in _listed_names():
            return None  # a name the rules gave on purpose: the list's, or the tables'
        rest = mention.key[4:]
        if (
            mention.key.startswith("The ")
            and " " in rest  # not "The Guardian", whose "Guardian" is a chain of pharmacies
            and (rest in table or rest in _listed_names() or _written_without_article(text, rest, lang))
            and mention.key not in _party_names()  # "The Greens (Austria)": the party table's name
        ):
            # "The Wall Street Journal", "The Institute for Supply Management": the name without its article
            return table.get(rest, rest)
        owner = _owner_before_peoples_adjective(mention.key)
        if owner in table or owner in _listed_names():
            return table.get(owner, owner)  # "Staples' North American delivery service": the firm
        if mention.key in table:
            # "Justice Department": another form of the tables' body; not a word alone, which the rule
            # that read it tells better than the tables ("der STANDARD": the paper, no insurer "The Standard"),
            # nor a name a rule made that the story does not write so ("le ministère de la Défense": any
            # country's; "TEXAS" of a standings table: the Texas Rangers, no Texas Ranger Division)
            renamed = " " in mention.key and mention.key in mention.text and table[mention.key] != mention.key
            return table[mention.key] if renamed else None
        if mention.key in organization_stems():  # "Toyota Motor": the tables' "Toyota Motor Corporation"
            return organization_stems()[mention.key]
        key = _out_of_capitals(mention.key, text)
        if key != mention.key and key in people:
            key = mention.key  # "JUAN RULFO" read as a body: the man the story names, no firm of his name
        name = firm_name(key)
        if name != key and (" " in name or name in table or _NO_SURNAME.search(name) or _named_alone(text, name)):
            group = _GROUP_WORD_END.sub("", name)  # "Vodafone Group": the tables' "Vodafone"
            name = table.get(name) or organization_stems().get(name) or table.get(group) or name
        else:
            name = key
        if name not in table:
            name = _folded_table_name(name)
        return name if name != mention.key else None

    _rename_organizations(found, firms_name)


def _firms_by_their_share_codes(text: str, found: Found) -> None:
    """A firm the tables do not know by the name a story gives it, written
    with the code of its shares (``Wal-Mart Stores Inc <WMT.N>``,
    ``International Business Machines Corp <IBM.N>``), is the tables'
    company the stock indices give that symbol (``Walmart``, ``IBM``), in
    every mention of the story: one tag for the firm whatever name copy
    gives it. Only where the two names agree (:func:`_names_one_firm`): a
    symbol passes to another company in time (``WM`` was Washington
    Mutual's); and a name the tables hold is left as it is, the tag of the
    stories that give no code."""
    symbols = listed_company_symbols()
    names = _table_names()
    renamed: dict[str, str] = {}
    for mention in found.of("organization"):
        if mention.key in names or mention.key in organizations() or mention.key in renamed:
            continue
        end = mention.start + len(mention.text)
        tail = _LEGAL_TAIL.match(text, end)  # "Wal-Mart Stores <WMT.N>" read without its "Inc"
        code = shares_code_after(text, end) or (shares_code_after(text, tail.end()) if tail else None)
        if code is None:
            continue
        listed = symbols.get(code.symbol if code.in_united_states else f"{code.symbol}.{code.exchange}")
        if listed and listed != mention.key and _names_one_firm(mention.key, listed):
            renamed[mention.key] = listed
    if renamed:
        _rename_organizations(found, lambda mention: renamed.get(mention.key))


def _names_one_firm(written: str, listed: str) -> bool:
    """Whether the name a story gives a firm agrees with the tables' name of
    a listed company: word for word, folded, as far as the tables' name goes
    (``Wal-Mart Stores`` and ``Walmart``, ``Honeywell International`` and
    ``Honeywell``), or as far as the story's goes where it has two words or
    more (``Mitsubishi UFJ`` and ``Mitsubishi UFJ Financial``), or the
    tables' name is the initials of the story's (``International Business
    Machines`` and ``IBM``). Not an acronym the story writes that is the
    initials of the tables' name: a company's symbol is its initials as
    often, and passes to another (``AMR`` was American Airlines' parent's)."""
    ours, theirs = [fold_name(word) for word in written.split()], [fold_name(word) for word in listed.split()]
    if ours[: len(theirs)] == theirs or (len(ours) > 1 and theirs[: len(ours)] == ours):
        return True
    return listed.isupper() and listed in _acronyms_of(written)


#: The words that join a name's words, which names write in small letters.
_JOINING_WORDS = frozenset("of and the for de du des la le et y del für und".split())


def _out_of_capitals(name: str, text: str = "") -> str:
    """A name of two words or more that a line in capitals writes
    (``STIFEL NICOLAUS``, ``ROYAL BANK OF SCOTLAND``, a quote's attribution)
    as names are written: each word capitalised, the words that join them
    in small letters, and as they are words of three letters or fewer,
    without a vowel, with a dot, or that ``text`` writes in capitals in a
    sentence (``RBC CAPITAL MARKETS``, ``HSBC HOLDINGS``, ``GMAC LLC`` of a
    story that says ``GMAC said``: ``RBC Capital Markets``, ``HSBC
    Holdings``, ``GMAC LLC``). Other names unchanged."""
    if not name.isupper() or " " not in name:
        return name

    def abbreviation(part: str) -> bool:
        # "HSBC"; "GMAC said" in a sentence of ``text``
        return (
            len(part) <= 3
            or "." in part
            or not any(vowel in part for vowel in "AEIOUY")
            or re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])(?= [a-z])|(?<=[a-z] ){re.escape(part)}(?![\w-])", text)
            is not None
        )

    def word_of(index: int, word: str) -> str:
        if index and word.lower() in _JOINING_WORDS:
            return word.lower()
        return "-".join(part if abbreviation(part) else part[0] + part[1:].lower() for part in word.split("-"))

    return " ".join(word_of(index, word) for index, word in enumerate(name.split()))


#: The exchange of a share code right after a word: "Magna MGa.TO".
_EXCHANGE_AFTER = re.compile(r"\.[A-Z]{1,2}(?![\w.])")


def _owner_before_peoples_adjective(name: str) -> str:
    """The owner of a name that ends in a possessive and a people's
    adjective (``Staples' North American``, ``Office Depot's North
    American``: ``Staples``, ``Office Depot``); "" where no such adjective
    ends it (``Universal American`` is a firm's own name)."""
    words = name.split()
    for cut in (2, 1):
        owner = " ".join(words[:-cut])
        if len(words) > cut and re.search(r"['’]s?$", owner) and _is_demonym(" ".join(words[-cut:])):
            return re.sub(r"['’]s?$", "", owner)
    return ""


def _written_without_article(text: str, name: str, lang: str) -> bool:
    """Whether the article is no part of a name of two words or more that
    a story writes after ``The``: in English copy, whose capital is a style
    of some names and some writers (``The Wall Street Journal``, the ``the
    Wall Street Journal`` of others), or where the story writes the name
    without it too; not in other copy, which writes an English name whole
    (``la empresa "The Kestrel Works"``)."""
    if lang == "en":
        return " " in name
    return any(text[max(0, use.start() - 4) : use.start()] != "The " for use in _uses(name, text))


def _people_written_as_firms(text: str, found: Found) -> None:
    """A name read as a person's that the story writes somewhere with a
    legal form or the code of its shares after it is a firm's, in every
    mention (``Bear Stearns Cos BSC.N``, ``Magna MGa.TO``, ``Collins Stewart
    Plc``), and so is the tables' firm written without its hyphen
    (``Hewlett Packard``); where it opens on a capitalised word the person's rules cut off
    (``General Growth Properties Inc``), it is no one, the firm's name being
    longer."""
    firms: dict[str, str | None] = {}
    for mention in found.of("person"):
        end = mention.start + len(mention.text)
        if text.endswith(mention.key, 0, end):
            start = end - len(mention.key)  # "Bear Stearns" written whole where the mention ends
        elif mention.text.startswith(mention.key.split()[0]):
            start = mention.start
        else:
            continue  # "Stearns" alone, the surname of "Bear Stearns": the name as written in full tells
        words = text[start:end].split()
        exchange = _EXCHANGE_AFTER.match(text, end)
        hyphenated = organization_folds().get(fold_name(mention.key), "")
        if len(words) > 1 and exchange and is_share_code(words[-1] + exchange[0]):
            firm = " ".join(words[:-1])  # "Magna MGa.TO": the code's symbol read as a surname
        elif hyphenated.replace("-", " ") == mention.key != hyphenated:
            firm = hyphenated  # "Hewlett Packard": the tables' Hewlett-Packard, its hyphen left out
        elif _LEGAL_TAIL.match(text, end) or shares_code_at(text, end) or is_share_code(_word_after(text, end)):
            firm = mention.key
        else:
            continue
        cut = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
        cut = cut and cut[0].strip().lower() not in function_words()  # not "When Hewlett Packard acquired"
        firms[mention.key] = None if cut else firm
    if not firms:
        return
    kept = []
    for mention in found.mentions:
        if mention.kind == "person" and mention.key in firms:
            if firms[mention.key] is None:
                continue
            firm = firms[mention.key]
            mention = Mention(
                "organization", _listed_name(firm), mention.text, mention.start, "a firm named like a person"
            )
        kept.append(mention)
    found.mentions = kept


def _word_after(text: str, end: int) -> str:
    """The word right after ``end``, after one space."""
    match = re.match(r" (\S+)", text[end : end + 40])
    return match[1] if match else ""


def _firms_are_no_one(found: Found) -> None:
    """A name a story gives a firm is no one's in that story: ``Bear
    Stearns`` of ``Bear Stearns Cos Inc`` is not also a man whom ``ex-Bear
    Stearns manager`` or ``Stearns`` alone would make one."""
    firms = {m.key for m in found.mentions if m.kind == "organization"}
    found.mentions = [m for m in found.mentions if not (m.kind == "person" and m.key in firms)]


def _named_alone(text: str, name: str) -> bool:
    """Whether a story writes one word of a firm's name alone as well, with
    no legal form nor other name around it (``Dell Inc`` then ``Dell
    said``), and never in small letters: ``Imports Inc`` of ``Pier 1 Imports
    Inc``, ``Time Inc`` of a story that says ``time``, are no firm's names
    alone."""
    if name.lower() in text and any(_uses(name.lower(), text)):
        return False
    return any(
        not _NAME_PART_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and not _NAME_PART_AFTER.match(text, match.end())
        for match in _uses(name, text)
    )


#: A capitalised word, a number or "&" right before or after a word: the word
#: is part of a longer name ("Pier 1 Imports", "El Paso", "Time Warner").
_NAME_PART_BEFORE = re.compile(rf"(?:[{_UPPER}][\w'’.-]*|\d+|&|[{_UPPER}][\w'’.-]*[ ]and)[ ]+$")
_NAME_PART_AFTER = re.compile(rf"[ ]+(?:[{_UPPER}\d&]|and [{_UPPER}])")


@functools.cache
def _party_names() -> frozenset[str]:
    """The canonical names of the party table's parties."""
    return frozenset(party.name for parties in party_table().values() for party in parties)


@functools.cache
def _listed_names() -> frozenset[str]:
    """The canonical names of the curated list of organisations."""
    return frozenset(organization.name for organization in organizations().values())


#: Words of what a firm makes, or of its group, that copy leaves out of its
#: name as often as not: "Honda Motor" and "Honda", "Blackstone Group" and
#: "Blackstone". Not "Communications": "Reliance Communications" is not
#: Reliance Industries; nor "Securities": "Sanyo Securities" is no Sanyo.
_TRADE_WORDS = frozenset(
    ("Motor", "Motors", "Electronics", "Holdings", "Group", "Systems", "Technologies", "Ratings", "Investors Service")
)
#: Those of them that name a maker, which a group's member is under its own
#: name ("Mitsubishi Motors" beside Mitsubishi Corporation).
_MAKERS_WORDS = frozenset(("Motor", "Motors", "Electronics"))


def _firms_by_their_short_names(found: Found) -> None:
    """One tag for a firm whether copy names it with a trade word or without
    (:data:`_TRADE_WORDS`): the name without it where the tables hold it
    (``Honda Motor`` is ``Honda``, ``Samsung Electronics`` ``Samsung``,
    ``Moody's Investors Service`` ``Moody's``), so
    every story's tag is the same page; but not a maker where the tables'
    firm of the shorter name is a corporation of its own (``Mitsubishi
    Motors`` is not ``Mitsubishi``, the tables' Mitsubishi Corporation)."""
    names = _table_names()
    table = organization_table()

    def tables_name(mention: Mention) -> str | None:
        words = mention.key.split()
        if len(words) == 1 and mention.key not in names and mention.key not in organizations():
            return _listed_by_first_word().get(mention.key)  # "Goldman said": Goldman Sachs
        tail = next((size for size in (2, 1) if " ".join(words[-size:]) in _TRADE_WORDS), 0)
        if not tail or len(words) <= tail:
            return None
        short = " ".join(words[:-tail])
        if short not in names:
            return None
        if words[-1] in _MAKERS_WORDS and any(
            table.get(f"{short} {form}") == short for form in ("Corporation", "Corp")
        ):
            return None  # "Mitsubishi Motors": a maker of its own, not the tables' Mitsubishi Corporation
        return short

    _rename_organizations(found, tables_name)


@functools.cache
def _listed_companies_first_words() -> frozenset[str]:
    """The words the names of the stock indices' companies open on, of names
    of two words or more (``Toyota`` of ``Toyota Motor Corporation``)."""
    return frozenset(name.split()[0] for name in listed_companies() if " " in name)


@functools.cache
def _listed_by_first_word() -> dict[str, str]:
    """The listed company whose name of two words or more opens on a word,
    by that word, where no other name of the tables does and it is no word
    any country's firms share (``Goldman``: ``Goldman Sachs``; not
    ``Toyota``, which opens Toyota Tsusho's name and Toyota Group's, nor
    ``General``, nor an acronym: ``S&P`` is the ratings agency or the
    index as often as S&P Global)."""
    opening: dict[str, set[str]] = {}
    for name in _table_names():
        words = name.split()
        if len(words) > 1:
            opening.setdefault(words[0], set()).add(name)
    return {
        word: next(iter(named))
        for word, named in opening.items()
        if len(named) == 1
        and named <= listed_companies()
        and word.casefold() not in GENERIC_WORDS
        and not _ACRONYM_OR_JOINED.search(word)
    }


#: A word in capitals or joined by "&": an acronym, which names many bodies ("S&P", "ICU").
_ACRONYM_OR_JOINED = re.compile(r"&|^[A-Z0-9.]+$")


_GROUP_WORD_END = re.compile(r" (?:" + alternatives(GROUP_WORDS) + r")$")


def _firm_read_as_surname(text: str, proposals: list[Recognised], start: int, end: int) -> bool:
    """Whether one word of the organisation table that the model reads as a
    person's surname is the firm, as the story names no one by it: no
    capitalised word but an article before it anywhere (a given name, a
    title, an initial: ``Shigeru Takano``), no longer name of a person with
    it in any case (``ATSUSHI MIZUNO``), no town of its name (``Berkeley,
    Calif.``), the word never written in small letters (``shoppers``), nor
    after a quotation mark or before a colon (``'Okay, we're``). So
    ``Chrysler said``, ``Caterpillar said``; not ``Tim Cook's hearing...
    Cook said``. Read in English copy alone: in French and German copy the
    table's firms named after their founders (``Fischer``, ``Hofer``) are
    surnames more often than not."""
    written = text[start:end]
    if " " in written or written.isupper() or not _read_as(proposals, "PER", start, end):
        return False
    if written.lower() in text and re.search(rf"(?<![\w'’-]){re.escape(written.lower())}(?![\w'’-])", text):
        return False  # a word as well: "shoppers", "target"
    folded = written.casefold()
    for match in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text, re.IGNORECASE):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before and before[1][0].isupper() and before[1].casefold() not in function_words():
            return False  # "Walter Chrysler", "Mr. Cook", "T. Cook", "Le Figaro"
        if _QUOTE_OR_COLON.match(text, match.end()) or text[max(0, match.start() - 1) : match.start()] in _QUOTES:
            return False
        if find_city(written) and _PLACE_COMMA.match(text, match.end()):
            return False  # "Deerfield, Illinois-based"
    return not any(
        (p.kind == "LOC" and p.text == written)  # a town of its name: "Berkeley"
        or (p.kind == "PER" and " " in p.text and folded in _POSSESSIVE.sub("", p.text).casefold().split())
        for p in proposals
    )


_QUOTES = frozenset("'\"‘“«")
_QUOTE_OR_COLON = re.compile(r":")
_PLACE_COMMA = re.compile(r",[ ]+[A-Z]")
#: A name joined to a head only a firm or body has: "Henkel-Aktie", "Adidas-Chef".
_FIRM_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][\w&]*)-(?:{_FIRM_HEADS}"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:experte|expertin|fotograf|fotografin|journalist|journalistin|redakteur|redakteurin"
    r"|präsident|präsidentin|sprecher|sprecherin|mitarbeiter|mitarbeiterin|chef|chefin))(?![\w-])"
)


def _firms_in_compounds(text: str) -> dict[str, int]:
    """The listed firms German copy names in a compound with a head only a
    firm or body has (``Henkel-Aktie``, ``Adidas-Chef``), and where."""
    table = organization_table()
    return {match["name"]: match.start() for match in _FIRM_COMPOUND.finditer(text) if match["name"] in table}


#: Capitalised words, as a listed company's name is written before the code of its shares.
_NAME_BEFORE_CODE = re.compile(
    rf"(?<![\w'’.-])(?:[{_UPPER}][\w&'’.-]*[ ]+){{0,4}}[{_UPPER}][\w&'’.-]*(?=[ \u00a0]*[<(])"
)


#: A sentence's end inside a run of words: a dot and a space, not after initials ("J.C. Penney").
_SENTENCE_END_IN_NAME = re.compile(r"(?<!\b[A-Z])\.[ ]")


def _before_shares_codes(text: str, taken: list[tuple[int, int]], found: Found) -> None:
    """A name no other rule reads, right before the code of a listed
    company's shares, is that company: ``Humana ( HUM.N )``, ``Nkwe Platinum
    ( NKP.AX )``."""
    for match in _NAME_BEFORE_CODE.finditer(text):
        if not shares_code_at(text, match.end()) or _overlaps(taken, *match.span()):
            continue
        words = match[0].split()
        while words and words[0].lower() in function_words():
            words = words[1:]  # "The Quenlar": an article, no part of the name
        name = " ".join(words)
        owned = list(_OWNER_BEFORE.finditer(name))
        if owned and _OWNER_NAME.search(name, 0, owned[-1].start()):
            # "billionaire Carlos Slim's America Movil ( AMXL.MX )": the firm he owns; but "Children's Place",
            # "BJ's Restaurants" are names of one word and its possessive
            name = name[owned[-1].end() :]
        if not name or _is_place(name):
            continue
        start = match.end() - len(name)
        mention = Mention("organization", _listed_name(name), name, start, "before a shares code")
        # "Daimler's ( DAIGn.DE ) luxury brand": Daimler; but "Macy's ( M.N )"
        found.mentions.append(_without_possessive(text, mention, organization_table()))
        taken.append((start, match.end()))


#: An owner's possessive inside the words before a shares code, after a name of two words or more.
_OWNER_BEFORE = re.compile(r"['’]s[ ]")
#: A name of two capitalised words or more, right before such a possessive: an owner.
_OWNER_NAME = re.compile(rf"(?<![\w'’])[{_UPPER}][\w.-]+[ ][{_UPPER}][\w-]+$")
#: The kinds of outlet a channel's number may follow.
_BROADCASTER_KIND = re.compile(r"(?i:sender|chaîne|télévision|radio|canal|cadena|emisora|televisión|broadcaster)")


def _plural_of_a_name(name: str, named: set[str]) -> bool:
    """Whether a name is, in the plural, a firm of the tables (not on a
    designator) or, of one word, another the story names (``named``):
    things of that name (``people who are buying Kindles`` beside ``the
    Kindle``), a chain's outlets (``Ohio's McDonald's, Burger Kings and
    Wendy's``) or a family (``the Glazers``), no body; not a name of the
    tables (``Barclays``)."""
    if not name.endswith("s") or name.endswith("ss") or _tables_know(name):
        return False
    if " " not in name:
        return name[:-1] in named
    last = name.rsplit(" ", 1)[1].lower()
    # not "Takeda Pharmaceuticals" of the tables' "Takeda Pharmaceutical": a designator, in the plural too
    return last not in org_designators() and last[:-1] not in org_designators() and _tables_know(name[:-1])
