"""Dating rules that read the clause a deed sits in: a noun's own date, a clause describing a
noun, a claim in the present perfect, a possessed noun event mentioned in passing."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.time_offsets import story_offset
from timeline.models import DatePrecision
from timeline.pipeline import Extraction

from .support import mentions_of, one


def test_a_noun_event_takes_its_own_date_and_so_does_a_clause_describing_it(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "EU ministers rebuked Greek Prime Minister Alexis Tsipras on Thursday for his visit to "
        "Beijing last month, where he met Chinese President Xi Jinping.",
    )
    # the meeting on the visit may be coded as the visit itself (one event) or apart
    visit_and_meeting = [m for m in mentions if m.cameo_root == "04"]
    assert visit_and_meeting, mentions
    for mention in visit_and_meeting:
        assert mention.event_date == dt.date(2024, 9, 1)
        assert mention.date_precision is DatePrecision.MONTH


def test_a_clause_describing_a_noun_takes_the_date_of_its_phrase(
    extraction: Extraction,
) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Officials in Khartoum said the June blast at the depot in Kalo, which killed 40 "
            "civilians, was an accident.",
        ),
        "18",
    )
    assert mention.event_date == dt.date(2024, 6, 1)
    assert mention.date_precision is DatePrecision.MONTH


def test_a_participle_on_a_noun_shares_the_date_of_the_verb_above(
    extraction: Extraction,
) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Moscow placed the Finnish company's local plant under state control on Saturday, "
            "in effect seizing the factory from its owners.",
        ),
        "17",
    )
    assert mention.event_date == dt.date(2024, 10, 5)


def test_a_noun_event_takes_the_date_of_a_clause_describing_it(extraction: Extraction) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Indian Prime Minister Narendra Modi did not attend the BRICS summit that opened in "
            "Kazan on Friday.",
        ),
        "04",
    )
    assert mention.event_date == dt.date(2024, 10, 4)
    assert mention.date_text == "on Friday"


def test_an_alleged_deed_in_the_present_perfect_is_not_dated_by_the_claim(
    extraction: Extraction,
) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Iran has reportedly shipped hundreds of drones to Russia, Ukrainian officials said "
            "on Friday.",
        ),
        "07",
    )
    assert mention.event_date is None
    assert mention.date_precision is DatePrecision.UNKNOWN


def test_a_possessed_noun_event_in_passing_gets_no_date(extraction: Extraction) -> None:
    mention = one(
        mentions_of(
            extraction,
            "The Norwegian minister said on Friday that Oslo would not accept Russia's seizure "
            "of the islands.",
        ),
        "17",
    )
    assert mention.event_date is None
    assert mention.date_precision is DatePrecision.UNKNOWN


def test_a_lead_in_the_simple_past_without_a_date_gets_none(extraction: Extraction) -> None:
    mention = one(
        mentions_of(extraction, "The Ethiopian army accused Eritrea of shelling the border town."),
        "11",
    )
    assert mention.event_date is None
    assert mention.date_precision is DatePrecision.UNKNOWN


def test_a_lead_in_the_present_perfect_is_news_as_of_publication(extraction: Extraction) -> None:
    mention = one(
        mentions_of(
            extraction, "The Ethiopian army has accused Eritrea of shelling the border town."
        ),
        "11",
    )
    assert mention.event_date == dt.date(2024, 10, 7)
    assert mention.date_precision is DatePrecision.DAY


def test_a_participle_on_a_noun_the_parse_made_the_root_takes_the_noun_phrase_date(
    extraction: Extraction,
) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Niger's military seized power on Wednesday, detaining President Mohamed Bazoum in "
            "the capital Niamey.",
            dt.date(2024, 10, 10),
        ),
        "17",
    )
    assert mention.date_text == "on Wednesday"


def test_a_clause_set_after_another_without_a_date_does_not_take_the_story_s(
    extraction: Extraction,
) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Students clashed with riot police in Tbilisi on Sunday over the death of a young "
            "activist who died after being beaten by police officers.",
        ),
        "18",
    )
    assert mention.event_date is None
    assert mention.date_precision is DatePrecision.UNKNOWN


def test_a_plan_or_a_condition_does_not_take_the_date_of_the_past_threat_it_hangs_from(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Polish President Andrzej Duda threatened on Tuesday to close the border and expel "
        "Belarusian diplomats if Minsk attacked Polish border guards again.",
    )
    # the threatened closure is the threat itself (1381, asserted: test_types5_threats)
    condition = one(mentions, "19")
    assert condition.event_date is None
    assert condition.date_precision is DatePrecision.UNKNOWN


def test_a_time_measured_from_the_story_moves_the_story_s_date(extraction: Extraction) -> None:
    mention = one(
        mentions_of(
            extraction,
            "Russian Defence Minister Andrei Belousov ordered troops on Wednesday to withdraw from "
            "the Ukrainian town of Vovchansk. Two days later, Russian forces shelled the town.",
        ),
        "19",
    )
    assert mention.event_date == dt.date(2024, 10, 4)
    assert mention.date_precision is DatePrecision.DAY


@pytest.mark.parametrize(
    ("text", "days", "precision"),
    [
        ("Two days later", 2, DatePrecision.DAY),
        ("hours later,", 0, DatePrecision.DAY),
        ("the next morning", 1, DatePrecision.DAY),
        ("the day before", -1, DatePrecision.DAY),
        ("a week earlier", -7, DatePrecision.MONTH),
    ],
)
def test_a_time_measured_from_the_story_has_an_offset(
    text: str, days: int, precision: DatePrecision
) -> None:
    offset = story_offset(text)
    assert offset is not None
    assert (offset.days, offset.precision) == (days, precision)


@pytest.mark.parametrize("text", ["next month", "earlier this year", "later", "on Friday"])
def test_a_time_not_measured_from_the_story_has_no_offset(text: str) -> None:
    assert story_offset(text) is None
