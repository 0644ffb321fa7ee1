"""The benchmark's busy desk (bench.desk): a month of stories that convert
as a desk's do, with real-length bodies and names never seen before."""

import json

from test_corpus import read_meta
from wire.ingest import ingest
from wire.ingest_config import IngestConfig

from bench import desk


def test_a_desk_month_converts_into_distinct_stories_of_one_month_with_a_long_tail_of_names(tmp_path):
    seeds = tmp_path / "seeds"
    names = desk.write(seeds, 120)
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    ingest(config)
    entries = [json.loads(line) for line in config.report.read_text().splitlines()]
    outputs = {entry["output"] for entry in entries if entry["status"] == "converted"}
    assert len(entries) == len(names) == 120
    assert len(outputs) == 120  # 120 stories: none taken for another's version
    seen: set[str] = set()
    bringing_new, in_lead, only_mentioned = 0, 0, 0
    for entry in entries:
        path = config.content / entry["output"]
        meta = read_meta(path)
        assert meta["date"].startswith("2025-12-")
        words = len(path.read_text(encoding="utf-8").split("\n\n", 1)[1].split())
        assert 280 <= words <= 800, (path.name, words)
        named = {n for key in ("people", "organizations") for n in meta.get(key, "").split("; ") if n}
        bringing_new += bool(named - seen)
        seen |= named
        tags, mentions = set(meta.get("tags", "").split("; ")), set(meta.get("mentions", "").split("; "))
        in_lead += bool(named & tags)
        only_mentioned += bool(named) and not named & tags and bool(named & mentions)
    assert bringing_new >= 100  # most stories bring a name never seen before
    assert in_lead >= 30 and only_mentioned >= 30  # names in the lede of some, in the body of others
    assert len(seen) > 200  # about two new names a story
