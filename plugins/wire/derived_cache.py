"""A disk cache for data derived from installed packages (the GeoNames
city indexes): computed once per package version and code version, then
loaded in a fraction of the time and memory it takes to build; or, for a
large table read a few keys at a time, looked up row by row from SQLite.

Each entry is marked when it is used; when a new one is written (the code
or the data changed), entries no process has used for
:data:`STALE_AFTER_DAYS` go, so that the cache holds what the desk runs,
not every version it ever ran."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import logging
import os
import pickle
import sqlite3
import time
from pathlib import Path

from desk_common.files import replacing
from desk_common.state import data_versions, derived_cache_folder
from desk_common.time_limit import paused
from desk_common.tree_hash import FILE_HASHES_NAME, content_hash

logger = logging.getLogger(__name__)


def cache_folder() -> Path:
    """The derived data cache (see :mod:`desk_common.state`)."""
    return derived_cache_folder()


@functools.cache
def source_version(module_file: str, *packages: str) -> str:
    """What data a module derives is built from, for :func:`cached`: the
    versions of the installed ``packages`` it reads and the module's own
    code (its helpers included), as ``version-version-digest``."""
    return "-".join([*(importlib.metadata.version(package) for package in packages), _module_digest(module_file)])


def wire_code_digest() -> str:
    """A hash of the wire plugin's code and data (its Python files, and the
    tables and models beside them): what the converter's output, and the
    word lists its tagger derives from its tables, are made with."""
    digest = content_hash([Path(__file__).parent], (".py", ".json", ".txt", ".tsv", ".crfsuite"))
    return digest.hexdigest()


@functools.cache
def wire_data_version() -> str:
    """:func:`wire_code_digest` and the versions of the data packages, for
    :func:`cached` data worked out by the wire's code from its own tables
    and those packages."""
    return hashlib.sha256(f"{wire_code_digest()} {data_versions()}".encode()).hexdigest()[:16]


def cached_from_wire_data(name: str, build):
    """:func:`cached` for a value the wire's code works out from its own
    tables or the data packages (the tagger's word lists), made again when
    any of them changes: a build that converts one dispatch would otherwise
    work such lists out afresh, a sixth of a second."""
    return cached(name, wire_data_version(), build)


def _code_digest(build) -> str:
    """What the cache of ``build()`` is kept under for the code: the module
    ``build`` is written in, hashed once a process (its source would
    otherwise be read and tokenised again for every cache; an edit anywhere
    in the module makes its caches anew)."""
    return _module_digest(build.__code__.co_filename)


@functools.cache
def _module_digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


#: An entry of the cache that no process has used for this many days goes
#: when another is written.
STALE_AFTER_DAYS = 30
#: The endings of the cache's entries (other files in its folder are others').
_ENTRY_ENDINGS = (".pickle", ".sqlite")


def _mark_used(path: Path) -> None:
    """Mark an entry as used now (its modification time), so that pruning
    keeps it; a read-only cache is no reason to fail."""
    try:
        os.utime(path)
    except OSError:
        pass


#: The cache folders this process has pruned: a run that builds its tables
#: afresh writes a score of them, and one look at the folder is enough.
_PRUNED: set[Path] = set()


def _prune_once(folder: Path) -> None:
    """:func:`prune_stale` on ``folder``, the first time this process writes
    to it."""
    if folder not in _PRUNED:
        _PRUNED.add(folder)
        prune_stale(folder)


def prune_stale(folder: Path, now: float | None = None) -> list[str]:
    """Remove the entries of the cache ``folder`` that no process has used
    for :data:`STALE_AFTER_DAYS` (see :func:`_mark_used`): those of code and
    data versions no longer run. Returns the names removed, sorted."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER_DAYS * 86400
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if (
            not entry.name.endswith(_ENTRY_ENDINGS)
            or entry.name == FILE_HASHES_NAME  # the files' hashes, kept by every build
            or not entry.is_file(follow_symlinks=False)
        ):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(entry.name)
        except OSError:  # gone already, or another process's to remove
            continue
    if removed:
        logger.info("wire: removed %d unused derived data entries from %s", len(removed), folder)
    return sorted(removed)


def cached(name: str, source_version: str, build):
    """The value ``build()`` returns, from the cache when one was made by the
    same code (that of ``build``'s module) from the same ``source_version``
    of its data. Read or built outside a conversion's time limit (see
    ``desk_common.time_limit.paused``): a process does it once."""
    with paused():
        return _cached(name, source_version, build)


def _cached(name: str, source_version: str, build):
    path = cache_folder() / f"{name}-{source_version}-{_code_digest(build)}.pickle"
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    else:
        _mark_used(path)
        return value
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as partial, open(partial, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as err:  # a read-only home is no reason to fail
        logger.debug("wire: could not cache %s: %s", name, err)
    else:
        _prune_once(path.parent)
    return value


class Lookup:
    """A read-only table from a SQLite file: ``get`` reads one row. Safe in
    forked workers (each process opens its own connection)."""

    def __init__(self, path: Path | None, table: dict | None = None):
        self.path = path
        self.table = table  # when the cache could not be written
        self._connection = None
        self._pid = None

    def get(self, key: str, default=None):
        if self.table is not None:
            return self.table.get(key, default)
        if self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        row = self._connection.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        return pickle.loads(row[0]) if row else default


def cached_lookup(name: str, source_version: str, build) -> Lookup:
    """A :class:`Lookup` of the dictionary ``build()`` returns, kept as SQLite
    in the cache folder and built again only for another ``build`` code or
    ``source_version`` of its data; outside a conversion's time limit, as
    :func:`cached`."""
    with paused():
        return _cached_lookup(name, source_version, build)


def _cached_lookup(name: str, source_version: str, build) -> Lookup:
    path = cache_folder() / f"{name}-{source_version}-{_code_digest(build)}.sqlite"
    if path.exists():
        _mark_used(path)
        return Lookup(path)
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as partial:
            with sqlite3.connect(partial) as connection:
                connection.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
                connection.executemany(
                    "INSERT INTO entries VALUES (?, ?)",
                    ((key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) for key, value in table.items()),
                )
            connection.close()
    except (OSError, sqlite3.Error) as err:  # a read-only home is no reason to fail
        logger.debug("wire: could not cache %s: %s", name, err)
        return Lookup(None, table)
    _prune_once(path.parent)
    return Lookup(path)
