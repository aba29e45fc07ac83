"""Hand-made mentions and gold records: the scoring rules tested without spaCy."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline.models import DatePrecision, Mention


def make_mention(mention_id: str = "m1", **fields: Any) -> Mention:
    base: dict[str, Any] = dict(
        mention_id=mention_id,
        article_id="a1",
        sentence_index=0,
        sentence="s",
        char_start=0,
        char_end=1,
        source_country="USA",
        source_actor_code="USA",
        target_country="JOR",
        target_actor_code="JOR",
        cameo_code="030",
        cameo_root="03",
        action="Express intent to cooperate",
        plover_type="AGREE",
        goldstein=4.0,
        quad_class=1,
        confidence=0.7,
        event_date=None,
        date_precision=DatePrecision.UNKNOWN,
    )
    base.update(fields)
    return Mention(**base)


@pytest.fixture
def mention() -> Callable[..., Mention]:
    return make_mention


@pytest.fixture
def write_gold(tmp_path: Path) -> Callable[[list[dict[str, Any]]], Path]:
    def write(records: list[dict[str, Any]]) -> Path:
        path = tmp_path / "gold.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    return write


def make_record(rid: str, events: list[dict[str, Any]], text: str = "A text.") -> dict[str, Any]:
    return {"id": rid, "text": text, "published": None, "events": events, "origin": "test"}


def make_actor(country: str | None, role: str | None = None) -> dict[str, Any]:
    return {"country": country, "role": role, "text": country}


@pytest.fixture
def record() -> Callable[..., dict[str, Any]]:
    """A bench-format gold record: record(id, events, text=...)."""
    return make_record


@pytest.fixture
def actor() -> Callable[..., dict[str, Any]]:
    """A bench-format actor: actor(country, role=None)."""
    return make_actor


PUBLISHED = dt.date(2024, 10, 7)
