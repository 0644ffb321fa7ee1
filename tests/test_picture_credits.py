"""Picture credits, source lines and bylines inside a story's text: what the
photographer, the picture library or the agency a story drew on is credited
with is no tag. All copy is fictional."""

import pytest
from wire.tagging.picture_credits import credit_spans
from wire.tagging.tagger import tag_dispatch


def credits(text: str) -> list[str]:
    return [text[start:end] for start, end in credit_spans(text)]


@pytest.mark.parametrize(
    "text, credit",
    [
        ("Die Bühne am Abend. © picture alliance / dpa | Lena Brockmann", "picture alliance / dpa | Lena Brockmann"),
        ("Der Kandidat in Görlitz. Foto: MARTIN KELLERHOF/AFP", "MARTIN KELLERHOF/AFP"),
        ("Die Halle am Morgen. © FUNKE Foto Services | Ivo Ottmann", "FUNKE Foto Services | Ivo Ottmann"),
        ("Mit Material der Nachrichtenagenturen dpa und AFP", "Nachrichtenagenturen dpa und AFP"),
        ("Die Spieler jubeln. Bild: Nordsee Press Agency / Tarek Alsaidi", "Nordsee Press Agency / Tarek Alsaidi"),
        ("Eine geschnitzte Figur aus Grönland. SWR", "SWR"),
        ("Das Büdchen steht vor dem Aus. Von Anton Vielhaber", "Von Anton Vielhaber"),
        ("Quellen: CNN, Kestrel Foundation for Justice", "CNN, Kestrel Foundation"),
    ],
)
def test_a_credit_runs_from_its_mark_to_its_last_name(text, credit):
    assert credits(text) == [credit]


@pytest.mark.parametrize(
    "text, credit",
    [
        (
            "Tanz am Kanal. © Fabian Sommerfeld/dpa Joe Chialowski (CDU), Kultursenator, kam auch.",
            "Fabian Sommerfeld/dpa",
        ),
        ("© Getty Images Alexander Zvorek hatte am Freitag keine Probleme", "Getty Images"),
        (
            "Auf dem Platz. © Omar Messner/Getty Images | Omar Messner/Getty Images Gleich zu Beginn",
            "Omar Messner/Getty Images | Omar Messner/Getty Images",
        ),
        ("© Hanna Pleul/dpa Die Stimmung war ausgelassen.", "Hanna Pleul/dpa"),
    ],
)
def test_a_gallery_s_credit_ends_where_the_next_caption_begins(text, credit):
    assert credits(text) == [credit]


@pytest.mark.parametrize(
    "text",
    [
        "Der 17. Spieltag beginnt am Freitag.",
        "Das Spiel gegen St. Pauli endet 2:2.",
        "Ein Foto von Angela Merkel hängt im Flur.",
        "The index closed higher, traders said. Shares of Kestrel rose.",
    ],
)
def test_no_credit_where_no_mark_and_no_credit_line(text):
    assert credits(text) == []


def test_a_name_met_only_in_a_credit_is_no_tag():
    story = tag_dispatch(
        "Kanzler besucht Werft in Kiel",
        [
            "Bundeskanzler Olaf Scholz hat am Montag die Werft der Kestrel Marine in Kiel besucht. "
            "Der Kanzler sprach mit Beschäftigten. © picture alliance / dpa | Lena Brockmann",
            "Scholz beim Rundgang. Foto: MARTIN KELLERHOF/AFP",
            "Die Werft gehört zur Kestrel Marine GmbH, die 900 Menschen beschäftigt. SWR",
            "Mit Material der Nachrichtenagenturen dpa und AFP",
        ],
        "de",
    )

    assert story.people == ["Olaf Scholz"]
    assert "AFP" not in story.organizations and "dpa" not in story.organizations
    assert "SWR" not in story.organizations
    assert "Lena Brockmann" not in story.people + story.organizations


def test_a_name_in_a_credit_and_in_the_story_stays_a_tag():
    story = tag_dispatch(
        "Sender streicht Sendung",
        [
            "Der Südwestrundfunk (SWR) streicht seine Sendung am Abend, teilte der SWR am Montag mit. "
            "Ein Sprecher bestätigte das. © SWR",
        ],
        "de",
    )

    assert "SWR" in story.organizations


def test_the_entity_finder_the_evaluation_reads_leaves_credits_out_too():
    from wire.tagging.entities import find_entities

    text = "Werft in Kiel\n\nDer Kanzler besuchte die Werft. Foto: MARTIN KELLERHOF/AFP"
    found = find_entities(text, "de")

    assert "AFP" not in [mention.key for mention in found.of("organization")]
    assert "Martin Kellerhof" not in [mention.key for mention in found.of("person")]
