"""Event nouns of unseen wire text: a deed someone faces is aimed at them.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_who_faces_sanctions_is_their_target(extraction: Extraction) -> None:
    text = "Peru faces new EU sanctions over the crackdown on protesters."
    sanctions = one(mentions_of(extraction, text), "16")
    assert sanctions.source_country == "IGO" and sanctions.target_country == "PER"
