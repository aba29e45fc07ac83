"""Agent words coded by the gold sector rules (ministries GOV, unions LAB); leaders in office."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian defence ministry denied the report",
        "Chile's Ministry of Defense issued a statement",
    ],
)
def test_defence_ministry_is_government(actors: ActorDictionary, text: str) -> None:
    codes = [m.actor.code for m in actors.find(text)]
    assert codes[0][3:] == "GOV"


def test_union_federation_is_labour(actors: ActorDictionary) -> None:
    codes = [m.actor.code for m in actors.find("Uruguay's union federation called a strike")]
    assert "URYLAB" in codes


def test_irfaan_ali_is_guyana_president_since_2020(actors: ActorDictionary) -> None:
    (match,) = actors.find("Irfaan Ali spoke", on=dt.date(2021, 5, 1))
    assert match.actor.code == "GUYGOV"
