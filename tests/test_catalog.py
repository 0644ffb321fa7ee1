"""The story catalog kept between builds: the stories as plain rows, their
bodies in a store of their own, fetched only when a page or feed needs them."""

import dataclasses
import datetime as dt
import os
import pickle
import sqlite3

from desk_common.files import trees_stated_once
from site_pages.bodies import BodyStore
from site_pages.catalog import CatalogEntry, Label, ShownStory, pack_catalog, story_files, unpack_catalog


def story(name: str, body: str) -> ShownStory:
    values = {field.name: None for field in dataclasses.fields(ShownStory)}
    values.update(
        source=f"wire/{name}.md",
        slug=name,
        url=f"stories/{name}.html",
        save_as=f"stories/{name}.html",
        title=name.title(),
        lang="en",
        date=dt.datetime(2025, 12, 1),
        date_precision="day",
        tags=(Label("nato", "NATO", "topics/nato/"),),
        mentions=(),
        authors=(),
        editors=(),
        translators=(),
        history=(),
        summary="",
        body=body,
        people="",
        organizations="",
        withdrawn=False,
        digest=f"digest-{name}",
        read_digest=f"digest-{name}",
        linked=0,
    )
    return ShownStory(**values)


def test_the_kept_catalog_holds_no_story_text_and_each_story_finds_its_own(tmp_path):
    bodies = BodyStore(tmp_path / "bodies.sqlite")
    catalog = {
        f"wire/{name}.md": CatalogEntry((1, 2), story(name, f"<p>The text of {name}.</p>"))
        for name in ("alpha", "beta")
    }
    packed = pack_catalog(catalog, bodies)
    assert b"The text of" not in pickle.dumps(packed)
    known = unpack_catalog(packed, BodyStore(tmp_path / "bodies.sqlite"))
    alpha = known["wire/alpha.md"].story
    assert alpha.body is None  # not read until asked for
    assert alpha.content == "<p>The text of alpha.</p>"
    assert alpha.get_content() == alpha.content
    assert alpha.tags == (Label("nato", "NATO", "topics/nato/"),)


def test_a_later_build_packs_only_what_it_read_and_a_fresh_packing_drops_what_is_gone(tmp_path):
    bodies = BodyStore(tmp_path / "bodies.sqlite")
    first = pack_catalog({"wire/alpha.md": CatalogEntry((1, 2), story("alpha", "<p>A.</p>"))}, bodies)
    known = unpack_catalog(first, bodies)
    known["wire/beta.md"] = CatalogEntry((3, 4), story("beta", "<p>B.</p>"))
    second = pack_catalog(known, bodies, first)
    assert second.rows[0] is first.rows[0]  # the row as it was
    assert unpack_catalog(second, bodies)["wire/beta.md"].story.content == "<p>B.</p>"
    # beta alone, packed afresh: alpha's text leaves the store
    pack_catalog({"wire/beta.md": unpack_catalog(second, bodies)["wire/beta.md"]}, bodies)
    rows = sqlite3.connect(tmp_path / "bodies.sqlite").execute("SELECT digest FROM bodies").fetchall()
    assert rows == [("digest-beta",)]


def test_the_kept_catalog_pickles_again_only_the_chunk_of_a_new_story(tmp_path):
    from site_pages.catalog import STORY_CHUNKS

    bodies = BodyStore(tmp_path / "bodies.sqlite")
    names = [f"story{number}" for number in range(300)]
    catalog = {f"wire/{name}.md": CatalogEntry((1, 2), story(name, f"<p>{name}</p>")) for name in names}
    kept = pickle.loads(pickle.dumps(pack_catalog(catalog, bodies)))  # as the next build reads it
    known = unpack_catalog(kept, bodies)
    assert {source: entry.story.title for source, entry in known.items()} == {
        f"wire/{name}.md": name.title() for name in names
    }

    known["wire/late.md"] = CatalogEntry((3, 4), story("late", "<p>Late.</p>"))
    second = pack_catalog(known, bodies, kept)
    before = dict(kept._pickled)
    again = pickle.loads(pickle.dumps(second))
    repickled = [key for key, (_, data) in second._pickled.items() if before.get(key, (0, None))[1] is not data]
    assert len(second._pickled) == 1 + STORY_CHUNKS and len(repickled) == 1 and repickled[0][0] == "rows"
    assert sorted(row[0] for row in again.rows) == sorted(known)
    assert unpack_catalog(again, bodies)["wire/late.md"].story.content == "<p>Late.</p>"


def test_story_files_are_found_in_a_linked_or_hidden_story_folder_as_in_a_plain_one(tmp_path):
    content = tmp_path / "content"
    (content / "wire" / "2025").mkdir(parents=True)
    (content / "wire" / "2025" / "a.md").write_text("Title: A\n", encoding="utf-8")
    (content / "wire" / ".draft.md").write_text("Title: hidden\n", encoding="utf-8")
    (content / "wire" / "notes.txt").write_text("not a story", encoding="utf-8")
    (content / ".archive").mkdir()
    (content / ".archive" / "b.md").write_text("Title: B\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.md").write_text("Title: C\n", encoding="utf-8")
    os.symlink(elsewhere, content / "linked")
    with trees_stated_once():
        found = story_files(content, ["wire", ".archive", "linked"])
    assert list(found) == [".archive/b.md", "linked/c.md", "wire/2025/a.md"]
    stat = (content / "wire" / "2025" / "a.md").stat()
    assert found["wire/2025/a.md"] == (stat.st_mtime_ns, stat.st_size)
    assert story_files(content, ["wire", ".archive", "linked"]) == found
