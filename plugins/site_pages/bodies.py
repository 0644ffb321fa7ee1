"""Story bodies kept apart from the build state.

The catalog of every story is kept between builds; most of its weight is
the stories' text, which a build needs only for the pages and feeds it
renders again. So the bodies live in a SQLite file beside the builds, one
row per story digest, and a story read from the kept catalog fetches its
body when something asks for it. The state then loads and saves a few
megabytes instead of the whole desk's copy. A row is added before the state
that names it is saved; rows no story names any more are dropped when the
catalog is packed afresh.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

SCHEMA = "CREATE TABLE IF NOT EXISTS bodies (digest TEXT PRIMARY KEY, body TEXT NOT NULL)"


class BodyStore:
    """Bodies by story digest, in the SQLite file ``path``; each process
    (forked workers too) opens its own connection."""

    def __init__(self, path: Path):
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._inherited: list = []  # a parent's connection, never used or closed after a fork

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            if self._db is not None:
                self._inherited.append(self._db)
            self._db = sqlite3.connect(self.path)
            self._db.execute(SCHEMA)
            self._pid = os.getpid()
        return self._db

    def get(self, digest: str) -> str:
        row = self._connection().execute("SELECT body FROM bodies WHERE digest = ?", (digest,)).fetchone()
        if row is None:
            raise KeyError(f"site_pages: no story body {digest} in {self.path}")
        return row[0]

    def keep(self, bodies: Iterable[tuple[str, str]]) -> None:
        """Add ``(digest, body)`` rows (those already there are left)."""
        db = self._connection()
        with db:
            db.executemany("INSERT OR IGNORE INTO bodies (digest, body) VALUES (?, ?)", bodies)

    def keep_only(self, digests: set[str]) -> None:
        """Drop the rows of every other digest."""
        db = self._connection()
        with db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS kept (digest TEXT PRIMARY KEY)")
            db.execute("DELETE FROM kept")
            db.executemany("INSERT OR IGNORE INTO kept VALUES (?)", ((digest,) for digest in digests))
            db.execute("DELETE FROM bodies WHERE digest NOT IN (SELECT digest FROM kept)")

    def close(self) -> None:
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None
