"""Rules for temporal expressions that dateparser gets wrong or does not understand.

Kept apart from `dates` so each rule can be read and tested on its own. They are rules about the
shape of English date phrases, not reference lists, which is why they live in code.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Leading words that add nothing to the date: "on Monday", "in September", "during 2019".
_LEADING_PREP = re.compile(
    r"^(?:(?:on|in|during|at|since|from|by|until|till|through|throughout|as\s+of)\s+)+"
)

# Position qualifiers that keep the unit but not the exact point: "earlier this year",
# "late March", "mid-2020", "the end of last year", "the beginning of the month".
_QUALIFIER = re.compile(
    r"^(?:the\s+)?(?:earlier|later|early|late|mid|middle|end|start|beginning|turn|first\s+half|"
    r"second\s+half)(?:\s+of)?(?:\s+|-)(?=\S)"
)

# A weekday alone, perhaps with a part of the day: "Monday", "Tuesday night", "Thursday's".
_WEEKDAY = re.compile(
    r"^(?P<day>" + "|".join(WEEKDAYS) + r")(?:'s|’s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)

# Decades and centuries: "the 1950s", "1990s", "the '90s", "the 19th century".
_DECADE = re.compile(r"(?:^|\s)(?:'|’)?\d{2,4}'?s\b|\bcentur(?:y|ies)\b")

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_AND = r"\s*(?:and|to|-|–|—)\s*"
# A run of days names its first: "15 and 16 June", "4-5 December", "June 15-16", "May 3 to 5".
_DAY_RANGE = re.compile(rf"^(?P<first>{_DAY}){_AND}{_DAY}(?=\s+(?:of\s+)?(?:{_MONTHS})\b)")
_MONTH_DAY_RANGE = re.compile(rf"^(?P<first>(?:{_MONTHS})\.?\s+{_DAY}){_AND}{_DAY}\b")
# "on 16 July 36 civilians were killed": a number after a day and its month is a count the
# recogniser ran into the date, not a two-digit year.
_COUNT_AFTER = re.compile(rf"^(?P<date>{_DAY}\s+(?:of\s+)?(?:{_MONTHS})\.?)\s+\d{{1,3}}$")
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
# "Monday and Tuesday", "Sunday into Monday", "Friday to Sunday": the run begins on the first.
_WEEKDAY_RANGE = re.compile(
    rf"^(?P<first>(?:{_WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?)"
    rf"(?:{_AND}|\s+(?:into|through|or)\s+)(?:{_WEEKDAY_NAMES})\b.*$"
)
# "overnight Monday", "Monday overnight", "overnight on Sunday": the night begins that day.
_OVERNIGHT = re.compile(r"^overnight\s+(?!into\s)(?:on\s+)?(?=\S)|\s+overnight$")

# A lone one- or two-digit number ("3") is a count as often as a day: not a usable date. With an
# ordinal suffix ("the 15th") it is a day of the month (see `day_of_month`).
_BARE_DAY = re.compile(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$")
_DAY_OF_MONTH = re.compile(r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)$")

# A length of time, not a point in it: "12 years", "in two weeks", "the past three months".
_DURATION = re.compile(
    r"^(?:the\s+)?(?:past|last|next|first|coming|previous)?\s*"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"few|a\s+few|many|some|couple\s+of|a\s+couple\s+of)\s+"
    r"(?:full\s+|more\s+)?(?:year|month|week|day|hour|decade)s?$"
)

# A length as a modifier: "a four-year absence", "a three-hour delay", "a 22-year-old".
_LENGTH_MODIFIER = re.compile(
    r"^(?:(?:a|an|the)\s+)?\S+-(?:year|month|week|day|hour|minute)s?(?:-(?:old|long))?$"
)

# A time measured from the story's own time line, not from publication: "two days later",
# "hours earlier", "a week later" (the extraction moves the story's date by it).
_MEASURED_LATER = re.compile(
    r"^(?:\S+\s+)?(?:minute|hour|day|week|month|year)s?\s+(?:later|earlier)$"
)

# Bounds of a span, not the time of an event: "since 2011", "until March", "through 2025".
_SPAN_BOUND = re.compile(r"^\s*(?:since|until|till|through|throughout|up\s+to)\b", re.IGNORECASE)

# Words that tie the date to the story's own time line, not to the publication date:
# "that day", "the same week", "the following month", "the day before", "at the time".
_ANAPHORIC = frozenset(
    {
        "that",
        "those",
        "same",
        "following",
        "previous",
        "preceding",
        "then",
        "before",
        "after",
        "time",
        "times",
        "period",
        "era",
        "age",
    }
)

# Expressions with no anchor at all.
_VAGUE = frozenset(
    {
        "historically",
        "recently",
        "soon",
        "previously",
        "once",
        "currently",
        "nowadays",
        "these days",
        "in the past",
        "the past",
        "in the future",
        "the future",
        "annually",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "every year",
        "each year",
        "every day",
        "each day",
        "decades ago",
        "years ago",
        "centuries ago",
        "long ago",
        "for years",
        "for decades",
        "for months",
        "in recent years",
        "recent years",
        "in recent months",
        "recent months",
        "in recent weeks",
        "recent weeks",
        "the coming days",
        "the coming weeks",
        "the coming months",
        "the coming years",
        "the summer",
        "the winter",
        "the spring",
        "the autumn",
        "the fall",
    }
)


def bounds_a_span(text: str) -> bool:
    """True for 'since 2011', 'until March': the edge of a state, not when an event happened."""
    return bool(_SPAN_BOUND.match(text))


def clean(text: str) -> str:
    """Lowercase, single-spaced, without surrounding punctuation or a leading preposition."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split()).strip(' ,.;:()"')
    return _LEADING_PREP.sub("", lowered)


def is_not_a_date(cleaned: str) -> bool:
    """True for expressions that name no point we can place on a calendar."""
    if not cleaned or cleaned in _VAGUE or _DURATION.match(cleaned):
        return True
    if _BARE_DAY.match(cleaned) and day_of_month(cleaned) is None:
        return True
    if _MEASURED_LATER.match(cleaned) or _LENGTH_MODIFIER.match(cleaned):
        return True
    if _DECADE.search(cleaned):
        # A decade or century is background, not an event date; DatePrecision has no decade.
        return True
    words = set(re.split(r"[\s\-]+", cleaned))
    return bool(words & _ANAPHORIC)


def first_day(cleaned: str) -> str:
    """'15 and 16 june' -> '15 june', 'june 15-16, 2024' -> 'june 15, 2024', 'monday and
    tuesday' -> 'monday', 'overnight monday' -> 'monday': an event over a run of days, or a
    night, is dated by the day it begins; unchanged if there is no run."""
    cleaned = _OVERNIGHT.sub("", cleaned)
    for pattern in (_DAY_RANGE, _MONTH_DAY_RANGE, _WEEKDAY_RANGE):
        match = pattern.match(cleaned)
        if match:
            cleaned = match.group("first") + cleaned[match.end() :]
            break
    counted = _COUNT_AFTER.match(cleaned)
    return counted.group("date") if counted else cleaned


def before_comma(cleaned: str) -> str:
    """'friday, two days' -> 'friday': the entity recogniser runs a date into the
    phrase after it; the part before the comma is the date."""
    return cleaned.split(",", 1)[0].strip()


# What is left of "the end of the month": the unit the story is in.
_THE_UNIT = re.compile(r"^the\s+(?P<unit>week|month|year)$")


def strip_qualifier(cleaned: str) -> str:
    """'earlier this year' -> 'this year', 'mid-2020' -> '2020', 'the end of the month' ->
    'this month' (a unit with 'the' is the current one); unchanged if there is none."""
    stripped = _QUALIFIER.sub("", cleaned, count=1)
    unit = _THE_UNIT.match(stripped) if stripped != cleaned else None
    return f"this {unit.group('unit')}" if unit else stripped


def weekday(cleaned: str) -> int | None:
    """The weekday number (Monday 0) of a bare weekday expression, else None."""
    match = _WEEKDAY.match(cleaned)
    return WEEKDAYS.index(match.group("day")) if match else None


# "overnight into Tuesday": the night from Monday to Tuesday
_INTO_DAY = re.compile(rf"^overnight\s+into\s+(?P<day>{_WEEKDAY_NAMES})$")


def night_into(cleaned: str) -> int | None:
    """The weekday a night 'into' a day ends on, else None (it began the day before)."""
    match = _INTO_DAY.match(cleaned)
    return WEEKDAYS.index(match.group("day")) if match else None


def resolve_weekday(day: int, published: dt.date, *, future: bool) -> dt.date:
    """The weekday nearest the publication date in the sentence's direction.

    Past: the most recent such day on or before publication (wire copy says "on Monday" for the
    day it is filed). Future: the next such day strictly after it ("will meet on Monday" filed on
    a Monday means next week; the same day would be "today").
    """
    if future:
        ahead = (day - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=(published.weekday() - day) % 7)


# "the weekend", "at the weekend" (cleaned), "over the weekend", "last weekend", "this weekend".
_WEEKEND = re.compile(r"^(?:over\s+)?(?:(?P<which>the|this|last|past|the\s+past|next)\s+)weekend$")
_SATURDAY = WEEKDAYS.index("saturday")


def weekend(cleaned: str) -> str | None:
    """'last', 'next' or 'this' for an expression naming a weekend ('the weekend' is 'this'),
    else None."""
    match = _WEEKEND.match(cleaned)
    if match is None:
        return None
    which = match.group("which")
    return which if which in ("last", "next") else "last" if "past" in which else "this"


def resolve_weekend(which: str, published: dt.date, *, future: bool) -> dt.date:
    """The Saturday a weekend begins on. 'This weekend' and 'the weekend' are the latest one
    begun by publication, or for the future tense the coming one (begun by then at the
    latest); 'last weekend' the one before the weekend publication falls in, if it does;
    'next weekend' the one after the coming one."""
    begun = resolve_weekday(_SATURDAY, published, future=False)
    in_weekend = published - begun <= dt.timedelta(days=1)
    if which == "last":
        # filed on a Saturday or a Sunday, "last weekend" is the one before
        return begun - dt.timedelta(days=7) if in_weekend else begun
    coming = begun if in_weekend else begun + dt.timedelta(days=7)
    if which == "next":
        return coming + dt.timedelta(days=7)
    return coming if future else begun


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_NAMES = "|".join(_SEASONS)
# "the summer of 2022", "summer 2022", "the autumn of 2014"
_SEASON_YEAR = re.compile(
    rf"^(?:the\s+)?(?:{_SEASON_NAMES})(?:\s+of)?\s+(?P<year>(?:1[89]|20)\d\d)$"
)
# "last summer", "this spring"; a winter runs across two years, so only with a year
_SEASON_NEAR = re.compile(r"^(?P<which>last|this)\s+(?P<season>spring|summer|autumn|fall)$")
_SEASON_MONTHS = 3


def season_year(cleaned: str, published: dt.date | None) -> int | bool | None:
    """The year of a season ('the summer of 2022', 'last autumn'): False if `cleaned` names
    no season, None if it needs a publication date there is not. A season is reported as its
    year: its months depend on the hemisphere and the usage, and a month would claim more."""
    match = _SEASON_YEAR.match(cleaned)
    if match:
        return int(match.group("year"))
    match = _SEASON_NEAR.match(cleaned)
    if match is None:
        return False
    if published is None:
        return None
    if match.group("which") == "this":
        return published.year
    ended = published.month >= _SEASONS[match.group("season")] + _SEASON_MONTHS
    return published.year if ended else published.year - 1


def day_of_month(cleaned: str) -> int | None:
    """The day of 'the 14th', '3rd', else None."""
    match = _DAY_OF_MONTH.match(cleaned)
    day = int(match.group("day")) if match else 0
    return day if 1 <= day <= 31 else None


def resolve_day_of_month(day: int, published: dt.date, *, future: bool) -> dt.date:
    """The latest such day on or before publication, or, for the future tense, the next one
    after it; a month too short for the day is passed over."""
    year, month = published.year, published.month
    step = 1 if future else -1
    for _ in range(13):
        try:
            on = dt.date(year, month, day)
        except ValueError:
            on = None
        if on is not None and (on > published if future else on <= published):
            return on
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    raise ValueError(day)
