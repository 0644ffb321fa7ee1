"""German bodies' names in the nominative, as a tag names them whatever case
the sentence puts them in. All dispatches are fictional."""

import pytest
from wire.tagging.german_names import nominative
from wire.tagging.tagger import tag_dispatch


@pytest.mark.parametrize(
    "written, name",
    [
        ("Innenministeriums", "Innenministerium"),  # neuter, genitive -s
        ("Deutschen Fußballbundes", "Deutscher Fußballbund"),  # masculine, genitive -es
        ("Deutschen Bank", "Deutsche Bank"),  # feminine: no -s to take off
        ("Islamischen Staat", "Islamischer Staat"),  # dative
        ("Europäische Gerichtshof", "Europäischer Gerichtshof"),  # after the article, nominative
        ("Obersten Gerichtshofs", "Oberster Gerichtshof"),
        ("Deutschen Archäologischen Instituts", "Deutsches Archäologisches Institut"),
        ("Süddeutscher Zeitung", "Süddeutsche Zeitung"),  # feminine genitive without an article
        ("Wiener Musikvereins", "Wiener Musikverein"),  # a town's adjective does not decline
        ("Leipziger Landgerichts", "Leipziger Landgericht"),  # nor one in -iger
        ("Budapester Parlament", "Budapester Parlament"),
    ],
)
def test_a_german_body_is_named_in_the_nominative(written, name):
    assert nominative(written) == name


@pytest.mark.parametrize(
    "written",
    ["Democrats", "Goldman Sachs", "Hamas", "Gerichtshof der Europäischen Union", "Vereinten Nationen", "Rapid Wiens"],
)
def test_a_name_whose_head_is_not_a_known_german_noun_is_left_as_written(written):
    assert nominative(written) == written


def test_one_german_body_is_one_tag_in_every_case():
    first = tag_dispatch("", ["Wien – Die Klage liegt beim Obersten Gerichtshof, sagte Ina Wollmann."], "de")
    second = tag_dispatch("", ["Wien – Das Urteil des Obersten Gerichtshofs fiel am Montag, sagte Ina Wollmann."], "de")
    assert first.organizations == second.organizations == ["Oberster Gerichtshof"]


def test_a_german_body_s_acronym_takes_the_nominative_name_too():
    text = "Bagdad – Kämpfer des Islamischen Staats (IS) zogen ab. Der IS kündigte Angriffe an, sagte Ina Wollmann."
    assert tag_dispatch("", [text], "de").organizations == ["Islamischer Staat"]
