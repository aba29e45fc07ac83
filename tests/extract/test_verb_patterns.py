"""Verb and noun patterns for phrasing that recurs in wire news: military exercises and
alerts, inspections and investigations, refusals, cyber attacks and human shields.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_being_ready_to_contribute_troops_is_an_intent(extraction: Extraction) -> None:
    text = "Germany is ready to contribute 500 soldiers to a UN force in Mali."
    intent = one(mentions_of(extraction, text), "03")
    assert intent.source_country == "DEU"


def test_days_of_war_games_are_a_show_of_force(extraction: Extraction) -> None:
    text = "Greek and Turkish warships launched five days of war games in the Aegean."
    games = one(mentions_of(extraction, text), "15")
    assert games.cameo_code == "150" and games.source_country == "GRC"


def test_drills_need_no_modifier(extraction: Extraction) -> None:
    games = one(mentions_of(extraction, "China began large-scale drills near Taiwan."), "15")
    assert games.cameo_code == "150" and games.target_country == "TWN"


def test_ordered_patrols_are_a_show_of_force(extraction: Extraction) -> None:
    text = "The Kenyan government ordered patrols by police along the Somali border."
    assert one(mentions_of(extraction, text), "15").cameo_code == "150"


def test_remaining_on_alert_is_a_raised_alert(extraction: Extraction) -> None:
    text = "Pakistani troops remained on alert along the border with India."
    alert = one(mentions_of(extraction, text), "15")
    assert alert.cameo_code == "152" and alert.source_actor_code == "PAKMIL"


def test_dispatched_inspectors_investigate(extraction: Extraction) -> None:
    sent = one(mentions_of(extraction, "The UN dispatched inspectors to Iraq."), "09")
    assert sent.cameo_code == "090" and sent.target_country == "IRQ"


def test_put_under_investigation(extraction: Extraction) -> None:
    text = "A Greek journalist has been put under investigation in Turkey."
    probe = one(mentions_of(extraction, text), "09")
    assert probe.cameo_code == "090" and probe.target_country == "GRC"


def test_searching_a_home_investigates_a_crime(extraction: Extraction) -> None:
    text = "Police searched the home of the opposition leader in Harare."
    assert one(mentions_of(extraction, text), "09").cameo_code == "091"


def test_denied_access_refuses_involvement(extraction: Extraction) -> None:
    text = "Serbian authorities denied access to UN inspectors."
    refusal = one(mentions_of(extraction, text), "12")
    assert refusal.cameo_code == "1245" and refusal.source_country == "SRB"


def test_pulled_out_of_read_as_a_preposition_is_a_retreat(extraction: Extraction) -> None:
    text = "Russian troops pulled out of the town of Bucha."
    assert one(mentions_of(extraction, text), "08").cameo_code == "0874"


def test_in_defiance_of_defies_norms(extraction: Extraction) -> None:
    text = "North Korea fired a missile in defiance of UN Security Council resolutions."
    defiance = one(mentions_of(extraction, text), "12")
    assert defiance.cameo_code == "128" and defiance.source_country == "PRK"


def test_a_news_blackout_restricts_freedoms(extraction: Extraction) -> None:
    text = "The Syrian government imposed a news blackout on the city."
    assert one(mentions_of(extraction, text), "17").cameo_code == "1721"


def test_civilians_held_as_human_shields_are_the_target(extraction: Extraction) -> None:
    text = "Syrian troops used hundreds of Kurdish villagers as human shields near Afrin."
    shields = one(mentions_of(extraction, text), "18")
    assert shields.cameo_code == "184" and shields.source_actor_code == "SYRMIL"
    assert shields.target_role == "CVL"


def test_hacking_and_defacing_coerce(extraction: Extraction) -> None:
    text = "Iranian hackers tried to hack into the computers of Israeli officials."
    hack = one(mentions_of(extraction, text), "17")
    assert hack.cameo_code == "170" and hack.target_country == "ISR"
    text = "Pakistani hackers defaced hundreds of Indian government websites."
    assert one(mentions_of(extraction, text), "17").cameo_code == "171"


def test_suspended_aid_deliveries_cut_aid(extraction: Extraction) -> None:
    text = "The World Food Programme suspended aid deliveries to Yemen on Monday."
    cut = one(mentions_of(extraction, text), "16")
    assert cut.cameo_code == "162" and cut.target_country == "YEM"


def test_prohibit_is_a_ban(extraction: Extraction) -> None:
    text = "The Nigerian government prohibited rallies in Abuja."
    assert one(mentions_of(extraction, text), "17").cameo_code == "1721"
