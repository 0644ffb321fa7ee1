"""The script that prepares a Reuters evaluation corpus chooses the files a
labels file names, from whichever copy of the dataset is at hand. Fictional
exports throughout."""

from __future__ import annotations

import json
import sys

import pytest

from bench.corpora import reuters_exports

EXPORT = """-- Acme Widgets profit rises
-- By Ana Ruiz
-- Tue Jan 5, 2010 9:01am EST
-- http://www.reuters.com/article/id{n}

NEW YORK (Reuters) - Acme Widgets Inc said on Tuesday its profit rose. (Reporting by Ana Ruiz; Editing by Tom Lee)
"""


def _run(monkeypatch, *args: str) -> None:
    monkeypatch.setattr(sys, "argv", ["reuters_exports", *args])
    reuters_exports.main()


def test_the_files_a_labels_file_names(tmp_path, monkeypatch):
    day = tmp_path / "source" / "20100105"
    day.mkdir(parents=True)
    for n in range(5):
        (day / f"us-acme-id{n}").write_text(EXPORT.format(n=n), encoding="utf-8")
    labels = tmp_path / "entities.jsonl"
    named = ["20100105-us-acme-id1.txt", "20100105-us-acme-id3.txt"]
    labels.write_text("".join(json.dumps({"file": name, "people": []}) + "\n" for name in named), encoding="utf-8")
    _run(monkeypatch, str(tmp_path / "source"), str(tmp_path / "out"), "--named", str(labels))
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt")) == named
    expected = (tmp_path / "out" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in expected] == named

    labels.write_text(json.dumps({"file": "20100105-us-acme-id9.txt"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="20100105-us-acme-id9.txt"):
        _run(monkeypatch, str(tmp_path / "source"), str(tmp_path / "out2"), "--named", str(labels))
