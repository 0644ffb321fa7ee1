"""A disk cache for data derived from installed packages (the GeoNames
city indexes): computed once per package version and code version, then
loaded in a fraction of the time and memory it takes to build."""

from __future__ import annotations

import hashlib
import inspect
import logging
import os
import pickle
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wire-desk"


def cached(name: str, source_version: str, build):
    """The value ``build()`` returns, from the cache when one was made by the
    same ``build`` code from the same ``source_version`` of its data."""
    code = hashlib.sha256(inspect.getsource(build).encode("utf-8")).hexdigest()[:12]
    path = cache_folder() / f"{name}-{source_version}-{code}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as err:  # a read-only home is no reason to fail
        logger.debug("wire: could not cache %s: %s", name, err)
    return value
