"""The Pagefind search index, in bundles that a new story leaves alone.

Pagefind builds an index in one go, and one index of ten thousand stories
takes seconds. So the stories are indexed in bundles, which the search page
merges in the browser (Pagefind's multisite search): one per month for the
year of the newest story, one per year before that. A new story re-indexes
its month only; a bundle whose story pages are all unchanged is taken from
the previous build as it is.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from desk_common import workers

from .build_state import signature

logger = logging.getLogger(__name__)

SEARCH_FOLDER = "pagefind"


def bundle_name(story, newest_year: int) -> str:
    """``2025-11`` for a story of the newest year, ``2023`` before it."""
    if story.date.year == newest_year:
        return f"{story.date.year:04d}-{story.date.month:02d}"
    return f"{story.date.year:04d}"


def partition(stories: list) -> dict[str, list]:
    """The stories of each bundle, newest bundle first."""
    if not stories:
        return {}
    newest_year = max(story.date.year for story in stories)
    bundles: dict[str, list] = {}
    for story in stories:
        bundles.setdefault(bundle_name(story, newest_year), []).append(story)
    return dict(sorted(bundles.items(), reverse=True))


def bundle_urls(stories: list) -> list[str]:
    """The URL of each bundle, relative to the site, newest first."""
    return [f"{SEARCH_FOLDER}/{name}/" for name in partition(stories)]


def _pagefind() -> str:
    from pagefind_bin import get_executable

    return str(get_executable())


def _index(story_files: list[str], output: Path, bundle: Path) -> str | None:
    """Index ``story_files`` (paths relative to ``output``) into ``bundle``;
    an error message, or None."""
    site = output.parent / f".{output.name}.{bundle.name}.{os.getpid()}.search"
    shutil.rmtree(site, ignore_errors=True)
    try:
        _link_files(output, site, story_files)
        run = subprocess.run(
            [_pagefind(), "--site", str(site), "--output-path", str(bundle), "--silent"],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            return (run.stderr or run.stdout).strip()
    finally:
        shutil.rmtree(site, ignore_errors=True)
    # Pagefind writes its languages in no fixed order: sort them so the same
    # stories give the same bytes
    entry = bundle / "pagefind-entry.json"
    if entry.exists():
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.unlink()
        entry.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return None


def _files(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())


def build_search_index(generator, output) -> dict:
    """Index every bundle whose stories changed; keep (in place) or link
    (into a new folder) the others. Returns ``{bundle: (signature, files)}``
    for the next build."""
    settings = generator.settings
    root = Path(generator.output_path).resolve()
    search = root / SEARCH_FOLDER
    for leftover in search.glob(".*") if search.is_dir() else ():
        shutil.rmtree(leftover, ignore_errors=True)  # from a build killed while indexing
    previous = generator.state.get("search", {})
    bundles: dict = {}
    todo = []
    wanted = partition(generator.stories) if settings["SITE_SEARCH_INDEX"] else {}
    for name, stories in wanted.items():
        story_files = sorted(story.save_as for story in stories)
        sign = signature("search", name, [(path, output.signatures.get(path)) for path in story_files])
        folder = search / name
        kept = previous.get(name)
        if kept and kept[0] == sign:
            if output.in_place and folder.is_dir():
                bundles[name] = kept
                continue
            if (
                not output.in_place
                and output.previous
                and _link_all(output.previous / SEARCH_FOLDER / name, folder, kept[1])
            ):
                bundles[name] = kept
                continue
        todo.append((name, sign, story_files, folder))
    if output.in_place:
        for name in set(previous) - set(wanted):
            shutil.rmtree(search / name, ignore_errors=True)
    # threads: each waits on a Pagefind process of its own
    with ThreadPoolExecutor(max(1, min(workers.cores(workers.configured(settings)), len(todo)))) as pool:
        problems = list(pool.map(lambda job: _index_bundle(job[2], root, job[3]), todo))
    for (name, sign, _, folder), problem in zip(todo, problems, strict=True):
        if problem:
            logger.error("site_pages: Pagefind could not index %s: %s", folder, problem)
            continue
        bundles[name] = (sign, _files(folder))
    logger.info("site_pages: search index: %d bundles, %d indexed again", len(bundles), len(todo))
    return bundles


def _index_bundle(story_files: list[str], root: Path, folder: Path) -> str | None:
    """Index into a fresh folder, then put it in the place of the old one."""
    fresh = folder.with_name(f".new-{folder.name}-{os.getpid()}")
    shutil.rmtree(fresh, ignore_errors=True)
    problem = _index(story_files, root, fresh)
    if problem:
        shutil.rmtree(fresh, ignore_errors=True)
        return problem
    if folder.exists():
        old = folder.with_name(f".old-{folder.name}-{os.getpid()}")
        folder.rename(old)
        fresh.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    else:
        fresh.rename(folder)
    return None


def _link_files(source: Path, target: Path, files: list[str]) -> None:
    made = set()
    source_root, target_root = str(source), str(target)
    for relative in files:
        destination = os.path.join(target_root, relative)
        folder = os.path.dirname(destination)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        os.link(os.path.join(source_root, relative), destination)


def _link_all(source: Path, target: Path, files: list[str]) -> bool:
    """Hard-link a previous bundle's files; False when any is missing."""
    try:
        _link_files(source, target, files)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True
