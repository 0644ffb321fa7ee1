"""How the recogniser's trainer reads its annotated corpora (fictional
sentences in each corpus's layout), and the word lists a model is trained
with and kept with."""

from __future__ import annotations

import pytest
from wire.tagging import name_features, name_lexicons, recogniser
from wire.tagging.data import make_recogniser
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


def _clear_feature_caches() -> None:
    for cached in (
        name_lexicons.org_words,
        name_features.word_features,
        name_features._neighbour,
        recogniser.reading_alone,
    ):
        cached.cache_clear()


@pytest.fixture
def fresh_feature_caches():
    _clear_feature_caches()
    yield
    _clear_feature_caches()


def test_the_model_reads_copy_with_the_word_lists_it_was_trained_with(monkeypatch, fresh_feature_caches):
    """A body added to the curated list the rules read is no feature the
    model learnt: the model's readings stay those of its training, and the
    rules alone take the new name."""
    text = (
        "Santa Claus visited the Holy Grail exhibition, said Jane Doe of Quenlar Ltd. "
        "The Holy See sent Marta Vell, and Ostwick Mills said nothing."
    )
    before = recogniser.recognise(text)
    listed = name_lexicons.organizations()
    more = {name: listed.get("NATO") for name in ("Santa Claus", "Holy Grail", "Holy See", "Jane Doe", "Marta Vell")}
    monkeypatch.setattr(name_lexicons, "organizations", lambda: {**listed, **more})
    _clear_feature_caches()
    assert {"Santa", "Holy", "See", "Jane"} <= name_lexicons.org_words()  # the rules' list has them

    assert recogniser.recognise(text) == before


def test_training_keeps_the_word_lists_beside_the_model(tmp_path, monkeypatch):
    corpora = tmp_path / "corpora"
    (corpora / "wikigold").mkdir(parents=True)
    (corpora / "wikigold" / "wikigold.conll.txt").write_text(CONLL_LINES * 3, encoding="utf-8")
    fiction = tmp_path / "training"
    fiction.mkdir()
    (fiction / "en.txt").write_text("=== en-1\n[[PER|Marta Vell]] leads [[ORG|Quenlar Ltd]].\n", encoding="utf-8")
    monkeypatch.setattr(make_recogniser, "FICTION", fiction)

    model = make_recogniser.train(corpora, iterations=2, out=tmp_path / "model.crfsuite")

    kept = name_features.read_lexicons(recogniser.lexicons_file(model))
    assert model.exists() and kept.words == name_features.live_lexicons().words
    assert "quenlar" not in kept.words["first_name"] and "anna" in kept.words["first_name"]
