"""The list of withdrawn stories, as the site reads it.

The ingest keeps it in ``withdrawals.json`` beside the stories' Markdown
files, sorted by wire id and rewritten only when it changes. It is part of
the content, so a build notices a withdrawal even when nothing else changed
(an editor's copy of the story, which the converter never overwrites, stays
as it is); the site takes every story listed here down, whatever its
Markdown file says, and puts a notice at its address.
"""

from __future__ import annotations

import json
from pathlib import Path

FILE_NAME = "withdrawals.json"


def withdrawals_text(rows: list[tuple[str, str, str | None]]) -> bytes:
    """The file's bytes for ``rows`` of (wire id, Markdown file, date)."""
    stories = [{"wire_id": wire_id, "file": path, "withdrawn": date} for wire_id, path, date in sorted(rows)]
    return (json.dumps({"withdrawn": stories}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_withdrawals(path: Path) -> dict[str, str | None]:
    """wire id -> when the story was withdrawn (ISO, or None when the notice
    is undated), from the file at ``path``; empty when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as err:
        raise ValueError(f"wire: {path} is not a list of withdrawn stories: {err}") from None
    return {str(item["wire_id"]): item.get("withdrawn") for item in data.get("withdrawn", [])}


def withdrawn_stories(settings: dict) -> dict[str, str | None]:
    """Wire id -> date of withdrawal (ISO, or None) of every withdrawn story
    of the site whose (Pelican) ``settings`` are given: they leave the site,
    even when an editor's copy of their Markdown file is kept."""
    return read_withdrawals(Path(settings["PATH"]) / settings["WIRE_CONTENT_SUBDIR"] / FILE_NAME)
