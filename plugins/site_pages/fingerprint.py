"""The fingerprint of what every page is made with: the theme, the
plugins' code, the settings and the libraries' versions. A previous build
made with another is not reused."""

from __future__ import annotations

import json
import sys

import pelican
from desk_common.tree_hash import content_hash

#: Settings that say where things are or how builds run, not what the site
#: looks like.
_LOCAL_SETTINGS = (
    "PATH",
    "OUTPUT_PATH",
    "DELETE_OUTPUT_DIRECTORY",
    "SITE_PREVIOUS_BUILD",
    "SITE_KEEP_STATE",
    "DESK_KEEP_WARM",
)


def code_fingerprint(settings: dict) -> str:
    """A hash of what every page is made with: the theme, the plugins' code,
    the settings and the libraries' versions."""
    import babel
    import jinja2
    import markdown

    digest = content_hash([settings["THEME"], *settings.get("PLUGIN_PATHS", [])])
    shown = {
        k: v for k, v in settings.items() if k.isupper() and k not in _LOCAL_SETTINGS and not k.startswith("WIRE_")
    }
    shown["WIRE_LANGUAGES"] = settings.get("WIRE_LANGUAGES")  # the languages the site lists
    shown["MARKDOWN"] = _markdown_settings(settings.get("MARKDOWN") or {})
    digest.update(json.dumps(shown, sort_keys=True, default=lambda value: type(value).__name__).encode())
    versions = (pelican.__version__, jinja2.__version__, markdown.__version__, babel.__version__, sys.version)
    digest.update(repr(versions).encode())
    return digest.hexdigest()


def _markdown_settings(markdown: dict) -> dict:
    """MARKDOWN as Pelican's Markdown reader completes it when it starts (so
    a fingerprint taken before a run equals one taken during it)."""
    completed = dict(markdown)
    extensions = list(completed.get("extensions", []))
    for extension in [*completed.get("extension_configs", {}), "markdown.extensions.meta"]:
        if extension not in extensions:
            extensions.append(extension)
    completed["extensions"] = extensions
    return completed
