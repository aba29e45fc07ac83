"""A pronoun given something ('gave it ten days') stands for an actor named before it.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_dative_pronoun_is_the_ultimatums_target(extraction: Extraction) -> None:
    text = (
        "Kenya handed Uganda a list of 10 demands on Monday, including the closure of a border "
        "post, and gave it ten days to comply."
    )
    ultimatum = one(mentions_of(extraction, text), "13")
    assert ultimatum.source_country == "KEN" and ultimatum.target_country == "UGA"
