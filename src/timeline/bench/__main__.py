"""`python -m timeline.bench`: throughput, scaling, dedup at scale, incremental rebuilds, memory.

A script, not a test: it prints one table with every figure and its target, and writes the same
to `--json`. Every measured run happens in its own subprocess (see measure.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from timeline.bench.corpus import check_variation, load_bases, write_corpus
from timeline.bench.measure import run_task
from timeline.bench.report import build_rows, compare_rows, format_table, write_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m timeline.bench", description=__doc__)
    parser.add_argument("--articles", type=int, default=1000, help="corpus size N")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma separated")
    parser.add_argument("--engines", default="local,dask", help="engines, comma separated")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--skip-floor", action="store_true", help="skip the spaCy-only floor")
    parser.add_argument(
        "--dedup-mentions", type=int, default=1_000_000, help="synthetic mentions (0 skips)"
    )
    parser.add_argument(
        "--incremental", choices=("on", "off"), default="on", help="measure a +1%% rebuild"
    )
    parser.add_argument(
        "--screen", choices=("on", "off"), default="on",
        help="leave out base articles the extractor hangs on (see measure.screen_task)",
    )  # fmt: skip
    parser.add_argument("--timeout", type=float, default=900, help="seconds per build run")
    parser.add_argument("--workdir", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument(
        "--compare", nargs=2, type=Path, metavar=("A.json", "B.json"),
        help="only compare peak RSS per process of two earlier runs' JSON files",
    )  # fmt: skip
    return parser


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """Every part of the benchmark, in order; returns the results for the table."""
    workers = [int(w) for w in _csv(args.workers)]
    engines = _csv(args.engines)
    results: dict[str, Any] = {
        "config": {
            "articles": args.articles, "workers": workers, "engines": engines,
            "dedup_mentions": args.dedup_mentions, "incremental": args.incremental,
        },
    }  # fmt: skip
    _say(f"building a corpus of {args.articles} articles in {workdir}")
    bases = load_bases()
    hanging: list[int] = []
    if args.screen == "on":
        _say("screening base articles for extractor hangs (10 s each at most)")
        hanging = run_task("screen", {"seconds": 10}, workdir)["hanging"]
        bases = [b for i, b in enumerate(bases) if i not in set(hanging)]
    files = write_corpus(bases, workdir / "corpus", 0, args.articles)
    inputs = [str(f) for f in files]
    check = check_variation(bases)
    results["corpus"] = {
        "articles": args.articles,
        "files": len(files),
        "bases": len(bases),
        "excluded_hanging": len(hanging),
        "variation": {**vars(check), "threshold": check.threshold},
    }

    if not args.skip_floor:
        _say("floor: spaCy nlp.pipe alone")
        results["floor"] = run_task("floor", {"inputs": inputs}, workdir)
    builds: list[dict[str, Any]] = []
    for engine in engines:
        for count in workers:
            _say(f"build: engine {engine}, {count} worker(s)")
            name = f"{engine}-{count}"
            spec = {
                "inputs": inputs, "engine": engine, "workers": count,
                "out": str(workdir / f"out-{name}"),
                "cache": str(workdir / f"cache-{name}.sqlite"),
            }  # fmt: skip
            try:
                builds.append(run_task("build", spec, workdir, timeout=args.timeout))
            except TimeoutError as exc:
                _say(str(exc))
                results.setdefault("timeouts", []).append(name)
            shutil.rmtree(workdir / f"out-{name}", ignore_errors=True)
    results["builds"] = builds
    results["ratios"] = _ratios(results)

    if args.dedup_mentions > 0:
        folder = workdir / "dedup"
        _say(f"dedup+store: generating {args.dedup_mentions:,} synthetic mentions")
        generated = run_task("dedup-generate", {"mentions": args.dedup_mentions,
                                                "folder": str(folder)}, workdir)  # fmt: skip
        _say("dedup+store: reduce_build")
        results["dedup"] = {**run_task("dedup-reduce", {"folder": str(folder)}, workdir),
                            "generate_s": generated["generate_s"]}  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)

    if args.incremental == "on":
        added = max(1, args.articles // 100)
        extra = write_corpus(bases, workdir / "added", args.articles, added, prefix="added")
        engine = "local" if "local" in engines else engines[0]
        spec = {
            "inputs": inputs, "added": [str(f) for f in extra], "workdir": str(workdir),
            "engine": engine, "workers": max(workers),
        }  # fmt: skip
        _say(f"incremental: full build, +{added} articles rebuild, clean build ({engine})")
        results["incremental"] = run_task("incremental", spec, workdir)
    return results


def _ratios(results: dict[str, Any]) -> dict[str, float]:
    """The three ratios of articles/s the targets are stated in."""
    speed = {(b["engine"], b["workers"]): b["articles_per_s"] for b in results["builds"]}
    ratios: dict[str, float] = {}
    floor = results.get("floor")
    best_two = speed.get(("local", 2), speed.get(("dask", 2)))
    if floor and best_two:
        ratios["build2_over_floor"] = best_two / floor["articles_per_s"]
    if ("local", 1) in speed and ("local", 2) in speed:
        ratios["w2_over_w1"] = speed[("local", 2)] / speed[("local", 1)]
    if ("dask", 2) in speed and ("local", 2) in speed:
        ratios["dask2_over_local2"] = speed[("dask", 2)] / speed[("local", 2)]
    return ratios


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.compare:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        rows = compare_rows(a, b)
        print(format_table(rows))
        return 0 if all(r.passed for r in rows) else 1
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        results = run(args, args.workdir.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="timeline-bench-") as scratch:
            results = run(args, Path(scratch))
    rows = build_rows(results)
    print(format_table(rows))
    if args.json:
        write_json(args.json, results, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
