"""Where, on invented sentences (places3): a site the gazetteer lacks, in a story set in a
town, is at that town."""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_an_unknown_site_in_a_story_set_in_a_town_is_at_the_town(
    extraction: Extraction,
) -> None:
    text = (
        "Thousands of Chileans protested in Valparaiso on Sunday against the pension reform. "
        "Police arrested dozens of students who blocked the Quelentaro highway."
    )
    arrest = one(mentions_of(extraction, text), "17")
    assert arrest.location_country == "CHL"
    assert arrest.latitude is not None and abs(arrest.latitude + 33.0) < 0.5
