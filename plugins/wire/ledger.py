"""The ingest ledger: what was read from the seeds and what was written.

A SQLite file that remembers, for every dispatch, its content hash, its
parsed form, its status and the reason for it, and for every Markdown file
the hash of what the converter last wrote there. A rerun re-parses only new
or changed dispatches, and a Markdown file whose hash differs from what was
written has been edited by hand. File stamps (size, modification time, hash)
spare reading files that did not change.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

#: Lookup keys of the names a dispatch was tagged with (the corrections
#: file and the desk find stories by them).
NAME_KEY = "name:"


class FileStamp(NamedTuple):
    """A file's size and modification time when it was hashed, and the hash.
    A named tuple: a build reads one per dispatch and per story, tens of
    thousands, and a tuple is made several times faster than a dataclass."""

    size: int
    mtime_ns: int
    sha256: str

    def matches(self, info) -> bool:
        """True when the file (``os.stat`` result ``info``) looks unchanged."""
        return (self.size, self.mtime_ns) == (info.st_size, info.st_mtime_ns)


class KnownDispatch(NamedTuple):
    """A dispatch as the ledger remembers it: its content hash, status
    (``ok`` or ``quarantined``) and the reason, its parsed record (JSON
    text, decoded only when needed; None from :meth:`Ledger.dispatches`),
    its story's wire id and that story's Markdown file. A named tuple, as
    :class:`FileStamp` is."""

    sha256: str | None
    status: str
    reason: str | None
    record: str | None
    wire_id: str | None
    output: str | None


class Lookup:
    """Rows of the ledger looked up one key at a time (``get``, ``[key]``):
    a run looks at the files of the few stories it writes, and reading the
    rows of tens of thousands of others cost more than that."""

    def __init__(self, db: sqlite3.Connection, query: str, make, *fixed):
        self._db, self._query, self._make, self._fixed = db, query, make, fixed

    def get(self, key: str, default=None):
        row = self._db.execute(self._query, (*self._fixed, key)).fetchone()
        return self._make(row) if row is not None else default

    def __getitem__(self, key: str):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found


SCHEMA = """
CREATE TABLE IF NOT EXISTS dispatches (
    source TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    wire_id TEXT,
    output TEXT,
    record TEXT
);
-- what every run reads of every dispatch, without the parsed records (a few
-- KB each, one table page apiece): a scan of it reads a megabyte, not the
-- table's tens, which the system's cache may have let go
CREATE INDEX IF NOT EXISTS dispatches_known ON dispatches (source, sha256, status, reason, wire_id, output);
CREATE TABLE IF NOT EXISTS output_versions (
    path TEXT PRIMARY KEY,
    signature TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stamps (
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (kind, path)
);
CREATE TABLE IF NOT EXISTS match_keys (
    key TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (key, source)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS match_keys_source ON match_keys (source);
CREATE TABLE IF NOT EXISTS outputs (
    path TEXT PRIMARY KEY,
    wire_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    withdrawn_on TEXT
);
"""


#: What :meth:`Ledger.dispatches` reads: all of it is in ``dispatches_known``.
KNOWN_DISPATCHES = "SELECT source, sha256, status, reason, NULL, wire_id, output FROM dispatches"


#: What a resident build process read of a ledger while it waited (see
#: :func:`read_ahead`): the ledger's path -> (its file key, {what: rows}).
_READ_AHEAD: dict[str, tuple] = {}


def ledger_key(path: Path) -> tuple | None:
    """What tells whether the ledger at ``path`` changed (None when it
    cannot be read): its inode, size and time, and SQLite's count of the
    changes committed to it (which every process committing a change to the
    file moves on). Equal keys: no process committed to it between."""
    try:
        info = os.stat(path)
        with open(path, "rb") as handle:
            handle.seek(24)
            counter = handle.read(4)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns, counter)


def _dispatches(db: sqlite3.Connection) -> dict:
    make = KnownDispatch._make
    return {row[0]: make(row[1:]) for row in db.execute(KNOWN_DISPATCHES)}


def _stamps(db: sqlite3.Connection, kind: str) -> dict:
    rows = db.execute("SELECT path, size, mtime_ns, sha256 FROM stamps WHERE kind = ?", (kind,))
    make = FileStamp._make
    return {row[0]: make(row[1:]) for row in rows}


def _outputs(db: sqlite3.Connection) -> dict:
    return dict(db.execute("SELECT path, wire_id FROM outputs"))


class ReadAhead(NamedTuple):
    """What :func:`read_ahead` read of a ledger: its file key then (see
    :func:`ledger_key`), its dispatches, seed stamps and outputs."""

    key: tuple
    dispatches: dict[str, KnownDispatch]
    seed_stamps: dict[str, FileStamp]
    outputs: dict[str, str]


def read_ahead(path: Path) -> ReadAhead | None:
    """Read the dispatches, seed stamps and outputs the ledger at ``path``
    holds now, for the next run in this process that opens it unchanged: a
    resident build process reads them while it waits (a hundred thousand
    dispatches: half a second). What was read, or None."""
    _READ_AHEAD.clear()
    key = ledger_key(path)
    if key is None:
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            read = ReadAhead(key, _dispatches(db), _stamps(db, "seed"), _outputs(db))
        finally:
            db.close()
    except sqlite3.Error:
        return None
    if ledger_key(path) != key:
        return None
    _READ_AHEAD[str(path)] = (key, {"dispatches": read.dispatches, "seed": read.seed_stamps, "outputs": read.outputs})
    return read


class Ledger:
    """The ledger in ``path``; use as a context manager."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        #: what was read ahead of this run, when the file is as it was read
        self._ahead = {}
        #: the ledger's file key when that was read (None: nothing read ahead)
        self.ahead_key = None
        ahead = _READ_AHEAD.pop(str(path), None)
        if ahead is not None and ahead[0] == ledger_key(path):
            self.ahead_key, self._ahead = ahead
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(outputs)")}
        if "withdrawn_on" not in columns:  # a ledger from before withdrawal dates
            self.db.execute("ALTER TABLE outputs ADD COLUMN withdrawn_on TEXT")

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.db.commit()
        self.db.close()

    def dispatches(self) -> dict[str, KnownDispatch]:
        """source -> what the ledger knows of it, without its parsed record
        (``record`` is None: most runs need few, see :meth:`dispatches_of`)."""
        ahead = self._ahead.pop("dispatches", None)
        return ahead if ahead is not None else _dispatches(self.db)

    def dispatches_of(self, sources: set[str]) -> dict[str, KnownDispatch]:
        """What the ledger knows of each of ``sources``."""
        found = {}
        for source in sorted(sources):
            row = self.db.execute(
                "SELECT sha256, status, reason, record, wire_id, output FROM dispatches WHERE source = ?", (source,)
            ).fetchone()
            if row:
                found[source] = KnownDispatch(*row)
        return found

    def record_dispatch(
        self,
        source: str,
        sha256: str,
        status: str,
        reason: str | None,
        wire_id: str | None,
        output: str | None,
        record: dict | None,
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO dispatches VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                source,
                sha256,
                status,
                reason,
                wire_id,
                output,
                json.dumps(record, ensure_ascii=False, sort_keys=True) if record else None,
            ),
        )

    def link_dispatch(self, source: str, wire_id: str, output: str) -> None:
        """Note the story and the Markdown file a dispatch went into."""
        self.db.execute("UPDATE dispatches SET wire_id = ?, output = ? WHERE source = ?", (wire_id, output, source))

    def forget_dispatch(self, source: str) -> None:
        self.db.execute("DELETE FROM dispatches WHERE source = ?", (source,))
        self.forget_keys(source)

    def record_keys(self, source: str, keys: list[str]) -> None:
        """The lookup keys of a dispatch's story evidence (see
        :mod:`.identity`), replacing those it had."""
        self.forget_keys(source)
        self.db.executemany("INSERT OR IGNORE INTO match_keys VALUES (?, ?)", [(key, source) for key in keys])

    def forget_keys(self, source: str) -> None:
        self.db.execute("DELETE FROM match_keys WHERE source = ?", (source,))

    def sources_with(self, keys: set[str]) -> set[str]:
        """Every dispatch that has one of ``keys``."""
        if not keys:
            return set()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (key TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("DELETE FROM wanted")
        self.db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", [(key,) for key in keys])
        # each wanted key looked up by the primary key: a join lets SQLite
        # scan every key of the ledger instead (a quarter of a million at
        # ten thousand dispatches), as it knows nothing of the temporary table
        rows = self.db.execute("SELECT DISTINCT source FROM match_keys WHERE key IN (SELECT key FROM wanted)")
        return {row[0] for row in rows}

    def keys_from(self, prefix: str) -> list[str]:
        """Every key starting with ``prefix``, without it, in order."""
        rows = self.db.execute(
            "SELECT DISTINCT key FROM match_keys WHERE key >= ? AND key < ? ORDER BY key",
            (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)),
        )
        return [key[len(prefix) :] for (key,) in rows]

    def sources_of(self, prefix: str, keys: list[str]) -> dict[str, list[str]]:
        """Each of ``keys`` (without ``prefix``) -> the dispatches having it."""
        query = "SELECT source FROM match_keys WHERE key = ? ORDER BY source"
        return {key: [source for (source,) in self.db.execute(query, (prefix + key,))] for key in keys}

    def record_output(self, path: str, wire_id: str, sha256: str, withdrawn: bool, withdrawn_on: str | None) -> None:
        """Note what the converter wrote to ``path`` (``sha256``), for which
        story, and whether (and since when) that story is withdrawn."""
        self.db.execute(
            "INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?, ?)",
            (path, wire_id, sha256, int(withdrawn), withdrawn_on if withdrawn else None),
        )

    def set_written(self, path: str, sha256: str) -> None:
        """Note that the converter wrote ``sha256`` to ``path``."""
        self.db.execute("UPDATE outputs SET sha256 = ? WHERE path = ?", (sha256, path))

    def withdrawals(self) -> list[tuple[str, str, str | None]]:
        """(wire id, Markdown file, date of the notice or None) of every
        withdrawn story, by wire id."""
        rows = self.db.execute("SELECT wire_id, path, withdrawn_on FROM outputs WHERE withdrawn = 1")
        return sorted(rows)

    def forget_output(self, path: str) -> None:
        self.db.execute("DELETE FROM outputs WHERE path = ?", (path,))
        self.db.execute("DELETE FROM output_versions WHERE path = ?", (path,))

    def output_states(self) -> dict[str, tuple[str, str | None]]:
        """path -> (hash written, signature of the versions it was made from)."""
        rows = self.db.execute(
            "SELECT o.path, o.sha256, v.signature FROM outputs o LEFT JOIN output_versions v ON v.path = o.path"
        )
        return {path: (sha, signature) for path, sha, signature in rows}

    def output_state_lookup(self) -> Lookup:
        """:meth:`output_states`, one path at a time."""
        query = (
            "SELECT o.sha256, v.signature FROM outputs o LEFT JOIN output_versions v ON v.path = o.path "
            "WHERE o.path = ?"
        )
        return Lookup(self.db, query, tuple)

    def record_signature(self, path: str, signature: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO output_versions VALUES (?, ?)", (path, signature))

    def outputs(self) -> dict[str, str]:
        """path -> wire_id of every file the converter wrote."""
        ahead = self._ahead.pop("outputs", None)
        return ahead if ahead is not None else _outputs(self.db)

    def stamps(self, kind: str) -> dict[str, FileStamp]:
        """path -> stamp of the files of ``kind`` (``seed`` or ``markdown``)
        as last hashed."""
        ahead = self._ahead.pop(kind, None)
        return ahead if ahead is not None else _stamps(self.db, kind)

    def stamp_lookup(self, kind: str) -> Lookup:
        """:meth:`stamps`, one path at a time."""
        query = "SELECT size, mtime_ns, sha256 FROM stamps WHERE kind = ? AND path = ?"
        return Lookup(self.db, query, FileStamp._make, kind)

    def record_stamps(self, kind: str, stamps: dict[str, FileStamp]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO stamps VALUES (?, ?, ?, ?, ?)",
            [(kind, path, stamp.size, stamp.mtime_ns, stamp.sha256) for path, stamp in stamps.items()],
        )

    def forget_stamp(self, kind: str, path: str) -> None:
        self.db.execute("DELETE FROM stamps WHERE kind = ? AND path = ?", (kind, path))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def commit(self) -> None:
        self.db.commit()
