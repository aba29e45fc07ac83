"""Write an output folder's events as CSV, JSON Lines or GDELT 2.0 records.

CSV and JSONL carry every events column (CSV joins list columns with ';'); `gdelt` writes the 61
tab-separated columns of GDELT's raw export, without a header, so GDELT tooling reads it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from timeline.errors import UsageError
from timeline.exchange.crosswalks import load_crosswalks
from timeline.exchange.gdelt import gdelt_row
from timeline.store.parquet import EVENT_SCHEMA, EVENTS_DIR

FORMATS = ("csv", "jsonl", "gdelt")


def event_rows(folder: Path) -> list[dict[str, Any]]:
    """The folder's events as dicts, in date then id order (undated last)."""
    from timeline.store.validate import read_events

    if not (folder / EVENTS_DIR).is_dir():
        raise UsageError(f"{folder} holds no events/ folder; build or import into it first")
    table = read_events(folder).drop_columns(["year", "month"])
    rows: list[dict[str, Any]] = table.to_pylist()
    rows.sort(key=lambda r: (r["event_date"] is None, r["event_date"] or dt.date.min,
                             r["event_id"]))  # fmt: skip
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@contextmanager
def _opened(target: Path | str) -> Iterator[IO[str]]:
    if str(target) == "-":
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:  # the reader (`| head`) stopped early: not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        yield handle
    partial.replace(path)  # a reader never sees half a file


def export_events(folder: Path, fmt: str, target: Path | str) -> int:
    """Write the events of `folder` to `target` ('-' for standard output); returns the count."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    rows = event_rows(folder)
    columns = [f.name for f in EVENT_SCHEMA]
    with _opened(target) as handle:
        if fmt == "csv":
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
        elif fmt == "jsonl":
            for row in rows:
                record = {c: row.get(c) for c in columns}
                handle.write(json.dumps(record, default=_cell, ensure_ascii=False) + "\n")
        else:
            codes = load_crosswalks()
            for row in rows:
                handle.write("\t".join(gdelt_row(row, codes)) + "\n")
    return len(rows)
