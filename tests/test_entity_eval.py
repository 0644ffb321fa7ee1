"""The entity evaluation reads public NER corpora and hand-labelled dispatches
as they come, and counts what a reader would: fictional data only."""

import json

from bench.entity_eval import (
    Tally,
    _collapse_people,
    _documents,
    _gold_names,
    evaluate_dev,
    evaluate_ner,
    score_sets,
)

CONLL_ES = """Madrid B-LOC
, O
3 O
may O
( O
EFE B-ORG
) O
. O

La O
ministra O
Carmen B-PER
Ortiz I-PER
dijo O
que O
el O
Banco B-ORG
de I-ORG
España I-ORG
subirá O
los O
tipos O
. O

Lima B-LOC
, O
3 O
may O
( O
EFE B-ORG
) O
. O

El O
presidente O
Julio B-PER
Navarro I-PER
viajó O
a O
Chile B-LOC
. O
"""


def test_conll_2002_is_cut_into_dispatches_at_their_datelines(tmp_path):
    path = tmp_path / "esp.train"
    path.write_text(CONLL_ES, encoding="utf-8")
    docs = _documents(path)
    assert [words[0] for words, _ in docs] == ["Madrid", "Lima"]


def test_public_corpora_are_scored_per_language_and_type(tmp_path):
    (tmp_path / "esp.train").write_text(CONLL_ES, encoding="utf-8")
    tally = evaluate_ner(tmp_path, 10)
    tp, fp, fn = tally.counts[("es", "people")]
    assert tp + fn == 2  # Carmen Ortiz, Julio Navarro
    assert tp == 2
    assert tally.counts[("es", "places")][0] >= 1  # Chile


def test_a_conll_2002_document_gives_the_tagger_its_dateline_as_a_dispatch_does(tmp_path):
    # "Santander, 25 may (EFE). -": the town the story was filed from, all through it; not the bank
    rows = "Santander B-LOC|, O|25 O|may O|( O|EFE B-ORG|) O|. O|- O|El O|alcalde O|de O|Santander B-LOC|dijo O|hoy O"
    rows += "|que O|la O|obra O|acabará O|pronto O|. O"
    (tmp_path / "esp.train").write_text("".join(row + "\n" for row in rows.split("|")), encoding="utf-8")
    tally = evaluate_ner(tmp_path, 10)
    assert tally.counts[("es", "places")] == [1, 0, 0]
    assert tally.counts[("es", "organizations")][1] == 0


def test_the_lost_conjunction_is_put_back_inside_any_name_the_corpus_labels(tmp_path):
    # "ministro de Trabajo. Asuntos Sociales": the remit, labelled MISC, had "y" in EFE's copy
    rows = "Madrid B-LOC|( O|EFE B-ORG|) O|. O|- O|El O|ministro O|de O|Trabajo. B-MISC|Asuntos I-MISC"
    rows += "|Sociales I-MISC|, O|Ana B-PER|Gil I-PER|, O|habló O|hoy O|. O"
    (tmp_path / "esp.train").write_text("".join(row + "\n" for row in rows.split("|")), encoding="utf-8")
    [(words, labels)] = _documents(tmp_path / "esp.train")
    assert " ".join(words[8:13]) == "de Trabajo y Asuntos Sociales"
    assert labels[words.index("Ana")] == "B-PER"


def evaluate_one(tmp_path, lang: str, text: str, row: dict):
    """The development-set tally of one dispatch ``text`` labelled ``row``."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / row["file"]).write_text(text, encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / f"entities_{lang}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return evaluate_dev(corpus, labels)


def test_hand_labels_match_any_form_an_organisation_takes(tmp_path):
    text = (
        "Acme Widgets cuts jobs\n\nNEW YORK, March 3 (Reuters) - The Nordic Grid Authority (NGA) said on "
        "Monday that prices rose. Chief Executive Ingrid Solbakken said the NGA would act.\n"
    )
    row = {
        "file": "one.txt",
        "people": ["Ingrid Solbakken"],
        "organizations": ["Nordic Grid Authority|NGA"],
        "places": ["US"],
    }
    tally = evaluate_one(tmp_path, "en", text, row)
    assert tally.counts[("en", "people")] == [1, 0, 0]
    assert tally.counts[("en", "organizations")][0] == 1
    assert tally.counts[("en", "places")] == [1, 0, 0]


def test_wikinews_articles_become_dispatches_with_their_headline_and_day(tmp_path, monkeypatch):
    from bench.corpora import wikinews_fr

    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "40001.html").write_text(
        "<!DOCTYPE html><html><head><title>Brest : le port rouvre</title></head><body>"
        "<h1>Brest : le port rouvre</h1>"
        "<p>1er juillet 2012. - Le port de Brest a rouvert <b>lundi</b>, a indiqué Claire Morvan.</p>"
        "<p>Les  ferries   reprendront mardi.</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "corpus"
    monkeypatch.setattr("sys.argv", ["wikinews_fr", str(documents), str(out)])
    wikinews_fr.main()
    assert (out / "wikinews-fr-40001.txt").read_text(encoding="utf-8") == (
        "Brest : le port rouvre\n\n"
        "1er juillet 2012. - Le port de Brest a rouvert lundi, a indiqué Claire Morvan.\n\n"
        "Les ferries reprendront mardi.\n"
    )
    expected = json.loads((out / "expected.jsonl").read_text(encoding="utf-8"))
    assert (expected["date"], expected["precision"], expected["headline"]) == (
        "2012-07-01",
        "day",
        "Brest : le port rouvre",
    )


def test_the_conjunction_a_copy_of_conll_2002_lost_inside_names_is_put_back(tmp_path):
    # the tokens "Pesca." and "Alimentación" inside one name were "Pesca y Alimentación"
    rows = [
        ("Madrid", "B-LOC"),
        (",", "O"),
        ("23", "O"),
        ("may", "O"),
        ("(", "O"),
        ("EFE", "B-ORG"),
        (")", "O"),
        (".", "O"),
        ("El", "O"),
        ("Ministerio", "B-ORG"),
        ("de", "I-ORG"),
        ("Pesca.", "I-ORG"),
        ("Alimentación", "I-ORG"),
        ("firmó", "O"),
        ("con", "O"),
        ("el", "O"),
        ("Sr.", "O"),
        ("Ruiz", "B-PER"),
        (".", "O"),
    ]
    path = tmp_path / "esp.train"
    path.write_text("".join(f"{word} X {label}\n" for word, label in rows), encoding="utf-8")
    [(words, labels)] = _documents(path)
    at = words.index("Pesca")
    assert words[at : at + 3] == ["Pesca", "y", "Alimentación"]
    assert labels[at : at + 3] == ["I-ORG", "I-ORG", "I-ORG"]
    assert "Sr." in words  # an abbreviation outside a name is left as it is


def test_a_dispatch_is_scored_with_the_countries_of_its_dateline_as_the_tagger_reads_it(tmp_path):
    # the story names Portugal, its dateline is in Spain: the tagger's PP is Spain's, and so is the scorer's
    text = (
        "El PP rechaza el acuerdo\n\nMérida, 3 may (EFE).- El PP votó hoy en contra del acuerdo fronterizo"
        " con Portugal, según informó su portavoz parlamentario.\n"
    )
    row = {"file": "uno.txt", "people": [], "organizations": ["PP"], "places": ["ES", "PT"]}
    tally = evaluate_one(tmp_path, "es", text, row)
    assert tally.counts[("es", "organizations")] == [1, 0, 0]


CONLL_EN_ACRONYM = """-DOCSTART- O

The O
Kestrel B-ORG
Workers I-ORG
Union I-ORG
( O
KWU B-ORG
) O
called O
a O
strike O
. O

KWU B-ORG
leaders O
met O
Halvern B-ORG
Motors I-ORG
on O
Monday O
. O
"""


def test_an_acronym_in_brackets_after_its_name_is_one_gold_organisation(tmp_path):
    (tmp_path / "eng.train").write_text(CONLL_EN_ACRONYM, encoding="utf-8")
    tally = evaluate_ner(tmp_path, 10)
    tp, fp, fn = tally.counts[("en", "organizations")]
    assert tp + fn == 2  # the union (its name and its acronym), the carmaker


def test_each_gold_name_is_paired_with_a_prediction_so_that_most_are_matched():
    # a story naming Bonn and Germany: the town also tags its country, so the
    # country's forms hold the town's name; both gold names are found
    tally = Tally()
    score_sets(tally, "doc", "en", "places", [{"bonn"}, {"germany"}], [{"germany", "de", "bonn"}, {"bonn"}])
    assert tally.counts[("en", "places")] == [2, 0, 0]
    assert tally.errors == []


def test_m_is_a_title_in_french_gold_names_and_an_initial_elsewhere():
    words, labels = ["M.", "Atherton", "scored"], ["B-PER", "I-PER", "O"]
    assert _gold_names(words, labels, "en")["PER"] == [{"m atherton"}]
    assert _gold_names(words, labels, "fr")["PER"] == [{"atherton"}]


def evaluate_conll_english(tmp_path, words: list[str], labels: list[str]) -> Tally:
    """The public-corpora evaluation of one CoNLL-2003 English document of ``words`` and ``labels``."""
    (tmp_path / "eng.train").write_text(
        "-DOCSTART- -X- O O\n\n" + "".join(f"{w} NNP O {t}\n" for w, t in zip(words, labels, strict=True)),
        encoding="utf-8",
    )
    return evaluate_ner(tmp_path, 10)


def test_gold_organisations_the_tagger_finds_as_one_are_one(tmp_path):
    # the labels name "United Nations" and "U.N." apart; the tagger finds one body
    # written both ways, and has found both
    words = "The United Nations said on Monday that U.N. troops would stay .".split()
    labels = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    tally = evaluate_conll_english(tmp_path, words, labels)
    assert tally.counts[("en", "organizations")] == [1, 0, 0]


def test_a_country_the_story_names_two_ways_is_one_gold_place_but_its_towns_are_their_own(tmp_path):
    # the labels name "U.S." and "United States" apart; the tagger finds one country written both ways
    words = "The U.S. envoy flew to Chicago , where the United States said Britain agreed .".split()
    labels = ["O", "B-LOC", "O", "O", "O", "B-LOC", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "O"]
    tally = evaluate_conll_english(tmp_path, words, labels)
    # the United States, Chicago (a town of it, a place of its own) and Britain: three places, all found
    assert tally.counts[("en", "places")] == [3, 0, 0]


def test_a_region_read_as_its_country_and_the_country_named_are_two_places_found(tmp_path):
    # the tagger reads "Ohio" as a region of the United States, and "U.S." as the
    # country: each is a place of its own, found once, as the labels have them
    words = "A U.S. court in Ohio ruled on Monday .".split()
    labels = ["O", "B-LOC", "O", "O", "B-LOC", "O", "O", "O", "O"]
    tally = evaluate_conll_english(tmp_path, words, labels)
    assert tally.counts[("en", "places")] == [2, 0, 0]
    # a town's country is no place of its own: "Toledo" alone is one place found, not two
    words = "The plant in Toledo will close , the union said .".split()
    labels = ["O", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O"]
    tally = evaluate_conll_english(tmp_path, words, labels)
    assert tally.counts[("en", "places")] == [1, 0, 0]


HIPE_HEADER = "\t".join(
    "TOKEN NE-COARSE-LIT NE-COARSE-METO NE-FINE-LIT NE-FINE-METO NE-FINE-COMP NE-NESTED NEL-LIT NEL-METO MISC".split()
)


def hipe_document(tmp_path, rows: list[tuple[str, str, str, str]]):
    """The one document of a HIPE file of ``rows``: (word, coarse label,
    component label, misc)."""
    lines = "".join(f"{w}\t{t}\tO\t{t}\tO\t{c}\tO\t_\t_\t{m}\n" for w, t, c, m in rows)
    path = tmp_path / "HIPE-data-v1.4-dev-fr.tsv"
    path.write_text(HIPE_HEADER + "\n# document_id = one\n" + lines, encoding="utf-8")
    ((words, labels),) = _documents(path)
    return words, labels


def test_a_hipe_persons_gold_is_the_name_its_mention_marks(tmp_path):
    # HIPE's mention holds the title and the apposition; the name is marked in it
    rows = [
        ("M", "B-pers", "B-comp.title", "_"),
        (".", "I-pers", "I-comp.title", "_"),
        ("Louis", "I-pers", "B-comp.name", "_"),
        ("Thorens", "I-pers", "I-comp.name", "_"),
        (",", "I-pers", "O", "_"),
        ("vice-président", "I-pers", "B-comp.function", "_"),
        ("a", "O", "O", "_"),
        ("parlé", "O", "O", "_"),
        ("avec", "O", "O", "_"),
        ("Weber", "B-pers", "O", "_"),
        (".", "O", "O", "_"),
    ]
    words, labels = hipe_document(tmp_path, rows)
    assert _gold_names(words, labels, "fr")["PER"] == [{"louis thorens"}, {"weber"}]


def test_words_hipe_prints_together_are_read_together(tmp_path):
    rows = [
        ("Le", "O", "O", "_"),
        ("conseiller", "O", "O", "_"),
        ("Paul", "B-pers", "O", "NoSpaceAfter"),
        ("-", "I-pers", "O", "NoSpaceAfter"),
        ("Emile", "I-pers", "O", "_"),
        ("Bonjour", "I-pers", "O", "_"),
        ("est", "O", "O", "_"),
        ("arrivé", "O", "O", "NoSpaceAfter"),
        (".", "O", "O", "_"),
    ]
    words, labels = hipe_document(tmp_path, rows)
    assert words == ["Le", "conseiller", "Paul-Emile", "Bonjour", "est", "arrivé."]
    assert _gold_names(words, labels, "fr")["PER"] == [{"paul-emile bonjour"}]


def test_a_person_named_by_the_first_or_last_words_of_a_fuller_name_is_one_person():
    names = {"jaime mayor oreja", "jaime mayor", "mayor oreja", "ana ruiz", "juan", "juan carlos", "juan pablo"}

    # "juan" opens two fuller names: which one it is, the story does not say
    assert _collapse_people(names) == {"jaime mayor oreja", "ana ruiz", "juan", "juan carlos", "juan pablo"}
