"""The seeds folder: its files in a stable order, their stamps (so an
unchanged file is not read again), when each arrived, and what the ingest
finds each to be."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desk_common.files import walk_files
from desk_common.tree_hash import RACY_NS, sha256_hex

from .dates import WireDate
from .ledger import FileStamp, Lookup


def seed_files(seeds: Path) -> list[tuple[str, str]]:
    """``(name relative to seeds, path)`` of every file under ``seeds``,
    hidden ones left out, in a stable order (paths as strings: a desk holds
    tens of thousands, and only new ones are opened)."""
    return list(walk_files(seeds))


class Stamps:
    """Hashes of files by (size, modification time), so that a file which
    did not change is not read again (a file modified in the last two
    seconds is always read)."""

    def __init__(self, known: Mapping[str, FileStamp] | Lookup):
        self.known = known
        self.new: dict[str, FileStamp] = {}
        self.now = time.time_ns()

    def sha256(self, path: Path, name: str) -> str | None:
        """The file's SHA-256 (None when it does not exist)."""
        try:
            info = path.stat()
        except FileNotFoundError:
            return None
        known = self.known.get(name)
        if known and known.matches(info):
            return known.sha256
        return self.hashed(name, info, sha256_hex(path.read_bytes()))

    def hashed(self, name: str, info: os.stat_result, sha: str) -> str:
        """Note the hash of a file just read."""
        if info.st_mtime_ns < self.now - RACY_NS:
            self.new[name] = FileStamp(info.st_size, info.st_mtime_ns, sha)
        return sha

    def known_sha(self, name: str, info: os.stat_result) -> str | None:
        known = self.known.get(name)
        return known.sha256 if known and known.matches(info) else None


def received_date(path: str | os.PathLike) -> WireDate:
    """When the dispatch reached the seeds folder (its file's time, UTC)."""
    stamp = dt.datetime.fromtimestamp(os.stat(path).st_mtime, tz=dt.UTC)
    return WireDate(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute)


class Finding(Enum):
    """What the ingest finds a seed file to be."""

    KNOWN = "known"  # read before, unchanged
    KNOWN_QUARANTINED = "known-quarantined"  # quarantined before, unchanged
    CONVERT = "convert"  # new or changed: to convert
    REJECTED = "rejected"  # to quarantine (too large, not a regular file)
    UNREADABLE = "unreadable"  # could not be read: nothing to keep


@dataclass
class Examined:
    """One seed file, examined: its hash, and what goes with its finding
    (the bytes and arrival date of one to convert, the reason for a
    quarantine)."""

    source: str
    finding: Finding
    sha256: str = ""
    data: bytes | None = None
    received: WireDate | None = None
    reason: str | None = None
