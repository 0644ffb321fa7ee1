"""Incremental builds: whatever sequence of builds led to it, the published
site is byte for byte what one cold build of the same input gives; and a new
story leaves the pages already published as they were."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from conftest import PROJECT_SETTINGS, ROOT, SEEDS, one_late_or_taken_off, run_killed
from desk.resident import ResidentBuilds

import tasks
from bench import desk
from bench.synthetic import write

INVOKE = [sys.executable, "-m", "invoke"]


def build(folder: Path, seeds: Path, conf: Path, content: Path | None = None) -> str:
    content = content or folder / "content"
    if not (content / "pages").exists():
        shutil.copytree(ROOT / "content" / "pages", content / "pages")
    args = ["build", "--seeds", str(seeds), "--content", str(content), "--output", str(folder / "output")]
    result = subprocess.run(
        [*INVOKE, *args, "--settings", str(conf)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def snapshot(output: Path) -> dict[str, bytes]:
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


def differences(one: dict, other: dict) -> list[str]:
    return sorted(name for name in one.keys() | other.keys() if one.get(name) != other.get(name))


def small_pages(folder: Path) -> Path:
    """The project's settings with three stories a page and ten a search
    bundle, so listings and the search index have many of each."""
    conf = folder / "smallpages.py"
    conf.write_text(
        PROJECT_SETTINGS
        + f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nDEFAULT_PAGINATION = 3\nSITE_SEARCH_BUNDLE_SIZE = 10\n"
    )
    return conf


def resident_builds(seeds: Path, steps: Path, conf: Path) -> ResidentBuilds:
    """A resident build process (as `invoke livereload` keeps) of ``seeds``
    into ``steps``' content and output folders."""
    shutil.copytree(ROOT / "content" / "pages", steps / "content" / "pages")
    folders = {
        "seeds": str(seeds),
        "content": str(steps / "content"),
        "output": str(steps / "output"),
        "settings": str(conf),
    }
    warm, once = partial(tasks._warm_build, **folders), partial(tasks._build_once, **folders)
    return ResidentBuilds(warm, once, partial(tasks._after_build, folders["output"]), quiet=True)


def test_a_sequence_of_incremental_builds_gives_the_cold_build_byte_for_byte(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    write(seeds, 40)
    steps = tmp_path / "steps"
    build(steps, seeds, conf)

    # a new story, newer than all
    write(seeds, 1, seed=501, prefix="zz_new_", first_year=2026)
    out = build(steps, seeds, conf)
    assert "nothing changed" not in out
    # a correction of an old story
    first = sorted(seeds.glob("0*_*.txt"))[1]
    text = first.read_text(encoding="utf-8")
    (seeds / ("zz_fix_" + first.name)).write_text(text.replace("\n\n", " (corrected)\n\n", 1), encoding="utf-8")
    build(steps, seeds, conf)
    # a dispatch dated before every other (a late arrival), and one deleted
    write(seeds, 1, seed=502, prefix="zz_old_", first_year=2001)
    sorted(seeds.glob("000*_*.txt"))[-1].unlink()
    build(steps, seeds, conf)
    # another new story, then a rebuild with nothing changed
    write(seeds, 1, seed=503, prefix="zz_newer_", first_year=2026)
    build(steps, seeds, conf)
    assert "nothing changed" in build(steps, seeds, conf)

    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    incremental, fresh = snapshot(steps / "output"), snapshot(cold / "output")
    assert len(fresh) > 300
    assert differences(incremental, fresh) == []


def test_a_build_started_afresh_works_out_the_published_build_while_it_converts(tmp_path):
    """While its ingest converts in another process, `invoke build` reads
    the published build's state and works out the stories it chose, grouped
    and related, and the pages it planned with the signatures it wrote, for
    the build to update (the sequence above shows the result equals a cold
    build); a state that relates other stories is left alone."""
    from site_pages import build_state
    from site_pages.publishing import current_build
    from site_pages.story_pages import work_out_ahead

    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    write(seeds, 12)
    build(tmp_path, seeds, conf)
    site = tasks._check_settings(str(conf), str(tmp_path / "content"))
    live = current_build(tmp_path / "output")
    try:
        assert work_out_ahead(live, site)
        state = build_state.state_read_ahead(live)
        derived = state[build_state.IN_MEMORY].derived
        stories = derived["selection"].on_site.stories
        assert len(stories) == len(state["related_entries"]) > 12
        assert {slug: [story.slug for story in listed] for slug, listed in derived["related_stories"].items()} == {
            slug: list(keys) for slug, keys in state["related"].items()
        }
        assert sum(len(members) for _, members in derived["groups"].groups.categories) == len(stories)
        planned = derived["pages"]
        listings = [page for pages in planned.listings.values() for page in pages]
        assert [page.values["article"] for page in planned.stories.values()] == stories
        assert {("tag", label) for label, _ in derived["groups"].groups.tags} <= planned.listings.keys()
        written = state["outputs"]
        assert all(written[page.save_as] == page.sign for page in [*planned.stories.values(), *listings])

        # once the ingest is done, the build plans the pages itself
        build_state.read_ahead(None)
        assert work_out_ahead(live, site, converting=lambda: False)
        assert "pages" not in build_state.state_read_ahead(live)[build_state.IN_MEMORY].derived

        build_state.read_ahead(None)
        build_state.read_ahead(live)
        del build_state.state_read_ahead(live)["related_entries"][stories[0].slug]
        assert not work_out_ahead(live, site)
    finally:
        build_state.read_ahead(None)  # nothing left read ahead for other tests


def test_the_builds_of_the_resident_process_equal_a_cold_build(tmp_path):
    """`invoke livereload` builds in a process kept warm between builds: a
    new story, a failed build, a build from another process meanwhile and a
    correction leave the site byte for byte as one cold build does."""
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    write(seeds, 20)
    steps = tmp_path / "steps"
    with resident_builds(seeds, steps, conf) as builds:
        assert builds.build() == 0
        stories = set((steps / "output" / "stories").glob("*.html"))
        write(seeds, 1, seed=601, prefix="zz_new_", first_year=2026)
        assert builds.build() == 0
        assert len(set((steps / "output" / "stories").glob("*.html")) - stories) == 1
        # the seeds folder gone for a moment: that build fails, the next works
        seeds.rename(tmp_path / "away")
        assert builds.build() != 0
        (tmp_path / "away").rename(seeds)
        # a build from another process in between, of a dispatch removed
        # since: its state, not the one read ahead, says which page to remove
        write(seeds, 1, seed=602, prefix="zz_other_", first_year=2026)
        build(steps, seeds, conf)
        next(seeds.glob("zz_other_*")).unlink()
        first = sorted(seeds.glob("0*_*.txt"))[1]
        text = first.read_text(encoding="utf-8")
        (seeds / ("zz_fix_" + first.name)).write_text(text.replace("\n\n", " (corrected)\n\n", 1), encoding="utf-8")
        assert builds.build() == 0
    # the desk of each build is written once the site is published
    # (the failed build stopped before it had anything to show; the build
    # from another process wrote its own)
    history = [json.loads(line) for line in (steps / "output.desk" / "builds.jsonl").read_text().splitlines()]
    assert [entry["outcome"] for entry in history] == ["built"] * 4
    assert [(entry["added"], entry["updated"]) for entry in history[1:]] == [(1, 0), (1, 0), (0, 1)]

    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(snapshot(steps / "output"), snapshot(cold / "output")) == []


def test_a_resident_process_updating_its_last_build_in_memory_equals_a_cold_build(tmp_path):
    """The resident process updates what its last build chose, grouped,
    related and planned with the stories that changed (see
    site_pages.grouping): new stories, one dated before the newest, names
    named by a second story, a correction and a dispatch removed, each built
    in turn on a desk of paged listings, leave the site byte for byte as one
    cold build does."""
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    desk.write(seeds, 25, seed=3)
    steps = tmp_path / "steps"
    with resident_builds(seeds, steps, conf) as builds:
        assert builds.build() == 0
        for number, day in enumerate((31, 29, 31, 30)):
            desk.write(seeds, 1, seed=70 + number, prefix=f"zz_new{number}_", day=day)
            assert builds.build() == 0
        first = sorted(seeds.glob("0*_*.txt"))[1]
        text = first.read_text(encoding="utf-8")
        (seeds / ("zz_fix_" + first.name)).write_text(text.replace("\n\n", " (corrected)\n\n", 1), encoding="utf-8")
        assert builds.build() == 0
        next(seeds.glob("zz_new1_*")).unlink()
        assert builds.build() == 0
        desk.write(seeds, 1, seed=79, prefix="zz_last_", day=31)
        assert builds.build() == 0
    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(snapshot(steps / "output"), snapshot(cold / "output")) == []


def test_the_resident_process_sees_every_change_made_between_its_builds(tmp_path):
    """The resident process states only what the kernel says changed (see
    desk_common.tree_watch): a dispatch in a new subfolder, an editor's edit
    made in place and put back to its old time, a seed removed and a
    Markdown file deleted are each built as a build of their own would."""
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    steps = tmp_path / "steps"
    stories = steps / "output" / "stories"
    with resident_builds(seeds, steps, conf) as builds:
        assert builds.build() == 0
        before = {page.name for page in stories.glob("*.html")}
        (seeds / "late" / "wire").mkdir(parents=True)
        write(seeds / "late" / "wire", 1, seed=611, prefix="zz_deep_", first_year=2026)
        assert builds.build() == 0
        added = {page.name for page in stories.glob("*.html")} - before
        assert len(added) == 1
        # an edit in place, its time put back: a new size shows it
        markdown = next(p for p in (steps / "content" / "wire").rglob("*.md") if "rotterdam" in p.name)
        info = markdown.stat()
        markdown.write_text(markdown.read_text(encoding="utf-8").replace("Title: Fire halts", "Title: Blaze halts"))
        os.utime(markdown, ns=(info.st_atime_ns, info.st_mtime_ns))
        assert builds.build() == 0
        page = next(stories.glob("*rotterdam*.html"))
        assert "Blaze halts" in page.read_text(encoding="utf-8")
        # the new dispatch removed: its page goes; a story's file deleted: written again
        shutil.rmtree(seeds / "late")
        other = next(p for p in (steps / "content" / "wire").rglob("*.md") if "rotterdam" not in p.name)
        other.unlink()
        assert builds.build() == 0
        assert {page.name for page in stories.glob("*.html")} == before
        assert other.exists()


def test_the_terminals_interrupt_leaves_the_resident_process_to_its_parent(tmp_path):
    """^C reaches every process of the terminal: `invoke livereload` stops
    its resident process itself, after the work that follows a build (the
    state saved), so the interrupt must not stop it first."""
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    with resident_builds(seeds, tmp_path / "steps", conf) as builds:
        assert builds.build() == 0
        os.kill(builds._process.pid, signal.SIGINT)
        time.sleep(0.5)
        write(seeds, 1, seed=621, prefix="zz_new_", first_year=2026)
        assert builds.build() == 0


def test_a_first_story_in_another_language_reaches_every_page_as_a_cold_build_does(tmp_path):
    """The languages and sections every page shows are signed with each page:
    a story that brings a new one changes pages it is not listed on."""
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS.glob("*_en_*.txt"):
        shutil.copy(seed, seeds / seed.name)
    steps = tmp_path / "steps"
    build(steps, seeds, conf)
    shutil.copy(SEEDS / "009_dpa_de_athen.txt", seeds / "009_dpa_de_athen.txt")
    build(steps, seeds, conf)
    site = snapshot(steps / "output")
    assert "Deutsch" in site["topics/index.html"].decode()

    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(site, snapshot(cold / "output")) == []


def test_an_editors_edit_rebuilds_what_shows_it_and_equals_a_cold_build(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build(tmp_path, seeds, conf)
    markdown = next(p for p in (tmp_path / "content" / "wire").rglob("*.md") if "rotterdam" in p.name)
    edited = markdown.read_text(encoding="utf-8").replace("Title: Fire halts", "Title: Blaze halts")
    markdown.write_text(edited, encoding="utf-8")
    build(tmp_path, seeds, conf)
    site = snapshot(tmp_path / "output")
    story = next(name for name in site if name.startswith("stories/") and "rotterdam" in name)
    assert "Blaze halts" in site[story].decode()
    assert "Blaze halts" in site["index.html"].decode()
    assert b"Blaze halts" in site["feeds/all.atom.xml"]

    cold = tmp_path / "cold"
    shutil.copytree(tmp_path / "content", cold / "content")  # the editor's file, ledger and all
    build(cold, seeds, conf, cold / "content")
    assert differences(site, snapshot(cold / "output")) == []


def test_a_new_story_leaves_published_pages_alone(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    write(seeds, 60)
    build(tmp_path, seeds, conf)
    before = {name: (tmp_path / "output" / name).stat().st_ino for name in snapshot(tmp_path / "output")}
    write(seeds, 1, seed=777, prefix="zz_new_", first_year=2026)
    build(tmp_path, seeds, conf)
    after = snapshot(tmp_path / "output")
    written = sorted(
        name for name in after if name not in before or (tmp_path / "output" / name).stat().st_ino != before[name]
    )
    pages = [name for name in written if name.endswith(".html") and not name.startswith("theme/")]
    stories = [name for name in pages if name.startswith("stories/")]
    assert len(stories) == 1  # its own page; no other story page changed
    # the home page, the indexes, and the first and newest numbered pages of
    # each listing it is in; nothing like the hundreds of pages of the site
    assert len(pages) < 40, pages
    assert "topics/index.html" in pages and "index.html" in pages
    for name in pages:  # the older numbered pages never move
        listing, _, number = name.removesuffix("/index.html").rpartition("page/")
        if listing:
            newest = len(list((tmp_path / "output" / listing / "page").iterdir()))
            assert int(number) >= newest - 1, name
    assert any("/page/" in name for name in pages)
    assert len(before) > 400


def bundle_files(output: Path) -> dict[str, dict[str, tuple[int, bytes]]]:
    """Each search bundle's files: inode and bytes."""
    return {
        bundle.name: {
            path.relative_to(bundle).as_posix(): (path.stat().st_ino, path.read_bytes())
            for path in sorted(bundle.rglob("*"))
            if path.is_file()
        }
        for bundle in sorted((output / "pagefind").iterdir())
    }


def _reindexed(before: dict, after: dict) -> int:
    """How many stories the bundles of ``after`` that ``before`` lacks, as
    they are, hold: those Pagefind indexes again."""
    return sum(len(stories) for name, stories in after.items() if before.get(name) != stories)


def test_at_ten_thousand_stories_a_new_story_reindexes_fifteen_most_of_the_time():
    from types import SimpleNamespace

    from site_pages.search_index import partition

    stories = [SimpleNamespace(date=number, slug=f"s{number}") for number in range(12_000)]
    bundles = partition(stories[:10_950], 1000)
    tail = [name for name in bundles if "." in name]
    whole = [name for name in bundles if "." not in name]
    # whole bundles of 600 to 1,000 stories; the tail after them, named after
    # its first story, in units of 15: the unit being filled, then a bundle
    # for each digit 1 of the binary count of the units before it
    assert all(600 <= len(bundles[name]) <= 1000 for name in whole) and 11 <= len(whole) <= 18
    assert sum(len(members) for members in bundles.values()) == 10_950
    assert len({name.partition(".")[0] for name in tail}) == 1
    rest = sum(len(bundles[name]) for name in tail)
    units = rest // 15
    counter = [15 << power for power in range(units.bit_length()) if units >> power & 1]
    assert [len(bundles[name]) for name in tail] == [rest % 15] * bool(rest % 15) + counter

    costs = []
    for count in range(10_950, 12_000):
        after = partition(stories[: count + 1], 1000)
        costs.append(_reindexed(bundles, after))
        bundles = after
    costs.sort()
    assert costs[len(costs) // 2] <= 15 and sum(costs) / len(costs) < 25  # the unit being filled, mostly
    # the tail filled a bundle once (indexed whole, once) and 64 or 32 units
    # became one bundle a few times: nothing else re-indexed more than 240
    assert costs[-1] <= 1000 and costs[-2] <= 960 and costs[-5] <= 240


@pytest.mark.parametrize("late", [True, False])
def test_a_late_story_or_one_taken_off_reindexes_the_bundle_it_was_in(late):
    """A story filed late among older ones, or taken off the site, changes
    the bundle it falls in: the bundles after it are left as they were (but
    for the rare story that moves that bundle's end, about one in 500)."""
    import random
    from types import SimpleNamespace

    from site_pages.search_index import partition

    stories = [SimpleNamespace(date=number, slug=f"s{number}") for number in range(20_000)]
    bundles = partition(stories, 1000)
    draw = random.Random(7)
    costs, changes = [], []
    for turn in range(40):
        at = draw.randrange(18_000)
        changed = one_late_or_taken_off(stories, at, turn, late)
        after = partition(changed, 1000)
        costs.append(_reindexed(bundles, after))
        changes.append(sum(1 for name in after if bundles.get(name) != after[name]))
    assert changes.count(1) >= 39 and sorted(costs)[-2] <= 1001


def test_a_new_story_or_a_correction_reindexes_one_search_bundle_of_bounded_size(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    write(seeds, 45, on=(2026, 3, 9))  # one day, let alone one month: bundles split by size
    build(tmp_path, seeds, conf)
    output = tmp_path / "output"
    before = bundle_files(output)
    whole = [name for name in before if "." not in name]
    tail = [name for name in before if "." in name]
    # whole bundles of 6 to 10 stories, then the tail in units of one story
    # (here), as a binary counter groups them, all named after its first story
    assert 4 <= len(whole) <= 6 and len(tail) <= 4 and len({name.partition(".")[0] for name in tail}) <= 1
    search_page = (output / "search" / "index.html").read_text(encoding="utf-8")
    assert all(f"/pagefind/{name}/" in search_page for name in before)

    write(seeds, 1, seed=777, prefix="zz_new_", on=(2026, 3, 10))
    build(tmp_path, seeds, conf)
    after = bundle_files(output)
    # the new story joins the tail's last units: nothing else is indexed again
    assert [name for name in after if name in before and after[name] != before[name]] == []
    assert all(name in tail for name in set(before) - set(after))
    assert all(name.partition(".")[0] == tail[0].partition(".")[0] for name in set(after) - set(before))
    for number in range(7, 19):  # the tail fills a bundle: it is indexed whole, in its place
        write(seeds, 1, seed=770 + number, prefix=f"zz_new{number}_", on=(2026, 3, 10))
    build(tmp_path, seeds, conf)
    filled = bundle_files(output)
    assert {*whole, tail[0].partition(".")[0]} <= {name for name in filled if "." not in name}
    assert all(filled[name] == before[name] for name in whole)
    after = filled

    # a story filed late, dated among the first ones: the bundle it falls in only
    write(seeds, 1, seed=4242, prefix="zz_late_", on=(2026, 3, 9))
    build(tmp_path, seeds, conf)
    late = bundle_files(output)
    assert len([name for name in after if late.get(name) != after[name]]) == 1
    assert len(set(late) - set(after)) <= 1
    after = late

    # a correction of a story in an older bundle: that bundle only
    first = sorted(seeds.glob("0*_*.txt"))[12]
    text = first.read_text(encoding="utf-8")
    (seeds / ("zz_fix_" + first.name)).write_text(text.replace("\n\n", " Quarantotto.\n\n", 1), encoding="utf-8")
    build(tmp_path, seeds, conf)
    corrected = bundle_files(output)
    changed = [name for name in after if corrected[name] != after[name]]
    assert len(changed) == 1
    fragments = (output / "pagefind" / changed[0] / "fragment").glob("*.pf_fragment")
    assert any(b"Quarantotto" in gzip.decompress(path.read_bytes()) for path in fragments)


def test_builds_in_place_killed_half_way_are_finished_by_the_next_one(tmp_path):
    import os

    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    write(seeds, 150)
    build(tmp_path, seeds, conf)
    published = os.readlink(tmp_path / "output")
    write(seeds, 40, seed=91, prefix="zz_new_", first_year=2026)
    args = [
        "build",
        "--seeds",
        str(seeds),
        "--content",
        str(tmp_path / "content"),
        "--output",
        str(tmp_path / "output"),
    ]
    for delay in (0.8, 1.2, 1.6, 2.0):
        run_killed([*INVOKE, *args, "--settings", str(conf)], ROOT, delay)
        (seeds / f"zz_more_{delay}.txt").write_bytes(next(seeds.glob("zz_new_00001_*")).read_bytes() + b" More.\n")
    build(tmp_path, seeds, conf)
    assert os.readlink(tmp_path / "output") == published  # updated in place, never republished
    site = snapshot(tmp_path / "output")
    assert not [name for name in site if name.endswith(".part")]
    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(site, snapshot(cold / "output")) == []


def test_a_second_story_naming_someone_gives_them_a_page_the_first_story_links(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build(tmp_path, seeds, conf)
    site = snapshot(tmp_path / "output")
    (first,) = [name for name in site if name.startswith("stories/nato-ministers")]
    assert "Pieter Vandermolen" in site[first].decode()  # named in passing, once: no page, no link
    assert not [name for name in site if name.startswith("topics/pieter-vandermolen/")]
    assert b"topics/pieter-vandermolen/" not in site[first]

    (seeds / "zz_second.txt").write_text(
        "2025-03-20T10:00:00Z\nAir defence orders rise\n\n"
        "BERLIN, March 20 (Reuters) - European arms makers said on Thursday that orders for air defence "
        "systems had doubled since the start of the year.\n\n"
        "The alliance welcomed the rise, Secretary General Pieter Vandermolen told reporters.\n",
        encoding="utf-8",
    )
    build(tmp_path, seeds, conf)
    site = snapshot(tmp_path / "output")
    assert "topics/pieter-vandermolen/index.html" in site
    assert b"topics/pieter-vandermolen/" in site[first]  # the earlier story links the new page
    from bs4 import BeautifulSoup

    tags = BeautifulSoup(site[first].decode(), "html.parser").select_one("nav.tags")
    (linked,) = [a for a in tags.select("a") if a["href"].endswith("topics/pieter-vandermolen/")]
    # the name is in the story's text: search indexes the story as before
    assert linked.parent.has_attr("data-pagefind-ignore")
    ignored = [li.has_attr("data-pagefind-ignore") for li in tags.select("li")]
    assert ignored == sorted(ignored) and not ignored[0]  # the story's own tags first, indexed
    assert any(name.startswith("feeds/tag/pieter-vandermolen.") for name in site)

    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(site, snapshot(cold / "output")) == []


def test_the_topics_index_and_a_busy_month_stay_readable_and_incremental(tmp_path):
    from bs4 import BeautifulSoup

    conf = small_pages(tmp_path)
    conf.write_text(conf.read_text() + "SITE_TAG_INDEX_MAX = 2\n")
    seeds = tmp_path / "seeds"
    desk.write(seeds, 40)  # a desk's month: most stories bring new names
    build(tmp_path, seeds, conf)
    output = tmp_path / "output"

    def soup(relative):
        return BeautifulSoup((output / relative).read_text(encoding="utf-8"), "html.parser")

    index = soup("topics/index.html")
    people = index.select_one("#group-people").parent
    assert len(people.select(".topic-index li")) == 2  # the two most covered
    letters = [a["href"] for a in people.select("nav.letters a")]
    assert letters and all("/names/people/" in href for href in letters)
    # every tag page is reached from the index or a letter page
    linked = {a["href"].split("/topics/", 1)[1] for a in index.select(".topic-index a")}
    for letter_page in output.glob("names/*/*/index.html"):
        linked |= {
            a["href"].split("/topics/", 1)[1] for a in soup(letter_page.relative_to(output)).select(".topic-index a")
        }
    tag_pages = {f"{path.parent.name}/" for path in output.glob("topics/*/index.html")}
    assert tag_pages == linked

    # a month of 40 stories: pages of three, numbered from the oldest
    month = soup("archives/2025/12/index.html")
    assert len(month.select("article.teaser")) == 3
    shown = {a["href"] for a in month.select("article.teaser h2 a")}
    for numbered in output.glob("archives/2025/12/page/*/index.html"):
        shown |= {
            a["href"].replace("../", "") for a in soup(numbered.relative_to(output)).select("article.teaser h2 a")
        }
    assert len({href.replace("../", "") for href in shown}) == 40  # every story of the month

    desk.write(seeds, 1, seed=502, prefix="zz_new_", day=31)
    build(tmp_path, seeds, conf)
    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(snapshot(output), snapshot(cold / "output")) == []


@pytest.mark.parametrize("size", [1, 7, 64, 65, 1000])
def test_the_search_page_names_the_very_bundles_the_index_is_built_in(size):
    """The search page lists the bundles the index is built in, newest
    first, which hold every story once, oldest first."""
    from types import SimpleNamespace

    from site_pages.search_index import bundle_urls, partition

    stories = [SimpleNamespace(date=number % 97, slug=f"s{number}") for number in range(2_500)]
    for count in [*range(0, 300), *range(size * 3 - 5, size * 3 + 5), 2_047, 2_048, 2_500]:
        bundles = partition(stories[:count], size)
        assert bundle_urls(bundles) == [f"pagefind/{name}/" for name in bundles]
        assert all(0 < len(members) <= size for members in bundles.values())
        oldest_first = [story for members in reversed(bundles.values()) for story in members]
        assert oldest_first == sorted(stories[:count], key=lambda story: (story.date, story.slug))


def _story_md(title: str, day: int, tags: str) -> str:
    return (
        f"Title: {title}\nDate: 2025-03-{day:02d}T10:00\nLang: en\nCategory: economy, business and finance\n"
        f"Tags: {tags}\nSlug: {title.lower().replace(' ', '-')}\n\n{title}, the company said on Monday.\n"
    )


def test_a_name_spelled_two_ways_has_one_page_in_one_spelling_as_a_cold_build_has(tmp_path):
    """Copy now and then writes a name in capitals throughout (an analyst's
    firm in a list): one page, feeds and link for the name, in the spelling
    written in lower case too, whichever story came first."""
    conf = small_pages(tmp_path)
    seeds, wire = tmp_path / "seeds", tmp_path / "content" / "wire"
    seeds.mkdir()
    wire.mkdir(parents=True)
    (wire / "a.md").write_text(_story_md("Capitals first", 3, "NORDHURA TELECOM; telecommunications"))
    build(tmp_path, seeds, conf)
    site = snapshot(tmp_path / "output")
    assert b"<h1>NORDHURA TELECOM</h1>" in site["topics/nordhura-telecom/index.html"]

    (wire / "b.md").write_text(_story_md("Lower case next", 4, "Nordhura Telecom; telecommunications"))
    build(tmp_path, seeds, conf)
    site = snapshot(tmp_path / "output")
    from bs4 import BeautifulSoup

    page = BeautifulSoup(site["topics/nordhura-telecom/index.html"].decode(), "html.parser")
    assert page.h1.get_text() == "Nordhura Telecom"
    assert {a.get_text() for a in page.select("main h2 a, main h3 a")} >= {"Capitals first", "Lower case next"}
    for story in ("stories/capitals-first.html", "stories/lower-case-next.html"):
        links = BeautifulSoup(site[story].decode(), "html.parser").select("nav.tags a")
        assert [a.get_text() for a in links if "nordhura" in a["href"]] == ["Nordhura Telecom"], story
    feed = site["feeds/tag/nordhura-telecom.atom.xml"].decode()
    assert "<title>Wire Desk: Nordhura Telecom</title>" in feed and feed.count("<entry>") == 2
    assert differences(site, snapshot(build_cold(tmp_path / "cold", seeds, conf, tmp_path / "content"))) == []

    # a story that names neither leaves the name's page and feeds alone
    written = {name: (tmp_path / "output" / name).stat().st_mtime_ns for name in site if "nordhura" in name}
    (wire / "c.md").write_text(_story_md("Something else", 5, "telecommunications"))
    build(tmp_path, seeds, conf)
    assert {name: (tmp_path / "output" / name).stat().st_mtime_ns for name in written} == written


def build_cold(folder: Path, seeds: Path, conf: Path, content: Path) -> Path:
    """A cold build of a copy of ``content`` into ``folder``; its output."""
    shutil.copytree(content, folder / "content", ignore=shutil.ignore_patterns(".*"))
    build(folder, seeds, conf)
    return folder / "output"
