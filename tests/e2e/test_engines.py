"""Same inputs, same output: one process, a process pool, a Dask cluster, and the cache."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.extraction import BuildOptions

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "raw"
TABLES = ("mentions.parquet", "articles.parquet", "rejects.parquet")


def build(out: Path, **options: object) -> dict[str, int]:
    return timeline.build(
        [str(SAMPLES)], out, dataclasses.replace(BuildOptions(), **options)
    ).counts()


def assert_same_output(a: Path, b: Path) -> None:
    events_a = pd.read_parquet(a / "events").sort_values("event_id").reset_index(drop=True)
    events_b = pd.read_parquet(b / "events").sort_values("event_id").reset_index(drop=True)
    assert len(events_a) > 0
    pd.testing.assert_frame_equal(events_a, events_b)
    for table in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(a / table), pd.read_parquet(b / table))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one") / "out"
    build(out)
    return out


def test_two_worker_processes_give_the_same_output(reference: Path, tmp_path: Path) -> None:
    build(tmp_path / "pool", workers=2)
    assert_same_output(reference, tmp_path / "pool")


def test_dask_cluster_gives_the_same_output(reference: Path, tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        counts = build(tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert counts["cache_misses"] == counts["articles_ok"] + counts["duplicates"]
    assert_same_output(reference, tmp_path / "dask")


def test_rebuild_from_the_cache_parses_nothing_and_gives_the_same_output(
    reference: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache" / "extractions.sqlite"
    first = build(tmp_path / "first", cache=cache)
    again = build(tmp_path / "again", cache=cache)
    assert first["cache_hits"] == 0 and first["cache_misses"] > 0
    assert again["cache_misses"] == 0 and again["cache_hits"] == first["cache_misses"]
    assert_same_output(reference, tmp_path / "again")
