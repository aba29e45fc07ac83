"""Weapons delivered in a sale are military cooperation (062), not military aid (072); an air
defence system delivered is weapons.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_weapons_delivered_in_a_sale_are_military_cooperation(extraction: Extraction) -> None:
    text = "France delivered fighter jets to Greece on Monday under a sale agreed in 2021."
    deal = one(mentions_of(extraction, text), "06")
    assert deal.cameo_code == "062" and deal.target_country == "GRC"


def test_weapons_delivered_with_no_sale_stay_military_aid(extraction: Extraction) -> None:
    text = "France delivered fighter jets to Greece on Monday."
    assert one(mentions_of(extraction, text), "07").cameo_code == "072"


def test_an_air_defence_system_delivered_is_weapons(extraction: Extraction) -> None:
    text = "Norway delivered parts of an air defence system to Estonia on Monday."
    assert one(mentions_of(extraction, text), "07").cameo_code == "072"
