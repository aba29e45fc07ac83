"""A denial is aimed at whoever made the claim it denies.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Beijing on Tuesday dismissed as 'baseless' a British newspaper report that accused "
        "China of spying.",
        "The Chinese foreign ministry dismissed as false a British report that accused China "
        "of hacking.",
    ],
)
def test_dismissing_a_claim_as_groundless_denies_its_maker(
    extraction: Extraction, text: str
) -> None:
    denial = one(mentions_of(extraction, text), "01")
    assert denial.cameo_code == "016" and denial.source_country == "CHN"
    assert denial.target_country == "GBR"
