"""One dispatch's bytes to its ledger record (decoded, parsed, dated,
tagged), in this process or a worker; and the Markdown one dispatch
becomes on its own."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from desk_common.time_limit import TimeLimitExceeded, processor_time_limit
from desk_common.tree_hash import sha256_hex

from .dates import WireDate, parse_iso, with_year_on_or_before
from .decoding import decode_dispatch
from .derived_cache import wire_code_digest
from .dispatch import dispatch_from_dict, dispatch_to_dict, parse_dispatch
from .errors import Rejected
from .identity import Evidence
from .ingest_config import IngestConfig
from .markdown_writer import render_markdown
from .stories import Version, group_versions
from .tagging.tagger import tag_parsed


@functools.cache
def converter_fingerprint() -> str:
    """A hash of the converter's code and data: when it changes, every
    dispatch is parsed again, so a rerun never keeps what old code made."""
    return wire_code_digest()


def convert_bytes(data: bytes, name: str, config: IngestConfig, received: WireDate | None) -> dict:
    """Parse one dispatch's bytes into its ledger record; raise
    :class:`Rejected` with the reason when it cannot be converted."""
    suffix = Path(name).suffix.lower()
    if suffix not in config.extensions and not (suffix == "" and "" in config.extensions):
        raise Rejected(
            f"not a dispatch: files ending in {suffix!r} are not read (allowed: {', '.join(e or 'none' for e in config.extensions)})"
        )
    if len(data) > config.max_bytes:
        raise Rejected(f"too large: {len(data):,} bytes, the limit is {config.max_bytes:,}")
    text, encoding = decode_dispatch(data)
    dispatch = parse_dispatch(
        text, languages=config.languages, headline_max=config.headline_max, language_defaults=config.language_defaults
    )
    date = dispatch.date
    date_source = "dispatch"
    if received is not None and (date is None or date.year is None):
        if date is None:
            date, date_source = received, "received"
        else:
            date = with_year_on_or_before(date, received)
            date_source = "dispatch, year from received time"
    if date is not None and date.year is None:
        date = None
    tagging = tag_parsed(dispatch)
    evidence = Evidence.of(name, dispatch, date)
    return {
        "dispatch": dispatch_to_dict(dispatch),
        "tagging": {
            "people": list(tagging.people),
            "places": list(tagging.places),
            "cities": list(tagging.cities),
            "organizations": list(tagging.organizations),
            "category": tagging.category,
            "topics": list(tagging.topics),
            "tags": list(tagging.tags),
            "lead": list(tagging.lead),
            "mentions": list(tagging.mentions),
            # why each name was given, for the desk's new tags
            "reasons": {name: list(why) for name, why in sorted(tagging.reasons.items())},
        },
        "date": date.stamp() if date else None,
        "date_source": date_source,
        "encoding": encoding,
        "evidence": evidence.as_dict(),
    }


@dataclass
class ConversionJob:
    """A dispatch for a worker to convert."""

    data: bytes
    source: str
    config: IngestConfig
    received: WireDate | None


@dataclass
class Conversion:
    """A worker's answer: the parsed record, or why it was rejected;
    ``over_time``: rejected because it took longer than the time limit."""

    record: dict | None = None
    rejected: str | None = None
    over_time: bool = False


def convert_job(job: ConversionJob) -> Conversion:
    """Convert one dispatch (in a worker), within the configured time limit."""
    try:
        with processor_time_limit(job.config.time_limit):
            return Conversion(record=convert_bytes(job.data, job.source, job.config, job.received))
    except Rejected as rejected:
        return Conversion(rejected=rejected.reason)
    except TimeLimitExceeded as stopped:
        reason = f"its conversion {stopped}, the limit (WIRE_CONVERSION_TIME_LIMIT)"
        return Conversion(rejected=reason, over_time=True)


def quarantined_key(sha: str, config: IngestConfig, over_time: bool) -> str:
    """What the ledger keeps for a quarantined dispatch whose bytes hash to
    ``sha``: the hash, with the time limit when that was the reason, so
    that a new limit has it converted again."""
    return f"{sha}@{config.time_limit:g}s" if over_time else sha


#: Short fictional dispatches, one a language, converted by :func:`convert_samples`.
_WARM_UP = {
    "en": "LONDON, March 3 (Reuters) - Minister Jane Doe of the Interior Ministry said on Monday in Paris "
    "that talks with Acme Corp would go on.",
    "fr": "PARIS, 3 mars (AFP) - La ministre Jeanne Dupont a déclaré lundi à Lyon que le ministère de "
    "l'Intérieur poursuivrait les discussions.",
    "de": "BERLIN, 3. März (dpa) - Ministerin Johanna Schmidt sagte am Montag in Hamburg, das "
    "Innenministerium werde die Gespräche fortsetzen.",
    "es": "MADRID, 3 mar (EFE) - La ministra Juana Pérez dijo el lunes en Sevilla que el Ministerio del "
    "Interior seguirá negociando.",
}


def warm_up(config: IngestConfig) -> None:
    """Load what the workers share: the language detector's models and the
    city tables (done before forking them)."""
    from .language import LONG_SAMPLE, detect_language
    from .places import cities
    from .tagging.vocabulary import text_cities

    # Lingua loads its models on first use: use it once, before the fork
    detect_language("Les dépêches arrivent." * (LONG_SAMPLE // 10), None, tuple(config.languages))
    cities()
    text_cities()


def convert_samples(config: IngestConfig) -> None:
    """Convert a short fictional dispatch in each language, which loads every
    model and lexicon that conversion reads on first use (a resident build
    process does it before its first build)."""
    from .language import LONG_SAMPLE

    for lang, text in _WARM_UP.items():
        # as long as a real dispatch: short texts take a detector of their own
        paragraph = text.split(" - ", 1)[1]
        body = "\n\n".join([text] + [paragraph] * (LONG_SAMPLE // len(paragraph) + 1))
        try:
            convert_bytes(body.encode("utf-8"), f"warm-up-{lang}.txt", config, None)
        except Rejected:
            pass


def version_from_record(source: str, sha: str, record: dict) -> Version:
    dispatch = dispatch_from_dict(record["dispatch"])
    date = parse_iso(record["date"]) if record["date"] else None
    evidence = Evidence.from_dict(record["evidence"]) if record.get("evidence") else None
    return Version(source, sha, dispatch, date, record.get("tagging"), evidence)


def convert_to_markdown(
    data: bytes, name: str, config: IngestConfig | None = None, received: WireDate | None = None
) -> str:
    """The Markdown file one dispatch becomes on its own (a story of one
    version). Raises :class:`Rejected` like :func:`convert_bytes`."""
    config = config or IngestConfig(seeds=Path("."), content=Path("."))
    record = convert_bytes(data, name, config, received)
    version = Version(
        name,
        sha256_hex(data),
        dispatch_from_dict(record["dispatch"]),
        parse_iso(record["date"]) if record["date"] else None,
        record["tagging"],
    )
    (story,) = group_versions([version])
    return render_markdown(story)
