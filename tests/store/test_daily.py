"""The daily table of a build reduced in parts: gathered by month on disk and combined one
month at a time, it equals the parts combined in one go."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

from timeline.store.daily import DAILY_SCHEMA, KEYS, DailyParts, combine


def part(rows: list[tuple[dt.date, str, str, int, int, int, float]]) -> pa.Table:
    names = [*KEYS, "events", "mentions", "goldstein_sum"]
    columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
    events, total = columns["events"], columns["goldstein_sum"]
    columns["goldstein_mean"] = [t / e for t, e in zip(total, events, strict=True)]
    return pa.table(columns).cast(DAILY_SCHEMA)


def read(folder: Path) -> pa.Table:
    table = ds.dataset(folder, partitioning="hive").to_table(columns=DAILY_SCHEMA.names)
    return table.sort_by([(k, "ascending") for k in KEYS])


def test_parts_combined_by_month_equal_one_combine(tmp_path: Path) -> None:
    march, may = dt.date(2024, 3, 2), dt.date(2024, 5, 9)
    first = part([(march, "UKR", "RUS", 4, 1, 2, -10.0), (may, "USA", "CHN", 1, 2, 3, 6.0)])
    second = part([(march, "UKR", "RUS", 4, 2, 2, -20.0), (march, "FRA", "DEU", 2, 1, 1, 3.0)])
    daily = DailyParts(tmp_path / "_scratch")
    for table in (first, second, DAILY_SCHEMA.empty_table()):
        daily.add(table)
    daily.write(tmp_path / "daily")

    written = read(tmp_path / "daily")
    assert written.equals(combine([first, second]))
    same_day = written.filter(pa.compute.equal(written.column("source_country"), "UKR"))
    assert same_day.column("events").to_pylist() == [3]  # one row from two parts
    assert same_day.column("goldstein_mean").to_pylist() == [-10.0]
    months = sorted(
        p.relative_to(tmp_path / "daily").as_posix() for p in (tmp_path / "daily").glob("*/*")
    )
    assert months == ["year=2024/month=03", "year=2024/month=05"]
    assert not (tmp_path / "_scratch").exists() or not any((tmp_path / "_scratch").iterdir())


def test_no_parts_give_one_empty_readable_partition(tmp_path: Path) -> None:
    daily = DailyParts(tmp_path / "_scratch")
    daily.write(tmp_path / "daily")
    assert (tmp_path / "daily" / "year=unknown" / "month=unknown" / "part-0.parquet").exists()
