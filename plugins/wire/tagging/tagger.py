"""Tag a dispatch with the people, places, organisations and IPTC topics it
is about, each with the reasons it was given.

Pure functions: text in, :class:`Tagging` out; no network, no model files,
the same answer every time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .entities import find_entities
from .mentions import Mention
from .topics import classify
from .vocabulary import country_name, mediatopics, topic_label


@dataclass
class Tagging:
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2
    cities: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    category: str | None = None  # top-level IPTC qcode
    topics: list[str] = field(default_factory=list)  # narrower IPTC qcodes
    tags: list[str] = field(default_factory=list)  # what the story is about
    # people, organisations and countries by tag name: those named in the
    # headline or lede, and the others (the dateline's country among them)
    lead: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    reasons: dict[str, list[str]] = field(default_factory=dict)

    @property
    def category_label(self) -> str | None:
        return topic_label(self.category) if self.category else None

    def why(self, name: str) -> list[str]:
        """The reasons a person, place (code or name), organisation, topic or
        tag was given."""
        return self.reasons.get(name, [])


def _ordered(mentions: list[Mention]) -> list[str]:
    seen = []
    for mention in mentions:
        if mention.key not in seen:
            seen.append(mention.key)
    return seen


def tag_dispatch(
    headline: str,
    paragraphs: list[str],
    lang: str | None,
    dateline_country: str | None = None,
    home_country: str | None = None,
    dateline_city: str | None = None,
    headline_derived: bool = False,
) -> Tagging:
    """Tag one dispatch. Entities that appear in the headline or lede, or
    more than once, become tags; so do the dateline's country and the
    narrower topics. ``lead`` names the entities of the headline or lede,
    ``mentions`` the others: the site gives a name a page of its own when it
    is in a lede or in enough stories. The dateline's town (``dateline_city``)
    is that town all through the story, never a firm of its name. A headline
    the parser derived from the lede (``headline_derived``) names no one the
    lede does not, and shortened may cut a name: names are read from the
    story alone then."""
    lang = lang if lang in ("en", "fr", "es", "de") else "en"
    text = text_for_names(headline, paragraphs, headline_derived)
    lede_end = text.index("\n\n") + 2 + (len(paragraphs[0]) if paragraphs else 0)
    found = find_entities(text, lang, (dateline_country, home_country), dateline_city)
    reasons: dict[str, list[str]] = defaultdict(list)
    for mention in found.mentions:
        reasons[mention.key].append(f"'{mention.text}' ({mention.rule})")

    tagging = Tagging(
        people=_ordered(found.of("person")),
        places=_ordered(found.of("place")),
        cities=_ordered(found.of("city")),
        organizations=_ordered(found.of("organization")),
    )
    if dateline_country:
        if dateline_country not in tagging.places:
            tagging.places.insert(0, dateline_country)
        reasons[dateline_country].append("the dateline's country")

    topics = classify(headline, paragraphs, lang, tagging.organizations)
    tagging.category = topics.category
    tagging.topics = topics.narrower
    for qcode, why in topics.reasons.items():
        reasons[qcode].extend(why)

    counts = Counter(m.key for m in found.mentions)
    prominent = {m.key for m in found.mentions if m.start < lede_end}

    def matters(key: str) -> bool:
        return key in prominent or counts[key] > 1

    tags = []
    for name in tagging.people + tagging.organizations:
        (tagging.lead if name in prominent else tagging.mentions).append(name)
        if matters(name):
            tags.append(name)
            reasons[name].append("named in the headline or lede, or more than once")
    for code in tagging.places:
        name = country_name(code, "en")
        (tagging.lead if code in prominent else tagging.mentions).append(name)
        if matters(code) or code == dateline_country:
            tags.append(name)
            reasons[name] = reasons[code]
    for qcode in tagging.topics:
        label = topic_label(qcode, "en")
        tags.append(label)
        reasons[label] = [f"IPTC topic {qcode}: '{mediatopics()[qcode]['labels']['en']}' is in the text"]
    tagging.tags = list(dict.fromkeys(tags))
    tagging.reasons = dict(reasons)
    return tagging


def dateline_countries(dispatch) -> tuple[str | None, str | None]:
    """The country of a parsed dispatch's dateline (a city of the agency's
    home country preferred) and the agency's home country; None for each
    unknown."""
    from ..agencies import HOME_COUNTRIES, MARK_TOWNS_ABROAD
    from ..places import resolve

    dateline = dispatch.dateline
    if dateline is None:
        return None, None
    home = HOME_COUNTRIES.get(dateline.agency)
    country = resolve(dateline.city, dateline.region, home, dateline.agency in MARK_TOWNS_ABROAD).country
    return country, home


def dateline_city(dispatch) -> str | None:
    """The town of a parsed dispatch's dateline, as written; None without one."""
    return dispatch.dateline.city if dispatch.dateline else None


def text_for_names(headline: str, paragraphs: list[str], headline_derived: bool = False) -> str:
    """The text a dispatch's names are read from: its headline, unless the
    parser derived it from the lede, a blank line, and its paragraphs parted
    by blank lines."""
    return ("" if headline_derived else headline) + "\n\n" + "\n\n".join(paragraphs)


def tag_parsed(dispatch) -> Tagging:
    """Tag a parsed :class:`~wire.dispatch.Dispatch`: its dateline's country
    (a city of the agency's home country preferred) counts as a place."""
    country, home = dateline_countries(dispatch)
    return tag_dispatch(
        dispatch.headline,
        dispatch.paragraphs,
        dispatch.lang,
        country,
        home,
        dateline_city(dispatch),
        dispatch.headline_derived,
    )
