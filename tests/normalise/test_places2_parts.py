"""A part of a country or region named by its compass point (places2)."""

from __future__ import annotations

import pytest

from timeline.models import GeoPrecision
from timeline.normalise.places import Gazetteer

pytestmark = pytest.mark.slow

DIRECTIONS = frozenset({"north", "south", "east", "west", "southeast"})


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_a_compass_part_of_a_country_is_at_the_country_s_point(gazetteer: Gazetteer) -> None:
    part = gazetteer.part_of("Northern Chad", DIRECTIONS)
    assert part is not None
    assert (part.name, part.country, part.precision) == (
        "Northern Chad",
        "TCD",
        GeoPrecision.COUNTRY,
    )
    assert part.latitude is not None


def test_a_part_of_a_continent_is_no_town_of_its_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.part_of("Southeast Asia", DIRECTIONS) is None
    assert gazetteer.part_of("Upper Chad", DIRECTIONS) is None
