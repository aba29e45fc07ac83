"""An event noun whose relative clause tells whom the deed hit: 'the coup that toppled X'.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_the_coup_that_toppled_a_leader_is_aimed_at_that_leader(
    extraction: Extraction,
) -> None:
    text = (
        "Western donors froze aid to Myanmar on Monday after the military coup that toppled "
        "Aung San Suu Kyi."
    )
    coup = one(mentions_of(extraction, text), "17")
    assert coup.target_country == "MMR"
    assert coup.source_role == "MIL"


def test_a_deed_whose_relative_clause_is_coded_keeps_its_own_event(
    extraction: Extraction,
) -> None:
    text = "The strike that killed Hezbollah commander Fuad Shukr hit a building in Beirut."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.target_country == "LBN"
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]
