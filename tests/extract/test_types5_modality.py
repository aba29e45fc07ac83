"""The modal of a copula bears on the deed an adjective of readiness hangs on it.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_deed_one_could_be_ready_for_is_hypothetical(extraction: Extraction) -> None:
    text = (
        "Venezuela's army could be ready to invade Guyana by next spring, a Brazilian general said."
    )
    invasion = one(mentions_of(extraction, text), "19")
    assert invasion.modality is Modality.HYPOTHETICAL
