"""Hypothesis properties: the readers and normalisers never crash on what they are given, and
keep their invariants (one record out per file, matches inside the text, dates near the
publication date)."""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.ingest import IngestOptions, iter_inputs
from timeline.models import Article, DatePrecision, Reject
from timeline.normalise.actors import ActorDictionary
from timeline.normalise.dates import DateResolver
from timeline.normalise.places import Gazetteer

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=1)
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@lru_cache(maxsize=1)
def resolver() -> DateResolver:
    return DateResolver()


@PROPERTY
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.csv", "a.html"]))
def test_a_file_of_any_bytes_gives_records_and_never_raises(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(iter_inputs([str(path)], IngestOptions()))
    assert items, "every input is accounted for"
    assert all(isinstance(i, Article | Reject) for i in items)
    if name.endswith((".txt", ".html")):
        assert len(items) == 1  # a one-article format gives exactly one record


@PROPERTY
@given(st.text(max_size=300))
def test_actor_matches_lie_inside_the_text_in_order(text: str) -> None:
    matches = actors().find(text, on=dt.date(2024, 1, 1))
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
    spans = [(m.start, m.end) for m in matches]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


@PROPERTY
@given(st.text(max_size=80), st.sampled_from([None, "UKR", "USA", "PRK"]))
def test_place_lookup_never_raises(name: str, hint: str | None) -> None:
    place = gazetteer().lookup(name, hint)
    if place is not None and place.latitude is not None:
        assert -90 <= place.latitude <= 90


@PROPERTY
@given(st.text(max_size=60), st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)), st.booleans())
def test_date_resolution_never_raises_and_is_deterministic(
    text: str, published: dt.date, future: bool
) -> None:
    first = resolver().resolve(text, published, future=future)
    assert first == resolver().resolve(text, published, future=future)
    if first is not None and first.date is None:
        assert first.precision is DatePrecision.UNKNOWN


@PROPERTY
@given(st.sampled_from(WEEKDAYS), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_a_weekday_in_the_past_is_the_last_one_on_or_before_publication(
    weekday: str, published: dt.date
) -> None:
    found = resolver().resolve(f"on {weekday}", published)
    assert found is not None and found.date is not None
    assert found.precision is DatePrecision.DAY
    assert 0 <= (published - found.date).days < 7
    assert found.date.strftime("%A") == weekday
