"""A party excluded from a body's meeting has relations with it cut, and a deed decided on is
that deed, not a threat of it.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_excluding_a_party_from_a_summit_reduces_relations(extraction: Extraction) -> None:
    text = "The Arab League excluded Syria from its summit in Cairo on Tuesday."
    cut = one(mentions_of(extraction, text), "16")
    assert cut.cameo_code == "160" and cut.target_country == "SYR"


def test_excluding_a_possibility_is_no_event(extraction: Extraction) -> None:
    text = "The Kremlin on Monday did not exclude the possibility of new elections."
    assert [m.cameo_code for m in mentions_of(extraction, text)] == []


def test_a_sanction_decided_on_is_the_sanction(extraction: Extraction) -> None:
    text = "The Arab League decided on Tuesday to exclude Syria from its next summit."
    cut = one(mentions_of(extraction, text), "16")
    assert cut.cameo_code == "160" and cut.modality is Modality.ASSERTED
