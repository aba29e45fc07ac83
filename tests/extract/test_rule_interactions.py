"""Rules that met when parallel work was merged: each test pins how two of them combine."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import DatePrecision
from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_beating_near_a_sport_word_is_still_violence(extraction: Extraction) -> None:
    for text in (
        "Israeli police beat Palestinian fans after the match in Jerusalem on Monday.",
        "Israeli soldiers beat Palestinian protesters in Hebron hours before the final vote.",
    ):
        assert any(m.cameo_root == "18" for m in mentions_of(extraction, text)), text


def test_a_capital_named_in_apposition_is_the_place(extraction: Extraction) -> None:
    mentions = mentions_of(extraction, "Rebels shelled the capital Naypyitaw on Monday.")
    assert mentions and all(m.location_country == "MMR" for m in mentions)
    assert all(m.latitude is not None for m in mentions)


def test_the_day_after_is_as_exact_as_a_day_after(extraction: Extraction) -> None:
    text = (
        "Chad expelled the French ambassador on Saturday, the day after France criticised "
        "the Chadian government."
    )
    criticism = [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]
    assert criticism and criticism[0].event_date == dt.date(2024, 10, 4)
    assert criticism[0].date_precision is DatePrecision.DAY
