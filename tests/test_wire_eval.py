"""The real-copy evaluation, run on a small fictional corpus."""

import json
from pathlib import Path

from bench.wire_eval import dangles, evaluate_corpus, main, overlap, without_headline_line

CORPUS = Path(__file__).parent / "wire_eval_corpus"


def test_every_field_is_scored_per_language():
    figures, errors = evaluate_corpus(CORPUS)
    assert figures["all"]["files"] == 5
    assert figures["all"]["quarantined"] == 1
    assert figures["all"]["quarantine_reasons"] == {"empty file": 1}
    for lang in ("en", "fr", "es"):
        for name in ("date", "precision", "dateline_city", "agency"):
            assert figures[lang][name] == {"expected": 1, "accuracy": 1.0, "none_expected": 0, "spurious": 0}
        assert figures[lang]["authors"]["f1"] == 1.0
    # Kassel has no date in its text: the converter dates it when it arrived
    assert figures["de"]["date"]["accuracy"] == 0.0
    assert figures["de"]["date_from_received"] == 1
    # its expectation names no agency (a wrong label, on purpose): the dpa read is counted as found where none is
    assert figures["de"]["agency"] == {"expected": 0, "accuracy": None, "none_expected": 1, "spurious": 1}
    assert "de_kassel.txt agency: expected None got 'dpa'" in errors
    # one expected editor is not in the copy: recall falls, precision stays
    assert figures["de"]["editors"]["precision"] == 1.0
    assert figures["de"]["editors"]["recall"] == 0.5
    assert figures["es"]["translators"] == {"expected": 1, "found": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert figures["fr"]["translators"]["f1"] is None
    assert "de_kassel.txt editors: missing ['jonas brandtner'] extra []" in errors
    assert "empty.txt quarantined: empty file" in errors


def test_headlines_read_and_derived():
    figures, _ = evaluate_corpus(CORPUS)
    headline, derived = figures["en"]["headline"], figures["en"]["derived_headline"]
    assert headline == {"real": 1, "exact": 1.0, "normalised": 1.0, "derived_instead": 0}
    assert derived["tested"] == 1
    assert derived["other_line"] == 0
    assert 0 < derived["mean_length"] <= 80
    assert 0 < derived["word_f1"] < 1


def test_headline_measures():
    assert dangles("Le gouvernement annonce un plan pour les", "fr")
    assert dangles("Rates rise as the", "en")
    assert not dangles("Rates rise as inflation eases", "en")
    assert overlap("Acme lifts outlook", "Acme lifts its outlook") == 2 * 1 * 0.75 / 1.75
    text = "-- Acme lifts outlook\n-- By Ann Bee\n\nLAGOS (Reuters) - Acme lifted its outlook.\n"
    assert (
        without_headline_line(text, "Acme lifts outlook")
        == "-- By Ann Bee\n\nLAGOS (Reuters) - Acme lifted its outlook.\n"
    )
    assert without_headline_line(text, "Not there") is None


def test_command_line_writes_json(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert main(["--corpus", str(CORPUS), "--errors", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Credits" in printed and "de_kassel.txt precision: expected 'day' got 'minute'" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["figures"]["all"]["files"] == 5
