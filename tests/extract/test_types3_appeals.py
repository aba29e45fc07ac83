"""A 'call for' something is an appeal, not a telephone call; a judged appeal with a named maker
('rejected Chile's call for ...') stays its maker's event beside the judging.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_call_for_calm_is_an_appeal(extraction: Extraction) -> None:
    text = "Chile welcomed Argentina's call for calm on Tuesday."
    mentions = mentions_of(extraction, text)
    appeal = one(mentions, "02")
    assert appeal.source_country == "ARG"
    assert [m for m in mentions if m.cameo_code == "041"] == []


def test_a_rejected_call_stays_its_makers_appeal(extraction: Extraction) -> None:
    text = "Peru rejected Chile's call for Bolivia's withdrawal on Friday."
    mentions = mentions_of(extraction, text)
    assert one(mentions, "12").source_country == "PER"
    appeal = one(mentions, "02")
    assert appeal.source_country == "CHL" and appeal.target_country == "BOL"
