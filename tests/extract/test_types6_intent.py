"""What a party is ready to do includes its aim: 'ready to send doctors to help Chad' is an intent
to help (03x), not the help itself (07x).

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_the_aim_of_a_readiness_is_an_intent(extraction: Extraction) -> None:
    text = "Norway said on Monday it was ready to send doctors to help Chad."
    mentions = mentions_of(extraction, text)
    one(mentions, "03")
    assert not [m for m in mentions if m.cameo_root == "07"]


def test_help_sent_with_no_readiness_stays_aid(extraction: Extraction) -> None:
    text = "Norway sent doctors to Chad on Monday to help fight a cholera outbreak."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "03"]
