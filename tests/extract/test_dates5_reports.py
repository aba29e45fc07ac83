"""Dating rules for a reported clause told before its reporter ('..., police said on Saturday')
and for statements of a threat."""

from __future__ import annotations

import datetime as dt

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
