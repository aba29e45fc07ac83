"""Where, on invented sentences: towns under 5,000 people, a name that is only another name of
a far town, a distance that locates another place, a region the recogniser takes for a people."""

from __future__ import annotations

import pytest

from timeline.normalise.places import Gazetteer
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_the_small_town_index_holds_towns_of_a_thousand_people() -> None:
    town = Gazetteer.load().lookup("Wissant", "FRA")
    assert town is not None and town.country == "FRA" and town.latitude is not None


def test_a_town_named_so_in_a_party_s_country_beats_another_name_of_a_far_city(
    extraction: Extraction,
) -> None:
    text = "Italian police arrested two Russian men in Parma on Friday."
    arrest = one(mentions_of(extraction, text), "17")
    assert (arrest.location_name, arrest.location_country) == ("Parma", "ITA")


def test_a_place_a_distance_is_counted_from_only_locates_another(
    extraction: Extraction,
) -> None:
    text = "Militants attacked a checkpoint in Tingara, some 20 miles from Kandahar, on Friday."
    attack = one(mentions_of(extraction, text), "19")
    assert (attack.location_name, attack.location_country) == ("Tingara", "AFG")
