"""A visit that will not be made is the visit, negated, not a refusal to negotiate.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_summit_not_to_be_attended_is_a_negated_visit(extraction: Extraction) -> None:
    text = (
        "Chilean President Gabriel Boric will not attend the Mercosur summit in Asuncion next week."
    )
    visit = one(mentions_of(extraction, text), "04")
    assert visit.cameo_code == "042"
    assert visit.modality is Modality.NEGATED
