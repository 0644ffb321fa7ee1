"""Trees of files kept current from the kernel's change events.

A build process kept warm between builds (`invoke warm`, `invoke
livereload`) states the seeds and content folders before every build: two
hundred thousand ``stat`` calls at 100,000 stories, to find the one file
that changed. Once :func:`watch_trees` is called, the process keeps every
tree it states (see :func:`files.tree_state`) current from Linux's inotify
events instead, and states again only the files named by an event.

Every change made before a build starts is seen by it: the kernel queues an
event within the very call that changes a file, and the queue is read
without waiting when the tree is asked for. Where that does not hold, the
file or the tree is stated as before:

- a linked file (its target can change with no event in the tree) and a file
  with more than one hard link (it can be written through another folder)
  are stated again every time;
- when the kernel dropped events (its queue overflowed) or the folder itself
  was moved, removed or replaced, the tree is stated again whole;
- a folder on a file system whose changes may come from elsewhere (a network
  file system, FUSE), or on a system without inotify, or beyond the user's
  limit of watches, is not watched at all.
"""

from __future__ import annotations

import errno
import itertools
import logging
import os
import stat
import sys
from dataclasses import dataclass, field
from functools import cached_property
from hashlib import blake2b

if sys.platform.startswith("linux"):
    from inotify_simple import INotify, flags
else:
    INotify = None

logger = logging.getLogger(__name__)

#: A tree's stamp is the sum of its files' stamps, modulo this: the same files
#: give the same sum in any order, and one file changed changes it by the
#: difference of its two stamps (see :func:`entry_stamp`).
STAMP_MODULUS = 1 << 256

#: File systems whose every change passes through this machine's kernel.
LOCAL_FILE_SYSTEMS = frozenset(
    {"ext2", "ext3", "ext4", "xfs", "btrfs", "tmpfs", "zfs", "f2fs", "bcachefs", "overlay", "jfs", "reiserfs"}
)


def entry_stamp(relative: str, info: os.stat_result) -> int:
    """A file's part of its tree's stamp: a hash of its path (relative to
    the tree, with /), size and modification time, as a number."""
    line = f"{relative}\0{info.st_size}\0{info.st_mtime_ns}".encode("utf-8", "surrogateescape")
    return int.from_bytes(blake2b(line, digest_size=32).digest(), "big")


#: A watched tree keeps the names of the files it changed since it was stated
#: whole, up to this many; then it starts another log (see TreeState.changed_since).
CHANGE_LOG_MAX = 1 << 20

#: Numbers the logs of changes of every watched tree of this process.
_logs = itertools.count(1)


@dataclass(frozen=True)
class TreeMark:
    """Where a watched tree's log of changes stood at one moment."""

    log: int
    length: int


@dataclass(frozen=True)
class TreeState:
    """The files under a folder as stated at one moment: ``(path relative to
    the folder, with /; stat)`` of each, in no set order."""

    files: list[tuple[str, os.stat_result]]
    #: the sum of the files' stamps, when the watch kept it
    kept_total: int | None = field(default=None, repr=False)
    kept_newest: int | None = field(default=None, repr=False)
    #: where the watch's log of changes stood (None for a tree stated afresh)
    mark: TreeMark | None = field(default=None, repr=False)
    #: that log: the names of the files put or dropped, in order
    log: list[str] | None = field(default=None, repr=False, compare=False)

    def changed_since(self, mark: TreeMark | None) -> set[str] | None:
        """The files that came, went or changed between ``mark`` (of an
        earlier state of the same watched tree) and this state; None when
        that cannot be told (either state stated afresh, or the tree stated
        whole again since)."""
        if mark is None or self.mark is None or mark.log != self.mark.log or mark.length > self.mark.length:
            return None
        return set(self.log[mark.length : self.mark.length])

    @cached_property
    def by_name(self) -> dict[str, os.stat_result]:
        """path -> stat of each file."""
        return dict(self.files)

    @cached_property
    def total(self) -> int:
        """The sum of :func:`entry_stamp` over the files, modulo
        :data:`STAMP_MODULUS`."""
        if self.kept_total is not None:
            return self.kept_total
        return sum(entry_stamp(relative, info) for relative, info in self.files) % STAMP_MODULUS

    @cached_property
    def names(self) -> frozenset[str]:
        """The files' paths."""
        return frozenset(relative for relative, _ in self.files)

    @cached_property
    def newest(self) -> int:
        """The latest modification time among the files, in ns (0 for none)."""
        if self.kept_newest is not None:
            return self.kept_newest
        return max((info.st_mtime_ns for _, info in self.files), default=0)


class TreeLost(Exception):
    """The watch can no longer tell what changed: the tree must be stated
    again whole."""


if INotify is not None:
    _EVENTS = (
        flags.CREATE
        | flags.DELETE
        | flags.MODIFY
        | flags.ATTRIB
        | flags.CLOSE_WRITE
        | flags.MOVED_FROM
        | flags.MOVED_TO
        | flags.DELETE_SELF
        | flags.MOVE_SELF
        | flags.ONLYDIR
        | flags.DONT_FOLLOW
    )
    _SELF_GONE = flags.DELETE_SELF | flags.MOVE_SELF | flags.UNMOUNT


class WatchedTree:
    """The files under ``root`` (a real path), as :func:`files.stat_tree`
    finds them (hidden files and folders, ``__pycache__`` and linked folders
    left out; a linked file stated through its link when ``links``), kept
    current from inotify events."""

    def __init__(self, root: str, links: bool):
        self.root = root
        self.links = links
        self._folders: dict[int, str] = {}
        self._inotify = INotify()
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._inotify.close()

    def _start(self) -> None:
        """Forget everything, then watch and state the whole tree."""
        for wd in list(self._folders):
            self._unwatch(wd)
        self._folders: dict[int, str] = {}  # watch descriptor -> folder, relative ('' the root)
        self._watches: dict[str, int] = {}
        self._inodes: dict[str, tuple[int, int]] = {}  # folder -> the (device, inode) its watch was made on
        self.files: dict[str, os.stat_result] = {}
        self._stamps: dict[str, int] = {}
        self._volatile: set[str] = set()  # stated again every time
        self.total = 0
        self._newest = 0
        self._newest_known = True
        self._start_next_time = False
        self._log: list[str] = []
        info = os.stat(self.root)
        self._identity = (info.st_dev, info.st_ino)
        self._add_folder("")
        self._new_log()  # the files as stated now are where every later change is counted from
        self._last: TreeState | None = None
        self._pending = self._read_events()  # what changed while stating is stated again next time

    def state(self) -> TreeState:
        """The tree now: the events since the last call applied."""
        try:
            self._refresh()
        except TreeLost as lost:
            logger.info("desk_common: stating %s again whole: %s", self.root, lost)
            self._start()
        except BaseException:
            self._start_next_time = True
            raise
        if self._volatile:
            for relative in sorted(self._volatile):
                self._restate(relative)
        if len(self._log) > CHANGE_LOG_MAX:
            self._new_log()
        mark = TreeMark(self._log_number, len(self._log))
        # every change is logged: an unchanged log, the very state given last
        # (and what was worked out of it, its names say), not another copy
        if self._last is None or self._last.mark != mark:
            self._last = TreeState(list(self.files.items()), self.total, self.newest(), mark, self._log)
        return self._last

    def _new_log(self) -> None:
        """Start a log of changes no earlier mark belongs to."""
        self._log_number = next(_logs)
        self._log: list[str] = []

    def newest(self) -> int:
        if not self._newest_known:
            self._newest = max((info.st_mtime_ns for info in self.files.values()), default=0)
            self._newest_known = True
        return self._newest

    # -- events -----------------------------------------------------------

    def _read_events(self) -> set[str]:
        """The paths named by the events queued since the last read."""
        touched: set[str] = set()
        while True:
            events = self._inotify.read(timeout=0)
            if not events:
                return touched
            for event in events:
                if event.mask & flags.Q_OVERFLOW:
                    raise TreeLost("the kernel's queue of events overflowed")
                folder = self._folders.get(event.wd)
                if folder is None:  # a watch already given up
                    continue
                if folder == "" and event.mask & (_SELF_GONE | flags.IGNORED):
                    raise TreeLost("the folder itself was moved or removed")
                if event.mask & flags.IGNORED:  # its folder went (seen by its parent's events)
                    self._folders.pop(event.wd, None)
                    if self._watches.get(folder) == event.wd:
                        del self._watches[folder]
                        self._inodes.pop(folder, None)
                    continue
                if event.name:
                    touched.add(f"{folder}/{event.name}" if folder else event.name)

    def _refresh(self) -> None:
        if self._start_next_time:
            raise TreeLost("a previous reading failed")
        try:
            info = os.stat(self.root)
        except OSError:
            raise TreeLost("the folder is gone") from None
        if (info.st_dev, info.st_ino) != self._identity:
            raise TreeLost("the folder was replaced")
        touched = self._pending | self._read_events()
        self._pending = set()
        if not touched:
            return
        found = {}
        for relative in touched:
            try:
                found[relative] = os.lstat(os.path.join(self.root, relative))
            except (FileNotFoundError, NotADirectoryError):
                found[relative] = None
        # what went first: a folder renamed within the tree keeps its inode,
        # and so its watch, which its new name then takes over
        for relative, info in found.items():
            if info is None or not stat.S_ISDIR(info.st_mode):
                self._drop_folder(relative)
            elif self._inodes.get(relative, (info.st_dev, info.st_ino)) != (info.st_dev, info.st_ino):
                self._drop_folder(relative)  # another folder by that name now
            if info is None or stat.S_ISDIR(info.st_mode):
                self._drop(relative)
        for relative in sorted(found):
            info = found[relative]
            if info is not None and not relative.rpartition("/")[2].startswith("."):
                self._arrived(relative, info)

    def _arrived(self, relative: str, info: os.stat_result) -> None:
        """A path an event named, stated now (``info`` from ``lstat``)."""
        if stat.S_ISDIR(info.st_mode):
            if relative not in self._watches and relative.rpartition("/")[2] != "__pycache__":
                self._add_folder(relative)
            return
        self._file(relative, info)

    def _restate(self, relative: str) -> None:
        """State a link, or a file linked more than once, again: the link's
        target may have changed, come or gone, with no event here."""
        try:
            info = os.lstat(os.path.join(self.root, relative))
        except FileNotFoundError:
            self._drop(relative)
            return
        if stat.S_ISDIR(info.st_mode):  # replaced by a folder: its event is pending
            self._drop(relative)
            return
        self._file(relative, info)

    def _file(self, relative: str, info: os.stat_result) -> None:
        """Keep what is not a folder (``info`` from ``lstat``) as a scan
        would: a link to a folder left out, one to nothing a file, a link
        and a file linked more than once stated again every time."""
        if not stat.S_ISLNK(info.st_mode):
            self._put(relative, info, volatile=info.st_nlink > 1)
            return
        path = os.path.join(self.root, relative)
        if os.path.isdir(path):  # a linked folder is not followed
            self._drop(relative)
        else:
            self._put(relative, os.stat(path) if self.links else info, volatile=True)
        self._volatile.add(relative)

    # -- the tree ---------------------------------------------------------

    def _add_folder(self, relative: str) -> None:
        """Watch a folder, then state what it holds (a change made meanwhile
        is an event, read next time)."""
        path = os.path.join(self.root, relative) if relative else self.root
        try:
            wd = self._inotify.add_watch(path, _EVENTS)
        except OSError as err:
            if relative and err.errno in (errno.ENOENT, errno.ENOTDIR):  # gone, or no folder: its event is pending
                return
            raise
        self._folders[wd] = relative
        self._watches[relative] = wd
        try:
            info = os.stat(path)
            self._inodes[relative] = (info.st_dev, info.st_ino)
            entries = os.scandir(path)
        except OSError:
            return  # as a scan would: an unreadable folder has no files
        with entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                child = f"{relative}/{name}" if relative else name
                if entry.is_dir(follow_symlinks=False):
                    if name != "__pycache__":
                        self._add_folder(child)
                    continue
                self._file(child, entry.stat(follow_symlinks=False))

    def _put(self, relative: str, info: os.stat_result, volatile: bool) -> None:
        old = self._stamps.get(relative)
        if old is not None:
            self.total -= old
            if self.files[relative].st_mtime_ns >= self._newest:
                self._newest_known = False
        stamp = entry_stamp(relative, info)
        self.total = (self.total + stamp) % STAMP_MODULUS
        self.files[relative] = info
        self._stamps[relative] = stamp
        self._log.append(relative)
        if self._newest_known and info.st_mtime_ns > self._newest:
            self._newest = info.st_mtime_ns
        if volatile:
            self._volatile.add(relative)
        else:
            self._volatile.discard(relative)

    def _drop(self, relative: str) -> None:
        """Forget the file at ``relative``, if one was there."""
        stamp = self._stamps.pop(relative, None)
        if stamp is None:
            return
        self.total = (self.total - stamp) % STAMP_MODULUS
        info = self.files.pop(relative)
        if info.st_mtime_ns >= self._newest:
            self._newest_known = False
        self._volatile.discard(relative)
        self._log.append(relative)

    def _drop_folder(self, relative: str) -> None:
        """Forget the folder at ``relative`` and all under it, if it was
        watched."""
        if relative not in self._watches:
            return
        inside = relative + "/"
        for folder, wd in list(self._watches.items()):
            if folder == relative or folder.startswith(inside):
                self._unwatch(wd)
        for path in [path for path in self.files if path.startswith(inside)]:
            self._drop(path)

    def _unwatch(self, wd: int) -> None:
        folder = self._folders.pop(wd, None)
        if folder is not None and self._watches.get(folder) == wd:
            del self._watches[folder]
            self._inodes.pop(folder, None)
        try:
            self._inotify.rm_watch(wd)
        except OSError:
            pass  # already gone with its folder


#: Whether this process keeps the trees it states current from events.
_watching = False
#: The watched trees by real path and ``links``; None for a tree that cannot
#: be watched.
_trees: dict[tuple[str, bool], WatchedTree | None] = {}


def watch_trees() -> None:
    """From now on, keep every tree this process states current from the
    kernel's events (a process kept warm between builds), where it can."""
    global _watching
    _watching = INotify is not None


def stop_watching() -> None:
    """Give up every watch (and state trees afresh each time again)."""
    global _watching
    _watching = False
    for tree in _trees.values():
        if tree is not None:
            tree.close()
    _trees.clear()


def current_state(folder: str | os.PathLike, links: bool) -> TreeState | None:
    """The tree under ``folder`` from its watch (made on first use), or None
    when this process does not watch trees or cannot watch this one."""
    if not _watching:
        return None
    root = os.path.realpath(folder)
    key = (root, links)
    if key not in _trees:
        if not os.path.isdir(root):
            return None  # a folder still to come is watched once it is there
        if not _is_local(root):
            _trees[key] = None
            return None
        try:
            _trees[key] = WatchedTree(root, links)
        except OSError as err:
            # the user's limit of watches reached, most likely
            logger.warning("desk_common: %s is stated before each build, not watched: %s", root, err)
            _trees[key] = None
            return None
    tree = _trees[key]
    if tree is None:
        return None
    try:
        return tree.state()
    except OSError:
        # gone, or a file that cannot be stated: the caller states the
        # folder itself, and says what is wrong as it always did
        tree.close()
        del _trees[key]
        return None


def _is_local(path: str) -> bool:
    """Whether ``path`` is on a file system every change to which this
    kernel sees (see :data:`LOCAL_FILE_SYSTEMS`)."""
    best, kind = "", None
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as mounts:
            for line in mounts:
                fields = line.split()
                mount_point = fields[4].replace("\\040", " ")
                kind_at = fields[fields.index("-") + 1]
                inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
                if inside and len(mount_point) >= len(best):
                    best, kind = mount_point, kind_at
    except (OSError, ValueError, IndexError):
        return False
    return kind in LOCAL_FILE_SYSTEMS
