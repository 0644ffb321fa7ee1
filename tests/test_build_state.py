"""Builds in place, killed half-way: whatever a killed build replaced or
removed, the next build renders again or removes, even when what it wants
is what the last whole build had."""

import time

import pytest
from desk_common.state import build_journal_path
from site_pages import build_state
from site_pages.build_state import BuildOutput, load_state, save_state, signature, signed_list

FINGERPRINT = "code"


def whole_build(site, pages: dict[str, bytes]) -> None:
    state = load_state(site, FINGERPRINT)
    output = BuildOutput(site, site, state.get("outputs", {}))
    for name, data in pages.items():
        output.write(name, data.decode(), lambda data=data: data)
    output.finish()
    save_state(site, FINGERPRINT, {"outputs": output.signatures}, {"pages": len(output.signatures)})


def killed_build(site, pages: dict[str, bytes]) -> None:
    """Writes its pages, then dies before removing old ones or saving its state."""
    state = load_state(site, FINGERPRINT)
    output = BuildOutput(site, site, state.get("outputs", {}))
    for name, data in pages.items():
        output.write(name, data.decode(), lambda data=data: data)


def test_a_page_a_killed_build_replaced_is_rendered_again_when_its_inputs_come_back(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    whole_build(site, {"index.html": b"old story", "stories/a.html": b"a"})
    killed_build(site, {"index.html": b"a story that came and went"})
    whole_build(site, {"index.html": b"old story", "stories/a.html": b"a"})
    assert (site / "index.html").read_bytes() == b"old story"
    assert (site / "stories/a.html").read_bytes() == b"a"


def test_a_page_a_killed_build_removed_is_written_again(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    whole_build(site, {"index.html": b"home", "stories/a.html": b"a"})
    state = load_state(site, FINGERPRINT)
    output = BuildOutput(site, site, state.get("outputs", {}))
    output.write("index.html", "home", lambda: b"home")
    output.finish()  # removes stories/a.html, then the build dies before saving its state
    whole_build(site, {"index.html": b"home", "stories/a.html": b"a"})
    assert (site / "stories/a.html").read_bytes() == b"a"


def test_a_resident_process_saves_the_state_once_published_and_a_killed_one_leaves_the_journal(tmp_path, monkeypatch):
    """A state left for later is not on disk until it is saved: a process
    killed before then leaves the journal, and the next build renders
    again what that build wrote."""
    site = tmp_path / "output"
    site.mkdir()
    whole_build(site, {"index.html": b"home", "stories/a.html": b"a"})
    monkeypatch.setattr(build_state, "_PENDING_STATES", [])  # as save_states_later() does
    whole_build(site, {"index.html": b"home, with b", "stories/a.html": b"a", "stories/b.html": b"b"})
    assert build_state.built_counts(site) == {"pages": 3}
    assert load_state(site, FINGERPRINT)["outputs"] == {
        "index.html": None,
        "stories/a.html": "a",
        "stories/b.html": None,
    }

    build_state.save_pending_states(site)
    assert load_state(site, FINGERPRINT)["outputs"] == {
        "index.html": "home, with b",
        "stories/a.html": "a",
        "stories/b.html": "b",
    }


def test_a_state_left_for_later_gives_way_to_a_build_from_another_process(tmp_path, monkeypatch):
    site = tmp_path / "output"
    site.mkdir()
    whole_build(site, {"index.html": b"home"})
    monkeypatch.setattr(build_state, "_PENDING_STATES", [])
    whole_build(site, {"index.html": b"home, with b", "stories/b.html": b"b"})
    pending = list(build_state._PENDING_STATES)
    # another process builds meanwhile (under the lock the resident process waits for)
    monkeypatch.setattr(build_state, "_PENDING_STATES", None)
    whole_build(site, {"index.html": b"home, with c", "stories/c.html": b"c"})
    monkeypatch.setattr(build_state, "_PENDING_STATES", pending)
    build_state.save_pending_states(site)
    assert set(load_state(site, FINGERPRINT)["outputs"]) == {"index.html", "stories/c.html"}
    assert not (site / "stories/b.html").exists()


def test_a_state_left_for_later_is_dropped_when_another_build_was_published(tmp_path, monkeypatch):
    site, other = tmp_path / "build-1", tmp_path / "build-2"
    site.mkdir()
    other.mkdir()
    monkeypatch.setattr(build_state, "_PENDING_STATES", [])
    whole_build(site, {"index.html": b"home"})
    build_state.save_pending_states(other)
    assert load_state(site, FINGERPRINT) == {}


def test_what_a_forked_output_writes_waits_for_the_gate_and_is_taken_in(tmp_path):
    """The feeds are worked out in a forked process while the pages are
    written: a feed is written only once the page it links is there, and
    the build keeps the signatures of both."""
    site = tmp_path / "output"
    site.mkdir()
    whole_build(site, {"index.html": b"home"})
    output = BuildOutput(site, site, load_state(site, FINGERPRINT)["outputs"])

    def feed() -> bytes:
        return b"page there" if (site / "stories/new.html").exists() else b"page missing"

    child = output.in_child(lambda: output.write("feeds/all.xml", "feed v2", feed), workers=2)
    time.sleep(0.3)  # the child has long made its feed by now: it may not write it yet
    assert not (site / "feeds/all.xml").exists()
    output.write("stories/new.html", "new", lambda: b"new story")
    child.open_gate()
    output.take_in(child)
    output.finish()
    assert (site / "feeds/all.xml").read_bytes() == b"page missing"  # made early, written late
    assert output.signatures == {"stories/new.html": "new", "feeds/all.xml": "feed v2"}
    assert output.rendered == 2
    assert "feeds/all.xml" in build_journal_path(site).read_text()


def test_a_forked_output_that_fails_fails_the_build(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    output = BuildOutput(site, None, {})

    def broken() -> None:
        raise ValueError("no such template")

    child = output.in_child(broken, workers=2)
    with pytest.raises(RuntimeError, match="ValueError: no such template"):
        output.take_in(child)


def test_a_forked_output_abandoned_at_the_gate_writes_nothing(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    output = BuildOutput(site, site, {})  # in place: what it writes is seen at once
    child = output.in_child(lambda: output.write("feeds/all.xml", "feed", lambda: b"feed"), workers=2)
    child.abandon()
    assert not (site / "feeds/all.xml").exists()


def test_on_one_core_the_feeds_are_written_in_this_process_after_the_pages(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    output = BuildOutput(site, None, {})
    child = output.in_child(lambda: output.write("feeds/all.xml", "feed", lambda: b"feed"), workers=1)
    output.write("index.html", "home", lambda: b"home")
    assert not (site / "feeds/all.xml").exists()
    output.take_in(child)
    assert output.signatures == {"index.html": "home", "feeds/all.xml": "feed"}


def test_a_forked_output_into_a_new_folder_does_not_wait_for_the_gate(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    output = BuildOutput(site, None, {})  # nothing is seen before the whole build is published
    child = output.in_child(lambda: output.write("feeds/all.xml", "feed", lambda: b"feed"), workers=2)
    written = site / "feeds/all.xml"
    for _ in range(100):  # written in place, not renamed: seen once whole
        if written.exists() and written.read_bytes() == b"feed":
            break
        time.sleep(0.05)
    assert written.read_bytes() == b"feed"
    child.open_gate()  # the child may have ended: nothing to open
    output.take_in(child)
    assert output.signatures == {"feeds/all.xml": "feed"}


def test_a_new_folder_never_writes_through_a_file_linked_from_the_published_build(tmp_path):
    published, staging = tmp_path / "build-1", tmp_path / "build-2"
    published.mkdir()
    whole_build(published, {"index.html": b"front page", "stories/a.html": b"a"})
    output = BuildOutput(staging, published, load_state(published, FINGERPRINT)["outputs"])
    output.write("index.html", "front page", lambda: b"front page")  # unchanged: linked in
    assert (staging / "index.html").stat().st_ino == (published / "index.html").stat().st_ino
    output.write("index.html", "another front page", lambda: b"another front page")
    output.write_many([("stories/b.html", "b", b"b")], lambda data: data)
    assert (published / "index.html").read_bytes() == b"front page"  # the live site is left alone
    assert (staging / "index.html").read_bytes() == b"another front page"
    assert (staging / "stories/b.html").read_bytes() == b"b"


def test_a_list_is_signed_again_unless_it_holds_the_very_objects_signed_before():
    calls = []

    def sign(members):
        calls.append(list(members))
        return signature(*members)

    one, two, other_two = ["a"], ["b"], ["b"]
    first = signed_list(("test", "part"), [one, two], lambda: sign([one, two]))
    assert signed_list(("test", "part"), [one, two], lambda: sign([one, two])) == first
    assert len(calls) == 1
    # an equal object that is not the one signed, another order, another key: signed again
    signed_list(("test", "part"), [one, other_two], lambda: sign([one, other_two]))
    signed_list(("test", "part"), [other_two, one], lambda: sign([other_two, one]))
    signed_list(("test", "other"), [other_two, one], lambda: sign([other_two, one]))
    assert len(calls) == 4


def test_in_place_the_few_story_pages_that_changed_are_made_first_for_the_search_index(tmp_path):
    from site_pages.page_plan import Page
    from site_pages.story_pages import _changed_story_pages

    published = {"stories/a.html": "s1", "stories/b.html": "s2", "tags/x.html": "t1"}
    pages = [
        Page("stories/a.html", "article", "s1"),  # unchanged
        Page("stories/b.html", "article", "s2-new"),
        Page("stories/c.html", "article", "s3"),  # new
        Page("tags/x.html", "tag", "t1-new"),  # changed, not a story page
    ]
    in_place = BuildOutput(tmp_path, tmp_path, published)
    render = lambda page: f"<p>{page.save_as}</p>".encode()  # noqa: E731
    assert _changed_story_pages(in_place, pages, render, 2) == {
        "stories/b.html": b"<p>stories/b.html</p>",
        "stories/c.html": b"<p>stories/c.html</p>",
    }
    # into a new folder, or too many to make here: written first, then indexed
    assert _changed_story_pages(BuildOutput(tmp_path / "new", tmp_path, published), pages, render, 2) is None
    many = [Page(f"stories/{n}.html", "article", "s") for n in range(200)]
    assert _changed_story_pages(in_place, many, render, 2) is None


def test_the_search_index_reads_a_story_page_made_but_not_written_yet(tmp_path):
    from site_pages.search_index import _link_files

    (tmp_path / "site" / "stories").mkdir(parents=True)
    (tmp_path / "site" / "stories" / "old.html").write_bytes(b"old")
    (tmp_path / "site" / "stories" / "changed.html").write_bytes(b"before")
    made = {"stories/changed.html": b"after", "stories/new.html": b"new"}
    _link_files(
        tmp_path / "site", tmp_path / "index", ["stories/changed.html", "stories/new.html", "stories/old.html"], made
    )
    read = {path.name: path.read_bytes() for path in (tmp_path / "index" / "stories").iterdir()}
    assert read == {"changed.html": b"after", "new.html": b"new", "old.html": b"old"}
    assert (tmp_path / "site" / "stories" / "changed.html").read_bytes() == b"before"  # written by the build, later
