"""Verb entries of the extras branch: CAMEO codes of verbs by their objects and prepositions.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def _codes(extraction: Extraction, text: str) -> list[str]:
    return sorted(m.cameo_code for m in mentions_of(extraction, text))


def test_a_leader_welcomed_at_a_palace_is_hosted(extraction: Extraction) -> None:
    text = "Ghanaian President John Mahama was welcomed at the Elysee Palace by President Macron."
    assert _codes(extraction, text) == ["043"]


def test_a_ruling_welcomed_at_a_briefing_is_praised(extraction: Extraction) -> None:
    text = "Kenya welcomed the ruling at a briefing on Monday."
    assert [m.cameo_code for m in mentions_of(extraction, text) if m.cameo_root == "04"] == []


def test_a_country_designated_an_ally_is_military_cooperation(extraction: Extraction) -> None:
    text = "Canberra will designate Fiji a major security partner, the minister told reporters."
    found = [
        (m.source_country, m.target_country, m.cameo_code) for m in mentions_of(extraction, text)
    ]
    assert found == [("AUS", "FJI", "062")]


def test_a_declaration_of_independence_is_no_event(extraction: Extraction) -> None:
    text = "Sudan's parliament declared independence from Egypt on Monday."
    assert _codes(extraction, text) == []


def test_withdrawing_from_a_treaty_reduces_relations(extraction: Extraction) -> None:
    text = (
        "Venezuela announced on Monday that it was withdrawing from the border treaty with Guyana."
    )
    found = [
        (m.source_country, m.target_country, m.cameo_code) for m in mentions_of(extraction, text)
    ]
    assert found == [("VEN", "GUY", "160")]


def test_a_strike_branded_terrorism_is_denounced(extraction: Extraction) -> None:
    text = "Lithuania branded the Russian strike on Kyiv terrorism."
    assert _codes(extraction, text) == ["111"]


def test_an_offensive_called_an_invasion_is_denounced(extraction: Extraction) -> None:
    text = "Poland called the Russian offensive an invasion on Monday."
    assert _codes(extraction, text) == ["111"]


def test_a_call_on_a_day_is_no_call_on_someone(extraction: Extraction) -> None:
    text = "Brazil called the Argentine ambassador a liar on Monday."
    assert [c for c in _codes(extraction, text) if c.startswith("02")] == []
