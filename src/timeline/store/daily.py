"""Dashboard tables: events per day, dyad and QuadClass, so a dashboard reads a small table.

Only events dated to the day are counted (a month or a year is no day); the table is
Hive-partitioned by year and month like the events.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.store.scatter import Scatter

DAILY_DIR = "daily"
KEYS = ["event_date", "source_country", "target_country", "quad_class"]
DAILY_SCHEMA = pa.schema(
    [
        pa.field("event_date", pa.date32(), metadata={"description": "The day."}),
        pa.field("source_country", pa.string(), metadata={"description": "Source country."}),
        pa.field("target_country", pa.string(), metadata={"description": "Target country."}),
        pa.field("quad_class", pa.int64(), metadata={"description": "QuadClass 1 to 4."}),
        pa.field("events", pa.int64(), metadata={"description": "Events that day."}),
        pa.field("mentions", pa.int64(), metadata={"description": "Sum of their num_mentions."}),
        pa.field("goldstein_sum", pa.float64(), metadata={"description": "Sum of Goldstein."}),
        pa.field("goldstein_mean", pa.float64(), metadata={"description": "Mean Goldstein."}),
    ]
)


def daily_table(events: pa.Table) -> pa.Table:
    """Per day, dyad and QuadClass: event and mention counts, Goldstein sum and mean."""
    needed = events.select([*KEYS, "event_id", "num_mentions", "goldstein", "date_precision"])
    dated = needed.filter(pc.equal(needed.column("date_precision"), "day"))
    grouped = dated.group_by(KEYS, use_threads=False).aggregate(
        [
            ("event_id", "count"),
            ("num_mentions", "sum"),
            ("goldstein", "sum"),
            ("goldstein", "mean"),
        ]
    )
    table = pa.table(
        {
            "event_date": grouped.column("event_date"),
            "source_country": grouped.column("source_country"),
            "target_country": grouped.column("target_country"),
            "quad_class": grouped.column("quad_class"),
            "events": grouped.column("event_id_count"),
            "mentions": grouped.column("num_mentions_sum"),
            "goldstein_sum": grouped.column("goldstein_sum"),
            "goldstein_mean": grouped.column("goldstein_mean"),
        }
    ).cast(DAILY_SCHEMA)
    return table.sort_by([(k, "ascending") for k in KEYS])


def combine(parts: list[pa.Table]) -> pa.Table:
    """One daily table from the daily tables of parts of a build (a day and dyad may have
    events in several parts)."""
    if not parts:
        return DAILY_SCHEMA.empty_table()
    grouped = (
        pa.concat_tables(parts)
        .group_by(KEYS, use_threads=False)
        .aggregate([("events", "sum"), ("mentions", "sum"), ("goldstein_sum", "sum")])
    )
    events = grouped.column("events_sum")
    total = grouped.column("goldstein_sum_sum")
    table = pa.table(
        {
            **{key: grouped.column(key) for key in KEYS},
            "events": events,
            "mentions": grouped.column("mentions_sum"),
            "goldstein_sum": total,
            "goldstein_mean": pc.divide(total, pc.cast(events, pa.float64())),
        }
    ).cast(DAILY_SCHEMA)
    return table.sort_by([(k, "ascending") for k in KEYS])


def _month_of(table: pa.Table) -> pa.Array:
    """Each row's year and month as one number (202403), the daily table's partition."""
    dates = table.column("event_date")
    return pc.add(pc.multiply(pc.year(dates), 100), pc.month(dates)).combine_chunks()


def write_daily(table: pa.Table, folder: Path) -> None:
    """`daily/year=YYYY/month=MM/part-0.parquet` of a daily table (see `daily_table`); an
    empty build gets one empty partition."""
    folder.mkdir(parents=True, exist_ok=True)
    if table.num_rows == 0:
        part = folder / "year=unknown" / "month=unknown"
        part.mkdir(parents=True)
        pq.write_table(table, part / "part-0.parquet", compression="zstd")
        return
    months = _month_of(table)
    for month in sorted(set(months.to_pylist())):
        part = folder / f"year={month // 100:04d}" / f"month={month % 100:02d}"
        part.mkdir(parents=True)
        rows = table.filter(pc.equal(months, month))
        pq.write_table(rows, part / "part-0.parquet", compression="zstd")


class DailyParts:
    """The daily tables of the parts of a build, gathered on disk by month and combined one
    month at a time: a day and dyad may have events in several parts, and holding every
    part until the end would grow with the build."""

    def __init__(self, scratch: Path) -> None:
        self._months = Scatter(scratch)

    def add(self, part: pa.Table) -> None:
        if part.num_rows:
            self._months.add(part, _month_of(part))

    def write(self, folder: Path) -> None:
        """The combined daily table, written as `write_daily` does; the scratch is removed."""
        try:
            written = False
            for month in self._months.whole_buckets():
                write_daily(combine([month]), folder)
                written = True
            if not written:
                write_daily(DAILY_SCHEMA.empty_table(), folder)
        finally:
            self._months.close()
