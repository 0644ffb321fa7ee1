"""How the recogniser's trainer reads its annotated corpora (fictional
sentences in each corpus's layout)."""

from __future__ import annotations

from wire.tagging.data.make_recogniser import GERMEVAL, Corpus, read_conll, read_marked

GERMEVAL_LINES = """\
#\thttp://example.org/fiktion\t[2014-01-01]
1\tDie\tO\tO
2\tFirma\tO\tO
3\tHolmwerk\tB-ORG\tO
4\tGmbH\tI-ORG\tO
5\taus\tO\tO
6\tKleinbrunn\tB-LOC\tO
7\tstellte\tO\tO
8\tdem\tO\tO
9\tdeutschen\tB-LOCderiv\tO
10\tHolmwerk-Chef\tB-ORGpart\tO
11\tAnna\tB-PER\tO
12\tLindqvist\tI-PER\tO
13\tden\tO\tO
14\tPreis\tB-OTH\tO
15\tvon\tI-OTH\tB-LOC
16\tKleinbrunn\tI-OTH\tI-LOC
17\tvor\tO\tO
18\t.\tO\tO

#\thttp://example.org/fiktion-2\t[2014-01-02]
1\tJa\tO\tO
2\t.\tO\tO
"""

CONLL_LINES = """\
-DOCSTART- O

Anna B-PER
Lindqvist I-PER
leads I-ORG
Holmwerk B-ORG
. O
"""


def test_germeval_layout_reads_outer_names_and_skips_source_lines(tmp_path):
    path = tmp_path / "NER-de-dev.tsv"
    path.write_text(GERMEVAL_LINES, encoding="utf-8")

    sentences = read_conll(path, Corpus(path.name, **GERMEVAL))

    assert [words for words, _ in sentences] == [
        "Die Firma Holmwerk GmbH aus Kleinbrunn stellte dem deutschen Holmwerk-Chef Anna Lindqvist"
        " den Preis von Kleinbrunn vor .".split(),
        ["Ja", "."],
    ]
    labels = dict(zip(*sentences[0], strict=True))
    assert (labels["Holmwerk"], labels["GmbH"]) == ("B-ORG", "I-ORG")
    assert labels["Kleinbrunn"] == "I-MISC"  # the outer name, an event's title
    assert labels["deutschen"] == "B-MISC"  # a word derived from a name
    assert labels["Holmwerk-Chef"] == "O"  # a name inside a word is none
    assert (labels["Anna"], labels["Lindqvist"]) == ("B-PER", "I-PER")
    assert labels["Preis"] == "B-MISC"


def test_conll_layout_takes_the_last_column(tmp_path):
    path = tmp_path / "corpus.conll"
    path.write_text(CONLL_LINES, encoding="utf-8")

    sentences = read_conll(path)

    assert sentences == [(["Anna", "Lindqvist", "leads", "Holmwerk", "."], ["B-PER", "I-PER", "B-ORG", "B-ORG", "O"])]


def test_a_marked_name_after_an_elided_article_starts_at_its_first_word(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "=== fr-1\nL'[[ORG|Autorité de sûreté des barrages]] a saisi l'[[ORG|ASPB]] d'[[LOC|Orléans]].\n",
        encoding="utf-8",
    )

    [(words, labels)] = read_marked(path)

    assert list(zip(words, labels, strict=True))[:8] == [
        ("L'", "O"),
        ("Autorité", "B-ORG"),
        ("de", "I-ORG"),
        ("sûreté", "I-ORG"),
        ("des", "I-ORG"),
        ("barrages", "I-ORG"),
        ("a", "O"),
        ("saisi", "O"),
    ]
    assert list(zip(words, labels, strict=True))[8:12] == [
        ("l'", "O"),
        ("ASPB", "B-ORG"),
        ("d'", "O"),
        ("Orléans", "B-LOC"),
    ]
