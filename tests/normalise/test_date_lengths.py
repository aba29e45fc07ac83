"""A length used as a modifier ('a four-year absence') is no date: dateparser read it as April."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.normalise.dates import DateResolver


@pytest.mark.parametrize("text", ["four-year", "a two-year", "three-hour", "the 10-day"])
def test_a_length_as_a_modifier_is_no_date(text: str) -> None:
    assert DateResolver().resolve(text, dt.date(2024, 10, 9)) is None


def test_a_year_in_the_middle_still_resolves() -> None:
    found = DateResolver().resolve("mid-2020", dt.date(2024, 10, 9))
    assert found is not None and found.date == dt.date(2020, 1, 1)
