"""Where, on invented sentences: towns under 5,000 people, a name that is only another name of
a far town, a distance that locates another place, a region the recogniser takes for a people."""

from __future__ import annotations

import pytest

from timeline.normalise.places import Gazetteer

pytestmark = pytest.mark.slow


def test_the_small_town_index_holds_towns_of_a_thousand_people() -> None:
    town = Gazetteer.load().lookup("Wissant", "FRA")
    assert town is not None and town.country == "FRA" and town.latitude is not None
