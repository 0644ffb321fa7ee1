"""What an ingest did with each dispatch: the statuses, one entry per
dispatch, the summary line and the JSON-lines report."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

CONVERTED, UNCHANGED, QUARANTINED, CONFLICT, WITHDRAWN, UNMATCHED, REMOVED = (
    "converted",
    "unchanged",
    "quarantined",
    "conflict",
    "withdrawn",
    "unmatched",
    "removed",
)
OK = "ok"


@dataclass
class Entry:
    """What happened to one dispatch."""

    source: str
    status: str
    reason: str | None = None
    output: str | None = None

    def as_json(self) -> str:
        return json.dumps(
            {"source": self.source, "status": self.status, "reason": self.reason, "output": self.output},
            ensure_ascii=False,
        )


@dataclass
class IngestResult:
    entries: list[Entry] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(entry.status for entry in self.entries)

    def summary(self) -> str:
        counts = self.counts
        parts = [
            f"{counts[CONVERTED]} converted",
            f"{counts[UNCHANGED]} unchanged",
            f"{counts[QUARANTINED]} quarantined",
        ]
        for status, word in (
            (WITHDRAWN, "withdrawn"),
            (UNMATCHED, "withdrawal notices naming no story"),
            (CONFLICT, "kept as edited"),
            (REMOVED, "removed"),
        ):
            if counts[status]:
                parts.append(f"{counts[status]} {word}")
        return ", ".join(parts)
