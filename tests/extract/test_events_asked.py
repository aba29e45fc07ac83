"""Deeds a sentence only asks for are the content of the demand, not events of their own.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Ghana demanded on Monday that Togo release the detained fishermen and reopen the border.",
        "Kenya demanded that Somalia withdraw its troops from the border town.",
        "Kenya said on Monday that Somalia must withdraw its troops from the border town.",
    ],
)
def test_a_deed_demanded_is_no_event(extraction: Extraction, text: str) -> None:
    roots = [m.cameo_root for m in mentions_of(extraction, text)]
    assert roots == ["10"], roots


def test_a_deed_appealed_for_is_still_told(extraction: Extraction) -> None:
    text = "Kenya urged Somalia to withdraw its troops from the border town."
    roots = sorted(m.cameo_root for m in mentions_of(extraction, text))
    assert roots == ["02", "08"], roots


def test_a_deed_a_demand_would_stop_goes_on(extraction: Extraction) -> None:
    text = "Chile demanded that Peru stop selling arms to Bolivia."
    mentions = mentions_of(extraction, text)
    found = {(m.cameo_root, m.source_country, m.target_country) for m in mentions}
    assert ("10", "CHL", "PER") in found and ("06", "PER", "BOL") in found
