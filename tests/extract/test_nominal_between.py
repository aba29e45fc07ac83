"""A fight told by a noun whose 'between' phrase names both sides, and deeds only fled.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_fighting_that_broke_out_between_two_sides_is_their_fight(
    extraction: Extraction,
) -> None:
    text = "Fighting erupted in Mogadishu on Sunday between Somali troops and al-Shabaab militants."
    fight = one(mentions_of(extraction, text), "19")
    assert (fight.source_country, fight.source_role) == ("SOM", "MIL")
    assert fight.target_role == "REB"


def test_clashes_between_two_armies_name_both(extraction: Extraction) -> None:
    text = "Clashes between Indian and Chinese troops broke out in the Galwan valley on Monday."
    fight = one(mentions_of(extraction, text), "19")
    assert (fight.source_country, fight.target_country) == ("IND", "CHN")


def test_a_fight_going_on_between_two_sides_is_no_new_deed(extraction: Extraction) -> None:
    text = "Battles raged in the city between Somali troops and al-Shabaab militants."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]


def test_talks_called_for_between_two_states_are_not_held(extraction: Extraction) -> None:
    text = "Turkey called on Tuesday for peace talks between Armenia and Azerbaijan."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]


def test_clashes_between_police_and_students_are_repression(extraction: Extraction) -> None:
    text = "Clashes between Kenyan police and students broke out in Nairobi on Monday."
    repression = one(mentions_of(extraction, text), "17")
    assert repression.cameo_code == "175"
    assert (repression.source_role, repression.target_role) == ("COP", "EDU")


def test_a_war_refugees_flee_is_not_theirs(extraction: Extraction) -> None:
    text = "The UN sent food to refugees fleeing the war in Sudan."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]


def test_clashes_between_their_forces_are_between_the_two_named_before(
    extraction: Extraction,
) -> None:
    text = (
        "Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo met in Jeddah on Sunday, a week "
        "after clashes between their forces in Khartoum."
    )
    fight = one(mentions_of(extraction, text), "19")
    assert (fight.source_country, fight.target_country) == ("SDN", "SDN")
    assert fight.source_actor != fight.target_actor


def test_their_forces_need_two_persons_named_before(extraction: Extraction) -> None:
    text = "Nicolas Maduro spoke in Caracas on Sunday after clashes between their supporters."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]
