"""Which actor of a clause is the source and which the target, when the parse offers several.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_bare_preposition_takes_the_subject_of_the_clause_after_it(
    extraction: Extraction,
) -> None:
    text = (
        "Ghana has offered political asylum to four Togolese army officers holed up in an "
        "embassy since last week's coup, the Ghanaian foreign ministry said on Friday."
    )
    offers = [m for m in mentions_of(extraction, text) if m.plover_type == "AID"]
    assert [(m.source_country, m.target_country) for m in offers] == [("GHA", "TGO")]


def test_an_object_moved_after_its_verdict_is_still_the_object(extraction: Extraction) -> None:
    text = "Kenya on Monday condemned as a grave crime Uganda's shelling of border villages."
    condemnations = [m for m in mentions_of(extraction, text) if m.plover_type == "ACCUSE"]
    assert [(m.source_country, m.target_country) for m in condemnations] == [("KEN", "UGA")]


def test_he_in_what_a_named_speaker_is_quoted_as_saying_is_the_speaker(
    extraction: Extraction,
) -> None:
    text = (
        "Prince Abdullah of Jordan was quoted today as saying he would be ready to host talks "
        "between an Iraqi opposition group and the Syrian government."
    )
    offers = [m for m in mentions_of(extraction, text) if m.action_text == "host"]
    assert [m.source_country for m in offers] == ["JOR"]


def test_a_protest_is_aimed_at_whom_its_purpose_clause_acts_on(extraction: Extraction) -> None:
    text = (
        "Students in Lima blocked a highway to show their anger over Chile's fishing policy, "
        "a radio station reported."
    )
    protests = [m for m in mentions_of(extraction, text) if m.plover_type == "PROTEST"]
    assert [(m.source_country, m.target_country) for m in protests] == [("PER", "CHL")]


def test_a_meeting_is_not_aimed_at_what_it_is_held_to_discuss(extraction: Extraction) -> None:
    text = "Arab foreign ministers met in Cairo on Monday to discuss aid to Sudan."
    meetings = [m for m in mentions_of(extraction, text) if m.action_text == "met"]
    assert [m.target_country for m in meetings] != ["SDN"]


def test_a_refused_invitation_acts_on_whom_the_deed_offered_would(
    extraction: Extraction,
) -> None:
    text = "Bolivia on Monday rejected an invitation to visit Chile."
    refusals = [m for m in mentions_of(extraction, text) if m.plover_type == "REJECT"]
    assert [(m.source_country, m.target_country) for m in refusals] == [("BOL", "CHL")]


def test_an_effort_to_do_a_deed_is_no_offer(extraction: Extraction) -> None:
    text = "Peru on Monday praised efforts to reach a settlement in Ecuador."
    praise = [m for m in mentions_of(extraction, text) if m.action_text == "praised"]
    assert [m.target_country for m in praise] != ["ECU"]


def test_a_participle_counting_its_victims_acts_on_those_of_its_deed(
    extraction: Extraction,
) -> None:
    text = (
        "Kenyan police opened fire to disperse Somali refugee protesters on Monday, killing "
        "one person and arresting 14, officials said."
    )
    arrests = [m for m in mentions_of(extraction, text) if m.action_text == "arresting"]
    assert [(m.source_country, m.target_country) for m in arrests] == [("KEN", "SOM")]


def test_a_refusal_despite_pressure_answers_whoever_presses(extraction: Extraction) -> None:
    text = (
        "Finance Minister Ali Hassan has refused to step down despite mounting pressure from "
        "the Tanzanian parliament after he was linked to a bribery case."
    )
    refusals = [m for m in mentions_of(extraction, text) if m.plover_type == "REJECT"]
    assert [(m.target_country, m.target_role) for m in refusals] == [("TZA", "LEG")]


def test_a_warning_of_what_ones_own_side_will_do_targets_whom_it_acts_on(
    extraction: Extraction,
) -> None:
    text = (
        "Egypt's interior minister warned that the police would not tolerate protests by "
        "Sudanese refugees."
    )
    warnings = [m for m in mentions_of(extraction, text) if m.action_text == "warned"]
    assert [(m.source_country, m.target_country) for m in warnings] == [("EGY", "SDN")]
