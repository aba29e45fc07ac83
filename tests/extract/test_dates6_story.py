"""Dating rules: a dated main clause with no event still sets the story's day; a day the past
saying holds is not resolved forward."""

from __future__ import annotations

import datetime as dt

from timeline.pipeline import Extraction

from .support import mentions_of, one

PUBLISHED = dt.date(2024, 10, 9)  # a Wednesday


def test_a_dated_clause_with_no_event_sets_the_story_s_day(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "A fire gutted the grain market in Dakar on Tuesday. Senegalese police arrested two "
        "opposition activists, witnesses said.",
        published=PUBLISHED,
    )
    assert one(mentions, "17").event_date == dt.date(2024, 10, 8)


def test_a_past_saying_s_day_is_not_resolved_forward(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Ghana will not recognise the panel's decision on the border, the foreign ministry in "
        "Accra said on Wednesday.",
        published=PUBLISHED,
    )
    assert [m.event_date for m in mentions] == [PUBLISHED]


def test_a_deadline_of_a_foreseen_deed_is_not_its_date(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Venezuela's army could be ready to invade Guyana by 2031, a Brazilian general said on "
        "Tuesday.",
        published=PUBLISHED,
    )
    assert [m.event_date for m in mentions if m.cameo_root == "19"] == [None]


def test_a_day_ending_a_participle_on_the_object_is_the_deed_s(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Kenyan police shot dead a gunman linked to al-Shabaab in the Lamu region on Sunday, "
        "the ministry said.",
        published=PUBLISHED,
    )
    assert one(mentions, "18").event_date == dt.date(2024, 10, 6)


def test_a_past_perfect_deed_does_not_take_the_story_s_day(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Kenyan police killed a gunman in Lamu on Sunday. The ministry said the gunman had "
        "planned attacks on Kenyan police stations.",
        published=PUBLISHED,
    )
    assert one(mentions, "19").event_date is None


def test_a_time_measured_at_the_end_of_a_phrase_of_the_deed_is_the_deed_s(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Al-Shabaab claimed responsibility on Friday for the two bombs that killed more than 20 "
        "people at a rally marking the anniversary of Aden Ayro's death in the Somali town of "
        "Beledweyne a day earlier.",
        published=PUBLISHED,
    )
    assert one(mentions, "18").event_date == dt.date(2024, 10, 3)
