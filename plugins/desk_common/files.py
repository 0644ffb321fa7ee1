"""Files written in one step, and folders walked in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from .tree_watch import TreeState, current_state

#: Partial files end so; whoever cleans up after a killed run removes
#: hidden files with this ending.
PARTIAL_SUFFIX = ".part"


def partial_path(path: str | os.PathLike) -> str:
    """The hidden partial file beside ``path`` that this process writes."""
    folder, name = os.path.split(os.fspath(path))
    return os.path.join(folder, f".{name}.{os.getpid()}{PARTIAL_SUFFIX}")


def is_partial(name: str) -> bool:
    return name.startswith(".") and name.endswith(PARTIAL_SUFFIX)


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[str]:
    """The path of a partial file to write; when the block ends without an
    error it replaces ``path`` in one step (readers see the old file or the
    new one, never half of one), else it is removed."""
    partial = partial_path(path)
    try:
        yield partial
        os.replace(partial, path)
    except BaseException:
        try:
            os.unlink(partial)
        except FileNotFoundError:
            pass
        raise


def atomic_write(path: str | os.PathLike, data: bytes | str, flush: bool = False) -> None:
    """Replace ``path`` with ``data`` (text as UTF-8) in one step; flushed to
    disk first when ``flush``. Never writes through a link at ``path``: the
    link itself is replaced."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with replacing(path) as partial, open(partial, "wb") as handle:
        handle.write(data)
        if flush:
            handle.flush()
            os.fsync(handle.fileno())


def remove_partial_files(root: str | os.PathLike) -> None:
    """Remove the partial files a killed run left under ``root``."""
    for folder, _, names in os.walk(root):
        for name in names:
            if is_partial(name):
                os.unlink(os.path.join(folder, name))


def _file_entries(folder: str | os.PathLike) -> Iterator[os.DirEntry]:
    """The directory entry of every file under ``folder``, in no set order:
    hidden files and folders, ``__pycache__`` and linked folders left out;
    a folder that cannot be read is skipped."""
    pending = [os.fspath(folder)]
    while pending:
        try:
            entries = os.scandir(pending.pop())
        except OSError:
            continue
        with entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                if entry.is_dir():
                    if name != "__pycache__" and not entry.is_symlink():
                        pending.append(entry.path)
                else:
                    yield entry


def files_present(folder: str | os.PathLike, paths) -> set[str]:
    """Which of ``paths`` (relative to ``folder``, with /) are there: each
    folder they are in is listed once, rather than each path stated (a
    linked file counts when what it links to is there). In a process that
    watches ``folder`` (see ``tree_watch``), the files its watch holds are
    there (stated, links followed, as the events left them) and only the
    others are looked for (a hundred thousand story files: 0.3 s listed,
    a fiftieth of that from the watch)."""
    watched = current_state(folder, True)
    if watched is not None:
        held = watched.names
        present = {path for path in paths if path in held}
        return present | _listed_present(folder, [path for path in paths if path not in held])
    return _listed_present(folder, paths)


def _listed_present(folder: str | os.PathLike, paths) -> set[str]:
    """:func:`files_present` by listing each folder of ``paths``."""
    by_folder: dict[str, list[str]] = {}
    for path in paths:
        parent, _, name = path.rpartition("/")
        by_folder.setdefault(parent, []).append(name)
    found = set()
    for parent, names in by_folder.items():
        try:
            with os.scandir(os.path.join(folder, parent)) as entries:
                listed = {entry.name: entry for entry in entries}
        except OSError:  # missing, or not a folder
            continue
        for name in names:
            entry = listed.get(name)
            if entry is not None and (not entry.is_symlink() or os.path.exists(entry.path)):
                found.add(f"{parent}/{name}" if parent else name)
    return found


#: Trees stated within :func:`trees_stated_once`, by real path and whether
#: links were followed.
_STATED: dict[tuple[str, bool], TreeState] | None = None


@contextmanager
def trees_stated_once() -> Iterator[None]:
    """Within this block, :func:`tree_state` states each folder once and
    gives every later caller the same state: a build stamps its seeds
    folder, then ingests what changed in it, and stamps its content folder
    for its fingerprint, then for its catalog, with nothing written there
    between (ten thousand stories: ten thousand ``stat`` calls each). A file
    changed meanwhile shows in the next build's stamps."""
    global _STATED
    outer, _STATED = _STATED, {}
    try:
        yield
    finally:
        _STATED = outer


def stat_tree(folder: str | os.PathLike, links: bool = True) -> list[tuple[str, os.stat_result]]:
    """``(path relative to folder, with /; stat)`` of every file
    :func:`walk_files` finds under ``folder``, in no set order (see
    :func:`tree_state`); with ``links`` false, a linked file is stated
    itself rather than what it links to."""
    return tree_state(folder, links).files


def tree_state(folder: str | os.PathLike, links: bool = True) -> TreeState:
    """The files under ``folder`` as :func:`stat_tree` gives them, with the
    tree's stamp: stated now, or taken from the tree's watch in a process
    that keeps them (see ``tree_watch``), once within
    :func:`trees_stated_once`."""
    if _STATED is None:
        return _tree_state(folder, links)
    key = (os.path.realpath(folder), links)
    if key not in _STATED:
        _STATED[key] = _tree_state(folder, links)
    return _STATED[key]


def _tree_state(folder: str | os.PathLike, links: bool) -> TreeState:
    watched = current_state(folder, links)
    return scan_tree(folder, links) if watched is None else watched


def scan_tree(folder: str | os.PathLike, links: bool = True) -> TreeState:
    """The files under ``folder`` as :func:`stat_tree` gives them, every one
    stated now."""
    return TreeState([(relative, entry.stat(follow_symlinks=links)) for relative, entry in _relative_entries(folder)])


def _relative_entries(folder: str | os.PathLike) -> Iterator[tuple[str, os.DirEntry]]:
    """Each entry of :func:`_file_entries` with its path relative to
    ``folder``, with /."""
    prefix = len(os.fspath(folder).rstrip(os.sep)) + 1
    for entry in _file_entries(folder):
        yield entry.path[prefix:].replace(os.sep, "/"), entry


def walk_files(folder: str | os.PathLike, endings: tuple[str, ...] | None = None) -> Iterator[tuple[str, str]]:
    """``(path relative to folder, with /; path)`` of every file under
    ``folder`` whose name ends with one of ``endings`` (any when None),
    hidden files and folders (and ``__pycache__``) left out, sorted by
    relative path."""
    found = [
        (relative, entry.path)
        for relative, entry in _relative_entries(folder)
        if endings is None or entry.name.endswith(endings)
    ]
    found.sort()
    return iter(found)
