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


def _withdrawn_ids(settings: dict) -> set[str]:
    ledger_path = _config(settings).ledger_path
    if not ledger_path.exists():
        return set()
    return withdrawn_ids(ledger_path)


def drop_withdrawn(generator) -> None:
    """``article_generator_pretaxonomy``: a withdrawn story leaves the site,
    even when an editor's copy of its Markdown file is kept."""
    withdrawn = _withdrawn_ids(generator.settings)

    def keep(article) -> bool:
        if str(article.metadata.get("withdrawn", "")).lower() in ("yes", "true"):
            return False
        return article.metadata.get("wire_id") not in withdrawn

    for name in ("articles", "translations", "hidden_articles", "hidden_translations", "drafts", "drafts_translations"):
        items = getattr(generator, name, None)
        if items is None:
            continue
        kept = [article for article in items if keep(article)]
        for article in items:
            if not keep(article):
                logger.info("wire: %s is withdrawn and left off the site", article.source_path)
        setattr(generator, name, kept)
