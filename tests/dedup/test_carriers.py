"""Carriers kept on disk give back exactly the copies of the articles asked for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from timeline.dedup.carriers import CarrierFile, held
from timeline.dedup.event_table import CARRIER_SCHEMA


def carriers() -> pl.DataFrame:
    rows = [
        ("a", "a", "in.jsonl:1", "Wire", "https://w/1", dt.date(2024, 1, 2)),
        ("a", "a2", "in.jsonl:2", "Post", "https://p/1", dt.date(2024, 1, 3)),
        ("b", "b", "in.jsonl:3", None, None, None),
        ("c", "c", "in.jsonl:4", "Wire", "https://w/2", dt.date(2024, 2, 1)),
    ]
    return pl.DataFrame(rows, schema=CARRIER_SCHEMA, orient="row")


def test_only_the_copies_of_the_ids_asked_for(tmp_path: Path) -> None:
    stored = CarrierFile(tmp_path / "carriers.arrows")
    assert stored.of(pl.Series(["a"])).height == 0  # nothing written yet
    stored.add(carriers().head(2))
    stored.add(carriers().tail(2))
    stored.close()
    found = stored.of(pl.Series(["a", "c", "zzz"]))
    assert found.schema == pl.Schema(CARRIER_SCHEMA)
    assert found.get_column("where").to_list() == ["in.jsonl:1", "in.jsonl:2", "in.jsonl:4"]
    assert stored.of(pl.Series([], dtype=pl.String)).height == 0
    assert stored.of(pl.Series(["b"])).row(0) == ("b", "b", "in.jsonl:3", None, None, None)


def test_held_carriers_are_all_given() -> None:
    frame = carriers()
    assert held(frame)(pl.Series(["a"])).equals(frame)
