"""The stamps a build takes of its inputs before doing anything: they change
when a file the build reads changes, and only then."""

import os
import stat

from desk_common.files import files_present, stat_tree, trees_stated_once
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
    found = sorted(relative for relative, _ in stat_tree(tmp_path))
    assert found == ["b.txt", "wire/2026/a.txt"]
    assert stat_tree(tmp_path / "missing") == []


def test_a_link_is_stated_itself_when_links_are_not_followed(tmp_path):
    """The seeds folder is stamped link by link: a link to a file, or to
    nothing, is a file of its own (the ingest quarantines it) and breaks
    nothing."""
    _tree(tmp_path)
    os.symlink(tmp_path / "b.txt", tmp_path / "to-b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    stated = dict(stat_tree(tmp_path, links=False))
    assert sorted(stated) == ["b.txt", "dangling.txt", "to-b.txt", "wire/2026/a.txt"]
    assert stat.S_ISLNK(stated["dangling.txt"].st_mode) and stat.S_ISLNK(stated["to-b.txt"].st_mode)
    assert stat.S_ISREG(stated["b.txt"].st_mode)
    stamp = stamp_hash([tmp_path], links=False)
    (tmp_path / "dangling.txt").unlink()
    assert stamp_hash([tmp_path], links=False) != stamp


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


def test_within_one_build_a_folder_is_stated_once_and_the_next_build_states_it_afresh(tmp_path):
    _tree(tmp_path)
    with trees_stated_once():
        first = stamp_hash([tmp_path])
        (tmp_path / "late.txt").write_text("arrived", encoding="utf-8")
        # the fingerprint and the catalog of one build see the same files
        assert stamp_hash([tmp_path]) == first
        assert "late.txt" not in {relative for relative, _ in stat_tree(str(tmp_path) + "/")}
    with trees_stated_once():
        assert "late.txt" in {relative for relative, _ in stat_tree(tmp_path)}
        assert stamp_hash([tmp_path]) != first
    assert stamp_hash([tmp_path]) != first


def test_files_present_lists_each_folder_once_and_reads_links_as_what_they_link_to(tmp_path):
    _tree(tmp_path)
    os.symlink(tmp_path / "b.txt", tmp_path / "wire" / "to-b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "wire" / "dangling.txt")
    (tmp_path / "plain").write_text("a file, not a folder", encoding="utf-8")
    asked = ["b.txt", "wire/2026/a.txt", "wire/to-b.txt", "wire/dangling.txt", "wire/2026/gone.txt"]
    asked += ["missing/x.txt", "plain/x.txt"]
    assert files_present(tmp_path, asked) == {"b.txt", "wire/2026/a.txt", "wire/to-b.txt"}


def test_a_file_s_content_hash_is_read_once_across_processes_and_again_when_it_changes(tmp_path, monkeypatch):
    from desk_common import tree_hash

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code = tmp_path / "code"
    code.mkdir()
    (code / "a.py").write_text("one = 1\n", encoding="utf-8")
    old = os.stat(code / "a.py").st_mtime_ns - 10 * tree_hash.RACY_NS
    os.utime(code / "a.py", ns=(old, old))  # older than a racy stamp: kept

    def fresh_process():
        monkeypatch.setattr(tree_hash, "_FILE_HASHES", {})
        monkeypatch.setattr(tree_hash, "_loaded", False)

    fresh_process()
    first = tree_hash.content_hash([code]).hexdigest()
    assert (tmp_path / "cache" / "wire-desk" / tree_hash.FILE_HASHES_NAME).exists()
    # the next process takes the hash from the cache, without reading the file
    fresh_process()
    assert tree_hash._file_hash(str(code / "a.py")) == (tree_hash._FILE_HASHES[str(code / "a.py")][3], False)
    assert tree_hash.content_hash([code]).hexdigest() == first
    # a changed file is read again, whatever its size
    (code / "a.py").write_text("one = 2\n", encoding="utf-8")
    fresh_process()
    assert tree_hash.content_hash([code]).hexdigest() != first
