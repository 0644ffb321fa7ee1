"""Credit lines and bylines in each language."""

import pytest
from wire.credits import parse_byline, parse_credit_paragraph

CASES = [
    ("(Reporting by Jane Doe and John Roe; Editing by Mark Smith)", ["Jane Doe", "John Roe"], ["Mark Smith"], []),
    ("(Reporting by Ann Bee, editing by Carl Dee)", ["Ann Bee"], ["Carl Dee"], []),
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
    ],
)
def test_ordinary_parentheses_are_not_credits(text):
    assert parse_credit_paragraph(text) is None


def test_bylines():
    assert parse_byline("By JANE DOE") == ["Jane Doe"]
    assert parse_byline("By Jane Doe and Jim O'Roe") == ["Jane Doe", "Jim O'Roe"]
    assert parse_byline("Par Marie Dupont") == ["Marie Dupont"]
    assert parse_byline("Bylines are rare in prose") is None
