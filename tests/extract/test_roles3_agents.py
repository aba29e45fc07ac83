"""Agent words that give a target its role (roles3 branch): political prisoners are
dissidents held for their politics, CAMEO's opposition (OPP), not civilians (CVL); counted
people said to be 'most of them' soldiers or police take that role; 'Social Democrats' and
'Christian Democrats' name a country's party of that family (PTY); a crowd's violence at a
place with no party named is a protest against the government there.

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


def test_counted_people_take_the_role_of_most_of_them(extraction: Extraction) -> None:
    text = (
        "A car bomb exploded outside an army base in Mosul on Tuesday, killing 14 people, "
        "most of them soldiers."
    )
    found = [m for m in mentions_of(extraction, text) if m.target_actor_code]
    assert "IRQMIL" in [m.target_actor_code for m in found]
    assert "IRQCVL" not in [m.target_actor_code for m in found]


def test_social_democrats_are_a_party(extraction: Extraction) -> None:
    text = "Sweden's Social Democrats accused Russia of a cyberattack on their offices on Monday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "accused"]
    assert [m.source_actor_code for m in found] == ["SWEPTY"]


def test_a_crowd_storming_a_place_protests_against_its_government(
    extraction: Extraction,
) -> None:
    text = "Hundreds of angry protesters stormed a hotel in Mombasa on Friday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "stormed"]
    assert [(m.cameo_code, m.target_actor_code) for m in found] == [("145", "KENGOV")]
