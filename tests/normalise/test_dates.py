"""Temporal expressions resolved against the publication date, never against the wall clock."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.codes import DateResult
from timeline.models import DatePrecision
from timeline.normalise.dates import DateResolver

DAY, MONTH, YEAR, UNKNOWN = (
    DatePrecision.DAY,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.UNKNOWN,
)
MONDAY = dt.date(2024, 10, 7)  # a Monday


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on Monday", dt.date(2024, 10, 7), DAY),  # the publication day itself
        ("Monday", dt.date(2024, 10, 7), DAY),
        ("Sunday", dt.date(2024, 10, 6), DAY),
        ("on Thursday", dt.date(2024, 10, 3), DAY),
        ("Tuesday night", dt.date(2024, 10, 1), DAY),
        ("Thursday's", dt.date(2024, 10, 3), DAY),
        ("yesterday", dt.date(2024, 10, 6), DAY),
        ("today", dt.date(2024, 10, 7), DAY),
        ("two days ago", dt.date(2024, 10, 5), DAY),
        ("two hours ago", dt.date(2024, 10, 7), DAY),
        ("last Friday", dt.date(2024, 10, 4), DAY),
        ("March 3", dt.date(2024, 3, 3), DAY),
        ("3 March 2022", dt.date(2022, 3, 3), DAY),
        ("Oct. 5, 2023", dt.date(2023, 10, 5), DAY),
        ("in September", dt.date(2024, 9, 1), MONTH),
        ("September", dt.date(2024, 9, 1), MONTH),
        ("in October", dt.date(2024, 10, 1), MONTH),
        ("late March", dt.date(2024, 3, 1), MONTH),
        ("last month", dt.date(2024, 9, 1), MONTH),
        ("next month", dt.date(2024, 11, 1), MONTH),
        ("earlier this month", dt.date(2024, 10, 1), MONTH),
        ("later this month", dt.date(2024, 10, 1), MONTH),
        ("last week", dt.date(2024, 10, 1), MONTH),  # Sep 30 - Oct 6: its Thursday is in October
        ("this week", dt.date(2024, 10, 1), MONTH),
        ("this year", dt.date(2024, 1, 1), YEAR),
        ("earlier this year", dt.date(2024, 1, 1), YEAR),
        ("last year", dt.date(2023, 1, 1), YEAR),
        ("the end of last year", dt.date(2023, 1, 1), YEAR),
        ("in 2019", dt.date(2019, 1, 1), YEAR),
        ("2019", dt.date(2019, 1, 1), YEAR),
        ("mid-2020", dt.date(2020, 1, 1), YEAR),
        ("early 2021", dt.date(2021, 1, 1), YEAR),
    ],
)
def test_past_expressions(
    resolver: DateResolver, text: str, expected: dt.date, precision: DatePrecision
) -> None:
    assert resolver.resolve(text, MONDAY) == DateResult(expected, precision, text)


def test_last_week_in_the_middle_of_a_month(resolver: DateResolver) -> None:
    found = resolver.resolve("last week", dt.date(2024, 9, 18))
    assert found == DateResult(dt.date(2024, 9, 1), MONTH, "last week")


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on Monday", dt.date(2024, 10, 14), DAY),  # the coming Monday, not today
        ("Thursday", dt.date(2024, 10, 10), DAY),
        ("March 3", dt.date(2025, 3, 3), DAY),
        ("in September", dt.date(2025, 9, 1), MONTH),
        ("next month", dt.date(2024, 11, 1), MONTH),
        ("later this year", dt.date(2024, 1, 1), YEAR),
    ],
)
def test_future_expressions(
    resolver: DateResolver, text: str, expected: dt.date, precision: DatePrecision
) -> None:
    assert resolver.resolve(text, MONDAY, future=True) == DateResult(expected, precision, text)


def test_month_name_goes_back_a_year_when_not_yet_reached(resolver: DateResolver) -> None:
    assert resolver.resolve("in September", dt.date(2024, 8, 1)) == DateResult(
        dt.date(2023, 9, 1), MONTH, "in September"
    )
    assert resolver.resolve("in September", dt.date(2024, 10, 7)) == DateResult(
        dt.date(2024, 9, 1), MONTH, "in September"
    )


@pytest.mark.parametrize(
    "text",
    [
        "at that time",
        "at the time",
        "historically",
        "decades ago",
        "years ago",
        "the 1950s",
        "1990s",
        "the '90s",
        "the 19th century",
        "the following day",
        "that week",
        "the same day",
        "recently",
        "3",
        "",
    ],
)
def test_not_a_date(resolver: DateResolver, text: str) -> None:
    assert resolver.resolve(text, MONDAY) is None
    assert resolver.resolve(text, None) is None


@pytest.mark.parametrize(
    "text", ["yesterday", "on Monday", "earlier this year", "March 3", "last week", "in September"]
)
def test_relative_without_publication_date_is_unknown(resolver: DateResolver, text: str) -> None:
    assert resolver.resolve(text, None) == DateResult(None, UNKNOWN, text)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("3 March 2022", dt.date(2022, 3, 3), DAY),
        ("in 2019", dt.date(2019, 1, 1), YEAR),
        ("March 2022", dt.date(2022, 3, 1), MONTH),
    ],
)
def test_absolute_without_publication_date_resolves(
    resolver: DateResolver, text: str, expected: dt.date, precision: DatePrecision
) -> None:
    assert resolver.resolve(text, None) == DateResult(expected, precision, text)


def test_results_do_not_depend_on_the_wall_clock(resolver: DateResolver) -> None:
    # A publication date far in the past: "yesterday" and "this year" follow it, not today.
    old = dt.date(1999, 12, 31)
    assert resolver.resolve("yesterday", old) == DateResult(dt.date(1999, 12, 30), DAY, "yesterday")
    assert resolver.resolve("this year", old) == DateResult(dt.date(1999, 1, 1), YEAR, "this year")


def test_resolvers_agree(resolver: DateResolver) -> None:
    # Two instances (and repeated calls on one) give the same answers.
    other = DateResolver()
    for text in ("on Monday", "last week", "in September", "3 March 2022"):
        assert other.resolve(text, MONDAY) == resolver.resolve(text, MONDAY)
        assert resolver.resolve(text, MONDAY) == resolver.resolve(text, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "12 years",
        "in 12 years",
        "two years",
        "the past three months",
        "a year",
        "since 2011",
        "until March",
        "through 2025",
    ],
)
def test_durations_and_span_bounds_are_not_event_dates(text: str) -> None:
    assert DateResolver().resolve(text, dt.date(2024, 3, 16)) is None


def test_a_duration_with_ago_is_still_a_date() -> None:
    found = DateResolver().resolve("two years ago", dt.date(2024, 3, 16))
    assert found is not None and found.date == dt.date(2022, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 15 and 16 June", dt.date(2024, 6, 15)),
        ("4-5 December", dt.date(2023, 12, 4)),
        ("June 15-16", dt.date(2024, 6, 15)),
        ("3 to 5 May 2021", dt.date(2021, 5, 3)),
        ("May 3 to 5, 2021", dt.date(2021, 5, 3)),
    ],
)
def test_a_run_of_days_is_dated_by_its_first(
    resolver: DateResolver, text: str, expected: dt.date
) -> None:
    assert resolver.resolve(text, MONDAY) == DateResult(expected, DAY, text)


def test_a_date_run_into_the_next_phrase_is_read_before_the_comma(
    resolver: DateResolver,
) -> None:
    found = resolver.resolve("Saturday, three days", MONDAY)
    assert found == DateResult(dt.date(2024, 10, 5), DAY, "Saturday, three days")
    # a comma inside a date is not cut at
    assert resolver.resolve("June 15, 2021", MONDAY) == DateResult(
        dt.date(2021, 6, 15), DAY, "June 15, 2021"
    )


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("at the end of the month", dt.date(2024, 10, 1), MONTH),
        ("by the beginning of the year", dt.date(2024, 1, 1), YEAR),
    ],
)
def test_a_qualified_unit_with_the_is_the_current_one(
    resolver: DateResolver, text: str, expected: dt.date, precision: DatePrecision
) -> None:
    assert resolver.resolve(text, MONDAY) == DateResult(expected, precision, text)
    # "the month" alone stays unread: with no qualifier it may name any month of the story
    assert resolver.resolve("the month", MONDAY) is None
