"""Where, on invented sentences (places2): what a deed named by a noun is 'of', the first
place of a list the parser hangs on its last, the country of an attack's unknown site,
a compass part of a country, a country named with a possessive, a town tagged a people."""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_what_an_occupation_is_of_is_where_it_is(extraction: Extraction) -> None:
    text = "Kyiv condemned Russia's occupation of Crimea on Friday."
    occupation = one(mentions_of(extraction, text), "19")
    assert (occupation.location_name, occupation.location_country) == ("Crimea", "UKR")


def test_the_owner_of_a_deed_noun_is_no_country_of_its_place(extraction: Extraction) -> None:
    text = "Syrian Kurds said Turkey's shelling of Kobani killed five people on Monday."
    shelling = one(mentions_of(extraction, text), "19")
    assert (shelling.location_name, shelling.location_country) == ("Kobani", "SYR")
    assert shelling.latitude is not None


def test_a_list_s_first_place_hung_on_its_last_is_where(extraction: Extraction) -> None:
    text = "Rebels struck four army bases in Mali and Niger-held Ansongo on Friday."
    strike = one(mentions_of(extraction, text), "19")
    assert (strike.location_name, strike.location_country) == ("Mali", "MLI")


def test_an_attack_s_unknown_site_is_in_the_country_of_those_attacked(
    extraction: Extraction,
) -> None:
    text = "Ethiopian artillery shelled Kotoro Island on Monday, killing three Kenyan soldiers."
    shelling = one(mentions_of(extraction, text), "19")
    assert (shelling.location_name, shelling.location_country) == ("Kotoro Island", "KEN")


def test_a_compass_part_of_a_country_has_the_country_s_point(extraction: Extraction) -> None:
    text = "Sudanese troops clashed with rebels in Eastern Chad on Monday."
    clash = one(mentions_of(extraction, text), "19")
    assert (clash.location_name, clash.location_country) == ("Eastern Chad", "TCD")
    assert clash.latitude is not None


def test_a_country_named_with_a_possessive_is_the_whole_name(extraction: Extraction) -> None:
    text = "Gunmen killed five villagers in South Sudan's Jonglei state."
    killing = one(mentions_of(extraction, text), "18")
    assert (killing.location_name, killing.location_country) == ("Jonglei state", "SSD")


def test_a_place_taken_in_with_its_possessive_is_still_known(extraction: Extraction) -> None:
    text = "Police arrested ten protesters in South Sudan's capital on Monday."
    arrest = one(mentions_of(extraction, text), "17")
    assert (arrest.location_name, arrest.location_country) == ("South Sudan's capital", "SSD")
    assert arrest.latitude is not None


def test_a_town_tagged_a_people_after_a_place_word_is_the_town(extraction: Extraction) -> None:
    text = "In Samarra, a teacher was shot dead by gunmen on Sunday."
    shooting = one(mentions_of(extraction, text), "18")
    assert (shooting.location_name, shooting.location_country) == ("Samarra", "IRQ")
