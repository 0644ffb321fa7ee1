"""Tasks for the wire desk: `invoke --list` shows them."""

import os
import shlex
import signal
import sys
from functools import partial
from pathlib import Path

from invoke import Context, task

ROOT = Path(__file__).resolve().parent

SEEDS = "seeds"
CONTENT = "content"
OUTPUT = "output"
SETTINGS = "pelicanconf.py"
PUBLISH_SETTINGS = "publishconf.py"
PORT = 8000
CHROMIUM = "/usr/bin/chromium"
BUILD_LOCK_TIMEOUT = 600


def _settings(path=SETTINGS, content=None, **extra):
    from pelican.settings import read_settings

    override = {"PATH": str(Path(content).resolve())} if content else {}
    return read_settings(str(ROOT / path), override={**override, **extra})


def _check_settings(path, content) -> dict:
    """The settings, with each plugin's defaults filled in; or stop with a
    plain message naming a missing or broken setting, theme or template,
    before anything is converted or built."""
    from desk_common.settings_table import SettingsError
    from site_pages.pelican_hooks import check_theme

    Path(content).mkdir(parents=True, exist_ok=True)
    try:
        settings = _settings(path, content)
    except Exception as err:  # Pelican's own checks: theme, paths, types
        sys.exit(f"settings {path}: {err}")
    try:
        for check in _setting_checks():
            settings.update(check(settings))
    except SettingsError as err:
        sys.exit(f"settings {path}: {err}")
    problem = check_theme(Path(settings["THEME"]))
    if problem:
        sys.exit(f"settings {path}: {problem}")
    return settings


#: What the tasks' folder and file options mean (`invoke --help TASK`).
OPTION_HELP = {
    "seeds": "folder of raw dispatches",
    "content": "folder for the Markdown files",
    "report": "JSON-lines report to write",
    "output": "where the built site is published",
    "settings": "Pelican settings file",
}


def _help(*names: str, **own: str) -> dict[str, str]:
    """The help of ``names`` (see OPTION_HELP), and of options of the task's ``own``."""
    return {**{name: OPTION_HELP[name] for name in names}, **own}


@task(help=_help("seeds", "content", "report", settings="Pelican settings file (its WIRE_* settings)"))
def ingest(c, seeds=SEEDS, content=CONTENT, report=None, settings=SETTINGS):
    """Convert new or changed dispatches into Markdown."""
    import logging

    from desk_common.settings_table import SettingsError
    from wire.ingest import ingest as run_ingest
    from wire.ingest_config import IngestConfig
    from wire.locking import LockBusy
    from wire.settings import check_settings

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        Path(content).mkdir(parents=True, exist_ok=True)
        wire_settings = check_settings(_settings(settings, content))
    except SettingsError as err:
        sys.exit(str(err))
    config = IngestConfig.from_settings(wire_settings, Path(seeds), Path(content))
    if report:
        config.report = Path(report)
    if not config.seeds.is_dir():
        sys.exit(f"wire: the seeds folder {config.seeds} does not exist")
    try:
        result = run_ingest(config, progress=lambda line: print(line, file=sys.stderr, flush=True))
    except LockBusy as err:
        sys.exit(str(err))
    print(result.summary())
    return result


def _run_pelican(settings: str, content: str, output: Path, previous: Path | None) -> None:
    """Build the site into ``output`` with Pelican, in this process, reusing
    what did not change from the ``previous`` build (``output`` itself for
    a build in place)."""
    import logging

    from pelican import Pelican, log

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    # absolute: Pelican reads a relative path from the settings file's folder
    site = _settings(
        settings,
        content,
        OUTPUT_PATH=str(output.absolute()),
        DELETE_OUTPUT_DIRECTORY=output != previous,
        WIRE_SEEDS_PATH=None,  # converted just before
        SITE_PREVIOUS_BUILD=str(previous.absolute()) if previous else None,
        SITE_KEEP_STATE=True,
    )
    log.console.quiet = True  # its "Processed 0 articles" counts Pelican's own generator only
    Pelican(site).run()


def _can_build_in_place(site: dict, live: Path | None) -> bool:
    """True when the published build was made by the same code, theme and
    settings (``site``, as checked): then only what changed is written,
    into it."""
    from site_pages.build_state import state_fingerprint
    from site_pages.fingerprint import code_fingerprint

    found = state_fingerprint(live)
    return found is not None and found == code_fingerprint(site)


def _setting_checks():
    """Each plugin's check of its settings, which also fills in defaults."""
    from desk.settings import check_settings as check_desk
    from site_pages.settings import check_settings as check_site
    from topic_feeds.settings import check_settings as check_feeds
    from wire.settings import check_settings as check_wire

    return (check_wire, check_feeds, check_site, check_desk)


def _seeds_stamp(seeds: str) -> str | None:
    """A hash of the seeds folder by name, size and modification time; None
    while a file was changed too recently for its stamp to be trusted (a
    change within the same tick of the clock would not show)."""
    import time

    from desk_common.tree_hash import RACY_NS, stamp_hash

    if not Path(seeds).is_dir():
        return None
    stamp, newest = stamp_hash([seeds], with_newest=True, links=False)
    return None if newest > time.time_ns() - RACY_NS else stamp


def _inputs_fingerprint(content: str, settings: str, output: Path) -> str:
    """A hash of everything Pelican reads: the content folder, the theme,
    the plugins, the settings files, and the versions of Python, Pelican and
    the data packages."""
    import importlib.metadata

    from desk_common.state import data_versions
    from desk_common.tree_hash import stamp_hash

    versions = f"{importlib.metadata.version('pelican')} {sys.version} {data_versions()}"
    return stamp_hash(
        [Path(content), ROOT / "theme", ROOT / "plugins"],
        [ROOT / settings, ROOT / SETTINGS],
        f"{versions} {Path(content).resolve()} {output.absolute()}",
    )


def _lock_path(output: Path) -> Path:
    """The lock every build of ``output`` holds."""
    return output.with_name(output.name + ".lock")


@task(help=_help("seeds", "content", "report", "output", "settings"))
def build(c, seeds=SEEDS, content=CONTENT, report=None, output=OUTPUT, settings=SETTINGS):
    """Convert the dispatches, then build the site with Pelican."""
    from desk.build_server import ask, code_stamp

    arguments = {"seeds": seeds, "content": content, "report": report, "output": output, "settings": settings}
    # handed to the warm build process of this output, when one runs (`invoke warm`)
    answer = ask(output, arguments, partial(code_stamp, ROOT))
    if answer is not None and answer.ran:
        if answer.status:
            sys.exit(answer.status)
        return
    if answer is not None:
        print(f"the warm build process did not build ({answer.reason}): building here", file=sys.stderr)
    site = _build_here(**arguments)
    if answer is None and site is not None and site["DESK_KEEP_WARM"] is not None and sys.stdout.isatty():
        _leave_warm(seeds, content, output, settings, site["DESK_KEEP_WARM"])
    if _ends_the_command("build"):
        _end_now()


def _ends_the_command(name: str) -> bool:
    """Whether this process is the `invoke` command and the task ``name``
    the last it was asked for: nothing of it runs after the task (not so
    for a test or a program calling the task)."""
    from invoke.main import program

    main = sys.modules.get("__main__")
    asked = getattr(program, "tasks", None)
    return getattr(main, "program", None) is program and bool(asked) and asked[-1].name == name


def _end_now() -> None:
    """End the process at once, its output flushed: the build's files are
    written and its child processes gone, and freeing what it holds object
    by object (hundreds of thousands at 10,000 stories) took a tenth of a
    second of every `invoke build`."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _leave_warm(seeds: str, content: str, output: str, settings: str, minutes: float) -> None:
    """Start `invoke warm` for ``output`` in the background, in a session of
    its own, to stop once no build was asked of it for ``minutes``; what it
    prints of its own goes to a log beside the output."""
    import subprocess

    from desk.build_server import socket_path
    from desk_common.state import builds_folder

    if socket_path(output) is None:
        return  # no warm process can listen here
    log = builds_folder(Path(output)) / "warm.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    folders = ["--seeds", seeds, "--content", content, "--output", output, "--settings", settings]
    command = [sys.executable, "-m", "invoke", "--search-root", str(ROOT), "warm", *folders, "--idle", f"{minutes:g}"]
    with open(log, "wb") as handle:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )
    print(
        f"warm: a build process stays beside {output}/ and builds the next `invoke build` there;"
        f" it stops after {minutes:g} minutes without one, or with `kill {process.pid}`"
        f" (DESK_KEEP_WARM; log: {log})"
    )


def _build_here(seeds=SEEDS, content=CONTENT, report=None, output=OUTPUT, settings=SETTINGS, by=""):
    """`invoke build` in this process (``by`` ends its last line); the
    checked settings, or None when the build found nothing changed before
    reading them."""
    import time
    from datetime import UTC, datetime

    from desk_common.cycle_collection import collection_paused
    from desk_common.files import trees_stated_once
    from site_pages.publishing import current_build, is_current, new_staging, publish, record_published
    from wire.locking import FolderLock, LockBusy

    started = time.perf_counter()
    started_at = datetime.now(UTC)  # for the desk only: the site reads no clock
    output_path = Path(output)
    # the seeds folder is listed and stated once: for its stamp, and for the
    # ingest (a seed changed since shows in the next build's stamp)
    with collection_paused(), trees_stated_once():
        # the seeds and every input as they were when the last build was
        # published: nothing to convert or build, and no need to load Pelican
        seeds_stamp = _seeds_stamp(seeds)
        if seeds_stamp and is_current(
            output_path, partial(_inputs_fingerprint, content, settings, output_path), seeds_stamp
        ):
            _write_desk(output_path, content, seeds, None, started_at, time.perf_counter() - started, "nothing changed")
            print(f"nothing changed: {output}/ is current")
            return
        site = _check_settings(settings, content)
        try:
            with FolderLock(_lock_path(output_path), BUILD_LOCK_TIMEOUT, f"build of {output}", print):
                live = current_build(output_path)
                # in place, each changed file replaced in one step, new pages first;
                # else a new site, published whole in one step
                in_place = _can_build_in_place(site, live)
                ingesting = {"seeds": seeds, "content": content, "report": report, "settings": settings}
                result, names = _ingest_beside(ingesting, site, live if in_place else None, output_path)
                # the content folder is stated once for the fingerprint and the catalog
                with trees_stated_once():
                    fingerprint = _inputs_fingerprint(content, settings, output_path)
                    if is_current(output_path, fingerprint):
                        record_published(output_path, fingerprint, seeds_stamp)
                        seconds = time.perf_counter() - started
                        _write_desk(
                            output_path, content, seeds, site, started_at, seconds, "nothing changed", result, (), names
                        )
                        print(f"nothing changed: {output}/ is current")
                        return site
                    existed = _story_pages(output_path, site, result)
                    target = live if in_place else new_staging(output_path)
                    try:
                        _run_pelican(settings, content, target, live)
                    except Exception as err:
                        kept = (
                            f"run it again to finish updating {output}/"
                            if in_place
                            else f"{output}/ still serves the previous site"
                        )
                        failed = f"failed ({err}); {kept}"
                        _write_desk(
                            output_path, content, seeds, site, started_at, time.perf_counter() - started, failed
                        )
                        sys.exit(f"build {failed}")
                    if not in_place:
                        publish(target, output_path)
                record_published(output_path, fingerprint, seeds_stamp)
                seconds = time.perf_counter() - started
                _write_desk(output_path, content, seeds, site, started_at, seconds, "built", result, existed, names)
        except LockBusy as err:
            sys.exit(str(err))
    from site_pages.build_state import built_counts

    counts = built_counts(current_build(output_path))
    pages, feeds = counts.get("pages", 0), counts.get("feeds", 0)
    print(f"built {output}/: {pages:,} pages, {feeds:,} feeds in {time.perf_counter() - started:.1f} s{by}")
    return site


def _ingest_beside(arguments: dict, site: dict, live: Path | None, output: Path):
    """`invoke ingest` with ``arguments``: its result, and what the desk of
    ``output`` shows of the names it found (None: the desk works it out).
    In a build started afresh, the ingest runs in a forked process, which
    then works out those names, while this one reads the state of the
    ``live`` build it updates (None: it builds a new site) and works out
    what that build chose, grouped and related
    (``site_pages.story_pages.work_out_ahead``): the build then updates
    that with what the ingest changed. The ingest's memory goes with its
    process. A resident build process runs it here: it keeps the ingest's
    run for the next (see plugins/wire/ingest_memory.py)."""
    from desk_common.workers import configured, start_forked

    if _desk_later is not None:
        return ingest(Context(), **arguments), None
    desk = (output, arguments["content"], arguments["seeds"], site)
    ingesting = start_forked(partial(_ingest_forked, arguments, desk), configured(site))
    if live is not None:
        from site_pages.story_pages import work_out_ahead  # imported while the ingest runs

        try:
            work_out_ahead(live, site, ingesting.running)
        except Exception as err:  # costs the build its head start only; the build reports what is wrong
            print(f"build: could not read the last build's state ahead: {err}", file=sys.stderr)
    done, outcome = ingesting.result()
    if not done:
        sys.exit(outcome)
    return outcome


def _ingest_forked(arguments: dict, desk: tuple, wait_for_gate) -> tuple[bool, object]:
    """In the ingest's forked process: (True, (the ingest's result, the
    desk's names: see ``desk.pages.names_of``)), or (False, its exit status)
    when it stopped with one. ``desk``: the output, content, seeds and site
    settings the desk is written with."""
    from desk.pages import names_of

    try:
        result = ingest(Context(), **arguments)
    except SystemExit as stop:
        return False, stop.code
    try:
        names = names_of(_desk_input(*desk, None, 0.0, "", result))
    except Exception:  # the desk is never fatal: it works them out itself
        names = None
    return True, (result, names)


def _story_pages(output: Path, site: dict, result) -> set[str]:
    """The slugs of the stories the ingest wrote that already had a page on
    the site: updated, not added."""
    from wire.report import CONVERTED

    return {
        Path(entry.output).stem
        for entry in result.entries
        if entry.output
        and entry.status == CONVERTED
        and (output / site["ARTICLE_SAVE_AS"].format(slug=Path(entry.output).stem)).exists()
    }


#: Desk pages a resident build process writes once the build is reported
#: done (see _build_once and _after_build); None: written at once.
_desk_later: list | None = None


def _write_desk(output: Path, content, seeds, site, started_at, seconds, outcome, result=None, existed=(), names=None):
    """Write the editors' desk beside ``output`` (see plugins/desk); ``names``:
    what it shows of the names, when the ingest's process worked it out."""
    arguments = (output, content, seeds, site, started_at, seconds, outcome, result, existed, names)
    if _desk_later is not None:
        _desk_later.append(arguments)
    else:
        _write_desk_now(*arguments)


def _desk_input(output: Path, content, seeds, site, started_at, seconds, outcome, result=None, existed=(), names=None):
    from desk.pages import DeskInput
    from desk_common.state import wire_state_folder

    state = Path(site["WIRE_STATE_PATH"]) if site and site.get("WIRE_STATE_PATH") else None
    theme_css = Path(site["THEME"]) / "static" / "css" / "site.css" if site else None
    return DeskInput(
        output=output,
        content=Path(content),
        seeds=Path(seeds),
        state=wire_state_folder(Path(content), state),
        theme_css=theme_css,
        story_url=site["ARTICLE_URL"] if site else "",
        started=started_at,
        seconds=seconds,
        outcome=outcome,
        result=result,
        existed=set(existed),
        names=names,
    )


def _write_desk_now(output: Path, content, seeds, site, started_at, seconds, outcome, result, existed, names):
    from desk.pages import write_desk

    write_desk(_desk_input(output, content, seeds, site, started_at, seconds, outcome, result, existed, names))


@task(help={"output": "the built site the desk is beside"})
def desk(c, output=OUTPUT):
    """Say where the editors' desk is (written by every build)."""
    from desk_common.state import desk_folder

    folder = desk_folder(Path(output)).resolve()
    page = folder / "index.html"
    if not page.exists():
        print(f"no desk yet: `invoke build` writes it to {folder}/")
        return
    print(f"{page}\n`invoke serve` shows it at http://localhost:{PORT}/desk/")


@task
def publish(c):
    """Build the public site with publishconf.py."""
    build(c, settings=PUBLISH_SETTINGS)


@task(help={"port": "port to serve on"})
def serve(c, port=PORT):
    """Serve the built site on localhost, and the desk at /desk/."""
    from desk.serve import serve as run_server
    from desk_common.state import desk_folder

    run_server(ROOT / OUTPUT, desk_folder(ROOT / OUTPUT), int(port))


@task(help={"port": "port to serve on"})
def livereload(c, port=PORT):
    """Serve the site and rebuild it whenever anything changes."""
    import subprocess
    import time

    from desk.resident import ResidentBuilds
    from watchfiles import watch

    # builds in a process kept warm between them (plugins/desk/resident.py)
    builds = ResidentBuilds(_warm_build, _build_once, _after_build)

    def rebuild(code_changed: bool = False) -> None:
        if code_changed:  # edited plugins and their data are read afresh by a new process
            builds.restart()
        try:
            builds.build()
        except RuntimeError as err:  # the process died: another waits for the next change
            print(err, flush=True)
            builds.restart()

    rebuild()
    finished = time.time()
    # the site, and the desk at /desk/
    server = subprocess.Popen([sys.executable, "-m", "invoke", "serve", "--port", str(port)], cwd=ROOT)
    content = (ROOT / CONTENT).resolve()
    plugins = (ROOT / "plugins").resolve()

    def written_by_the_build(path: str) -> bool:
        # the build itself writes content/ (Markdown, ledger): those changes
        # are not news; an editor's later edit is
        changed = Path(path).resolve()
        inside = changed.relative_to(ROOT).parts if ROOT in changed.parents else (changed.name,)
        if any(part.startswith(".") for part in inside):
            return True  # the ledger, locks, editors' swap files
        if content not in changed.parents:
            return False
        return not changed.exists() or changed.stat().st_mtime <= finished

    try:
        for changes in watch(SEEDS, CONTENT, "theme", "plugins", "tasks.py", raise_interrupt=False):
            changed = {Path(p) for _, p in changes if not written_by_the_build(p) and not p.endswith(".pyc")}
            if not changed:
                continue
            print(f"changed: {', '.join(sorted({path.name for path in changed}))}; rebuilding", flush=True)
            rebuild(code_changed=any(path.suffix == ".py" or plugins in path.resolve().parents for path in changed))
            finished = time.time()
    finally:
        builds.close()
        server.terminate()


@task(
    help=_help(
        "seeds",
        "content",
        "settings",
        output="the built site whose builds it runs",
        idle="stop after this many minutes without a build (default: run until stopped)",
    )
)
def warm(c, seeds=SEEDS, content=CONTENT, output=OUTPUT, settings=SETTINGS, idle=None):
    """Keep a build process warm: `invoke build` of this output hands it its build."""
    from desk.build_server import BuildServer, code_stamp

    started_with = code_stamp(ROOT)  # before the code is imported: an edit meanwhile is seen
    try:
        idle_seconds = None if idle is None else float(idle) * 60
    except ValueError:
        idle_seconds = -1
    if idle_seconds is not None and not idle_seconds > 0:
        sys.exit(f"warm: --idle must be a number of minutes above 0, not {idle!r}")
    # stopped by SIGTERM as by ^C (a process started in the background ignores SIGINT)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    _warm_build(seeds=seeds, content=content, output=output, settings=settings, prime=False)
    try:
        code = partial(code_stamp, ROOT)
        between = partial(_after_build, output)
        with BuildServer(output, _requested_build, between, started_with, code, idle_seconds) as server:
            print(f"warm: `invoke build --output {output}` is built here; ^C stops", flush=True)
            # listening already: a build asked meanwhile waits for this, then works from it
            if _prime(seeds=seeds, content=content, output=output, settings=settings):
                print("warm: the published build is held in memory for the next", flush=True)
            server.serve()
        if server.idled:
            print(f"warm: no build asked for {idle} minutes: stopped", flush=True)
            return
    except KeyboardInterrupt:
        # stopped (perhaps while saving the last build's state): what is
        # left is saved first, or the next build would work from the state
        # before that build and take its journal for a killed build's
        _after_build(output, ahead=False)
        return
    except RuntimeError as err:
        sys.exit(str(err))
    # the code changed: read afresh by a new process in this one's place
    print("warm: the code changed; starting again", flush=True)
    os.execv(sys.executable, sys.orig_argv)


def _requested_build(**arguments) -> int:
    """A build asked of the warm build process: its exit status."""
    from desk.resident import run_build

    return run_build(partial(_build_once, **arguments, by=" (warm build process)"))


def _warm_build(seeds=SEEDS, content=CONTENT, output=OUTPUT, settings=SETTINGS, prime=True) -> None:
    """Load what every build uses: the plugins, the recogniser's model and
    language detector, the published build's state (for a resident build
    process, see plugins/desk/resident.py); with ``prime``, then
    :func:`_prime`."""
    import pelican.generators  # noqa: F401
    import site_pages.story_pages  # noqa: F401
    import topic_feeds.pelican_hooks  # noqa: F401
    from desk.pages import write_desk  # noqa: F401
    from desk_common.tree_watch import watch_trees
    from wire.conversion import convert_samples
    from wire.ingest_config import IngestConfig

    # the seeds and content folders are kept current from the kernel's
    # events, not stated whole before every build
    watch_trees()
    site = _check_settings(settings, content)  # WIRE_* defaults filled in
    convert_samples(IngestConfig.from_settings(site, Path(seeds), Path(content)))
    _after_build(output)
    if prime:
        _prime(seeds=seeds, content=content, output=output, settings=settings)


def _prime(seeds=SEEDS, content=CONTENT, output=OUTPUT, settings=SETTINGS) -> bool:
    """In a resident build process, when the published site is current
    once the ingest has found nothing new: run the site's build over it,
    which changes no file (every file's signature is unchanged), so that the
    process holds that build in memory for its first build (see
    plugins/site_pages/build_state.py, InMemory), as it holds the ingest's
    run (see plugins/wire/ingest_memory.py); whether it did. A failure costs
    the first build its head start only."""
    from desk_common.cycle_collection import collection_paused
    from desk_common.files import trees_stated_once
    from site_pages.build_state import holds_in_memory, save_states_later
    from site_pages.publishing import current_build, is_current, record_published
    from wire.locking import FolderLock

    output_path = Path(output)
    try:
        site = _check_settings(settings, content)
        with collection_paused(), trees_stated_once():
            seeds_stamp = _seeds_stamp(seeds)
            with FolderLock(_lock_path(output_path), BUILD_LOCK_TIMEOUT, f"build of {output}", print):
                live = current_build(output_path)
                if live is None or not _can_build_in_place(site, live):
                    return False
                # run even when the seeds' stamp is the published one: the
                # next build's ingest then looks only at what changed since
                ingest(Context(), seeds=seeds, content=content, settings=settings)
                with trees_stated_once():
                    fingerprint = _inputs_fingerprint(content, settings, output_path)
                    if not is_current(output_path, fingerprint):
                        return False  # the first build has work of its own to do
                record_published(output_path, fingerprint, seeds_stamp)
                save_states_later()  # kept in memory by _after_build
                _run_pelican(settings, content, live, live)
    except (Exception, SystemExit) as err:  # the first build reports what is wrong
        print(f"warm: could not prepare the first build: {err}", file=sys.stderr, flush=True)
        return False
    _after_build(output)  # reads the ledger ahead too
    return holds_in_memory(live)


def _after_build(output=OUTPUT, ahead: bool = True) -> None:
    """In a resident build process, while it waits for the next change:
    save the state of the build just done (under the build lock), write its
    desk, and (when ``ahead``) read the published build's state and the
    ingest ledger's dispatches for the next one."""
    from desk_common.cycle_collection import collection_paused
    from site_pages.build_state import has_pending_states, read_ahead, save_pending_states
    from site_pages.publishing import current_build
    from wire.ingest import read_ledger_ahead
    from wire.locking import FolderLock

    output_path = Path(output)
    with collection_paused():
        if has_pending_states():
            with FolderLock(_lock_path(output_path), BUILD_LOCK_TIMEOUT, f"build of {output}", print):
                save_pending_states(current_build(output_path))
        while _desk_later:
            _write_desk_now(*_desk_later[0])
            _desk_later.pop(0)
        if ahead:
            read_ahead(current_build(output_path))
            read_ledger_ahead()


def _build_once(seeds=SEEDS, content=CONTENT, output=OUTPUT, settings=SETTINGS, report=None, by="") -> None:
    """`invoke build`, called from Python (by a resident build process): the
    site is published when it returns; its state is saved and its desk
    written after (_after_build)."""
    global _desk_later
    from site_pages.build_state import save_states_later

    _desk_later = [] if _desk_later is None else _desk_later
    save_states_later()
    _build_here(seeds=seeds, content=content, report=report, output=output, settings=settings, by=by)


@task
def clean(c):
    """Remove the built site."""
    import shutil

    output = ROOT / OUTPUT
    if output.is_symlink():
        output.unlink()
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(output.with_name(output.name + ".builds"), ignore_errors=True)


@task
def lint(c):
    """Check style with Ruff."""
    c.run(f"{sys.executable} -m ruff check .")
    c.run(f"{sys.executable} -m ruff format --check .")


@task(
    name="eval",
    help={
        "errors": "also list every wrong or missing tag (or field, with --corpus)",
        "corpus": "a folder of real dispatches and expected.jsonl: measure dates, datelines, credits, headlines",
        "json": "with --corpus: write the figures here",
        "ner": "a folder of public news NER corpora (CoNLL-2003/2002, Europeana, HIPE): measure entities on them",
        "judged": "a folder of judged stories (the Reuters archive's, or another's with --labels): tag precision",
        "labels": "with --judged: the judgements of that folder's stories (default: the Reuters archive's)",
    },
)
def evaluate(c, errors=False, corpus=None, json=None, ner=None, judged=None, labels=None):
    """Measure tagging per language and type (on real copy with --corpus or --ner)."""
    flags = ["--errors"] if errors else []
    if corpus:
        extra = flags + (["--json", json] if json else [])
        c.run(shlex.join([sys.executable, "-m", "bench.wire_eval", "--corpus", corpus, *extra]), pty=False)
        c.run(shlex.join([sys.executable, "-m", "bench.entity_eval", "--dev", corpus, *flags]), pty=False)
    if ner:
        c.run(shlex.join([sys.executable, "-m", "bench.entity_eval", "--ner", ner, *flags]), pty=False)
    if judged:
        extra = flags + (["--labels", labels] if labels else [])
        c.run(shlex.join([sys.executable, "-m", "bench.tag_precision", "--corpus", judged, *extra]), pty=False)
    if not (corpus or ner or judged):
        c.run(shlex.join([sys.executable, "-m", "bench.tagging_eval", *flags]), pty=False)


@task(
    help={
        "sizes": "comma-separated numbers of dispatches",
        "runs": "runs per figure (the median is reported)",
        "profile": "synthetic (stories over six years), desk (a busy desk's month), reuters (that month in real copy)",
        "corpus": "the reuters profile's folder of Reuters archive exports (kept outside the repository)",
        "json": "write the results here",
        "stock": "measure stock Pelican too",
        "hugo": "measure Hugo too (when installed)",
    }
)
def bench(c, sizes="1000", runs=3, profile="synthetic,desk", corpus=None, json=None, stock=True, hugo=True):
    """Benchmark ingest, builds and rebuilds beside stock Pelican and Hugo."""
    extra = (
        ["--profile", profile]
        + (["--corpus", corpus] if corpus else [])
        + (["--json", json] if json else [])
        + ([] if stock else ["--no-stock"])
        + ([] if hugo else ["--no-hugo"])
    )
    c.run(shlex.join([sys.executable, "-m", "bench.run", "--sizes", sizes, "--runs", str(runs), *extra]), pty=False)


@task
def setup_tests(c):
    """Install Chromium and axe-core for the browser tests."""
    if not Path(CHROMIUM).exists():
        sudo = "" if os.geteuid() == 0 else "sudo "
        c.run(f"{sudo}apt-get update -q && {sudo}apt-get install -y -q chromium", pty=False)
    c.run("npm ci --no-audit --no-fund --loglevel=error", pty=False)


@task(help={"args": "extra pytest arguments"})
def test(c, args=""):
    """Run the test suite."""
    env = dict(os.environ)
    c.run(f"{sys.executable} -m pytest {args}", env=env, pty=False)
