"""The Pagefind search index, in bundles that a new story leaves alone.

Pagefind builds an index in one go, and one index of ten thousand stories
takes seconds. So the stories are indexed in bundles of at most
``SITE_SEARCH_BUNDLE_SIZE`` stories, which the search page merges in the
browser (Pagefind's multisite search). Oldest first, each bundle ends at a
story its stories choose, not at a count (see :mod:`chunking`), so a story
filed late among older ones, or taken off the site, changes the bundle it
falls in, and the bundles after it stay as they are. The stories after the
last bundle (the tail) are indexed in units of a sixty-fourth of a bundle's
size, grouped as a binary counter groups them (see :func:`partition`), so a
new story (newer than all) re-indexes fifteen stories at most, by default,
and a bundle of 2^k units once every 2^k units; once the tail makes a full
bundle, that bundle is indexed whole, once. A correction re-indexes its own
bundle. A bundle whose stories are all unchanged (the code, theme and
settings too) is taken from the previous build as it is.
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
from desk_common.tree_hash import sha256_hex

from . import chunking
from .build_state import signature, signed_list
from .catalog import STORY_ORDER

logger = logging.getLogger(__name__)

SEARCH_FOLDER = "pagefind"


#: The stories after the last full bundle are counted in units of this part
#: of a bundle's size: a new story re-indexes the unit it falls in, a
#: sixty-fourth of a bundle at most, and the units before it are indexed in
#: bundles of 1, 2, 4... units, as a binary counter counts them, so there
#: are eight such bundles at most.
TAIL_UNITS = 64


def partition(stories: list, size: int) -> dict[str, list]:
    """The stories of each bundle, newest bundle first: oldest first by when
    each story first ran, at most ``size`` to a bundle, each bundle ending
    where :func:`bundle_bounds` says. The stories after the last bundle (the
    tail) are counted in units of ``size // TAIL_UNITS`` stories and indexed
    as a binary counter writes their number: a bundle for each of its digits
    1, the largest first (so 13 units are bundles of 8, 4 and 1 units, named
    ``"<tail>.1-8"``, ``"<tail>.9-12"``, ``"<tail>.13"``), then the unit being
    filled. A new story re-indexes that unit alone; one that fills it joins it
    to the bundles of its size before it (a bundle of 2^k units is indexed
    once each 2^k units), and once the tail holds ``size`` stories, its first
    bundle is closed and indexed whole, once."""
    oldest_first = sorted(stories, key=STORY_ORDER)
    return {name: oldest_first[start:end] for name, start, end in bundle_bounds(oldest_first, size)}


def bundle_bounds(oldest_first: list, size: int) -> list[tuple[str, int, int]]:
    """Each bundle of :func:`partition`, newest bundle first: its name (after
    its first story), and where its stories start and end among
    ``oldest_first``: the runs of :func:`chunking.cut`, then the tail."""
    names: set[str] = set()

    def named(at: int) -> str:
        # two stories of the same slug and date name alike: the later bundle
        # takes its place in the name too
        name = sha256_hex(f"{oldest_first[at].slug}\0{oldest_first[at].date}".encode())[:12]
        name = name if name not in names else f"{name}-{at}"
        names.add(name)
        return name

    runs, start = chunking.cut(oldest_first, size)
    bounds = [(named(first), first, end) for first, end in runs]
    count = len(oldest_first)
    if start < count:
        tail, unit = named(start), max(1, size // TAIL_UNITS)
        units, first = (count - start) // unit, 1
        for power in reversed(range(units.bit_length())):
            width = 1 << power
            if units & width:
                last = first + width - 1
                name = f"{tail}.{first}" if width == 1 else f"{tail}.{first}-{last}"
                bounds.append((name, start + (first - 1) * unit, start + last * unit))
                first = last + 1
        if (count - start) % unit:
            bounds.append((f"{tail}.{first}", start + (first - 1) * unit, count))  # the unit being filled
    return bounds[::-1]


def search_bundles(settings: dict, stories: list) -> dict[str, list]:
    """The site's bundles (:func:`partition`), worked out once a build for
    the search page and the index; none when the index is off."""
    return partition(stories, settings["SITE_SEARCH_BUNDLE_SIZE"]) if settings["SITE_SEARCH_INDEX"] else {}


def bundle_urls(bundles: dict[str, list]) -> list[str]:
    """The URL of each bundle, relative to the site, newest first."""
    return [f"{SEARCH_FOLDER}/{name}/" for name in bundles]


def _pagefind() -> str:
    from pagefind_bin import get_executable

    return str(get_executable())


def _index(story_files: list[str], output: Path, bundle: Path, made: dict[str, bytes]) -> str | None:
    """Index ``story_files`` (paths relative to ``output``) into ``bundle``,
    those of ``made`` as made (not written yet); an error message, or None."""
    site = output.parent / f".{output.name}.{bundle.name}.{os.getpid()}.search"
    shutil.rmtree(site, ignore_errors=True)
    try:
        _link_files(output, site, story_files, made)
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


def start_search_index(
    generator, output, wanted: dict[str, list], made: dict[str, bytes] | None = None
) -> SearchIndexing:
    """Start indexing again, in Pagefind processes of their own, every
    bundle of ``wanted`` (:func:`search_bundles`) whose stories changed, and keep (in place) or link (into a new
    folder) the others. Pagefind reads the story pages only: those not in
    ``made`` (path -> the page's bytes, made but maybe not written yet) must
    be written by then. The build goes on with its pages, feeds and
    sitemaps meanwhile, then calls :meth:`SearchIndexing.finish`."""
    return SearchIndexing(generator, output, wanted, made or {})


class SearchIndexing:
    """The search index being built (see :func:`start_search_index`)."""

    def __init__(self, generator, output, wanted: dict[str, list], made: dict[str, bytes]):
        settings = generator.settings
        root = Path(generator.output_path).resolve()
        search = root / SEARCH_FOLDER
        for leftover in search.glob(".*") if search.is_dir() else ():
            shutil.rmtree(leftover, ignore_errors=True)  # from a build killed while indexing
        previous = generator.state.get("search", {})
        unknown = generator.state.get("search_pending", set())  # a killed build was indexing them
        self.bundles: dict = {}
        todo = []
        for name, stories in wanted.items():
            story_files = sorted(story.save_as for story in stories)
            # what Pagefind reads of a story page is the story itself: a page
            # that changed only in its earlier coverage, or in the mentions
            # linked since (left out of the index), leaves its bundle alone
            sign = signed_list(
                ("search", name, generator.fingerprint),
                stories,
                lambda stories=stories, name=name: signature(
                    "search",
                    name,
                    generator.fingerprint,
                    sorted((story.save_as, story.read_digest) for story in stories),
                ),
            )
            folder = search / name
            kept = None if name in unknown else previous.get(name)
            if kept and kept[0] == sign:
                if output.in_place and folder.is_dir():
                    self.bundles[name] = kept
                    continue
                if (
                    not output.in_place
                    and output.previous
                    and _link_all(output.previous / SEARCH_FOLDER / name, folder, kept[1])
                ):
                    self.bundles[name] = kept
                    continue
            todo.append((name, sign, story_files, folder))
        if output.in_place:
            removed = sorted(set(previous) - set(wanted))
            output.note_bundles([name for name, *_ in todo] + removed)
            for name in removed:
                shutil.rmtree(search / name, ignore_errors=True)
        self.todo = todo
        # threads: each waits on a Pagefind process of its own
        self._pool = ThreadPoolExecutor(max(1, min(workers.cores(workers.configured(settings)), len(todo))))
        self._problems = [self._pool.submit(_index_bundle, job[2], root, job[3], made) for job in todo]

    def finish(self) -> dict:
        """Wait for Pagefind; ``{bundle: (signature, files)}`` for the next
        build."""
        try:
            problems = [future.result() for future in self._problems]
        finally:
            self._pool.shutdown()
        for (name, sign, _, folder), problem in zip(self.todo, problems, strict=True):
            if problem:
                logger.error("site_pages: Pagefind could not index %s: %s", folder, problem)
                continue
            self.bundles[name] = (sign, _files(folder))
        logger.info("site_pages: search index: %d bundles, %d indexed again", len(self.bundles), len(self.todo))
        return self.bundles


def _index_bundle(story_files: list[str], root: Path, folder: Path, made: dict[str, bytes]) -> str | None:
    """Index into a fresh folder, then put it in the place of the old one."""
    fresh = folder.with_name(f".new-{folder.name}-{os.getpid()}")
    shutil.rmtree(fresh, ignore_errors=True)
    problem = _index(story_files, root, fresh, made)
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


def _link_files(source: Path, target: Path, files: list[str], made: dict[str, bytes] | None = None) -> None:
    """Hard-link ``files`` (relative paths) from ``source`` into ``target``;
    those of ``made`` are written from their bytes instead."""
    folders = set()
    source_root, target_root = str(source), str(target)
    for relative in files:
        destination = os.path.join(target_root, relative)
        folder = os.path.dirname(destination)
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        data = made.get(relative) if made else None
        if data is None:
            os.link(os.path.join(source_root, relative), destination)
        else:
            with open(destination, "xb") as handle:
                handle.write(data)


def _link_all(source: Path, target: Path, files: list[str]) -> bool:
    """Hard-link a previous bundle's files; False when any is missing."""
    try:
        _link_files(source, target, files)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True
