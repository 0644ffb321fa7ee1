"""The derived data cache: tables and word lists the wire works out from its
own data and the data packages, kept on disk until their code or data
change."""

from __future__ import annotations

import importlib.util
import os
import sys
import time

from wire import derived_cache
from wire.derived_cache import cached
from wire.tagging import entities, name_lexicons


def _builder_module(folder, name: str, value: str):
    """A module of its own, whose ``build`` returns ``value`` and counts its
    calls, imported afresh (as a new process would)."""
    path = folder / f"{name}.py"
    path.write_text(
        f"calls = []\n\ndef build():\n    calls.append(1)\n    return {value!r}\n",
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.pop(name, None)
    spec.loader.exec_module(module)
    derived_cache._module_digest.cache_clear()  # a new process hashes the module afresh
    derived_cache._PRUNED.clear()  # and looks at the cache folder afresh
    return module


def test_a_value_is_built_once_and_again_when_its_code_or_data_change(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = _builder_module(tmp_path, "builder_a", "one")
    assert cached("words", "v1", first.build) == "one"
    again = _builder_module(tmp_path, "builder_a", "one")
    assert cached("words", "v1", again.build) == "one" and again.calls == []  # read from the cache
    assert cached("words", "v2", again.build) == "one" and again.calls == [1]  # other data: built again
    edited = _builder_module(tmp_path, "builder_a", "two")
    assert cached("words", "v1", edited.build) == "two" and edited.calls == [1]  # other code: built again


def test_a_cache_that_cannot_be_written_still_gives_the_value(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    module = _builder_module(tmp_path, "builder_b", "three")
    assert cached("words", "v1", module.build) == "three"
    assert cached("words", "v1", module.build) == "three" and module.calls == [1, 1]


def test_the_tagger_word_lists_kept_are_those_worked_out_afresh():
    assert name_lexicons.first_names() == name_lexicons._first_names()
    assert name_lexicons.city_words() == name_lexicons._city_words()
    assert name_lexicons.calendar_words() == name_lexicons._calendar_words()
    assert name_lexicons.world_regions() == name_lexicons._world_regions()
    assert entities._lowercase_alias_starts() == entities._alias_starts()
    assert {"Octobre", "Dienstag", "Europe"} <= name_lexicons.calendar_words() | name_lexicons.world_regions()


def test_entries_no_process_used_for_a_month_go_when_another_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    module = _builder_module(tmp_path, "builder_c", "four")
    assert cached("words", "v1", module.build) == "four"
    folder = derived_cache.cache_folder()
    (used,) = folder.glob("words-v1-*.pickle")
    stale = folder / "words-v0-0123456789ab.pickle"
    stale.write_bytes(b"an old version's table")
    recent = folder / "cities-old-0123456789ab.sqlite"
    recent.write_bytes(b"a table used last week")
    other = folder / "file-hashes.pickle"
    other.write_bytes(b"the files' hashes, not an entry")
    month_ago = time.time() - (derived_cache.STALE_AFTER_DAYS + 1) * 86400
    for path in (used, stale, other):
        os.utime(path, (month_ago, month_ago))
    os.utime(recent, (time.time() - 7 * 86400,) * 2)

    again = _builder_module(tmp_path, "builder_c", "four")
    assert cached("words", "v1", again.build) == "four" and again.calls == []  # read: marked as used
    assert cached("words", "v2", again.build) == "four"  # a new entry written: the stale ones go

    assert used.exists() and recent.exists() and other.exists()
    assert not stale.exists()
