"""A few hundred generated dispatches in mixed agency styles: every
well-formed one converts with the right metadata, every file is reported."""

import json

from wire.ingest import ingest
from wire.ingest_config import IngestConfig

from bench.synthetic import write

MALFORMED = {
    "bad_empty.txt": b"",
    "bad_binary.txt": bytes(range(256)) * 4,
    "bad_dateline_only.txt": "Paris, 9 déc 2018 (AFP) - ".encode(),
    "bad_extension.docx": b"PK\x03\x04 zipped",
}


def read_meta(path):
    meta = {}
    for line in path.read_text(encoding="utf-8").split("\n\n", 1)[0].splitlines():
        if not line.startswith("    "):
            key, _, value = line.partition(": ")
            meta[key.lower()] = value
    return meta


def test_three_hundred_mixed_dispatches(tmp_path):
    seeds = tmp_path / "seeds"
    expectations = write(seeds, 300)
    for name, data in MALFORMED.items():
        (seeds / name).write_bytes(data)
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    result = ingest(config)
    entries = {e["source"]: e for e in map(json.loads, config.report.read_text().splitlines())}
    assert set(entries) == {e.source for e in expectations} | set(MALFORMED)
    assert result.counts["converted"] == 300
    assert all(entries[name]["status"] == "quarantined" and entries[name]["reason"] for name in MALFORMED)
    wrong = []
    for expected in expectations:
        meta = read_meta(config.content / entries[expected.source]["output"])
        got = (
            meta.get("agency"),
            meta.get("lang"),
            meta.get("city"),
            meta.get("country"),
            meta.get("date", "")[:10],
            [n for n in meta.get("authors", "").split("; ") if n],
            [n for n in meta.get("editors", "").split("; ") if n],
            [n for n in meta.get("translators", "").split("; ") if n],
        )
        want = (
            expected.agency,
            expected.lang,
            expected.city,
            expected.country,
            expected.date,
            expected.authors,
            expected.editors,
            expected.translators,
        )
        if got != want:
            wrong.append((expected.source, got, want))
    assert wrong == []
