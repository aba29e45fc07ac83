"""Food or supplies dropped to people is humanitarian aid, as an airdrop is.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_dropped_food_is_humanitarian_aid(extraction: Extraction) -> None:
    text = (
        "Jordanian air force planes dropped food parcels to Sudanese villagers in Darfur on Monday."
    )
    aid = one(mentions_of(extraction, text), "07")
    assert aid.cameo_code == "073"
