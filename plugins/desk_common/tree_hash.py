"""Hashes of trees of files: by content (code and data: what a build is
made with) or by stamp (size and modification time: what a build reads,
cheap enough to take before every build)."""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Iterable

from .files import atomic_write, is_partial, tree_state, walk_files
from .state import derived_cache_folder

#: A file modified this recently (ns) may change again within the same tick of
#: its modification time: its stamp is not trusted until it is older.
RACY_NS = 2_000_000_000


#: The SHA-256 of files read for :func:`content_hash`, by absolute path, with
#: the size, modification time and inode they had: kept in the derived data
#: cache between processes (:data:`FILE_HASHES_NAME`), so that a build reads
#: the code and data it is made with (megabytes) only when a file changed.
_FILE_HASHES: dict[str, tuple[int, int, int, bytes]] = {}
#: The file of the derived data cache the hashes are kept in.
FILE_HASHES_NAME = "file-hashes.pickle"
_loaded = False


def _known_hashes() -> dict[str, tuple[int, int, int, bytes]]:
    """:data:`_FILE_HASHES`, read from the cache the first time (an unreadable
    cache is none: every file is read again)."""
    global _loaded
    if not _loaded:
        _loaded = True
        try:
            with open(derived_cache_folder() / FILE_HASHES_NAME, "rb") as handle:
                kept = pickle.load(handle)
            if isinstance(kept, dict):
                _FILE_HASHES.update(kept)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            pass
    return _FILE_HASHES


def _file_hash(path: str) -> tuple[bytes, bool]:
    """The SHA-256 of the file at ``path``, and whether a hash read now was
    kept (a file changed too recently to trust its stamp is read, not kept)."""
    path = os.path.abspath(path)
    info = os.stat(path)
    stamp = (info.st_size, info.st_mtime_ns, info.st_ino)
    known = _known_hashes().get(path)
    if known is not None and known[:3] == stamp:
        return known[3], False
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).digest()
    if info.st_mtime_ns >= time.time_ns() - RACY_NS:  # a stamp not yet trusted is not kept
        return digest, False
    _FILE_HASHES[path] = (*stamp, digest)
    return digest, True


def _keep_hashes() -> None:
    """Write the hashes of files that still exist to the cache, in one step
    (a read-only cache is no reason to fail)."""
    kept = {path: value for path, value in _FILE_HASHES.items() if os.path.exists(path)}
    try:
        folder = derived_cache_folder()
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / FILE_HASHES_NAME, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass


def content_hash(folders: Iterable[str | os.PathLike], endings: tuple[str, ...] | None = None, digest=None):
    """``digest`` (a new SHA-256 when None) updated with the relative path
    and the SHA-256 of the bytes of every file under ``folders`` (see
    :func:`files.walk_files`; compiled and partial files left out)."""
    digest = digest or hashlib.sha256()
    kept = False
    for folder in folders:
        for relative, path in walk_files(folder, endings):
            name = relative.rsplit("/", 1)[-1]
            if name.endswith(".pyc") or is_partial(name):
                continue
            file_digest, kept_now = _file_hash(path)
            kept = kept or kept_now
            digest.update(relative.encode() + b"\0" + file_digest + b"\0")
    if kept:
        _keep_hashes()
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
