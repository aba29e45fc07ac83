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


def test_general_aoun_is_the_military(actors: ActorDictionary) -> None:
    (match,) = actors.find("General Michel Aoun refused", on=dt.date(1989, 5, 1))
    assert match.actor.code == "LBNMIL"


def test_joseph_aoun_was_army_chief_then_president(actors: ActorDictionary) -> None:
    (before,) = actors.find("Joseph Aoun said", on=dt.date(2020, 1, 1))
    (after,) = actors.find("Joseph Aoun said", on=dt.date(2025, 3, 1))
    assert (before.actor.code, after.actor.code) == ("LBNMIL", "LBNGOV")


def test_a_common_surname_alone_names_nobody(actors: ActorDictionary) -> None:
    assert actors.find("Gonzalez said", on=dt.date(2024, 8, 1)) == []


def test_recent_leaders_are_known(actors: ActorDictionary) -> None:
    text = "Naim Qassem, Hun Manet and Esmail Qaani spoke"
    found = [m.actor.code for m in actors.find(text, on=dt.date(2024, 11, 1))]
    assert found == ["LBNREB", "KHMGOV", "IRNMIL"]
