"""What one ingest works with: folders and the WIRE_* settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_common.state import ledger_path, wire_state_folder, writes_journal_path

from .language import LanguageDefaults
from .settings import DEFAULTS


@dataclass
class IngestConfig:
    seeds: Path
    content: Path
    state: Path | None = None
    report: Path | None = None
    max_bytes: int = DEFAULTS["WIRE_MAX_BYTES"]
    extensions: tuple[str, ...] = DEFAULTS["WIRE_EXTENSIONS"]
    languages: tuple[str, ...] = DEFAULTS["WIRE_LANGUAGES"]
    language_defaults: LanguageDefaults = LanguageDefaults(DEFAULTS["WIRE_DEFAULT_LANGUAGE"])
    headline_max: int = DEFAULTS["WIRE_HEADLINE_MAX"]
    subdir: str = DEFAULTS["WIRE_CONTENT_SUBDIR"]
    lock_timeout: float = DEFAULTS["WIRE_LOCK_TIMEOUT"]
    workers: int = DEFAULTS["WIRE_WORKERS"]
    time_limit: float | None = DEFAULTS["WIRE_CONVERSION_TIME_LIMIT"]

    @classmethod
    def from_settings(cls, settings: dict, seeds: Path, content: Path) -> IngestConfig:
        return cls(
            seeds=seeds,
            content=content,
            state=Path(settings["WIRE_STATE_PATH"]) if settings.get("WIRE_STATE_PATH") else None,
            report=Path(settings["WIRE_REPORT_PATH"]) if settings.get("WIRE_REPORT_PATH") else None,
            max_bytes=settings["WIRE_MAX_BYTES"],
            extensions=tuple(settings["WIRE_EXTENSIONS"]),
            languages=tuple(settings["WIRE_LANGUAGES"]),
            language_defaults=LanguageDefaults(
                settings["WIRE_DEFAULT_LANGUAGE"], tuple(sorted(settings["WIRE_AGENCY_LANGUAGES"].items()))
            ),
            headline_max=settings["WIRE_HEADLINE_MAX"],
            subdir=settings["WIRE_CONTENT_SUBDIR"],
            lock_timeout=settings["WIRE_LOCK_TIMEOUT"],
            workers=settings["WIRE_WORKERS"],
            time_limit=settings["WIRE_CONVERSION_TIME_LIMIT"],
        )

    @property
    def state_path(self) -> Path:
        return wire_state_folder(self.content, self.state)

    @property
    def ledger_path(self) -> Path:
        return ledger_path(self.state_path)

    @property
    def writes_journal(self) -> Path:
        return writes_journal_path(self.state_path)
