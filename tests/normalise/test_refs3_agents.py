"""Agent words (refs3 branch): a university is an education body, like universities;
landowners are civilians; Bosnian Serb forces are an armed group."""

from __future__ import annotations

import pytest

from timeline.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def test_a_capital_s_university_is_education_not_government(actors: ActorDictionary) -> None:
    matches = actors.find("Medicine reached Lima University on Monday")
    assert [m.actor.code for m in matches] == ["PEREDU"]


def test_landowners_are_civilians(actors: ActorDictionary) -> None:
    matches = actors.find("Peruvian landowners blocked the highway on Monday")
    assert [m.actor.code for m in matches] == ["PERCVL"]


def test_bosnian_serb_troops_are_an_armed_group(actors: ActorDictionary) -> None:
    matches = actors.find("Bosnian Serb troops shelled the town of Tuzla")
    assert [m.actor.code for m in matches][:1] == ["BIHREB"]
