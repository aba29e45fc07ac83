"""The benchmark's one table: every figure with its target and PASS/FAIL, as text and JSON.

Plain text (not rich) so the same table pastes unchanged into docs/benchmark.md.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Row:
    """One line of the table; `target` and `passed` are empty for figures without a target."""

    section: str
    metric: str
    value: str
    target: str = ""
    passed: bool | None = None

    @property
    def status(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "FAIL")


def fmt(value: float | None, digits: int = 2) -> str:
    """A number as the table shows it; '-' when there is none."""
    return "-" if value is None else f"{value:,.{digits}f}"


def format_table(rows: list[Row]) -> str:
    """Aligned plain-text columns: section, metric, value, target, status."""
    header = ("section", "metric", "value", "target", "status")
    cells = [header, *[(r.section, r.metric, r.value, r.target, r.status) for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row).rstrip() for row in cells[1:])])


def build_rows(results: dict[str, Any]) -> list[Row]:
    """The table's rows from the measured results (any section may be missing)."""
    rows: list[Row] = []
    corpus = results.get("corpus")
    if corpus:
        check = corpus["variation"]
        rows += [
            Row("corpus", "articles (files)", f"{corpus['articles']:,} ({corpus['files']})"),
            Row(
                "corpus",
                "base articles varied (left out: extractor hangs)",
                f"{corpus['bases']} ({corpus.get('excluded_hanging', 0)})",
                "0 hangs",
                corpus.get("excluded_hanging", 0) == 0,
            ),
            Row(
                "corpus",
                f"SimHash distance between copies ({check['pairs']} pairs), min / mean",
                f"{check['min_distance']} / {check['mean_distance']:.1f}",
                f"> {check['threshold']}",
                check["min_distance"] > check["threshold"],
            ),
        ]
    floor = results.get("floor")
    if floor:
        rows += [
            Row("floor", "spaCy nlp.pipe articles/s", fmt(floor["articles_per_s"])),
            Row("floor", "spaCy nlp.pipe sentences/s", fmt(floor["sentences_per_s"], 1)),
            Row("floor", "peak RSS (MiB)", fmt(floor["rss_main_mb"], 0)),
        ]
    for run in results.get("builds", []):
        name = f"{run['engine']} x{run['workers']}"
        stages = run["stage_s"]
        counts = run["counts"]
        worker = run.get("rss_worker_mb")
        share = counts.get("duplicates", 0) / max(1, counts.get("inputs", 0))
        rows += [
            Row(name, "wall seconds", fmt(run["wall_s"], 1)),
            Row(name, "articles/s", fmt(run["articles_per_s"])),
            Row(name, "sentences/s", fmt(run["sentences_per_s"], 1)),
            Row(name, "mentions/s / events/s",
                f"{fmt(run['mentions_per_s'])} / {fmt(run['events_per_s'])}"),
            Row(name, "s ingest / nlp* / extract+normalise* / dedup / store",
                " / ".join(fmt(stages.get(k, 0.0), 1)
                           for k in ("ingest", "nlp", "extract", "dedup", "store"))),
            Row(name, "articles flagged duplicate", f"{counts.get('duplicates', 0)} ({share:.1%})"),
            Row(name, "peak RSS main / largest worker (MiB)",
                f"{fmt(run['rss_main_mb'], 0)} / {fmt(worker, 0)}"),
        ]  # fmt: skip
    for name in results.get("timeouts", []):
        rows.append(Row(name, "build", "timed out", "finishes", False))
    ratios = results.get("ratios", {})
    for key, label, target in (
        ("build2_over_floor", "build (2 workers) / floor, articles/s", 1.5),
        ("w2_over_w1", "local 2 workers / 1 worker, articles/s", 1.7),
        ("dask2_over_local2", "dask 2 workers / local 2 workers, articles/s", None),
    ):
        if key in ratios:
            value = ratios[key]
            passed = None if target is None else value >= target
            rows.append(Row("ratios", label, fmt(value), f">= {target}" if target else "", passed))
    dedup = results.get("dedup")
    if dedup:
        rows += [
            Row("dedup+store", "mentions -> events (articles)",
                f"{dedup['mentions']:,} -> {dedup['events']:,} ({dedup['articles']:,})"),
            Row("dedup+store", "reduce_build + commit seconds", fmt(dedup["seconds"], 1),
                "< 30", dedup["seconds"] < 30),
            Row("dedup+store", "s dedup / store",
                " / ".join(fmt(dedup["stage_s"].get(k), 1) for k in ("dedup", "store"))),
            Row("dedup+store", "peak RSS (MiB)", fmt(dedup["rss_main_mb"], 0),
                "< 2048", dedup["rss_main_mb"] < 2048),
        ]  # fmt: skip
    incremental = results.get("incremental")
    if incremental:
        rows += [
            Row("incremental", "full build / rebuild +1% seconds",
                f"{fmt(incremental['full']['wall_s'], 1)} / "
                f"{fmt(incremental['rebuild']['wall_s'], 1)}"),
            Row("incremental", "rebuild / full build", fmt(incremental["ratio"], 3),
                "< 0.10", incremental["ratio"] < 0.10),
            Row("incremental", "rebuild output == clean build",
                "yes" if incremental["identical"] else f"no: {incremental['detail'][:80]}",
                "identical", bool(incremental["identical"])),
        ]  # fmt: skip
    return rows


def write_json(path: Path, results: dict[str, Any], rows: list[Row]) -> None:
    """The results and the same table's rows, for `--compare` and for the record."""
    payload = {**results, "table": [{**asdict(r), "status": r.status} for r in rows]}
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")


def _rss_by_process(results: dict[str, Any]) -> dict[str, float]:
    found: dict[str, float] = {}
    if results.get("floor"):
        found["floor main"] = results["floor"]["rss_main_mb"]
    for run in results.get("builds", []):
        name = f"{run['engine']} x{run['workers']}"
        found[f"{name} main"] = run["rss_main_mb"]
        if run.get("rss_worker_mb"):
            found[f"{name} worker"] = run["rss_worker_mb"]
    return found


def compare_rows(a: dict[str, Any], b: dict[str, Any], tolerance: float = 0.10) -> list[Row]:
    """Peak RSS per process of run B over run A (e.g. 100,000 over 10,000 articles)."""
    left, right = _rss_by_process(a), _rss_by_process(b)
    n_a = a.get("corpus", {}).get("articles", "?")
    n_b = b.get("corpus", {}).get("articles", "?")
    rows = []
    for name in sorted(left.keys() & right.keys()):
        ratio = right[name] / left[name]
        rows.append(
            Row(
                "memory flat",
                f"{name} peak RSS, {n_b} / {n_a} articles",
                f"{fmt(right[name], 0)} / {fmt(left[name], 0)} = {ratio:.3f}",
                f"<= {1 + tolerance:.2f}",
                ratio <= 1 + tolerance,
            )
        )
    return rows
