"""A bare agent word joined to an owned one shares its owner (roles6 branch): in 'Bolivia's
government and opposition' the opposition is Bolivia's, not the country where they meet; a
word with an owner of its own keeps it.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_bare_opposition_shares_the_governments_country(extraction: Extraction) -> None:
    text = "Bolivia's government and opposition will resume talks in Lima on Monday."
    found = mentions_of(extraction, text, dt.date(2024, 6, 3))
    assert "BOLOPP" in [m.target_actor_code for m in found], [
        (m.source_actor_code, m.target_actor_code) for m in found
    ]
