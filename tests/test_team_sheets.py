"""Team sheets in sports copy: players written by surname alone are people,
their clubs organisations, by the shape of the list. Fictional clubs and
players throughout."""

from __future__ import annotations

import pytest
from wire.tagging.entities import find_entities
from wire.tagging.team_sheets import NameTests, Role, team_sheet_names

LINE_UPS = [
    (
        "de",
        "Weidenau gewann das Derby mit 2:1. (dpa)\n\n"
        "FC Weidenau: Brenneck - Oltmanns, Kuhlage, Dörrfeld, Wessling - Pohlkamp (71. Ertugrul), "
        "Haverbeck, Lindqvist - Sommerfeld, Tjaden, Raabe Ersatz: Gröneveld - Ahlers, Budde "
        "Es fehlen: Kampmeier (Kreuzbandriss), Vosskuhl (gesperrt)\n"
        "Tore: 1:0 Tjaden (12.), 1:1 Vahrenholt (80.)\nAnstoß: 15:30 Uhr",
        "FC Weidenau",
        [
            "Brenneck",
            "Oltmanns",
            "Kuhlage",
            "Dörrfeld",
            "Wessling",
            "Pohlkamp",
            "Ertugrul",
            "Haverbeck",
            "Lindqvist",
            "Sommerfeld",
            "Tjaden",
            "Raabe",
            "Gröneveld",
            "Ahlers",
            "Budde",
            "Kampmeier",
            "Vosskuhl",
            "Tjaden",
            "Vahrenholt",
        ],
    ),
    (
        "es",
        "El Almenara ganó por dos a cero.\n\n"
        "CD Almenara: Iturbe; Carrascal, Olabarri, Sagasti, Mendiluce; Ezkurra, Goñi (Arregui, m.70), "
        "Larrañeta; Uribarri, Zabaleta y Amézaga.",
        "CD Almenara",
        [
            "Iturbe",
            "Carrascal",
            "Olabarri",
            "Sagasti",
            "Mendiluce",
            "Ezkurra",
            "Goñi",
            "Arregui",
            "Larrañeta",
            "Uribarri",
            "Zabaleta",
            "Amézaga",
        ],
    ),
    (
        "en",
        "Harbridge came from behind to win 2-1.\n\n"
        "Harbridge Town: Pellow; Garside, Okafor, Thwaite, Bickerstaff; Loftus, Merridew (Chalke 67), "
        "Ashdown; Penhaligon, Tregear, Stannard.",
        "Harbridge Town",
        [
            "Pellow",
            "Garside",
            "Okafor",
            "Thwaite",
            "Bickerstaff",
            "Loftus",
            "Merridew",
            "Chalke",
            "Ashdown",
            "Penhaligon",
            "Tregear",
            "Stannard",
        ],
    ),
    (
        "fr",
        "Vernasque s'est imposé 1-0.\n\n"
        "Olympique Vernasque: Rouvière - Lestrade, Bonnafous, Caradec, Maréchal - Dufresne, "
        "Laborie (Peyrat, 74e), Castagnet - Aubertin, Sévignac, Lhermitte",
        "Olympique Vernasque",
        [
            "Rouvière",
            "Lestrade",
            "Bonnafous",
            "Caradec",
            "Maréchal",
            "Dufresne",
            "Laborie",
            "Peyrat",
            "Castagnet",
            "Aubertin",
            "Sévignac",
            "Lhermitte",
        ],
    ),
]


@pytest.mark.parametrize("lang, text, team, players", LINE_UPS, ids=[case[0] for case in LINE_UPS])
def test_the_players_of_a_line_up_are_people_and_its_team_an_organisation(lang, text, team, players):
    found = find_entities(text, lang)
    people = [m.key for m in found.of("person")]
    assert people == players
    assert team in [m.key for m in found.of("organization")]
    # a note beside a player is no name: no injury, suspension or minute is tagged
    assert not {"Kreuzbandriss", "gesperrt", "Min"} & {m.key for m in found.mentions}


def test_a_player_named_in_full_in_the_story_is_that_person():
    text = (
        "El portero Joseba Iturbe salvó el empate en el último minuto.\n\n"
        "CD Almenara: Iturbe; Carrascal, Olabarri, Sagasti, Mendiluce; Ezkurra, Goñi, Larrañeta; "
        "Uribarri, Zabaleta y Amézaga."
    )
    people = [m.key for m in find_entities(text, "es").of("person")]
    assert people.count("Joseba Iturbe") == 2
    assert "Iturbe" not in people


def test_players_listed_with_their_clubs_are_people_and_the_clubs_organisations():
    text = (
        "El Comité de Competición sancionó con un partido a Olabarri y Zubeldia (Almenara), "
        "Goikoetxea (Urdanibia), Berasategi y Mugica (Zarautz Berri) y Lasarte (Deportivo Ibarra)."
    )
    found = find_entities(text, "es")
    assert [m.key for m in found.of("person")] == [
        "Olabarri",
        "Zubeldia",
        "Goikoetxea",
        "Berasategi",
        "Mugica",
        "Lasarte",
    ]
    organizations = {m.key for m in found.of("organization")}
    assert {"Almenara", "Urdanibia", "Zarautz Berri", "Deportivo Ibarra"} <= organizations


def test_members_listed_with_their_parties_are_people():
    text = "Votaron en contra Iriarte (PNV), Olazábal (PP) y Urquiza (PSOE)."
    found = find_entities(text, "es")
    assert [m.key for m in found.of("person")] == ["Iriarte", "Olazábal", "Urquiza"]


@pytest.mark.parametrize(
    "lang, text",
    [
        # towns of a race's stages, parted by dashes and semicolons
        ("es", "Etapas: Irún - San Sebastián, Bilbao; Vitoria - Pamplona, Logroño; Burgos - Soria, Madrid."),
        # towns with their countries
        ("es", "Las sedes: Bari (Italia), Moncton (Canadá), Grenoble (Francia) y Murcia (España)."),
        # a colon in prose
        ("de", "Der Trainer sagte: Wir müssen gewinnen, Punkt. Dann ging er."),
        # a short list, no line-up beside it
        ("de", "In den Bezirken – Neusiedl, Eisenstadt, Mattersburg – wird kontrolliert."),
        # towns and their provinces; firms and their owners
        ("es", "Los alumnos viajan a Villaseca (Toledo), Torralba (Ciudad Real) y Argamasón (Albacete)."),
        ("es", "El consorcio lo forman Nortelia (Renato Bassi), Vectis (Carla Monti) y Orbinet (Paolo Greco)."),
        # a list of teams is no line-up: no lines
        ("es", "Los equipos son: Almenara, Urdanibia, Zarautz Berri, Ibarra, Tolosaldea, Oiartzun y Lezo."),
    ],
)
def test_lists_that_are_no_team_sheet_name_no_players(lang, text):
    assert not [m for m in find_entities(text, lang).mentions if "team sheet" in m.rule]


def test_a_team_sheet_is_read_by_shape_alone():
    """The plain function: names and where they are, with what the caller
    says a name can be."""
    text = "Rot: Alpha - Beta, Gamma, Delta - Epsilon, Zeta, Eta - Theta"
    names = team_sheet_names(text, NameTests(lambda name: name != "Zeta", lambda name: True, lambda name: False))
    assert [(n.text, n.role) for n in names] == [("Rot", Role.TEAM)] + [
        (word, Role.PLAYER) for word in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Eta", "Theta")
    ]
    assert all(text[n.start : n.end] == n.text for n in names)
    # one player fewer than a line-up holds: no sheet
    tests = NameTests(lambda name: name not in ("Zeta", "Eta"), lambda name: True, lambda name: False)
    assert team_sheet_names(text, tests) == []


def test_the_headings_of_a_squad_are_not_part_of_the_names():
    text = (
        "Squad: Goalkeepers - Tobias Lindner, Malte Brandt, Jonas Vey Defenders - Lukas Ortmann, "
        "Felix Haarmann, Nils Osterhagen, Timo Reimers Forwards - Jan Wiechers, Ole Kranich."
    )
    people = [m.key for m in find_entities(text, "en").of("person")]
    assert people == [
        "Tobias Lindner",
        "Malte Brandt",
        "Jonas Vey",
        "Lukas Ortmann",
        "Felix Haarmann",
        "Nils Osterhagen",
        "Timo Reimers",
        "Jan Wiechers",
        "Ole Kranich",
    ]


def test_the_cards_after_a_line_up_are_a_label_not_a_player():
    text = (
        "Weidenau gewann das Derby mit 2:1. (APA)\n\n"
        "Weidenau: Brenneck – Oltmanns, Kuhlage, Dörrfeld, Wessling – Pohlkamp, Haverbeck (71. Ertugrul) – "
        "Sommerfeld, Tjaden, Raabe Gelbe Karten: Tjaden, Raabe\n\n"
        "Almenau: Vahrenholt – Budde, Ahlers, Kampmeier – Gröneveld, Sievers, Lüken – Vosskuhl Gelbe Karten: Budde"
    )
    people = {m.key for m in find_entities(text, "de").of("person")}
    assert "Gelbe" not in people and "Vosskuhl Gelbe" not in people
    assert {"Ertugrul", "Raabe", "Vosskuhl"} <= people


def test_a_label_with_a_note_before_its_colon_is_read_without_error():
    text = (
        "Hosts bat first. (Reuters)\n\nScores - Hosts v Visitors - Total (for 4 wickets) 132 Fall of wickets: 1-20 2-54 3-80 4-96 To bat: Ravi "
        "Kumaran, Ali Khanzada, Sam Patelo, Tom Reedly, Jay Shahid, Max Leeson, Dev Raoul, Ian Bellamy Bowling (to "
        "date): Lewiston 10-2-30-1"
    )
    people = {m.key for m in find_entities(text, "en").of("person")}
    assert "Ravi Kumaran" in people
