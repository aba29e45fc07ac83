"""Publication dates from whatever a source gives: ISO strings, free text, timestamps, datetimes.

A date that cannot be read is None, never a reject: the article is still worth parsing.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

_MIN_YEAR = 1800
_EPOCH_SECONDS_FROM = 1e8  # 1973: smaller numbers are more likely years or ids than timestamps
_EPOCH_MILLIS_FROM = 1e11

# Absolute dates only: a relative phrase such as "yesterday" would depend on when the build ran.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


def parse_published(value: object) -> dt.date | None:
    """The calendar date of `value`, or None when it does not name a whole date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return _plausible(value.date())
    if isinstance(value, dt.date):
        return _plausible(value)
    if isinstance(value, int | float):
        return _from_number(float(value))
    if isinstance(value, str):
        return _from_text(value.strip())
    return None


def _plausible(day: dt.date) -> dt.date | None:
    return day if day.year >= _MIN_YEAR else None


def _from_number(number: float) -> dt.date | None:
    if math.isnan(number) or math.isinf(number) or number < _EPOCH_SECONDS_FROM:
        return None
    seconds = number / 1000 if number >= _EPOCH_MILLIS_FROM else number
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _from_text(text: str) -> dt.date | None:
    if not text or len(text) > 100:
        return None
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return _plausible(dt.datetime.fromisoformat(iso).date())
    except ValueError:
        pass
    if text.lstrip("-").isdigit():
        return _from_number(float(text))
    import dateparser  # slow to import; only free-text dates need it

    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError):
        return None
    if isinstance(parsed, dt.datetime):
        return _plausible(parsed.date())
    return None
