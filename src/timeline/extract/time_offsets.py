"""Clauses set a measured time before or after the clause they hang from: 'a day after
Lima approved the loan', 'three days after the envoys met in Geneva', 'hours after the two
sides agreed to a truce on Saturday', 'weeks after troops seized the port'.

Wire copy dates one of the two clauses and measures the other from it. The offset moves the
date across, and a vague measure ('weeks after') keeps only the precision it supports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

from timeline.codes import DateResult
from timeline.models import DatePrecision

# unit lemma -> (days per unit, the precision a count of them keeps)
_UNITS: dict[str, tuple[int, DatePrecision]] = {
    "minute": (0, DatePrecision.DAY),
    "hour": (0, DatePrecision.DAY),
    "day": (1, DatePrecision.DAY),
    "week": (7, DatePrecision.MONTH),
    "month": (30, DatePrecision.MONTH),
    "year": (365, DatePrecision.YEAR),
}
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_VAGUE_COUNT = 2  # "days after", "weeks after": a few
_COARSER = {
    DatePrecision.DAY: DatePrecision.MONTH,
    DatePrecision.MONTH: DatePrecision.YEAR,
    DatePrecision.YEAR: DatePrecision.YEAR,
}
_FINENESS = (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)


@dataclass(frozen=True, slots=True)
class Offset:
    """How far the marked clause lies from the clause it hangs from: `days` later (negative:
    earlier), known to `precision`, in the text's `words` ('a day after')."""

    days: int
    precision: DatePrecision
    words: str


def clause_offset(clause: Token) -> Offset | None:
    """The offset of an 'after'/'before' clause measured by a time phrase, else None."""
    if clause.dep_ not in ("advcl", "ccomp"):  # the parse sometimes takes it for a ccomp
        return None
    marker = next((c for c in clause.children if c.dep_ == "mark"), None)
    if marker is None or marker.lower_ not in ("after", "before"):
        return None
    mark = marker.lower_
    # the parse hangs "three days" on the clause's verb, on "after" itself, or on the verb
    # the clause hangs from ("protested hours after ...")
    measures = [*clause.children, *marker.children]
    measures += [c for c in clause.head.children if c.i == marker.i - 1]
    measure = next(
        (c for c in measures if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS), None
    )
    if measure is None:
        return None
    days, precision = _measure(
        measure.lemma_.lower(), _count(measure), plural=measure.lower_ != measure.lemma_.lower()
    )
    words = f"{' '.join(t.text for t in measure.subtree)} {mark}"
    return Offset(-days if mark == "after" else days, precision, words)


def _measure(unit: str, count: int | None, plural: bool) -> tuple[int, DatePrecision]:
    """Days and precision of `count` units; with no count, 'the day' is one and 'days' a few."""
    per_unit, precision = _UNITS[unit]
    if count is None and not plural:
        count = 1  # "the day after": one, as exact as "a day after"
    elif count is None:
        count = _VAGUE_COUNT
        if per_unit:  # "hours after" is still the same day
            precision = _COARSER[precision]
    return count * per_unit, precision


# "two days later", "hours earlier"; "the next day", "the following morning", "the previous
# week" ("next month" is the publication's); "the day before": measured from the story's date
_LATER = re.compile(
    r"^(?:(?P<count>[a-z0-9]+)\s+)?(?P<unit>[a-z]+?)(?P<s>s?)\s+(?P<way>later|earlier)$"
)
_NEXT = re.compile(r"^the\s+(?P<way>next|following|previous|preceding)\s+(?P<unit>[a-z]+)$")
_BEFORE = re.compile(r"^the\s+(?P<unit>[a-z]+)\s+(?P<way>before|after)$")
_FORWARD = frozenset({"later", "next", "following", "after"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def story_offset(text: str) -> Offset | None:
    """The offset of an expression measured from the time the story has reached ('two days
    later', 'the next morning', 'a week earlier'), else None."""
    words = " ".join(text.lower().split()).strip(" ,.;:")
    match = _LATER.match(words) or _NEXT.match(words) or _BEFORE.match(words)
    if match is None:
        return None
    unit = "day" if match["unit"] in _PARTS_OF_DAY else match["unit"]
    if unit not in _UNITS:
        return None
    groups = match.groupdict()
    count: int | None = None
    if groups.get("count"):
        word = groups["count"]
        count = int(word) if word.isdigit() else _COUNTS.get(word)
        if count is None:
            return None
    days, precision = _measure(unit, count, plural=bool(groups.get("s")))
    return Offset(days if match["way"] in _FORWARD else -days, precision, words)


def shifted(found: DateResult, offset: Offset) -> DateResult:
    """`found` moved by `offset`, at the coarser of the two precisions; its text says both
    ('a day after | on Saturday')."""
    if found.date is None or found.precision not in _FINENESS:
        return found
    precision = max(found.precision, offset.precision, key=_FINENESS.index)
    moved = found.date + dt.timedelta(days=offset.days)
    if precision is DatePrecision.MONTH:
        moved = moved.replace(day=1)
    elif precision is DatePrecision.YEAR:
        moved = moved.replace(month=1, day=1)
    text = f"{offset.words} | {found.text}" if found.text else offset.words
    return DateResult(moved, precision, text)


def reverse(offset: Offset) -> Offset:
    """The offset seen from the other clause."""
    return Offset(-offset.days, offset.precision, offset.words)


def _count(measure: Token) -> int | None:
    """'a day', 'three days', '48 hours': the number of units, if the text gives one."""
    for child in measure.children:
        word = child.lower_
        if child.dep_ in ("nummod", "det") and word in _COUNTS:
            return _COUNTS[word]
        if child.dep_ == "nummod" and word.isdigit():
            return int(word)
    return None
