"""Parsing whole dispatches: headers, versions, priority words, bylines."""

from wire import versions
from wire.dispatch import parse_dispatch


def test_priority_words_leave_the_headline():
    d = parse_dispatch(
        "URGENT-Quake hits northern coast\n\nLIMA, Oct 3 (Reuters) - A strong quake hit the coast on Friday."
    )
    assert d.headline == "Quake hits northern coast"
    assert d.version.priority == "URGENT"


def test_version_prefixes():
    d = parse_dispatch("CORRECTED-UPDATE 2-Quake hits northern coast\n\nLIMA, Oct 3 (Reuters) - A strong quake hit.")
    assert d.headline == "Quake hits northern coast"
    assert (d.version.kind, d.version.number, d.version.corrected) == (versions.CORRECTION, 2, True)
    d = parse_dispatch("REFILE-Quake hits northern coast\n\nLIMA, Oct 3 (Reuters) - A strong quake hit.")
    assert d.version.kind == versions.REFILE


def test_ap_writethru_and_byline():
    d = parse_dispatch(
        "2ndLd-Writethru\nBy MARIA O'CONNOR\nAP Sports Writer\n\nATLANTA (AP) _ The Hawks won their fifth game in a row on Sunday night.\n"
    )
    assert (d.version.kind, d.version.number) == (versions.UPDATE, 2)
    assert d.authors == ["Maria O'Connor"]
    assert d.dateline.agency == "AP"


def test_header_lines_with_dashes_and_story_id():
    d = parse_dispatch(
        "-- id: L8N2TP0ZZ\n-- date: 2024-05\n\nGeneva (dpa) - Die Gespräche wurden am Montag fortgesetzt, wie es hieß."
    )
    assert d.story_id == "L8N2TP0ZZ"
    assert d.date.iso() == "2024-05"
    assert d.lang == "de"


def test_withdrawal_notice_names_the_story():
    d = parse_dispatch(
        'STORY WITHDRAWN\n\nPARIS, Oct 3 (Reuters) - The story headlined "Quake hits northern coast" is withdrawn. '
        "There will be no replacement story."
    )
    assert d.withdrawn
    assert d.withdrawn_quotes == ["Quake hits northern coast"]


def test_language_detection_in_four_languages():
    samples = {
        "fr": "Le gouvernement a présenté mercredi un projet de loi sur le logement.",
        "en": "The government presented a housing bill on Wednesday.",
        "es": "El Gobierno presentó el miércoles un proyecto de ley de vivienda.",
        "de": "Die Regierung hat am Mittwoch einen Gesetzentwurf zum Wohnungsbau vorgelegt.",
    }
    for lang, text in samples.items():
        assert parse_dispatch(f"PARIS (Reuters) - {text}").lang == lang


def test_a_story_about_something_withdrawn_is_not_a_withdrawal():
    for text in (
        "LIMA, Oct 3 (Reuters) - A man was killed in a shooting in the capital on Friday, police said.",
        "PARIS, 3 oct (Reuters) - Le projet de loi a été retiré vendredi par le gouvernement.",
        "Berlin (dpa) - Der Gesetzentwurf wurde am Freitag zurückgezogen.",
        "LONDON, Oct 3 (Reuters) - The bill has been withdrawn after protests, the minister said.",
    ):
        assert not parse_dispatch(text).withdrawn, text


def test_withdrawal_notices_in_four_languages():
    for text in (
        "PARIS, 3 oct (AFP) - La dépêche intitulée « Un séisme frappe la côte » est annulée. Veuillez la supprimer.",
        "Madrid, 3 oct (EFE).- La noticia titulada «Un terremoto sacude la costa» queda anulada.",
        "Berlin (dpa) - Die Meldung «Erdbeben erschüttert Küste» wird zurückgezogen.",
    ):
        assert parse_dispatch(text).withdrawn, text


def test_ordinary_headline_words_are_not_version_keys():
    d = parse_dispatch("Alert: heat wave grips the south\n\nROME, JUL 11 (ANSA) - Temperatures reached 41C on Friday.")
    assert d.headline == "Alert: heat wave grips the south"
    assert not d.withdrawn and d.version.priority is None


SHORT_PARAGRAPHS = (
    "Le port de Brest a rouvert lundi après trois jours de grève des dockers. Les ferries vers "
    "l'Irlande reprendront leurs rotations mardi matin, a indiqué la direction du port.\n\n"
    "Les dockers ont obtenu une hausse de leurs primes de nuit.\n\n"
    "La grève avait bloqué une quarantaine de navires en rade.\n"
)


def test_a_headline_above_short_paragraphs_is_read_and_a_paragraph_is_never_one():
    """Copy without a dateline whose paragraphs are short: the line on top is
    the headline; without it, the first paragraph is text, and the headline is
    made from it, not the paragraph whole."""
    with_headline = parse_dispatch("Brest : le port rouvre après la grève\n\n" + SHORT_PARAGRAPHS)
    assert with_headline.headline == "Brest : le port rouvre après la grève"
    assert not with_headline.headline_derived
    without = parse_dispatch(SHORT_PARAGRAPHS)
    assert without.headline_derived
    assert len(without.headline) <= 80
    assert without.paragraphs[0].startswith("Le port de Brest a rouvert lundi")
