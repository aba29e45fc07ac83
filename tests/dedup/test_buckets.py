"""A build reduced in dyad buckets (mentions sorted through scratch files) writes the same
rows as one reduced in one pass (mentions sorted in memory)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline.dedup.article_table as article_table
import timeline.dedup.buckets as buckets
import timeline.dedup.events as events
from timeline.bench.synthetic import load_books, write_synthetic
from timeline.reduce import reduce_build
from timeline.store.parquet import OutputWriter


def reduced(folder: Path, out: Path) -> dict[str, int]:
    with OutputWriter(out) as writer:
        counts = reduce_build(load_books(folder), writer)
        writer.commit({"counts": counts})
    return counts


def frame(path: Path, key: str) -> pd.DataFrame:
    table = pd.read_parquet(path)
    return table.sort_values(key, ignore_index=True)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    write_synthetic(3_000, folder, seed=11)
    return folder


def test_bucketed_reduce_equals_one_pass(
    synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = reduced(synthetic, tmp_path / "whole")
    monkeypatch.setattr(buckets, "BUCKET_ROWS", 400)
    monkeypatch.setattr(events, "SORT_IN_MEMORY_ROWS", 500)  # mentions sorted through scratch
    monkeypatch.setattr(article_table, "ARTICLE_BUCKET_ROWS", 100)  # articles too
    parted = reduced(synthetic, tmp_path / "parted")
    assert whole == parted and whole["events"] > 1_000
    parts = {p.name for p in (tmp_path / "parted" / "events").rglob("part-*.parquet")}
    assert len(parts) > 4  # several buckets were written
    keys = [("events", "event_id"), ("mentions.parquet", "mention_id")]
    keys += [("daily", "event_date"), ("articles.parquet", "article_id")]
    for name, key in keys:
        a, b = frame(tmp_path / "whole" / name, key), frame(tmp_path / "parted" / name, key)
        if name == "daily":
            columns = ["event_date", "source_country", "target_country", "quad_class"]
            a, b = (t.sort_values(columns, ignore_index=True) for t in (a, b))
        pd.testing.assert_frame_equal(a, b, check_like=True)
    # mentions.parquet is written in id order either way
    mentions = pd.read_parquet(tmp_path / "parted" / "mentions.parquet")
    assert mentions["mention_id"].is_monotonic_increasing
