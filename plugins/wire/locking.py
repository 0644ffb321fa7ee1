"""An exclusive lock on a folder, so two runs never write it at once."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path


class LockBusy(Exception):
    """Another run holds the lock and did not let go in time."""


class FolderLock:
    """``with FolderLock(path, timeout, what):`` holds an exclusive lock on
    ``path`` (a lock file), waiting up to ``timeout`` seconds for another
    holder, telling ``notify`` once that it waits. The lock dies with its
    process, so a killed run never leaves it stuck."""

    def __init__(self, path: Path, timeout: float, what: str, notify=None):
        self.path = path
        self.timeout = timeout
        self.what = what
        self.notify = notify
        self.handle = None

    def __enter__(self) -> FolderLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+")
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            try:
                fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.handle.close()
                    raise LockBusy(
                        f"{self.what} is busy: another run holds {self.path} "
                        f"(waited {self.timeout:g} s); try again when it has finished"
                    ) from None
                if not told and self.notify:
                    self.notify(f"{self.what}: another run holds {self.path}; waiting up to {self.timeout:g} s")
                    told = True
                time.sleep(0.1)
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"{os.getpid()}\n")
        self.handle.flush()
        return self

    def __exit__(self, *exc) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()
