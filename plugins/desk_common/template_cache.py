"""Compiled Jinja templates kept between builds, for every environment the
plugins render with."""

from __future__ import annotations

import jinja2

from .state import derived_cache_folder


def template_cache() -> jinja2.FileSystemBytecodeCache | None:
    """A bytecode cache in the derived data cache (Jinja checks each entry
    against its template's source); None when that folder cannot be made."""
    folder = derived_cache_folder() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
