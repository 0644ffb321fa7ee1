"""Shared test setup: paths are known (the plugins are installed with the
project: `pip install -e .`)."""

import contextlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "seeds"

#: The first line of a settings file written by a test: the project's
#: settings, read from pelicanconf.py by its path.
PROJECT_SETTINGS = (
    "import runpy\n"
    f"globals().update((k, v) for k, v in runpy.run_path({str(ROOT / 'pelicanconf.py')!r}).items() if k.isupper())\n"
)


def sample_seeds(folder: Path, hostile: bool = True) -> Path:
    """A copy of seeds/ in ``folder``, with the hostile fixture dispatch
    added when ``hostile``."""
    import shutil

    seeds = folder / "seeds"
    shutil.copytree(SEEDS, seeds)
    if hostile:
        shutil.copy(FIXTURES / "hostile_markup.txt", seeds / "900_hostile_markup.txt")
    return seeds


def build_site(folder: Path, seeds: Path, **overrides) -> Path:
    """A full Pelican run of the project's settings, converting ``seeds``
    into ``folder``/content and building ``folder``/output."""
    import shutil

    from pelican import Pelican
    from pelican.settings import read_settings

    if not (folder / "content").exists():
        shutil.copytree(ROOT / "content" / "pages", folder / "content" / "pages")
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(folder / "content"),
            "OUTPUT_PATH": str(folder / "output"),
            "WIRE_SEEDS_PATH": str(seeds),
            **overrides,
        },
    )
    Pelican(settings).run()
    return folder / "output"


def run_killed(command: list[str], cwd: Path, delay: float) -> None:
    """Start ``command`` in a process group of its own and kill the whole
    group (workers included) after ``delay`` seconds."""
    import os
    import signal
    import subprocess
    import time

    process = subprocess.Popen(
        command, cwd=cwd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


# -- browser tests: Debian's Chromium through Playwright, pages from a local server

CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextlib.contextmanager
def served(folder: Path):
    """A local HTTP server of ``folder``, quiet; yields its address."""
    import functools
    import http.server
    import threading

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is missing: run `invoke setup-tests`"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


def serious_accessibility_violations(page) -> list:
    """The serious and critical WCAG 2.1 A and AA violations axe-core finds
    on the page open in ``page``: (rule, help, first targets) each."""
    assert AXE.exists(), "axe-core is missing: run `invoke setup-tests`"
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def one_late_or_taken_off(oldest_first: list, at: int, turn: int, late: bool) -> list:
    """``oldest_first`` (stories with a numeric date and a slug) with one
    story more, filed late just before the one at ``at``, or without that
    one (taken off the site)."""
    from types import SimpleNamespace

    if late:
        return [*oldest_first, SimpleNamespace(date=oldest_first[at].date - 0.5, slug=f"late-{turn}")]
    return oldest_first[:at] + oldest_first[at + 1 :]
