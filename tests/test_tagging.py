"""Tagging: one identity per entity across languages, explainable tags."""

import pytest
from conftest import SEEDS
from wire.decoding import decode_dispatch
from wire.dispatch import parse_dispatch
from wire.tagging.tagger import tag_dispatch, tag_parsed
from wire.tagging.vocabulary import tag_label

from bench.tagging_eval import evaluate, load_cases, prf


def tag(text, country=None):
    dispatch = parse_dispatch(text)
    return tag_dispatch(dispatch.headline, dispatch.paragraphs, dispatch.lang, country)


@pytest.fixture(scope="module")
def seed():
    text, _ = decode_dispatch((SEEDS / "000_53f2802795f52dea.txt").read_bytes())
    dispatch = parse_dispatch(text)
    return tag_dispatch(dispatch.headline, dispatch.paragraphs, dispatch.lang, "US")


def test_seed_people_places_organisations_and_category(seed):
    assert {"Joe Biden", "Volodymyr Zelensky", "Vladimir Putin", "Jen Psaki"} <= set(seed.people)
    assert {"UA", "RU", "US", "CH"} <= set(seed.places)
    assert {"NATO", "OSCE"} <= set(seed.organizations)
    assert {"Kremlin", "White House"} & set(seed.organizations)
    assert seed.category_label in ("conflict, war and peace", "politics")


def test_seed_tags_are_what_the_story_is_about(seed):
    assert {"Joe Biden", "Volodymyr Zelensky", "NATO", "Russia", "Ukraine", "United States"} <= set(seed.tags)
    assert "Jen Psaki" not in seed.tags  # quoted once, in passing


@pytest.mark.parametrize(
    "text",
    [
        "PARIS, 3 oct (Reuters) - L'Otan a réuni vendredi ses ministres de la Défense à Bruxelles.",
        "Madrid, 3 oct (EFE).- La OTAN reunió este viernes a sus ministros de Defensa en Bruselas.",
        "BRUSSELS, Oct 3 (Reuters) - NATO defence ministers met in Brussels on Friday.",
        "Berlin (dpa) - Die Nato hat am Freitag ihre Verteidigungsminister in Brüssel versammelt.",
    ],
)
def test_nato_is_one_organisation_in_four_languages(text):
    assert "NATO" in tag(text).organizations


@pytest.mark.parametrize(
    "text, code",
    [
        ("PARIS (Reuters) - La Russie a rejeté vendredi la proposition de cessez-le-feu.", "RU"),
        ("Madrid (EFE) - Rusia rechazó este viernes la propuesta de alto el fuego.", "RU"),
        ("Berlin (dpa) - Russland hat am Freitag den Vorschlag für eine Waffenruhe abgelehnt.", "RU"),
        ("LONDON (Reuters) - Russia rejected the ceasefire proposal on Friday.", "RU"),
        ("PARIS (Reuters) - Les Etats-Unis ont rejeté vendredi la proposition.", "US"),
        ("PARIS (Reuters) - Les États-Unis ont rejeté vendredi la proposition.", "US"),
        ("LONDON (Reuters) - The U.S. rejected the proposal on Friday.", "US"),
        ("LONDON (Reuters) - The United States rejected the proposal on Friday.", "US"),
    ],
)
def test_a_country_is_one_place_whatever_the_language(text, code):
    assert code in tag(text).places


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (Reuters) - Le président ukrainien Volodimir Zelenski a rencontré vendredi ses alliés.",
        "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelensky met allies on Friday.",
        "Berlin (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat am Freitag Verbündete getroffen.",
    ],
)
def test_one_person_across_spellings(text):
    assert tag(text).people == ["Volodymyr Zelensky"]


def test_people_are_found_in_the_text_with_titles_left_out():
    tagging = tag(
        "LISBON, May 2 (Reuters) - Portuguese Finance Minister Rita Calado said on Friday the budget would balance. "
        "Calado told reporters that growth was strong, while opposition leader Nuno Vaz said the plan was unfair."
    )
    assert tagging.people == ["Rita Calado", "Nuno Vaz"]
    assert any("role word" in reason for reason in tagging.why("Rita Calado"))
    assert any("surname of Rita Calado" in reason for reason in tagging.why("Rita Calado"))


def test_places_and_organisations_are_not_people():
    tagging = tag(
        "SAN DIEGO (Reuters) - A zoo in San Diego said on Thursday its panda had twins. "
        "Buenos Aires said on Friday it would send a team, and the Athletic Club said it would help."
    )
    assert tagging.people == []
    assert "Athletic Club" in tagging.organizations


def test_every_tag_can_say_why(seed):
    for name in seed.tags:
        assert seed.why(name), name
    assert any("Otan" in reason for reason in seed.why("NATO"))
    assert any("dateline" in reason for reason in seed.why("US"))
    assert seed.why(seed.category)


def test_display_names_follow_the_page_language():
    assert tag_label("Russia", "fr") == "Russie"
    assert tag_label("Russia", "de") == "Russland"
    assert tag_label("NATO", "fr") == "Otan"
    assert tag_label("politics", "fr") == "Politique"
    assert tag_label("Joe Biden", "fr") == "Joe Biden"
    assert tag_label("Russia", "en") == "Russia"
    assert tag_label("politics", "en") == "Politics"


def test_quality_on_the_evaluation_set_does_not_fall():
    counts, _ = evaluate(load_cases())
    f1 = {kind: prf(*counts["all"][kind])[2] for kind in ("people", "places", "organizations", "topic")}
    assert f1["people"] >= 0.9
    assert f1["places"] >= 0.9
    assert f1["organizations"] >= 0.85
    assert f1["topic"] >= 0.85


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "Berlin (dpa) - EU-Kommissionschefin Ursula von der Leyen sprach am Montag in Brüssel.",
            "European Commission",
        ),
        ("Berlin (dpa) - Der Nato-Gipfel in Den Haag beginnt am Dienstag.", "NATO"),
        ("Berlin (dpa) - Der Kremlsprecher wollte sich am Montag nicht äußern.", "Kremlin"),
    ],
)
def test_german_compounds_name_organisations(text, organisation):
    assert organisation in tag(text).organizations


def test_german_words_that_merely_start_like_an_organisation_are_not_one():
    assert tag("Berlin (dpa) - Die Bahnfahrt nach Europa dauerte am Montag neun Stunden.").organizations == []


def test_a_headline_derived_from_the_lede_cuts_no_name_short():
    """A dispatch with no headline gets one from its lede, shortened: a name
    it cuts ("Alianza Kestreliana" of "... de Agencias de Noticias") is no
    organisation; the lede names it whole."""
    raw = (
        "Córdoba, 23 may (EFE).- La celebración en Córdoba de la IX Asamblea General de la Alianza Kestreliana "
        "de Agencias de Noticias (AKAN) a mediados de junio próximo convertirá a la ciudad en el centro de la "
        "información.\n\nEl presidente de la Diputación expresó su satisfacción por la elección.\n"
    )
    dispatch = parse_dispatch(raw)
    assert dispatch.headline_derived and dispatch.headline.endswith("Alianza Kestreliana")
    organizations = tag_parsed(dispatch).organizations
    assert "Alianza Kestreliana de Agencias de Noticias" in organizations
    assert "Alianza Kestreliana" not in organizations
