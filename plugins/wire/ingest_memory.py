"""What a resident build process keeps of one ingest run for the next.

A process kept warm between builds (``invoke warm``) ingests before every
build. Examining every seed file again, only to find nearly all of them
unchanged, takes a second at a hundred thousand dispatches. It is spared
when this process ran the last ingest into the same folders, no other
process committed to the ledger since, no killed run left its journal, and
the seeds folder's watch (``desk_common.tree_watch``) tells which files came,
went or changed since that run listed them: only those, the quarantined and
the unreadable ones are examined again. Likewise the content folder's watch
tells which story files may have gone since. What the run needs of every
other dispatch (whose story each is part of, its line in the report, the
story files' names) is arranged from the ledger read ahead while the
process waits (:class:`LedgerView`).

The unchanged dispatches a run may take in again are the same either way
(:class:`ListedWaiting` from a full listing, :class:`KeptWaiting` from the
view), in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from desk_common.tree_watch import TreeMark, TreeState

from .ledger import KnownDispatch, ReadAhead
from .report import OK, UNCHANGED, Entry


class DeskFolders(NamedTuple):
    """The folders one ingest runs on, resolved (see :func:`desk_of`)."""

    seeds: str
    content: str
    subdir: str
    ledger: str


@dataclass(frozen=True)
class RunKept:
    """What one successful run left for the next run in this process."""

    #: the folders it ran on
    desk: DeskFolders
    #: the ledger's file key once the run committed (see ``ledger.ledger_key``)
    ledger_key: tuple
    #: where the seeds folder's watch stood when the run listed it
    seeds_mark: TreeMark
    #: where the content folder's watch stood when the run looked for the
    #: story files (None when it is not watched)
    content_mark: TreeMark | None
    #: the seed files that could not be read: examined again every run
    unreadable: frozenset[str]


def desk_of(seeds: Path, content: Path, subdir: str, ledger: Path) -> DeskFolders:
    """What names one desk's folders, for :attr:`RunKept.desk`."""
    return DeskFolders(str(seeds.resolve()), str(content.resolve()), subdir, str(ledger.resolve()))


class StoryFiles:
    """The Markdown files the converter wrote, ``path -> wire id`` as the
    ledger has them, found by story and by name."""

    def __init__(self, outputs: dict[str, str]):
        self.outputs = outputs
        #: wire id -> its files, in the ledger's order
        self.by_story: dict[str, list[str]] = {}
        for path, story_id in outputs.items():
            self.by_story.setdefault(story_id, []).append(path)
        #: every file's name without its folder and ``.md``: a new story's
        #: slug must be none of them
        self.names = frozenset(path.rsplit("/", 1)[-1].removesuffix(".md") for path in outputs)

    def of_stories(self, story_ids) -> set[str]:
        """The files of the stories ``story_ids``."""
        by_story = self.by_story
        return {path for story_id in story_ids for path in by_story.get(story_id, ())}

    def path_of(self, story_id: str) -> str | None:
        """The file a story was written to (the last the ledger lists)."""
        paths = self.by_story.get(story_id)
        return paths[-1] if paths else None


class LedgerView:
    """A ledger read ahead (see ``ledger.read_ahead``), arranged for a run
    that examines only the seed files that changed: the dispatches read
    without fault (``ok``) by their story, and each one's report entry
    should it stay unchanged."""

    def __init__(self, read: ReadAhead, content: TreeState | None):
        self.key = read.key
        self.files = StoryFiles(read.outputs)  # indexed now, while the process waits
        #: the story files the content folder's watch does not hold (in a
        #: linked folder): looked for every run (None: the folder is not watched)
        self.unheld: list[str] | None = None
        if content is not None:
            held = content.names
            self.unheld = [path for path in read.outputs if path not in held]
        #: dispatches in a story with a file -> their wire id's dispatches
        self.by_story: dict[str, list[str]] = {}
        #: dispatches with no story or no file (a notice naming no story):
        #: every run takes them in again
        self.loose: list[str] = []
        #: quarantined dispatches: every run examines them again
        self.quarantined: list[str] = []
        self.entries: dict[str, Entry] = {}
        for source, row in read.dispatches.items():
            if row.status != OK:
                self.quarantined.append(source)
                continue
            if row.wire_id is None or row.output is None:
                self.loose.append(source)
            else:
                self.by_story.setdefault(row.wire_id, []).append(source)
            self.entries[source] = Entry(source, UNCHANGED, None, row.output)


def _waits(row: KnownDispatch, touched: set[str]) -> bool:
    """Whether an unchanged dispatch stays out of this run: its story has a
    file and nothing this run took in touches it."""
    return row.wire_id is not None and row.wire_id not in touched and row.output is not None


class ListedWaiting:
    """The unchanged dispatches of a run that listed every seed file."""

    def __init__(self, sources: list[str], known: dict[str, KnownDispatch]):
        self.sources = sources  # sorted
        self.known = known

    def take(self, touched: set[str]) -> list[str]:
        """The waiting dispatches the stories ``touched`` (or no story) call
        in, sorted; the others wait on."""
        known = self.known
        still, taken = [], []
        for source in self.sources:
            (still if _waits(known[source], touched) else taken).append(source)
        self.sources = still
        return taken

    def report(self, entries: dict[str, Entry]) -> None:
        """Report the dispatches still waiting as unchanged."""
        known = self.known
        for source in self.sources:
            entries[source] = Entry(source, UNCHANGED, None, known[source].output)


class KeptWaiting:
    """The unchanged dispatches of a run that examined only what changed:
    every dispatch of ``view`` but those of ``examined`` that were not
    found unchanged."""

    def __init__(self, view: LedgerView, not_unchanged: set[str]):
        self.view = view
        self.gone = set(not_unchanged)  # taken, or never waiting
        self.stories: set[str] = set()  # the stories already called in
        self.first = True

    def take(self, touched: set[str]) -> list[str]:
        """As :meth:`ListedWaiting.take`."""
        found = list(self.view.loose) if self.first else []
        self.first = False
        by_story = self.view.by_story
        for story_id in touched - self.stories:
            found.extend(by_story.get(story_id, ()))
        self.stories.update(touched)
        taken = sorted({source for source in found if source not in self.gone})
        self.gone.update(taken)
        return taken

    def report(self, entries: dict[str, Entry]) -> None:
        """As :meth:`ListedWaiting.report`."""
        gone = self.gone
        entries.update((source, entry) for source, entry in self.view.entries.items() if source not in gone)
