"""The ingest over a folder: conversion, reruns, edits, quarantine, versions."""

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import SEEDS
from wire import ingest as ingest_module
from wire.conversion import convert_job
from wire.ingest import ingest
from wire.ingest_config import IngestConfig
from wire.ledger import KNOWN_DISPATCHES, Ledger, read_ahead

from bench import desk as made_up_desk

BAD = {
    "empty.txt": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    "only_dateline.txt": b"PARIS, Oct 22 (Reuters) - ",
    "short_line.txt": b"hello",
    "photo.jpg": b"\xff\xd8\xff\xe0 not really a photo",
    "huge.txt": b"PARIS (Reuters) - " + b"word " * 300_000,
}


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".wire" not in p.parts
    }


@pytest.fixture
def desk(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    return config


def report(config):
    return [json.loads(line) for line in config.report.read_text(encoding="utf-8").splitlines()]


def test_sample_seeds_all_convert_and_every_file_is_reported(desk):
    result = ingest(desk)
    sources = sorted(p.name for p in desk.seeds.iterdir())
    assert [entry["source"] for entry in report(desk)] == sources
    assert result.counts["quarantined"] == 0
    assert result.summary().startswith(f"{result.counts['converted']} converted, 0 unchanged, 0 quarantined")


def test_rerun_changes_no_byte_and_says_so(desk):
    ingest(desk)
    before = snapshot(desk.content)
    result = ingest(desk)
    assert snapshot(desk.content) == before
    assert result.counts["converted"] == 0
    assert result.summary().startswith(f"0 converted, {len(list(desk.seeds.iterdir()))} unchanged")


def test_seeds_are_never_modified(desk):
    before = snapshot(desk.seeds)
    for name, data in BAD.items():
        (desk.seeds / name).write_bytes(data)
    before = snapshot(desk.seeds)
    ingest(desk)
    ingest(desk)
    assert snapshot(desk.seeds) == before


def test_bad_input_is_quarantined_with_a_reason_and_the_rest_goes_on(desk):
    for name, data in BAD.items():
        (desk.seeds / name).write_bytes(data)
    result = ingest(desk)
    entries = {e["source"]: e for e in report(desk)}
    reasons = {name: entries[name]["reason"] for name in BAD}
    assert all(entries[name]["status"] == "quarantined" for name in BAD)
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "only a dateline" in reasons["only_dateline.txt"]
    assert "short line" in reasons["short_line.txt"]
    assert ".jpg" in reasons["photo.jpg"]
    assert "too large" in reasons["huge.txt"]
    assert result.counts["quarantined"] == len(BAD)
    assert result.counts["converted"] > 10
    quarantine = desk.state_path / "quarantine"
    assert (quarantine / "binary.txt.quarantined").read_bytes() == BAD["binary.txt"]
    assert "binary" in (quarantine / "binary.txt.reason.txt").read_text()


def long_dispatch(size: int = 200_000) -> bytes:
    """A made-up dispatch of ``size`` bytes: hundreds of stories' paragraphs
    under one dateline, which the tagger reads for seconds."""
    stories = [data.decode("utf-8") for _, data in made_up_desk.generate(400, seed=3)]
    text = "\n\n".join([stories[0]] + [story.split("\n\n", 1)[1] for story in stories[1:]])
    return text.encode("utf-8")[:size]


def test_a_dispatch_converted_past_the_time_limit_is_quarantined_until_the_limit_changes(desk, monkeypatch):
    long = long_dispatch()
    (desk.seeds / "long.txt").write_bytes(long)
    desk.time_limit = 0.5
    converted = []

    def spied(job):
        converted.append(job.source)
        return convert_job(job)

    monkeypatch.setattr(ingest_module, "convert_job", spied)
    result = ingest(desk)
    entries = {e["source"]: e for e in report(desk)}
    assert entries["long.txt"]["status"] == "quarantined"
    assert entries["long.txt"]["reason"] == (
        "its conversion took more than 0.5 s of processor time, the limit (WIRE_CONVERSION_TIME_LIMIT)"
    )
    assert result.counts["quarantined"] == 1  # the others, each converted within the limit
    assert len(converted) == len(entries) > 10
    quarantine = desk.state_path / "quarantine"
    assert (quarantine / "long.txt.quarantined").read_bytes() == long == (desk.seeds / "long.txt").read_bytes()
    assert "WIRE_CONVERSION_TIME_LIMIT" in (quarantine / "long.txt.reason.txt").read_text()

    converted.clear()
    ingest(desk)  # the same limit: not tried again
    assert converted == []
    assert {e["source"]: e["status"] for e in report(desk)}["long.txt"] == "quarantined"

    desk.time_limit = None  # no limit: converted, and its story written
    result = ingest(desk)
    assert converted == ["long.txt"]
    entry = {e["source"]: e for e in report(desk)}["long.txt"]
    assert entry["status"] == "converted" and result.counts["quarantined"] == 0
    assert (desk.content / entry["output"]).read_text(encoding="utf-8").startswith("Title: ")


def test_the_time_limit_holds_in_the_converting_workers_too(tmp_path):
    seeds = tmp_path / "seeds"
    made_up_desk.write(seeds, 80, seed=5)
    (seeds / "long.txt").write_bytes(long_dispatch())
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", workers=2, time_limit=0.5)
    result = ingest(config)
    quarantined = [entry for entry in result.entries if entry.status == "quarantined"]
    assert [(entry.source, "took more than 0.5 s" in entry.reason) for entry in quarantined] == [("long.txt", True)]
    assert result.counts["converted"] == 80


def test_changed_dispatch_is_reconverted(desk):
    ingest(desk)
    seed = desk.seeds / "010_dpa_en_sandiego.txt"
    seed.write_text(seed.read_text().replace("twins", "triplets"))
    result = ingest(desk)
    assert result.counts["converted"] == 1
    (story,) = [e for e in report(desk) if e["status"] == "converted"]
    assert "triplets" in (desk.content / story["output"]).read_text()


def test_an_editors_edit_is_never_overwritten(desk):
    ingest(desk)
    entry = next(e for e in report(desk) if e["source"] == "001_reuters_en_ecb.txt")
    target = desk.content / entry["output"]
    edited = target.read_text().replace("Title: Euro zone", "Title: EDITED Euro zone")
    target.write_text(edited)
    seed = desk.seeds / "001_reuters_en_ecb.txt"
    seed.write_text(seed.read_text().replace("0.3%", "0.4%"))
    result = ingest(desk)
    assert target.read_text() == edited
    assert result.counts["conflict"] == 1
    conflict = next(e for e in report(desk) if e["source"] == "001_reuters_en_ecb.txt")
    assert conflict["status"] == "conflict"
    assert "edited by hand" in conflict["reason"]
    assert "kept as edited" in result.summary()


def test_versions_make_one_story_with_newest_text_first_date_and_history(desk):
    ingest(desk)
    stories = {e["output"] for e in report(desk) if e["source"].startswith(("002_", "003_", "004_"))}
    assert len(stories) == 1
    text = (desk.content / stories.pop()).read_text()
    assert "Wednesday morning" in text and "Tuesday morning" not in text  # the correction's text
    assert "Date: 2025-11-03T06:40\n" in text  # when it first ran
    assert "Modified: 2025-11-03T14:20\n" in text  # the correction moved modified
    assert text.count(" | ") >= 9  # three history lines


def test_withdrawal_takes_the_family_down(desk):
    result = ingest(desk)
    entries = {e["source"]: e for e in report(desk)}
    assert entries["014_reuters_en_mine.txt"]["status"] == "withdrawn"
    assert entries["018_reuters_en_mine_withdrawn.txt"]["output"] == entries["014_reuters_en_mine.txt"]["output"]
    text = (desk.content / entries["014_reuters_en_mine.txt"]["output"]).read_text()
    assert "Status: hidden" in text
    assert result.counts["withdrawn"] == 2


def test_deleted_dispatch_is_reported_and_its_story_removed(desk):
    ingest(desk)
    entry = next(e for e in report(desk) if e["source"] == "012_ansa_en_rome.txt")
    (desk.seeds / "012_ansa_en_rome.txt").unlink()
    result = ingest(desk)
    assert not (desk.content / entry["output"]).exists()
    assert result.counts["removed"] == 1


def test_mtime_gives_the_year_a_dateline_lacks(desk):
    for path in desk.seeds.iterdir():
        path.unlink()
    seed = desk.seeds / "no_year.txt"
    seed.write_text(
        "PARIS, Oct 22 (Reuters) - France's parliament approved a budget bill on Wednesday after a long night.\n"
    )
    stamp = 1761120000  # 2025-10-22T08:00:00Z
    os.utime(seed, (stamp, stamp))
    ingest(desk)
    (output,) = [e["output"] for e in report(desk)]
    text = (desk.content / output).read_text()
    assert "Date: 2025-10-22\n" in text
    assert "Date_precision: day\n" in text


def test_no_dateline_but_real_text_is_published(desk):
    for path in desk.seeds.iterdir():
        path.unlink()
    (desk.seeds / "plain.txt").write_text(
        "date 2024-02\nLes agriculteurs ont bloqué jeudi plusieurs autoroutes autour de Paris pour protester "
        "contre la baisse de leurs revenus, a indiqué la préfecture.\n"
    )
    ingest(desk)
    (entry,) = report(desk)
    assert entry["status"] == "converted"
    text = (desk.content / entry["output"]).read_text()
    assert "Date: 2024-02\nDate_precision: month\n" in text
    assert "Dateline" not in text and "Lang: fr" in text


def test_ledger_records_hash_story_status_and_output(desk):
    import sqlite3

    ingest(desk)
    (desk.seeds / "empty.txt").write_bytes(b"")
    ingest(desk)
    db = sqlite3.connect(desk.state_path / "ledger.sqlite")
    seed = desk.seeds / "000_53f2802795f52dea.txt"
    sha, status, wire_id, output = db.execute(
        "SELECT sha256, status, wire_id, output FROM dispatches WHERE source = ?", (seed.name,)
    ).fetchone()
    assert sha == hashlib.sha256(seed.read_bytes()).hexdigest()
    assert status == "ok" and len(wire_id) == 16
    assert (desk.content / output).read_text().count(f"Wire_id: {wire_id}") == 1
    assert db.execute("SELECT status, reason FROM dispatches WHERE source = 'empty.txt'").fetchone() == (
        "quarantined",
        "empty file",
    )


def test_a_deleted_markdown_file_comes_back_and_only_touched_stories_are_written(desk):
    ingest(desk)
    files = sorted((desk.content / "wire").rglob("*.md"))
    deleted = files[0]
    text = deleted.read_text(encoding="utf-8")
    deleted.unlink()
    stamps = {p: p.stat().st_mtime_ns for p in files[1:]}
    result = ingest(desk)
    assert deleted.read_text(encoding="utf-8") == text
    assert {p: p.stat().st_mtime_ns for p in files[1:]} == stamps  # no other file rewritten
    assert result.counts["quarantined"] == 0
    # a new dispatch: one new file, the others untouched
    (desk.seeds / "zz_new.txt").write_text(
        "LISBON, March 3 (Reuters) - Portugal's parliament approved a new budget on Tuesday after weeks of talks.\n",
        encoding="utf-8",
    )
    result = ingest(desk)
    assert result.counts["converted"] == 1
    assert {p: p.stat().st_mtime_ns for p in files[1:]} == stamps
    assert len(list((desk.content / "wire").rglob("*.md"))) == len(files) + 1


def test_a_new_story_never_takes_the_file_name_of_a_story_written_before(desk, tmp_path):
    """Slugs end with part of the story's wire id; should a new story's slug
    be the name of a file the converter already wrote for another story, it
    gets a longer part, and that file stays the other story's."""
    new_dispatch = SEEDS / "007_ap_en_kyiv.txt"
    (desk.seeds / new_dispatch.name).unlink()
    alone = IngestConfig(seeds=tmp_path / "alone", content=tmp_path / "alone_content")
    alone.seeds.mkdir()
    shutil.copy2(new_dispatch, alone.seeds)
    ingest(alone)
    (wanted,) = (alone.content / "wire").rglob("*.md")
    ingest(desk)
    # another story's file by that name, as if its slug had come first
    entry = next(e for e in report(desk) if e["source"] == "001_reuters_en_ecb.txt")
    taken = f"wire/{wanted.parent.name}/{wanted.name}"
    (desk.content / taken).parent.mkdir(parents=True, exist_ok=True)
    os.rename(desk.content / entry["output"], desk.content / taken)
    db = sqlite3.connect(desk.ledger_path)
    with db:
        for table, column in (("outputs", "path"), ("output_versions", "path"), ("dispatches", "output")):
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (taken, entry["output"]))
        db.execute("UPDATE stamps SET path = ? WHERE kind = 'markdown' AND path = ?", (taken, entry["output"]))
    db.close()
    ecb = (desk.content / taken).read_bytes()
    shutil.copy2(new_dispatch, desk.seeds)
    ingest(desk)
    written = next(e for e in report(desk) if e["source"] == new_dispatch.name)["output"]
    assert written != taken
    assert Path(written).stem.startswith(wanted.stem)
    assert (desk.content / taken).read_bytes() == ecb


def test_a_file_a_killed_ingest_wrote_is_not_taken_for_an_editors_edit(desk):
    ingest(desk)
    entry = next(e for e in report(desk) if e["source"] == "001_reuters_en_ecb.txt")
    target = desk.content / entry["output"]
    # a run killed after writing the story's file, before its ledger learnt of it
    killed = target.read_text(encoding="utf-8").replace("0.3%", "0.35%").encode("utf-8")
    target.write_bytes(killed)
    desk.writes_journal.write_text(f"{hashlib.sha256(killed).hexdigest()}\t{target}\n", encoding="utf-8")
    seed = desk.seeds / "001_reuters_en_ecb.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("0.3%", "0.4%"), encoding="utf-8")
    result = ingest(desk)
    assert result.counts["conflict"] == 0
    assert "0.4%" in target.read_text(encoding="utf-8")
    assert not desk.writes_journal.exists()


def test_what_a_run_knows_of_every_dispatch_is_read_without_their_parsed_records(desk):
    """Every run reads the ledger's row of every dispatch; the parsed record
    in it fills a table page of its own, so that scan reads an index holding
    the rest, not the table."""
    ingest(desk)
    with Ledger(desk.ledger_path) as ledger:
        plan = " ".join(str(row) for row in ledger.db.execute("EXPLAIN QUERY PLAN " + KNOWN_DISPATCHES))
        known = ledger.dispatches()
    assert "COVERING INDEX dispatches_known" in plan
    assert known and all(row.sha256 and row.status for row in known.values())


def test_a_ledger_read_ahead_is_used_only_while_the_file_is_as_it_was_read(desk):
    """A resident build process reads the ledger's dispatches and seed
    stamps while it waits; the next run takes them only when no process
    committed a change to the ledger since, else it reads them afresh."""
    ingest(desk)
    with Ledger(desk.ledger_path) as ledger:
        before = ledger.dispatches()
    read_ahead(desk.ledger_path)
    with Ledger(desk.ledger_path) as ledger:
        assert ledger.dispatches() == before
        assert ledger.stamps("seed")
    # another process commits a change between the read and the next run
    read_ahead(desk.ledger_path)
    other = sqlite3.connect(desk.ledger_path)
    with other:
        other.execute("DELETE FROM dispatches WHERE source = ?", ("001_reuters_en_ecb.txt",))
    other.close()
    with Ledger(desk.ledger_path) as ledger:
        known = ledger.dispatches()
    assert "001_reuters_en_ecb.txt" in before
    assert known.keys() == before.keys() - {"001_reuters_en_ecb.txt"}
    # the next run sees the dispatch again, and records it
    ingest(desk)
    with Ledger(desk.ledger_path) as ledger:
        assert ledger.dispatches().keys() == before.keys()
