"""Action coding rules for recurring wire phrasing: which CAMEO code a verb or noun gets.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops invaded Kuwait on Thursday.",
        "Iraq launched an invasion of Kuwait on Thursday.",
    ],
)
def test_an_invasion_is_a_military_attack(extraction: Extraction, text: str) -> None:
    invasion = one(mentions_of(extraction, text), "19")
    assert invasion.cameo_code == "190" and invasion.plover_type == "ASSAULT"
    assert invasion.source_country == "IRQ" and invasion.target_country == "KWT"


def test_claiming_an_attack_is_claiming_responsibility(extraction: Extraction) -> None:
    text = "Al-Shabaab claimed the attack on a hotel in Nairobi on Sunday."
    claim = one(mentions_of(extraction, text), "01")
    assert claim.cameo_code == "015" and claim.target_actor_code is None


def test_paused_funding_is_reduced_aid(extraction: Extraction) -> None:
    text = "Germany paused funding to the Somali government on Monday."
    cut = one(mentions_of(extraction, text), "16")
    assert cut.cameo_code == "162" and cut.source_country == "DEU"


def test_suspended_imports_are_an_embargo(extraction: Extraction) -> None:
    text = "Russia suspended all imports of Moldovan wine on Friday."
    embargo = one(mentions_of(extraction, text), "16")
    assert embargo.cameo_code == "163" and embargo.target_country == "MDA"


def test_ruling_out_talks_rejects_negotiation(extraction: Extraction) -> None:
    text = "Armenia ruled out talks with Azerbaijan on Tuesday."
    refusal = one(mentions_of(extraction, text), "12")
    assert refusal.cameo_code == "125" and refusal.target_country == "AZE"


def test_an_issued_arrest_warrant_is_an_arrest(extraction: Extraction) -> None:
    text = "A Spanish court issued an arrest warrant for the former Chilean president."
    warrant = one(mentions_of(extraction, text), "17")
    assert warrant.cameo_code == "173" and warrant.target_country == "CHL"


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas against protesters in Santiago on Saturday.",
        "Chilean police fired water cannon at students in Santiago on Saturday.",
    ],
)
def test_tear_gas_and_water_cannon_are_violent_repression(
    extraction: Extraction, text: str
) -> None:
    repression = one(mentions_of(extraction, text), "17")
    assert repression.cameo_code == "175"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused Uganda of arming rebels on Monday, a charge Kampala denied.",
        "Kenya accused Uganda of arming the rebels, an accusation Kampala rejected.",
        "Kenyan officials blamed Uganda, which denied any role.",
    ],
)
def test_a_denial_in_a_relative_clause_answers_the_claimant(
    extraction: Extraction, text: str
) -> None:
    denial = one(mentions_of(extraction, text), "01")
    assert denial.cameo_code == "016"
    assert denial.source_country == "UGA" and denial.target_country == "KEN"


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Bolivia ordered the Peruvian ambassador to leave the country on Friday.", "174", "PER"),
        ("Syria ordered UN weapons inspectors to leave the country.", "1662", "IGO"),
        ("Eritrea forced the UN children's agency out of the country.", "1663", "IGO"),
    ],
)
def test_an_order_to_leave_is_an_expulsion(
    extraction: Extraction, text: str, code: str, target: str
) -> None:
    expulsion = one(mentions_of(extraction, text), code[:2])
    assert expulsion.cameo_code == code and expulsion.target_country == target


def test_a_verdict_complement_names_the_act(extraction: Extraction) -> None:
    text = "Eritrea called the sanctions illegal on Tuesday."
    verdict = one(mentions_of(extraction, text), "11")
    assert verdict.cameo_code == "111" and verdict.source_country == "ERI"
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "16"]


def test_a_verdict_on_a_reported_deed_targets_its_doer(extraction: Extraction) -> None:
    text = (
        "Hungary closed the border crossing on Monday, the European Commission said, "
        "calling the move unlawful."
    )
    verdict = one(mentions_of(extraction, text), "11")
    assert verdict.source_country == "IGO" and verdict.target_country == "HUN"


def test_a_verdict_of_genocide_accuses_of_war_crimes(extraction: Extraction) -> None:
    text = "Canada recalled its envoy from Myanmar, calling the killings genocide."
    verdict = one(mentions_of(extraction, text), "11")
    assert verdict.cameo_code == "1124" and verdict.source_country == "CAN"
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "20"]


def test_people_taken_hostage_are_a_hostage_taking(extraction: Extraction) -> None:
    text = "Armed rebels took more than 200 people hostage at a hospital in Grozny."
    seizure = one(mentions_of(extraction, text), "18")
    assert seizure.cameo_code == "181" and seizure.source_role == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Russia said Ukraine would face retaliation.",
        "Ukraine will pay a heavy price for the incursion, Russia's foreign ministry said.",
    ],
)
def test_saying_someone_will_face_consequences_threatens_it(
    extraction: Extraction, text: str
) -> None:
    threat = one(mentions_of(extraction, text), "13")
    assert threat.cameo_code == "130"
    assert threat.source_country == "RUS" and threat.target_country == "UKR"


def test_handing_over_medicine_is_humanitarian_aid(extraction: Extraction) -> None:
    text = "French doctors handed over 500 kg of medicine to the Red Cross in Kabul."
    aid = one(mentions_of(extraction, text), "07")
    assert aid.cameo_code == "073" and aid.source_country == "FRA"


def test_providing_a_list_shares_information(extraction: Extraction) -> None:
    text = "Sudan provided a list of detainees to the African Union on Monday."
    shared = one(mentions_of(extraction, text), "06")
    assert shared.cameo_code == "064" and shared.source_country == "SDN"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kenyan teachers' union called off a two-week strike on Friday.", "080"),
        ("Rebels called off their offensive on Goma on Sunday.", "087"),
        ("Serbia called off talks with Kosovo.", "164"),
    ],
)
def test_calling_off_is_coded_by_what_is_called_off(
    extraction: Extraction, text: str, code: str
) -> None:
    called_off = one(mentions_of(extraction, text), code[:2])
    assert called_off.cameo_code == code


def test_an_order_to_another_party_is_a_demand(extraction: Extraction) -> None:
    text = "The African Union ordered Sudan on Monday to halt attacks on civilians."
    demand = one(mentions_of(extraction, text), "10")
    assert demand.cameo_code == "100"
    assert demand.source_country == "IGO" and demand.target_country == "SDN"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence minister ordered troops to pull back from the border.",
        "Bolivia's president said he would order the lifting of all tariffs on Chile.",
    ],
)
def test_an_order_to_ones_own_forces_or_of_a_deed_is_no_demand(
    extraction: Extraction, text: str
) -> None:
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "10"]


def test_refusing_to_negotiate_is_a_rejection(extraction: Extraction) -> None:
    text = "Venezuela said it would not negotiate with Guyana over the border."
    refusal = one(mentions_of(extraction, text), "12")
    assert refusal.cameo_code == "125" and refusal.modality is Modality.ASSERTED
    assert refusal.source_country == "VEN" and refusal.target_country == "GUY"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Israel did not send a delegation to the talks in Cairo.", "04"),
        ("Spain will not deliver tanks to Morocco, its defence minister said.", "07"),
    ],
)
def test_a_past_or_material_deed_not_done_stays_negated(
    extraction: Extraction, text: str, root: str
) -> None:
    deed = one(mentions_of(extraction, text), root)
    assert deed.modality is Modality.NEGATED


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan suspended an aid program for Myanmar on Friday.", "162"),
        ("Sudanese rebels violated the ceasefire agreement near El Fasher.", "196"),
        ("Turkey sent aid convoys to Syria.", "070"),
    ],
)
def test_an_object_no_pattern_names_is_named_by_its_modifier(
    extraction: Extraction, text: str, code: str
) -> None:
    deed = one(mentions_of(extraction, text), code[:2])
    assert deed.cameo_code == code


def test_ending_mediation_halts_negotiations(extraction: Extraction) -> None:
    text = "Qatar ended its mediation efforts between Israel and Hamas."
    halt = one(mentions_of(extraction, text), "16")
    assert halt.cameo_code == "164" and halt.source_country == "QAT"


def test_a_ban_on_exports_is_an_embargo(extraction: Extraction) -> None:
    text = "An Indian ban on exports of Indian rice to Bangladesh took effect on Friday."
    embargo = one(mentions_of(extraction, text), "16")
    assert embargo.cameo_code == "163" and embargo.target_country == "BGD"


def test_what_a_shipped_quantity_holds_names_the_shipment(extraction: Extraction) -> None:
    text = "Iran shipped thousands of containers of weapons to Russia."
    shipment = one(mentions_of(extraction, text), "07")
    assert shipment.cameo_code == "072" and shipment.target_country == "RUS"


def test_the_lifting_of_sanctions_eases_them(extraction: Extraction) -> None:
    text = "Washington announced the lifting of sanctions on Cuba."
    easing = one(mentions_of(extraction, text), "08")
    assert easing.cameo_code == "085" and easing.target_country == "CUB"
