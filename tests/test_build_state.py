"""Builds in place, killed half-way: whatever a killed build replaced or
removed, the next build renders again or removes, even when what it wants
is what the last whole build had."""

from site_pages.build_state import BuildOutput, load_state, save_state

FINGERPRINT = "code"


def whole_build(site, pages: dict[str, bytes]) -> None:
    state = load_state(site, FINGERPRINT)
    output = BuildOutput(site, site, state.get("outputs", {}))
    for name, data in pages.items():
        output.write(name, data.decode(), lambda data=data: data)
    output.finish()
    save_state(site, FINGERPRINT, {"outputs": output.signatures}, {})


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
