"""A visit a trip is made for is that trip, not a second visit.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_visit_an_arrival_is_for_is_one_planned_visit(extraction: Extraction) -> None:
    text = (
        "German Chancellor Olaf Scholz will arrive in the Omani capital Muscat on Sunday for "
        "his first and only visit to the Gulf as chancellor, Berlin said."
    )
    visit = one(mentions_of(extraction, text), "04")
    assert visit.modality is Modality.PLANNED
