"""What the wire plugin does inside a Pelican run."""

from __future__ import annotations

import logging
from pathlib import Path

from desk_common.settings_table import SettingsError

from .ingest_config import IngestConfig
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
    except SettingsError as err:
        raise SystemExit(str(err)) from None
    if pelican.settings["WIRE_SEEDS_PATH"] is None:
        return
    # the converter, imported only to convert here: `invoke build` converts
    # in a process of its own, before Pelican runs
    from .ingest import ingest

    config = _config(pelican.settings)
    if not config.seeds.is_dir():
        raise SystemExit(f"wire: the seeds folder {config.seeds} (WIRE_SEEDS_PATH) does not exist")
    try:
        ingest(config)
    except LockBusy as err:
        raise SystemExit(str(err)) from None
