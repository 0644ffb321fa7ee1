"""Trees kept current from the kernel's events (desk_common.tree_watch) give
what stating the tree afresh gives, after any change, with no wait."""

import os
import random
import shutil
from pathlib import Path

import pytest
from desk_common import tree_watch
from desk_common.files import scan_tree, stat_tree, trees_stated_once
from desk_common.tree_hash import stamp_hash

pytestmark = pytest.mark.skipif(tree_watch.INotify is None, reason="inotify is Linux's")


@pytest.fixture
def watching():
    tree_watch.watch_trees()
    yield
    tree_watch.stop_watching()


def _seen(state: tree_watch.TreeState) -> list:
    return sorted(
        (relative, info.st_size, info.st_mtime_ns, info.st_ino, info.st_mode) for relative, info in state.files
    )


def _same(root: Path, links: bool) -> None:
    if links:  # a link to nothing is an error when links are followed, watched or not
        for folder, names, files in os.walk(root):
            for name in names + files:
                path = Path(folder) / name
                if path.is_symlink() and not path.exists():
                    path.unlink()
    watched = tree_watch.current_state(root, links)
    assert watched is not None, "the tree is watched"
    assert len(tree_watch._trees) == 1, "and was not made again"
    fresh = scan_tree(root, links)
    assert _seen(watched) == _seen(fresh)
    assert watched.total == fresh.total
    assert watched.newest == fresh.newest


class Desk:
    """Random changes to a tree, of every kind an editor or a sync tool makes."""

    def __init__(self, root: Path, outside: Path, rng: random.Random, links: bool):
        self.root, self.outside, self.rng, self.links = root, outside, rng, links
        self.counter = 0

    def name(self) -> str:
        self.counter += 1
        kind = self.rng.random()
        if kind < 0.06:
            return f".hidden{self.counter}"
        if kind < 0.09:
            return "__pycache__"
        return f"n{self.counter}.txt" if self.rng.random() < 0.7 else f"d{self.counter}"

    def folders(self) -> list[Path]:
        found = [self.root]
        for folder, names, _ in os.walk(self.root):
            found.extend(Path(folder) / name for name in names if not (Path(folder) / name).is_symlink())
        return found

    def files(self) -> list[Path]:
        """Files and links (to folders too)."""
        found = []
        for folder, names, files in os.walk(self.root):
            found.extend(Path(folder) / name for name in files)
            found.extend(Path(folder) / name for name in names if (Path(folder) / name).is_symlink())
        return found

    def step(self) -> None:
        rng = self.rng
        self.counter += 1
        n = self.counter
        files, folders = self.files(), self.folders()
        action = rng.choice(
            "create create create write touch delete rename rename_folder mkdir rmtree link_file "
            "link_folder hard_link swap_kind move_out move_in edit_outside rename_and_replace".split()
        )
        target = rng.choice(folders)
        if action == "create":
            path = target / self.name()
            if not path.is_dir():
                path.write_bytes(os.urandom(rng.randrange(0, 50)))
        elif action == "write" and files:
            path = rng.choice(files)
            if path.is_file():
                with open(path, "r+b" if rng.random() < 0.5 else "ab") as handle:
                    handle.write(b"x" * rng.randrange(1, 5))
        elif action == "touch" and files:
            path = rng.choice(files)
            if path.exists():
                os.utime(path, ns=(rng.randrange(10**18), rng.randrange(10**18)), follow_symlinks=False)
        elif action == "delete" and files:
            rng.choice(files).unlink()
        elif action == "rename" and files:
            source = rng.choice(files)
            destination = target / self.name()
            if not destination.is_dir():
                os.rename(source, destination)
        elif action == "rename_folder" and len(folders) > 1:
            source = rng.choice(folders[1:])
            destination = target / self.name()
            if not str(destination).startswith(str(source) + os.sep) and not destination.exists():
                os.rename(source, destination)
        elif action == "mkdir":
            path = target / self.name()
            if not path.exists() and not path.is_symlink():
                path.mkdir()
        elif action == "rmtree" and len(folders) > 1:
            shutil.rmtree(rng.choice(folders[1:]))
        elif action == "link_file":
            pointed = self.outside / f"target{n}.txt"
            pointed.write_bytes(b"target")
            candidates = [pointed] + ([rng.choice(files)] if files else [])
            if not self.links:
                candidates.append(self.outside / "nothing-there")  # a dangling link
            (target / f"link{n}.txt").symlink_to(rng.choice(candidates))
        elif action == "link_folder":
            (target / f"linked{n}").symlink_to(rng.choice(folders))
        elif action == "hard_link":
            pointed = self.outside / f"hard{n}.txt"
            pointed.write_bytes(b"hard")
            os.link(pointed, target / f"hard{n}.txt")
        elif action == "swap_kind" and files:
            path = rng.choice(files)
            path.unlink()
            path.mkdir(exist_ok=True)
            (path / "inside.txt").write_bytes(b"inside")
        elif action == "rename_and_replace" and len(folders) > 1:
            # a folder renamed, and a new one made under its old name
            source = rng.choice(folders[1:])
            os.rename(source, target / f"renamed{n}") if not str(target).startswith(str(source)) else None
            if not source.exists():
                source.mkdir()
                (source / f"new{n}.txt").write_bytes(b"new")
        elif action == "move_out" and len(folders) > 1:
            os.rename(rng.choice(folders[1:]), self.outside / f"moved{n}")
        elif action == "move_in":
            brought = self.outside / f"brought{n}"
            (brought / "sub").mkdir(parents=True)
            (brought / "sub" / "deep.txt").write_bytes(b"deep")
            os.rename(brought, target / f"brought{n}")
        elif action == "edit_outside":
            # the targets of links and the other names of hard links change
            # with no event in the tree
            for path in self.outside.iterdir():
                if path.is_file() and not path.is_symlink() and rng.random() < 0.5:
                    with open(path, "ab") as handle:
                        handle.write(b"more")


@pytest.mark.parametrize("links", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_a_watched_tree_is_the_tree_stated_afresh_after_any_changes(tmp_path, watching, links, seed):
    root, outside = tmp_path / "tree", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "first.txt").write_bytes(b"first")
    desk = Desk(root, outside, random.Random(seed), links)
    _same(root, links)
    for number in range(250):
        desk.step()
        if number % 3 == 0:  # several changes between two readings, at times
            _same(root, links)
    _same(root, links)


@pytest.mark.parametrize("seed", range(3))
def test_the_watch_names_every_file_that_came_went_or_changed_since_a_mark(tmp_path, watching, seed):
    """A resident process's ingest examines only the seed files the watch
    names as changed since its last run: every file whose stat differs
    between two states, or that is in one only, is named; none is named
    once the tree is stated whole again."""
    root, outside = tmp_path / "tree", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    desk = Desk(root, outside, random.Random(seed), links=False)
    before = tree_watch.current_state(root, False)
    for number in range(120):
        desk.step()
        if number % 4 == 3:
            after = tree_watch.current_state(root, False)
            old, new = before.by_name, after.by_name
            differ = {name for name in old.keys() | new.keys() if _seen_one(old.get(name)) != _seen_one(new.get(name))}
            named = after.changed_since(before.mark)
            assert named is not None and differ <= named
            before = after
    shutil.rmtree(root)
    root.mkdir()
    assert tree_watch.current_state(root, False).changed_since(before.mark) is None


def test_a_watched_tree_read_again_with_nothing_changed_is_the_same_state(tmp_path, watching):
    """Every reader of a build reads the tree: with nothing changed since,
    it gets the very state the last one got (and what was worked out of
    it), not another copy; a file written, or a linked file (stated again
    every time), gives a new one."""
    (tmp_path / "a.txt").write_text("a")
    first = tree_watch.current_state(tmp_path, True)
    assert tree_watch.current_state(tmp_path, True) is first
    (tmp_path / "b.txt").write_text("b")
    second = tree_watch.current_state(tmp_path, True)
    assert second is not first and second.names == {"a.txt", "b.txt"}
    assert tree_watch.current_state(tmp_path, True) is second
    (tmp_path / "to-a.txt").symlink_to(tmp_path / "a.txt")
    linked = tree_watch.current_state(tmp_path, True)
    assert tree_watch.current_state(tmp_path, True) is not linked


def _seen_one(info) -> tuple | None:
    return None if info is None else (info.st_size, info.st_mtime_ns, info.st_ino, info.st_mode)


def test_a_tree_replaced_whole_or_gone_is_stated_again(tmp_path, watching):
    root = tmp_path / "seeds"
    root.mkdir()
    (root / "a.txt").write_text("a")
    _same(root, False)
    shutil.rmtree(root)
    assert stat_tree(root, links=False) == []
    root.mkdir()
    (root / "b.txt").write_text("b")
    _same(root, False)
    os.rename(root, tmp_path / "elsewhere")
    (tmp_path / "elsewhere" / "c.txt").write_text("c")
    root.mkdir()
    (root / "d.txt").write_text("d")
    _same(root, False)
    assert [relative for relative, _ in stat_tree(root, links=False)] == ["d.txt"]


def test_the_stamp_is_the_same_watched_or_not_and_follows_every_change(tmp_path, watching):
    root = tmp_path / "content"
    (root / "wire").mkdir(parents=True)
    story = root / "wire" / "story.md"
    story.write_text("Title: A\n")
    stamps = [stamp_hash([root])]
    tree_watch.stop_watching()
    assert stamp_hash([root]) == stamps[0]
    tree_watch.watch_trees()
    os.utime(story, ns=(1, 10**18))
    stamps.append(stamp_hash([root]))
    story.write_text("Title: B\n")  # same size, new time
    stamps.append(stamp_hash([root]))
    (root / "wire" / "other.md").write_text("x")
    stamps.append(stamp_hash([root]))
    assert len(set(stamps)) == len(stamps)
    tree_watch.stop_watching()
    assert stamp_hash([root]) == stamps[-1]


def test_within_a_build_every_reader_sees_the_same_tree(tmp_path, watching):
    """The seeds' stamp and the ingest read one state of the tree: a file
    that arrives between them waits for the next build, in both."""
    root = tmp_path / "seeds"
    root.mkdir()
    (root / "one.txt").write_text("1")
    with trees_stated_once():
        stamp = stamp_hash([root], links=False)
        (root / "two.txt").write_text("2")
        assert [relative for relative, _ in stat_tree(root, links=False)] == ["one.txt"]
        assert stamp_hash([root], links=False) == stamp
    assert sorted(relative for relative, _ in stat_tree(root, links=False)) == ["one.txt", "two.txt"]


def test_only_trees_on_local_file_systems_are_watched(tmp_path, watching, monkeypatch):
    monkeypatch.setattr(tree_watch, "LOCAL_FILE_SYSTEMS", frozenset())
    (tmp_path / "a.txt").write_text("a")
    assert tree_watch.current_state(tmp_path, True) is None
    assert [relative for relative, _ in stat_tree(tmp_path)] == ["a.txt"]


def test_files_present_in_a_watched_folder_are_those_a_listing_finds(tmp_path, watching):
    """The ingest asks which of its story files are still there: a watched
    folder answers from its watch, after files come and go, as listing the
    folders would (links read as what they link to; a linked folder, which
    the watch does not follow, still looked into; a link to nothing, which
    has the folder stated afresh, is not there)."""
    from desk_common.files import _listed_present, files_present

    (tmp_path / "wire" / "2026").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "wire" / "2026" / f"{name}.md").write_text(name, encoding="utf-8")
    (tmp_path / "elsewhere" / "d.md").write_text("d", encoding="utf-8")
    os.symlink(tmp_path / "elsewhere", tmp_path / "wire" / "linked")
    os.symlink(tmp_path / "wire" / "2026" / "a.md", tmp_path / "wire" / "to-a.md")
    asked = [f"wire/2026/{name}.md" for name in "abcxy"]
    asked += ["wire/linked/d.md", "wire/to-a.md", "wire/dangling.md", "wire/2026", "nowhere/z.md"]
    answers = []
    for change in range(4):
        if change == 1:
            (tmp_path / "wire" / "2026" / "b.md").unlink()
            (tmp_path / "wire" / "2026" / "x.md").write_text("x", encoding="utf-8")
        elif change == 2:
            (tmp_path / "wire" / "2026" / "a.md").unlink()  # the link to it now leads nowhere
            os.symlink(tmp_path / "gone.md", tmp_path / "wire" / "dangling.md")
        elif change == 3:
            shutil.rmtree(tmp_path / "wire" / "2026")
        if change < 2:
            assert tree_watch.current_state(tmp_path, True) is not None  # watched
        answers.append(files_present(tmp_path, asked))
        assert answers[-1] == _listed_present(tmp_path, asked)
    # (a folder is there as a listing finds it)
    assert answers[0] == {
        "wire/2026",
        "wire/2026/a.md",
        "wire/2026/b.md",
        "wire/2026/c.md",
        "wire/linked/d.md",
        "wire/to-a.md",
    }
    assert answers[1] == {
        "wire/2026",
        "wire/2026/a.md",
        "wire/2026/c.md",
        "wire/2026/x.md",
        "wire/linked/d.md",
        "wire/to-a.md",
    }
    assert answers[3] == {"wire/linked/d.md"}
