import datetime as dt
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import timeline
from timeline.errors import UsageError
from timeline.models import DatePrecision, Event
from timeline.store.parquet import write_output


def event(event_id: str, date: dt.date | None, source: str, target: str, quad: int) -> Event:
    return Event(
        event_id=event_id, source_country=source, source_actor_code=source,
        target_country=target, target_actor_code=target, cameo_code="042", cameo_root="04",
        action="Make a visit", plover_type="CONSULT", goldstein=1.9, quad_class=quad,
        event_date=date, date_precision=DatePrecision.DAY if date else DatePrecision.UNKNOWN,
        confidence=0.7, num_mentions=1, num_articles=1, num_sources=1, evidence="e",
    )  # fmt: skip


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    events = [
        event("a", dt.date(2023, 9, 13), "PRK", "RUS", 1),
        event("b", dt.date(2024, 6, 19), "RUS", "PRK", 1),
        event("c", dt.date(2024, 2, 24), "RUS", "UKR", 4),
        event("d", None, "USA", "CHN", 3),
    ]
    write_output(tmp_path / "out", events=events, mentions=[], articles=[], rejects=[],
                 manifest={})  # fmt: skip
    return tmp_path / "out"


def test_reads_every_event_with_dates_and_categorical_codes(out: Path) -> None:
    frame = timeline.read(out)
    assert list(frame["event_id"]) == ["a", "c", "b", "d"]
    assert pd.api.types.is_datetime64_any_dtype(frame["event_date"])
    assert isinstance(frame["source_country"].dtype, pd.CategoricalDtype)


def test_filters_are_pushed_down(out: Path) -> None:
    frame = timeline.read(out, since=dt.date(2024, 1, 1), countries=["PRK"], quad_class=[1])
    assert list(frame["event_id"]) == ["b"]
    assert list(timeline.read(out, until=dt.date(2023, 12, 31))["event_id"]) == ["a"]


def test_polars_engine(out: Path) -> None:
    frame = timeline.read(out, engine="polars", quad_class=[4])
    assert isinstance(frame, pl.DataFrame)
    assert frame["event_id"].to_list() == ["c"]
    assert frame.schema["event_date"] == pl.Date


def test_a_folder_without_events_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no events/ folder"):
        timeline.read(tmp_path)
