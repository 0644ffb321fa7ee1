"""Datelines in every agency style the converter supports."""

import pytest
from wire.conversion import convert_to_markdown
from wire.dateline import parse_dateline
from wire.dates import WireDate
from wire.places import city_of, find_city, resolve

CASES = [
    # text, city, region, date, agency, rest
    ("PARIS, Oct 22 (Reuters) - The text", "PARIS", None, WireDate(None, 10, 22), "Reuters", "The text"),
    ("DETROIT (Reuters) - The text", "DETROIT", None, None, "Reuters", "The text"),
    ("ANCHORAGE, Alaska  (Reuters) - The text", "ANCHORAGE", "Alaska", None, "Reuters", "The text"),
    ("Oct 22 (Reuters) - The text", None, None, WireDate(None, 10, 22), "Reuters", "The text"),
    ("WILMINGTON, Delaware (Reuters) - Le texte", "WILMINGTON", "Delaware", None, "Reuters", "Le texte"),
    ("PARIS, 9 janvier (Reuters) - Le texte", "PARIS", None, WireDate(None, 1, 9), "Reuters", "Le texte"),
    ("Paris, 9 déc 2018 (AFP) - Le texte", "Paris", None, WireDate(2018, 12, 9), "AFP", "Le texte"),
    ("Strasbourg, 10 juil 2024 (AFP) Le texte", "Strasbourg", None, WireDate(2024, 7, 10), "AFP", "Le texte"),
    ("Paris, 15 janvier 2023 (AFP) - Le texte", "Paris", None, WireDate(2023, 1, 15), "AFP", "Le texte"),
    ("STOCKHOLM, Aug 29, 2014 (AFP) - The text", "STOCKHOLM", None, WireDate(2014, 8, 29), "AFP", "The text"),
    ("KYIV, Ukraine (AP) — The text", "KYIV", "Ukraine", None, "AP", "The text"),
    ("ATLANTA (AP) _ The text", "ATLANTA", None, None, "AP", "The text"),
    ("CHATHAM, Mass. (AP) _ The text", "CHATHAM", "Mass.", None, "AP", "The text"),
    ("Geneva (dpa) - The text", "Geneva", None, None, "dpa", "The text"),
    ("Athen (dpa) - Der Text", "Athen", None, None, "dpa", "Der Text"),
    ("San Diego (tca/dpa) - The text", "San Diego", None, None, "dpa", "The text"),
    ("(ANSA) - ROME, JUL 11 - The text", "ROME", None, WireDate(None, 7, 11), "ANSA", "The text"),
    ("Madrid, 3 mar (EFE).- El texto", "Madrid", None, WireDate(None, 3, 3), "EFE", "El texto"),
    ("Paris (ats afp) Les violences", "Paris", None, None, "ATS", "Les violences"),
    ("Berlin, 22. März 2024 (dpa) -- Der Text", "Berlin", None, WireDate(2024, 3, 22), "dpa", "Der Text"),
    ("LONDON, Sept 3 (Reuters) – The text", "LONDON", None, WireDate(None, 9, 3), "Reuters", "The text"),
    ("FRANKFURT/PARIS (Reuters) - The text", "FRANKFURT/PARIS", None, None, "Reuters", "The text"),
    ("Bruselas, 4 may (EFECOM).- El texto", "Bruselas", None, WireDate(None, 5, 4), "EFE", "El texto"),
    # a dash typed twice, apart: the text opens after the second
    ("BONN, Germany  (Reuters) - - The text", "BONN", "Germany", None, "Reuters", "The text"),
    ("Lyon (AFP) - — Le texte", "Lyon", None, None, "AFP", "Le texte"),
    ("OSLO (Reuters) - -5 degrees were read", "OSLO", None, None, "Reuters", "-5 degrees were read"),
]


@pytest.mark.parametrize("text, city, region, date, agency, rest", CASES, ids=[c[0][:28] for c in CASES])
def test_dateline_shapes(text, city, region, date, agency, rest):
    dateline, after = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.date, dateline.agency) == (city, region, date, agency)
    assert after == rest


def test_dateline_is_kept_as_written():
    dateline, _ = parse_dateline("WILMINGTON, Delaware (Reuters) - Le président")
    assert dateline.written == "WILMINGTON, Delaware (Reuters)"


@pytest.mark.parametrize(
    "text",
    [
        "Le président (Joe Biden) a dit",
        "The talks (which started in May) went on",
        "Prices rose 3% (year on year) in March",
        "A long sentence, with commas, and a (parenthesis) later on",
    ],
)
def test_parentheses_in_prose_are_not_datelines(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    "city, region, country",
    [
        ("WILMINGTON", "Delaware", "US"),
        ("CHATHAM", "Mass.", "US"),
        ("TRENTON", "N.J.", "US"),
        ("KYIV", "Ukraine", "UA"),
        ("Athen", None, "GR"),
        ("Genève", None, "CH"),
        ("Genf", None, "CH"),
        ("Paris", None, "FR"),
        ("Madrid", None, "ES"),
        ("LONDRES", None, "GB"),
        ("Ciudad de México", None, "MX"),
        ("Quelque part", "Allemagne", "DE"),
        ("Somewhere", "Etats-Unis", "US"),
        ("Nowhere-on-earth", None, None),
    ],
)
def test_places_resolve_to_iso_countries(city, region, country):
    assert resolve(city, region).country == country


def test_upper_case_cities_get_their_usual_spelling():
    assert resolve("WILMINGTON", "Delaware").city == "Wilmington"
    assert resolve("NEW YORK", None).city == "New York"
    assert resolve("Athen", None).city == "Athen"


def test_a_story_filed_from_two_cities_is_placed_in_the_first():
    place = resolve("FRANKFURT/PARIS", None)
    assert (place.city, place.country) == ("Frankfurt/Paris", "DE")


@pytest.mark.parametrize(
    "city, country",
    [
        ("Mérida", "ES"),  # not Mérida of Mexico, twenty times its size
        ("Córdoba", "ES"),  # not Córdoba of Argentina
        ("Granada", "ES"),  # not Grenada, "Granada" in Spanish
        ("San José", "CR"),  # a capital abroad, not San Jose of California
        ("Santiago", "CL"),  # a capital abroad: Santiago de Compostela is written in full
        ("Londres", "GB"),
        ("Valencia", "ES"),
    ],
)
def test_efe_writes_a_town_abroad_with_its_country_so_a_town_alone_is_at_home(city, country):
    # "Fráncfort (RFA), 25 may (EFE)": a town abroad carries its country
    assert resolve(city, None, "ES", marks_abroad=True).country == country


def test_an_efe_dispatch_from_a_spanish_town_with_a_larger_namesake_abroad_is_placed_in_spain():
    text = (
        "Mérida, 23 may (EFE).- La Junta de Extremadura aprobó hoy el plan de regadíos de la comarca, "
        "que costará doce millones de euros.\n\nEl consejero lo presentó en rueda de prensa."
    )
    markdown = convert_to_markdown(text.encode("utf-8"), "efe_merida.txt")
    assert "Country: ES" in markdown.splitlines() and "Places: ES" in markdown.splitlines()
    # an agency that names a town abroad alone keeps the larger namesake: Reuters' "MERIDA" is Mexico's
    assert resolve("MERIDA", None, "GB").country == "MX"


def test_the_town_a_story_was_filed_from_is_that_town_wherever_the_story_names_it():
    # Santander is too small for the city list (200,000 people), and the name of a bank
    text = (
        "Santander, 25 may (EFE).- El alcalde de Santander dijo hoy que las obras del paseo marítimo "
        "acabarán en otoño.\n\nEl pleno votará el proyecto el jueves."
    )
    lines = convert_to_markdown(text.encode("utf-8"), "efe_santander.txt").splitlines()
    assert "Cities: Santander" in lines and not any(line.startswith("Organizations:") for line in lines)


@pytest.mark.parametrize(
    "city, region, home, country",
    [
        ("ISLAMABAD", None, "GB", "PK"),  # not Chattogram, which GeoNames also calls Islamabad
        ("CANCUN", None, "GB", "MX"),  # not Changchun
        ("PORTO", None, "ES", "PT"),  # not Bordeaux
        ("DILI", None, "GB", "TL"),  # a capital: not Delhi, seventy times its size
        # another city's name for a far larger one stays that one's
        ("ODESSA", None, "GB", "UA"),
        ("ST PETERSBURG", None, "GB", "RU"),
        # a short form or a spelling of a city's own name is that city's, by population
        ("Florencia", None, "ES", "IT"),
        ("HULL", None, "GB", "GB"),
        ("Saint Louis", None, None, "US"),
    ],
)
def test_a_city_s_own_name_beats_the_other_names_geonames_gives_larger_cities(city, region, home, country):
    assert resolve(city, region, home).country == country


def test_a_town_s_own_name_is_that_town_in_its_country_not_a_larger_one_listed_so():
    assert resolve("NEW DELHI", None, "GB").city == "New Delhi"
    assert find_city("New Delhi") == ("New Delhi", "IN")  # not Delhi
    assert find_city("Manhattan") == ("Manhattan", "US")  # not New York City
    assert city_of("Westport", "US", least=0) == "Westport"  # not Kansas City, which has a Westport
    assert city_of("Matamoros", "MX") == "Heroica Matamoros"  # a short form of its own name
