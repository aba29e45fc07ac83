"""Rules for when, where and how surely an event happened: which date expression, which place
and which modality cue belongs to the event's clause.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import DatePrecision, Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_an_order_is_dated_by_the_day_its_infinitive_gives(extraction: Extraction) -> None:
    text = "Chad ordered the Sudanese ambassador to leave the country on Thursday."
    order = one(mentions_of(extraction, text), "17")
    assert order.event_date == dt.date(2024, 10, 3)


def test_a_denied_deed_has_no_date(extraction: Extraction) -> None:
    text = "The Sudanese army denied that its soldiers had attacked civilians in Omdurman."
    attack = one(mentions_of(extraction, text), "19")
    assert attack.modality is Modality.NEGATED
    assert attack.event_date is None


def test_a_clause_beside_a_denial_is_not_denied(extraction: Extraction) -> None:
    text = (
        "The Ethiopian minister denied the report but said on Sunday that Ethiopia "
        "would send troops to Somalia."
    )
    deployment = one(mentions_of(extraction, text), "15")
    assert deployment.modality is not Modality.NEGATED


def test_the_larger_place_beside_a_town_is_not_the_place(extraction: Extraction) -> None:
    text = "Police arrested a gunman at a rally in Dayton, Ohio, on Friday, seizing two rifles."
    mentions = mentions_of(extraction, text)
    assert {m.location_name for m in mentions} == {"Dayton"}


def test_an_unknown_site_takes_the_country_its_clause_gives(extraction: Extraction) -> None:
    text = "Gunmen abducted 40 pupils from a school in Zorbuku, in Nigeria's Zamfara state."
    abduction = one(mentions_of(extraction, text), "18")
    assert abduction.location_name == "Zorbuku"
    assert abduction.location_country == "NGA"


def test_a_town_the_recogniser_missed_is_still_the_finest_place(extraction: Extraction) -> None:
    text = (
        "Dutch Prime Minister Mark Rutte made a surprise visit to Kyiv on Tuesday, "
        "his second trip to Ukraine this year."
    )
    visit = one(mentions_of(extraction, text), "04")
    assert visit.location_name == "Kyiv"


def test_a_place_called_a_city_is_a_place_whatever_the_word_before(
    extraction: Extraction,
) -> None:
    text = (
        "Iraqi soldiers killed eight militants who tried to break a siege of the northern "
        "city of Mosul."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Mosul"


def test_a_town_tagged_as_a_product_is_still_a_place(extraction: Extraction) -> None:
    text = "Turkey sent troops to the Manbij area on Monday."
    deployment = one(mentions_of(extraction, text), "15")
    assert deployment.location_name == "Manbij"


def test_a_town_keeps_the_name_the_text_gives_it(extraction: Extraction) -> None:
    text = "Russian forces shelled the port of Odessa on Monday."
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.location_name == "Odessa" and shelling.location_country == "UKR"
    assert shelling.latitude is not None


def test_a_site_set_in_a_town_is_finer_than_the_town(extraction: Extraction) -> None:
    text = "Turkish police detained a journalist at Ankara's Esenboga airport on Monday."
    detention = one(mentions_of(extraction, text), "17")
    assert detention.location_name == "Esenboga airport"
    assert detention.location_country == "TUR" and detention.latitude is not None


def test_a_site_near_a_town_is_where_a_later_clause_happened(extraction: Extraction) -> None:
    text = (
        "Gunmen opened fire on fans at Olympic Stadium Hall near Kabul on Friday, "
        "killing 12 people."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Olympic Stadium Hall"


def test_a_purpose_of_a_planned_trip_is_planned(extraction: Extraction) -> None:
    text = "Brazil's president plans to fly to Rome next week to meet Italian leaders."
    meetings = [m for m in mentions_of(extraction, text) if m.cameo_code == "040"]
    assert meetings and all(m.modality is Modality.PLANNED for m in meetings)


def test_the_course_not_taken_is_negated(extraction: Extraction) -> None:
    text = "Kenyan troops withdrew from the town rather than attack the Somali militants."
    attack = one(mentions_of(extraction, text), "19")
    assert attack.modality is Modality.NEGATED


def test_a_denial_by_the_one_blamed_is_asserted(extraction: Extraction) -> None:
    text = "Lebanese leaders blamed Syria, which denied any role in the bombing."
    denial = one(mentions_of(extraction, text), "01")
    assert denial.modality is Modality.ASSERTED


def test_the_event_preparations_are_for_is_planned(extraction: Extraction) -> None:
    text = (
        "Ankara said on Monday that preparations were under way for a visit by the Turkish "
        "president to Egypt on 12 and 13 March."
    )
    visit = one(mentions_of(extraction, text), "04")
    assert visit.modality is Modality.PLANNED
    assert visit.event_date == dt.date(2025, 3, 12)


def test_a_present_relative_clause_is_not_dated(extraction: Extraction) -> None:
    text = "Kenyan police on Friday arrested a cleric whom Ethiopia accuses of plotting attacks."
    accusation = one(mentions_of(extraction, text), "11")
    assert accusation.event_date is None


def test_a_deed_after_a_dated_one_takes_its_month_not_the_report_day(
    extraction: Extraction,
) -> None:
    text = (
        "Militants killed dozens of villagers after seizing the region of Gao in March 2012, "
        "UN investigators told the council on Monday."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.event_date == dt.date(2012, 3, 1)
    assert killing.date_precision is DatePrecision.MONTH


def test_a_list_of_places_is_placed_by_its_first(extraction: Extraction) -> None:
    text = "Thousands of teachers in Kenya and Uganda went on strike on Monday."
    strike = one(mentions_of(extraction, text), "14")
    assert strike.location_name == "Kenya"


def test_a_coordinated_verb_happened_where_the_first_did(extraction: Extraction) -> None:
    text = (
        "M23 rebels captured the city of Goma in Congo's North Kivu province on Monday and "
        "reportedly killed dozens of civilians."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Goma"


def test_a_march_through_a_city_is_in_the_city(extraction: Extraction) -> None:
    text = "Thousands of students marched through central Nairobi on Tuesday."
    march = one(mentions_of(extraction, text), "14")
    assert march.location_name == "Nairobi"


def test_the_vicinity_of_a_town_is_at_the_town(extraction: Extraction) -> None:
    text = "Syrian troops killed three rebels on Friday as clashes went on in the vicinity of Homs."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Homs"


def test_taken_towns_are_placed_by_the_name_before_them(extraction: Extraction) -> None:
    text = "Iraqi forces captured six northern Anbar towns on Monday."
    capture = one(mentions_of(extraction, text), "19")
    assert capture.location_name == "Anbar"


def test_an_untagged_region_keeps_the_name_the_text_gives_it(extraction: Extraction) -> None:
    text = "Ukrainian drones struck villages across the Belgorod region on Friday."
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.location_name == "Belgorod region"


def test_a_town_that_only_locates_another_is_not_the_place(extraction: Extraction) -> None:
    text = "Also in Tarmiyah, north of Baghdad, hundreds of Iraqi students protested on Sunday."
    protest = one(mentions_of(extraction, text), "14")
    assert protest.location_name == "Tarmiyah"


def test_an_intent_is_dated_when_it_is_stated(extraction: Extraction) -> None:
    text = "Norway said on Friday that it was ready to hold talks with Sudan in Oslo on Monday."
    intent = one(mentions_of(extraction, text), "03")
    assert intent.event_date == dt.date(2024, 10, 4)


def test_a_town_taken_as_an_organisation_is_still_the_place(extraction: Extraction) -> None:
    text = "The rebels captured Likasi in mineral-rich Katanga province on Monday."
    capture = one(mentions_of(extraction, text), "19")
    assert capture.location_name == "Likasi"


def test_an_untagged_village_the_text_names_is_the_place(extraction: Extraction) -> None:
    text = "Syrian troops killed nine fighters in the village of Umm Tuwaynah near Homs."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Umm Tuwaynah"


def test_a_named_neighbourhood_is_finer_than_its_city(extraction: Extraction) -> None:
    text = "In the west Baghdad neighbourhood of Al-Ameriya, a roadside bomb killed one civilian."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.location_name == "Al-Ameriya"


def test_a_home_town_keeps_the_name_the_text_gives_it(extraction: Extraction) -> None:
    text = "In Tikrit, Iraqi police arrested two suspects on Sunday."
    arrest = one(mentions_of(extraction, text), "17")
    assert arrest.location_name == "Tikrit" and arrest.location_country == "IRQ"
