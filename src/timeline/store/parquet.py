"""Write a build's tables as Parquet into a folder, then swap it into place atomically.

Everything is written to a fresh sibling folder first; only when all files are complete does the
folder replace the previous output, so a killed build never leaves a half-written one behind.
"""

from __future__ import annotations

import ctypes
import errno
import itertools
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.models import Article, Event, Mention, Reject
from timeline.store.arrow_schema import arrow_schema, to_table
from timeline.store.daily import DAILY_DIR, daily_table, write_daily

EVENTS_DIR = "events"
OWNER_FILE = "_owner.pid"  # scratch: marks a staging folder as a live build's until the swap
UNKNOWN_PARTITION = "unknown"
EVENT_SCHEMA = arrow_schema(Event)
MENTION_SCHEMA = arrow_schema(Mention)
ARTICLE_SCHEMA = arrow_schema(Article)
REJECT_SCHEMA = arrow_schema(Reject)
OUTPUT_FILES = (
    DAILY_DIR,
    "events",
    "mentions.parquet",
    "articles.parquet",
    "rejects.parquet",
    "manifest.json",
)


def conform_events(table: pa.Table) -> pa.Table:
    """`table` in EVENT_SCHEMA: its columns cast, a column it lacks at the model's default (an
    older folder has no `source_system`; built events carry no `source_event_id`)."""
    columns = []
    for field in EVENT_SCHEMA:
        if field.name in table.schema.names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            default = Event.model_fields[field.name].get_default(call_default_factory=True)
            columns.append(pa.array([default] * table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=EVENT_SCHEMA)


def _write(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")


def _stored_order(events: pa.Table) -> tuple[pa.Table, np.ndarray]:
    """Events sorted by partition, date (or first seen) and id, and where partitions start."""
    date = events.column("event_date")
    year, month = pc.year(date), pc.month(date)
    day = pc.coalesce(date, events.column("first_seen"))
    keyed = pa.table({"y": year, "m": month, "d": day, "id": events.column("event_id")})
    order = pc.sort_indices(
        keyed,
        sort_keys=[(name, "ascending", "at_end") for name in keyed.column_names],
    )
    if not pc.all(pc.equal(order, pa.array(range(len(order)), order.type))).as_py():
        events, keyed = events.take(order), keyed.take(order)
    partition = pc.fill_null(pc.add(pc.multiply(keyed.column("y"), 100), keyed.column("m")), -1)
    values = partition.to_numpy()
    starts = np.flatnonzero(np.diff(values)) + 1
    return events, np.concatenate([[0], starts, [len(values)]])


def write_events(events: pa.Table | Sequence[Event], folder: Path, part: int = 0) -> None:
    """Hive-partitioned `year=YYYY/month=MM/part-N.parquet`, rows sorted by date then id.

    A build too big for one pass writes its events in several parts (one per dyad bucket).
    """
    if not isinstance(events, pa.Table):
        events = to_table(list(events), EVENT_SCHEMA)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"part-{part}.parquet"
    if events.num_rows == 0:  # an empty build still gives a readable (empty) dataset
        empty = folder / f"year={UNKNOWN_PARTITION}" / f"month={UNKNOWN_PARTITION}"
        empty.mkdir(parents=True, exist_ok=True)
        _write(events, empty / name)
        return
    ordered, bounds = _stored_order(events)
    for start, end in itertools.pairwise(bounds):
        rows = ordered.slice(int(start), int(end - start))
        date = rows.column("event_date")[0].as_py()
        year, month = (
            (f"{date.year:04d}", f"{date.month:02d}")
            if date is not None
            else (UNKNOWN_PARTITION, UNKNOWN_PARTITION)
        )
        partition = folder / f"year={year}" / f"month={month}"
        partition.mkdir(parents=True, exist_ok=True)
        _write(rows, partition / name)


class OutputWriter:
    """Stages a build's files in a fresh folder beside `out`, then swaps them into place.

    Files whose names start with '_' are the build's scratch space, removed before the swap.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._remove_abandoned()
        self.staging = Path(
            tempfile.mkdtemp(prefix=f".{self.out.name}.building-", dir=self.out.parent)
        )
        (self.staging / OWNER_FILE).write_text(str(os.getpid()), encoding="utf-8")

    def _remove_abandoned(self) -> None:
        """What killed builds left beside `out` is tidied: their staging folders are removed,
        a user's files they were carrying go back into `out`, and an output retired by a build
        killed between its two renames (where no atomic exchange exists) is put back."""
        name = self.out.name
        retired = sorted(self.out.parent.glob(f".{name}.previous-*"))
        if retired and not self.out.exists():
            os.replace(retired.pop(), self.out)
        for folder in retired:
            shutil.rmtree(folder, ignore_errors=True)
        for folder in self.out.parent.glob(f".{name}.building-*"):
            try:
                owner: int | None = int((folder / OWNER_FILE).read_text(encoding="utf-8"))
            except FileNotFoundError:
                owner = None
            except (OSError, ValueError):
                continue  # not ours to judge: leave it
            if owner is None:
                # no owner: a previous output swapped out (it has a manifest), or an empty probe
                if not (folder / "manifest.json").exists() and any(folder.iterdir()):
                    continue
            elif _alive(owner):
                continue
            _carry_back(folder, self.out)
            shutil.rmtree(folder, ignore_errors=True)

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:  # Ctrl-C or an error, perhaps in the middle of the swap
            try:
                self._remove_abandoned()  # puts back an output retired by a swap cut short
                _carry_back(self.staging, self.out)  # and a user's files it was carrying
            except OSError:
                pass  # the next build tries again; the original error matters more
            shutil.rmtree(self.staging, ignore_errors=True)

    def write_table(self, name: str, table: pa.Table) -> None:
        _write(table, self.staging / name)

    def write_tables(self, name: str, schema: pa.Schema, tables: Iterable[pa.Table]) -> int:
        """One Parquet file from tables that arrive one at a time; returns the rows written."""
        rows = 0
        with pq.ParquetWriter(self.staging / name, schema, compression="zstd") as writer:
            for table in tables:
                writer.write_table(table.cast(schema))
                rows += table.num_rows
        return rows

    def write_events(self, events: pa.Table | Sequence[Event]) -> None:
        """The events, and the daily dashboard table derived from them."""
        if not isinstance(events, pa.Table):
            events = to_table(list(events), EVENT_SCHEMA)
        write_events(events, self.staging / EVENTS_DIR)
        write_daily(daily_table(events), self.staging / DAILY_DIR)

    def write_event_part(self, events: pa.Table, part: int) -> None:
        """One part of the events of a build written in parts (see `write_events`)."""
        write_events(events, self.staging / EVENTS_DIR, part)

    def commit(self, manifest: dict[str, Any]) -> None:
        """Write the manifest last, then make the staged build the output."""
        for scratch in self.staging.glob("_*"):
            if scratch.name == OWNER_FILE:
                continue  # kept until the swap, so a kill before it leaves a folder we can judge
            if scratch.is_dir():
                shutil.rmtree(scratch)
            else:
                scratch.unlink()
        (self.staging / "manifest.json").write_text(
            json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8"
        )
        _fsync_tree(self.staging)
        _swap_into_place(self.staging, self.out)
        (self.out / OWNER_FILE).unlink(missing_ok=True)


def write_output(
    out: Path,
    *,
    events: list[Event],
    mentions: list[Mention],
    articles: list[Article],
    rejects: list[Reject],
    manifest: dict[str, Any],
) -> None:
    """Write every table of a build held in memory (small builds, tests) atomically."""
    with OutputWriter(out) as writer:
        writer.write_events(events)
        writer.write_table("mentions.parquet", to_table(list(mentions), MENTION_SCHEMA))
        writer.write_table("articles.parquet", to_table(list(articles), ARTICLE_SCHEMA))
        writer.write_table("rejects.parquet", to_table(list(rejects), REJECT_SCHEMA))
        writer.commit(manifest)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def _carry_back(folder: Path, out: Path) -> None:
    """A user's files that an abandoned staging folder was carrying over go back into `out`."""
    if not out.is_dir():
        return
    for entry in folder.iterdir():
        name = entry.name
        if name not in OUTPUT_FILES and not name.startswith("_") and not (out / name).exists():
            os.replace(entry, out / name)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE); False when this
    system or file system cannot, so the caller falls back to two renames."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, rename_exchange = -100, 2
    if renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _swap_into_place(staging: Path, out: Path) -> None:
    """Make the finished build `out` in one atomic exchange, so at every moment `out` is a
    whole build, the previous one or this one. Without an atomic exchange, two renames: a
    build killed between them leaves the previous output beside `out`, and the next build
    puts it back.

    Anything else a user keeps in `out` (not one of our output files) is carried over.
    """
    if not out.exists():
        os.replace(staging, out)
        return
    for extra in out.iterdir():
        if extra.name not in OUTPUT_FILES and extra.name != OWNER_FILE:
            os.replace(extra, staging / extra.name)
    retired = out.parent / f".{out.name}.previous-{staging.name.rsplit('-', 1)[-1]}"
    if _exchange(staging, out):
        os.replace(staging, retired)  # the previous output, now at the staging path
    else:
        os.replace(out, retired)
        os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)
