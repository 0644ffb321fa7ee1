"""Convert a folder of raw dispatches into Markdown files for Pelican.

Reads every file under the seeds folder (never changing one), parses new or
changed ones, groups versions into stories, and writes one Markdown file per
story under the content folder. What cannot be converted is quarantined with
its reason; a Markdown file edited by hand is never overwritten. A SQLite
ledger makes reruns convert only what changed.

The jobs are in modules of their own: ``seeds`` (files, stamps, findings),
``conversion`` (a dispatch to its record), ``quarantine``, ``story_files``
(Markdown written) and ``report``; this module runs them in order.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from desk_common import workers
from desk_common.files import files_present, remove_partial_files, tree_state
from desk_common.state import conflicts_folder
from desk_common.tree_hash import sha256_hex
from desk_common.tree_watch import current_state

from .conversion import (
    Conversion,
    ConversionJob,
    convert_job,
    converter_fingerprint,
    quarantined_key,
    version_from_record,
    warm_up,
)
from .corrections import Corrections, apply_corrections, read_corrections, tagging_names
from .ingest_config import IngestConfig
from .ingest_memory import DeskFolders, KeptWaiting, LedgerView, ListedWaiting, RunKept, StoryFiles, desk_of
from .ledger import NAME_KEY, KnownDispatch, Ledger, ledger_key, read_ahead
from .locking import FolderLock
from .markdown_writer import render_markdown
from .quarantine import quarantine
from .report import CONFLICT, CONVERTED, OK, QUARANTINED, REMOVED, UNCHANGED, UNMATCHED, WITHDRAWN, Entry, IngestResult
from .seeds import Examined, Finding, SeedFile, Stamps, received_date, seed_files_of
from .slugs import story_slug
from .stories import Story, Version, evidence_of, group_versions
from .story_files import FLUSH_EACH_MAX, RenderJob, StoryToWrite, render_job, sync_to_disk, write_file
from .withdrawals import FILE_NAME as WITHDRAWALS_FILE
from .withdrawals import withdrawals_text

logger = logging.getLogger(__name__)


def _wire_id(known: dict[str, KnownDispatch], source: str) -> str | None:
    """The wire id of the story the ledger has ``source`` in, if any."""
    row = known.get(source)
    return row.wire_id if row else None


def name_keys(tagging: dict | None) -> list[str]:
    return sorted(NAME_KEY + name for name in tagging_names(tagging))


#: Report progress every this many dispatches.
PROGRESS_EVERY = 500
#: Name this many quarantined dispatches in the log; the report names all.
LOG_QUARANTINED = 50


#: The ledger of the last ingest run in this process (see :func:`read_ledger_ahead`).
_LAST_LEDGER: list[Path] = []
#: What the last successful run in this process left for the next (see ``ingest_memory``).
_KEPT: list[RunKept] = []
#: That ledger read ahead and arranged for the next run.
_VIEW: list[LedgerView] = []


def read_ledger_ahead() -> None:
    """Read ahead, while a resident build process waits, what the next run
    reads whole of the ledger of the last run (see ``ledger.read_ahead``),
    and arrange it for a run that examines only what changed."""
    _VIEW.clear()
    if _LAST_LEDGER:
        read = read_ahead(_LAST_LEDGER[0])
        if read is not None and _KEPT and _KEPT[0].ledger_key == read.key:
            _VIEW.append(LedgerView(read, current_state(_KEPT[0].desk.content, True)))


def _kept_view(desk: DeskFolders, ledger: Ledger, journal: bool) -> tuple[RunKept, LedgerView] | tuple[None, None]:
    """The last run's :class:`RunKept` and the ledger's view, when this run
    may examine only what changed since: the last run in this process was
    on this desk and ended well, no process committed to the ledger since,
    and no killed run left its journal."""
    kept = _KEPT.pop() if _KEPT else None
    view = _VIEW.pop() if _VIEW else None
    if kept is None or view is None or journal or kept.desk != desk:
        return None, None
    if not (kept.ledger_key == view.key == ledger.ahead_key):
        return None, None
    return kept, view


class Ingest:
    """One ingest run over a seeds folder."""

    def __init__(self, config: IngestConfig, progress=None):
        self.config = config
        self.result = IngestResult()
        self.progress = progress
        self.quarantined = 0
        #: whether the run examined only what changed since the last run in
        #: this process (see ``ingest_memory``)
        self.from_memory = False

    def run(self) -> IngestResult:
        config = self.config
        if not config.seeds.is_dir():
            raise FileNotFoundError(f"wire: seeds folder {config.seeds} does not exist")
        config.content.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(
            config.state_path / "lock", config.lock_timeout, f"wire: ingest into {config.content}", self.progress
        )
        with lock:
            return self._run_locked()

    def _run_locked(self) -> IngestResult:
        config = self.config
        desk = desk_of(config.seeds, config.content, config.subdir, config.ledger_path)
        journal = config.writes_journal.exists()
        seeds = tree_state(config.seeds, links=False)
        _LAST_LEDGER[:] = [config.ledger_path]
        with Ledger(config.ledger_path) as ledger:
            kept, view = _kept_view(desk, ledger, journal)
            if kept is None:
                # a run killed while writing leaves its temporary files (and
                # its journal): remove them
                remove_partial_files(config.content / config.subdir)
            self._recover_writes(ledger)
            known = ledger.dispatches()
            self.seed_stamps = Stamps(ledger.stamps("seed"))
            self.markdown_stamps = Stamps(ledger.stamp_lookup("markdown"))  # only those of the stories written
            if ledger.meta("converter") != converter_fingerprint():
                # the converter changed since these were parsed: parse again
                known = {source: row._replace(sha256=None) for source, row in known.items()}
                ledger.set_meta("converter", converter_fingerprint())
                kept = view = None
            self.corrections = read_corrections(config.content)
            fresh: set[str] = set()
            versions: list[Version] = []
            touched: set[str] = set()  # wire ids of the stories this run must write again
            entries: dict[str, Entry] = {}
            changed = seeds.changed_since(kept.seeds_mark) if kept is not None else None
            if changed is None:
                files = seed_files_of(config.seeds, seeds)
                examined = [self._examine(seed, known) for seed in files]
                removed = sorted(set(known) - {seed.source for seed in files})
                story_files = StoryFiles(ledger.outputs())
            else:
                # only what changed since the last run, and what every run looks at again
                self.from_memory = True
                names = changed | kept.unreadable | set(view.quarantined)
                present = seeds.by_name
                root = os.fspath(config.seeds)
                files = sorted(
                    SeedFile(name, os.path.join(root, name), present[name]) for name in names if name in present
                )
                examined = [self._examine(seed, known) for seed in files]
                removed = sorted(name for name in names if name not in present and name in known)
                story_files = view.files
            jobs = [
                ConversionJob(item.data, item.source, config, item.received)
                for item in examined
                if item.finding is Finding.CONVERT
            ]
            # taken one by one as the workers give them, in order: ten
            # thousand conversions held at once were a hundred MB
            converted = self._conversions(jobs)
            unreadable = set()
            for item in examined:
                source, sha = item.source, item.sha256
                if item.finding is Finding.KNOWN:
                    continue
                story_id = _wire_id(known, source)
                if story_id:
                    touched.add(story_id)  # the story it was part of changes
                if item.finding is Finding.KNOWN_QUARANTINED:
                    entries[source] = Entry(source, QUARANTINED, item.reason)
                    continue
                elif item.finding is Finding.CONVERT:
                    conversion = next(converted)
                    if conversion.rejected is not None:
                        key = quarantined_key(sha, config, conversion.over_time)
                        self._reject(ledger, entries, source, key, item.data, conversion.rejected)
                        continue
                    record = conversion.record
                    ledger.record_dispatch(source, sha, OK, None, None, None, record)
                    fresh.add(source)
                elif item.finding is Finding.REJECTED:
                    self._reject(ledger, entries, source, sha, item.data, item.reason)
                    continue
                else:  # unreadable: nothing to keep, nothing recorded
                    unreadable.add(source)
                    self._log_quarantined(source, item.reason)
                    entries[source] = Entry(source, QUARANTINED, item.reason)
                    continue
                version = version_from_record(source, sha, record)
                versions.append(version)
                ledger.record_keys(source, evidence_of(version).offers() + name_keys(record.get("tagging")))
            converted.close()  # every one taken: the workers end now
            for source in removed:
                if known[source].wire_id:
                    touched.add(known[source].wire_id)
                ledger.forget_dispatch(source)
                ledger.forget_stamp("seed", source)
                entries[source] = Entry(source, REMOVED, "the dispatch is no longer in the seeds folder")
                logger.info("wire: %s was removed from the seeds folder", source)
            self._corrected(ledger, known, touched)
            existing = story_files.outputs
            content = current_state(config.content, True)
            content_mark = content.mark if content is not None else None
            gone = None if kept is None or view.unheld is None else content.changed_since(kept.content_mark)
            # the files that may have gone since the last run: those the
            # watch saw change, and those it cannot see; else every one
            looked_for = existing if gone is None else [path for path in gone if path in existing] + view.unheld
            there = files_present(config.content, looked_for)
            for path in looked_for:
                if path not in there:
                    touched.add(existing[path])  # its file was deleted: write it again
            # only the stories with a new, changed or removed dispatch, and
            # those such a dispatch may join, are grouped and written again
            if view is None:
                unchanged = [item.source for item in examined if item.finding is Finding.KNOWN]
                waiting = ListedWaiting(unchanged, known)
            else:
                not_unchanged = {item.source for item in examined if item.finding is not Finding.KNOWN}
                waiting = KeptWaiting(view, not_unchanged | set(removed))
            self._widen(ledger, known, versions, waiting, touched)
            waiting.report(entries)
            stories = group_versions(versions)
            scope = story_files.of_stories(touched)
            self._write_stories(stories, ledger, entries, fresh, story_files, scope)
            ledger.record_stamps("seed", self.seed_stamps.new)
            ledger.record_stamps("markdown", self.markdown_stamps.new)
            self._write_withdrawals(ledger)
        config.writes_journal.unlink(missing_ok=True)  # the ledger knows every file now
        if seeds.mark is not None:
            _KEPT[:] = [RunKept(desk, ledger_key(config.ledger_path), seeds.mark, content_mark, frozenset(unreadable))]
        self.result.entries = [entries[key] for key in sorted(entries)]
        if config.report is not None:
            config.report.parent.mkdir(parents=True, exist_ok=True)
            text = "".join(entry.as_json() + "\n" for entry in self.result.entries)
            write_file(config.report, text.encode("utf-8"))
        return self.result

    def _corrected(self, ledger: Ledger, known: dict[str, KnownDispatch], touched: set[str]) -> None:
        """Add to ``touched`` the stories naming a name whose corrections
        changed since the last run (a line added, changed or removed), and
        remember the corrections for the next run."""
        lines = self.corrections.lines
        before = json.loads(ledger.meta("corrections") or "[]")
        if lines == before:
            return
        changed = set(lines) ^ set(before)
        names = {
            name
            for item in (Corrections.of_lines(before).items + self.corrections.items)
            if item.line in changed
            for name in item.names
        }
        for source in ledger.sources_with({NAME_KEY + name for name in names}):
            story_id = _wire_id(known, source)
            if story_id is not None:
                touched.add(story_id)
        ledger.set_meta("corrections", json.dumps(lines, ensure_ascii=False))

    def _recover_writes(self, ledger: Ledger) -> None:
        """A killed ingest's Markdown files, noted in the journal, are the
        converter's, not an editor's: the ledger takes their hash as written
        (a file it never knew is removed, to be written again)."""
        journal = self.config.writes_journal
        try:
            lines = journal.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        known = ledger.output_states()
        for line in lines:
            sha, _, target = line.partition("\t")
            try:
                current = sha256_hex(Path(target).read_bytes())
            except OSError:
                continue
            if current != sha:
                continue  # changed since: an editor's
            relative = os.path.relpath(target, self.config.content).replace(os.sep, "/")
            if relative in known:
                ledger.set_written(relative, sha)
            else:
                os.unlink(target)
        ledger.commit()
        journal.unlink()

    def _widen(
        self,
        ledger: Ledger,
        known: dict,
        versions: list[Version],
        waiting: ListedWaiting | KeptWaiting,
        touched: set[str],
    ) -> None:
        """Add to ``versions`` every unchanged dispatch whose story the new
        ones may join: the stories of dispatches sharing a lookup key with a
        new dispatch, or with a withdrawal notice among those taken in (a
        notice must see every story it may name); the other unchanged
        dispatches are left ``waiting``. A notice naming no story has no
        file: it is taken in again every run."""
        linked = any(row.wire_id for row in known.values())
        wanted = {key for version in versions for key in evidence_of(version).seeks()}
        looked_up = {version.source for version in versions}
        while True:
            if linked:
                for source in ledger.sources_with(wanted):
                    story_id = _wire_id(known, source)
                    if story_id is not None:
                        touched.add(story_id)
            wanted = set()
            taken = waiting.take(touched)
            records = ledger.dispatches_of(set(taken))
            for source in taken:
                version = version_from_record(source, known[source].sha256, json.loads(records[source].record))
                versions.append(version)
                if version.dispatch.withdrawn and source not in looked_up:
                    looked_up.add(source)
                    wanted.update(evidence_of(version).seeks())
            if not wanted:
                break

    def _unmatched(self, story: Story, ledger: Ledger, entries: dict[str, Entry]) -> None:
        """Withdrawal notices that name no story the desk has: no file is
        written; each is reported, and looked at again whenever a dispatch
        they may name arrives."""
        for version in story.versions:
            named = "; ".join(f'"{quote}"' for quote in version.dispatch.withdrawn_quotes) or "nothing it quotes"
            reason = f"a withdrawal notice that names no story on the desk (it names {named})"
            logger.warning("wire: %s: %s", version.source, reason)
            ledger.link_dispatch(version.source, story.wire_id, None)
            entries[version.source] = Entry(version.source, UNMATCHED, reason)

    def _write_withdrawals(self, ledger: Ledger) -> None:
        """Publish the list of withdrawn stories for the site, when it
        changed."""
        target = self.config.content / self.config.subdir / WITHDRAWALS_FILE
        data = withdrawals_text(ledger.withdrawals())
        try:
            current = target.read_bytes()
        except FileNotFoundError:
            current = None
        if current != data:
            write_file(target, data)

    def _examine(self, seed: SeedFile, known: dict[str, KnownDispatch]) -> Examined:
        """What to do with one seed file (stated when the folder was listed)."""
        config = self.config
        source, path, info = seed
        if not stat.S_ISREG(info.st_mode):
            return Examined(source, Finding.REJECTED, reason="not a regular file (a link or a device)")
        size = info.st_size
        previous = known.get(source)
        sha = self.seed_stamps.known_sha(source, info)
        if sha is not None and previous and previous.sha256 == sha and previous.status == OK:
            return Examined(source, Finding.KNOWN, sha)  # unchanged since last read
        if size > config.max_bytes:
            reason = f"too large: {size:,} bytes, the limit is {config.max_bytes:,}"
            return Examined(source, Finding.REJECTED, f"size:{size}", reason=reason)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as err:
            return Examined(source, Finding.UNREADABLE, reason=f"could not be read: {err.strerror or err}")
        sha = self.seed_stamps.hashed(source, info, sha256_hex(data))
        if previous and previous.sha256 == sha and previous.status == OK:
            return Examined(source, Finding.KNOWN, sha)
        if previous and previous.status == QUARANTINED and self._still_quarantined(previous.sha256, sha):
            return Examined(source, Finding.KNOWN_QUARANTINED, sha, reason=previous.reason)
        return Examined(source, Finding.CONVERT, sha, data=data, received=received_date(path))

    def _still_quarantined(self, kept: str | None, sha: str) -> bool:
        """Whether a dispatch the ledger quarantined under the key ``kept``
        stays so with the bytes hashing to ``sha``: its bytes are the same,
        and, quarantined for its time, the limit too."""
        if kept == sha:
            return True
        return self.config.time_limit is not None and kept == quarantined_key(sha, self.config, True)

    def _conversions(self, jobs: list[ConversionJob]) -> Iterator[Conversion]:
        """Convert new and changed dispatches, in order, across the
        machine's cores when there are enough of them to be worth it; each
        as it is ready."""
        total = len(jobs)
        if workers.processes(self.config.workers, total) > 1:
            warm_up(self.config)  # load models and indexes once, shared with the workers
        for number, result in enumerate(workers.fork_map(convert_job, jobs, self.config.workers, chunksize=16), 1):
            self._report_progress(number, total)
            yield result

    def _report_progress(self, number: int, total: int) -> None:
        if self.progress and number % PROGRESS_EVERY == 0:
            self.progress(f"wire: converted {number:,} of {total:,} new or changed dispatches")

    def _reject(self, ledger: Ledger, entries: dict, source: str, sha: str, data: bytes | None, reason: str) -> None:
        self._log_quarantined(source, reason)
        quarantine(self.config, source, data, reason)
        ledger.record_dispatch(source, sha, QUARANTINED, reason, None, None, None)
        ledger.forget_keys(source)
        entries[source] = Entry(source, QUARANTINED, reason)

    def _log_quarantined(self, source: str, reason: str) -> None:
        self.quarantined += 1
        if self.quarantined <= LOG_QUARANTINED:
            logger.warning("wire: quarantined %s: %s", source, reason)
        elif self.quarantined == LOG_QUARANTINED + 1:
            logger.warning("wire: more dispatches quarantined; the report (--report FILE) names every one")

    def _story_paths(self, stories: list[Story], story_files: StoryFiles) -> dict[str, tuple[str, Path]]:
        """wire_id -> (slug, Markdown path) for every story. A story keeps
        the file it was first written to; a new story whose slug another
        story already has gets a longer id suffix, so no two stories ever
        share a page."""
        placed: dict[str, tuple[str, Path]] = {}
        existing = story_files.names
        used: set[str] = set()  # beside those
        for story in stories:
            path = story_files.path_of(story.wire_id)
            if path is not None:
                path = Path(path)
                placed[story.wire_id] = (path.stem, path)
                used.add(path.stem)
        for story in stories:
            if story.wire_id in placed:
                continue
            slug = story_slug(story.first.dispatch.headline, story.wire_id)
            if slug in used or slug in existing:
                slug = story_slug(story.first.dispatch.headline, story.wire_id, suffix=len(story.wire_id))
            used.add(slug)
            folder = f"{story.date.year:04d}" if story.date else "undated"
            placed[story.wire_id] = (slug, Path(self.config.subdir) / folder / f"{slug}.md")
        return placed

    def _keep_for_desk(self, item: StoryToWrite, status: str) -> None:
        """Keep what the converter would write over an editor's edit, for
        the desk to show beside it; forget it once there is no conflict."""
        kept = conflicts_folder(self.config.state_path) / item.relative
        if status == CONFLICT:
            write_file(kept, render_markdown(item.story, item.slug).encode("utf-8"), flush=False)
        elif kept.exists():
            kept.unlink()

    def _render_all(self, jobs: list[RenderJob]) -> list[str]:
        """Render each story's Markdown and write it where the file is
        missing or unedited (see :func:`render_job`), across the cores
        when there are many; the hash of each rendering."""
        return workers.run_all(render_job, jobs, self.config.workers, chunksize=64)

    def _write_stories(
        self,
        stories: list[Story],
        ledger: Ledger,
        entries: dict[str, Entry],
        fresh: set[str],
        story_files: StoryFiles,
        scope: set[str],
    ) -> None:
        """Write the Markdown file of each of ``stories``, and remove those
        of ``scope`` (files of the stories this run looked at) that no story
        has any more."""
        config = self.config
        states = ledger.output_state_lookup()
        placed = self._story_paths([story for story in stories if story.published_versions], story_files)
        live_paths = set()
        to_render = []
        for story in stories:
            if not story.published_versions:
                self._unmatched(story, ledger, entries)
                continue
            slug, relative = placed[story.wire_id]
            live_paths.add(relative.as_posix())
            target = config.content / relative
            signature = slug + "|" + "|".join(f"{v.source}:{v.sha256}" for v in story.versions)
            applied = self.corrections.for_names(tagging_names(story.newest.tagging))
            if applied:
                # a story is written again when a correction of its names changes
                signature += "|" + "|".join(item.line for item in applied)
                story.newest.tagging = apply_corrections(story.newest.tagging, applied)
            written, known_signature = states.get(relative.as_posix(), (None, None))
            current_hash = self.markdown_stamps.sha256(target, relative.as_posix())
            has_fresh = any(v.source in fresh for v in story.versions)
            if known_signature == signature and not has_fresh and current_hash is not None and current_hash == written:
                # made from the same dispatches by the same converter, and
                # untouched since: nothing to render or write
                for version in story.versions:
                    entries[version.source] = Entry(version.source, UNCHANGED, None, relative.as_posix())
                continue
            to_render.append(StoryToWrite(story, slug, relative, target, signature, written, current_hash, has_fresh))
        flush = len(to_render) <= FLUSH_EACH_MAX
        hashes = self._render_all(
            [
                RenderJob(
                    item.story, item.slug, item.target, item.written, item.current_hash, flush, config.writes_journal
                )
                for item in to_render
            ]
        )
        for item, new_hash in zip(to_render, hashes, strict=True):
            story, relative, signature = item.story, item.relative, item.signature
            written, current_hash, has_fresh = item.written, item.current_hash, item.has_fresh
            reason = None
            if current_hash is None:
                status = CONVERTED  # written by render_job
            elif current_hash == new_hash:
                status = CONVERTED if has_fresh else UNCHANGED
            elif current_hash == written:
                status = CONVERTED  # written by render_job
            else:
                status = CONFLICT
                reason = f"{relative.as_posix()} was edited by hand; the editor's version is kept"
                logger.warning("wire: %s", reason)
            withdrawn_on = story.withdrawn_on.iso() if story.withdrawn_on else None
            self._keep_for_desk(item, status)
            if status != CONFLICT:
                ledger.record_output(relative.as_posix(), story.wire_id, new_hash, story.withdrawn, withdrawn_on)
                ledger.record_signature(relative.as_posix(), signature)
            else:
                # the editor's file stays, but a withdrawn story still comes down
                ledger.record_output(relative.as_posix(), story.wire_id, written or "", story.withdrawn, withdrawn_on)
            for version in story.versions:
                version_status = status
                if version.source not in fresh and status == CONVERTED:
                    version_status = UNCHANGED
                if story.withdrawn and version.source in fresh:
                    version_status = WITHDRAWN
                    reason = "the story was withdrawn by its agency"
                ledger.link_dispatch(version.source, story.wire_id, relative.as_posix())
                entries[version.source] = Entry(
                    version.source, version_status, reason if version_status != UNCHANGED else None, relative.as_posix()
                )
        if len(to_render) > FLUSH_EACH_MAX:
            sync_to_disk()
        for path in sorted(scope - live_paths):
            target = config.content / path
            if target.exists() and sha256_hex(target.read_bytes()) == states[path][0]:
                target.unlink()
                ledger.forget_stamp("markdown", path)
                logger.info("wire: removed %s: none of its dispatches is left in the seeds folder", path)
            elif target.exists():
                logger.warning("wire: %s has no dispatch left but was edited by hand; it is kept", path)
                continue
            ledger.forget_output(path)


def ingest(config: IngestConfig, progress=None) -> IngestResult:
    """Run one ingest with ``config``; log and return what happened.
    ``progress``, if given, is called with a line of text now and then."""
    result = Ingest(config, progress).run()
    logger.info("wire: %s", result.summary())
    return result
