"""Clauses measured from another: 'a day after', 'two days before', 'hours after', 'weeks after'."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from timeline.codes import DateResult
from timeline.extract.time_offsets import Offset, clause_offset, reverse, shifted
from timeline.models import DatePrecision
from timeline.nlp import load_pipeline
from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow

SATURDAY = DateResult(dt.date(2024, 10, 5), DatePrecision.DAY, "on Saturday")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "days", "precision"),
    [
        ("Iran protested, a day after Israel struck Damascus.", -1, DatePrecision.DAY),
        ("Iran protested, three days after Israel struck Damascus.", -3, DatePrecision.DAY),
        ("Iran protested hours after Israel struck Damascus.", 0, DatePrecision.DAY),
        ("Iran protested, weeks after Israel struck Damascus.", -14, DatePrecision.YEAR),
        ("Iran protested two days before Israel struck Damascus.", 2, DatePrecision.DAY),
    ],
)
def test_a_measured_clause_has_an_offset(
    nlp: Language, text: str, days: int, precision: DatePrecision
) -> None:
    doc = nlp(text)
    struck = next(t for t in doc if t.lower_ == "struck")
    offset = clause_offset(struck)
    assert offset is not None and (offset.days, offset.precision) == (days, precision)


def test_an_unmeasured_clause_has_none(nlp: Language) -> None:
    doc = nlp("Iran protested after Israel struck Damascus.")
    assert clause_offset(next(t for t in doc if t.lower_ == "struck")) is None


def test_a_shift_moves_the_date_and_keeps_the_coarser_precision() -> None:
    back = Offset(-1, DatePrecision.DAY, "a day after")
    assert shifted(SATURDAY, back) == DateResult(
        dt.date(2024, 10, 4), DatePrecision.DAY, "a day after | on Saturday"
    )
    assert shifted(SATURDAY, reverse(back)).date == dt.date(2024, 10, 6)
    weeks = Offset(-14, DatePrecision.YEAR, "weeks after")
    assert shifted(SATURDAY, weeks).date == dt.date(2024, 1, 1)


def test_the_measured_clause_takes_its_date_from_the_other(extraction: Extraction) -> None:
    text = (
        "Chad expelled the French ambassador on Saturday, a day after France criticised "
        "the Chadian government."
    )
    mentions = {m.cameo_root: m for m in mentions_of(extraction, text)}
    assert mentions["11"].event_date == dt.date(2024, 10, 4)
    text = "Hours after the sides agreed to a truce on Saturday, Chad accused Sudan of shelling."
    mentions = {m.cameo_root: m for m in mentions_of(extraction, text) if m.source_country == "TCD"}
    assert mentions["11"].event_date == dt.date(2024, 10, 5)
