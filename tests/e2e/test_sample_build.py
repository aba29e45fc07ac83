"""The sample articles of data/raw: every feature of a build, read back by three engines."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import main
from timeline.store.validate import validate_output

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "raw"
TABLES = ("mentions.parquet", "articles.parquet", "rejects.parquet")


def sample_files() -> list[str]:
    return sorted(
        str(p)
        for p in SAMPLES.iterdir()
        if p.is_file() and not p.name.endswith(".meta.json") and p.name != "README.md"
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples") / "out"
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 1, result.output  # the French article is rejected on purpose
    return out


def test_output_is_valid(built: Path) -> None:
    assert validate_output(built) == []


def test_events_read_back_with_three_engines(built: Path) -> None:
    folder = built / "events"
    pandas_rows = len(pd.read_parquet(folder))
    polars_rows = pl.read_parquet(folder / "**/*.parquet", hive_partitioning=True).height
    (duck_rows,) = duckdb.sql(
        f"select count(*) from read_parquet('{folder}/**/*.parquet', hive_partitioning = true)"
    ).fetchall()[0]
    assert pandas_rows == polars_rows == duck_rows
    assert pandas_rows >= 20


def test_articles_account_for_every_input(built: Path) -> None:
    articles = pd.read_parquet(built / "articles.parquet")
    rejects = pd.read_parquet(built / "rejects.parquet")
    assert articles["status"].value_counts().to_dict() == {"ok": 15, "duplicate": 2, "rejected": 1}
    duplicates = articles[articles["status"] == "duplicate"]
    assert sorted(duplicates["duplicate_kind"]) == ["exact", "near"]
    assert duplicates["duplicate_of"].isin(articles["article_id"]).all()
    assert rejects["reason"].str.contains("language").any()


def test_daily_table_sums_the_day_dated_events(built: Path) -> None:
    events = pd.read_parquet(built / "events")
    daily = pd.read_parquet(built / "daily")
    dated = events[events["date_precision"] == "day"]
    assert daily["events"].sum() == len(dated) > 0
    assert daily["mentions"].sum() == dated["num_mentions"].sum()
    one = daily.iloc[0]
    same = dated[
        (dated["event_date"] == one["event_date"])
        & (dated["source_country"].fillna("") == (one["source_country"] or ""))
        & (dated["target_country"].fillna("") == (one["target_country"] or ""))
        & (dated["quad_class"] == one["quad_class"])
    ]
    assert one["events"] == len(same)
    assert one["goldstein_sum"] == pytest.approx(same["goldstein"].sum())


def test_syndicated_copy_counts_as_extra_source(built: Path) -> None:
    events = pd.read_parquet(built / "events")
    assert (events["num_sources"] >= 2).any()
    assert (events["num_articles"] >= events["num_sources"]).all()


def test_build_is_deterministic_in_any_input_order(built: Path, tmp_path: Path) -> None:
    files = sample_files()
    timeline.build(list(reversed(files)), tmp_path / "reversed")
    timeline.build(files, tmp_path / "forward")
    for out in (tmp_path / "reversed", tmp_path / "forward"):
        first = pd.read_parquet(built / "events").sort_values("event_id").reset_index(drop=True)
        again = pd.read_parquet(out / "events").sort_values("event_id").reset_index(drop=True)
        pd.testing.assert_frame_equal(
            first.drop(columns=["year", "month"]), again.drop(columns=["year", "month"])
        )
        for table in ("mentions.parquet",):
            pd.testing.assert_frame_equal(
                pd.read_parquet(built / table), pd.read_parquet(out / table)
            )


def test_stats_and_validate_commands(built: Path) -> None:
    runner = CliRunner()
    stats = runner.invoke(main, ["stats", str(built)])
    assert stats.exit_code == 0, stats.output
    assert "events by month" in stats.output and "top dyads" in stats.output
    valid = runner.invoke(main, ["validate", str(built)])
    assert valid.exit_code == 0 and "valid" in valid.output
