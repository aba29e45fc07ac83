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
