"""Who acts, third round (refs3 branch): the owner of a plan an infinitive names.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_the_owner_of_a_plan_carries_it_out(extraction: Extraction) -> None:
    text = (
        "Ecuador said on Monday that it would cut trade with Colombia over its plan to expel "
        "diplomats from Venezuela."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "expel"]
    assert [m.source_country for m in found] == ["COL"]


def test_the_owner_of_a_decision_signs_not_the_speaker(extraction: Extraction) -> None:
    text = (
        "Chilean President Gabriel Boric said on Monday that Chile could recall its ambassador "
        "to Peru over its decision to sign a defence pact with Bolivia."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "sign"]
    assert [m.source_country for m in found] == ["PER"]


def test_the_owner_of_a_refusal_does_not_carry_it_out(extraction: Extraction) -> None:
    text = (
        "Refugees from Chad staged a sit-in on Monday in protest of the Sudanese government's "
        "refusal to accept their return."
    )
    assert [m for m in mentions_of(extraction, text) if m.action_text == "accept"] == []
