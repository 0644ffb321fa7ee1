"""What the desk shows, gathered after a build, and its pages written.

Everything on the desk comes from the build that just ran (its ingest
result), the ingest ledger, the quarantine and conflicts stores, and the
desk's own ``state.json`` (the names known at the previous build, the
corrected and withdrawn stories) and ``builds.jsonl`` (the last builds).
Only pages whose bytes changed are written. The clock is read for the
desk only: the published site never shows it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desk_common.files import atomic_write
from desk_common.state import conflicts_folder, desk_folder, ledger_path, quarantine_folder

from .advice import advice
from .side_by_side import side_by_side

logger = logging.getLogger(__name__)

#: Builds listed on the builds page.
BUILDS_KEPT = 50
#: Stories listed per kind of change, and new tags shown, at most.
LIST_MAX = 200
#: Lines and characters of a quarantined file's preview.
PREVIEW_LINES, PREVIEW_WIDTH = 8, 160
TEMPLATES = Path(__file__).parent / "templates"
PAGES = (
    ("index.html", "Last build"),
    ("quarantine.html", "Quarantine"),
    ("conflicts.html", "Conflicts"),
    ("versions.html", "Corrections and withdrawals"),
    ("tags.html", "New tags"),
    ("builds.html", "Builds"),
)


@dataclass
class DeskInput:
    """What a build hands the desk: its folders, when it started and how
    long it took, its ingest result (None when nothing changed), and the
    story pages the site had before it (to tell added from updated)."""

    output: Path
    content: Path
    seeds: Path
    state: Path
    theme_css: Path | None  # None: leave the desk's copy as it is
    story_url: str  # the site's ARTICLE_URL, with {slug}
    started: datetime
    seconds: float
    outcome: str
    result: object | None = None
    existed: set[str] = field(default_factory=set)
    #: the names, worked out already from the ingest's result (see :func:`names_of`)
    names: NewNames | None = None


@dataclass
class NewNames:
    """What the desk shows of the names the ingest found: those new since
    the previous build (the first of them, as shown), how many are new, and
    every name known now."""

    shown: list[dict]
    total: int
    known: list[str]


@dataclass
class StoryLink:
    title: str
    path: str
    url: str


@dataclass
class BuildLine:
    when: str
    seconds: float
    outcome: str
    counts: dict[str, int]
    added: int = 0
    updated: int = 0
    withdrawn: int = 0


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _header(path: Path) -> dict[str, list[str]]:
    """A story's Markdown metadata: key (lower case) -> its lines."""
    meta: dict[str, list[str]] = {}
    key = None
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                line = line.rstrip("\n")
                if not line.strip():
                    break
                if line.startswith("    ") and key:
                    meta[key].append(line.strip())
                elif ":" in line:
                    key, value = line.split(":", 1)
                    key = key.strip().lower()
                    meta[key] = [value.strip()]
    except OSError:
        return {}
    return meta


class Desk:
    def __init__(self, given: DeskInput):
        self.given = given
        self.folder = desk_folder(given.output)
        self.wire = given.content  # Markdown paths are relative to the content folder
        self.state = self._load_state()

    def _load_state(self) -> dict:
        try:
            return json.loads((self.folder / "state.json").read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}

    def link(self, relative: str) -> StoryLink:
        slug = Path(relative).stem
        title = (_header(self.wire / relative).get("title") or [slug])[0]
        return StoryLink(title, relative, "../" + self.given.story_url.format(slug=slug))

    # -- the last build

    def changes(self) -> dict[str, list[str]]:
        """Markdown paths of the stories added, updated and withdrawn."""
        found: dict[str, set[str]] = {"added": set(), "updated": set(), "withdrawn": set()}
        result = self.given.result
        for entry in result.entries if result else []:
            if not entry.output:
                continue
            if entry.status == "withdrawn":
                found["withdrawn"].add(entry.output)
            elif entry.status == "converted":
                kind = "updated" if Path(entry.output).stem in self.given.existed else "added"
                found[kind].add(entry.output)
        found["updated"] -= found["withdrawn"]
        return {kind: sorted(paths) for kind, paths in found.items()}

    # -- quarantine

    def quarantined(self) -> list[dict]:
        result = self.given.result
        if result is None:
            return self.state.get("quarantine", [])
        folder = quarantine_folder(self.given.state)
        items = []
        for entry in result.entries:
            if entry.status != "quarantined":
                continue
            copy = folder / (entry.source + ".quarantined")
            seed = self.given.seeds / entry.source
            size = arrived = None
            for candidate in (seed, copy):
                try:
                    info = candidate.stat()
                except OSError:
                    continue
                size = info.st_size
                arrived = _stamp(datetime.fromtimestamp(info.st_mtime, UTC))
                break
            items.append(
                {
                    "source": entry.source,
                    "reason": entry.reason or "",
                    "advice": advice(entry.reason),
                    "size": size,
                    "arrived": arrived,
                    "preview": _preview(copy),
                }
            )
        return items

    # -- conflicts

    def conflicts(self) -> list[dict]:
        kept = conflicts_folder(self.given.state)
        items = []
        for converter in sorted(kept.rglob("*.md")) if kept.is_dir() else []:
            relative = converter.relative_to(kept).as_posix()
            try:
                editor = (self.wire / relative).read_text(encoding="utf-8", errors="replace")
                theirs = converter.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if editor == theirs:
                continue
            rows = side_by_side(editor, theirs)
            items.append(
                {
                    "story": asdict(self.link(relative)),
                    "rows": [asdict(row) for row in rows],
                    "changed": sum(row.status != "same" for row in rows),
                }
            )
        return items

    # -- corrections and withdrawals

    def versions(self, changed: list[str]) -> list[dict]:
        known: dict[str, dict] = dict(self.state.get("versions", {}))
        for relative in changed:
            meta = _header(self.wire / relative)
            history = meta.get("history", [])
            withdrawn = meta.get("withdrawn", [""])[0] == "yes"
            corrected = any(" | correction" in line for line in history)
            if withdrawn or corrected:
                known[relative] = {
                    "story": asdict(self.link(relative)),
                    "withdrawn": withdrawn,
                    "corrected": corrected,
                    "history": [line.split(" | ", 3) for line in history],
                }
            else:
                known.pop(relative, None)
        return [known[path] for path in sorted(known) if (self.wire / path).exists()]

    # -- new tags

    def names(self) -> tuple[list[dict], list[str]]:
        """The tags new since the previous build, and every name known now."""
        if self.given.result is None:
            return [], self.state.get("names", [])
        from wire.corrections import read_corrections
        from wire.ledger import NAME_KEY, Ledger

        path = ledger_path(self.given.state)
        if not path.exists():
            return [], []
        with Ledger(path) as ledger:
            names = ledger.keys_from(NAME_KEY)
            before = set(self.state.get("names", []))
            corrections = read_corrections(self.given.content)
            new = [name for name in names if name not in before and not corrections.for_names({name})]
            shown = new[:LIST_MAX]
            named = ledger.sources_of(NAME_KEY, shown)
            rows = ledger.dispatches_of({source for name in shown for source in named[name]})
            longer = _longer_names(names, shown)
            items = [self._new_tag(name, named[name], longer.get(name), rows) for name in shown]
            self.new_total = len(new)
        return items, names

    def _new_tag(self, name: str, sources: list[str], longer: str | None, rows: dict) -> dict:
        from wire.tagging.vocabulary import country_name

        kind, reasons, stories = "topic", [], set()
        for source in sources:
            row = rows.get(source)
            if row is None or not row.record:
                continue
            tagging = json.loads(row.record).get("tagging") or {}
            if name in tagging.get("people", []):
                kind = "person"
            elif name in tagging.get("organizations", []):
                kind = "organisation"
            elif name in tagging.get("cities", []) or name in {
                country_name(c, "en") for c in tagging.get("places", [])
            }:
                kind = "place"
            for reason in (tagging.get("reasons") or {}).get(name, []):
                if reason not in reasons:
                    reasons.append(reason)
            if row.output:
                stories.add(row.output)
        lines = [f"drop: {name}"]
        if kind != "topic":
            lines += [f"{name}: {other}" for other in ("person", "organisation", "place") if other != kind]
            if longer:
                lines.insert(0, f"{name} -> {longer}")
        return {
            "name": name,
            "kind": kind,
            "reasons": reasons,
            "stories": [asdict(self.link(path)) for path in sorted(stories)[:20]],
            "more_stories": max(0, len(stories) - 20),
            "lines": lines,
        }

    # -- all of it

    def write(self) -> None:
        given = self.given
        self.new_total = 0
        changes = self.changes()
        counts = dict(sorted(given.result.counts.items())) if given.result else {}
        line = BuildLine(
            _stamp(given.started),
            round(given.seconds, 2),
            given.outcome,
            counts,
            len(changes["added"]),
            len(changes["updated"]),
            len(changes["withdrawn"]),
        )
        history = self._history(line)
        quarantined = self.quarantined()
        if given.result is None:
            unmatched = self.state.get("unmatched", [])
        else:
            unmatched = [
                {"source": entry.source, "reason": entry.reason or ""}
                for entry in given.result.entries
                if entry.status == "unmatched"
            ]
        written = ("converted", "withdrawn", "conflict")
        entries = given.result.entries if given.result else []
        touched = sorted({entry.output for entry in entries if entry.output and entry.status in written})
        versions = self.versions(touched)
        if given.names is None:
            new_tags, names = self.names()
        else:
            new_tags, names, self.new_total = given.names.shown, given.names.known, given.names.total
        conflicts = self.conflicts() if given.result else self.state.get("conflicts", [])
        shown = {kind: [asdict(self.link(p)) for p in paths[:LIST_MAX]] for kind, paths in changes.items()}
        data = {
            "build": asdict(line),
            "changes": shown,
            "change_totals": {kind: len(paths) for kind, paths in changes.items()},
            "quarantine": quarantined,
            "unmatched": unmatched,
            "conflicts": conflicts,
            "versions": versions,
            "new_tags": new_tags,
            "new_total": self.new_total,
            "builds": list(reversed(history)),
            "pages": PAGES,
            "list_max": LIST_MAX,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        if given.theme_css is not None:
            self._write_if_changed("site.css", given.theme_css.read_bytes())
        self._write_if_changed("desk.css", (TEMPLATES / "desk.css").read_bytes())
        environment = _environment()
        for name, title in PAGES:
            html = environment.get_template(name).render(title=title, current=name, **data)
            self._write_if_changed(name, html.encode("utf-8"))
        state = {
            "names": names,
            "versions": {item["story"]["path"]: item for item in versions},
            "quarantine": quarantined,
            "unmatched": unmatched,
            "conflicts": conflicts,
        }
        self._write_if_changed("state.json", json.dumps(state, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def _history(self, line: BuildLine) -> list[dict]:
        path = self.folder / "builds.jsonl"
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        lines = [*lines, json.dumps(asdict(line), sort_keys=True)][-BUILDS_KEPT:]
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, ("\n".join(lines) + "\n").encode("utf-8"), False)
        return [json.loads(text) for text in lines]

    def _write_if_changed(self, name: str, data: bytes) -> None:
        target = self.folder / name
        try:
            if target.read_bytes() == data:
                return
        except FileNotFoundError:
            pass
        atomic_write(target, data, False)


def _longer_names(names: list[str], shown: list[str]) -> dict[str, str]:
    """For each of ``shown`` that has one, the first of ``names`` (in order)
    that is longer and ends with the same word: the full name an editor may
    merge it into (``Doe -> Jane Doe``)."""
    if not shown:
        return {}
    by_last: dict[str, list[str]] = {}
    for name in shown:
        if name.split():
            by_last.setdefault(name.split()[-1], []).append(name)
    found: dict[str, str] = {}
    for other in names:
        words = other.rsplit(None, 1)
        for name in by_last.get(words[-1] if words else "", ()):
            if name not in found and other != name and len(other) > len(name):
                found[name] = other
    return found


def _preview(path: Path) -> list[str]:
    """The first lines of a quarantined file as plain text: undecodable
    bytes and control characters shown as U+FFFD, long lines cut."""
    try:
        with path.open("rb") as handle:
            data = handle.read(PREVIEW_LINES * PREVIEW_WIDTH * 4)
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace")
    lines = []
    for line in text.splitlines()[:PREVIEW_LINES]:
        clean = "".join(ch if ch == "\t" or ch.isprintable() else "\ufffd" for ch in line)
        lines.append(clean[:PREVIEW_WIDTH] + ("…" if len(clean) > PREVIEW_WIDTH else ""))
    return lines


def _environment():
    from desk_common.template_cache import template_cache
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        bytecode_cache=template_cache(),
    )


def names_of(given: DeskInput) -> NewNames:
    """What the desk shows of the names once the ingest of ``given.result``
    ran: read from the ingest's ledger, the editors' corrections and the
    desk's last state, none of which the site's build changes (a build
    started afresh works it out in the ingest's process, beside its own
    work)."""
    desk = Desk(given)
    shown, known = desk.names()
    return NewNames(shown, desk.new_total, known)


def write_desk(given: DeskInput) -> Path:
    """Write the desk for a build; return its folder. A failure is logged,
    never fatal: the site is built and published whatever the desk does."""
    desk = Desk(given)
    try:
        desk.write()
    except Exception:
        logger.exception("desk: the desk could not be written")
    return desk.folder
