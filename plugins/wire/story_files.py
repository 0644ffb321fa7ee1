"""Writing stories' Markdown files: rendered (in workers when many),
written in one step, never over an editor's edit."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desk_common.files import atomic_write
from desk_common.tree_hash import sha256_hex

from .markdown_writer import render_markdown
from .stories import Story


@dataclass
class StoryToWrite:
    """A story whose Markdown file is rendered again: where it goes, the
    signature of the dispatches it is made of, the hash the converter last
    wrote there and the file's hash now (None: no file), and whether a
    dispatch of it is new in this run."""

    story: Story
    slug: str
    relative: Path
    target: Path
    signature: str
    written: str | None
    current_hash: str | None
    has_fresh: bool


@dataclass
class RenderJob:
    """A story's Markdown for a worker to render and, unless an editor
    changed the file, write (flushed to disk at once when ``flush``)."""

    story: Story
    slug: str
    target: Path
    written: str | None
    current_hash: str | None
    flush: bool
    journal: Path | None = None  # where a file about to be written is noted


def render_job(job: RenderJob) -> str:
    """Render one story's Markdown; write it when its file is missing, or
    differs but is as the converter last wrote it (an editor's edit is
    never overwritten). Returns the rendering's hash."""
    text = render_markdown(job.story, job.slug).encode("utf-8")
    new_hash = sha256_hex(text)
    current = job.current_hash
    if current is None or (current != new_hash and current == job.written):
        if job.journal is not None:
            # one short line appended: whole even when workers write at once
            with open(job.journal, "a", encoding="utf-8") as journal:
                journal.write(f"{new_hash}\t{job.target}\n")
        write_file(job.target, text, job.flush)
    return new_hash


#: A run writing more files than this flushes them to disk all at once at
#: its end (one flush each would cost a disk flush each); fewer, one by one.
FLUSH_EACH_MAX = 64


def sync_to_disk() -> None:
    """Flush what was written to disk, all at once."""
    if hasattr(os, "sync"):
        os.sync()


def write_file(path: Path, data: bytes, flush: bool = True) -> None:
    """:func:`desk_common.files.atomic_write` into a folder made when
    missing; flushed to disk before the rename when ``flush`` (else by
    :func:`sync_to_disk` at the end of the run)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, flush)
