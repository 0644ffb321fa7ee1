"""Incremental output: a file whose inputs are unchanged since the previous
build is not rendered again.

Every file the site writes through :class:`BuildOutput` comes with a
signature: a hash of everything its bytes are made from (the data shown, the
theme, the code, the settings). What a build wrote, with the signatures, is
kept beside its folder in a state file for the next build, which works in
one of two ways:

- into a new folder (a first build, or after the theme, code or settings
  changed): files whose signature is unchanged are hard-linked from the
  previous build, the others rendered; the new folder is published whole;
- in place, into the published folder itself (the usual case: new or
  changed stories): only files whose signature changed are rendered, each
  replacing the old one in one atomic rename, new files before the pages
  that link to them, files no longer part of the site removed last. Every
  path about to be created, replaced or removed is noted in a journal first,
  so a build killed half-way leaves nothing the next build does not know
  about: it renders those paths again (or removes them) whatever their
  signature was.

A resident build process (`invoke livereload`) saves a build's state once
the build is published rather than before (:func:`save_states_later`): the
state of ten thousand stories takes a tenth of a second to write, and the
journal covers the build until then, as it covers a killed one. The state is
then saved under the build lock, and only if no other build has saved one
meanwhile; the next build of the process takes it from memory.
"""

from __future__ import annotations

import hashlib
import logging
import operator
import os
import pickle
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desk_common.files import atomic_write, remove_partial_files, replacing
from desk_common.state import build_bodies_path, build_journal_path, build_state_path
from desk_common.workers import Forked, fork_map, processes, start_forked

logger = logging.getLogger(__name__)

#: What forked workers render: set just before they are forked.
_PENDING: list = []

#: Bumped when the state's shape changes: an older state is then ignored.
STATE_VERSION = 5


def signature(*parts) -> str:
    """A stable hash of plain data (strings, numbers, dates, tuples, lists,
    dicts with sorted keys)."""
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


#: Signatures this process worked out (see :func:`signed`), by what they
#: were made of: this build's, and the last build's.
_SIGNED: dict = {}
_SIGNED_BEFORE: dict = {}


def signed(*parts) -> str:
    """:func:`signature` of ``parts`` made of strings, numbers, naive dates
    and tuples of them (equal parts, equal text), remembered for the next
    build of this process: a resident build process hashes again only the
    pages whose parts changed."""
    found = _SIGNED.get(parts)
    if found is None:
        found = _SIGNED_BEFORE.get(parts) or signature(*parts)
        _SIGNED[parts] = found
    return found


def forget_unused_signatures() -> None:
    """A build starts: what the build before last signed is forgotten."""
    global _SIGNED, _SIGNED_BEFORE
    _SIGNED_BEFORE, _SIGNED = _SIGNED, {}


#: Signatures of lists this process signed (see :func:`signed_list`): key ->
#: (the list's members, the signature).
_SIGNED_LISTS: dict = {}


def signed_list(key: tuple, members: list, sign: Callable[[], str]) -> str:
    """``sign()`` of ``members``, or the signature this process gave
    ``key`` last time when ``members`` are the very objects it had then, in
    the same order (stories and pages are never changed once made): a
    resident build process signs again only the search bundles and sitemap
    files whose stories or pages changed."""
    found = _SIGNED_LISTS.get(key)
    if found is not None and len(found[0]) == len(members) and all(map(operator.is_, found[0], members)):
        return found[1]
    made = sign()
    _SIGNED_LISTS[key] = (list(members), made)
    return made


def digest_list(digests) -> str:
    """Hexadecimal digests as one string, for a :func:`signature`: a page
    lists tens of them, and one string is hashed several times faster than
    a list of strings (a digest holds no space)."""
    return " ".join(digests)


#: What reading a missing, truncated or foreign state file raises.
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError)


def _read_header(handle) -> dict:
    """The head of the state being read from ``handle``; {} when it is not
    of this version."""
    header = pickle.load(handle)
    if not isinstance(header, dict) or header.get("version") != STATE_VERSION:
        return {}
    return header


def _header(build: Path | None) -> dict:
    """The head of ``build``'s state (read without the rest); {} when there
    is none of this version."""
    if build is None or not build.is_dir():
        return {}
    try:
        with build_state_path(build).open("rb") as handle:
            return _read_header(handle)
    except _UNREADABLE:
        return {}


def state_fingerprint(build: Path | None) -> str | None:
    """The fingerprint of the code and settings that made ``build``."""
    return _header(build).get("fingerprint")


def built_counts(build: Path | None) -> dict[str, int]:
    """How many pages and feeds ``build`` has (``{"pages": n, "feeds": n}``),
    as its build counted them; {} when unknown."""
    for pending in reversed(_PENDING_STATES or ()):
        if build is not None and pending.build == build.resolve():
            return pending.header["counts"]
    return _header(build).get("counts", {})


#: States read ahead of their build (see :func:`read_ahead`): the state
#: file's path -> (its stat key, header, state, what the build kept in memory).
_READ_AHEAD: dict[str, tuple] = {}


class InMemory:
    """What a resident build process keeps of its last build besides the
    state it saves: its catalog (the same entries, so the next build tells
    the stories that changed by their identity) and what the build worked out
    from it (``derived``), for the next build of the process to update
    rather than work out again. Used once, by the next build, and only when
    the state file is the one this build saved."""

    def __init__(self, bodies: Path, catalog: dict, derived: dict, stories: list):
        self.bodies, self.catalog, self.derived = bodies, catalog, derived
        #: the stories these hold (as read and as shown)
        self._stories = stories

    def forget_bodies(self, store) -> None:
        """Each story fetches its body from ``store`` again when asked: the
        bodies the build read stay in memory no longer."""
        for story in self._stories:
            fields = story.__dict__
            fields["_bodies"] = store
            fields["body"] = None
        self._stories = []


def _stat_key(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _read(path: Path, fingerprint: str | None = None) -> tuple[dict, dict | None]:
    """The header and state kept at ``path``; the state is None (and not
    read) when the header is not of this version or, when ``fingerprint``
    is given, of another fingerprint."""
    with path.open("rb") as handle:
        header = _read_header(handle)
        if not header:
            return {}, None
        if fingerprint is not None and header.get("fingerprint") != fingerprint:
            return header, None
        return header, pickle.load(handle)


def read_ahead(build: Path | None) -> None:
    """Read ``build``'s state now, for the next :func:`load_state` of it in
    this process (a resident build process reads it while it waits), and
    unpack its catalog. Used once, and only while the file is unchanged."""
    path = build_state_path(build) if build is not None else None
    kept = _READ_AHEAD.get(str(path))
    _READ_AHEAD.clear()
    if build is None or not build.is_dir():
        return
    key = _stat_key(path)
    memory = None
    if kept is not None and key is not None and kept[0] == key:
        header, state, memory = kept[1], kept[2], kept[3]  # the state this process just saved
    else:
        try:
            header, state = _read(path)
        except _UNREADABLE:
            return
    if state is None or key is None or key != _stat_key(path):
        return
    if "catalog" in state:
        from .bodies import BodyStore
        from .catalog import unpack_catalog

        bodies = BodyStore(build_bodies_path(build.resolve()))
        if memory is not None and memory.bodies == bodies.path:
            memory.forget_bodies(bodies)
            state[UNPACKED] = (bodies.path, memory.catalog)
            state[IN_MEMORY] = memory
        else:
            state[UNPACKED] = (bodies.path, unpack_catalog(state["catalog"], bodies))
    _READ_AHEAD[str(path)] = (key, header, state, None)


def state_read_ahead(build: Path) -> dict | None:
    """``build``'s state as :func:`read_ahead` read it (None: not read), for
    work done ahead with it; the next :func:`load_state` of ``build`` hands
    it to its build only while the file is unchanged."""
    kept = _READ_AHEAD.get(str(build_state_path(build)))
    return kept[2] if kept is not None else None


#: The key under which a state read ahead holds its catalog unpacked:
#: (the path of the bodies its stories fetch, ``{source: CatalogEntry}``).
UNPACKED = "unpacked catalog"
#: The key under which a state read ahead holds what its build kept in
#: memory (an :class:`InMemory` whose catalog is the one unpacked).
IN_MEMORY = "kept in memory"


def holds_in_memory(build: Path) -> bool:
    """Whether this process holds ``build`` in memory (an :class:`InMemory`)
    for its next build."""
    ahead = _READ_AHEAD.get(str(build_state_path(build)))
    return ahead is not None and IN_MEMORY in ahead[2]


def load_state(build: Path | None, fingerprint: str) -> dict:
    """The state of a previous build, when it was made by the same code and
    settings (``fingerprint``) and its folder is still there; else empty.
    Paths a killed build was about to write, replace or remove count as
    written, with no signature."""
    if build is None or not build.is_dir():
        return {}
    path = build_state_path(build)
    ahead = _READ_AHEAD.pop(str(path), None)
    try:
        if ahead is not None and ahead[0] == _stat_key(path):
            _, header, state, _ = ahead
        else:
            header, state = _read(path, fingerprint)
    except _UNREADABLE:
        return {}
    if state is None or header.get("fingerprint") != fingerprint:
        return {}
    try:
        pending = build_journal_path(build).read_text(encoding="utf-8").splitlines()
    except OSError:
        pending = []
    outputs = state.setdefault("outputs", {})
    bundles = state.setdefault("search_pending", set())
    for relative in pending:
        if relative.startswith(_BUNDLE_NOTE):
            bundles.add(relative[len(_BUNDLE_NOTE) :])  # a search bundle it was indexing again
        else:
            outputs[relative] = None
    return state


@dataclass
class PendingState:
    """A build's state to save once the build is published."""

    build: Path  # resolved
    header: dict
    state: dict
    #: the stat key of the state file the build found (None: there was none)
    found: tuple | None
    #: what the build made, freed with this (after the build is reported done)
    leftovers: object = None
    #: what the build kept in memory for the next (an :class:`InMemory`)
    memory: InMemory | None = None


#: States waiting for :func:`save_pending_states`; None: states are saved at once.
_PENDING_STATES: list[PendingState] | None = None


def saves_later() -> bool:
    """Whether this process is a resident build process (see
    :func:`save_states_later`)."""
    return _PENDING_STATES is not None


def save_states_later() -> None:
    """From now on, in this process, :func:`save_state` leaves each state
    for :func:`save_pending_states` (a resident build process)."""
    global _PENDING_STATES
    if _PENDING_STATES is None:
        _PENDING_STATES = []


def save_state(
    build: Path,
    fingerprint: str,
    state: dict,
    counts: dict[str, int],
    leftovers: object = None,
    memory: InMemory | None = None,
) -> None:
    """Keep ``state`` beside ``build`` (atomically) and clear its journal;
    ``counts``: how many pages and feeds it has. Called under the build
    lock; after :func:`save_states_later`, kept for
    :func:`save_pending_states`, and ``leftovers`` (what the build made:
    tens of thousands of objects at 10,000 stories, a tenth of a second to
    free) with it, so the build is done before they are freed."""
    header = {"version": STATE_VERSION, "fingerprint": fingerprint, "counts": counts}
    if _PENDING_STATES is not None:
        found = _stat_key(build_state_path(build))
        _PENDING_STATES.append(PendingState(build.resolve(), header, state, found, leftovers, memory))
        return
    _write_state(build, header, state)


def _write_state(build: Path, header: dict, state: dict) -> None:
    target = build_state_path(build)
    with replacing(target) as partial, open(partial, "wb") as handle:
        pickle.dump(header, handle)
        pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
    build_journal_path(build).unlink(missing_ok=True)


def has_pending_states() -> bool:
    return bool(_PENDING_STATES)


def save_pending_states(published: Path | None) -> None:
    """Save the states :func:`save_state` kept, under the build lock (the
    caller holds it). A state is dropped unless its build is the one
    ``published`` and no other build saved a state there since: that build,
    and the journal, know better. The state saved is kept in memory for
    :func:`read_ahead`."""
    published = published.resolve() if published is not None else None
    while _PENDING_STATES:
        # taken off the list once written: saving again after an interrupt
        # writes it then
        pending = _PENDING_STATES[0]
        path = build_state_path(pending.build)
        if pending.build != published or _stat_key(path) != pending.found:
            logger.info(
                "site_pages: another build saved its state in %s meanwhile; this one is not kept", pending.build
            )
            _PENDING_STATES.pop(0)
            continue
        _write_state(pending.build, pending.header, pending.state)
        _PENDING_STATES.pop(0)
        key = _stat_key(path)
        if key is not None:
            _READ_AHEAD[str(path)] = (key, pending.header, pending.state, pending.memory)


#: A journal line naming a search bundle (not a file) about to be indexed again.
_BUNDLE_NOTE = "search-bundle:"


class BuildOutput:
    """Writes a build's files, leaving alone (in place) or linking (into a
    new folder) those whose signature is unchanged."""

    def __init__(self, output: Path, previous: Path | None, previous_signatures: dict):
        self.output = output.resolve()
        self.previous = previous.resolve() if previous else None
        self.in_place = self.previous == self.output
        self.previous_signatures = previous_signatures if self.previous else {}
        self.signatures: dict[str, str] = {}
        self.rendered = 0
        self.reused = 0
        self._root = str(self.output)
        self._from = str(self.previous) if self.previous else None
        self._folders: set[str] = set()
        self._journal = None
        #: in a forked child (see in_child): waits until the parent may be
        #: followed by this process's files
        self._wait_for_gate: Callable[[], None] | None = None
        if self.in_place:
            if build_journal_path(self.output).exists():
                remove_partial_files(self._root)  # left by a build killed while writing
            # appended to by one write a note: whole lines, even from a forked
            # process writing through this output (see in_child)
            self._journal = os.open(build_journal_path(self.output), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def _target(self, relative: str) -> str:
        """The absolute path of ``relative``, refused when it would leave the
        output folder (paths are plain strings here: there are thousands)."""
        target = os.path.normpath(os.path.join(self._root, relative))
        if not target.startswith(self._root + os.sep):
            raise ValueError(f"site_pages: {relative} would be written outside the output folder")
        return target

    def _folder(self, target: str) -> None:
        folder = os.path.dirname(target)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)

    def _note(self, relatives: list[str]) -> None:
        """In place, note paths before they are created, replaced or removed
        (handed to the system before the files change, so a killed build
        leaves them noted; the pages themselves are not flushed to disk one
        by one either)."""
        if self._journal is None or not relatives:
            return
        os.write(self._journal, "".join(relative + "\n" for relative in relatives).encode("utf-8"))

    def note_bundles(self, names: list[str]) -> None:
        """In place, note search bundles before they are indexed again or
        removed: a build killed meanwhile leaves them unknown to the next."""
        self._note([_BUNDLE_NOTE + name for name in names])

    def keeps(self, relative: str, sign: str) -> bool:
        """Whether, in place, the previous build's file ``relative`` is kept
        as it is: its signature is ``sign``."""
        return self.in_place and self.previous_signatures.get(relative, False) == sign

    def _reuse(self, relative: str, sign: str) -> str | None:
        """Keep (or link) the previous build's file when its signature is
        ``sign``: None; else the path to write (its folder made)."""
        self.signatures[relative] = sign
        if self.keeps(relative, sign):
            self.reused += 1  # a path written before was checked then
            return None
        target = self._target(relative)
        self._folder(target)
        if self.in_place or self.previous_signatures.get(relative, False) != sign:
            return target
        source = os.path.join(self._from, relative)
        try:
            os.link(source, target)
        except OSError:
            try:
                shutil.copyfile(source, target)
            except OSError:
                return target
        self.reused += 1
        return None

    def write(self, relative: str, sign: str, render: Callable[[], bytes | str]) -> None:
        """Write ``relative`` (a path inside the output folder) from
        ``render()``, unless the previous build has it with signature
        ``sign``."""
        target = self._reuse(relative, sign)
        if target is not None:
            data = render()
            self._pass_gate()
            self._note([relative])
            self._put(target, data)
            self.rendered += 1

    def _put(self, target: str, data: bytes | str) -> None:
        """Write ``target``: in place, in one step (readers see the old file
        or the new one); into a new folder, which nobody reads before the
        whole build is published, directly, unless a file is there already
        (a previous build's file linked in: replaced, never written through)."""
        if self.in_place:
            atomic_write(target, data)
            return
        try:
            with open(target, "xb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        except FileExistsError:
            atomic_write(target, data)

    def write_bytes(self, relative: str, data: bytes) -> None:
        """``write`` bytes already made (a sitemap, a stylesheet), signed by
        their content."""
        self.write(relative, signature(data), lambda: data)

    #: for other plugins writing through this output: the same signatures
    signature = staticmethod(signature)
    digest_list = staticmethod(digest_list)

    def write_many(self, items: list, render: Callable[[object], bytes | str], workers: int = 0) -> None:
        """``write`` each ``(relative, sign, job)``, new files first, the
        file being ``render(job)``; when many need rendering, across
        ``workers`` forked processes (0 = one per core). Nothing is made for
        a file whose signature is unchanged."""
        todo = []
        for relative, sign, job in items:
            target = self._reuse(relative, sign)
            if target is not None:
                todo.append((relative not in self.previous_signatures, relative, target, job))
        # new pages before the pages that link to them
        todo.sort(key=lambda job: not job[0])
        if self._wait_for_gate is not None and todo and processes(workers, len(todo)) == 1:
            # a few files, made here: made while the gate is shut, written after
            made = [(relative, target, render(job)) for _, relative, target, job in todo]
            self._pass_gate()
            self._note([relative for relative, _, _ in made])
            for _, target, data in made:
                self._put(target, data)
            self.rendered += len(made)
            return
        if todo:
            self._pass_gate()
        self._note([relative for _, relative, _, _ in todo])
        todo = [(target, render, job, self._put) for _, _, target, job in todo]
        _PENDING[:] = todo  # read by forked workers by index: renderers need not be pickled
        try:
            for _ in fork_map(_render_pending, list(range(len(todo))), workers, chunksize=32):
                pass
        finally:
            _PENDING.clear()
        self.rendered += len(todo)

    def _pass_gate(self) -> None:
        if self._wait_for_gate is not None:
            self._wait_for_gate()
            self._wait_for_gate = None

    def in_child(self, work: Callable[[], None], workers: int = 0) -> Forked:
        """Start ``work()``, which writes through this output, in a forked
        process while this one goes on (``workers``: see
        :func:`~desk_common.workers.start_forked`). In place, it writes no
        file until this process calls ``open_gate()`` on what this returns,
        once the files it must come after are written (a feed never links a
        page not yet there); :meth:`take_in` then waits for it and takes in
        what it wrote, before :meth:`finish`."""

        def run(wait_for_gate: Callable[[], None] | None) -> tuple[dict, int, int]:
            if wait_for_gate is None:  # not forked: run here, once this process's files are written
                work()
                return {}, 0, 0
            # into a new folder, nothing is seen before the whole build is published
            self._wait_for_gate = wait_for_gate if self.in_place else None
            self.signatures, self.rendered, self.reused = {}, 0, 0
            work()
            self._pass_gate()
            return self.signatures, self.rendered, self.reused

        return start_forked(run, workers)

    def take_in(self, child: Forked) -> None:
        """Wait for the work started by :meth:`in_child` and take in what it
        wrote (its error is raised here)."""
        signatures, rendered, reused = child.result()
        self.signatures.update(signatures)
        self.rendered += rendered
        self.reused += reused

    def finish(self) -> list[str]:
        """In place, remove what the previous build wrote and this one did
        not (and folders left empty); returns the paths removed."""
        gone = sorted(set(self.previous_signatures) - set(self.signatures)) if self.in_place else []
        self._note(gone)
        if self._journal is not None:
            os.close(self._journal)
            self._journal = None
        if not self.in_place:
            return []
        folders = set()
        for relative in gone:
            target = self._target(relative)
            try:
                os.unlink(target)
            except FileNotFoundError:
                pass
            folders.add(os.path.dirname(target))
        for folder in sorted(folders, key=len, reverse=True):
            while folder != self._root:
                try:
                    os.rmdir(folder)
                except OSError:
                    break
                folder = os.path.dirname(folder)
        return gone


def _render_pending(index: int) -> None:
    target, render, job, put = _PENDING[index]
    put(target, render(job))
