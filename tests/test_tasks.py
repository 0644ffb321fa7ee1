"""The invoke tasks with settings and folders of the user's choosing: a
settings file in another folder, relative output paths, a content folder
without the project's pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT_SETTINGS, ROOT, SEEDS

INVOKE = [sys.executable, "-m", "invoke", "--search-root", str(ROOT)]


def settings_file(folder: Path, extra: str = "") -> Path:
    """A settings file of its own, in a folder of its own, that takes the
    project's settings and changes ``extra``."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "conf.py"
    conf.write_text(
        PROJECT_SETTINGS + f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nTHEME = {str(ROOT / 'theme')!r}\n" + extra,
        encoding="utf-8",
    )
    return conf


def invoke(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([*INVOKE, *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_a_settings_file_elsewhere_builds_into_the_output_named(tmp_path):
    """`--output site` is ``site`` in the folder the build is run from, not
    beside the settings file, and it serves the stories."""
    conf = settings_file(tmp_path / "some" / "other" / "dir")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    args = ["build", "--seeds", "seeds", "--content", "content", "--output", "site", "--settings", str(conf)]
    out = invoke(tmp_path, *args).stdout
    assert not (conf.parent / "site.builds").exists()
    stories = list((tmp_path / "site" / "stories").glob("*.html"))
    assert len(stories) >= len(list(SEEDS.iterdir())) // 2
    assert " 0 pages" not in out
    # built again with nothing changed: still the same site
    assert "nothing changed" in invoke(tmp_path, *args).stdout
    assert len(list((tmp_path / "site" / "stories").glob("*.html"))) == len(stories)


def test_the_ingest_reads_the_settings_file_named(tmp_path):
    """A WIRE_* setting in the settings file given with `--settings` applies
    to `invoke ingest` and to the ingest of `invoke build`."""
    conf = settings_file(tmp_path / "conf", "WIRE_MAX_BYTES = 64\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(sorted(SEEDS.iterdir())[0], seeds / "one.txt")
    assert (seeds / "one.txt").stat().st_size > 64
    out = invoke(tmp_path, "ingest", "--seeds", "seeds", "--content", "content", "--settings", str(conf)).stdout
    assert "0 converted" in out and "1 quarantined" in out
    assert not list((tmp_path / "content").rglob("*.md"))

    out = invoke(
        tmp_path, "build", "--seeds", "seeds", "--content", "built", "--output", "site", "--settings", str(conf)
    ).stdout
    assert not list((tmp_path / "built").rglob("*.md"))
    assert list((tmp_path / "built" / ".wire" / "quarantine").rglob("one.txt*"))


def test_links_in_the_seeds_folder_are_quarantined_and_the_build_goes_on(tmp_path):
    """A link among the seeds, to a dispatch or to nothing, is quarantined
    with its reason, the other dispatches are published, and a second build
    finds nothing changed."""
    conf = settings_file(tmp_path / "conf")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    os.symlink(sorted(seeds.iterdir())[0], seeds / "linked.txt")
    os.symlink(tmp_path / "gone.txt", seeds / "dangling.txt")
    args = ["build", "--seeds", "seeds", "--content", "content", "--output", "site", "--settings", str(conf)]
    out = invoke(tmp_path, *args).stdout
    assert "2 quarantined" in out
    quarantine = tmp_path / "content" / ".wire" / "quarantine"
    for name in ("linked.txt", "dangling.txt"):
        assert "not a regular file" in (quarantine / f"{name}.reason.txt").read_text(encoding="utf-8")
    assert len(list((tmp_path / "site" / "stories").glob("*.html"))) >= len(list(SEEDS.iterdir())) // 2
    assert "nothing changed" in invoke(tmp_path, *args).stdout


def test_a_site_without_an_about_page_links_none(tmp_path):
    """Built from a content folder with no `pages/about.md`, no page links
    `about.html`; with one, every page does."""
    conf = settings_file(tmp_path / "conf")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    invoke(tmp_path, "build", "--seeds", "seeds", "--content", "content", "--output", "site", "--settings", str(conf))
    pages = list((tmp_path / "site").rglob("*.html"))
    assert len(pages) > 20
    assert not any("about.html" in page.read_text(encoding="utf-8") for page in pages)

    shutil.copytree(ROOT / "content" / "pages", tmp_path / "content" / "pages")
    invoke(tmp_path, "build", "--seeds", "seeds", "--content", "content", "--output", "site", "--settings", str(conf))
    pages = [p for p in (tmp_path / "site").rglob("*.html") if "pagefind" not in p.parts]
    assert (tmp_path / "site" / "about.html").is_file()
    assert all('/about.html">' in page.read_text(encoding="utf-8") for page in pages), [
        str(p) for p in pages if '/about.html">' not in p.read_text(encoding="utf-8")
    ][:3]
