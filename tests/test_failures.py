"""Failures: killed builds and ingests, two runs at once, broken settings
and templates. The previous site stays whole and nothing is lost."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_SETTINGS, ROOT, SEEDS, run_killed
from wire.ingest import ingest
from wire.ingest_config import IngestConfig
from wire.locking import FolderLock, LockBusy

from bench.synthetic import write

INVOKE = [sys.executable, "-m", "invoke"]


def run_invoke(*args, timeout=300):
    return subprocess.run([*INVOKE, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def site_files(output: Path) -> dict[str, int]:
    return {p.relative_to(output).as_posix(): p.stat().st_size for p in output.rglob("*") if p.is_file()}


def build_args(tmp: Path, seeds: Path) -> list[str]:
    return ["build", "--seeds", str(seeds), "--content", str(tmp / "content"), "--output", str(tmp / "output")]


def test_a_build_killed_at_any_moment_leaves_the_previous_site_whole(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, 150)
    first = run_invoke(*build_args(tmp_path, seeds))
    assert first.returncode == 0, first.stderr
    output = tmp_path / "output"
    before = site_files(output)
    assert "index.html" in before and len(before) > 300
    write(seeds, 60, seed=99, prefix="new_")  # other stories
    for delay in (0.2, 0.6, 1.0, 1.6, 2.4, 3.5):
        run_killed([*INVOKE, *build_args(tmp_path, seeds)], ROOT, delay)
        now = site_files(output)
        # either the old site, whole, or (if the kill came after the swap) the new one, whole
        assert now == before or ("index.html" in now and len(now) > len(before)), delay
    final = run_invoke(*build_args(tmp_path, seeds))
    assert final.returncode == 0, final.stderr
    after = site_files(output)
    assert len(after) > len(before)
    builds = [p.name for p in (tmp_path / "output.builds").iterdir() if p.is_dir() and p.name.startswith("build-")]
    assert len(builds) == 1  # what killed builds left is gone


def test_a_killed_ingest_leaves_no_half_file_and_the_next_one_finishes(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, 1500)
    args = ["ingest", "--seeds", str(seeds), "--content", str(tmp_path / "content")]
    run_killed([*INVOKE, *args], ROOT, 2.5)
    for path in (tmp_path / "content").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n") and "Wire_id: " in text, path  # whole files only
    finished = run_invoke(*args)
    assert finished.returncode == 0, finished.stderr
    assert not list((tmp_path / "content").rglob(".*.part"))
    assert len(list((tmp_path / "content").rglob("*.md"))) == 1500
    clean = tmp_path / "clean"
    ingest(IngestConfig(seeds=seeds, content=clean))
    for path in (clean / "wire").rglob("*.md"):
        assert path.read_bytes() == (tmp_path / "content" / path.relative_to(clean)).read_bytes()


def test_two_ingests_at_once_one_waits_or_is_refused(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, 20)
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", lock_timeout=0)
    with FolderLock(config.state_path / "lock", 0, "test"):
        with pytest.raises(LockBusy, match="busy: another run holds"):
            ingest(config)
    assert ingest(config).counts["converted"] == 20  # once the other run is done


def test_two_builds_at_once_both_finish_and_the_site_is_whole(tmp_path):
    seeds = tmp_path / "seeds"
    write(seeds, 80)
    processes = [
        subprocess.Popen(
            [*INVOKE, *build_args(tmp_path, seeds)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    assert any("waiting" in out for out in outputs)  # the second waited its turn
    files = site_files(tmp_path / "output")
    assert sum(1 for name in files if name.startswith("stories/")) == 80


def test_a_broken_template_is_named_and_the_previous_site_stays(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "seed.txt").write_bytes((SEEDS / "000_53f2802795f52dea.txt").read_bytes())
    assert run_invoke(*build_args(tmp_path, seeds)).returncode == 0
    before = site_files(tmp_path / "output")
    theme = tmp_path / "theme"
    import shutil

    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "article.html").write_text(
        "{% extends 'base.html' %}{% block content %}{% if %}{% endblock content %}"
    )
    conf = tmp_path / "brokenconf.py"
    conf.write_text(PROJECT_SETTINGS + f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nTHEME = {str(theme)!r}\n")
    result = run_invoke(*build_args(tmp_path, seeds), "--settings", str(conf))
    combined = result.stdout + result.stderr
    assert result.returncode != 0
    assert "article.html" in combined
    assert "Traceback" not in combined
    assert "line 1" in combined  # where in the template
    assert site_files(tmp_path / "output") == before


def test_a_missing_theme_or_bad_setting_is_named(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "seed.txt").write_bytes((SEEDS / "000_53f2802795f52dea.txt").read_bytes())
    conf = tmp_path / "conf.py"
    conf.write_text(PROJECT_SETTINGS + f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nTHEME = '/no/such/theme'\n")
    result = run_invoke(*build_args(tmp_path, seeds), "--settings", str(conf))
    assert result.returncode != 0
    assert "/no/such/theme" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    conf.write_text(PROJECT_SETTINGS + f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nTOPIC_FEEDS_MAX_ITEMS = 'many'\n")
    result = run_invoke(*build_args(tmp_path, seeds), "--settings", str(conf))
    assert result.returncode != 0
    assert "TOPIC_FEEDS_MAX_ITEMS" in result.stdout + result.stderr


def test_thousands_of_tiny_dispatches_are_reported_with_bounded_memory(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for number in range(4000):
        (seeds / f"tiny_{number:05d}.txt").write_bytes(b"hello" if number % 2 else b"")
    report = tmp_path / "report.jsonl"
    code = (
        "from pathlib import Path; "
        "from wire.ingest import ingest; from wire.ingest_config import IngestConfig; "
        f"r = ingest(IngestConfig(seeds=Path({str(seeds)!r}), content=Path({str(tmp_path / 'content')!r}), report=Path({str(report)!r}))); "
        "print(r.summary()); "
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    summary, peak_kib = result.stdout.strip().splitlines()
    assert summary == "0 converted, 0 unchanged, 4000 quarantined"
    assert int(peak_kib) < 400 * 1024  # KiB, this process's own peak (VmHWM)
    lines = report.read_text().splitlines()
    assert len(lines) == 4000 and all('"reason": ' in line for line in lines)


def test_two_stories_whose_slugs_collide_get_two_pages(tmp_path):
    from wire.dispatch import parse_dispatch
    from wire.ingest import Ingest
    from wire.ingest_memory import StoryFiles
    from wire.stories import Story, Version

    def story(wire_id):
        dispatch = parse_dispatch("Same headline words\n\nPARIS (Reuters) - The same story text, twice over.")
        return Story(family=wire_id, wire_id=wire_id, versions=[Version(wire_id, wire_id, dispatch, None)])

    first, second = story("abcdef0011111111"), story("abcdef0022222222")
    placed = Ingest(IngestConfig(seeds=tmp_path, content=tmp_path))._story_paths([first, second], StoryFiles({}))
    slugs = {placed[s.wire_id][0] for s in (first, second)}
    paths = {placed[s.wire_id][1] for s in (first, second)}
    assert len(slugs) == 2 and len(paths) == 2
    assert "same-headline-words-abcdef00" in slugs


def test_a_rebuild_with_nothing_changed_keeps_the_site_and_an_edit_rebuilds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "seed.txt").write_bytes((SEEDS / "000_53f2802795f52dea.txt").read_bytes())
    assert run_invoke(*build_args(tmp_path, seeds)).returncode == 0
    before = {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()}
    again = run_invoke(*build_args(tmp_path, seeds))
    assert again.returncode == 0 and "nothing changed" in again.stdout
    assert {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()} == before
    (markdown,) = (tmp_path / "content" / "wire").rglob("*.md")
    markdown.write_text(
        markdown.read_text(encoding="utf-8").replace("Title: Joe Biden", "Title: EDITED Joe Biden"), encoding="utf-8"
    )
    edited = run_invoke(*build_args(tmp_path, seeds))
    assert edited.returncode == 0 and "nothing changed" not in edited.stdout
    (page,) = (tmp_path / "output" / "stories").glob("*.html")
    assert "EDITED Joe Biden" in page.read_text(encoding="utf-8")
