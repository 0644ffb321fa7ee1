"""The stamps a build takes of its inputs before doing anything: they change
when a file the build reads changes, and only then."""

import os

from desk_common.files import stat_files
from desk_common.tree_hash import stamp_hash


def _tree(root):
    (root / "wire" / "2026").mkdir(parents=True)
    (root / "wire" / "2026" / "a.txt").write_text("one", encoding="utf-8")
    (root / "b.txt").write_text("two", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "c.txt").write_text("x", encoding="utf-8")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "d.pyc").write_bytes(b"x")
    (root / ".e.txt").write_text("x", encoding="utf-8")


def test_the_files_stamped_are_those_a_build_reads(tmp_path):
    _tree(tmp_path)
    elsewhere = tmp_path.parent / (tmp_path.name + "-elsewhere")
    elsewhere.mkdir()
    (elsewhere / "f.txt").write_text("x", encoding="utf-8")
    os.symlink(elsewhere, tmp_path / "linked")
    found = sorted(os.path.relpath(path, tmp_path) for path, _ in stat_files(tmp_path))
    assert found == ["b.txt", os.path.join("wire", "2026", "a.txt")]
    assert stat_files(tmp_path / "missing") == []


def test_a_stamp_changes_with_a_file_and_only_then(tmp_path):
    _tree(tmp_path)
    stamp = stamp_hash([tmp_path])
    assert stamp_hash([tmp_path]) == stamp
    (tmp_path / ".hidden" / "c.txt").write_text("changed", encoding="utf-8")
    assert stamp_hash([tmp_path]) == stamp
    (tmp_path / "wire" / "2026" / "a.txt").write_text("one more", encoding="utf-8")
    assert stamp_hash([tmp_path]) != stamp
    stamp = stamp_hash([tmp_path])
    (tmp_path / "wire" / "2026" / "g.txt").write_text("new", encoding="utf-8")
    assert stamp_hash([tmp_path]) != stamp
