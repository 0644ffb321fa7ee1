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


EXPORT = """-- Acme Widgets profit rises in quarter {n}
-- By Ana Ruiz
-- {stamp}
-- http://www.reuters.com/article/id{n}

 NEW YORK (Reuters) - Acme Widgets Inc said on Tuesday its profit rose for the {n}th quarter.
 (Reporting by Ana Ruiz; Editing by Tom Lee)
"""


def _exports(corpus, stamps):
    for n, (day, stamp) in enumerate(stamps):
        folder = corpus / day
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"us-acme-id{n}").write_text(EXPORT.format(n=n, stamp=stamp), encoding="utf-8")


def test_a_month_of_real_copy_keeps_the_text_and_moves_each_story_into_the_month_in_order(tmp_path):
    from bench import reuters_desk

    corpus = tmp_path / "corpus"
    stamps = [
        ("20100105", "Tue Jan 5, 2010 9:01am EST"),
        ("20110620", "Mon Jun 20, 2011 4:30pm EDT"),
        ("20120301", "Thu Mar 1, 2012 11:15am GMT"),
        ("20121108", "Thu Nov 8, 2012 3:00pm EST"),
        ("20130902", "no time stamp here"),  # not an export's: never chosen
    ]
    _exports(corpus, stamps)
    seeds = tmp_path / "seeds"
    names = reuters_desk.write(seeds, corpus, 3)
    stamped = sorted(f"{day}-us-acme-id{n}.txt" for n, (day, _) in enumerate(stamps[:4]))
    assert len(names) == 3 and names == sorted(names) and set(names) < set(stamped)
    for name in names:
        day, _, file = name.removesuffix(".txt").partition("-")
        moved, source = (seeds / name).read_text().splitlines(), (corpus / day / file).read_text().splitlines()
        assert moved[:2] + moved[3:] == source[:2] + source[3:]  # the copy as the agency wrote it
    assert [(seeds / name).read_text().splitlines()[2] for name in names] == [
        "-- Mon Dec 1, 2025 12:00am EST",
        "-- Thu Dec 11, 2025 12:00am EST",
        "-- Sun Dec 21, 2025 12:00am EST",
    ]
    # the new dispatch: one not on the desk yet, on the day asked for
    new = reuters_desk.write(seeds, corpus, 1, seed=5, prefix="zz_", day=31)
    assert new == ["zz_" + (set(stamped) - set(names)).pop()]
    assert (seeds / new[0]).read_text().splitlines()[2] == "-- Wed Dec 31, 2025 12:00pm EST"
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    ingest(config)
    entries = [json.loads(line) for line in config.report.read_text().splitlines()]
    dates = sorted(read_meta(config.content / e["output"])["date"] for e in entries if e["status"] == "converted")
    assert dates == ["2025-12-01T05:00", "2025-12-11T05:00", "2025-12-21T05:00", "2025-12-31T17:00"]
