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
from typing import NamedTuple

from desk_common.tree_hash import RACY_NS, sha256_hex
from desk_common.tree_watch import TreeState

from .dates import WireDate
from .ledger import FileStamp, Lookup


class SeedFile(NamedTuple):
    """A file of the seeds folder: its name relative to the folder (with
    /), its path, and its ``stat`` when the folder was listed (of a link
    itself, not of what it links to). A named tuple: a desk lists tens of
    thousands."""

    source: str
    path: str
    info: os.stat_result


def seed_files_of(seeds: Path, state: TreeState) -> list[SeedFile]:
    """Every file under ``seeds`` as ``state`` (its
    :func:`~desk_common.files.tree_state` with ``links`` false) found them,
    hidden ones left out, sorted by name. Within
    :func:`~desk_common.files.trees_stated_once` the folder is listed and
    stated once, for the build's stamp of the seeds and for the ingest;
    only new and changed files are opened."""
    root = os.fspath(seeds)
    return sorted(SeedFile(source, os.path.join(root, source), info) for source, info in state.files)


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
