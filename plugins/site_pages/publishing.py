"""Publish a build atomically: build into a fresh folder, then point the
output path at it in one step.

``output`` is a symbolic link to ``output.builds/build-N``. A build writes
``build-N+1``; only when it is complete does the link move, with one atomic
rename. A build killed at any moment leaves the link on the previous, whole
site, and the next build clears what the killed one left.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from desk_common.files import atomic_write, is_partial
from desk_common.state import builds_folder, published_record

_BUILD = re.compile(r"^build-(\d+)$")
#: Builds no longer published, while they are being removed.
_TRASH = ".removing-"


def current_build(output: Path) -> Path | None:
    """The build ``output`` points at, if any."""
    if output.is_symlink():
        return (output.parent / os.readlink(output)).resolve()
    return None


def new_staging(output: Path) -> Path:
    """A fresh, empty folder to build into, after clearing builds that no
    link points at (left by killed builds), with their state files."""
    folder = builds_folder(output)
    folder.mkdir(parents=True, exist_ok=True)
    live = current_build(output)
    numbers = [0]
    for child in folder.iterdir():
        if child.name.startswith(_TRASH):
            shutil.rmtree(child, ignore_errors=True)
            continue
        if is_partial(child.name):
            child.unlink(missing_ok=True)  # a state file a killed build was writing
            continue
        match = _BUILD.match(child.name.removesuffix(".state"))
        if not match:
            continue
        numbers.append(int(match[1]))
        if live is not None and child.name in (live.name, live.name + ".state"):
            continue
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    staging = folder / f"build-{max(numbers) + 1}"
    staging.mkdir()
    return staging


def publish(staging: Path, output: Path) -> None:
    """Point ``output`` at the complete build ``staging``, atomically, and
    remove the build it pointed at before."""
    previous = current_build(output)
    if output.exists() and not output.is_symlink():
        # an output folder from before staged builds: keep it until the swap
        legacy = builds_folder(output) / "build-0"
        shutil.rmtree(legacy, ignore_errors=True)
        output.rename(legacy)
        previous = legacy
    link = output.with_name(f".{output.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(staging, output.parent))
    os.replace(link, output)  # the one atomic step
    if previous is not None and previous != staging.resolve():
        previous.with_name(previous.name + ".state").unlink(missing_ok=True)
        remove_later(previous)


def remove_later(folder: Path) -> None:
    """Remove a folder no longer published without waiting for it: renamed
    out of the way at once, deleted by a process of its own (thousands of
    files take a while); the next build clears it if that process died."""
    trash = folder.with_name(f"{_TRASH}{folder.name}")
    try:
        folder.rename(trash)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        subprocess.Popen(
            ["rm", "-rf", "--", str(trash)],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        shutil.rmtree(trash, ignore_errors=True)


def _published(output: Path) -> dict | None:
    """The record of the build ``output`` serves, if that build is whole."""
    import json

    live = current_build(output)
    try:
        record = json.loads(published_record(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if live is None or not live.is_dir() or record.get("build") != live.name:
        return None
    return record


def is_current(output: Path, fingerprint: str | Callable[[], str], seeds: str | None = None) -> bool:
    """True when ``output`` is the complete build of exactly these inputs:
    the content ``fingerprint`` and, when ``seeds`` is given, the stamp of
    the seeds folder the build converted. ``fingerprint`` may be a function
    that works it out: it is called only when the rest matches (working it
    out reads every file's stamp)."""
    record = _published(output)
    if record is None or (seeds is not None and record.get("seeds") != seeds):
        return False
    return record.get("inputs") == (fingerprint() if callable(fingerprint) else fingerprint)


def record_published(output: Path, fingerprint: str, seeds: str | None) -> None:
    """Note which build ``output`` serves and what it was made from (the
    seeds' stamp None when it could not be trusted)."""
    import json

    live = current_build(output)
    record = published_record(output)
    atomic_write(record, json.dumps({"build": live.name, "inputs": fingerprint, "seeds": seeds}))
