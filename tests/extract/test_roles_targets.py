"""Whom an event is aimed at (roles branch): bodies named in apposition, threats' conditions,
the doer of an agentless passive, the UN's peacekeepers.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_body_named_in_apposition_is_the_target(extraction: Extraction) -> None:
    text = "Norway cut funding to the relief mission for displaced civilians, the ICRC, on Monday."
    found = one(mentions_of(extraction, text), "16")
    assert (found.target_actor, found.target_role) == ("ICRC", "NGO")


def test_a_threat_joined_to_a_deed_is_aimed_at_its_condition(extraction: Extraction) -> None:
    text = (
        "Belarusian leader Alexander Lukashenko threatened on Monday to close the border and "
        "send migrants to Poland if the European Union imposed new sanctions."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "threatened"]
    assert [(m.target_country, m.target_role) for m in found] == [("IGO", "IGO")]


def test_the_when_clause_names_who_did_a_passive_deed(extraction: Extraction) -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida was wounded on Saturday when a man fired at him "
        "during a rally in Osaka."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "wounded"]
    assert [(m.source_role, m.target_country) for m in found] == [("CVL", "JPN")]


def test_blue_helmets_are_the_un(extraction: Extraction) -> None:
    text = "Mali's junta demanded on Monday that the blue helmets withdraw from the country."
    found = one(mentions_of(extraction, text), "10")
    assert (found.target_country, found.target_role) == ("IGO", "IGO")


def test_the_name_on_an_attack_made_a_passive_killing(extraction: Extraction) -> None:
    text = "Two Syrian soldiers were killed in a Turkish drone strike near Kobani on Monday."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "killed"]
    assert [(m.source_country, m.target_country) for m in found] == [("TUR", "SYR")]


def test_a_relative_pronoun_is_the_noun_it_describes(extraction: Extraction) -> None:
    text = (
        "Lithuania condemned the treatment of Alexei Navalny, who was arrested by Russian "
        "police at a Moscow airport on Sunday."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "arrested"]
    assert [(m.target_country, m.target_role) for m in found] == [("RUS", "OPP")]


def test_a_population_is_its_civilians(extraction: Extraction) -> None:
    text = "Serbian police expelled the Albanian population of the village on Monday."
    found = one(mentions_of(extraction, text), "20")
    assert found.target_role == "CVL"


def test_the_company_is_the_company_named_before(extraction: Extraction) -> None:
    text = (
        "Venezuela expropriated the oil fields of America's ExxonMobil on Monday, seizing "
        "control of the company."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "seizing"]
    assert [(m.target_country, m.target_role) for m in found] == [("USA", "BUS")]


def test_a_name_after_anti_is_what_they_oppose(extraction: Extraction) -> None:
    text = "An anti-Russian journalist was arrested by police in Minsk on Monday."
    found = one(mentions_of(extraction, text), "17")
    assert (found.target_country, found.target_role) == ("BLR", "MED")


def test_congolese_means_the_democratic_republic(extraction: Extraction) -> None:
    text = "Rwandan troops attacked Congolese soldiers near Goma on Monday."
    found = one(mentions_of(extraction, text), "19")
    assert (found.source_country, found.target_country) == ("RWA", "COD")


def test_a_deed_explained_by_an_accusation_is_aimed_at_the_accused(
    extraction: Extraction,
) -> None:
    text = (
        "Peruvian President Dina Boluarte declared a state of emergency on Monday, accusing "
        "Bolivia of arming protesters."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "declared"]
    assert [m.target_country for m in found] == ["BOL"]


def test_a_warning_goes_to_the_one_told_for_the_threatened(extraction: Extraction) -> None:
    text = (
        "Russia could face serious consequences if it used chemical weapons, U.S. Secretary of "
        "State Antony Blinken told Russian Foreign Minister Sergei Lavrov on Friday."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "told"]
    assert [(m.target_country, m.target_role) for m in found] == [("RUS", "GOV")]


def test_a_name_before_a_second_gerund_is_its_doer(extraction: Extraction) -> None:
    text = (
        "Ukraine and Russia swapped prisoners on Friday, with Kyiv freeing two Russian pilots "
        "and Moscow handing over three Ukrainian medics."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "handing"]
    assert [(m.source_country, m.target_country) for m in found] == [("RUS", "UKR")]


def test_assassins_are_criminals(extraction: Extraction) -> None:
    text = "Police in Belgrade arrested two suspected assassins on Monday."
    found = one(mentions_of(extraction, text), "17")
    assert found.target_role == "CRM"


def test_conditional_consequences_threaten_whoever_meets_the_condition(
    extraction: Extraction,
) -> None:
    text = (
        "If North Korea tested another nuclear bomb, Japan would respond with severe "
        "consequences, Japanese Prime Minister Fumio Kishida said on Monday."
    )
    found = one(mentions_of(extraction, text), "13")
    assert (found.source_country, found.target_country) == ("JPN", "PRK")


def test_a_participle_of_an_accused_deed_is_the_accused_s(extraction: Extraction) -> None:
    text = (
        "Syria accused Turkey on Friday of carrying out an airstrike that destroyed a hospital "
        "in Idlib, killing two doctors."
    )
    found = [m for m in mentions_of(extraction, text) if m.source_country == "SYR"]
    assert [m.cameo_root for m in found] == ["11"]


def test_a_verdict_after_a_reported_deed_is_the_reporter_s(extraction: Extraction) -> None:
    text = (
        "The European Union said on Monday that Serbia had closed its border with Kosovo, "
        "calling the move a provocation."
    )
    found = one(mentions_of(extraction, text), "11")
    assert (found.source_country, found.target_country) == ("IGO", "SRB")


def test_a_show_of_force_after_a_deed_is_aimed_at_its_doer(extraction: Extraction) -> None:
    text = "Taiwan raised its military alert on Monday after Chinese warships entered its waters."
    found = one(mentions_of(extraction, text), "15")
    assert (found.target_country, found.target_role) == ("CHN", "MIL")
