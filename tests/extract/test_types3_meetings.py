"""Cancelling or calling off a meeting or summit refuses to meet (125); called-off talks stay a
halt of negotiations (164).

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_cancelling_a_meeting_refuses_to_meet(extraction: Extraction) -> None:
    text = (
        "Chilean President Gabriel Boric cancelled a meeting with Peruvian President Dina "
        "Boluarte in Santiago on Thursday."
    )
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert "125" in codes and "164" not in codes


def test_calling_off_a_summit_refuses_to_meet(extraction: Extraction) -> None:
    text = "Kenya called off a summit with Tanzania on Friday after a border dispute."
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert "125" in codes and "164" not in codes


def test_calling_off_talks_still_halts_negotiations(extraction: Extraction) -> None:
    text = "Kenya called off talks with Tanzania on Friday."
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert "164" in codes
