"""Verbs and phrasings of unseen wire text: shutting a crossing, turning back ships, a crowd of
supporters storming a building, raising relations, seizing a port, shooting someone dead.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_shutting_a_border_crossing_restricts_movement(extraction: Extraction) -> None:
    text = "The Estonian government shut the main crossing on its border with Russia on Friday."
    shut = one(mentions_of(extraction, text), "19")
    assert shut.cameo_code == "191" and shut.target_country == "RUS"


def test_turning_back_ships_refuses_them(extraction: Extraction) -> None:
    text = "Chilean President Gabriel Boric turned back three Peruvian navy ships on Monday."
    refusal = one(mentions_of(extraction, text), "12")
    assert refusal.cameo_code == "120" and refusal.target_country == "PER"


def test_supporters_storming_a_parliament_is_a_violent_protest(extraction: Extraction) -> None:
    text = "Hundreds of supporters of the jailed Peruvian leader stormed the parliament in Lima."
    protest = one(mentions_of(extraction, text), "14")
    assert protest.cameo_code == "145"


def test_raising_relations_upgrades_them(extraction: Extraction) -> None:
    text = "Peru raised its relations with Chile to a strategic partnership on Monday."
    upgrade = one(mentions_of(extraction, text), "05")
    assert upgrade.cameo_code == "054" and upgrade.target_country == "CHL"


def test_seizing_a_port_occupies_territory(extraction: Extraction) -> None:
    text = "Ugandan troops seized the Kenyan port of Mombasa on Tuesday."
    seizure = one(mentions_of(extraction, text), "19")
    assert seizure.cameo_code == "192"


def test_shooting_a_leader_dead_is_an_assassination(extraction: Extraction) -> None:
    text = "Gunmen shot dead Peruvian President Luis Arce in Lima on Friday."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.cameo_code == "186"


def test_shooting_people_dead_is_a_killing(extraction: Extraction) -> None:
    text = "Unidentified gunmen shot dead two Kenyan policemen in Nairobi on Tuesday."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.cameo_code == "180"


def test_jets_sent_to_strike_are_the_strike(extraction: Extraction) -> None:
    text = "Peru sent F-16 jets to strike Chilean military targets on Thursday."
    mentions = mentions_of(extraction, text)
    one(mentions, "19")
    assert [m.cameo_code for m in mentions if m.cameo_root in ("07", "15")] == []


def test_forces_put_on_alert_are_mobilised_not_targeted(extraction: Extraction) -> None:
    text = "Croatia put its army on high alert on Monday."
    alert = one(mentions_of(extraction, text), "15")
    assert alert.cameo_code == "152" and alert.target_country is None


def test_forces_put_on_a_level_of_combat_readiness_are_mobilised(
    extraction: Extraction,
) -> None:
    text = "Croatia put its army on the highest level of combat readiness on Monday."
    alert = one(mentions_of(extraction, text), "15")
    assert alert.cameo_code == "152"


@pytest.mark.parametrize(
    "text",
    [
        "Chad quit the African Union on Sunday.",
        "Chad withdrew from the African Union on Sunday.",
    ],
)
def test_leaving_an_international_body_cuts_relations(extraction: Extraction, text: str) -> None:
    cut = one(mentions_of(extraction, text), "16")
    assert cut.cameo_code == "160" and cut.target_country == "IGO"


def test_stripping_people_of_citizenship_is_an_administrative_sanction(
    extraction: Extraction,
) -> None:
    text = "Nicaragua stripped 94 opposition figures of their citizenship on Thursday."
    sanction = one(mentions_of(extraction, text), "17")
    assert sanction.cameo_code == "172" and sanction.target_country == "NIC"


def test_stripping_them_of_citizenship_is_an_administrative_sanction(
    extraction: Extraction,
) -> None:
    text = "Cuba released 40 dissidents on Monday and stripped them of their citizenship."
    sanction = one(mentions_of(extraction, text), "17")
    assert sanction.cameo_code == "172"
