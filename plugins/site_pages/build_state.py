"""Incremental output: a page whose inputs are unchanged since the previous
build is not rendered again but linked from it.

Every file the site writes through :class:`BuildOutput` comes with a
signature: a hash of everything its bytes are made from (the data shown, the
theme, the code, the settings). When the previous build wrote the same path
with the same signature, the new build takes that file as it is (a hard
link, so no bytes are copied). What a build knew is kept beside it in a
state file, for the next one.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

#: Below this many files to render, forking workers costs more than it saves.
PARALLEL_MIN = 200
#: What forked workers render: set just before they are forked.
_PENDING: list = []

#: Bumped when the state's shape changes: an older state is then ignored.
STATE_VERSION = 1


def signature(*parts) -> str:
    """A stable hash of plain data (strings, numbers, dates, tuples, lists,
    dicts with sorted keys)."""
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def state_path(build: Path) -> Path:
    """Where the state of the build in folder ``build`` is kept."""
    return build.with_name(build.name + ".state")


def load_state(build: Path | None, fingerprint: str) -> dict:
    """The state of a previous build, when it was made by the same code and
    settings (``fingerprint``) and its folder is still there; else empty."""
    if build is None or not build.is_dir():
        return {}
    try:
        with state_path(build).open("rb") as handle:
            state = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return {}
    if state.get("version") != STATE_VERSION or state.get("fingerprint") != fingerprint:
        return {}
    return state


def save_state(build: Path, state: dict) -> None:
    target = state_path(build)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    with partial.open("wb") as handle:
        pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, target)


class BuildOutput:
    """Writes a build's files, reusing the previous build's where their
    signature is unchanged."""

    def __init__(self, output: Path, previous: Path | None, previous_signatures: dict):
        self.output = output.resolve()
        self.previous = previous.resolve() if previous else None
        self.previous_signatures = previous_signatures
        self.signatures: dict[str, str] = {}
        self.rendered = 0
        self.reused = 0
        self._folders: set[Path] = set()

    def _target(self, relative: str) -> Path:
        target = (self.output / relative).resolve()
        if self.output not in target.parents:
            raise ValueError(f"site_pages: {relative} would be written outside the output folder")
        return target

    def _folder(self, target: Path) -> None:
        folder = target.parent
        if folder not in self._folders:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)

    def _reuse(self, relative: str, sign: str, target: Path) -> bool:
        """Take the previous build's file when its signature is ``sign``."""
        self._folder(target)
        self.signatures[relative] = sign
        if self.previous is None or self.previous_signatures.get(relative) != sign:
            return False
        source = self.previous / relative
        try:
            os.link(source, target)
        except OSError:
            try:
                shutil.copyfile(source, target)
            except OSError:
                return False
        self.reused += 1
        return True

    def write(self, relative: str, sign: str, render: Callable[[], bytes | str]) -> None:
        """Write ``relative`` (a path inside the output folder) from
        ``render()``, unless the previous build has it with signature
        ``sign``."""
        target = self._target(relative)
        if not self._reuse(relative, sign, target):
            _write(target, render())
            self.rendered += 1

    def write_many(self, items: list, workers: int = 0) -> None:
        """``write`` each ``(relative, sign, render)``; when many need
        rendering, across ``workers`` forked processes (0 = one per core)."""
        todo = []
        for relative, sign, render in items:
            target = self._target(relative)
            if not self._reuse(relative, sign, target):
                todo.append((target, render))
        count = min(workers or os.cpu_count() or 1, len(todo) // PARALLEL_MIN)
        if count > 1 and "fork" in multiprocessing.get_all_start_methods():
            _PENDING[:] = todo
            try:
                with multiprocessing.get_context("fork").Pool(count) as pool:
                    for _ in pool.imap_unordered(_render_pending, range(len(todo)), chunksize=32):
                        pass
            finally:
                _PENDING.clear()
        else:
            for target, render in todo:
                _write(target, render())
        self.rendered += len(todo)


def _write(target: Path, data: bytes | str) -> None:
    if isinstance(data, str):
        data = data.encode("utf-8")
    target.unlink(missing_ok=True)  # never write through a link into another build
    target.write_bytes(data)


def _render_pending(index: int) -> None:
    target, render = _PENDING[index]
    _write(target, render())
