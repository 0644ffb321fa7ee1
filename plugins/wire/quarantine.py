"""Quarantine: a byte-identical copy of a dispatch that cannot be
converted, and its reason, under the state folder."""

from __future__ import annotations

from desk_common.state import quarantine_folder

from .ingest_config import IngestConfig
from .story_files import write_file


def quarantine(config: IngestConfig, source: str, data: bytes | None, reason: str) -> None:
    """Keep a byte-identical copy of a rejected dispatch and its reason."""
    folder = quarantine_folder(config.state_path)
    target = folder / source
    if data is not None:
        write_file(target.with_name(target.name + ".quarantined"), data)
    write_file(target.with_name(target.name + ".reason.txt"), (reason + "\n").encode("utf-8"))
