"""Political parties known by name (the party table, from Party Facts): a
short name names a party only in a story about its country. Fictional copy
throughout."""

from __future__ import annotations

import csv

from wire.tagging.data.make_parties import build
from wire.tagging.entities import find_entities
from wire.tagging.tagger import tag_dispatch


def _organizations(text: str, lang: str, countries: tuple[str | None, ...] = ()) -> dict[str, str]:
    """Written form -> canonical name of the organisations found."""
    found = find_entities(text, lang, countries)
    return {m.text: m.key for m in found.mentions if m.kind == "organization"}


def test_spanish_parties_by_short_and_full_name():
    text = (
        "MADRID, 3 mar (EFE).- El portavoz del PSOE, Ana Ruiz, dijo que el PP votará en contra de la ley "
        "que defiende Izquierda Unida."
    )
    found = _organizations(text, "es", ("ES", None))
    assert found["PSOE"] == "Spanish Socialist Workers Party"
    assert found["PP"] == "People's Party (Spain)"
    assert found["Izquierda Unida"] == "United Left (Spain)"


def test_a_party_named_before_its_acronym_in_brackets_is_the_party_not_a_heading():
    text = "Torrelavega, 23 may (EFE). - Izquierda Unida (IU) en el Ayuntamiento presentó hoy una moción."
    found = find_entities(text, "es", ("ES", "ES"))
    assert {m.text: m.key for m in found.mentions if m.kind == "organization"}[
        "Izquierda Unida"
    ] == "United Left (Spain)"
    assert not found.of("person")


def test_two_letters_in_english_copy_are_a_party_only_where_the_story_names_it_in_full():
    business = "LONDON, March 3 (Reuters) - BP said on Tuesday its profit fell. A BP spokesman declined to comment."
    assert "Brexit Party" not in _organizations(business, "en", ("GB", "GB")).values()
    listed = "LONDON, March 3 (Reuters) - Oil major BP ( BP.L ) bought two cargoes, traders said."
    assert "Brexit Party" not in _organizations(listed, "en", ("GB", "GB")).values()
    politics = "LONDON, March 3 (Reuters) - The Brexit Party won most seats. The BP leader said he was pleased."
    assert _organizations(politics, "en", ("GB", "GB"))["BP"] == "Brexit Party"


def test_two_letters_name_another_country_s_party_only_where_the_story_names_it_in_full():
    oil = (
        "Madrid, 23 may (EFE).- Las petroleras del Reino Unido y de España subieron los precios. "
        "Las otras dos grandes, Cepsa y BP, van a remolque del líder del mercado."
    )
    assert "Brexit Party" not in _organizations(oil, "es", ("ES", "ES")).values()
    # the story's own country's parties by two letters, as Spanish copy writes them
    assert _organizations("Madrid, 23 may (EFE).- El PP votará en contra.", "es", ("ES", "ES"))["PP"] == (
        "People's Party (Spain)"
    )


def test_a_short_name_names_no_party_of_a_country_the_story_is_not_about():
    text = "LAGOS, March 3 (Reuters) - The PP said on Tuesday it would back the plan, Ana Ruiz said."
    assert "People's Party (Spain)" not in _organizations(text, "en", ("NG", None)).values()


def test_a_party_is_one_tag_alone_and_in_a_compound():
    tagging = tag_dispatch(
        "SPÖ-Kandidat will nach Wien",
        ["Der SPÖ-Kandidat Anton Berger trat gegen die ÖVP an. Die SPÖ will in Österreich regieren."],
        "de",
    )
    assert "Social Democratic Party of Austria" in tagging.organizations
    assert "Austrian People's Party" in tagging.organizations
    assert not {"SPÖ", "ÖVP"} & set(tagging.organizations)


def test_a_party_by_a_word_of_its_name_beside_the_word_party_in_a_story_of_its_country():
    text = "JERUSALEM, May 3 (Reuters) - A right-wing Likud party politician said the talks had failed."
    assert _organizations(text, "en", ("IL", None))["Likud"] == "Likud-National Liberal Movement"
    # the Indian party, not the American body of the same word
    text = "NEW DELHI, May 3 (Reuters) - The ruling Congress party said on Monday it would back the bill."
    assert _organizations(text, "en", ("IN", None))["Congress"] == "Indian National Congress"
    text = "JERUSALÉN, 3 may (EFE).- El partido Likud ganó las elecciones del martes."
    assert _organizations(text, "es", ("IL", None))["Likud"] == "Likud-National Liberal Movement"
    # a holiday, a people, a longer name, or a story of no country: no party
    text = (
        "LONDON, May 3 (Reuters) - Staff at the Christmas party said the Greek party was the People of Freedom party."
    )
    assert all(written == key for written, key in _organizations(text, "en", ("GB", None)).items())
    text = "A right-wing Likud party politician said the talks had failed."
    assert "Likud-National Liberal Movement" not in _organizations(text, "en", (None, "GB")).values()


def test_a_party_the_recogniser_reads_by_its_full_name_is_the_table_s_party():
    text = (
        "BUENOS AIRES, 3 may (EFE).- El expresidente encabezó hoy una reunión del Consejo Nacional del Partido "
        'Justicialista (PJ). Ana Ruiz fue el "interventor" del Partido Justicialista en Córdoba.'
    )
    found = find_entities(text, "es", ("AR", None))
    keys = {m.key for m in found.of("organization") if "Justicialist" in m.key or m.text == "PJ"}
    assert keys == {"Justicialist Party"}


def test_a_french_party_by_its_short_name_in_french_copy():
    text = "Paris, 3 mars (AFP) - Le PS a signé un accord, selon le Parti socialiste."
    found = _organizations(text, "fr", ("FR", None))
    assert found["PS"] == found["Parti socialiste"] == "Socialist Party (France)"


def test_a_heading_in_capitals_names_no_party():
    text = "HOW COULD THE FUND BE INCREASED? The rescue fund may grow, officials in Lisbon said of Portugal."
    assert _organizations(text, "en", ("PT", None)) == {}


FIELDS = "country partyfacts_id technical name_short name name_english year_last share".split()


def _party_facts(tmp_path, rows: list[dict]) -> list:
    path = tmp_path / "core-parties.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, FIELDS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return {party.source: party for party in build(path)}


def test_the_table_from_party_facts_rows(tmp_path):
    parties = _party_facts(
        tmp_path,
        [
            # umlauts restored in a German-speaking country's short name
            dict(
                country="AUT",
                partyfacts_id="1",
                name_short="ZPO",
                name="Zukunftspartei Österreichs",
                name_english="Future Party of Austria",
                share="12.5",
            ),
            # the same English name in two countries: each with its country
            dict(
                country="FRA",
                partyfacts_id="2",
                name_short="PLV",
                name="Parti du lendemain vert",
                name_english="Green Tomorrow Party",
                share="8",
            ),
            dict(
                country="BEL",
                partyfacts_id="3",
                name_short="PLVB",
                name="Parti du lendemain vert belge",
                name_english="Green Tomorrow Party",
                share="3",
            ),
            # a list named after its leader: the leader's name is no form of the list
            dict(
                country="ESP",
                partyfacts_id="4",
                name_short="LAR",
                name="Ana Ruiz – Lista Abierta",
                name_english="Ana Ruiz – Open List",
                share="2",
            ),
            # ended before the copy it tags; a two-letter name of a small party; an alliance
            dict(
                country="ESP",
                partyfacts_id="5",
                name_short="VPE",
                name="Viejo Partido Español",
                name_english="Old Spanish Party",
                year_last="1931",
                share="20",
            ),
            dict(
                country="ESP",
                partyfacts_id="6",
                name_short="PQ",
                name="Partido Pequeño",
                name_english="Small Party",
                share="1",
            ),
            dict(
                country="ESP",
                partyfacts_id="7",
                name_short="LAR/PQ",
                name="Alianza Abierta",
                name_english="Open Alliance",
                share="3",
            ),
            dict(
                country="ESP",
                partyfacts_id="8",
                technical="1",
                name_short="ally",
                name="alliance",
                name_english="alliance",
            ),
        ],
    )
    assert parties["partyfacts:1"].short == {"ZPO", "ZPÖ"}
    assert parties["partyfacts:1"].forms == {"Zukunftspartei Österreichs", "Future Party of Austria"}
    assert parties["partyfacts:2"].name == "Green Tomorrow Party (France)"
    assert parties["partyfacts:3"].name == "Green Tomorrow Party (Belgium)"
    assert parties["partyfacts:4"].forms == {"Lista Abierta", "Open List"}
    assert "partyfacts:5" not in parties and "partyfacts:8" not in parties
    assert parties["partyfacts:6"].short == set()  # "PQ": two letters, too small a party
    assert parties["partyfacts:7"].short == set()  # "LAR" is the list's own short name
