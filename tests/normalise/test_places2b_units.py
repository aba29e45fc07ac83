"""First-level units the gazetteer's other tiers lack, from ISO 3166-2 (pycountry)."""

from __future__ import annotations

import pytest

from timeline.models import GeoPrecision
from timeline.normalise.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_a_province_the_cities_lack_is_its_country_s_unit(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Nova Scotia")
    assert place is not None
    assert (place.country, place.admin1, place.precision) == (
        "CAN",
        "Nova Scotia",
        GeoPrecision.ADMIN1,
    )


def test_a_one_word_unit_elsewhere_is_not_taken_for_a_hinted_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Ghat", "IND") is None


def test_st_is_saint_when_nothing_else_is_called_so(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("St. Kitts")
    assert place is not None and place.country == "KNA"
    town = gazetteer.lookup("St Petersburg")
    assert town is not None and town.country == "RUS"
