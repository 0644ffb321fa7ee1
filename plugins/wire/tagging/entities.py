"""Find the people, places and organisations a dispatch mentions.

Rule-based and explainable: every mention found records where it was and
which rule found it. Organisations and the spellings of well-known people come
from curated lists; countries and cities from CLDR and GeoNames; other people
are found by the shape of their name and its context (a title or role before
it, a speech verb after it, an age in apposition, or the surname used again).
`find_entities` runs the rules in order; each kind of rule lives in its own
module of this package (`people`, `recognised_bodies`, `body_names`, `firms`,
`place_names`, `parties_and_sides`, `german_bodies`, `french_bodies`), and what
they all ask of a name and the words around it in `mentions`.
"""

from __future__ import annotations

import functools
import re

from ..agencies import AGENCIES, AGENCY_IN_TEXT, agency_parts
from ..dates import fold
from ..derived_cache import cached_from_wire_data
from ..instrument_codes import code_at
from ..places import city_of, find_city, us_state
from .body_names import (
    _acronym_given_to_a_body,
    _acronym_given_to_another,
    _acronyms_after_roles,
    _acronyms_listed_with_bodies,
    _acronyms_of_things,
    _arabic_body,
    _bodies_by_their_own_acronyms,
    _bodies_in_apposition,
    _bodies_listed_after_kind,
    _bodies_of_two_portfolios,
    _bodies_without_the,
    _chamber_without_its_party,
    _committees_by_their_matter,
    _cut_after_of,
    _designator_and_adjective,
    _district_of_place,
    _drop_organs_and_instruments,
    _inside_longer_body,
    _laws_named_after_people,
    _longer_org,
    _national_body_names,
    _no_summit_or_heading,
    _one_name_per_body,
    _organizations_named_alone,
    _parted_at_conjunctions,
    _parted_at_known_names,
    _parted_at_legal_forms,
    _parted_at_possessives,
    _parted_at_spaced_dashes,
    _parted_before_a_person,
    _partners_named_with_a_comma,
    _portfolios_after_small_designators,
    _read_on_to_a_known_name,
    _read_on_to_its_acronym,
    _remit_joined_before,
    _sponsor_of_an_index,
    _without_bare_code,
    _without_readings_inside,
)
from .cricket_sides import RULE as CRICKET_RULE
from .cricket_sides import cricket_sides
from .firms import (
    _before_shares_codes,
    _channels,
    _english_firms_after_kind,
    _firm_read_as_surname,
    _firms_are_no_one,
    _firms_before_analysts,
    _firms_before_their_people,
    _firms_by_their_names,
    _firms_by_their_share_codes,
    _firms_by_their_short_names,
    _firms_in_compounds,
    _listed_companies_first_words,
    _mastheads,
    _media_after_kind,
    _named_only_as_a_brand,
    _named_only_as_a_channel,
    _opens_a_firm_s_name,
    _people_written_as_firms,
    _plural_of_a_name,
    _priced_as_oil,
    _products,
    _written_with_its_shares_code,
)
from .french_bodies import (
    _cantonal_councils,
    _french_bodies_by_shape,
    _french_ministries,
    _institutions_in_lower_case,
    _missions,
)
from .german_bodies import (
    _german_bodies_after_kind,
    _german_bodies_in_the_nominative,
    _german_chambers,
    _german_compounds,
    _german_name_read_on,
    _german_public_bodies,
)
from .league_teams import RULE as BASEBALL_RULE
from .league_teams import baseball_teams
from .mentions import (
    _ADJECTIVE_ENDINGS,
    _BENCHMARK_AFTER,
    _CAPITALISED_WORD_AFTER,
    _COUNTIES_AFTER,
    _COUNTRY_ABBREVIATION_BEFORE,
    _CREDIT_RATING,
    _DATELINE_AFTER,
    _DATELINE_CLOSE,
    _GERMAN_ARTICLE_BEFORE,
    _INDEX_AFTER,
    _INDEX_PUBLISHERS,
    _INSTITUTION_IN_LOWER_CASE,
    _LEGAL_TAIL,
    _LIST_BETWEEN,
    _MEDIA_NAME,
    _NAME_GOES_ON,
    _NAME_WORD_BEFORE,
    _PLACE_PREPOSITION_BEFORE,
    _RESULT_SCORE_NEAR,
    _ROLE_OF_ACRONYM,
    _SECTOR_INDEX_AFTER,
    _SIDE_SCORE_AFTER,
    _TABLE_RULE,
    _UPPER,
    CLUB_TABLE_RULE,
    HOME_COUNTRIES_OF_LANGUAGE,
    LIST_RULE,
    PARTY_TABLE_RULE,
    Found,
    Mention,
    _acronym_after,
    _add_town,
    _after_indefinite_article,
    _body_after_town,
    _club,
    _club_s_own_letters,
    _firm_named_in_full,
    _in_site_name,
    _in_title_case_line,
    _inside_longer_name,
    _is_given_name,
    _is_region,
    _is_role,
    _known_forms,
    _known_whole,
    _large_town,
    _lexicons,
    _line_end,
    _listed_beside_body,
    _listed_name,
    _named_as_a_brand,
    _named_as_region,
    _named_club_s_town,
    _names_a_side,
    _names_an_index,
    _needs_support,
    _overlaps,
    _party,
    _party_by_word,
    _read_as,
    _region_said_before,
    _signs_off,
    _state_after,
    _state_named_after,
    _state_named_alone,
    _town_and_comma_before,
    _treasury_securities,
    _uses,
    _without_headline_verb,
    eu_is_a_party,
    firm_name,
)
from .name_lexicons import (
    COMMON_ABBREVIATIONS,
    first_names,
    function_words,
    german_noun,
    org_designators,
)
from .parties_and_sides import (
    _could_be_team,
    _parties_before_their_word,
    _parties_by_their_full_names,
    _party_member,
    _party_named_in_full,
    _results_lists,
    _sides_of_a_match,
    _sports_story,
    _us_party_members,
)
from .people import (
    _could_be_player,
    _find_people,
    _german_genitives_to_names,
    _initials_to_full_names,
    _initials_written_together,
    _known_surnames_of_people_named,
    _no_peoples_as_organizations,
    _people_in_apposition,
    _people_named_in_part,
    _people_not_organizations,
    _people_with_a_saint_s_surname,
    _players,
    _rulers,
    _surname_after_given_name,
    _surnames_of_people_named_in_full,
    _without_middle_initial,
    _word_in_capitals,
)
from .picture_credits import credit_spans, in_credit
from .place_names import (
    _ENGLISH_SPEAKING,
    _INITIAL_AND_SURNAME_AFTER,
    _JOINED_NAME_BEFORE,
    _KIN_APPOSITION_BEFORE,
    _adjective_of_a_people,
    _before_its_shares_code,
    _city_state,
    _club_s_town_alone,
    _country_abbreviation_alone,
    _country_in_after,
    _dateline_town,
    _ends_a_name_of_its_acronym,
    _genitive_form,
    _german_town_in_its_place,
    _in_capitals,
    _in_capitals_form,
    _listed_cities_read,
    _names_a_site,
    _national_body_of_place,
    _no_show_region_or_portfolio,
    _own_name,
    _peoples_adjective,
    _reads_as_city,
    _recognised_regions,
    _region_word,
    _story_countries,
    _subdivision_country,
    _town_at_home,
    _town_before,
    _town_before_its_state,
    _town_by_its_own_name,
    _town_means_its_territory,
    _town_opens_a_body,
    _towns_of_agency_datelines,
    _towns_of_datelines,
    _towns_read_as_places,
    _university_of_place,
    _us_states_listed,
    _without_country_abbreviation,
    _written_as_place,
    _written_as_us_state,
)
from .recognised_bodies import (
    _recognised_organizations,
)
from .recogniser import recognise
from .team_sheets import NameTests, Role, team_sheet_names
from .vocabulary import (
    city_in,
    country_forms,
    foreign_country_forms,
    known_people,
    no_firm_name,
    organization_stems,
    organization_table,
    organizations,
)

# "the union GEW", "le syndicat CGT", "el sindicato CCOO", "die Partei AfD"
_ORG_CUE = re.compile(
    r"\b(?P<cue>union|party|syndicat|parti|sindicato|partido|Gewerkschaft|Partei)\s+"
    r"(?P<name>[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7}(?![\w-])|[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+){1,3})"
)
#: A firm or association by the kind of body before its name, as French and
#: Spanish write it: "la operadora Telesp", "el consorcio Transredes", "el grupo
#: mexicano Maná", "la société Michelin", "l'association Idées au cube".
_BODY_KIND = {
    "fr": r"(?:la|de[ ]la|à[ ]la|La)[ ](?:société|compagnie|firme|filiale|association|coopérative|multinationale"
    r"|milice)"
    r"|(?:le|du|au|Le)[ ](?:groupe|constructeur|fabricant|consortium|collectif|club)"
    r"|(?:l['’]|L['’])(?:entreprise|opérateur|assureur|association|organisation|ONG)",
    "es": r"(?:la|de[ ]la|a[ ]la|La)[ ](?:empresa|compañía|firma|operadora|aseguradora|constructora|petrolera"
    r"|naviera|aerolínea|filial|asociación|organización|cooperativa|multinacional|milicia)"
    r"|(?:el|del|al|El)[ ](?:consorcio|grupo|fabricante|operador|holding|colectivo|club)",
}
_BODY_AFTER_KIND = {lang: re.compile(rf"(?<![\w-])(?:{kind}){_MEDIA_NAME}") for lang, kind in _BODY_KIND.items()}


_TOKEN = re.compile(r"\w+(?:[-.]\w+)*\.?")
MAX_SPAN_WORDS = 6


@functools.cache
def _lowercase_alias_starts() -> frozenset[str]:
    """First words of known names written with a lower-case title
    (``pape François``, ``papa Francisco``)."""
    return cached_from_wire_data("lowercase-alias-starts", _alias_starts)


def _alias_starts() -> frozenset[str]:
    return frozenset(
        alias.split()[0] for _, lexicon in _lexicons() for alias in lexicon if alias[:1].islower() and " " in alias
    )


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping runs of words that a lexicon knows, as
    (start, end, kind, written form), in order."""
    tokens = list(_TOKEN.finditer(text))
    lower_starts = _lowercase_alias_starts()
    known = _known_forms()
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
                kind = known.get(candidate)
                stop = start + len(candidate) if candidate != written else end
                if kind == "firm stem" and not _LEGAL_TAIL.match(text, stop):
                    continue  # "Toyota Motor" is the table's "Toyota Motor Corporation" written "Toyota Motor Corp"
                if kind is not None:
                    hit = (start, stop, kind, candidate)
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


def _masthead_name(text: str, written: str) -> str:
    """The name of a paper a German story writes in capitals: as a word
    (``SPIEGEL``: ``Spiegel``, ``ABENDBOTEN``: ``Abendboten``) where German
    has the word, or ends a compound on one, or the story writes it so too
    (``Ippen Media``); else as written, an acronym (``NASA``, ``NOAA``,
    ``ADAC``: one tag with the acronym the story writes elsewhere)."""
    word = written.title()
    # the word, or a noun of four letters or more it ends on after three or more ("Abend" + "boten")
    german = any(german_noun(word[at:].capitalize()) for at in (0, *range(3, len(word) - 3)))
    return word if german or any(_uses(word, text)) else written


#: A capitalised word or a number right after a name: "Videoforschung" of "AGF Videoforschung", "24" of "RBB 24".
_WORD_OR_NUMBER_AFTER = re.compile(rf"[ ](?:[{_UPPER}]|\d)")


def _nothing_after(text: str, end: int) -> bool:
    """Whether no capitalised word nor number goes on from a name at ``end``."""
    return _WORD_OR_NUMBER_AFTER.match(text, end) is None


def find_entities(
    text: str, lang: str, preferred_countries: tuple[str | None, ...] = (), dateline_city: str | None = None
) -> Found:
    """Every entity mention in ``text`` (one string, paragraphs joined by
    blank lines), in order of appearance, but those in a picture credit, a
    source line or a byline (:mod:`.picture_credits`); ``dateline_city`` is
    the town the story was filed from, as its dateline writes it."""
    found = Found()
    taken: list[tuple[int, int]] = []
    proposals = _without_readings_inside(
        [
            _university_of_place(text, _arabic_body(_without_bare_code(part)))
            for read in recognise(text)
            for proposal in [
                _cut_after_of(
                    text,
                    _district_of_place(
                        text,
                        _remit_joined_before(
                            text,
                            _partners_named_with_a_comma(
                                text,
                                _read_on_to_its_acronym(
                                    text,
                                    _chamber_without_its_party(
                                        _without_headline_verb(text, _read_on_to_a_known_name(text, read), lang)
                                    ),
                                ),
                            ),
                        ),
                    ),
                )
            ]
            for joined in _parted_at_legal_forms(proposal)
            for both in _parted_at_conjunctions(joined)
            for sided in _parted_at_spaced_dashes(both)
            for known in _parted_at_known_names(sided)
            for person in (_parted_before_a_person(text, known, lang) if lang != "en" else [known])
            for owned in [_german_name_read_on(text, person) if lang == "de" else person]
            for parted in _parted_at_possessives(text, owned)
            for sponsored in _sponsor_of_an_index(text, parted)
            for shown in _no_show_region_or_portfolio(text, sponsored)
            for part in _no_summit_or_heading(text, shown)
        ]
    )
    firms_in_compounds = _firms_in_compounds(text) if lang == "de" else {}

    read_as_organizations = frozenset(p.text for p in proposals if p.kind == "ORG")
    sheet = team_sheet_names(
        text, NameTests(functools.partial(_could_be_player, lang, read_as_organizations), _could_be_team, _is_region)
    )
    # players of a team sheet, and of a list of results or a scorecard ("D. Cork", not the town)
    results = _results_lists(text)
    players = [(name.start, name.end) for name in sheet if name.role is Role.PLAYER] + sorted(results)
    teams = [(name.start, name.end) for name in sheet if name.role is Role.TEAM]
    spans = _spans(text)
    countries = _story_countries(lang, preferred_countries, spans)
    # worked out when a name may be a club's: most stories name none
    sports = functools.cache(functools.partial(_sports_story, text, lang, bool(sheet)))
    cities = []
    listed_acronyms: dict[str, str] = {}
    missions, mission_spans = _missions(text) if lang in ("es", "fr") else ([], [])  # "ambassade de France à Damas"
    found.mentions.extend(missions)
    channels = [(at, at + len(name)) for name, at in _channels(text)] if lang == "fr" else []
    for start, end in channels:  # "France 24", "Europe 1": a broadcaster, not the country
        found.mentions.append(Mention("organization", text[start:end], text[start:end], start, "channel by its number"))
    taken.extend(channels)
    mastheads = [(at, at + len(name)) for name, at in _mastheads(text)] if lang == "de" else []
    for start, end in mastheads:  # "sagte er dem STANDARD": the paper
        found.mentions.append(
            Mention("organization", _masthead_name(text, text[start:end]), text[start:end], start, "paper in capitals")
        )
    taken.extend(mastheads)
    baseball = baseball_teams(text)  # "BALTIMORE 10 Seattle 5", "the Orioles": teams, not towns
    for team in baseball:
        found.mentions.append(Mention("organization", team.team, team.written, team.start, BASEBALL_RULE))
    cricket = cricket_sides(text)  # "Essex 194-0", "Kent v Glamorgan": sides, not counties
    for side in cricket:
        found.mentions.append(Mention("organization", side.team, side.written, side.start, CRICKET_RULE))
    side_spans = [(team.start, team.end) for team in (*baseball, *cricket)]
    taken.extend(side_spans)
    # countries' names the story writes after a given name, or a name after a role: a person's surname
    surnames = {
        w
        for at, end, kind, w in spans
        if kind == "country" and _surname_after_given_name(text, at, end, lang, proposals)
    }
    us_as_eu = lang == "es" and "EU" in text and not eu_is_a_party(text)  # Mexican copy's United States
    for start, end, kind, written in spans:
        if (kind != "person" and _overlaps(players, start, end)) or (kind == "city" and _overlaps(teams, start, end)):
            continue  # "Prada" in a line-up is a player, "(Toledo)" after one the club
        if _overlaps(channels, start, end) or _overlaps(side_spans, start, end):
            continue
        if kind == "organization":
            if written == "EU" and us_as_eu:
                # Spanish writes the European Union "UE"; "EU" is Mexican copy's United States (but in a
                # story writing "EU-Els Verds", "EU-EV", the party of Spain's joined to its partner)
                found.mentions.append(Mention("place", "US", written, start, "country name (Mexican abbreviation)"))
                continue
            org = organizations()[written]
            if written in COMMON_ABBREVIATIONS and org.labels.get(lang) != written:
                continue  # "CPI": the consumer price index in English copy, the ICC in French
            if (
                lang != "en"
                and written.isupper()
                and written.lower() in function_words()
                and _in_capitals(text, start, end)
            ):
                continue  # "EN UN RADIO DE 4 KM": an article in a heading in capitals, not the UN
            if written == "WHO" and _QUESTION_IN_CAPITALS.match(text, end):
                continue  # "WHO HAS MORE AT STAKE IN THE TALKS?": the question's word, not the WHO
            district = (
                _FED_DISTRICT_BEFORE.search(text, max(0, start - 20), start) if org.name == "Federal Reserve" else None
            )
            if district:  # "Richmond Fed", "Kansas City Federal Reserve": one of its twelve banks
                name = f"Federal Reserve Bank of {district['city']}"
                found.mentions.append(
                    Mention(
                        "organization", name, text[district.start() : end], district.start(), "Federal Reserve district"
                    )
                )
                taken.append((district.start(), end))
                continue
            if lang == "en" and written.isupper() and _acronym_given_to_another(text, written, org.name):
                continue  # "Iron Ore Company of Canada (IOC)": the story's own body, not the Olympic committee
            if _inside_longer_body(text, proposals, start, end) or _COMMITTEE_AFTER.match(text, end):
                # "Federal Reserve Bank of New York", "U.S. Senate Banking Committee": another body, read below
                continue
            if org.name == "US Treasury" and _treasury_securities(text, start, end):
                continue  # "U.S. Treasury yields": the securities
            if org.name in _INDEX_PUBLISHERS and (
                _INDEX_AFTER.match(text, end)
                or _SECTOR_INDEX_AFTER.match(text, end)
                or _CAPITALISED_WORD_AFTER.match(text, end)
                or text.startswith("/", end)  # "the Standard & Poor's/Case-Shiller composite index"
            ):
                continue  # "the Standard & Poor's 500 index", "Standard & Poor's Equity Research": another name
            if legal := _LEGAL_TAIL.match(text, end):
                written = written + legal[0]  # "JPMorgan Chase & Co": the list's firm, written with its legal form
            found.mentions.append(Mention("organization", org.name, written, start, LIST_RULE))
            if country := _COUNTRY_ABBREVIATION_BEFORE.match(written):
                # "U.S. Senate": the country too, as where the recogniser reads "U.S. Congress"
                form = country[0].strip()
                found.mentions.append(Mention("place", country_forms()[form], form, start, "country name (CLDR)"))
        elif kind == "person":
            person = known_people()[written]
            before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
            given = before[0].strip() if before else ""
            if given and " " not in written and _is_given_name(given) and not person.startswith(given + " "):
                continue  # "Jason Stoltenberg": another man of that surname than Jens Stoltenberg
            found.mentions.append(Mention("person", person, written, start, "known spelling"))
        elif kind in ("listed organization", "firm stem") and _national_body_of_place(text, start, end, written, found):
            continue  # "Korea National Oil Corp": Korea's body, not Libya's
        elif kind == "listed organization":
            longer = _longer_org(text, proposals, start, end)
            if longer is not None and not longer:
                continue  # "Bloomberg News", "Senate Banking Committee": a longer name
            if (
                lang == "en"
                and _in_title_case_line(text, start)
                and not (_read_as(proposals, "ORG", start, end) or written in text[_line_end(text, start) :])
            ):
                continue  # "Investors Take a New Look at Markets": a headline's capitals, not a firm
            if " " not in written and _in_site_name(text, start, lang):
                continue  # "la bahía de Santander": the town, not the bank
            if lang == "de" and _after_indefinite_article(text, start, written):
                continue  # "ein wesentlich düstereres Bild", "keine Visa": a noun, not the paper, not the firm
            if _needs_support(written) and (
                not (
                    longer
                    or _read_as(proposals, "ORG", start, end)
                    or written in firms_in_compounds
                    or _listed_beside_body(text, proposals, start, end)
                    or (lang == "en" and _firm_read_as_surname(text, proposals, start, end))
                )
                or _DATELINE_AFTER.match(text, end)  # "Santander, 23 may (EFE)": the dateline's town
                or written == dateline_city  # "la bahía de Santander" of a story filed there: the town
                or _YEAR_IN_BRACKETS.match(text, end)  # "Casino (1995)": a film's title
            ):
                continue  # "Focus", "Charles Schwab": a word or a person's name as well; "teilte
                # Henkel mit" where the story writes "Henkel-Aktie": the firm
            if _names_an_index(text, written, end):
                continue  # "as measured by MSCI .MIWD00000PUS", "the Nasdaq 0.79 percent": an index, not the firm
            name = organization_table()[written]
            if longer:  # "Goldman Sachs Group Inc", "Procter & Gamble Co."
                written, end = written + longer, end + len(longer)
                # "Merck & Co Inc": the tables' "Merck & Co", not their "Merck" (of Darmstadt)
                name = organization_table().get(firm_name(written.rstrip("."))) or name
                if no_firm_name(name):
                    # "Quantic Group, a consultancy": a firm, not the tables' Quantic School of Business
                    name = written.rstrip(".")
            found.mentions.append(Mention("organization", name, written, start, _TABLE_RULE))
            acronym = _acronym_after(text, end)
            if acronym:
                listed_acronyms[acronym] = name
        elif kind == "firm stem":  # "Toyota Motor Corp": the table's "Toyota Motor Corporation"
            tail = _LEGAL_TAIL.match(text, end)
            name = organization_stems()[written]
            written, end = written + tail[0], tail.end()
            found.mentions.append(Mention("organization", name, written, start, _TABLE_RULE))
        elif kind == "party":
            party = _party(written, countries)
            if party is None or _longer_org(text, proposals, start, end) == "" or _in_capitals(text, start, end):
                continue  # a party of some other country; "Grupo Parlamentario del PP"; "CAN IT BE DONE?"
            if code_at(text, end):
                continue  # "oil major BP ( BP.L )": a listed company, not the Brexit Party
            if _CREDIT_RATING.fullmatch(written) and not _party_named_in_full(spans, written, party, countries):
                continue  # "rated AAA": a credit rating, not Ireland's Anti-Austerity Alliance
            if _opens_a_firm_s_name(text, written):
                continue  # "BNP's Asia revamp" of a story that writes "BNP Paribas": the bank, not a party
            if (
                not party.active
                and written.isupper()
                and party.country not in countries[:1]
                and not _PARTY_BESIDE.search(text, max(0, start - 30), min(len(text), end + 30))
                and not _party_named_in_full(spans, written, party, countries)
            ):
                # "der NDR" of a story naming Russia: the broadcaster, not the Our Home of the 1990s; but
                # "France's UMP party" of a story from Brussels
                continue
            if _acronym_given_to_a_body(text, written) and not _party_named_in_full(spans, written, party, countries):
                continue  # "el Centro ... de Enfermedades (CDC)": the acronym of the name before it, no party
            if (
                (lang == "en" or party.country != countries[0] or written.lower() in AGENCIES)
                and _LETTERS_TWO.fullmatch(written)
                and not _party_named_in_full(spans, written, party, countries)
            ):
                # "BP said": English copy writes a party in full, and other copy another country's;
                # two letters are a firm's as often ("Cepsa y BP" of a Spanish story naming Britain), and an
                # agency's ("dijo a la AP": the Associated Press, not Spain's Alianza Popular of the 1980s)
                continue
            found.mentions.append(Mention("organization", party.name, written, start, PARTY_TABLE_RULE))
        elif kind == "country":
            following = re.match(rf"^\s([{_UPPER}][a-zà-ÿ]+)", text[end : end + 30])
            if following and lang != "de" and written not in ("US", "U.S.", "UK") and not _is_role(following[1], lang):
                continue  # "Jordan Smith", "Chad Miller": a person's first name
            if _inside_longer_name(text, proposals, start, end):
                continue  # "New Jersey", "Apple I", "Banque de France": part of another name
            if written in surnames:
                continue  # "el seleccionador Wanderley Luxemburgo", then "expresó Luxemburgo": a person's surname
            if written in foreign_country_forms(lang):
                continue  # "Malte Oberreiters Bilder": a French name for Malta, a given name in German copy
            code = (
                _subdivision_country(written, preferred_countries)
                or _region_said_before(text, written, start)
                or country_forms()[written]
            )
            if lang != "en" and any(_town_at_home(written, c, lang) for c in preferred_countries if c and c != code):
                # "Barcelona, Madrid, Sevilla y Granada" of an EFE story, even from Geneva: the town, not Grenada
                cities.append((start, end, written))
                continue
            if lang == "en" and us_state(written) == written and _written_as_us_state(text, start, end):
                code = "US"  # "Augusta, Georgia", "Georgia state officials": the state, not the country
            found.mentions.append(Mention("place", code, written, start, "country name (CLDR)"))
        elif kind == "club":
            club = _club(written, countries)
            if club is None or _longer_org(text, proposals, start, end) == "" or _in_capitals(text, start, end):
                continue  # a club of some other country, or of several; part of a longer name; a heading
            if " " not in written and _town_before(text, start):
                continue  # "San Antonio Spurs": a nickname after another town's name, another club
            if not sports() or _read_as(proposals, "PER", start, end):
                continue  # "the Athletic Club" of a story on a zoo: any club of that name, as the recogniser reads it
            if _DATELINE_AFTER.match(text, end):
                continue  # "Algeciras (Cádiz) (EFE).-", "Compostela, 23 may": the dateline's town
            if _TREATY_BEFORE.search(text, max(0, start - 20), start):
                continue  # "les accords d'Évian": the town a treaty was signed in
            side = _names_a_side(text, start, end, lang, proposals)
            if (
                _is_region(written)
                or (
                    " " not in written
                    # "BVB", "LASK": a club's own letters, though they read as Boa Vista's airport, Łask; not
                    # letters opening a longer name ("AGF Videoforschung", "RBB 24 Inforadio")
                    and (
                        (find_city(written) and not (_club_s_own_letters(written, club) and _nothing_after(text, end)))
                        or _region_word(written)
                    )
                )
            ) and not side:
                continue  # "Colorado", "Wimbledon", "America": the place, unless a score, brackets or an article say the side
            if " " not in written and not side and _SENTENCE_OPENS.search(text, max(0, start - 4), start):
                if not _read_as(proposals, "ORG", start, end):
                    continue  # "Como cada temporada": a word, unless read as a body's name
            if (
                lang == "de"
                and " " not in written
                and not written.isupper()  # "HJK": an acronym, no noun
                and not side
                and club.country not in HOME_COUNTRIES_OF_LANGUAGE[lang]
                and not _read_as(proposals, "ORG", start, end)
            ):
                # "der Start", "Sport" (IK Start, Sport Recife): German writes every noun capitalised; a
                # foreign club's one word is the club where it is read as a body's name or as a side
                continue
            found.mentions.append(Mention("organization", club.name, written, start, CLUB_TABLE_RULE))
        else:
            side = _names_a_side(text, start, end, lang, proposals) and sports()
            club = _club(written, countries) if side else None
            if club is not None and club.country not in OTHER_SPORTS_COUNTRIES:  # "Leeds 2 Newcastle 1", "al Mérida"
                suffix = _CLUB_SUFFIX.match(text, end)  # "del Mérida CP": the club's letters after its town
                written, end = (written + suffix[0], suffix.end()) if suffix else (written, end)
                found.mentions.append(Mention("organization", club.name, written, start, "club named as its city"))
                taken.append((start, end))
                continue
            if side and lang == "de" and not _CAPITALISED_WORD_AFTER.match(text, end):
                taken.append((start, end))
                continue  # "Schon gegen Newcastle, später gegen Atlético": a side, of a club the tables name twice
            if sports() and _SIDE_SCORE_AFTER.match(text, end) and not _TABLE_ROW_AFTER.match(text, end):
                continue  # "Seattle 5 Oakland 3", "Durham 326": a side of any sport before its score, not the town
            if (
                lang == "de"
                and _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 10), start)
                and not _city_state(written)
            ):
                continue  # "das Essen", "im Derby": a noun; German names a town without an article
            listed = bool(cities) and _LIST_BETWEEN.fullmatch(text, cities[-1][1], start) is not None
            opens_a_body = lang == "en" and _body_after_town(text, written, end)  # decided with the towns below
            if lang == "de" and not listed and not _german_town_in_its_place(text, start, end, proposals):
                continue  # "einige Male", "gutes Essen", "Dortmund dominierte": a noun, or a club
            if (opens_a_body or not _inside_longer_name(text, proposals, start, end)) and (
                listed or _reads_as_city(written, proposals, start, end)
            ):
                cities.append((start, end, written))  # "Danzig, Breslau und Posen": a list of cities
            continue
        taken.append((start, end))

    # a team sheet's clubs are organisations, its notes no names; its players
    # are no organisation's either, but yield to people other rules find
    # ("Oliver Reck", not "Oliver Reck Defenders")
    for name in sheet:
        if name.role is Role.PLAYER or _overlaps(taken, name.start, name.end):
            continue
        if name.role is Role.TEAM:
            club = _club(name.text, countries)
            canonical = club.name if club else name.text
            found.mentions.append(Mention("organization", canonical, name.text, name.start, "team in a team sheet"))
        elif name.role is Role.NOTE and _read_as(proposals, "ORG", name.start, name.end):
            continue  # "(Universitario)": the club, read by the model; not "(Innenband-Teilriss)"
        taken.append((name.start, name.end))
    held = len(taken)
    taken.extend(players)  # for the organisation rules below only

    for match in AGENCY_IN_TEXT.finditer(text):  # "a déclaré à l'AFP", "dijo a Efe"
        if lang != "de" and _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Agencia Efe", "Fundación Efe": a longer name (German capitalises every noun)
        if _signs_off(text, match.start(), match.end()):
            continue  # "EFE vm-c", "EFE jrr / mla", "EFE - Cantabria": the desk's sign-off
        if _DATELINE_CLOSE.match(text, match.end()):
            continue  # "Quito, 23 may (EFE)": a dateline left in the text
        if match["next"] and not any(p.kind == "PER" and p.start == match.start("next") for p in proposals):
            continue  # "Reuters Breakingviews": a longer name; not "à l'AFP Jean-Philippe Magnen"
        if not _overlaps(taken, *match.span()):
            name = agency_parts(match[0])[0]
            found.mentions.append(Mention("organization", name, match[0], match.start(), "news agency"))
            taken.append(match.span())

    taken.extend(mission_spans)
    _media_after_kind(text, lang, taken, found)
    _media_after_kind(text, lang, taken, found, _BODY_AFTER_KIND, "after the kind of body", given_name_alone=True)
    _bodies_listed_after_kind(text, lang, taken, found)
    _bodies_in_apposition(text, lang, taken, found)
    if lang == "en":
        _english_firms_after_kind(text, taken, found)
        _firms_before_analysts(text, taken, found)
        _firms_before_their_people(text, taken, found)
    # the dateline's country, else the first the story names; not the agency's home
    own = (preferred_countries[0] if preferred_countries else None) or next(
        (country_forms()[written] for *_, kind, written in spans if kind == "country"), None
    )
    for match in _ORG_CUE.finditer(text):
        first = match["name"].split()[0]
        if (
            match["name"] in organizations()
            or match["name"] in country_forms()
            or _overlaps(taken, *match.span("name"))
            or (first.lower() in first_names() and not first.isupper())  # "Auto Workers union Ken Lewenza"
        ):
            continue
        party = _party_by_word(match["name"], own) if own and match["cue"].lower() in _PARTY_CUES else None
        found.mentions.append(
            Mention(
                "organization",
                party.name if party else match["name"],
                match["name"],
                match.start("name"),
                f"after '{match['cue']}'",
            )
        )
        taken.append(match.span("name"))

    if lang in _ROLE_OF_ACRONYM:
        _acronyms_after_roles(text, lang, taken, found, countries, proposals)
    if lang == "de":
        _german_public_bodies(text, taken, found)
        _german_chambers(text, taken, found)
        _german_bodies_after_kind(text, proposals, taken, found)
        _german_compounds(text, taken, found, countries)
        for name, at in firms_in_compounds.items():
            if not _overlaps(taken, at, at + len(name)):
                found.mentions.append(
                    Mention("organization", organization_table()[name], name, at, "a firm in a compound")
                )
                taken.append((at, at + len(name)))
    if lang == "fr":
        _french_ministries(text, taken, found)
        _cantonal_councils(text, taken, found)
        _french_bodies_by_shape(text, taken, found)
    if lang in _ADJECTIVE_ENDINGS:
        _designator_and_adjective(text, lang, taken, found)
    if lang in _INSTITUTION_IN_LOWER_CASE:
        _institutions_in_lower_case(text, lang, taken, found)

    if "US" in countries:
        _us_party_members(text, taken, found)
    if lang == "en" and own:
        _parties_before_their_word(text, own, taken, found)
    _sides_of_a_match(text, taken, found, countries)
    _recognised_organizations(text, proposals, taken, found, listed_acronyms, lang, dateline_city)
    _before_shares_codes(text, taken, found)
    _acronyms_listed_with_bodies(text, taken, found, countries)
    del taken[held : held + len(players)]
    _rulers(text, taken, found)
    people_spans = _find_people(text, lang, taken, found, proposals, frozenset(start for start, _ in results))
    taken.extend(people_spans)
    _players(sheet, taken, found)
    _people_not_organizations(found)
    if lang == "en":
        _people_in_apposition(text, found)
    _no_peoples_as_organizations(found)
    _initials_written_together(text, found)
    if lang == "de":
        _german_genitives_to_names(text, found)
    _initials_to_full_names(found)
    _known_surnames_of_people_named(found)
    _surnames_of_people_named_in_full(found)
    if lang in ("es", "fr"):
        _people_named_in_part(found)
    _without_middle_initial(found)
    _drop_organs_and_instruments(text, found)
    own_country = _story_countries(None, preferred_countries, spans)[:1]
    _recognised_regions(text, proposals, taken, found, countries, own_country, sports, lang != "en")
    # the story's own country, or without one, its language's home countries
    homes = own_country or HOME_COUNTRIES_OF_LANGUAGE[lang]
    listed = [(start, end) for start, end, _ in cities]
    _towns_read_as_places(text, proposals, taken, found, homes, listed, lang, dateline_city, sports)
    _towns_of_datelines(text, taken, found, homes[0] if homes else None)
    _towns_of_agency_datelines(text, taken, found, homes[0] if homes else None)
    if dateline_city and preferred_countries and preferred_countries[0]:
        _dateline_town(text, proposals, taken + listed, found, dateline_city, preferred_countries[0])
    cities.extend(_listed_cities_read(proposals, taken, cities, functools.partial(_in_capitals_form, text)))
    if lang == "de":
        cities.extend(_listed_cities_read(proposals, taken, cities, _genitive_form))

    named_countries = tuple(dict.fromkeys(m.key for m in found.of("place")))
    for start, end, listed in sorted(cities):
        if _overlaps(taken, start, end):
            continue
        written = " ".join(text[start:end].split())
        if lang == "en" and _town_opens_a_body(text, written, start, end, found, taken, dateline_city):
            continue
        if (
            lang in ("es", "fr")
            and written != dateline_city
            and _PLACE_NAME_GOES_ON.match(text, end)
            and not _large_town(written)
        ):
            continue  # "Villanueva de la Serena": a longer town's name than the list's, not Villanueva (Tallahassee)
        if _SAINT_FIRST.match(written) and _CHURCH_OF_BEFORE.search(text, max(0, start - 30), start):
            taken.append((start, end))
            continue  # "la románica iglesia de San Pedro", "the Church of St. Paul": the church's saint, no town
        if lang in ("de", "es") and sports() and _club_s_town_alone(text, written, start, end, found, lang):
            taken.append((start, end))
            continue  # "Athletic Bilbao", then "Bilbao beendete eine Durststrecke": the club
        if (
            lang == "es"
            and sports()
            and _SPANISH_ARTICLE_BEFORE.search(text, max(0, start - 5), start)
            and _named_club_s_town(written, found)
        ):
            taken.append((start, end))
            continue  # "el Real Madrid", then "si al final vence el Madrid": the club; a town takes no article
        if lang == "en" and (
            _KIN_APPOSITION_BEFORE.search(text, max(0, start - 20), start)
            or _INITIAL_AND_SURNAME_AFTER.match(text, end)
        ):
            continue  # "his wife, Kath,", "says Sydney E. Unger": a person's given name, no town
        if (
            lang == "en"
            and _JOINED_NAME_BEFORE.search(text, max(0, start - 30), start)
            and (_before_its_shares_code(text, end) or _ends_a_name_of_its_acronym(text, end))
        ):
            continue  # "Scottish and Newcastle SCTN.L", "... (S&N)": the end of a firm's name, no town
        if lang == "en" and _DOCUMENT_OF_BEFORE.search(text, max(0, start - 20), start):
            taken.append((start, end))
            continue  # "the Treaty of Lisbon": the treaty's name, no place
        if lang == "en" and written != dateline_city and _BODY_OF_BEFORE.search(text, max(0, start - 40), start):
            taken.append((start, end))
            continue  # "the Consumer Analyst Group of New York conference": the body's name, no place
        if lang == "en" and us_state(written) and _STATE_OFFICE_AFTER.match(text, end):
            # "New York Attorney General Andrew Cuomo", "New York's governor", "Washington state": the state
            found.mentions.append(Mention("place", "US", written, start, f"region {written} (ISO 3166-2)"))
            taken.append((start, end))
            continue
        if _written_with_its_shares_code(text, written):
            # "France's Carrefour ( CARR.PA )", then "Carrefour's stores": a listed firm, not the town
            name = _firm_named_in_full(written, found) or _listed_name(written)
            found.mentions.append(Mention("organization", name, written, start, "a firm with its shares' code"))
            taken.append((start, end))
            continue
        firm = (
            _firm_named_in_full(written, found)
            if " " not in written and written != dateline_city and not _large_town(written)
            else None
        )
        if firm and not _written_as_place(text, written, written not in read_as_organizations):
            # "Toyota's recall" after "Toyota Motor Corp": the firm, not the town; but "on Omaha, Nebraska";
            # where the model reads the name alone as a body, "in Toyota's recent history" is the firm's too
            found.mentions.append(Mention("organization", firm, written, start, f"short for {firm}"))
            taken.append((start, end))
            continue
        if (
            written != dateline_city
            and not _large_town(written)
            and any(_FIRM_APPOSITION_AFTER.match(text, use.end()) for use in _uses(written, text))
        ):
            # "the top seat at Carrefour, the world's second-largest stores group": the firm, in every mention
            name = _listed_name(written)
            found.mentions.append(Mention("organization", name, written, start, "a firm its description follows"))
            taken.append((start, end))
            continue
        if re.search(rf"(?<![\w-]){re.escape(written)}{_BENCHMARK_AFTER}", text) or (
            lang == "en"
            and not _large_town(written)
            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
            and _priced_as_oil(text, written)
        ):
            # "Brent crude", "Brent June crude", "Dubai crude", "Brent dropped 1.2 percent to $112 a barrel": an
            # oil's price, not the town, in every mention of the story ("Brent's strength") but one after a
            # preposition of place ("Oil falls on gas deal, Gaza ceasefire", then "Hamas in Gaza")
            continue
        if (
            lang == "en"
            and written != dateline_city
            and not _large_town(written)
            and (
                _read_as(proposals, "ORG", start, end)
                or (
                    text[end : end + 2] in ("'s", "’s")
                    and any(p.kind == "ORG" and p.text == written for p in proposals)
                )
            )
            and not _state_after(text, end)
            and written in _listed_companies_first_words()
            and not _RESULT_SCORE_NEAR.search(text, max(0, start - 60), end + 60)  # "Boston beat Chicago 3-1": a side
            and not _written_as_place(text, written)
        ):
            # "Honda and Toyota each rose", then "Toyota's recall": the firm the model reads, whose name a
            # listed company's opens on (Toyota Motor Corporation), not the town
            name = _firm_named_in_full(written, found) or _listed_name(written)
            found.mentions.append(Mention("organization", name, written, start, "a firm named as a town"))
            taken.append((start, end))
            continue
        if _named_as_a_brand(text, start, end):
            continue  # "its luxury Lincoln brand", "its Ford, Lincoln and Mercury brands": a make, not the town
        if us_state(written) and _town_and_comma_before(text, start):
            # "Cushing, Oklahoma", "Buffalo, New York": the town's state, which stands for its country, not
            # Oklahoma City or New York City
            found.mentions.append(Mention("place", "US", written, start, f"region {written} (ISO 3166-2)"))
            taken.append((start, end))
            continue
        code = _state_named_alone(written)
        if (
            code
            and not _large_town(written)
            and (not _state_after(text, end) or _us_states_listed(text, written, end))
            and not _NAME_GOES_ON.match(text, end)
        ):
            # "Oregon", "in Delaware bankruptcy court": the state, not a town of its name (Oregon, Ohio); but
            # "Washington", "New York" alone are the great towns
            found.mentions.append(Mention("place", code, written, start, f"region {written} (ISO 3166-2)"))
            taken.append((start, end))
            continue
        state = _state_named_after(text, end)
        if state and us_state(state) and (town := _town_by_its_own_name(written, "US")):
            # "Augusta, Georgia": a town of the United States, not Augsburg; but "Tbilisi, Georgia"
            _add_town(found, taken, "city", town, "US", written, start, end)
            continue
        province = _state_named_alone(state) if state and state not in country_forms() else None
        if province and (town := _town_by_its_own_name(written, province)):
            # "Victoria, British Columbia": a town of Canada, not Hong Kong's Victoria
            _add_town(found, taken, "city", town, province, written, start, end)
            continue
        if province and not _large_town(state):
            # "Bremen, Maine": a town too small for GeoNames, not Bremen of Germany; its state is read; but
            # "in London, New York and Florida", "in Seoul, Washington had to": the great towns
            continue
        if _COUNTIES_AFTER.match(text, end):
            continue  # "Riverside, San Bernardino, and Ventura counties": counties, not their towns
        filed_from = (
            preferred_countries[0] if preferred_countries and fold(written) == fold(dateline_city or "") else None
        )
        if filed_from and (town := city_of(written, filed_from, least=0)):
            # "la sala Trajano de Mérida" of a story filed from Mérida: the dateline's town, as the dateline
            # placed it (Mérida of Spain, not of Mexico, twenty times as large)
            name, country = town, filed_from
        elif lang == "en" and (placed := _country_in_after(text, end)) and (town := city_of(written, placed, least=0)):
            name, country = town, placed  # "the town of Tripoli in southern Greece": Greece's, not Libya's capital
        else:
            name, country = city_in(listed, preferred_countries, named_countries, home_towns=lang != "en")
        if _named_as_region(text, written, start, lang, dateline_city):
            # "the central state of Aguascalientes", "la provincia de Córdoba": the region its town names, there
            # or elsewhere in the story ("la provincia de Santa Fe", then "Santa Fe, gobernada por")
            found.mentions.append(Mention("place", country, written, start, f"region {written}, {name}'s (GeoNames)"))
            taken.append((start, end))
            continue
        if (
            lang == "en"
            and name.startswith("The ")
            and written == name[4:]
            and not text.endswith(("the ", "The "), 0, start)
        ):
            continue  # "Silicon Valley's": a word of another name, not The Valley of Anguilla
        if lang == "en" and country in _ENGLISH_SPEAKING and len(written.split()) < 3 and not _own_name(written, name):
            # "Newtown", "Fort Pitt": a town too small for GeoNames, or a place in one, not Tallahassee or
            # Pittsburgh, which it lists as called so too; but "the District of Columbia" is Washington
            continue
        _add_town(found, taken, "city", name, country, written, start, end)

    _organizations_named_alone(text, found)
    things = _acronyms_of_things(text)
    if lang == "en":
        things |= _products(text, found) | _laws_named_after_people(text, found)
    # a town that is a thing's name goes with the country it stood for ("its Vista operating system"), and so
    # does one that is a firm's, as what it holds shows ("Chesapeake's board" after "Chesapeake Energy Corp")
    things_as_towns = {m.start for m in found.of("city") if m.text in things} | (
        _firms_own_towns(text, found) if lang == "en" else set()
    )
    people_s_surnames = {m.key.rpartition(" ")[2] for m in found.of("person")}
    named = {m.text for m in found.mentions} | people_s_surnames
    bodies_named = {m.key for m in found.of("organization")}
    found.mentions = [
        m
        for m in found.mentions
        if not _country_abbreviation_alone(m)
        and not (m.kind == "organization" and m.text == "EU" and us_as_eu)  # however read: the country
        and not (m.kind in ("person", "city") and m.text in things)
        and not (m.kind == "city" and m.start in things_as_towns)
        and not (m.kind == "city" and _town_means_its_territory(text, m.text))
        and not (m.kind == "place" and m.start in things_as_towns)
        and not (
            m.kind == "organization"
            and (
                m.text in things
                or _peoples_adjective(m.key, m.rule)
                or _INDEX_LAST.search(m.key)
                or _NO_BODY_LAST.search(m.key)
                or _party_member(m.key)
                or (lang == "en" and m.text.rstrip("s") in COMMON_ABBREVIATIONS and m.key == m.text)  # "GMT"
                or (lang == "en" and _PLURAL_ACRONYM.fullmatch(m.text) is not None and m.key == m.text)  # "SIVs"
                or (lang == "en" and m.rule == "name recogniser" and _names_a_site(text, m))  # "the Oyu Tolgoi mine"
                or _word_in_capitals(text, m.key, lang)
                or _HOLIDAY_AFTER.match(text, m.start + len(m.text))
                or (lang == "en" and _adjective_of_a_people(text, m))
                or (lang == "en" and _named_only_as_a_brand(text, m.text))
                or _named_only_as_a_channel(text, m.text)  # "said on Twitter": where it was said
                or (lang == "en" and m.rule == "name recogniser" and _COMMON_COMPOUND.fullmatch(m.text) is not None)
                or (lang == "en" and _town_before_its_state(text, m))
                or len(m.key.rstrip(".")) == 1  # "Partei D", "G": a letter names no body
                or _lettered(m.key, bodies_named)  # "Gruppe D", "Pixel C": a group, a model; but "Badajoz B"
                or m.key.casefold() in _KINDS_ALONE  # "FC", "Comité", "Verband": a kind of body, no body's name
                # "buying Kindles" beside "the Kindle", "the Glazers" beside "Malcolm Glazer": things, a family
                or (lang == "en" and m.rule == "name recogniser" and _plural_of_a_name(m.text, named))
                # "BAIR: FDIC WAS URGED" of a story naming Sheila Bair: her name in a subheading
                or (
                    lang == "en"
                    and m.rule == "name recogniser"
                    and m.text.isupper()
                    and m.text.title() in people_s_surnames
                    and _in_capitals(text, m.start, m.start + len(m.text))
                )
            )
        )
    ]
    _bodies_of_two_portfolios(text, found)
    if lang in ("es", "fr"):
        _portfolios_after_small_designators(text, found)
    _committees_by_their_matter(text, found)
    _without_country_abbreviation(found)
    _national_body_names(found, countries)
    _parties_by_their_full_names(found, countries)
    if lang == "de":
        _german_bodies_in_the_nominative(found)
    _people_with_a_saint_s_surname(text, found)
    _people_written_as_firms(text, found)
    _bodies_by_their_own_acronyms(text, found)
    _bodies_without_the(found)
    _one_name_per_body(found)
    _firms_by_their_names(text, found, lang)
    _firms_by_their_share_codes(text, found)
    _firms_by_their_short_names(found)
    _firms_are_no_one(found)
    credits = credit_spans(text)
    if credits:  # "© picture alliance / dpa | Lena Brockmann": who took the picture, not who is in the story
        found.mentions = [mention for mention in found.mentions if not in_credit(credits, mention.start)]
    found.mentions.sort(key=lambda m: (m.start, m.kind))
    return found


#: What a firm is, in apposition after its name: "Carrefour, the world's second-largest stores group".
_FIRM_APPOSITION_AFTER = re.compile(
    r",[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){1,4}?(?:retailer|group|company|firm|bank|maker|producer|carrier|"
    r"airline|insurer|operator|chain|conglomerate|brewer|miner|lender|manufacturer)s?(?![\w-])"
    r"(?![ ](?:said|says|added|told|announced|reported))"  # not "in Salem, the Oregon company said"
)


#: What a state's offices and people are called after its name, where the
#: state shares it with a great town: "New York Attorney General", "New York's
#: governor", "Washington state", "a New York Democrat"; not "New York State
#: Assembly", a body.
_STATE_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:state\b|State\b(?![ ][A-Z])|Attorney[ ]General|attorney[ ]general|Governor\b|Gov\.|governor\b|"
    r"Lieutenant[ ]Governor|[Ll]egislature|Insurance[ ](?:Department|Superintendent|Commissioner)|"
    r"(?:Democrat|Republican)\b(?![ ][A-Z])|"
    # "New York Democratic Sens. Charles Schumer and Hillary Clinton", "a Washington Republican congressman"
    r"(?:Democratic|Republican)[ ](?:Sens?\.|Senators?|senators?|Reps?\.|Representatives?|[Cc]ongress(?:wo)?man|"
    r"[Ll]awmakers?|[Dd]elegation))"
)


#: A document's word and "of" before a town's name that names it: "the Treaty
#: of Lisbon", "the Protocol of Kyoto".
_DOCUMENT_OF_BEFORE = re.compile(r"(?<![\w-])(?:Treaty|Protocol|Convention|Declaration)[ ]of[ ]$")
#: A body's name that ends on its town, after a word of the name and its head: "the Consumer
#: Analyst Group of New York conference", "Federal Reserve Bank of Chicago".
_BODY_OF_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]*[ ](?:Group|Bank|University|College|Club|Association|Council|Society|Chamber|"
    r"Museum|Institute|Archdiocese|Diocese|Orchestra)[ ]of[ ]$"
)


#: A capitalised word joined to one in small letters, as a sentence opens on a
#: common noun: "Prepared-foods lost $5 million".
_COMMON_COMPOUND = re.compile(rf"[{_UPPER}][a-z]+-[a-z]+")


#: The words "party" copy writes before a party's name: "el partido Likud".
_PARTY_CUES = frozenset(("party", "parti", "partido", "partei"))


#: The letters of a club's kind after its town's name: "Mérida CP", "Real Madrid CF".
_CLUB_SUFFIX = re.compile(r"[ ](?:CP|CF|FC|SD|UD|CD|AD|RC|SC|AC|SV|FK|SK|AS|US)(?![\w-])")
#: Two figures or more after a name: a row of a table (``Amsterdam 17 12 lluvioso``,
#: ``BALTIMORE 67 58 .536``), a town's weather as much as a side's standing.
_TABLE_ROW_AFTER = re.compile(r"[ ]\d{1,3}[ ]\d")
#: Where a city's name before a score as often names a team of another sport
#: (baseball, hockey): its football club is not read from the city's name.
OTHER_SPORTS_COUNTRIES = frozenset(("US", "CA"))


#: A treaty named after the town it was signed in, before that town: "les accords d'Évian", "el Tratado de Lisboa".
_TREATY_BEFORE = re.compile(
    r"\b(?:accords?|traité|acuerdos?|tratado|treaty|agreement|Abkommens?|Vertrag|Vertrags)[ ]"
    r"(?:de[ ]|d['’]|of[ ]|von[ ])$",
    re.IGNORECASE,
)


#: What comes before the first word of a sentence or line.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"'“«¿¡(]?$")


#: A day after a name: "the Labor Day holiday", "Bastille Day" (a holiday, no body).
_HOLIDAY_AFTER = re.compile(r"[ ]Day(?![\w-])")


#: The last word of an index's name: "KBW Bank Index", "the S&P Retail index" (a measure, no body).
_INDEX_LAST = re.compile(r"[ ](?:[Ii]ndex|[Ii]ndices|[Ii]ndexes)$")
#: Last words of what is no body: analysts' estimates (``Reuters Estimates``),
#: a survey (``Primary Mortgage Market Survey``; not ``U.S. Geological
#: Survey``, an agency), a treaty (``Kyoto Protocol``), papers (``Source: Court
#: Documents``), a code (``Reuters Code of Conduct``), a sum of money (``Swiss
#: Francs``), a newsroom's desk in a credit line (``the Asia Energy Desk``), a
#: place's name or what is named after one (``Pike Place``, a coffee blend).
_NO_BODY_LAST = re.compile(
    r"(?:[ ](?:Estimates|Treaty|Protocol|Accords?|Documents|Code[ ]of[ ](?:Conduct|Practice|Ethics)|Francs|Dollars|"
    r"Desk|Place|"
    r"Euros|Pounds|Rupees|Pesos|Kronor|Kroner)"
    r"|(?<!Geological)(?<!Ordnance)[ ]Surveys?)$"
)


#: Kinds of body and legal forms, written alone: what a story calls a body
#: it named before or after ("el Comité", "der Verband", "the Commission",
#: "dem amerikanischen 'People'-Magazin", "im Liveticker"),
#: or a club's letters the model read without its town ("FC"); no one body
#: of their own across stories, unlike a chamber or a paper named by its
#: kind ("Bundestag", "Senado", "the Times").
_KINDS_ALONE = frozenset(
    "fc sc cf sv ag sa gmbh inc corp co ltd llc plc nv bv kg club verband verein instituto institut institute "
    "servicio service services organización organisation organization comité committee comisión commission "
    "kommission capital media group groupe grupo gruppe company holding holdings fund fonds fondo konzern "
    "gesellschaft klub bundesamt magazin liveticker ngo ong".split()
)
#: A party's word near an acronym: "France's UMP party", "der Regierungspartei NCD".
_PARTY_BESIDE = re.compile(r"(?<![\w-])(?:[Pp]arty|[Pp]arti|[Pp]artido)(?![\w-])|[Pp]artei")


def _lettered(name: str, bodies_named: set[str]) -> bool:
    """Whether a name ends on one capital letter after words that name no
    body of the story or the tables: a tournament's group (``Gruppe D``,
    ``Grupo F``), a product's model (``Pixel C``, ``Moto E``), a name the
    press shortens to an initial (``Lina K``); not a club's reserve side
    (``Badajoz B`` of a story naming Badajoz) nor a court's chamber by its
    numeral (``Landgericht München I``)."""
    head, _, letter = name.rpartition(" ")
    if not head or len(letter) != 1 or not letter.isupper() or letter in "IVX":
        return False
    return head not in bodies_named and not _known_whole(head) and not _known_whole(name)


#: A committee's name after a chamber's: "Senate Banking Committee", "House's
#: Energy and Commerce Committee".
_COMMITTEE_AFTER = re.compile(
    r"(?:['’]s?)?(?:[ ](?:[A-Z][\w&-]*|and|on|of|for)){1,6}?[ ](?:Committee|Subcommittee|Caucus)\b"
)


#: An acronym of two capitals: "BP", "LD".
_LETTERS_TWO = re.compile(r"[A-Z]{2}")
#: The rest of a question written in capitals, as a subheading asks it: " HAS MORE AT STAKE?".
_QUESTION_IN_CAPITALS = re.compile(r"(?:[ ][A-Z0-9'’,-]+)+\?")


#: The cities of the twelve Federal Reserve banks, just before "Fed" or "Federal Reserve".
_FED_DISTRICT_BEFORE = re.compile(
    r"(?<![\w.])(?P<city>Boston|New York|Philadelphia|Cleveland|Richmond|Atlanta|Chicago|St\. Louis|Minneapolis"
    r"|Kansas City|Dallas|San Francisco)[ ]$"
)


#: A year in brackets right after a title: "Casino (1995)", "Indigo (2012)".
_YEAR_IN_BRACKETS = re.compile(r"[ ]\((?:1[89]|20)\d\d\)")


#: A Spanish article right before a name: a side, which towns never take ("vence el Madrid").
_SPANISH_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:el|al|del)[ ]$")
#: A saint's word opening a name: "San Pedro", "Saint-Denis", "St. Paul".
_SAINT_FIRST = re.compile(r"(?:San|Santa|Santo|São|Saint|Sainte|St\.?|Ste\.?|Sankt)[ -]")
#: A church's word and what joins it to its saint, before the saint's name.
_CHURCH_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:iglesia|parroquia|ermita|bas[ií]lica|catedral|convento|monasterio|capilla|colegiata"
    r"|[ée]glise|chapelle|cath[ée]drale|abbaye|couvent|Kirche|Kathedrale|Kloster|Kapelle"
    r"|[Cc]hurch|[Cc]athedral|[Cc]hapel|[Aa]bbey)[ ](?:de[ ]|del[ ]|de[ ]la[ ]|of[ ]|d['’])?$",
    re.IGNORECASE,
)
#: "de la" and a capitalised word after a town's name in Spanish or French
#: copy: a longer town's name ("Villanueva de la Serena", "Villeneuve de la Raho").
_PLACE_NAME_GOES_ON = re.compile(rf"[ ](?:de|del|du|des)(?:[ ](?:la|las|los|l['’]))?[ ]?[{_UPPER}]")


#: An acronym in the plural, as English writes a common noun's ("SIVs",
#: "LTROs", "ISPs"): things, not a body, which has one name.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


#: What a firm holds, after a name and its possessive: "Chesapeake's board", "Lexington's shares".
_FIRM_S_OWN_AFTER = re.compile(
    r"['’]s[ ](?:board|shares|stock|chief|CEO|chairman|directors|management|shareholders|investors|earnings|"
    r"profit|revenue|results|stake|bid|offer)(?![\w-])"
)


#: What is held in a firm, before its name: "a big investor in (Chesapeake)", "its stake in".
_HELD_IN_A_FIRM_BEFORE = re.compile(
    r"(?<![\w-])(?:investors?|stakes?|shares|holdings?|investments?|invested|investing)[ ]in[ ]$"
)


def _firms_own_towns(text: str, found: Found) -> set[int]:
    """Where a town's name is written as that of a firm the story names in
    full on a designator, before what a firm holds or after what is held in
    one (``Chesapeake Energy Corp said``, then ``Chesapeake's board``, ``a
    big investor in Chesapeake``): the firm's, no town."""
    firms_first_words = {
        m.text.split()[0]
        for m in found.of("organization")
        if " " in m.text and m.text.split()[-1].rstrip(".").lower() in org_designators()
    }
    return {
        m.start
        for m in found.of("city")
        if m.text in firms_first_words
        and (
            _FIRM_S_OWN_AFTER.match(text, m.start + len(m.text))
            or _HELD_IN_A_FIRM_BEFORE.search(text, max(0, m.start - 30), m.start)
        )
    }
