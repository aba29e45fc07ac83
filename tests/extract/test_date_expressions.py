"""Date expressions the recogniser cuts or mislabels, read through the pipeline: a season cut
before its year, an ordinal day, 'the day before', a run of weekdays, a weekend, a night."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import DatePrecision
from timeline.pipeline import Extraction

from .support import mentions_of, one

# support.PUBLISHED is Monday 7 October 2024


@pytest.mark.parametrize(
    ("text", "root", "date", "precision"),
    [
        (
            "Egyptian officials hosted Jordanian envoys in Cairo in the summer of 2021.",
            "04",
            dt.date(2021, 1, 1),
            DatePrecision.YEAR,
        ),
        (
            "Turkish police arrested the Greek journalist on the 4th.",
            "17",
            dt.date(2024, 10, 4),
            DatePrecision.DAY,
        ),
        (
            "Rebel fighters shelled the Syrian town on Thursday and Friday.",
            "19",
            dt.date(2024, 10, 3),
            DatePrecision.DAY,
        ),
        (
            "Turkish troops attacked the Syrian village over the weekend.",
            "19",
            dt.date(2024, 10, 5),
            DatePrecision.DAY,
        ),
        (
            "Russian drones attacked the Ukrainian capital overnight into Sunday.",
            "19",
            dt.date(2024, 10, 5),
            DatePrecision.DAY,
        ),
    ],
)
def test_a_date_expression_dates_the_event(
    extraction: Extraction, text: str, root: str, date: dt.date, precision: DatePrecision
) -> None:
    mention = one(mentions_of(extraction, text), root)
    assert (mention.event_date, mention.date_precision) == (date, precision)


def test_the_day_before_is_measured_from_the_story(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Israeli jets struck Gaza on Thursday. Hamas fired rockets at Israel the day before.",
    )
    rockets = [m for m in mentions if m.sentence_index == 1]
    assert rockets and all(m.event_date == dt.date(2024, 10, 2) for m in rockets), rockets


def test_the_present_perfect_does_not_go_on_with_a_story_of_a_past_year(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Turkish troops seized the Syrian town of Azaz in 2019. Turkey has sent more troops to "
        "Syria.",
    )
    sent = [m for m in mentions if m.sentence_index == 1]
    assert sent and all(m.event_date == dt.date(2024, 10, 7) for m in sent), sent
    assert all(m.date_precision is DatePrecision.DAY for m in sent)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian officials said on Thursday that Turkish troops had shelled the town the "
        "previous day.",
        "Turkish troops entered the Syrian town on Tuesday and shelled the village the next day.",
    ],
)
def test_a_day_measured_from_the_story_is_measured_from_the_clause_above(
    extraction: Extraction, text: str
) -> None:
    shelled = [m for m in mentions_of(extraction, text) if m.action_text == "shelled"]
    assert [(m.event_date, m.date_precision) for m in shelled] == [
        (dt.date(2024, 10, 2), DatePrecision.DAY)
    ]
