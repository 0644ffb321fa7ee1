"""Parse the text of one dispatch into its parts.

The pure core of the converter: text in, :class:`Dispatch` out, no files, no
settings. Header lines (``date 2022-01``, ``-- id: ...``, priority and version
keys, slug, timestamp, headline, byline) come first, then the dateline, the
body paragraphs and the credit line.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from . import credits as credit_lines
from . import versions
from .dateline import Dateline, parse_dateline
from .dates import WireDate, combine_dates, parse_iso, parse_timestamp, parse_url_date
from .errors import Rejected
from .headline import MAX_LENGTH, derive_headline
from .identity import quotes
from .instrument_codes import without_codes
from .language import DEFAULT_LANGUAGES, LanguageDefaults, detect_language
from .paragraphs import restore_paragraphs

MAX_HEADER_LINES = 12
MAX_HEADLINE = 300
_SENTENCE_END = tuple('.!?»"”’)')

_HEADER_PREFIX = re.compile(r"^\s*(?:--+|##+|>+)\s*")
_DATE_HEADER = re.compile(
    r"^date\s*[:=]?\s*(?P<date>\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?)(?:\s+|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_FIELD = re.compile(
    r"^(?P<key>id|story[ -]?id|wire[ -]?id|slug|keyword|version|language|lang|headline|title|time|timestamp|priority)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_SLUG_LINE = re.compile(r"^(?:BC-)?[A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+$")
_URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_EXPORT_LINE = re.compile(r"^\s*--")
_PARAGRAPH_SPLIT = re.compile(r"\n[ \u00a0]*\n+")


@dataclass
class Dispatch:
    """What a dispatch says, as parsed. Nothing is invented: unknown parts
    are None or empty."""

    headline: str
    headline_derived: bool
    paragraphs: list[str]
    lang: str | None
    dateline: Dateline | None = None
    date: WireDate | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    version: versions.VersionInfo = field(default_factory=versions.VersionInfo)
    story_id: str | None = None
    slugline: str | None = None
    advisory: str | None = None
    withdrawn_quotes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subheads: list[int] = field(default_factory=list)  # paragraphs that are subheadings

    @property
    def agency(self) -> str | None:
        return self.dateline.agency if self.dateline else None

    @property
    def withdrawn(self) -> bool:
        return self.version.kind == versions.WITHDRAWAL


def _squash(text: str) -> str:
    """One line, single spaces; non-breaking spaces kept."""
    return re.sub(r"[ \n]+", " ", text).strip()


def split_paragraphs(text: str) -> list[str]:
    return [p.strip("\n ") for p in _PARAGRAPH_SPLIT.split(text.strip("\n")) if p.strip()]


def _reads_as_text(line: str) -> bool:
    """Whether a line at the top is story text, not a header line: longer than
    any headline, or twice a headline's length and ending as a sentence does."""
    return len(line) > MAX_HEADLINE or (len(line) > 2 * MAX_LENGTH and line.endswith(_SENTENCE_END))


def _header_lines(text: str) -> tuple[list[str], str]:
    """The lines at the top before the first long paragraph line, and what
    follows them (from that line on)."""
    lines = text.split("\n")
    header: list[str] = []
    for index, line in enumerate(lines[: MAX_HEADER_LINES + 1]):
        stripped = line.strip()
        if not stripped:
            header.append("")
            continue
        bare = _HEADER_PREFIX.sub("", stripped)
        date_header = _DATE_HEADER.match(bare)
        if parse_dateline(bare) or (date_header and date_header["rest"].strip()):
            # a date header may share its line with the dateline (the seed)
            return header, "\n".join(lines[index:])
        if _reads_as_text(stripped):
            return header, "\n".join(lines[index:])
        header.append(line)
    count = _export_header(lines)
    return lines[:count], "\n".join(lines[count:])


def _export_header(lines: list[str]) -> int:
    """How many lines at the top are export header lines (each prefixed
    ``-- ``) above a story without a dateline; raises :class:`Rejected` when
    the file holds nothing else."""
    count = 0
    while (
        count < len(lines)
        and count <= MAX_HEADER_LINES
        and (_EXPORT_LINE.match(lines[count]) or not lines[count].strip())
    ):
        count += 1
    if not any(_EXPORT_LINE.match(line) for line in lines[:count]):
        return 0
    if not any(line.strip() for line in lines[count:]):
        shown = " / ".join(filter(None, (_HEADER_PREFIX.sub("", line).strip() for line in lines)))
        raise Rejected(f"no story text: only header lines ({shown[:120]})")
    return count


class _Builder:
    def __init__(self) -> None:
        self.info = versions.VersionInfo()
        self.header_date: WireDate | None = None
        self.timestamp: WireDate | None = None
        self.stamps: dict[str | None, WireDate] = {}  # "published", "updated", None: a bare stamp
        self.url_date: WireDate | None = None
        self.story_id: str | None = None
        self.slugline: str | None = None
        self.headline: str | None = None
        self.advisory: str | None = None
        self.byline: list[str] = []
        self.lang_hint: str | None = None
        self.notes: list[str] = []

    def header(self, raw: str) -> None:
        """Interpret one header line."""
        line = _HEADER_PREFIX.sub("", raw).strip()
        if not line:
            return
        date = _DATE_HEADER.match(line)
        if date and not date["rest"].strip():
            self.header_date = parse_iso(date["date"])
            return
        fld = _FIELD.match(line)
        if fld:
            key, value = fld["key"].lower().replace(" ", "").replace("-", ""), fld["value"].strip()
            if key in ("id", "storyid", "wireid"):
                self.story_id = value
            elif key in ("slug", "keyword"):
                self.slugline = value
            elif key in ("headline", "title"):
                self.headline = value
            elif key in ("time", "timestamp"):
                found = parse_timestamp(value)
                self.timestamp = found[0] if found else None
            elif key in ("language", "lang"):
                self.lang_hint = value.lower()[:2]
            elif key == "version":
                if re.match(r"^\d+$", value):
                    self.info.note(versions.UPDATE, int(value))
                else:
                    versions.header_line(value, self.info)
            elif key == "priority":
                self.info.priority = value.upper()
            return
        if versions.header_line(line, self.info):
            return
        if versions.is_editors_note(line):
            self.notes.append(line)
            return
        stamp = parse_timestamp(line)
        if stamp is not None:
            self.stamps.setdefault(stamp[1], stamp[0])
            return
        if _URL_LINE.match(line):  # the story's address: its date, never a headline
            self.url_date = self.url_date or parse_url_date(line)
            return
        byline = credit_lines.parse_byline(line)
        if byline:
            self.byline.extend(byline)
            return
        if self.byline and credit_lines.is_role_line(line):
            return
        if _SLUG_LINE.match(line) and self.headline is None:
            self.slugline = line
            return
        if line.startswith("(") and line.endswith(")") and self.headline is not None:
            self.advisory = line[1:-1].strip()
            return
        if self.headline is None:
            self.headline = versions.strip_headline_prefixes(line, self.info)
        else:
            self.notes.append(line)


def parse_dispatch(
    text: str,
    languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    headline_max: int = MAX_LENGTH,
    language_defaults: LanguageDefaults | None = None,
) -> Dispatch:
    """Parse cleaned dispatch text. Raises :class:`Rejected` when there is
    no copy to publish. ``language_defaults`` gives the language of a text
    too short to tell."""
    builder = _Builder()
    header, rest = _header_lines(text)
    for line in header:
        builder.header(line)

    paragraphs = split_paragraphs(rest)
    if not paragraphs:
        raise Rejected("no text after the header lines")

    first = _HEADER_PREFIX.sub("", paragraphs[0].strip())
    date_header = _DATE_HEADER.match(first)
    if date_header:
        builder.header_date = parse_iso(date_header["date"])
        first = date_header["rest"].strip()
    dateline = None
    found = parse_dateline(_squash(first))
    if found:
        dateline, first = found
    paragraphs = ([first] if first.strip() else []) + paragraphs[1:]

    # credits: the last paragraphs, if they are or end with credit lines
    credit = credit_lines.Credits()
    while paragraphs:
        found = credit_lines.take_credit(paragraphs[-1])
        if found is None:
            # dpa: a "not for publication" heading line above the block
            lines = paragraphs[-1].split("\n")
            parsed = credit_lines.parse_credit_paragraph("\n".join(lines[1:])) if len(lines) > 1 else None
            found = ("", parsed) if parsed is not None else None
        if found is None or not found[1].people:
            # "Mit Material von dpa" names no one: it stays in the text
            break
        rest, parsed = found
        credit.merge(parsed)
        if rest:
            # "... said. (Editing by B) (Additional reporting by C)": look again
            paragraphs[-1] = rest
            continue
        paragraphs.pop()
    paragraphs = [_squash(p) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        if dateline is not None:
            raise Rejected("only a dateline, no text")
        raise Rejected("no text")
    if dateline is None and builder.headline is None and len(paragraphs) == 1 and len(paragraphs[0]) < 120:
        raise Rejected("no dateline and no story: a single short line")

    lang = detect_language(
        " ".join(paragraphs[:3]) + " " + (builder.headline or ""),
        hint=builder.lang_hint,
        languages=languages,
        fallback=(language_defaults or LanguageDefaults()).language_of(dateline.agency if dateline else None),
    )
    body = restore_paragraphs(paragraphs, lang)  # exports that lost their paragraph breaks
    paragraphs = body.paragraphs

    if versions.withdrawal_notice(paragraphs) or builder.info.kind == versions.WITHDRAWAL:
        builder.info.note(versions.WITHDRAWAL)

    # the rule when dates disagree is in the dates module's docstring
    stamp = builder.timestamp or next(filter(None, map(builder.stamps.get, ("published", None, "updated"))), None)
    date = combine_dates(dateline.date if dateline else None, stamp, builder.header_date, builder.url_date)

    headline = builder.headline
    derived = False
    if not headline:
        headline = derive_headline(paragraphs[0], lang or "en", headline_max)
        derived = True

    authors = list(builder.byline)
    for name in credit.authors:
        if name not in authors:
            authors.append(name)

    dispatch = Dispatch(
        headline=_squash(without_codes(headline)),
        headline_derived=derived,
        paragraphs=paragraphs,
        lang=lang,
        dateline=dateline,
        date=date,
        authors=authors,
        editors=credit.editors,
        translators=credit.translators,
        version=builder.info,
        story_id=builder.story_id,
        slugline=builder.slugline,
        advisory=builder.advisory,
        notes=builder.notes,
        subheads=body.subheads,
    )
    if dispatch.withdrawn:
        dispatch.withdrawn_quotes = quotes(paragraphs)
    return dispatch


def _shallow(value) -> dict:
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


def dispatch_to_dict(dispatch: Dispatch) -> dict:
    """A JSON-ready form of ``dispatch``, for the ledger (what
    ``dataclasses.asdict`` gives, without its deep copies)."""
    data = _shallow(dispatch)
    for key in ("paragraphs", "authors", "editors", "translators", "notes", "withdrawn_quotes", "subheads"):
        data[key] = list(data[key])
    if dispatch.dateline is not None:
        data["dateline"] = _shallow(dispatch.dateline)
        if dispatch.dateline.date is not None:
            data["dateline"]["date"] = _shallow(dispatch.dateline.date)
    if dispatch.date is not None:
        data["date"] = _shallow(dispatch.date)  # with its offset and zone
    data["version"] = _shallow(dispatch.version)
    return data


def dispatch_from_dict(data: dict) -> Dispatch:
    """The inverse of :func:`dispatch_to_dict`."""
    data = dict(data)
    if data.get("dateline"):
        line = dict(data["dateline"])
        line["date"] = WireDate(**line["date"]) if line.get("date") else None
        data["dateline"] = Dateline(**line)
    data["date"] = WireDate(**data["date"]) if data.get("date") else None
    data["version"] = versions.VersionInfo(**data["version"])
    return Dispatch(**data)
