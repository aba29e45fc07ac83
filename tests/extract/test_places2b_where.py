"""Places the gazetteer does not know by name, placed by what the text says holds them."""

from __future__ import annotations

import pytest

from timeline.models import GeoPrecision
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_province_named_after_its_seat_is_at_the_seat(extraction: Extraction) -> None:
    text = "Militia fighters attacked an army checkpoint in Homs province on Sunday."
    attack = one(mentions_of(extraction, text), "19")
    assert attack.location_name == "Homs province"
    assert attack.location_country == "SYR"
    assert attack.geo_precision is GeoPrecision.ADMIN1
    assert attack.latitude is not None and abs(attack.latitude - 34.7) < 0.5


def test_an_unknown_village_in_a_known_region_is_at_the_region(extraction: Extraction) -> None:
    text = (
        "Gunmen kidnapped 40 pupils from a school in Dankolo, in Nigeria's Katsina state, "
        "on Tuesday."
    )
    kidnap = one(mentions_of(extraction, text), "18")
    assert kidnap.location_name == "Dankolo"
    assert kidnap.location_country == "NGA"
    assert kidnap.geo_precision is GeoPrecision.ADMIN1
    assert kidnap.latitude is not None and abs(kidnap.latitude - 13.0) < 0.5


def test_a_withdrawal_told_of_a_departure_is_in_the_place_left(extraction: Extraction) -> None:
    text = (
        "The last Swedish peacekeepers left Mali on Tuesday, completing a withdrawal demanded "
        "by the junta."
    )
    withdrawal = one(mentions_of(extraction, text), "08")
    assert withdrawal.location_name == "Mali"
    assert withdrawal.location_country == "MLI"


def test_the_country_s_south_is_that_part_of_the_country_named(extraction: Extraction) -> None:
    text = (
        "Soldiers from Mali's army killed 40 herders in three villages in the country's south "
        "last month, witnesses said."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "the country's south"
    assert killing.location_country == "MLI"
    assert killing.latitude is not None and killing.latitude < 14.0


def test_a_state_known_only_as_a_unit_is_that_unit(extraction: Extraction) -> None:
    text = "Gunmen abducted 20 passengers on a highway in Zamfara state on Tuesday."
    abduction = one(mentions_of(extraction, text), "18")
    assert abduction.location_name == "Zamfara state"
    assert abduction.location_country == "NGA"
    assert abduction.geo_precision is GeoPrecision.ADMIN1


def test_the_capital_named_by_its_country_is_that_capital(extraction: Extraction) -> None:
    text = "Police fired tear gas at protesters in the Kenyan capital on Tuesday."
    dispersal = one(mentions_of(extraction, text), "17")
    assert dispersal.location_name == "the Kenyan capital"
    assert dispersal.location_country == "KEN"
    assert dispersal.geo_precision is GeoPrecision.CITY
    assert dispersal.latitude is not None and abs(dispersal.latitude + 1.3) < 0.2


def test_a_country_s_capital_is_the_capital_not_the_country(extraction: Extraction) -> None:
    text = "Police fired tear gas at protesters in Kenya's capital on Tuesday."
    dispersal = one(mentions_of(extraction, text), "17")
    assert dispersal.location_name == "Kenya's capital"
    assert dispersal.geo_precision is GeoPrecision.CITY


def test_an_unlabelled_town_after_a_place_noun_s_of_is_where(extraction: Extraction) -> None:
    text = "The army shelled rebel positions on the outskirts of Aleppo on Friday."
    shelling = one(mentions_of(extraction, text), "19")
    assert (shelling.location_name, shelling.location_country) == ("Aleppo", "SYR")


def test_a_town_of_a_name_tagged_a_people_is_the_town(extraction: Extraction) -> None:
    text = "Troops from Chad entered the northern Cameroonian town of Kousseri on Monday."
    entry = one(mentions_of(extraction, text), "19")
    assert (entry.location_name, entry.location_country) == ("Kousseri", "CMR")
    assert entry.geo_precision is GeoPrecision.CITY


def test_an_unknown_village_just_beside_a_town_is_at_the_town(extraction: Extraction) -> None:
    text = "Israeli forces demolished homes in the village of Beita, south of Nablus, on Tuesday."
    demolition = one(mentions_of(extraction, text), "17")
    assert (demolition.location_name, demolition.location_country) == ("Beita", "PSE")
    assert demolition.latitude is not None and abs(demolition.latitude - 32.2) < 0.2


def test_the_country_s_part_may_be_named_by_its_people(extraction: Extraction) -> None:
    text = "Pakistani troops killed five militants in the country's northwest on Sunday."
    killing = one(mentions_of(extraction, text), "18")
    assert (killing.location_name, killing.location_country) == ("the country's northwest", "PAK")


def test_the_state_of_a_name_is_that_unit(extraction: Extraction) -> None:
    text = "Armed men kidnapped a priest in the state of Guerrero on Monday."
    kidnap = one(mentions_of(extraction, text), "18")
    assert (kidnap.location_name, kidnap.location_country) == ("Guerrero", "MEX")
    assert kidnap.geo_precision is GeoPrecision.ADMIN1
