"""What the wire plugin does inside a Pelican run."""

from __future__ import annotations

import logging
from pathlib import Path

from desk_common.settings_table import SettingsError

from .ingest import ingest
from .ingest_config import IngestConfig
from .locking import LockBusy
from .settings import check_settings
from .withdrawals import FILE_NAME, read_withdrawals

logger = logging.getLogger(__name__)


def _config(settings: dict) -> IngestConfig:
    seeds = settings["WIRE_SEEDS_PATH"]
    return IngestConfig.from_settings(settings, Path(seeds or "."), Path(settings["PATH"]))


def initialized(pelican) -> None:
    """Check the WIRE_* settings, then convert new or changed dispatches."""
    try:
        pelican.settings.update(check_settings(pelican.settings))
    except SettingsError as err:
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


def withdrawn_stories(settings: dict) -> dict[str, str | None]:
    """Wire id -> date of withdrawal (ISO, or None) of every withdrawn story:
    they leave the site, even when an editor's copy of their Markdown file
    is kept."""
    return read_withdrawals(Path(settings["PATH"]) / settings["WIRE_CONTENT_SUBDIR"] / FILE_NAME)
