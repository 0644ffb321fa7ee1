"""Credit lines and bylines in each language."""

import pytest
from wire.credits import parse_byline, parse_credit_paragraph, take_credit
from wire.dispatch import parse_dispatch

CASES = [
    ("(Reporting by Jane Doe and John Roe; Editing by Mark Smith)", ["Jane Doe", "John Roe"], ["Mark Smith"], []),
    ("(Reporting by Ann Bee, editing by Carl Dee)", ["Ann Bee"], ["Carl Dee"], []),
    # roles parted by the end of a sentence
    (
        "(Reporting by Ann Bee in Bangalore and Bo Cee in New York. Additional reporting by Dan D'Eel. "
        "Editing by Fay Gum and Hal Ive )",
        ["Ann Bee", "Bo Cee", "Dan D'Eel"],
        ["Fay Gum", "Hal Ive"],
        [],
    ),
    (
        "(Additional reporting by Dan Eel in Kyiv; Writing by Eve Fox; Editing by Fay Gum and Hal Ive)",
        ["Dan Eel", "Eve Fox"],
        ["Fay Gum", "Hal Ive"],
        [],
    ),
    (
        "(Reportage Jarrett Renshaw et Jan Wolfe, avec Pavel Polityuk et Matthias Williams; "
        "version française Laetitia Volga et Jean Terzian)",
        ["Jarrett Renshaw", "Jan Wolfe", "Pavel Polityuk", "Matthias Williams"],
        [],
        ["Laetitia Volga", "Jean Terzian"],
    ),
    ("(Rédigé par Anne Leroy, édité par Paul Martin)", ["Anne Leroy"], ["Paul Martin"], []),
    ("- Reporting by: Hans Müller\n- Editing by: Eva Schmidt", ["Hans Müller"], ["Eva Schmidt"], []),
    ("(Redaktion: Eva Schmidt)", [], ["Eva Schmidt"], []),
    ("(Información de Ana Pérez; editado por Luis Gómez)", ["Ana Pérez"], ["Luis Gómez"], []),
    ("(Redacción de Iker Etxeberria; traducción de Ana López)", ["Iker Etxeberria"], [], ["Ana López"]),
    ("(Berichterstattung: Lea Kurz; Übersetzung: Tom Lind)", ["Lea Kurz"], [], ["Tom Lind"]),
    # German
    ("(Reporter: Lea Kurz, Jonas Brandt; Redaktion: Eva Schmidt)", ["Lea Kurz", "Jonas Brandt"], ["Eva Schmidt"], []),
    (
        "(Bericht von Lea Kurz; geschrieben von Jonas Brandt; redigiert von Eva Schmidt)",
        ["Lea Kurz", "Jonas Brandt"],
        ["Eva Schmidt"],
        [],
    ),
    ("(Bericht von Lea Kurz in Wien; übersetzt von Tom Lind)", ["Lea Kurz"], [], ["Tom Lind"]),
    ("(Lena Hofbauer, Jakob Steindl, 26.4.2016)", ["Lena Hofbauer", "Jakob Steindl"], [], []),
    ("(Lena Hofbauer; 01.11.2015)", ["Lena Hofbauer"], [], []),
    # Spanish
    (
        "(Información de Ana Pérez y Luis Gómez; traducido por Marta Ruiz; editado en español por Pablo Sanz)",
        ["Ana Pérez", "Luis Gómez"],
        ["Pablo Sanz"],
        ["Marta Ruiz"],
    ),
    ("(Reporte de Ana Pérez; Editado por Luis Gómez)", ["Ana Pérez"], ["Luis Gómez"], []),
    ("(Con información de Ana Pérez)", ["Ana Pérez"], [], []),
    ("(Información de Ana Pérez en Bogotá; traducido al español por Marta Ruiz)", ["Ana Pérez"], [], ["Marta Ruiz"]),
    # French
    (
        "(Reportage du bureau de Moscou; rédigé par Anne Leroy; édité par Paul Martin)",
        ["Anne Leroy"],
        ["Paul Martin"],
        [],
    ),
    ("(Avec Claire Vasseur à Genève)", ["Claire Vasseur"], [], []),
    ("(Reportage Anne Leroy; traduit de l'anglais par Marc Roux)", ["Anne Leroy"], [], ["Marc Roux"]),
    # English
    (
        "(Reporting by Dan Eel in Lagos; Additional reporting by Eve Fox; Writing by Fay Gum; Editing by Hal Ive)",
        ["Dan Eel", "Eve Fox", "Fay Gum"],
        ["Hal Ive"],
        [],
    ),
    (
        "(Compiled by Ann Bee, Carl Dee and Dan Eel; Editing by Eve Fox)",
        ["Ann Bee", "Carl Dee", "Dan Eel"],
        ["Eve Fox"],
        [],
    ),
    ("( Reporting by Ann Bee;  Editing by  Gary Hilton )", ["Ann Bee"], ["Gary Hilton"], []),
    ("(Reporting by Ann Bee, Carl Dee, and Dan Eel)", ["Ann Bee", "Carl Dee", "Dan Eel"], [], []),
    ("(Reporting by Ann Bee; Writing by Ann Bee; Editing by Carl Dee)", ["Ann Bee"], ["Carl Dee"], []),
    ("(Reporting by Ann Bee in New York and Carl Dee in Kyiv, Ukraine)", ["Ann Bee", "Carl Dee"], [], []),
    ("(Editing by Ann Bee and Editing by Carl Dee)", [], ["Ann Bee", "Carl Dee"], []),
    ("(Reporting by Ann Bee; editing by Carl Dee/Dan Eel)", ["Ann Bee"], ["Carl Dee", "Dan Eel"], []),
    ("(Reporting and writing by Ann Bee; Additional reporting by Carl Dee)", ["Ann Bee", "Carl Dee"], [], []),
    (
        "(Reporting by Ann Bee in Lagos, with additional reporting from Carl Dee and Dan Eel in Accra, editing by Eve Fox)",
        ["Ann Bee", "Carl Dee", "Dan Eel"],
        ["Eve Fox"],
        [],
    ),
    ("(Reporting by Ann Bee; Graphics by Carl Dee; Editing by Dan Eel)", ["Ann Bee"], ["Dan Eel"], []),
    ("Associated Press writer Dan Eel in Kyiv contributed to this report.", ["Dan Eel"], [], []),
    ("AP writers Ann Bee and Carl Dee contributed.", ["Ann Bee", "Carl Dee"], [], []),
    (
        "The Associated Press writers Ann Bee in Paris and Carl Dee in Rome contributed to this report.",
        ["Ann Bee", "Carl Dee"],
        [],
        [],
    ),
    # the writer's telephone, e-mail or messaging address after the names: no one's name
    ("(Writing by  Ann Bee , 44 20 7542 0000)", ["Ann Bee"], [], []),
    ("(Reporting by Ann Bee 312-408-0000)", ["Ann Bee"], [], []),
    (
        "(Reporting by Ann Bee, editing by Dan Eel; Reuters Messaging: ann.bee.example.com@example.net; "
        "e-mail: ann.bee@example.com, Tel: +1-202-310-0000)",
        ["Ann Bee"],
        ["Dan Eel"],
        [],
    ),
    ("(Reporting by Helsinki Newsroom; Editing by Dan Eel; news@example.fi; +358 9 6805 0000)", [], ["Dan Eel"], []),
    (
        "(Reporting by Ann Bee, 646-223-0000; Editing by  Carl Dee  and Dan Eel)",
        ["Ann Bee"],
        ["Carl Dee", "Dan Eel"],
        [],
    ),
]


@pytest.mark.parametrize("text, authors, editors, translators", CASES, ids=[c[0][:30] for c in CASES])
def test_credit_lines(text, authors, editors, translators):
    credits = parse_credit_paragraph(text)
    assert (credits.authors, credits.editors, credits.translators) == (authors, editors, translators)


@pytest.mark.parametrize(
    "text",
    [
        "(Le président a parlé)",
        "(Adds minister's comments in paragraph 3)",
        "(Reuters)",
        "The council voted on Tuesday.",
        "(Reporting by the council on 3 May shows growth)",
        "(Reportage du bureau de Moscou)",
        "Associated Press reported the vote contributed to the delay.",
        "The minister said writers contributed to the debate.",
        "(red, 16. 5. 2016)",
        "(siehe Seite 3, 12.4.2016)",
        "(New York, 12.4.2016)",
    ],
)
def test_ordinary_parentheses_are_not_credits(text):
    assert parse_credit_paragraph(text) is None


def test_bylines():
    assert parse_byline("By JANE DOE") == ["Jane Doe"]
    assert parse_byline("By Jane Doe and Jim O'Roe") == ["Jane Doe", "Jim O'Roe"]
    assert parse_byline("Par Marie Dupont") == ["Marie Dupont"]
    assert parse_byline("By  Ann Bee  and  Carl Dee  - Analysis") == ["Ann Bee", "Carl Dee"]
    assert parse_byline("By Ann Bee , Asia Autos Correspondent") == ["Ann Bee"]
    assert parse_byline("Bylines are rare in prose") is None


@pytest.mark.parametrize(
    "text", ["Mit Material von dpa", "mit Material der Agenturen", "(Con información de EFE)", "(APA, 11.9.2015)"]
)
def test_agency_credits_name_no_person(text):
    credits = parse_credit_paragraph(text)
    assert credits is not None and credits.agencies
    assert (credits.authors, credits.editors, credits.translators) == ([], [], [])


def test_agency_credit_names_the_agency():
    assert parse_credit_paragraph("Mit Material von dpa").agencies == ["dpa"]
    assert parse_credit_paragraph("(avec AFP)").agencies == ["AFP"]


def test_a_credit_line_closing_the_last_paragraph_is_taken_out():
    rest, credits = take_credit(
        "Shares rose 3 percent, the company said. (Reporting by Ann Bee; Editing by  Carl Dee )"
    )
    assert rest == "Shares rose 3 percent, the company said."
    assert (credits.authors, credits.editors) == (["Ann Bee"], ["Carl Dee"])
    rest, credits = take_credit("The vote is on Friday. AP writer Dan Eel in Kyiv contributed to this report.")
    assert rest == "The vote is on Friday."
    assert credits.authors == ["Dan Eel"]
    assert take_credit("The minister (a former judge) spoke. (Adds quotes)") is None
    assert take_credit("Le puits a été fermé, selon le quotidien (reportage de Libération)") is None
    rest, credits = take_credit("Shares fell. (Editing by Carl Dee) ($1=.7045 Euro)")
    assert rest == "Shares fell. ($1=.7045 Euro)"
    assert credits.editors == ["Carl Dee"]


def _dispatch(text):
    return parse_dispatch(text)


def test_dispatch_reads_a_closing_credit_line_and_drops_it_from_the_text():
    dispatch = _dispatch(
        "Acme profit rises\n\nLAGOS (Reuters) - Acme Corp said on Tuesday its profit rose 12 percent in the "
        "third quarter on stronger demand for its cement, and it raised its outlook for the year. The company "
        "said it would pay a special dividend. (Reporting by Dan Eel in Lagos; Editing by  Fay Gum )\n"
    )
    assert dispatch.authors == ["Dan Eel"]
    assert dispatch.editors == ["Fay Gum"]
    assert dispatch.paragraphs[-1].endswith("special dividend.")
    assert "Reporting" not in " ".join(dispatch.paragraphs)


def test_dispatch_keeps_an_agency_credit_in_the_text_and_names_no_author():
    dispatch = _dispatch(
        "Wien (dpa) - Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für "
        "Schulen und Straßenbahnen vorsieht.\n\nMit Material von dpa\n"
    )
    assert dispatch.authors == []
    assert dispatch.paragraphs[-1] == "Mit Material von dpa"


def test_byline_and_credit_line_name_each_person_once():
    dispatch = _dispatch(
        "Acme profit rises\nBy Dan Eel\n\nLAGOS (Reuters) - Acme Corp said on Tuesday its profit rose 12 percent "
        "in the third quarter on stronger demand for cement.\n\n(Reporting by Dan Eel and Eve Fox; Editing by Fay Gum)\n"
    )
    assert dispatch.authors == ["Dan Eel", "Eve Fox"]
    assert dispatch.editors == ["Fay Gum"]


def test_two_closing_credit_groups_are_both_read():
    dispatch = _dispatch(
        "Acme profit rises\n\nLAGOS (Reuters) - Acme Corp said on Tuesday its profit rose 12 percent in the third "
        "quarter on stronger demand for cement. (Editing by Fay Gum ) (Additional reporting by Eve Fox )\n"
    )
    assert dispatch.authors == ["Eve Fox"]
    assert dispatch.editors == ["Fay Gum"]
    assert dispatch.paragraphs[-1].endswith("demand for cement.")


def test_a_dated_sign_off_closing_the_text_names_its_author():
    rest, credits = take_credit("Das Urteil ist nicht rechtskräftig. (Lena Hofbauer, 10.5.2016)")
    assert rest == "Das Urteil ist nicht rechtskräftig."
    assert credits.authors == ["Lena Hofbauer"]
    # an agency alone stays in the text: it names no one
    assert take_credit("Der Stadtrat tagt am Montag. (APA, 11.9.2015)") is None


def test_a_writers_telephone_neither_stays_in_the_story_nor_makes_them_a_name_in_the_news():
    from wire.conversion import convert_to_markdown

    dispatch = (
        "-- Harbridge Mills to close two plants\n-- \n-- Tue Jun 18, 2013 2:59am EDT\n"
        "-- http://www.example.com/article/2013/06/18/harbridge-mills\n\n"
        " HARBRIDGE, England  (Reuters) - Textile maker Harbridge Mills said on Tuesday it would close"
        " two plants, chief executive Marta Quell told a news conference. (Writing by  Ann Bee , 44 20 7542 0000)\n"
    )
    markdown = convert_to_markdown(dispatch.encode(), "harbridge.txt")
    meta, body = markdown.split("\n\n", 1)
    assert "Authors: Ann Bee" in meta
    assert "Ann Bee" not in meta.split("People:", 1)[1].split("\n", 1)[0]
    assert "7542" not in markdown and "Writing by" not in body
