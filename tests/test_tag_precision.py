"""The precision of judged tags is reported as judged, then for the tags the
current code still gives. Fictional archive exports throughout."""

from __future__ import annotations

import json

from bench.tag_precision import main, read_judgements, report, tally, wilson

EXPORT = """-- Halvern Freight cuts its forecast
-- By Ana Ruiz
-- Tue Jan 5, 2010 9:01am EST
-- http://www.reuters.com/article/id1

NEW YORK (Reuters) - Halvern Freight Inc said on Tuesday its profit fell, and Chief Executive Dana Quarles
said the company would cut 200 jobs in Ohio. (Reporting by Ana Ruiz; Editing by Tom Lee)
"""


def _corpus(tmp_path, judged: list[dict]):
    day = tmp_path / "archive" / "20100105"
    day.mkdir(parents=True)
    (day / "us-halvern-id1").write_text(EXPORT, encoding="utf-8")
    labels = tmp_path / "judged.jsonl"
    labels.write_text("".join(json.dumps(record) + "\n" for record in judged), encoding="utf-8")
    return tmp_path / "archive", labels


def _judged(kind: str, tag: str, right: bool, reason: str | None = None) -> dict:
    return {"sample": 1, "file": "20100105/us-halvern-id1", "kind": kind, "tag": tag, "right": right, "reason": reason}


def test_judged_tags_are_counted_as_kept_or_gone(tmp_path):
    corpus, labels = _corpus(
        tmp_path,
        [
            _judged("people", "Dana Quarles", True),
            _judged("people", "Chief Executive Dana Quarles", False, "title_or_extra"),  # no tag now
            _judged("places", "US", True),
        ],
    )
    kinds, changes = tally(corpus, read_judgements(labels))
    people = kinds[1, "people"]
    assert (people.judged, people.right, people.kept_right, people.gone_wrong) == (2, 1, 1, 1)
    assert kinds[1, "places"].kept_right == 1
    assert changes == [
        "sample 1 20100105/us-halvern-id1 people: 'Chief Executive Dana Quarles', wrong (title_or_extra),"
        " no longer given"
    ]
    table = report(kinds)
    assert "0.500" in table.splitlines()[1] and "1.000" in table.splitlines()[1]  # judged then, kept now


def test_a_share_s_interval_holds_it():
    low, high = wilson(134, 150)
    assert 0.83 < low < 134 / 150 < high < 0.94
    assert wilson(0, 0) == (0.0, 1.0)


def test_stories_missing_from_the_folder_are_named_not_guessed(tmp_path, capsys):
    corpus, labels = _corpus(tmp_path, [dict(_judged("people", "Dana Quarles", True), file="20100105/gone")])
    assert main(["--corpus", str(corpus), "--labels", str(labels)]) == 2
    assert "20100105/gone" in capsys.readouterr().out
