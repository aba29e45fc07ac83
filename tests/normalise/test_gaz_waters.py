"""Seas, straits and other waters named in the news resolve with a representative point."""

from __future__ import annotations

import pytest
from tests.extract.support import mentions_of

from timeline.models import GeoPrecision
from timeline.normalise.places import Gazetteer
from timeline.pipeline import BuildOptions, Extraction


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("the Barents Sea", 74.0, 40.0),
        ("Straits of Malacca", 3.5, 100.5),
        ("Bab al-Mandab", 12.6, 43.3),
        ("Kerch Strait", 45.3, 36.5),
    ],
)
def test_a_water_has_a_point_and_no_country(
    gazetteer: Gazetteer, name: str, lat: float, lon: float
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.country, place.precision) == (None, GeoPrecision.ADMIN1)
    assert place.latitude == pytest.approx(lat, abs=0.5)
    assert place.longitude == pytest.approx(lon, abs=0.5)


def test_a_water_inside_one_country_has_that_country(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("the Bosporus")
    assert place is not None and place.country == "TUR" and place.latitude is not None


def test_a_bordering_country_as_hint_still_finds_the_sea(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Yellow Sea", "KOR")
    assert place is not None and place.name == "Yellow Sea" and place.country is None


def test_a_single_shoal_is_a_site(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Scarborough Shoal")
    assert place is not None and place.precision is GeoPrecision.CITY


def test_an_exercise_at_sea_is_placed_at_the_sea() -> None:
    extraction = Extraction(BuildOptions())
    text = "Norwegian and Danish frigates held joint exercises in the Barents Sea on Tuesday."
    placed = [m for m in mentions_of(extraction, text) if m.location_name]
    assert placed and all(m.latitude is not None for m in placed)
    assert {m.location_name for m in placed} == {"Barents Sea"}
