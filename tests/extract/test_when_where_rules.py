"""Rules for when, where and how surely an event happened: which date expression, which place
and which modality cue belongs to the event's clause.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_an_order_is_dated_by_the_day_its_infinitive_gives(extraction: Extraction) -> None:
    text = "Chad ordered the Sudanese ambassador to leave the country on Thursday."
    order = one(mentions_of(extraction, text), "17")
    assert order.event_date == dt.date(2024, 10, 3)
