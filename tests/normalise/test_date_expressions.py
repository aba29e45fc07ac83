"""Weekends, seasons, runs of weekdays, nights and days of the month, resolved against an
invented publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import DatePrecision
from timeline.normalise.dates import DateResolver

WEDNESDAY = dt.date(2024, 3, 13)
SATURDAY = dt.date(2024, 3, 16)
SUNDAY = dt.date(2024, 3, 17)


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def _day(resolver: DateResolver, text: str, published: dt.date, future: bool = False) -> dt.date:
    found = resolver.resolve(text, published, future=future)
    assert found is not None and found.precision is DatePrecision.DAY, found
    assert found.date is not None
    return found.date


@pytest.mark.parametrize(
    ("text", "published", "future", "saturday"),
    [
        ("last weekend", WEDNESDAY, False, dt.date(2024, 3, 9)),
        ("the past weekend", WEDNESDAY, False, dt.date(2024, 3, 9)),
        ("over the weekend", WEDNESDAY, False, dt.date(2024, 3, 9)),
        ("at the weekend", WEDNESDAY, False, dt.date(2024, 3, 9)),
        ("this weekend", WEDNESDAY, True, dt.date(2024, 3, 16)),
        ("next weekend", WEDNESDAY, True, dt.date(2024, 3, 23)),
        ("over the weekend", SUNDAY, False, dt.date(2024, 3, 16)),
        ("this weekend", SATURDAY, True, dt.date(2024, 3, 16)),
        ("last weekend", SUNDAY, False, dt.date(2024, 3, 9)),
        ("last weekend", SATURDAY, False, dt.date(2024, 3, 9)),
    ],
)
def test_a_weekend_is_its_saturday_to_the_day(
    resolver: DateResolver, text: str, published: dt.date, future: bool, saturday: dt.date
) -> None:
    assert _day(resolver, text, published, future) == saturday


def test_a_weekend_needs_a_publication_date(resolver: DateResolver) -> None:
    found = resolver.resolve("last weekend", None)
    assert found is not None and found.date is None
    assert found.precision is DatePrecision.UNKNOWN


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("in the summer of 2021", 2021),
        ("the autumn of 2016", 2016),
        ("winter 2019", 2019),
        ("last summer", 2023),  # published in March: the summer before
        ("this spring", 2024),
        ("last spring", 2023),
    ],
)
def test_a_season_is_reported_as_its_year(resolver: DateResolver, text: str, year: int) -> None:
    found = resolver.resolve(text, WEDNESDAY)
    assert found is not None
    assert (found.date, found.precision) == (dt.date(year, 1, 1), DatePrecision.YEAR)


def test_last_summer_after_it_ended_is_this_year(resolver: DateResolver) -> None:
    found = resolver.resolve("last summer", dt.date(2024, 10, 2))
    assert found is not None and found.date == dt.date(2024, 1, 1)


def test_a_season_with_its_year_needs_no_publication_date(resolver: DateResolver) -> None:
    found = resolver.resolve("the spring of 2020", None)
    assert found is not None and found.date == dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Monday and Tuesday", dt.date(2024, 3, 11)),
        ("Friday to Sunday", dt.date(2024, 3, 8)),
        ("Sunday into Monday", dt.date(2024, 3, 10)),
        ("overnight Monday", dt.date(2024, 3, 11)),
        ("Tuesday overnight", dt.date(2024, 3, 12)),
        ("overnight on Sunday", dt.date(2024, 3, 10)),
        ("overnight into Tuesday", dt.date(2024, 3, 11)),
    ],
)
def test_a_run_of_days_or_a_night_is_dated_by_the_day_it_begins(
    resolver: DateResolver, text: str, day: dt.date
) -> None:
    assert _day(resolver, text, WEDNESDAY) == day


@pytest.mark.parametrize(
    ("text", "published", "future", "day"),
    [
        ("the 9th", WEDNESDAY, False, dt.date(2024, 3, 9)),
        ("on the 13th", WEDNESDAY, False, dt.date(2024, 3, 13)),
        ("the 20th", WEDNESDAY, False, dt.date(2024, 2, 20)),
        ("the 20th", WEDNESDAY, True, dt.date(2024, 3, 20)),
        ("the 30th", WEDNESDAY, False, dt.date(2024, 1, 30)),  # February has none
        ("the 1st", dt.date(2024, 12, 31), True, dt.date(2025, 1, 1)),
    ],
)
def test_an_ordinal_day_is_the_nearest_such_day_of_a_month(
    resolver: DateResolver, text: str, published: dt.date, future: bool, day: dt.date
) -> None:
    assert _day(resolver, text, published, future) == day


@pytest.mark.parametrize("text", ["the 90th", "the 32nd", "14"])
def test_a_number_that_is_no_day_of_a_month_is_no_date(resolver: DateResolver, text: str) -> None:
    assert resolver.resolve(text, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "month"),
    [("late last month", dt.date(2024, 2, 1)), ("earlier this month", dt.date(2024, 3, 1))],
)
def test_a_part_of_a_month_is_the_month(resolver: DateResolver, text: str, month: dt.date) -> None:
    found = resolver.resolve(text, WEDNESDAY)
    assert found is not None
    assert (found.date, found.precision) == (month, DatePrecision.MONTH)


@pytest.mark.parametrize("text", ["12 and 13 May 40", "on 3 June 9", "2 of April 150"])
def test_a_count_run_into_a_day_and_month_is_no_year(resolver: DateResolver, text: str) -> None:
    found = resolver.resolve(text, WEDNESDAY)
    assert found is not None and found.date is not None
    assert found.date.year == 2023 and found.precision is DatePrecision.DAY
