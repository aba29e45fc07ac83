"""Dissolving a party bans it (CAMEO 1722).

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_court_dissolving_a_party_bans_it(extraction: Extraction) -> None:
    text = "Turkey's Constitutional Court dissolved the pro-Kurdish opposition party on Friday."
    ban = one(mentions_of(extraction, text), "17")
    assert ban.cameo_code == "1722"
