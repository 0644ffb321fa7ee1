"""Football clubs known by name (the club table, from openfootball): a club
named like its city only where a score or an article says it is the side.
Fictional copy throughout."""

from __future__ import annotations

from wire.tagging.data.make_clubs import build
from wire.tagging.entities import find_entities
from wire.tagging.tagger import tag_dispatch


def _found(text: str, lang: str, countries: tuple[str | None, ...] = ()) -> dict[str, tuple[str, str]]:
    """Written form -> (kind, key) of every name found."""
    return {m.text: (m.kind, m.key) for m in find_entities(text, lang, countries).mentions}


def test_sides_in_a_line_of_results_are_clubs():
    text = "Results of matches played on Saturday:\nLeeds 2 Newcastle 1\nChelsea 0 Everton 3"
    found = _found(text, "en", ("GB", None))
    assert found["Leeds"] == ("organization", "Leeds United FC")
    assert found["Newcastle"] == ("organization", "Newcastle United FC")
    assert found["Chelsea"] == ("organization", "Chelsea FC")
    assert found["Everton"] == ("organization", "Everton FC")


def test_a_city_in_brackets_after_a_player_is_his_club():
    text = (
        "PARIS, Aug 24 (Reuters) - Leading goalscorers in the French league after Saturday's matches: "
        "3 - Anton Verhagen (Marseille), Paul Drobek (Bastia)."
    )
    found = _found(text, "en", ("FR", None))
    assert found["Marseille"] == ("organization", "Olympique de Marseille")
    assert found["Bastia"] == ("organization", "SC Bastia")


def test_a_city_before_its_country_and_score_a_role_or_the_club_in_apposition_is_the_club():
    text = (
        "SOCCER - CUP WINNERS' CUP RESULTS. In Edinburgh: Hearts (Scotland) 1 Red Star Belgrade (Yugoslavia) 1. "
        "Liverpool striker Mark Kenway was injured in the first half. Tom Dalvin spoke of his sadness at "
        "leaving Blackburn, the club he led to the title."
    )
    found = _found(text, "en", ("GB", None))
    assert found["Hearts"] == ("organization", "Heart of Midlothian FC")
    assert found["Liverpool"] == ("organization", "Liverpool FC")
    assert found["Blackburn"][0] == "organization"
    # the city, where no such words follow it in a sports story
    text = "SOCCER - Hearts and Celtic drew. Fans celebrated in Liverpool on Sunday after the final whistle."
    assert _found(text, "en", ("GB", None)).get("Liverpool", ("city",))[0] != "organization"


def test_the_town_of_a_dateline_is_no_club():
    text = "Algeciras (Cádiz) (EFE).- El equipo ganó el partido de liga y el entrenador celebró la victoria."
    assert ("organization", "Algeciras CF") not in _found(text, "es", ("ES", None)).values()


def test_a_club_of_several_countries_is_that_of_the_city_the_story_names():
    for city, club in (("Lisbon", "Sporting CP"), ("Madrid", "Sporting Gijón")):
        text = f"Paulo Mendes scored twice for Sporting on Friday in a league match played in {city}."
        assert _found(text, "en")["Sporting"] == ("organization", club)


def test_a_city_outside_a_sports_story_is_a_place():
    text = "LEEDS, England, March 3 (Reuters) - The council in Leeds said on Tuesday it would cut 300 jobs."
    found = _found(text, "en", ("GB", None))
    assert found["Leeds"][0] in {"city", "place"}
    assert all(kind != "organization" for kind, _ in found.values())


def test_spanish_names_a_club_with_the_article_a_city_has_not():
    text = (
        "Badajoz, 3 mar (EFE).- El Real Madrid ganó 2-1 al Mérida en un partido de liga que se jugó en Mérida "
        "ante 8.000 espectadores."
    )
    found = find_entities(text, "es", ("ES", None)).mentions
    clubs = {(m.text, m.key) for m in found if m.kind == "organization"}
    assert ("Real Madrid", "Real Madrid") in clubs
    assert any(text == "Mérida" and key.endswith("Mérida") for text, key in clubs)
    # "en Mérida": the city, read once more as a city
    assert [m.kind for m in found if m.text == "Mérida"].count("city") == 1


def test_a_city_before_a_score_in_north_american_copy_is_no_football_club():
    text = "BOSTON (AP) _ Daniel Mercer scored twice as Boston beat Chicago 3-1 on Sunday."
    assert all(kind != "organization" for kind, _ in _found(text, "en", ("US", None)).values())


def test_a_club_s_name_outside_a_sports_story_is_no_particular_club():
    text = "SAN DIEGO (Reuters) - A zoo in San Diego said on Thursday the Athletic Club said it would help."
    assert "Athletic Club Bilbao" not in {key for _, key in _found(text, "en", ("US", None)).values()}


def test_a_club_in_a_sports_story_by_its_own_name():
    text = "Bilbao, 7 nov (EFE).- El Athletic Club renovó a su entrenador tras una temporada de liga con el equipo."
    assert _found(text, "es", ("ES", None))["Athletic Club"] == ("organization", "Athletic Club Bilbao")


def test_a_word_opening_a_sentence_is_no_club_unless_read_as_one():
    text = "Madrid, 3 mar (EFE).- Como cada temporada, el equipo jugará la liga con su entrenador."
    assert "Como 1907" not in {key for _, key in _found(text, "es", ("ES", None)).values()}


def test_a_place_of_one_word_stays_a_place_without_a_score_or_article():
    text = "LONDON, July 3 (Reuters) - The champion won her second-round match at Wimbledon, the coach said."
    assert not {"Wimbledon FC", "AFC Wimbledon"} & {key for _, key in _found(text, "en", ("GB", None)).values()}


def test_a_region_stays_a_region_without_a_score_or_article():
    text = "DENVER, March 3 (Reuters) - The team won the league game in Colorado, the coach said after the season."
    assert ("organization", "Colorado Rapids") not in _found(text, "en", ("US", None)).values()


def test_the_club_table_build_rules(tmp_path):
    folder = tmp_path / "europe" / "utopia"
    folder.mkdir(parents=True)
    (folder / "es.clubs.txt").write_text(
        "= Spain\n\n"
        "Deportivo Ficticio, 1920, @ Estadio Nuevo, Villaficticia\n"
        "  | Ficticio | D. Ficticio | Deportivo Ficticio de Villaficticia [en]\n"
        "  | Europa | España | Ficticio    # old name\n"
        "ii) Deportivo Ficticio B\n"
        "  | Ficticio B\n"
        "Unión Ficticia,  Villaficticia\n"
        "  | Unión\n",
        encoding="utf-8",
    )
    (folder / "eng.clubs.txt").write_text("= England\n\nUnión Ficticia, London\n  | Ficticia\n", encoding="utf-8")
    clubs = {(club.name, club.country): club.forms for club in build(tmp_path)}
    assert clubs[("Deportivo Ficticio", "ES")] == [
        "Deportivo Ficticio",
        "Ficticio",
        "Deportivo Ficticio de Villaficticia",
    ]  # no abbreviation, region or country, nor the reserve side
    assert clubs[("Unión Ficticia (ES)", "ES")] == ["Unión Ficticia"]  # "Unión": a word of running text
    assert clubs[("Unión Ficticia (GB)", "GB")] == ["Unión Ficticia", "Ficticia"]


def test_a_club_s_number_and_a_saint_before_its_name_abbreviate_nothing(tmp_path):
    folder = tmp_path / "europe" / "utopia"
    folder.mkdir(parents=True)
    (folder / "de.clubs.txt").write_text(
        "= Germany\n\n"
        "1. FC Nordheim 05, 1905,  @ Nordstadion,  Nordheim\n"
        "  | Nordheim 05 | FC Nordheim | 1. Fußball-Club Nordheim 05\n"
        "FC St. Beispiel, Beispielstadt\n"
        "  | St. Beispiel | FC Sankt Beispiel\n"
        "N. Ficticia, Nordheim\n"
        "  | Nordheim Ficticia\n",
        encoding="utf-8",
    )
    clubs = {club.name: club.forms for club in build(tmp_path)}
    assert clubs == {
        "1. FC Nordheim 05": ["1. FC Nordheim 05", "Nordheim 05", "FC Nordheim", "1. Fußball-Club Nordheim 05"],
        "FC St. Beispiel": ["FC St. Beispiel", "St. Beispiel", "FC Sankt Beispiel"],
    }  # "N. Ficticia": an abbreviated name, and the club's other names with it


def test_a_club_named_with_its_number_is_one_tag_however_a_story_shortens_it():
    story = tag_dispatch(
        "",
        ["Der 1. FC Köln gewann 2:1 gegen Union Berlin. Der FC Köln steht damit auf Platz drei."],
        "de",
    )
    assert story.organizations == ["1. FC Köln", "1. FC Union Berlin"]


def test_a_club_s_other_names_beside_its_name_are_one_tag():
    story = tag_dispatch(
        "FC Bayern gewinnt 2:0",
        [
            "Der FC Bayern hat am Samstag gegen Borussia Dortmund 2:0 gewonnen.",
            "Der Bayern-Trainer lobte sein Team, der BVB haderte mit dem Schiedsrichter.",
        ],
        "de",
    )
    assert story.organizations == ["Bayern München", "Borussia Dortmund"]


def test_a_club_s_own_letters_are_the_club_though_an_airport_s_code_names_a_town():
    story = tag_dispatch("", ["Der BVB gewann am Samstag 2:0 gegen Augsburg, der LASK spielte 1:1."], "de")

    assert {"Borussia Dortmund", "LASK Linz"} <= set(story.organizations)


def test_letters_opening_a_longer_name_are_no_club():
    story = tag_dispatch(
        "",
        ["Das Spiel endete 2:0. Der Sender erreichte laut AGF Videoforschung einen Marktanteil von 30 Prozent."],
        "de",
    )

    assert "AGF Aarhus" not in story.organizations


def test_business_copy_that_wins_again_and_again_is_no_sports_story():
    from wire.tagging.topics import sport_words

    text = "The team won approval, won a contract and won praise; it will win more, the team said."
    assert sport_words(text, "en") == 3  # team, won, win: each once


def test_a_part_of_the_world_is_no_club_without_a_score():
    text = (
        "NEW YORK, May 3 (Reuters) - The management team won approval for its plan to grow in Latin America "
        "and in corporate America this season, the company said."
    )
    assert "America RJ" not in {key for _, key in _found(text, "en", ("US", None)).values()}
