"""Write a build's tables as Parquet into a folder, then swap it into place atomically.

Everything is written to a fresh sibling folder first; only when all files are complete does the
folder replace the previous output, so a killed build never leaves a half-written one behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.models import Article, Event, Mention, Reject
from timeline.store.arrow_schema import arrow_schema, to_table

EVENTS_DIR = "events"
UNKNOWN_PARTITION = "unknown"
EVENT_SCHEMA = arrow_schema(Event)
MENTION_SCHEMA = arrow_schema(Mention)
ARTICLE_SCHEMA = arrow_schema(Article)
REJECT_SCHEMA = arrow_schema(Reject)
OUTPUT_FILES = (
    "events",
    "mentions.parquet",
    "articles.parquet",
    "rejects.parquet",
    "manifest.json",
)


def partition_of(event: Event) -> tuple[str, str]:
    """The Hive partition (year, month) of an event; `unknown` for both without a date."""
    if event.event_date is None:
        return UNKNOWN_PARTITION, UNKNOWN_PARTITION
    return f"{event.event_date.year:04d}", f"{event.event_date.month:02d}"


def _write(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")


def write_events(events: list[Event], folder: Path) -> None:
    """Hive-partitioned `year=YYYY/month=MM/part-0.parquet`, rows sorted by date then id."""
    by_partition: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_partition[partition_of(event)].append(event)
    folder.mkdir(parents=True)
    if not by_partition:
        # an empty build still gives a readable (empty) dataset
        by_partition[(UNKNOWN_PARTITION, UNKNOWN_PARTITION)] = []
    for (year, month), rows in sorted(by_partition.items()):
        rows.sort(key=lambda e: (e.event_date or e.first_seen or dt.date.min, e.event_id))
        part = folder / f"year={year}" / f"month={month}"
        part.mkdir(parents=True)
        _write(to_table(list(rows), EVENT_SCHEMA), part / "part-0.parquet")


def write_output(
    out: Path,
    *,
    events: list[Event],
    mentions: list[Mention],
    articles: list[Article],
    rejects: list[Reject],
    manifest: dict[str, Any],
) -> None:
    """Write every table into a new folder beside `out`, then replace `out` with it."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    try:
        write_events(events, staging / EVENTS_DIR)
        _write(to_table(list(mentions), MENTION_SCHEMA), staging / "mentions.parquet")
        _write(to_table(list(articles), ARTICLE_SCHEMA), staging / "articles.parquet")
        _write(to_table(list(rejects), REJECT_SCHEMA), staging / "rejects.parquet")
        (staging / "manifest.json").write_text(
            json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8"
        )
        _fsync_tree(staging)
        _swap_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def _swap_into_place(staging: Path, out: Path) -> None:
    """Move the finished build to `out` with two renames; the old output stays whole until then.

    Anything else a user keeps in `out` (not one of our output files) is carried over.
    """
    if not out.exists():
        os.replace(staging, out)
        return
    for extra in out.iterdir():
        if extra.name not in OUTPUT_FILES:
            os.replace(extra, staging / extra.name)
    retired = out.parent / f".{out.name}.previous-{staging.name.rsplit('-', 1)[-1]}"
    os.replace(out, retired)
    os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)
