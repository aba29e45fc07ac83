"""Event deduplication: mentions of the same happening become one event.

The work is done on columns (`clusters`, `event_table`) so that a build clusters millions of
mentions in seconds, reading its staged mentions in batches: once for the clustering keys, once
for the rows that represent an event, once to give every mention its event id. Only the keys
and the events are ever whole in memory. `cluster_events` wraps it for records (one article,
notebooks, tests).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from timeline.dedup.carriers import CarriersOf, held
from timeline.dedup.clusters import KEY_COLUMNS, cluster_mentions
from timeline.dedup.event_table import (
    REP_COLUMNS,
    SourceInfo,
    carrier_frame,
    event_table,
    own_carriers,
    representatives,
)
from timeline.models import Event, Mention
from timeline.store.arrow_schema import to_table
from timeline.store.parquet import MENTION_SCHEMA
from timeline.store.scatter import Scatter

__all__ = ["SourceInfo", "by_mention_id", "cluster_events", "dedup_batches", "linked"]

Batches = Callable[[Sequence[str] | None], Iterable[pa.Table]]  # columns -> tables in row order


def _frame(tables: Iterable[pa.Table], columns: Sequence[str]) -> pl.DataFrame:
    parts = list(tables)
    table = pa.concat_tables(parts) if parts else MENTION_SCHEMA.empty_table().select(columns)
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame


def dedup_batches(batches: Batches, carriers_of: CarriersOf) -> tuple[pa.Table, pl.DataFrame]:
    """The events of the mentions that `batches` yields, and `members` (idx, event_id) sorted
    by idx: the event of the idx-th mention. `carriers_of` gives the carriers of article ids."""
    columns = [*KEY_COLUMNS, "article_id"]
    keys = _frame(batches(columns), columns)
    members, clusters = cluster_mentions(keys.select(KEY_COLUMNS))
    reps = representatives(batches(REP_COLUMNS), clusters)
    keys = keys.select("mention_id", "article_id").with_row_index("idx")
    carriers = carriers_of(keys.get_column("article_id").unique())
    events = event_table(keys, reps, members, clusters, carriers)
    event_ids = clusters.get_column("event_id").gather(members.get_column("cluster"))
    return events, members.with_columns(event_ids.alias("event_id"))


def _with_event_ids(table: pa.Table, event_ids: pl.Series) -> pa.Table:
    index = table.schema.get_field_index("event_id")
    return table.set_column(
        index, table.schema.field(index), event_ids.to_arrow().cast(pa.string())
    )


def linked(tables: Iterable[pa.Table], members: pl.DataFrame) -> Iterator[pa.Table]:
    """The mentions that `tables` yield (in the row order `members` numbers), with event ids."""
    event_ids = members.get_column("event_id")
    offset = 0
    for table in tables:
        yield _with_event_ids(table, event_ids.slice(offset, table.num_rows))
        offset += table.num_rows


SORT_IN_MEMORY_ROWS = 50_000  # fewer mentions than this are sorted without scratch files


def by_mention_id(tables: Iterable[pa.Table], scratch: Path, rows: int) -> Iterator[pa.Table]:
    """The rows of `tables` (about `rows`, at most) in mention-id order: in memory when few,
    else a bucket of about SORT_IN_MEMORY_ROWS at a time.

    Buckets are ranges of ids (cut where hexadecimal ids spread evenly), so each is sorted
    alone and the buckets in order make the whole table sorted, however big the build.
    """
    count = math.ceil(rows / SORT_IN_MEMORY_ROWS)
    if count <= 1:
        parts = list(tables)
        if parts:
            yield pa.concat_tables(parts).sort_by("mention_id")
        return
    bounds = np.array([f"{i * 256 // count:02x}" for i in range(1, count)], dtype=object)
    scatter = Scatter(scratch)
    try:
        for table in tables:
            prefixes = pc.utf8_slice_codeunits(table.column("mention_id"), 0, 2)
            ranges = np.searchsorted(bounds, prefixes.to_numpy(zero_copy_only=False), "right")
            scatter.add(table, pa.array(ranges, pa.int32()))
        for bucket in scatter.whole_buckets():
            yield bucket.sort_by("mention_id")
    finally:
        scatter.close()


def cluster_events(
    mentions: Iterable[Mention], sources: dict[str, list[SourceInfo]]
) -> tuple[list[Event], list[Mention]]:
    """Merge mentions into events; returns the events and the mentions with their event_id.

    `sources` maps a kept article's id to every article that carries it (itself and its
    duplicates), so syndicated copies count as extra articles and sources.
    """
    table = to_table(list(mentions), MENTION_SCHEMA)

    def batches(columns: Sequence[str] | None) -> list[pa.Table]:
        return [table if columns is None else table.select(list(columns))]

    known = carrier_frame(sources)
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    carriers = pl.concat([known, own_carriers(frame, known)])
    events, members = dedup_batches(batches, held(carriers))
    linked = _with_event_ids(table, members.get_column("event_id")).sort_by("mention_id")
    return (
        [Event.model_validate(row) for row in events.to_pylist()],
        [Mention.model_validate(row) for row in linked.to_pylist()],
    )
