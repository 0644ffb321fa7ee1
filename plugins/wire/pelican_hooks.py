"""What the wire plugin does inside a Pelican run."""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import WireSettingsError
from .ingest import IngestConfig, ingest
from .ledger import withdrawn_ids
from .locking import LockBusy
from .settings import check_settings

logger = logging.getLogger(__name__)


def _config(settings: dict) -> IngestConfig:
    seeds = settings["WIRE_SEEDS_PATH"]
    return IngestConfig.from_settings(settings, Path(seeds or "."), Path(settings["PATH"]))


def initialized(pelican) -> None:
    """Check the WIRE_* settings, then convert new or changed dispatches."""
    try:
        pelican.settings.update(check_settings(pelican.settings))
    except WireSettingsError as err:
        raise SystemExit(str(err)) from None
    if pelican.settings["WIRE_SEEDS_PATH"] is None:
        return
    config = _config(pelican.settings)
    if not config.seeds.is_dir():
        raise SystemExit(f"wire: the seeds folder {config.seeds} (WIRE_SEEDS_PATH) does not exist")
    try:
        ingest(config)
    except LockBusy as err:
        raise SystemExit(str(err)) from None


def withdrawn_story_ids(settings: dict) -> set[str]:
    """Wire ids of withdrawn stories: they leave the site, even when an
    editor's copy of their Markdown file is kept."""
    ledger_path = _config(settings).ledger_path
    if not ledger_path.exists():
        return set()
    return withdrawn_ids(ledger_path)
