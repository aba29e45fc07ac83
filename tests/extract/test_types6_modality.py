"""A deed followed by '; the army denied the charge' is alleged, not negated: the denial has its
own object, so the clause the parser hangs under it is not what is denied.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_deed_whose_charge_is_denied_is_alleged(extraction: Extraction) -> None:
    text = (
        "Malian troops shelled a market in the northern town of Kidal, an aid worker said on "
        "Monday; the army denied the charge."
    )
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.modality is Modality.ALLEGED


def test_a_denied_deed_is_still_negated(extraction: Extraction) -> None:
    text = "Mali denied on Monday that its troops had shelled a market in Kidal."
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.modality is Modality.NEGATED
