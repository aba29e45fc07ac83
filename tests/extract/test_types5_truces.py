"""A ceasefire that two sides sign is one yielding deed, not also a signed accord.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_signed_ceasefire_is_the_ceasefire_alone(extraction: Extraction) -> None:
    text = (
        "The Peruvian government and the Shining Path rebels signed a three-month truce in "
        "Lima on Tuesday."
    )
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert "0871" in codes and "057" not in codes, codes
