import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from timeline.models import Article, DatePrecision, Event, Reject, Stage
from timeline.store import parquet
from timeline.store.parquet import write_output
from timeline.store.validate import validate_output


def event(event_id: str, date: dt.date | None) -> Event:
    return Event(
        event_id=event_id,
        source_country="RUS",
        source_actor_code="RUSGOV",
        source_role="GOV",
        target_country="PRK",
        target_actor_code="PRKGOV",
        target_role="GOV",
        cameo_code="042",
        cameo_root="04",
        action="Make a visit",
        plover_type="CONSULT",
        goldstein=1.9,
        quad_class=1,
        event_date=date,
        date_precision=DatePrecision.DAY if date else DatePrecision.UNKNOWN,
        confidence=0.7,
        num_mentions=1,
        num_articles=1,
        num_sources=1,
        evidence="Putin visited.",
    )


EVENTS = [event("e1", dt.date(2024, 6, 19)), event("e2", dt.date(2023, 9, 13)), event("e3", None)]


def write(out: Path, events: list[Event] = EVENTS, **extra: Any) -> None:
    write_output(
        out,
        events=events,
        mentions=[],
        articles=[Article(article_id="a1", input_path="x.txt", published=dt.date(2024, 6, 20))],
        rejects=[Reject(input_path="bad.bin", stage=Stage.INGEST, reason="binary file")],
        manifest={"schema_version": "1.0", **extra},
    )


def test_events_read_back_with_pandas_polars_and_duckdb(tmp_path: Path) -> None:
    write(tmp_path / "out")
    folder = tmp_path / "out" / "events"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.parquet")) == [
        "year=2023/month=09/part-0.parquet",
        "year=2024/month=06/part-0.parquet",
        "year=unknown/month=unknown/part-0.parquet",
    ]
    frame = pd.read_parquet(folder)
    polars_frame = pl.read_parquet(folder / "**/*.parquet", hive_partitioning=True)
    duck = duckdb.sql(
        f"select count(*), count(distinct event_id) from read_parquet('{folder}/**/*.parquet', "
        "hive_partitioning = true)"
    ).fetchall()[0]
    assert len(frame) == polars_frame.height == 3
    assert duck == (3, 3)
    assert set(frame["year"].astype(str)) == {"2023", "2024", "unknown"}


def test_columns_carry_their_descriptions(tmp_path: Path) -> None:
    write(tmp_path / "out")
    schema = pq.read_schema(tmp_path / "out" / "articles.parquet")
    described = schema.field("published").metadata[b"description"].decode()
    assert described == Article.model_fields["published"].description


def test_written_output_is_valid(tmp_path: Path) -> None:
    write(tmp_path / "out")
    assert validate_output(tmp_path / "out") == [
        "events count 3 mentions but mentions.parquet has 0"
    ]


def test_failed_write_leaves_previous_output_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write(out, build="first")
    (out / "notes.txt").write_text("mine")

    def explode(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(parquet, "_write", explode)
    with pytest.raises(OSError, match="disk full"):
        write(out, build="second")
    assert json.loads((out / "manifest.json").read_text())["build"] == "first"
    assert len(pd.read_parquet(out / "events")) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_rebuild_replaces_output_and_keeps_user_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, build="first")
    (out / "notes.txt").write_text("mine")
    write(out, EVENTS[:1], build="second")
    assert json.loads((out / "manifest.json").read_text())["build"] == "second"
    assert len(pd.read_parquet(out / "events")) == 1
    assert (out / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
