"""Dates an event takes from a phrase linked to it when its own clause gives none: the
episode it took place in, what its object was doing, the claim it reacts to."""

from __future__ import annotations

import datetime as dt

from timeline.models import DatePrecision
from timeline.pipeline import Extraction

from .support import mentions_of


def _by_action(mentions: list, word: str) -> list:
    return [m for m in mentions if m.action_text == word]


def test_a_reaction_to_a_claim_is_dated_when_the_claim_was_told(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "The defence minister of Chad said on Thursday that Sudanese troops had shelled a "
        "border market, killing 12 civilians, a charge Khartoum rejected.",
    )
    (rejected,) = _by_action(mentions, "rejected")
    assert rejected.event_date == dt.date(2024, 10, 3)


def test_an_agreement_at_talks_a_clause_dates_is_at_their_date(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Sudan's army and the rebels agreed to a truce at talks hosted by Qatar in Doha on Friday.",
    )
    (agreed,) = _by_action(mentions, "agreed")
    assert agreed.event_date == dt.date(2024, 10, 4)


def test_a_killing_in_a_dated_massacre_is_at_its_month_past_a_measure(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Villagers held a vigil, 20 years after Serbian soldiers killed 300 Albanians in a "
        "massacre that began in March 1998.",
        published=None,
    )
    (killed,) = _by_action(mentions, "killed")
    assert killed.event_date == dt.date(1998, 3, 1)
    assert killed.date_precision is DatePrecision.MONTH


def test_a_deed_prompted_by_one_on_an_object_doing_something_on_a_day_is_that_day(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Greek coastguards turned back a Turkish boat carrying migrants on Saturday, prompting "
        "Turkey to threaten retaliation against Greece.",
    )
    (threaten,) = _by_action(mentions, "threaten")
    assert threaten.event_date == dt.date(2024, 10, 5)


def test_an_accused_deed_is_dated_by_the_accusation_clause_date_after_it(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Human Rights Watch on Tuesday accused Mali's army of executing at least 40 herders, "
        "among them 9 boys, in two villages in the country's centre in March.",
    )
    (executing,) = _by_action(mentions, "executing")
    assert executing.event_date == dt.date(2024, 3, 1)
    assert executing.date_precision is DatePrecision.MONTH


def test_a_past_perfect_relative_clause_is_not_at_the_story_date(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Chile agreed on Monday to open its ports to Bolivian goods, and Peru said the tariffs "
        "it had threatened on Chilean wine would be put on hold.",
    )
    (threatened,) = _by_action(mentions, "threatened")
    assert threatened.event_date is None
    assert threatened.date_precision is DatePrecision.UNKNOWN


def test_a_relative_clause_lasting_up_to_now_is_not_at_the_story_date(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Mali's government asked the African Union on Friday to help it fight rebels who have "
        "besieged the city of Gao for months.",
    )
    (besieged,) = _by_action(mentions, "besieged")
    assert besieged.event_date is None


def test_a_noun_event_agreed_at_dated_talks_is_at_their_date(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Sudan's army and the rebels agreed to a truce at talks hosted by Qatar in Doha on Friday.",
    )
    (truce,) = _by_action(mentions, "truce")
    assert truce.event_date == dt.date(2024, 10, 4)


def test_a_deed_in_an_episode_known_only_by_its_start_year_is_not_at_that_year(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction, "Government troops killed five rebels in the war that began in 2011."
    )
    (killed,) = _by_action(mentions, "killed")
    assert killed.event_date is None


def test_a_subjects_own_deed_told_as_an_after_gerund_is_at_the_clause_date(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "The UN envoy said in Tripoli on Thursday that he was opening a new round of talks, "
        "after signing a security agreement with Prime Minister Abdul Hamid Dbeibah.",
    )
    (signing,) = _by_action(mentions, "signing")
    assert signing.event_date == dt.date(2024, 10, 3)
