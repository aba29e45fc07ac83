"""The founding article: every required event of the hand-coded gold, nothing forbidden."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import timeline

SOVIET_BACKGROUND = re.compile(r"Stalin|Kim Il-sung|Soviet Union", re.IGNORECASE)


@pytest.fixture(scope="module")
def gold(corpus: Path) -> dict[str, Any]:
    return json.loads((corpus / "kim-putin-birthday.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "out"
    timeline.build([str(corpus / "kim-putin-birthday.newsplease.json")], out)
    return out


@pytest.fixture(scope="module")
def events(built: Path) -> pd.DataFrame:
    return pd.read_parquet(built / "events")


@pytest.fixture(scope="module")
def mentions(built: Path) -> pd.DataFrame:
    return pd.read_parquet(built / "mentions.parquet")


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _date_matches(row: pd.Series, expected: dict[str, Any]) -> bool:
    if "date" not in expected:
        return True
    date = expected["date"]
    if date is None:
        return bool(row["date_precision"] == "unknown" and pd.isna(row["event_date"]))
    if pd.isna(row["event_date"]):
        return False
    if "date_precision" in expected and row["date_precision"] != expected["date_precision"]:
        return False
    iso = row["event_date"].isoformat()
    return any(iso.startswith(d) for d in _as_list(date))


def matches(row: pd.Series, expected: dict[str, Any]) -> bool:
    """Does one event row satisfy one gold event (fields the gold gives only)?"""
    for field in (
        "source_country",
        "target_country",
        "location_country",
        "location_name",
        "modality",
        "quad_class",
    ):
        if field in expected and row[field] not in _as_list(expected[field]):
            return False
    if "cameo_roots" in expected and row["cameo_root"] not in expected["cameo_roots"]:
        return False
    if row["num_mentions"] < expected.get("min_mentions", 1):
        return False
    return _date_matches(row, expected)


def test_events_were_found(events: pd.DataFrame) -> None:
    assert len(events) >= 5


@pytest.mark.parametrize(
    "event_id",
    [
        "birthday-message",
        "putin-visit-pyongyang",
        "mutual-assistance-agreement",
        "arms-supply",
        "kim-september-visit",
    ],
)
def test_required_event_is_found(event_id: str, gold: dict[str, Any], events: pd.DataFrame) -> None:
    expected = next(e for e in gold["required"] if e["id"] == event_id)
    found = [row for _, row in events.iterrows() if matches(row, expected)]
    shown = events[
        [
            "source_country",
            "target_country",
            "cameo_code",
            "event_date",
            "date_precision",
            "modality",
            "location_name",
            "num_mentions",
            "evidence",
        ]
    ]
    assert found, f"{event_id} not found among:\n{shown.to_string()}"


def test_gold_lists_exactly_the_required_events_tested(gold: dict[str, Any]) -> None:
    assert {e["id"] for e in gold["required"]} == {
        "birthday-message",
        "putin-visit-pyongyang",
        "mutual-assistance-agreement",
        "arms-supply",
        "kim-september-visit",
    }


def test_no_event_has_the_same_actor_on_both_sides(events: pd.DataFrame) -> None:
    same = events[
        events["target_actor_code"].notna()
        & (events["source_actor_code"] == events["target_actor_code"])
    ]
    assert same.empty, same[["source_actor_code", "evidence"]].to_string()


def test_soviet_era_background_is_never_dated_to_2024(
    events: pd.DataFrame, mentions: pd.DataFrame
) -> None:
    background = mentions[mentions["sentence"].str.contains(SOVIET_BACKGROUND)]
    assert not background.empty, "the background sentences should still yield mentions"
    for frame in (background, events[events["event_id"].isin(background["event_id"])]):
        dated = frame[frame["event_date"].notna()]
        assert not any(d.year == 2024 for d in dated["event_date"]), dated.to_string()


def test_raw_text_with_furniture_and_no_date_builds(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = timeline.build([str(corpus / "kim-putin-birthday.txt")], out)
    assert result.counts()["rejects"] == 0
    events = pd.read_parquet(out / "events")
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert len(events) >= 3
    assert not mentions["sentence"].str.contains("Connect with us|Published").any()
    undated_text = events[events["date_text"].isna()]
    assert not undated_text.empty
    assert (undated_text["date_precision"] == "unknown").all()
    assert undated_text["event_date"].isna().all()
    # the text names no year anywhere, so no event of it can have a date
    assert (events["date_precision"] == "unknown").all()
