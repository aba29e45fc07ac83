"""A 're-' verb the codebook lacks codes as its stem: doing a deed again is doing it.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_reimposing_sanctions_imposes_them(extraction: Extraction) -> None:
    text = (
        "Canada said it was leaving the trade pact with Venezuela and would reimpose "
        "sanctions on Caracas."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "reimpose"]
    assert [(m.source_country, m.target_country, m.cameo_code[:2]) for m in found] == [
        ("CAN", "VEN", "16")
    ]


def test_a_verb_whose_stem_codes_nothing_is_left_alone(extraction: Extraction) -> None:
    text = "Canada reached Venezuela's envoy by telephone on Monday."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "16"]
