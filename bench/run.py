"""Benchmarks of the converter: ingest throughput and tagging cost.

    python -m bench.run [--sizes 1000,2000] [--runs 3] [--json FILE]

Generates synthetic dispatches (bench.synthetic) into a temporary folder and
reports, as the median of several runs: ingest throughput cold (dispatches
per second, parsing, tagging and writing included), a rerun with nothing
changed, and the tagging time of one dispatch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from wire.dispatch import parse_dispatch  # noqa: E402
from wire.ingest import IngestConfig, ingest  # noqa: E402
from wire.tagging import tag_dispatch  # noqa: E402

from bench.synthetic import generate, write  # noqa: E402


def median_time(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_tagging(runs: int) -> dict:
    """Milliseconds to tag one dispatch, median over 300 generated ones."""
    dispatches = [parse_dispatch(data.decode("utf-8")) for _, data, _ in generate(300)]
    seed = ROOT / "seeds" / "000_53f2802795f52dea.txt"
    dispatches.append(parse_dispatch(seed.read_text(encoding="utf-8")))
    tag_dispatch(dispatches[0].headline, dispatches[0].paragraphs, dispatches[0].lang)  # load the data once
    per_dispatch = []
    for dispatch in dispatches:
        per_dispatch.append(median_time(lambda d=dispatch: tag_dispatch(d.headline, d.paragraphs, d.lang), runs) * 1000)
    return {
        "tag_ms_median": round(statistics.median(per_dispatch), 3),
        "tag_ms_p95": round(sorted(per_dispatch)[int(len(per_dispatch) * 0.95)], 3),
        "tag_ms_seed": round(per_dispatch[-1], 3),
    }


def bench_ingest(size: int, runs: int) -> dict:
    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp) / "seeds"
            write(seeds, size)
            config = IngestConfig(seeds=seeds, content=Path(tmp) / "content")
            start = time.perf_counter()
            ingest(config)
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            ingest(config)
            warm.append(time.perf_counter() - start)
    return {
        "dispatches": size,
        "ingest_cold_s": round(statistics.median(cold), 3),
        "ingest_per_s": round(size / statistics.median(cold)),
        "rerun_unchanged_s": round(statistics.median(warm), 3),
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    results = {"tagging": bench_tagging(args.runs), "ingest": []}
    print(
        f"tagging: {results['tagging']['tag_ms_median']} ms per dispatch (median), "
        f"p95 {results['tagging']['tag_ms_p95']} ms, seed {results['tagging']['tag_ms_seed']} ms"
    )
    print(f"{'dispatches':>10} {'ingest s':>9} {'per s':>7} {'rerun s':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        row = bench_ingest(size, args.runs)
        results["ingest"].append(row)
        print(
            f"{row['dispatches']:>10} {row['ingest_cold_s']:>9} {row['ingest_per_s']:>7} {row['rerun_unchanged_s']:>8}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
