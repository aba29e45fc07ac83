"""Dating rules for a reported clause told before its reporter ('..., police said on Saturday')
and for statements of a threat."""

from __future__ import annotations

import datetime as dt

from timeline.models import DatePrecision
from timeline.pipeline import Extraction

from .support import mentions_of, one

FRIDAY = dt.date(2024, 10, 4)


def test_a_date_before_the_reporter_of_a_clause_told_first_is_the_clause_s(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Gunmen abducted 12 pilgrims, nine Italians and a Swiss, in Doba, south of Moundou, "
        "on Friday, local police said on Saturday.",
    )
    assert one(mentions, "18").event_date == FRIDAY


def test_a_threatened_deed_is_dated_when_the_threat_was_made(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "The president threatened on Friday to impose heavy tariffs on Chile after its navy "
        "seized two fishing boats.",
    )
    threats = [m for m in mentions if m.cameo_code == "1312"]
    assert [m.event_date for m in threats] == [FRIDAY]


def test_a_reported_deed_s_day_is_the_time_the_story_goes_on_at(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Israeli jets reportedly struck an army base near the Syrian city of Homs early on "
        "Friday. Syrian officials condemned the raid.",
    )
    assert one(mentions, "11").event_date == FRIDAY


def test_a_named_day_ending_a_present_relative_clause_dates_the_past_deed(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Chad expelled Sudanese traders who work in the border markets without permits on "
        "Friday, after a ban on foreign traders came into force.",
    )
    assert [m.event_date for m in mentions] == [FRIDAY]


def test_a_time_measured_from_the_story_is_measured_from_its_date_before_the_sentence(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Turkish jets struck Kurdish militants in northern Iraq on Tuesday. Two days later, the "
        "militants agreed to lay down their weapons and leave the border region.",
    )
    later = [m for m in mentions if m.cameo_root != "19"]
    assert len(later) >= 2
    assert {m.event_date for m in later} == {dt.date(2024, 10, 3)}


def test_a_deed_not_told_in_the_future_is_not_dated_after_publication(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Russia's army is ready to attack Finland by 2030, the Estonian defence chief "
        "said on Tuesday.",
    )
    attack = one(mentions, "19")
    assert attack.event_date is None
    assert attack.date_precision is DatePrecision.UNKNOWN


def test_a_named_day_ending_a_what_clause_object_dates_the_deed(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Turkish drones struck what Ankara said were Kurdish militant camps in northern Iraq "
        "early on Friday.",
    )
    assert one(mentions, "19").event_date == FRIDAY


def test_a_foreseen_deed_named_by_a_noun_does_not_take_the_date_of_its_clause(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Senior Chinese and Russian officials will hold talks in the Kazakh capital Astana on "
        "Thursday to prepare for a possible summit between their presidents, Chinese officials "
        "said on Saturday.",
    )
    foreseen = [m for m in mentions if m.cameo_code == "040" and m.action_text == "summit"]
    assert len(foreseen) == 1, [(m.cameo_code, m.action_text, m.modality) for m in mentions]
    assert foreseen[0].event_date is None
