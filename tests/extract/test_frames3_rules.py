"""Rules of the frames3 branch: a deed weighed as an option is that deed, hypothetical.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_weighed_deed_is_told_by_itself_as_hypothetical(extraction: Extraction) -> None:
    text = "Chile was considering sanctions on Peru, its president said on Monday."
    found = [(m.cameo_code, m.modality.value) for m in mentions_of(extraction, text)]
    assert found == [("163", "hypothetical")]


def test_weighing_anothers_proposal_leaves_the_proposal_made(extraction: Extraction) -> None:
    text = "Chile considered the Peruvian proposal on Monday."
    found = {m.cameo_code: m.modality.value for m in mentions_of(extraction, text)}
    assert found.get("030") == "asserted"


def test_a_possible_invasion_is_hypothetical(extraction: Extraction) -> None:
    text = "Chile warned on Monday against a possible Peruvian invasion of Bolivia."
    found = {m.cameo_code: m.modality.value for m in mentions_of(extraction, text)}
    assert found.get("190") == "hypothetical"


def test_forces_deployed_with_no_sender_act_on_the_host(extraction: Extraction) -> None:
    text = "Thousands of Chilean troops have been deployed to Peru's border region, officials said."
    found = [
        (m.source_actor_code, m.cameo_code, m.target_actor_code)
        for m in mentions_of(extraction, text)
    ]
    assert ("CHLMIL", "154", "PER") in found


def test_what_an_appeal_asks_for_names_the_appeal(extraction: Extraction) -> None:
    text = "Chile called for a ceasefire in Peru."
    assert sorted(m.cameo_code for m in mentions_of(extraction, text)) == ["0256"]


def test_a_time_is_no_object_of_a_verb(extraction: Extraction) -> None:
    text = "Chile called for a ceasefire in Peru on Friday."
    assert sorted(m.cameo_code for m in mentions_of(extraction, text)) == ["0256"]


def test_a_named_crossing_read_as_a_verb_is_still_reopened(extraction: Extraction) -> None:
    text = "Chile reopened the Tambo Quemado crossing to refugees from Peru after a week of talks."
    assert [m.cameo_code for m in mentions_of(extraction, text)] == ["0872"]
