"""Hashes of trees of files: by content (code and data: what a build is
made with) or by stamp (size and modification time: what a build reads,
cheap enough to take before every build)."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable

from .files import is_partial, tree_state, walk_files

#: A file modified this recently (ns) may change again within the same tick of
#: its modification time: its stamp is not trusted until it is older.
RACY_NS = 2_000_000_000


#: The SHA-256 of files this process read for :func:`content_hash`, by path,
#: with the size and modification time they had: a resident build process
#: reads the code and data it is made with (megabytes) once, not every build.
_FILE_HASHES: dict[str, tuple[int, int, bytes]] = {}


def _file_hash(path: str) -> bytes:
    info = os.stat(path)
    known = _FILE_HASHES.get(path)
    if known is not None and known[:2] == (info.st_size, info.st_mtime_ns):
        return known[2]
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).digest()
    if info.st_mtime_ns < time.time_ns() - RACY_NS:  # a stamp not yet trusted is not kept
        _FILE_HASHES[path] = (info.st_size, info.st_mtime_ns, digest)
    return digest


def content_hash(folders: Iterable[str | os.PathLike], endings: tuple[str, ...] | None = None, digest=None):
    """``digest`` (a new SHA-256 when None) updated with the relative path
    and the SHA-256 of the bytes of every file under ``folders`` (see
    :func:`files.walk_files`; compiled and partial files left out)."""
    digest = digest or hashlib.sha256()
    for folder in folders:
        for relative, path in walk_files(folder, endings):
            name = relative.rsplit("/", 1)[-1]
            if name.endswith(".pyc") or is_partial(name):
                continue
            digest.update(relative.encode() + b"\0" + _file_hash(path) + b"\0")
    return digest


def stamp_hash(
    folders: Iterable[str | os.PathLike],
    files: Iterable[str | os.PathLike] = (),
    extra: str = "",
    with_newest: bool = False,
    links: bool = True,
):
    """A hash of the path, size and modification time of every file under
    ``folders`` (hidden ones left out) and of ``files``, and of ``extra``;
    with ``with_newest``, (that hash, the newest modification time in ns);
    with ``links`` false, a linked file under ``folders`` counts as the link
    itself (see :func:`files.stat_tree`). A folder counts by its stamp (see
    ``tree_watch.TreeState.total``), which a process watching the folder
    keeps up to date rather than stating every file again."""
    digest = hashlib.sha256(extra.encode("utf-8"))
    newest = 0
    for folder in folders:
        state = tree_state(folder, links)
        newest = max(newest, state.newest)
        digest.update(f"\0{os.fspath(folder).rstrip(os.sep)}\0{state.total:064x}".encode("utf-8", "surrogateescape"))
    for path in files:
        info = os.stat(path)
        newest = max(newest, info.st_mtime_ns)
        digest.update(f"\0{os.fspath(path)}\0{info.st_size}\0{info.st_mtime_ns}".encode("utf-8", "surrogateescape"))
    return (digest.hexdigest(), newest) if with_newest else digest.hexdigest()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, in hexadecimal."""
    return hashlib.sha256(data).hexdigest()
