"""Where, on invented sentences: towns under 5,000 people, a name that is only another name of
a far town, a distance that locates another place, a region the recogniser takes for a people."""

from __future__ import annotations

import pytest

from timeline.extract.place_names import unlabelled_towns
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


def test_a_place_put_in_a_country_by_the_clause_is_that_country_s_town(
    extraction: Extraction,
) -> None:
    text = "Two French engineers were kidnapped in Zurmi, in Nigeria's Zamfara state, on Friday."
    abduction = one(mentions_of(extraction, text), "18")
    assert (abduction.location_name, abduction.location_country) == ("Zurmi", "NGA")
    assert abduction.latitude is not None


def test_a_known_region_the_recogniser_calls_a_people_is_a_place(
    extraction: Extraction,
) -> None:
    text = (
        "Thousands fled to Bangladesh after Buddhist mobs attacked Muslims in Rakhine state "
        "in 2012."
    )
    attack = one(mentions_of(extraction, text), "14")
    assert (attack.location_country, attack.geo_precision) == ("MMR", "admin1")


def test_the_first_place_a_list_of_the_deed_s_places_names_is_where(
    extraction: Extraction,
) -> None:
    text = "Israeli jets bombed towns in southern Lebanon, including Sidon and Nabatieh, on Monday."
    bombing = one(mentions_of(extraction, text), "19")
    assert (bombing.location_name, bombing.geo_precision) == ("Sidon", "city")


def test_a_name_taken_for_an_organisation_is_a_party_s_town_of_that_name(
    extraction: Extraction,
) -> None:
    seizure = one(mentions_of(extraction, "Malian rebels captured Aguelhok in January."), "17")
    assert (seizure.location_name, seizure.location_country) == ("Aguelhok", "MLI")
    assert seizure.latitude is not None


def test_an_untagged_name_after_a_place_word_is_a_party_s_small_town(
    extraction: Extraction,
) -> None:
    doc = extraction.nlp("Soldiers clashed with rebels at Aguelhok on Friday.")
    doc.ents = []  # as the recogniser leaves a name it does not know
    found = unlabelled_towns(doc[:], frozenset({"MLI"}), extraction.reference)
    assert [span.text for span in found] == ["Aguelhok"]
    assert unlabelled_towns(doc[:], frozenset(), extraction.reference) == []


def test_a_site_the_gazetteer_lacks_is_called_by_its_name_and_noun(
    extraction: Extraction,
) -> None:
    text = "Israel released 20 detainees from Ketziot prison in the Negev on Monday."
    release = one(mentions_of(extraction, text), "08")
    assert release.location_name == "Ketziot prison"


def test_a_place_naming_who_said_it_is_not_where(extraction: Extraction) -> None:
    text = "A man shot himself after a standoff, according to Chicago television station WGN."
    shooting = one(mentions_of(extraction, text), "19")
    assert shooting.location_name is None


def test_a_place_after_a_preposition_parsed_as_a_particle_is_where(
    extraction: Extraction,
) -> None:
    text = "A Greek freighter was seized off Kismayo, on the southern coast."
    seizure = one(mentions_of(extraction, text), "17")
    assert (seizure.location_name, seizure.location_country) == ("Kismayo", "SOM")


def test_a_name_located_by_a_known_town_is_a_place_in_its_country(
    extraction: Extraction,
) -> None:
    text = "A roadside bomb killed two soldiers in Hassan Jaber, just south of Baghdad."
    killing = one(mentions_of(extraction, text), "18")
    assert (killing.location_name, killing.location_country) == ("Hassan Jaber", "IRQ")
    text = "Militants shot three guards in Kamal, just west of Mosul."
    shooting = one(mentions_of(extraction, text), "19")
    assert (shooting.location_name, shooting.location_country) == ("Kamal", "IRQ")
