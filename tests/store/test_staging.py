"""Staged files are read back in order and in bounded batches, whatever their row groups,
and the reduce step's filter drops only the records of the copies it names."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import timeline.store.staging as staging
from timeline.store.staging import WHERE, StagedRecords, read_in_batches


def test_batches_keep_the_order_and_stay_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staging, "BATCH_ROWS", 10)
    path = tmp_path / "staged.parquet"
    with pq.ParquetWriter(path, pa.schema([("n", pa.int64())])) as writer:
        start = 0
        for size in (3, 4, 5, 25, 2, 9, 1):  # small groups read together, a big one split
            writer.write_table(pa.table({"n": range(start, start + size)}), row_group_size=size)
            start += size
    batches = list(read_in_batches(path))
    assert [n for table in batches for n in table.column("n").to_pylist()] == list(range(start))
    assert max(table.num_rows for table in batches) <= 10
    assert len(batches) >= 5


def test_only_the_named_copies_are_dropped(tmp_path: Path) -> None:
    schema = pa.schema([("n", pa.int64())])
    staged = StagedRecords(tmp_path / "staged.parquet", schema)
    rows = pa.table({"n": [1, 2, 3, 4], WHERE: ["a", "b", "a", "c"]}, schema=staged.staged_schema)
    pq.write_table(rows, staged.path)
    staged.close()  # written beforehand, as the benchmark does
    assert staged.rows == 4
    kept = pa.concat_tables(staged.batches(pa.array(["a"]))).column("n").to_pylist()
    assert kept == [2, 4]
    every = pa.concat_tables(staged.batches(pa.array([], pa.string()))).column("n").to_pylist()
    assert every == [1, 2, 3, 4]
