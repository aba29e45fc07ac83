"""A resignation someone asks for has not happened: the asking is a demand for a change of
leadership (1041).

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_demanding_that_a_leader_resign_demands_leadership_change(
    extraction: Extraction,
) -> None:
    text = (
        "Protesters stormed the residence of Peruvian President Dina Boluarte in Lima on "
        "Monday, demanding that she resign."
    )
    mentions = mentions_of(extraction, text)
    demand = one(mentions, "10")
    assert demand.cameo_code == "1041" and demand.target_country == "PER"
    assert [m for m in mentions if m.cameo_root == "08"] == []


def test_calling_on_a_leader_to_step_down_is_the_demand_not_a_resignation(
    extraction: Extraction,
) -> None:
    text = "The head of the Bolivian army called on President Luis Arce to step down on Sunday."
    mentions = mentions_of(extraction, text)
    demand = one(mentions, "10")
    assert demand.cameo_code == "1041" and demand.modality is Modality.ASSERTED
    assert [m for m in mentions if m.cameo_root == "08"] == []
