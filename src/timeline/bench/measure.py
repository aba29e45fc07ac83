"""Run and time each part of the benchmark, every run in a fresh subprocess.

A fresh process per run keeps the figures apart: each run's peak RSS is its own (the main
process from RUSAGE_SELF, its worker processes from RUSAGE_CHILDREN, which the kernel keeps as
the peak of the largest waited-for descendant), and no model or cache is warm from an earlier
run. The parent calls `run_task`, which starts `python -m timeline.bench.measure TASK SPEC
RESULT` and reads the result back as JSON.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TaskResult = dict[str, Any]


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS in MiB of this process and of its largest finished child (ru_maxrss is KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def run_task(task: str, spec: dict[str, Any], workdir: Path, timeout: float = 3600) -> TaskResult:
    """Run one task in a fresh interpreter and return what it measured."""
    result_path = workdir / f"result-{task}-{time.monotonic_ns()}.json"
    command = [
        sys.executable, "-m", "timeline.bench.measure", task, json.dumps(spec), str(result_path)
    ]  # fmt: skip
    env = dict(os.environ, PYTHONHASHSEED="0")
    # its own session, so a hung run is stopped with its worker processes (by group id)
    process = subprocess.Popen(command, env=env, start_new_session=True)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise TimeoutError(f"benchmark task {task} did not finish in {timeout:.0f} s") from None
    if process.returncode != 0 or not result_path.exists():
        raise RuntimeError(f"benchmark task {task} failed (exit {process.returncode})")
    result: TaskResult = json.loads(result_path.read_text(encoding="utf-8"))
    result_path.unlink()
    return result


# ---- tasks: each runs inside its own subprocess -------------------------------------------------


def floor_task(spec: dict[str, Any]) -> TaskResult:
    """spaCy alone: `nlp.pipe` over the corpus texts in one process, nothing else timed.

    The texts are read the way a build reads them (ingest), before the clock starts.
    """
    from timeline.ingest import IngestOptions, iter_inputs
    from timeline.models import Article
    from timeline.nlp import NLP_BATCH_SIZE, load_pipeline

    texts = [a.text for a in iter_inputs(spec["inputs"], IngestOptions()) if isinstance(a, Article)]
    nlp = load_pipeline()
    started = time.perf_counter()
    sentences = 0
    for doc in nlp.pipe(texts, batch_size=NLP_BATCH_SIZE):
        sentences += sum(1 for _ in doc.sents)
    seconds = time.perf_counter() - started
    main, _ = peak_rss_mb()
    return {
        "articles": len(texts),
        "sentences": sentences,
        "seconds": seconds,
        "articles_per_s": len(texts) / seconds,
        "sentences_per_s": sentences / seconds,
        "rss_main_mb": main,
    }


def _build_once(inputs: list[str], out: Path, engine: str, workers: int, cache: Path) -> TaskResult:
    import pyarrow.parquet as pq

    import timeline
    from timeline.extraction import BuildOptions

    options = BuildOptions(workers=workers, engine=engine, cache=cache)
    started = time.perf_counter()
    result = timeline.build(inputs, out, options)
    wall = time.perf_counter() - started
    articles = pq.read_table(out / "articles.parquet", columns=["n_sentences"])
    sentences = int(sum(v for v in articles.column("n_sentences").to_pylist() if v))
    counts = result.counts()
    return {
        "engine": engine,
        "workers": workers,
        "wall_s": wall,
        "counts": counts,
        "sentences": sentences,
        "stage_s": dict(result.seconds),
        "articles_per_s": counts.get("inputs", 0) / wall,
        "sentences_per_s": sentences / wall,
        "mentions_per_s": counts.get("mentions", 0) / wall,
        "events_per_s": counts.get("events", 0) / wall,
    }


def build_task(spec: dict[str, Any]) -> TaskResult:
    """One `timeline.build` with a fresh cache: wall time, counts, stages and peak RSS."""
    result = _build_once(
        spec["inputs"], Path(spec["out"]), spec["engine"], spec["workers"], Path(spec["cache"])
    )
    main, worker = peak_rss_mb()
    result["rss_main_mb"] = main
    result["rss_worker_mb"] = worker if spec["workers"] > 1 or spec["engine"] != "local" else None
    return result


def dedup_generate_task(spec: dict[str, Any]) -> TaskResult:
    """Write the synthetic staged mentions and their books (kept out of the timed process)."""
    from timeline.bench.synthetic import write_synthetic

    started = time.perf_counter()
    made = write_synthetic(spec["mentions"], Path(spec["folder"]), seed=spec.get("seed", 7))
    made["generate_s"] = time.perf_counter() - started
    return made


def dedup_reduce_task(spec: dict[str, Any]) -> TaskResult:
    """`reduce_build` over the staged mentions into an OutputWriter, then commit: timed."""
    from timeline.bench.synthetic import load_books
    from timeline.reduce import reduce_build
    from timeline.store.parquet import OutputWriter

    folder = Path(spec["folder"])
    loaded = time.perf_counter()
    books = load_books(folder)
    load_s = time.perf_counter() - loaded
    out = folder / "out"
    started = time.perf_counter()
    with OutputWriter(out) as writer:
        counts = reduce_build(books, writer)
        writer.commit({"tool": "timeline-bench", "counts": counts})
    seconds = time.perf_counter() - started
    main, _ = peak_rss_mb()
    shutil.rmtree(out, ignore_errors=True)
    return {
        "mentions": counts["mentions"],
        "events": counts["events"],
        "articles": counts["articles_ok"],
        "seconds": seconds,
        "books_load_s": load_s,
        "stage_s": dict(books.seconds),
        "rss_main_mb": main,
    }


def incremental_task(spec: dict[str, Any]) -> TaskResult:
    """Full build with a cache, rebuild with 1% more articles, and a clean build to compare."""
    workdir = Path(spec["workdir"])
    engine, workers = spec["engine"], spec["workers"]
    cache = workdir / "incremental-cache.sqlite"
    full = _build_once(spec["inputs"], workdir / "inc-full", engine, workers, cache)
    all_inputs = [*spec["inputs"], *spec["added"]]
    rebuild = _build_once(all_inputs, workdir / "inc-rebuild", engine, workers, cache)
    clean = _build_once(
        all_inputs, workdir / "inc-clean", engine, workers, workdir / "incremental-clean.sqlite"
    )
    same, detail = same_output(workdir / "inc-rebuild", workdir / "inc-clean")
    return {
        "full": full,
        "rebuild": rebuild,
        "clean": clean,
        "ratio": rebuild["wall_s"] / full["wall_s"],
        "identical": same,
        "detail": detail,
    }


def same_output(a: Path, b: Path) -> tuple[bool, str]:
    """Whether two builds hold the same events and mentions (pandas, rows in id order)."""
    import pandas as pd

    def frame(path: Path, key: str) -> pd.DataFrame:
        table = pd.read_parquet(path)
        for column in table.columns:
            if table[column].dtype == object:
                table[column] = table[column].map(
                    lambda v: tuple(v) if hasattr(v, "__len__") and not isinstance(v, str) else v
                )
        return table.sort_values(key).reset_index(drop=True)

    for name, key in (("events", "event_id"), ("mentions.parquet", "mention_id")):
        left, right = frame(a / name, key), frame(b / name, key)
        try:
            pd.testing.assert_frame_equal(left, right, check_categorical=False)
        except AssertionError as exc:
            first = " ".join(str(exc).split())[:300]
            return False, f"{name} differ ({len(left)} vs {len(right)} rows): {first}"
    return True, "events and mentions identical"


def screen_task(spec: dict[str, Any]) -> TaskResult:
    """Base articles whose extraction does not finish in `seconds` (a hang in the extractor).

    Found while benchmarking: `frames._noun_frame` (now `noun_finder`) looped forever when an
    event noun's chain of heads reached a root that is not a verb (spaCy makes a new Token on
    each `.head`, so the `is` test that should stop it never does). Such bases are left out of
    the corpus and counted in the table, so the other figures can still be measured.
    """
    from timeline.bench.corpus import load_bases
    from timeline.extraction import BuildOptions, Extraction
    from timeline.models import Article

    def give_up(*_: object) -> None:
        raise TimeoutError

    extraction = Extraction(BuildOptions())
    signal.signal(signal.SIGALRM, give_up)
    hanging: list[int] = []
    for index, base in enumerate(load_bases()):
        text = "\n\n".join(" ".join(p) for p in base.paragraphs)
        article = Article(article_id=f"base{index}", input_path="<bench>", text=text,
                          published=base.published, language="en")  # fmt: skip
        signal.alarm(int(spec.get("seconds", 10)))
        try:
            extraction.extractor.extract(article, extraction.nlp(text))
        except TimeoutError:
            hanging.append(index)
        finally:
            signal.alarm(0)
    return {"hanging": hanging}


TASKS: dict[str, Callable[[dict[str, Any]], TaskResult]] = {
    "floor": floor_task,
    "build": build_task,
    "dedup-generate": dedup_generate_task,
    "dedup-reduce": dedup_reduce_task,
    "incremental": incremental_task,
    "screen": screen_task,
}


def main(argv: list[str]) -> int:
    task, spec, result_path = argv
    result = TASKS[task](json.loads(spec))
    Path(result_path).write_text(json.dumps(result, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
