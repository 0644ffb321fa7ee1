"""Shared test setup: paths are known (the plugins are installed with the
project: `pip install -e .`)."""

from pathlib import Path

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
