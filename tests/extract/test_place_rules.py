"""Which place an event gets: rules on the dependency parse, each on an invented sentence."""

from __future__ import annotations

import pytest

from timeline.models import GeoPrecision
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_place_qualifying_a_thing_is_not_where(extraction: Extraction) -> None:
    text = (
        "Navy ships shelled rebel positions across Somalia on Tuesday in reprisal for attacks "
        "on Black Sea shipping."
    )
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.location_name == "Somalia"


def test_a_named_region_is_the_region_not_its_town(extraction: Extraction) -> None:
    text = "Russian drones hit power stations in the Zaporizhzhia region on Monday."
    strike = one(mentions_of(extraction, text), "19")
    assert strike.location_name == "Zaporizhzhia region"
    assert strike.geo_precision is GeoPrecision.ADMIN1


def test_a_place_noun_taken_is_where_its_name_says(extraction: Extraction) -> None:
    text = (
        "Rebel fighters killed dozens of soldiers after overrunning the Sinjar district of "
        "northern Iraq."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Sinjar"


def test_where_someone_comes_from_is_not_where(extraction: Extraction) -> None:
    text = "A farmer from a village near Hebron was shot dead by soldiers on Tuesday."
    shooting = one(mentions_of(extraction, text), "18")
    assert shooting.location_name is None


def test_a_distance_from_a_place_is_still_at_it(extraction: Extraction) -> None:
    text = (
        "A militant detonated a car bomb at 10 a.m. (0700 GMT) 300 metres from a bakery in Kirkuk."
    )
    assert {m.location_name for m in mentions_of(extraction, text)} == {"Kirkuk"}


def test_the_place_holding_a_named_village_is_not_where(extraction: Extraction) -> None:
    text = (
        "Rebels blamed the army for the shelling of the village of Tell Umm Haran in Hama "
        "province, which killed 12 civilians."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Tell Umm Haran"


def test_a_conference_named_after_its_town_is_there(extraction: Extraction) -> None:
    text = "The Japanese defence minister criticised China at the Madrid Security Conference."
    criticism = one(mentions_of(extraction, text), "11")
    assert criticism.location_country == "ESP"
    assert criticism.latitude is not None


def test_a_list_of_places_outside_the_clause_is_placed_by_its_first(
    extraction: Extraction,
) -> None:
    text = (
        "Clashes in the northern cities of Mosul and Kirkuk killed at least 40 people, "
        "officials said, in fighting on Sunday between rebels and soldiers."
    )
    fighting = one(mentions_of(extraction, text), "19")
    assert fighting.location_name == "Mosul"


def test_a_country_s_towns_named_no_further_are_the_country(extraction: Extraction) -> None:
    text = (
        "Students in several Pakistani cities rallied on Friday against fuel price rises, "
        "a day after police arrested a union leader in Lahore."
    )
    rally = one(mentions_of(extraction, text), "14")
    assert rally.location_name == "Pakistan"
    assert rally.geo_precision is GeoPrecision.COUNTRY


def test_whom_words_are_aimed_at_is_not_where(extraction: Extraction) -> None:
    text = "Vilnius blamed the cyber attack on its railways on Minsk on Tuesday."
    blame = one(mentions_of(extraction, text), "11")
    assert blame.location_name is None


def test_a_place_whose_article_hangs_on_the_next_noun_is_still_a_place(
    extraction: Extraction,
) -> None:
    text = "Gunmen killed four soldiers on the Red Sea coast on Sunday."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Red Sea"


@pytest.mark.parametrize(
    ("text", "root", "place"),
    [
        ("Pirates hijacked a cargo ship off Mogadishu on Friday.", "18", "Mogadishu"),
        (
            "Chinese troops attacked an Indian patrol along the Galwan River on Monday.",
            "19",
            "Galwan River",
        ),
    ],
)
def test_off_and_along_a_place_is_there(
    extraction: Extraction, text: str, root: str, place: str
) -> None:
    assert one(mentions_of(extraction, text), root).location_name == place


def test_a_finer_place_beats_its_own_country_outside_the_clause(
    extraction: Extraction,
) -> None:
    text = (
        "A militia leader was killed when a feud among his fighters turned violent in Yemen, "
        "in the port city of Aden."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Aden"


def test_a_name_the_text_calls_a_road_is_a_place_in_the_story_s_country(
    extraction: Extraction,
) -> None:
    text = (
        "Thousands of farmers rallied in Lyon on Monday. Police detained ten of them who "
        "blocked the Bellecour highway."
    )
    arrest = one(mentions_of(extraction, text), "17")
    assert arrest.location_name == "Bellecour"
    assert arrest.location_country == "FRA"


def test_an_organisation_named_as_a_road_is_a_place(extraction: Extraction) -> None:
    text = "Militants kidnapped a judge on the Maiduguri Road on Monday."
    kidnapping = one(mentions_of(extraction, text), "18")
    assert kidnapping.location_name == "Maiduguri Road"


def test_a_passive_s_subject_is_the_place_taken(extraction: Extraction) -> None:
    text = "Mosul airport was bombed by coalition jets on Monday, as the fighting spread to Syria."
    bombing = one(mentions_of(extraction, text), "19")
    assert bombing.location_name == "Mosul"


@pytest.mark.parametrize(
    ("text", "root", "place"),
    [
        ("Israeli troops raided Gaza's al-Awda hospital on Monday.", "17", "al-Awda hospital"),
        (
            "Diplomats from Chad and Sudan met at the Tibesti resort near Paris on Friday.",
            "04",
            "Tibesti resort",
        ),
    ],
)
def test_a_site_the_model_calls_a_person_is_still_the_site(
    extraction: Extraction, text: str, root: str, place: str
) -> None:
    assert one(mentions_of(extraction, text), root).location_name == place


def test_settlements_named_by_the_text_are_finer_than_their_province(
    extraction: Extraction,
) -> None:
    text = (
        "In the province of Homs, militants shelled the settlements of Tell Umm Haran and "
        "Kafr Batikh on Monday."
    )
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.location_name == "Tell Umm Haran"


def test_an_untagged_area_of_a_city_is_finer_than_the_city(extraction: Extraction) -> None:
    text = (
        "A roadside bomb killed two policemen in the Umm Tawil area in western Baghdad on Monday."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Umm Tawil"
    assert killing.location_country == "IRQ"


def test_a_place_the_gazetteer_lacks_beats_the_country_holding_it(
    extraction: Extraction,
) -> None:
    text = (
        "In March, two trucks carrying fuel exploded in Yemen's Wadi Hajar province, near "
        "the Saudi border, killing 30 people."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Wadi Hajar"
    assert killing.location_country == "YEM"


def test_an_untagged_hyphenated_town_taken_keeps_its_hyphens(extraction: Extraction) -> None:
    text = "Rebel troops seized Mazar-e-Sharif on Sunday."
    seizure = one(mentions_of(extraction, text), "17")
    assert seizure.location_name == "Mazar-e-Sharif"
    assert seizure.location_country == "AFG"


def test_a_known_sea_takes_no_country_from_the_story(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Thousands of protesters rallied in Kyiv on Sunday. On Monday, Russian warships fired "
        "missiles at a cargo ship in the Black Sea.",
    )
    at_sea = [m for m in mentions if m.location_name == "Black Sea"]
    assert at_sea and all(m.location_country is None for m in at_sea)
    assert all(m.latitude is not None for m in at_sea)
