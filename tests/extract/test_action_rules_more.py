"""More action coding rules for recurring wire phrasing: reported charges, entries, joining.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "A UN panel concluded on Monday that the Iranian government was responsible for the"
            " bombing.",
            "112",
        ),
        # a court's ruling is a verdict (116)
        (
            "The tribunal ruled on Friday that the Sudanese army had committed genocide in Darfur.",
            "116",
        ),
    ],
)
def test_a_finding_of_a_wrong_accuses_the_one_found(
    extraction: Extraction, text: str, code: str
) -> None:
    charge = one(mentions_of(extraction, text), "11")
    assert charge.cameo_code == code and charge.plover_type == "ACCUSE"
    assert charge.target_country in ("IRN", "SDN")


def test_found_guilty_is_a_verdict(extraction: Extraction) -> None:
    text = "A French court found three Algerian men guilty of murder on Tuesday."
    verdict = one(mentions_of(extraction, text), "11")
    assert verdict.cameo_code == "116" and verdict.target_country == "DZA"


def test_a_neutral_or_negated_finding_accuses_no_one(extraction: Extraction) -> None:
    text = "The commission found on Monday that Ethiopian forces had not killed the villagers."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]


def test_troops_crossing_into_a_country_attack_it(extraction: Extraction) -> None:
    text = "Turkish troops crossed into Syria on Sunday."
    incursion = one(mentions_of(extraction, text), "19")
    assert incursion.cameo_code == "190" and incursion.source_country == "TUR"
    assert incursion.target_country == "SYR"


def test_armed_forces_entering_a_named_place_take_it(extraction: Extraction) -> None:
    text = "Russian tanks rolled into Georgia on Friday."
    entry = one(mentions_of(extraction, text), "19")
    assert entry.cameo_code == "192" and entry.target_country == "GEO"


@pytest.mark.parametrize(
    "text",
    [
        "Syrian refugees crossed into Turkey on Sunday.",
        "Chinese tourists entered Nepal on Sunday.",
        "Two days later, Ukrainian soldiers entered the city to cheering crowds.",
    ],
)
def test_others_crossing_or_an_unnamed_place_is_no_event(extraction: Extraction, text: str) -> None:
    assert not mentions_of(extraction, text)


def test_joining_an_international_body_is_a_formal_agreement(extraction: Extraction) -> None:
    text = "Sweden joined the European Union in 1995."
    accession = one(mentions_of(extraction, text), "05")
    assert accession.cameo_code == "057" and accession.source_country == "SWE"


def test_joining_another_state_in_a_deed_is_no_membership(extraction: Extraction) -> None:
    text = "Germany joined France in condemning the attack."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "05"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Amnesty International said on Monday that Sudanese forces had committed war crimes.",
            "SDN",
        ),
        ("Kenya said on Monday that Somali militants were responsible for the attack.", "SOM"),
        (
            "The UN rights office said on Monday that Ethiopia's treatment of Tigrayans may amount"
            " to crimes against humanity.",
            "ETH",
        ),
    ],
)
def test_a_report_naming_a_wrong_accuses(extraction: Extraction, text: str, accused: str) -> None:
    charge = one(mentions_of(extraction, text), "11")
    assert charge.cameo_code == "112" and charge.target_country == accused


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that the Iraqi army was responsible for security.",
        "Russian officials said on Monday that Ukrainian troops had shelled the town.",
    ],
)
def test_a_report_of_a_duty_or_a_deed_is_no_accusation(extraction: Extraction, text: str) -> None:
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]


def test_deploying_a_peacekeeping_force_provides_peacekeepers(extraction: Extraction) -> None:
    text = "The Security Council voted on Friday to deploy a peacekeeping force to Somalia."
    force = one(mentions_of(extraction, text), "07")
    assert force.cameo_code == "074" and force.target_country == "SOM"


def test_ending_a_peacekeeping_mission_withdraws_peacekeepers(extraction: Extraction) -> None:
    text = "The Security Council voted on Friday to end its peacekeeping mission in Congo."
    withdrawal = one(mentions_of(extraction, text), "16")
    assert withdrawal.cameo_code == "1661"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway recognised Kosovo on Tuesday, drawing condemnation from Serbia.", "11"),
        ("Norway recognised Kosovo on Tuesday, drawing an angry response from Serbia.", "11"),
        ("Norway recognised Kosovo on Tuesday, prompting protests from Serbia.", "14"),
    ],
)
def test_a_reaction_drawn_by_a_deed_is_aimed_at_its_doer(
    extraction: Extraction, text: str, root: str
) -> None:
    reaction = one(mentions_of(extraction, text), root)
    assert reaction.source_country == "SRB" and reaction.target_country == "NOR"


def test_a_drawn_reaction_is_not_the_drawers_own(extraction: Extraction) -> None:
    text = "The decision by Norway drew criticism on Tuesday."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]


def test_it_stands_for_the_earlier_thing_the_verb_takes(extraction: Extraction) -> None:
    text = (
        "Armenia and Azerbaijan agreed to a truce on Saturday, but Armenia accused Azerbaijan"
        " of violating it hours later."
    )
    violation = one(mentions_of(extraction, text), "19")
    assert violation.cameo_code == "196" and violation.source_country == "AZE"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The first Nepalese peacekeeping troops arrived in Lebanon on Monday.", "LBN"),
        (
            "Rwandan police officers arrived in Mozambique on Monday to lead a regional security"
            " mission.",
            "MOZ",
        ),
    ],
)
def test_forces_arriving_on_a_peace_mission_provide_it(
    extraction: Extraction, text: str, host: str
) -> None:
    mission = one(mentions_of(extraction, text), "07")
    assert mission.cameo_code == "074" and mission.target_country == host


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron arrived in Kenya on Monday.",
        "Chinese soldiers arrived in Russia on Monday for joint exercises.",
    ],
)
def test_other_arrivals_stay_visits(extraction: Extraction, text: str) -> None:
    assert one(mentions_of(extraction, text), "04").cameo_code == "042"


def test_its_deed_is_the_deed_of_the_state_the_sentence_is_about(
    extraction: Extraction,
) -> None:
    text = "Turkey rejected a resolution criticising its invasion of Cyprus on Monday."
    invasion = one(mentions_of(extraction, text), "19")
    assert invasion.source_country == "TUR" and invasion.target_country == "CYP"


def test_a_fronted_warning_of_consequences_is_a_threat(extraction: Extraction) -> None:
    text = (
        "Iran could face consequences if it supplied missiles to Russia, French Foreign Minister"
        " Jean-Noel Barrot told Iranian diplomat Abbas Araghchi on Monday."
    )
    threat = one(mentions_of(extraction, text), "13")
    assert threat.cameo_code == "130" and threat.target_country == "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "A powerful earthquake struck eastern Afghanistan on Tuesday, destroying many homes.",
        "Brazil beat Germany 2-1 in the final in Tokyo on Sunday.",
    ],
)
def test_a_hazard_or_a_sporting_win_is_no_assault(extraction: Extraction, text: str) -> None:
    assert not mentions_of(extraction, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a football match in Kabul on Friday.",
        "Police beat protesters in Minsk on Sunday.",
    ],
)
def test_violence_at_a_match_or_a_beating_stays_violence(extraction: Extraction, text: str) -> None:
    assert one(mentions_of(extraction, text), "18" if "beat" in text else "19")


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron told Vladimir Putin in a telephone call on Friday that"
        " France was ready to help.",
        "Scholz told Zelensky by phone on Monday that Germany would send more air defence systems.",
    ],
)
def test_what_is_told_in_a_call_is_the_call(extraction: Extraction, text: str) -> None:
    call = one(mentions_of(extraction, text), "04")
    assert call.cameo_code == "041" and call.target_country in ("RUS", "UKR")


def test_what_is_told_to_reporters_during_talks_stays_a_statement(
    extraction: Extraction,
) -> None:
    text = "Blinken told reporters during talks in Cairo that a deal was close."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]


def test_a_deadline_to_act_is_an_ultimatum(extraction: Extraction) -> None:
    text = (
        "The regional bloc gave Mali's junta two weeks on Monday to restore civilian rule or"
        " face sanctions."
    )
    ultimatum = one(mentions_of(extraction, text), "13")
    assert ultimatum.cameo_code == "139" and ultimatum.target_country == "MLI"


def test_a_deadline_to_leave_expels(extraction: Extraction) -> None:
    text = "Burkina Faso's government gave the French ambassador 48 hours to leave the country."
    expulsion = one(mentions_of(extraction, text), "17")
    assert expulsion.cameo_code == "174" and expulsion.target_country == "FRA"


def test_a_denied_deed_is_a_denial_with_no_addressee(extraction: Extraction) -> None:
    text = "The Kremlin denied on Monday that Russian forces had shelled the hospital."
    denial = one(mentions_of(extraction, text), "01")
    assert denial.cameo_code == "016" and denial.source_country == "RUS"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Former Pakistani Prime Minister Benazir Bhutto was shot dead on Thursday.", "186"),
        ("Former Pakistani Prime Minister Benazir Bhutto was wounded on Thursday.", "185"),
        ("Police beat former Pakistani Prime Minister Benazir Bhutto on Thursday.", "182"),
    ],
)
def test_a_leader_killed_is_assassinated(extraction: Extraction, text: str, code: str) -> None:
    assert one(mentions_of(extraction, text), "18").cameo_code == code


def test_supporting_terrorism_is_no_support(extraction: Extraction) -> None:
    text = "Egypt cut ties with Qatar on Monday, accusing it of supporting terrorism."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "05"]


def test_a_failed_agreement_is_negated(extraction: Extraction) -> None:
    text = "Armenia and Azerbaijan failed to agree on a truce on Friday."
    truce = one(mentions_of(extraction, text), "08")
    assert truce.modality is Modality.NEGATED
