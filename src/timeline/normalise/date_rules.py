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

# A lone one- or two-digit number ("3", "the 15th") is a day with no month: not a usable date.
_BARE_DAY = re.compile(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$")

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
        "the weekend",
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
    if not cleaned or cleaned in _VAGUE or _BARE_DAY.match(cleaned) or _DURATION.match(cleaned):
        return True
    if _MEASURED_LATER.match(cleaned) or _LENGTH_MODIFIER.match(cleaned):
        return True
    if _DECADE.search(cleaned):
        # A decade or century is background, not an event date; DatePrecision has no decade.
        return True
    words = set(re.split(r"[\s\-]+", cleaned))
    return bool(words & _ANAPHORIC)


def first_day(cleaned: str) -> str:
    """'15 and 16 june' -> '15 june', 'june 15-16, 2024' -> 'june 15, 2024': an event over a
    run of days is dated by the day it begins; unchanged if there is no run."""
    for pattern in (_DAY_RANGE, _MONTH_DAY_RANGE):
        match = pattern.match(cleaned)
        if match:
            return match.group("first") + cleaned[match.end() :]
    return cleaned


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
