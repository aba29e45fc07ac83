"""Actor dictionary entries written from public facts (refs branch): offices held over time."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def test_haniyeh_was_prime_minister_in_2006(actors: ActorDictionary) -> None:
    (match,) = actors.find("Ismail Haniyeh refused", on=dt.date(2006, 6, 1))
    assert match.actor.code == "PSEGOV"


def test_haniyeh_led_hamas_later(actors: ActorDictionary) -> None:
    (match,) = actors.find("Ismail Haniyeh refused", on=dt.date(2020, 6, 1))
    assert match.actor.code == "PSEREB"


def test_undated_prime_minister_haniyeh_is_government(actors: ActorDictionary) -> None:
    matches = actors.find("Palestinian Prime Minister Ismail Haniyeh refused")
    assert [m.actor.code for m in matches] == ["PSEGOV"]
