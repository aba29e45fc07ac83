"""Temporal expressions to ISO dates with an honest precision.

`DateResolver.resolve` takes the words spaCy tagged as a DATE ("on Monday", "last week", "3 March
2022") and returns the date they name, resolved against the article's publication date, never
against the wall clock, so the same input always gives the same output.

Conventions (the data contract's `event_date` / `date_precision`):

- day precision: the day itself ("yesterday", "March 3", "on Monday");
- month precision: the first day of the month ("in September", "last month", "later this month");
- year precision: 1 January of the year ("in 2019", "last year", "earlier this year", "mid-2020");
- a week ("last week", "this week") is reported at month precision, as the month holding the
  middle (Thursday) of that week: a day would claim more than the text says;
- a weekend ("last weekend", "at the weekend", "over the weekend") is its Saturday at day
  precision: wire copy files a weekend's events under the day they began, and a day off by one
  at most keeps the week a data scientist bins by, where a month would lose it. "The weekend"
  and "this weekend" are the latest one begun by publication (the coming one for the future
  tense); "last weekend" filed on a Saturday or Sunday is the one before;
- a season is its year at year precision ("in the summer of 2022" is 2022, "last summer" the
  last one over by publication, "this spring" the publication's year): its months depend on
  the hemisphere and on usage, so a month would claim more than the text says; a winter with
  no year ("last winter") runs across two years and is not resolved;
- a bare weekday is the latest such day on or before publication, or, for a sentence in the
  future tense, the next one after it; a run of weekdays ("on Monday and Tuesday", "Sunday
  into Monday") or a night ("overnight Monday") is dated by the day it begins, and "overnight
  into Tuesday" by the Monday;
- a day of the month alone ("on the 14th") is the latest such day on or before publication
  (the next one after it for the future tense), skipping months too short for it; a bare
  number ("14") is not a date;
- a month or a day without a year is the latest one on or before publication (the next one after
  it for the future tense): "in September" published 2024-08-01 is September 2023;
- with no publication date, an expression that needs one ("yesterday", "March 3") gives
  `DateResult(None, UNKNOWN, text)`, while an absolute one ("3 March 2022") still resolves;
- decades and centuries ("the 1950s"), expressions tied to the story's own time line ("that
  day", "the following week", "two days later") and vague ones ("historically", "decades ago")
  return None: they are not an event date.
"""

from __future__ import annotations

import datetime as dt

from dateparser.date import DateDataParser

from timeline.codes import DateResult
from timeline.models import DatePrecision
from timeline.normalise import date_rules

# Two unrelated reference dates (different year, month, day and weekday). An expression that
# resolves to the same date against both does not depend on the publication date: it is absolute.
_PROBES = (dt.date(2001, 2, 3), dt.date(2013, 11, 24))
# dateparser can turn stray numbers into absurd years ("1000 troops"); outside this range we
# trust no result.
_MIN_YEAR = 1800
_MAX_YEARS_AHEAD = 50
_MAX_CACHED_PARSERS = 512

_Resolved = tuple[dt.date, DatePrecision]


class DateResolver:
    """Resolve temporal expressions against a publication date, deterministically."""

    def __init__(self) -> None:
        self._base_settings: dict[str, object] = {
            "PREFER_DAY_OF_MONTH": "first",
            # No timestamps ("1700000000"): dates as people write them.
            "PARSERS": ["relative-time", "absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        # The English-only parser is built here once; a DateDataParser per (base date, direction)
        # reuses its loaded locale and costs microseconds. They are kept per instance, bounded.
        self._parsers: dict[tuple[dt.date, bool], DateDataParser] = {}
        self._parser_for(_PROBES[0], future=False)

    def resolve(
        self, text: str, published: dt.date | None, *, future: bool = False
    ) -> DateResult | None:
        """The date `text` names, or None when it names no placeable date (see module docs)."""
        if date_rules.bounds_a_span(text):
            return None
        cleaned = date_rules.clean(text)
        if date_rules.is_not_a_date(cleaned):
            return None
        core = date_rules.first_day(date_rules.strip_qualifier(cleaned))
        found = self._resolve_core(core, text, published, future=future)
        if found is None and "," in core:
            head = date_rules.before_comma(core)
            found = self._resolve_core(head, text, published, future=future)
        return found

    def _resolve_core(
        self, core: str, text: str, published: dt.date | None, *, future: bool
    ) -> DateResult | None:
        """The date of a cleaned expression with its qualifier stripped."""
        if date_rules.is_not_a_date(core):
            return None
        if (which := date_rules.weekend(core)) is not None:
            if published is None:
                return DateResult(None, DatePrecision.UNKNOWN, text)
            on = date_rules.resolve_weekend(which, published, future=future)
            return DateResult(on, DatePrecision.DAY, text)
        if (year := date_rules.season_year(core, published)) is not False:
            if year is None:
                return DateResult(None, DatePrecision.UNKNOWN, text)
            return DateResult(dt.date(year, 1, 1), DatePrecision.YEAR, text)
        if (of_month := date_rules.day_of_month(core)) is not None:
            if published is None:
                return DateResult(None, DatePrecision.UNKNOWN, text)
            on = date_rules.resolve_day_of_month(of_month, published, future=future)
            return DateResult(on, DatePrecision.DAY, text)
        if (ends := date_rules.night_into(core)) is not None:
            if published is None:
                return DateResult(None, DatePrecision.UNKNOWN, text)
            on = date_rules.resolve_weekday(ends, published, future=future)
            return DateResult(on - dt.timedelta(days=1), DatePrecision.DAY, text)
        day = date_rules.weekday(core)
        if day is not None:
            if published is None:
                return DateResult(None, DatePrecision.UNKNOWN, text)
            on = date_rules.resolve_weekday(day, published, future=future)
            return DateResult(on, DatePrecision.DAY, text)

        if published is not None:
            found = self._parse(core, published, future=future)
            return None if found is None else DateResult(found[0], found[1], text)

        first = self._parse(core, _PROBES[0], future=future)
        if first is None:
            return None
        if self._parse(core, _PROBES[1], future=future) == first:
            return DateResult(first[0], first[1], text)
        return DateResult(None, DatePrecision.UNKNOWN, text)

    def _parser_for(self, base: dt.date, *, future: bool) -> DateDataParser:
        key = (base, future)
        parser = self._parsers.get(key)
        if parser is None:
            if len(self._parsers) >= _MAX_CACHED_PARSERS:
                self._parsers.clear()
            settings = dict(self._base_settings)
            # Noon, so "two hours ago" stays on the publication day.
            settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
            settings["PREFER_DATES_FROM"] = "future" if future else "past"
            parser = DateDataParser(languages=["en"], settings=settings)
            self._parsers[key] = parser
        return parser

    def _parse(self, core: str, base: dt.date, *, future: bool) -> _Resolved | None:
        """dateparser's reading of `core` against `base`, at the precision its period gives."""
        data = self._parser_for(base, future=future).get_date_data(core)
        if data.date_obj is None:
            return None
        found: dt.date = data.date_obj.date()
        if not _MIN_YEAR <= found.year <= base.year + _MAX_YEARS_AHEAD:
            return None
        period = data.period
        if period == "year":
            return dt.date(found.year, 1, 1), DatePrecision.YEAR
        if period == "month":
            return found.replace(day=1), DatePrecision.MONTH
        if period == "week":
            middle = found - dt.timedelta(days=found.weekday()) + dt.timedelta(days=3)
            return middle.replace(day=1), DatePrecision.MONTH
        # "day", and "time" for expressions with a clock time ("two hours ago").
        return found, DatePrecision.DAY
