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
from pathlib import Path

_BUILD = re.compile(r"^build-(\d+)$")


def builds_folder(output: Path) -> Path:
    return output.with_name(output.name + ".builds")


def current_build(output: Path) -> Path | None:
    """The build ``output`` points at, if any."""
    if output.is_symlink():
        return (output.parent / os.readlink(output)).resolve()
    return None


def new_staging(output: Path) -> Path:
    """A fresh, empty folder to build into, after clearing builds that no
    link points at (left by killed builds)."""
    folder = builds_folder(output)
    folder.mkdir(parents=True, exist_ok=True)
    live = current_build(output)
    numbers = [0]
    for child in folder.iterdir():
        match = _BUILD.match(child.name)
        if match:
            numbers.append(int(match[1]))
        if child.resolve() != live and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
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
        shutil.rmtree(previous, ignore_errors=True)
