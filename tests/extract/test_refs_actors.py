"""Who acts and who is acted on: pronouns, reference nouns and dictionary entries (refs branch).

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_he_in_what_a_person_says_is_the_speaker(extraction: Extraction) -> None:
    text = (
        "Kenyan President William Ruto denied insulting the journalist Julian Assange, "
        "but said on Monday that he would apologise."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "apologise"]
    assert [(m.source_country, m.source_role) for m in found] == [("KEN", "GOV")]


def test_a_named_publisher_is_a_known_actor(extraction: Extraction) -> None:
    text = "Sweden granted asylum to WikiLeaks founder Julian Assange on Monday."
    mention = one(mentions_of(extraction, text), "07")
    assert (mention.target_country, mention.target_role) == ("AUS", "MED")


def test_the_old_name_of_cambodia_is_cambodia(extraction: Extraction) -> None:
    text = "Kampuchean guerrillas attacked a Thai border post on Monday."
    mention = one(mentions_of(extraction, text), "19")
    assert mention.source_country == "KHM"


def test_gunmen_of_no_named_body_take_no_country(extraction: Extraction) -> None:
    text = "Gunmen opened fire on shoppers at a market in Paris on Monday, killing nine people."
    mention = one(mentions_of(extraction, text), "18")
    assert (mention.source_country, mention.source_role) == (None, "REB")


def test_gunmen_of_a_named_group_keep_its_country(extraction: Extraction) -> None:
    text = "Hamas gunmen opened fire on a bus in Lyon on Monday, killing nine people."
    mention = one(mentions_of(extraction, text), "18")
    assert mention.source_country == "PSE"


def test_he_is_the_previous_sentence_s_subject(extraction: Extraction) -> None:
    text = (
        "Kenyan President William Ruto met French President Emmanuel Macron in Paris on Monday. "
        "He signed a trade agreement with Germany on Tuesday."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert {m.source_country for m in later} == {"KEN"}


def test_the_island_is_the_state_named_last(extraction: Extraction) -> None:
    text = (
        "Japan warned China on Monday against threatening Taiwan. "
        "On Tuesday, Japan sent medical aid to the island."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.target_country) for m in later] == [("JPN", "TWN")]


def test_on_the_island_is_a_place(extraction: Extraction) -> None:
    text = (
        "Japan warned China on Monday against threatening Taiwan. "
        "On Tuesday, Chinese troops attacked Japanese sailors on the island."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.target_country) for m in later] == [("CHN", "JPN")]


def test_an_agent_of_a_named_body_is_that_body_s(extraction: Extraction) -> None:
    text = "Israel killed three generals of the Revolutionary Guards in Beirut on Monday."
    mention = one(mentions_of(extraction, text), "18")
    assert (mention.target_country, mention.target_role) == ("IRN", "MIL")


def test_coup_leaders_are_the_military(extraction: Extraction) -> None:
    text = "The African Union on Monday urged Gabon's coup leaders to free the president."
    mention = one(mentions_of(extraction, text), "02")
    assert (mention.target_country, mention.target_role) == ("GAB", "MIL")


def test_ethnic_people_are_of_another_named_country(extraction: Extraction) -> None:
    text = "Ethnic Hungarians protested on Monday against Romania's new language law."
    mention = one(mentions_of(extraction, text), "14")
    assert (mention.source_country, mention.source_role) == ("ROU", "CVL")


def test_a_compass_part_of_a_country_is_in_it(extraction: Extraction) -> None:
    text = "Nigerian officials said rebels attacked an army post in Western Chad on Monday."
    mention = one(mentions_of(extraction, text), "19")
    assert mention.source_country == "TCD"


def test_a_rebel_group_is_rebels_not_forces(extraction: Extraction) -> None:
    text = "The largest rebel group, the Forces of National Renewal, attacked Chad's army."
    mention = one(mentions_of(extraction, text), "19")
    assert mention.source_role == "REB"


def test_coordinated_past_deeds_share_the_later_date(extraction: Extraction) -> None:
    text = "Turkey struck a base in Syria and killed four fighters early on Friday."
    mention = one(mentions_of(extraction, text), "19")
    assert str(mention.event_date) == "2024-10-04"


def test_a_coordinated_plan_lends_no_date(extraction: Extraction) -> None:
    text = "Russia has massed troops near the border and could attack Ukraine next year."
    mention = one(mentions_of(extraction, text), "15")
    assert str(mention.event_date) != "2025-01-01"


def test_those_a_country_kills_are_not_its_own(extraction: Extraction) -> None:
    text = "Turkey struck Syria's main air base and killed several senior commanders on Friday."
    mention = one(mentions_of(extraction, text), "18")
    assert (mention.target_country, mention.target_role) == ("SYR", "MIL")


def test_it_is_its_own_sentence_s_subject(extraction: Extraction) -> None:
    text = (
        "Turkey struck a base of the Kurdish militia near Kobani on Friday, "
        "in what it called a pre-emptive attack on the militia."
    )
    found = [m for m in mentions_of(extraction, text) if m.source_text == "it"]
    assert {m.source_country for m in found} == {"TUR"}


def test_a_commander_s_fighters_fight_in_his_role(extraction: Extraction) -> None:
    text = "Yevgeny Prigozhin said on Monday that his fighters had attacked a village near Donetsk."
    mention = one(mentions_of(extraction, text), "19")
    assert (mention.source_country, mention.source_role) == ("RUS", "MIL")


def test_forces_of_a_people_are_of_the_country_named_first(extraction: Extraction) -> None:
    text = "Bosnian Croat forces attacked a village near Mostar on Monday."
    mention = one(mentions_of(extraction, text), "19")
    assert mention.source_country == "BIH"
