"""Undated groups (refs3 branch): a group whose status changed later keeps its own role."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def test_an_undated_rebel_movement_is_not_read_as_its_later_party(
    actors: ActorDictionary,
) -> None:
    (match,) = actors.find("Unita said it would not disarm")
    assert match.actor.code == "AGOREB"


def test_a_dated_group_takes_its_term(actors: ActorDictionary) -> None:
    (match,) = actors.find("Unita said it would boycott the vote", on=dt.date(2010, 5, 3))
    assert match.actor.code == "AGOOPP"
