"""A resident build process's ingest examines only the seed files that
changed since its last run (wire.ingest_memory): after any sequence of
changes to the seeds, the story files and the corrections, each of its runs
reports, writes and records what a run that examines every seed file does."""

import os
import random
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import SEEDS
from desk_common import tree_watch
from desk_common.files import trees_stated_once
from wire import ingest as ingest_module
from wire.ingest import Ingest, read_ledger_ahead
from wire.ingest_config import IngestConfig

from bench import desk

pytestmark = pytest.mark.skipif(tree_watch.INotify is None, reason="the seeds folder's watch uses inotify")

#: The ledger's tables a run records in; file stamps depend on when a run
#: looked (a file changed in the last two seconds is not stamped).
TABLES = ("dispatches", "outputs", "output_versions", "match_keys", "meta")


@pytest.fixture
def watching():
    tree_watch.watch_trees()
    yield
    tree_watch.stop_watching()


@contextmanager
def memory_set_aside():
    """A run as a process that kept nothing would make (or another process)."""
    saved = [list(held) for held in (ingest_module._KEPT, ingest_module._VIEW, ingest_module._LAST_LEDGER)]
    for held in (ingest_module._KEPT, ingest_module._VIEW):
        held.clear()
    try:
        yield
    finally:
        for held, items in zip(
            (ingest_module._KEPT, ingest_module._VIEW, ingest_module._LAST_LEDGER), saved, strict=True
        ):
            held[:] = items


def run(config: IngestConfig, ahead: bool = True) -> tuple[bool, list[str]]:
    """One ingest as a build runs it, and (when ``ahead``) the reading
    ahead a resident process does after; whether it examined only what
    changed, and its report."""
    with trees_stated_once():
        run = Ingest(config)
        result = run.run()
    if ahead:
        read_ledger_ahead()
    return run.from_memory, [entry.as_json() for entry in result.entries]


def run_afresh(config: IngestConfig) -> list[str]:
    with memory_set_aside():
        from_memory, entries = run(config, ahead=False)
    assert not from_memory
    return entries


def recorded(config: IngestConfig) -> dict:
    db = sqlite3.connect(config.ledger_path)
    try:
        return {table: sorted(db.execute(f"SELECT * FROM {table}")) for table in TABLES}
    finally:
        db.close()


def files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): (os.readlink(path).encode() if path.is_symlink() else path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if (path.is_file() or path.is_symlink()) and ".wire" not in path.parts
    }


def mirror(source: Path, target: Path) -> None:
    """Make ``target`` hold what ``source`` holds, with the same times."""
    shutil.rmtree(target)
    shutil.copytree(source, target, symlinks=True)


class Changes:
    """Random changes an agency feed, a sync tool and the editors make."""

    def __init__(self, seeds: Path, contents: list[Path], rng: random.Random):
        self.seeds, self.contents, self.rng = seeds, contents, rng
        self.counter = 0

    def seed_files(self) -> list[Path]:
        return sorted(path for path in self.seeds.rglob("*") if path.is_file() and not path.is_symlink())

    def story_files(self) -> list[str]:
        folder = self.contents[0]
        return sorted(p.relative_to(folder).as_posix() for p in (folder / "wire").rglob("*.md"))

    def step(self) -> str:
        rng = self.rng
        self.counter += 1
        n = self.counter
        seeds = self.seed_files()
        action = rng.choice(
            "new new new version edit touch delete rename bad fix_bad link folder withdraw stray_notice "
            "delete_story edit_story corrections".split()
        )
        if action == "new":
            desk.write(self.seeds, 1, seed=1000 + n, prefix=f"zz{n}_", day=rng.choice((29, 30, 31)))
        elif action == "version" and seeds:
            first = rng.choice(seeds)
            text = first.read_text(encoding="utf-8", errors="replace")
            (self.seeds / f"zz{n}_fix_{first.name}").write_text(
                text.replace("\n\n", " (corrected)\n\n", 1), encoding="utf-8"
            )
        elif action == "edit" and seeds:
            with open(rng.choice(seeds), "ab") as handle:
                handle.write(b"\n\nA further paragraph was added to this dispatch by its agency.\n")
        elif action == "touch" and seeds:
            os.utime(rng.choice(seeds), ns=(10**18 + n, 10**18 + n * 10**9))
        elif action == "delete" and seeds:
            rng.choice(seeds).unlink()
        elif action == "rename" and seeds:
            path = rng.choice(seeds)
            path.rename(path.with_name(f"zz{n}_renamed_{path.name}"))
        elif action == "bad":
            (self.seeds / f"zz{n}_bad.txt").write_bytes(rng.choice((b"", b"hello", b"\x89PNG\r\n\x1a\n" + bytes(50))))
        elif action == "fix_bad":
            bad = [path for path in seeds if "_bad" in path.name]
            if bad:
                shutil.copyfile(SEEDS / "007_ap_en_kyiv.txt", rng.choice(bad))
        elif action == "link" and seeds:
            (self.seeds / f"zz{n}_link.txt").symlink_to(rng.choice(seeds).name)
        elif action == "folder":
            desk.write(self.seeds / f"late{n}" / "wire", 1, seed=2000 + n, prefix=f"zz{n}_", day=30)
        elif action == "withdraw":
            shutil.copyfile(SEEDS / "018_reuters_en_mine_withdrawn.txt", self.seeds / f"zz{n}_withdrawn.txt")
        elif action == "stray_notice":  # a notice naming no story on the desk
            notice = (SEEDS / "018_reuters_en_mine_withdrawn.txt").read_text(encoding="utf-8")
            notice = notice.replace("Copper miner Andes Norte to cut 1,200 jobs in Chile", f"A story never sent {n}")
            (self.seeds / f"zz{n}_stray_notice.txt").write_text(notice, encoding="utf-8")
        elif action in ("delete_story", "edit_story"):
            stories = self.story_files()
            if stories:
                chosen = rng.choice(stories)
                for content in self.contents:
                    path = content / chosen
                    if action == "delete_story":
                        path.unlink()
                    else:
                        path.write_text(path.read_text(encoding="utf-8") + "\nAn editor's line.\n", encoding="utf-8")
        elif action == "corrections":
            line = rng.choice(("Chatham House: organisation\n", "Rotterdam -> Port of Rotterdam\n", ""))
            for content in self.contents:
                (content / "corrections.txt").write_text(line, encoding="utf-8")
        return action


@pytest.mark.parametrize("seed", range(3))
def test_a_run_that_examines_only_what_changed_does_what_a_full_run_does(tmp_path, watching, seed):
    kept_desk = IngestConfig(seeds=tmp_path / "kept" / "seeds", content=tmp_path / "kept" / "content", workers=1)
    fresh_desk = IngestConfig(seeds=tmp_path / "fresh" / "seeds", content=tmp_path / "fresh" / "content", workers=1)
    shutil.copytree(SEEDS, kept_desk.seeds)
    desk.write(kept_desk.seeds, 12, seed=40 + seed, day=28)
    shutil.copytree(kept_desk.seeds, fresh_desk.seeds, symlinks=True)
    kept_desk.content.mkdir(parents=True)
    fresh_desk.content.mkdir(parents=True)
    assert run(kept_desk)[1] == run_afresh(fresh_desk)
    changes = Changes(kept_desk.seeds, [kept_desk.content, fresh_desk.content], random.Random(seed))
    from_memory = []
    for _ in range(25):
        steps = [changes.step() for _ in range(changes.rng.randrange(1, 4))]
        mirror(kept_desk.seeds, fresh_desk.seeds)
        used, entries = run(kept_desk)
        from_memory.append(used)
        assert entries == run_afresh(fresh_desk), steps
        assert files(kept_desk.content) == files(fresh_desk.content), steps
        assert recorded(kept_desk) == recorded(fresh_desk), steps
    assert all(from_memory)


def test_after_another_process_ran_the_ledger_is_read_afresh(tmp_path, watching):
    """A run from another process (or a killed one that left its journal)
    in between: the next run examines every seed file again, and sees what
    that run did."""
    config = IngestConfig(seeds=tmp_path / "seeds", content=tmp_path / "content", workers=1)
    shutil.copytree(SEEDS, config.seeds)
    run(config)
    assert run(config)[0]
    # another process converts a new dispatch and removes a story's dispatch
    desk.write(config.seeds, 1, seed=5, prefix="zz_other_", day=30)
    (config.seeds / "007_ap_en_kyiv.txt").unlink()
    entries = run_afresh(config)
    assert any('"converted"' in entry for entry in entries)
    used, entries = run(config)
    assert not used
    assert not any('"converted"' in entry or '"removed"' in entry for entry in entries)
    assert run(config)[0]
    # a journal left by a killed run: its files are looked at again
    config.writes_journal.write_text("", encoding="utf-8")
    assert not run(config)[0]
    assert not config.writes_journal.exists()
