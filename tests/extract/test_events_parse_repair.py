"""A past-tense verb the parser reads as an adjective is given back as the sentence's verb.

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
        "Police in Tbilisi used rubber bullets against hundreds of students outside the ministry.",
        "Police in Tbilisi fired rubber bullets that night against hundreds of students.",
    ],
)
def test_a_verb_read_as_an_adjective_is_the_deed(extraction: Extraction, text: str) -> None:
    deed = one(mentions_of(extraction, text), "17")
    assert (deed.source_country, deed.target_country, deed.cameo_code) == ("GEO", "GEO", "175")


def test_an_estimated_number_stays_a_modifier(extraction: Extraction) -> None:
    text = "The Kenyan force, with an estimated 900 Somali soldiers, patrols the border."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "17"]
