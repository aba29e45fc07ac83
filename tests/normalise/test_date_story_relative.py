"""Expressions measured from the story's own time line are not resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.normalise.dates import DateResolver

PUBLISHED = dt.date(2024, 10, 9)


@pytest.mark.parametrize(
    "text", ["two days later", "Hours later", "a week earlier", "3 days later"]
)
def test_a_time_measured_from_the_story_is_no_date_of_its_own(text: str) -> None:
    assert DateResolver().resolve(text, PUBLISHED) is None


def test_later_this_month_still_resolves() -> None:
    found = DateResolver().resolve("later this month", PUBLISHED)
    assert found is not None and found.date == dt.date(2024, 10, 1)
