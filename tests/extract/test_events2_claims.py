"""A denial of a claim is news even when no actor made the claim.

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
        "Venezuela has secretly sold gold to Turkey, unnamed diplomats said on Monday, a claim "
        "Caracas denied.",
        "Peru reportedly sent rifles to Bolivia, a newspaper said on Tuesday, an allegation "
        "Lima denied.",
    ],
)
def test_a_claim_with_no_actor_maker_denied_is_a_denial(extraction: Extraction, text: str) -> None:
    denial = one(mentions_of(extraction, text), "01")
    assert denial.cameo_code == "016"
    assert denial.source_country in ("VEN", "PER")
