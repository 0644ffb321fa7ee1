"""Tasks for the wire desk: `invoke --list` shows them."""

import os
import shlex
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

SEEDS = "seeds"
CONTENT = "content"
OUTPUT = "output"
SETTINGS = "pelicanconf.py"
PUBLISH_SETTINGS = "publishconf.py"
PORT = 8000
CHROMIUM = "/usr/bin/chromium"


def _settings(path=SETTINGS):
    from pelican.settings import read_settings

    return read_settings(str(ROOT / path))


@task(
    help={
        "seeds": "folder of raw dispatches",
        "content": "folder for the Markdown files",
        "report": "JSON-lines report to write",
    }
)
def ingest(c, seeds=SEEDS, content=CONTENT, report=None):
    """Convert new or changed dispatches into Markdown."""
    import logging

    from wire.errors import WireSettingsError
    from wire.ingest import IngestConfig
    from wire.ingest import ingest as run_ingest
    from wire.settings import check_settings

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        settings = check_settings(_settings())
    except WireSettingsError as err:
        sys.exit(str(err))
    config = IngestConfig.from_settings(settings, Path(seeds), Path(content))
    if report:
        config.report = Path(report)
    if not config.seeds.is_dir():
        sys.exit(f"wire: the seeds folder {config.seeds} does not exist")
    result = run_ingest(config, progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(result.summary())


@task(
    help={
        "seeds": "folder of raw dispatches",
        "content": "folder for the Markdown files",
        "report": "JSON-lines report to write",
        "output": "folder for the built site",
        "settings": "Pelican settings file",
    }
)
def build(c, seeds=SEEDS, content=CONTENT, report=None, output=OUTPUT, settings=SETTINGS):
    """Convert the dispatches, then build the site with Pelican."""
    import time

    started = time.perf_counter()
    ingest(c, seeds=seeds, content=content, report=report)
    extra = ["-e", "WIRE_SEEDS_PATH=null"]  # converted just above
    c.run(shlex.join([sys.executable, "-m", "pelican", content, "-o", output, "-s", settings, *extra]), pty=False)
    pages = sum(1 for _ in Path(output).rglob("*.html"))
    feeds = sum(1 for _ in Path(output).glob("feeds/**/*.xml"))
    print(f"built {output}/: {pages:,} pages, {feeds:,} feeds in {time.perf_counter() - started:.1f} s")


@task
def publish(c):
    """Build the public site with publishconf.py."""
    build(c, settings=PUBLISH_SETTINGS)


@task(help={"port": "port to serve on"})
def serve(c, port=PORT):
    """Serve the built site on localhost."""
    c.run(shlex.join([sys.executable, "-m", "pelican", "--listen", "-o", OUTPUT, "-s", SETTINGS, "-p", str(port)]))


@task(help={"port": "port to serve on"})
def livereload(c, port=PORT):
    """Serve the site and rebuild it whenever anything changes."""
    import subprocess
    import time

    from watchfiles import watch

    build(c)
    finished = time.time()
    server = subprocess.Popen(
        [sys.executable, "-m", "pelican", "--listen", "-o", OUTPUT, "-s", SETTINGS, "-p", str(port)]
    )
    content = (ROOT / CONTENT).resolve()

    def written_by_the_build(path: str) -> bool:
        # the build itself writes content/ (Markdown, ledger): those changes
        # are not news; an editor's later edit is
        changed = Path(path).resolve()
        if content not in changed.parents:
            return False
        return not changed.exists() or changed.stat().st_mtime <= finished

    try:
        for changes in watch(SEEDS, CONTENT, "theme", "plugins", raise_interrupt=False):
            news = sorted({Path(p).name for _, p in changes if not written_by_the_build(p) and not p.endswith(".pyc")})
            if not news:
                continue
            print(f"changed: {', '.join(news)}; rebuilding", flush=True)
            try:
                build(c)
            except Exception as err:  # a bad template must not stop the watcher
                print(f"build failed: {err}", file=sys.stderr, flush=True)
            finished = time.time()
    finally:
        server.terminate()


@task
def clean(c):
    """Remove the built site."""
    import shutil

    shutil.rmtree(ROOT / OUTPUT, ignore_errors=True)


@task
def lint(c):
    """Check style with Ruff."""
    c.run(f"{sys.executable} -m ruff check .")
    c.run(f"{sys.executable} -m ruff format --check .")


@task(name="eval", help={"errors": "also list every wrong or missing tag"})
def evaluate(c, errors=False):
    """Measure tagging quality: precision, recall and F1 per language."""
    c.run(shlex.join([sys.executable, "-m", "bench.tagging_eval", *(["--errors"] if errors else [])]), pty=False)


@task(help={"sizes": "comma-separated numbers of dispatches", "runs": "runs per figure", "json": "write results here"})
def bench(c, sizes="1000", runs=3, json=None):
    """Benchmark ingest throughput and tagging cost."""
    extra = ["--json", json] if json else []
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
