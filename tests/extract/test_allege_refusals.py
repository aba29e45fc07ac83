"""Refusals told with 'turn down': what is turned down is rejected, of its kind.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "asker"),
    [
        (
            "Chile said it would not sell fighter jets to Venezuela, turning down a request "
            "from Caracas.",
            "124",
            "VEN",
        ),
        ("Hungary turned down Ukraine's offer of talks on Monday.", "125", "UKR"),
    ],
)
def test_turning_down_is_a_rejection(
    extraction: Extraction, text: str, code: str, asker: str
) -> None:
    rejection = one(mentions_of(extraction, text), "12")
    assert (rejection.cameo_code, rejection.target_country) == (code, asker)


@pytest.mark.slow
def test_turning_down_a_street_rejects_nothing(extraction: Extraction) -> None:
    text = "Protesters turned down a side street in Tbilisi on Monday."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "12"]
