"""`timeline.read`: a build's events as a DataFrame, with filters pushed down to Parquet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from timeline.errors import UsageError
from timeline.store.parquet import EVENTS_DIR
from timeline.store.validate import HIVE

DATE_COLUMNS = ("event_date", "first_seen", "last_seen")
CODE_COLUMNS = (
    "source_country", "source_role", "source_actor_code", "target_country", "target_role",
    "target_actor_code", "cameo_code", "cameo_root", "plover_type", "modality",
    "date_precision", "location_country", "geo_precision",
)  # fmt: skip


def _filter(
    since: dt.date | None,
    until: dt.date | None,
    countries: Iterable[str] | None,
    quad_class: Iterable[int] | None,
) -> ds.Expression | None:
    """One Parquet filter from the options; None when there is nothing to filter."""
    parts: list[ds.Expression] = []
    if since is not None:
        parts.append(ds.field("event_date") >= pa.scalar(since, pa.date32()))
    if until is not None:
        parts.append(ds.field("event_date") <= pa.scalar(until, pa.date32()))
    if countries is not None:
        wanted = pa.array(sorted(set(countries)), pa.string())
        parts.append(
            ds.field("source_country").isin(wanted) | ds.field("target_country").isin(wanted)
        )
    if quad_class is not None:
        parts.append(ds.field("quad_class").isin(pa.array(sorted(set(quad_class)), pa.int64())))
    if not parts:
        return None
    expression = parts[0]
    for part in parts[1:]:
        expression = expression & part
    return expression


def read(
    folder: Path | str,
    *,
    engine: Literal["pandas", "polars"] = "pandas",
    since: dt.date | None = None,
    until: dt.date | None = None,
    countries: Iterable[str] | None = None,
    quad_class: Iterable[int] | None = None,
) -> Any:
    """The events of a build as a pandas (or polars) DataFrame.

    Dates are dates, codes are categoricals, and the filters are applied while reading the
    Parquet files (partitions and row groups that cannot match are not read).

        >>> events = timeline.read("out", since=datetime.date(2024, 1, 1), countries=["PRK"])
    """
    path = Path(folder) / EVENTS_DIR
    if not path.is_dir():
        raise UsageError(f"{folder} holds no events/ folder; build into it first")
    dataset = ds.dataset(path, format="parquet", partitioning=HIVE)
    table = dataset.to_table(filter=_filter(since, until, countries, quad_class))
    table = table.drop_columns([c for c in ("year", "month") if c in table.column_names])
    for name in CODE_COLUMNS:
        index = table.schema.get_field_index(name)
        table = table.set_column(index, name, pc.dictionary_encode(table.column(name)))
    if engine == "polars":
        import polars as pl

        return pl.from_arrow(table)
    if engine != "pandas":
        raise UsageError(f"unknown engine {engine!r}; use 'pandas' or 'polars'")
    frame = table.to_pandas(date_as_object=False)
    return frame.sort_values(["event_date", "event_id"], na_position="last").reset_index(drop=True)
