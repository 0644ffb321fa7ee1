"""A disk cache for data derived from installed packages (the GeoNames
city indexes): computed once per package version and code version, then
loaded in a fraction of the time and memory it takes to build; or, for a
large table read a few keys at a time, looked up row by row from SQLite."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import logging
import os
import pickle
import sqlite3
from pathlib import Path

from desk_common.files import replacing
from desk_common.state import data_versions, derived_cache_folder
from desk_common.tree_hash import content_hash

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


def cached(name: str, source_version: str, build):
    """The value ``build()`` returns, from the cache when one was made by the
    same code (that of ``build``'s module) from the same ``source_version``
    of its data."""
    path = cache_folder() / f"{name}-{source_version}-{_code_digest(build)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as partial, open(partial, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as err:  # a read-only home is no reason to fail
        logger.debug("wire: could not cache %s: %s", name, err)
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
    ``source_version`` of its data."""
    path = cache_folder() / f"{name}-{source_version}-{_code_digest(build)}.sqlite"
    if path.exists():
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
    return Lookup(path)
