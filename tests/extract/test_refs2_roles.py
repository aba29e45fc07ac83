"""Who acts and who is acted on, second round (refs2 branch): participle clauses, bare
government words, talks venues.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_comma_participle_is_the_main_clause_doer_s(extraction: Extraction) -> None:
    text = (
        "The Malian junta ordered the Algerian ambassador to leave Bamako within three days on "
        "Monday, accusing Algiers of sheltering rebels."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "accusing"]
    assert [m.source_country for m in found] == ["MLI"]


def test_the_government_runs_the_country_named_last(extraction: Extraction) -> None:
    text = (
        "Canada lifted sanctions on Belarus's potash exports on Monday after the government "
        "and the opposition agreed on a date for new elections."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "agreed"]
    assert [(m.source_country, m.source_role) for m in found] == [("BLR", "GOV")]


def test_victims_are_not_of_a_place_in_another_clause(extraction: Extraction) -> None:
    text = (
        "Colombia skipped peace talks in Geneva on Friday after the ELN rebels refused to "
        "release a list of hostages."
    )
    found = [m for m in mentions_of(extraction, text) if m.target_role == "CVL"]
    assert [m.target_country for m in found] == ["COL"]


def test_what_a_body_hired_acts_for_it(extraction: Extraction) -> None:
    text = "A convoy hired by Oxfam delivered medicine to refugees in Chad on Monday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "delivered"]
    assert [(m.source_actor, m.source_role) for m in found] == [("Oxfam", "NGO")]


def test_a_gerund_subject_in_what_a_leader_says_is_the_leader_s(extraction: Extraction) -> None:
    text = (
        "Australian Prime Minister Anthony Albanese said on Monday that sending troops to "
        "Taiwan was out of the question."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "sending"]
    assert [m.source_country for m in found] == ["AUS"]


def test_pupils_are_of_education(extraction: Extraction) -> None:
    text = "Gunmen kidnapped forty schoolboys from a school in Kaduna on Friday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "kidnapped"]
    assert [m.target_role for m in found] == ["EDU"]


def test_a_place_named_as_a_country_s_part_is_in_it(extraction: Extraction) -> None:
    text = "Gunmen kidnapped six pupils in Colombia's Cordoba department on Sunday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "kidnapped"]
    assert [m.target_country for m in found] == ["COL"]


def test_a_country_s_rulers_are_its_government(extraction: Extraction) -> None:
    text = "Canada rejected a request by Cuba's rulers for food aid on Monday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "rejected"]
    assert [(m.target_country, m.target_role) for m in found] == [("CUB", "GOV")]


def test_leaders_of_the_opposition_are_the_opposition(extraction: Extraction) -> None:
    text = "Leaders of the opposition agreed to call off the march in Minsk until Friday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "agreed"]
    assert [(m.source_country, m.source_role) for m in found] == [("BLR", "OPP")]
