"""Scatter buckets keep each bucket's rows in the order they were added, read back whole or
in joined-up parts, with only the columns asked for."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

import timeline.store.scatter as scatter_module
from timeline.store.scatter import Scatter, read_bucket, read_whole_bucket


def test_rows_meet_in_their_bucket_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scatter_module, "READ_ROWS", 7)
    scatter = Scatter(tmp_path / "scratch")
    for start in range(0, 60, 6):  # ten small adds, rows spread over three buckets
        numbers = list(range(start, start + 6))
        table = pa.table({"n": numbers, "label": [f"row {n}" for n in numbers]})
        scatter.add(table, pa.array([n % 3 for n in numbers], pa.int32()))
    found = {}
    for key, path in scatter.buckets():
        parts = list(read_bucket(path, ["n"]))
        assert all(part.column_names == ["n"] for part in parts)
        assert all(part.num_rows >= 7 for part in parts[:-1])  # small writes joined up
        found[key] = [n for part in parts for n in part.column("n").to_pylist()]
        assert read_whole_bucket(path).column("label").to_pylist() == [
            f"row {n}" for n in found[key]
        ]
    assert found == {k: list(range(k, 60, 3)) for k in range(3)}
    scatter.close()
    assert not list((tmp_path / "scratch").iterdir())


def test_whole_buckets_come_in_key_order_and_leave_no_file(tmp_path: Path) -> None:
    scatter = Scatter(tmp_path / "scratch")
    scatter.add(pa.table({"n": [5, 1, 4, 2]}), pa.array([2, 0, 2, 0], pa.int32()))
    scatter.add(pa.table({"n": [3]}), pa.array([1], pa.int32()))
    tables = [table.column("n").to_pylist() for table in scatter.whole_buckets()]
    assert tables == [[1, 2], [3], [5, 4]]
    assert not list((tmp_path / "scratch").iterdir())
    scatter.close()
