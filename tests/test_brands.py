"""Firms, brands and public services known by name (the brand table, from
the name-suggestion-index): how the table is built from the index's files,
and what the tagger makes of its names. Fictional entries and copy, but for
names the shipped table holds."""

from __future__ import annotations

import json

from wire.tagging.data.make_brands import build
from wire.tagging.entities import find_entities
from wire.tagging.vocabulary import organization_table


def _write(folder, kind: str, items: list[dict]) -> None:
    path = folder / "data" / f"{kind}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"properties": {"path": kind}, "items": items}), encoding="utf-8")


def _item(**tags: str) -> dict:
    return {"displayName": next(iter(tags.values())), "id": "x", "locationSet": {"include": ["at"]}, "tags": tags}


def test_the_table_holds_one_row_per_wikidata_item_with_the_forms_copy_writes(tmp_path):
    _write(
        tmp_path,
        "brands/shop/supermarket",
        [
            _item(brand="Kornkammer", **{"brand:wikidata": "Q901", "name": "Kornkammer Markt", "shop": "supermarket"}),
            _item(brand="Ohne Nummer", name="Ohne Nummer"),  # no Wikidata item: left out
            _item(brand="Der Bäcker", **{"brand:wikidata": "Q902"}),  # an article and a word
            _item(brand="Union", **{"brand:wikidata": "Q903"}),  # a designator alone
            _item(brand="Central Bank", **{"brand:wikidata": "Q908"}),  # and generic words: any country's
            _item(brand="St. Holm", **{"brand:wikidata": "Q909"}),  # a saint's name: towns and people too
            _item(brand="New Yorker", **{"brand:wikidata": "Q910"}),  # what German calls New York's
            _item(brand="Holmbank (Tarquela)", **{"brand:wikidata": "Q913"}),  # a name banks share
            _item(brand="Dr Holm", **{"brand:wikidata": "Q904"}),  # a title first
            _item(brand="Гастроном Север", **{"brand:wikidata": "Q905"}),  # another script
        ],
    )
    _write(
        tmp_path,
        "brands/amenity/fuel",
        [_item(brand="Kornkammer", **{"brand:wikidata": "Q901", "brand:fr": "Grenier Kornkammer"})],
    )
    _write(
        tmp_path,
        "transit/route/tram",
        [_item(network="Verkehrsverbund Talland", **{"network:wikidata": "Q906", "operator": "Talbahn"})],
    )
    _write(
        tmp_path, "operators/amenity/school", [_item(operator="Schulverein Talland", **{"operator:wikidata": "Q907"})]
    )

    table = {entry.name: entry for entry in build(tmp_path)}

    assert set(table) == {"Kornkammer", "Verkehrsverbund Talland"}
    assert table["Kornkammer"].forms == {"Kornkammer", "Kornkammer Markt", "Grenier Kornkammer"}
    assert table["Kornkammer"].labels == {"fr": "Grenier Kornkammer"}
    assert table["Kornkammer"].source == "nsi:Q901"


def test_a_form_two_items_share_stands_for_itself(tmp_path):
    _write(
        tmp_path,
        "brands/shop/bakery",
        [
            _item(brand="Sonnenkorn", **{"brand:wikidata": "Q911", "brand:short": "Sonnenkorn Back"}),
            _item(brand="Sonnenkorn Back", **{"brand:wikidata": "Q912"}),
        ],
    )
    table = {entry.name: entry for entry in build(tmp_path)}
    assert table["Sonnenkorn"].forms == {"Sonnenkorn"}
    assert table["Sonnenkorn Back"].source == "several"


def test_an_item_is_named_by_the_name_its_other_names_open_with(tmp_path):
    # the car hire comes first in the index's files, the carmaker's dealers after
    _write(tmp_path, "brands/amenity/car_rental", [_item(brand="Holmwagen Rent", **{"brand:wikidata": "Q921"})])
    _write(
        tmp_path,
        "brands/shop/car",
        [
            _item(brand="Holmwagen", **{"brand:wikidata": "Q921"}),
            _item(brand="Tarquela Motors", **{"brand:wikidata": "Q922"}),
        ],
    )
    _write(tmp_path, "brands/shop/truck_repair", [_item(brand="Tarquela Trucks", **{"brand:wikidata": "Q922"})])
    table = {entry.name: entry for entry in build(tmp_path)}
    assert table["Holmwagen"].forms == {"Holmwagen", "Holmwagen Rent"}
    assert "Holmwagen Rent" not in table
    # where neither name opens the other, the first the files give
    assert table["Tarquela Motors"].forms == {"Tarquela Motors", "Tarquela Trucks"}


def test_the_shipped_table_names_a_carmaker_by_its_own_name_not_a_service_of_it():
    assert organization_table()["Opel"] == "Opel"
    assert organization_table()["Sears"] == "Sears"


def test_a_firm_of_one_word_read_as_a_surname_is_the_firm_where_no_one_bears_it():
    # the recogniser reads "Chrysler" and "Caterpillar" as people here
    text = (
        "DETROIT, May 3 (Reuters) - Chrysler said on Tuesday it would recall 12,000 minivans built in 2004 "
        "to fix a faulty brake line. Caterpillar said it would cut 400 jobs."
    )
    keys = {key for _, key in _organisations(text, "en")}
    assert {"Caterpillar", organization_table()["Chrysler"]} <= keys
    # a man of that name in the story, or the word in small letters: no firm
    text = "DETROIT, May 3 (Reuters) - The founder Walter Chrysler built his first car in 1924. Chrysler said later."
    assert not _organisations(text, "en")
    text = "DETROIT, May 3 (Reuters) - Chrysler's sales rose. Chrysler said the chrysler brand did well."
    assert not _organisations(text, "en")


def test_the_shipped_table_knows_firms_and_services_that_neither_ror_nor_the_indices_hold():
    table = organization_table()
    assert table["Wiener Linien"] == "Wiener Linien"
    assert table["Mossos d'Esquadra"] == "Mossos d'Esquadra"
    assert table["Österreichische Post AG"] == "Österreichische Post"
    assert table["Mossos d'Esquadra"] == table["Mossos d’Esquadra"]


def _organisations(text: str, lang: str, countries: tuple[str | None, ...] = ()) -> set[tuple[str, str]]:
    return {(m.text, m.key) for m in find_entities(text, lang, countries).mentions if m.kind == "organization"}


def test_a_service_of_several_words_from_the_table_is_an_organisation():
    # the recogniser reads neither name here
    text = "Nach dem Halt am Westbahnhof waren die Wiener Linien um Beruhigung bemüht."
    assert ("Wiener Linien", "Wiener Linien") in _organisations(text, "de")
    text = "Los Mossos d'Esquadra detuvieron a dos hombres en Tarquela."
    assert ("Mossos d'Esquadra", "Mossos d'Esquadra") in _organisations(text, "es")


def test_a_surname_the_story_gives_is_no_firm_of_the_same_name():
    text = (
        "Bogotá, 12 ago (EFE).- El presidente de Colombia, Gustavo Petro, habló el lunes.\n\n"
        "Petro dijo que solo la transparencia permitirá superar la crisis."
    )
    assert not {key for _, key in _organisations(text, "es", ("CO", None))} & {"Petro"}


def test_the_town_of_a_dateline_is_no_firm_of_its_name():
    text = "Santander, 23 may (EFE).- El alcalde presentó hoy el plan de obras del puerto para este año."
    assert not _organisations(text, "es", ("ES", None))


def test_a_firm_of_one_word_counts_in_a_list_beside_a_body_the_recogniser_reads():
    text = "Des fonds ont disparu dans quatre banques que sont Belfius, ING, KBC et Tarquela Crédit."
    assert ("Belfius", "Belfius") in _organisations(text, "fr")
    # not where the name goes on, nor inside the longer name of a body
    text = "La Consejería de Educación y Cultura abrió el plazo, informó hoy el Gobierno."
    assert not {key for _, key in _organisations(text, "es")} & {"Cultura"}


def test_a_paper_the_recogniser_reads_with_its_article_is_not_a_firm_of_its_last_word():
    text = "British newspaper The Guardian reported that the aid would come later, a source said."
    keys = {key for _, key in _organisations(text, "en")}
    assert "The Guardian" in keys
    assert "Guardian" not in keys  # a chain of pharmacies in the brand table


def test_a_firm_s_name_in_a_title_case_headline_needs_the_story_to_name_it():
    # English headlines capitalise every word: "New Look" and "Best Buy" are firms too
    for headline in ("Investors Take a New Look at Emerging Markets", "Analysis: The Best Buy in Town Is Cash"):
        text = f"{headline}\n\nLONDON, May 3 (Reuters) - Fund managers took a fresh look at cash on Tuesday."
        assert not _organisations(text, "en")
    text = "Home Depot Shares Rise After Results\n\nNEW YORK, May 3 (Reuters) - Home Depot shares rose on Tuesday."
    assert ("Home Depot", "Home Depot") in _organisations(text, "en")


def test_a_title_with_its_year_is_a_work_not_the_firm_of_its_name():
    text = "Ein Thema, mit dem er sich auch in Mean Streets (1973), Casino (1995) oder The Departed (2006) befasste."
    assert not {key for _, key in _organisations(text, "de")} & {"Casino"}


def test_a_firm_joined_to_a_role_held_in_it_is_the_firm():
    text = "Das Abkommen sei ein klares Signal, erklärte der Greenpeace-Klimaexperte Martin Holmqvist am Samstag."
    assert ("Greenpeace", "Greenpeace") in _organisations(text, "de")
