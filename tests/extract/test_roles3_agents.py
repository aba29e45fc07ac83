"""Agent words that give a target its role (roles3 branch): political prisoners are
dissidents held for their politics, CAMEO's opposition (OPP), not civilians (CVL).

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_political_prisoners_are_opposition(extraction: Extraction) -> None:
    text = "The Belarusian government freed 30 political prisoners on Friday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "freed"]
    assert [m.target_actor_code for m in found] == ["BLROPP"]
