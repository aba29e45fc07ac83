"""Rules of the trip branch: which (source, target, CAMEO root) triples a sentence yields.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_toll_counted_after_a_deed_is_that_deed(extraction: Extraction) -> None:
    text = "Syrian artillery shelled a border post on Tuesday, killing three Turkish soldiers."
    violent = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.source_country, m.target_country, m.action_text) for m in violent] == [
        ("SYR", "TUR", "shelled")
    ]


def test_a_capital_shelled_is_its_people(extraction: Extraction) -> None:
    text = "Yemeni rebels shelled Sanaa overnight on Sunday."
    assault = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.target_country, m.target_role) for m in assault] == [("YEM", "CVL")]


def test_a_capital_entered_is_taken_from_its_government(extraction: Extraction) -> None:
    text = "Somali rebel fighters entered Mogadishu on Sunday."
    taken = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.target_country, m.target_role) for m in taken] == [("SOM", "GOV")]


def test_talks_held_to_discuss_aid_are_the_meeting_not_aid(extraction: Extraction) -> None:
    text = "Arab League ministers met in Cairo on Monday to discuss further aid for Sudan."
    found = mentions_of(extraction, text)
    assert [(m.cameo_root, m.target_country) for m in found] == [("04", None)]


def test_a_talk_is_with_its_partner_not_its_topic(extraction: Extraction) -> None:
    text = "Kenya discussed plans to expand its port with Tanzania on Monday."
    talks = [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]
    assert [(m.source_country, m.target_country) for m in talks] == [("KEN", "TZA")]


def test_the_two_who_met_are_the_persons_named_before(extraction: Extraction) -> None:
    text = (
        "Brazilian President Lula urged Argentine President Javier Milei to cut tariffs when"
        " the two met on the sidelines of a Mercosur summit on Monday."
    )
    meetings = [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]
    assert [(m.source_country, m.target_country) for m in meetings] == [("BRA", "ARG")]


def test_aid_suspended_at_a_place_is_cut_from_its_people(extraction: Extraction) -> None:
    text = "The World Food Programme suspended food deliveries in Mogadishu on Monday."
    cuts = [m for m in mentions_of(extraction, text) if m.cameo_root == "16"]
    assert [(m.target_country, m.target_role) for m in cuts] == [("SOM", "CVL")]


def test_a_country_named_on_a_compound_title_is_its_holder_s(extraction: Extraction) -> None:
    text = "Indian Prime Minister Narendra Modi met U.S. House Speaker Tom Miller on Monday."
    meetings = [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]
    assert [(m.source_country, m.target_country) for m in meetings] == [("IND", "USA")]


def test_a_state_letting_its_own_refugees_return_acts_on_them(extraction: Extraction) -> None:
    text = "Jordan will allow 5,000 Jordanian refugees who live in Syria to return home."
    found = [m for m in mentions_of(extraction, text) if m.source_country == "JOR"]
    assert [(m.target_country, m.target_role) for m in found] == [("JOR", "REF")]


def test_his_visit_is_the_visit_of_the_person_named_before(extraction: Extraction) -> None:
    text = "Polish lawmakers criticised French President Emmanuel Macron for his visit to Beijing."
    visits = [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]
    assert [(m.source_country, m.target_country) for m in visits] == [("FRA", "CHN")]


def test_a_noun_naming_a_deed_again_is_no_second_event(extraction: Extraction) -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez made a visit to Rabat on Monday,"
        " his second trip to Morocco this year."
    )
    visits = [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]
    assert [(m.source_country, m.target_country) for m in visits] == [("ESP", "MAR")]


def test_attending_a_body_s_summit_visits_its_host(extraction: Extraction) -> None:
    text = "Ghana's president attended a summit of the African Union in Nairobi on Monday."
    visits = [m for m in mentions_of(extraction, text) if m.cameo_root == "04"]
    assert [(m.cameo_code, m.source_country, m.target_country) for m in visits] == [
        ("042", "GHA", "KEN")
    ]


def test_a_passive_joined_to_a_verb_shares_its_subject_as_patient(
    extraction: Extraction,
) -> None:
    text = "Bolivia's former president Evo Morales arrived in Mexico City and was granted asylum."
    grants = [m for m in mentions_of(extraction, text) if m.cameo_code == "075"]
    assert [(m.source_country, m.target_country) for m in grants] == [("MEX", "BOL")]


def test_hostages_handed_to_an_intermediary_are_released_to_their_country(
    extraction: Extraction,
) -> None:
    text = "Al-Shabaab militants handed four Kenyan hostages to the Red Cross on Monday."
    releases = [m for m in mentions_of(extraction, text) if m.cameo_code == "0841"]
    assert [m.target_country for m in releases] == ["KEN"]


def test_a_joint_statement_is_made_to_no_partner(extraction: Extraction) -> None:
    text = "Chile and Peru announced on Monday that the border would reopen."
    statements = [m for m in mentions_of(extraction, text) if m.cameo_root == "01"]
    assert statements == []


def test_a_mediator_named_as_a_participle_s_doer_mediates(extraction: Extraction) -> None:
    text = "Ethiopia and Eritrea signed a border deal after weeks of talks mediated by Kenya."
    mediations = [m for m in mentions_of(extraction, text) if m.cameo_code == "045"]
    assert [(m.source_country, m.target_country) for m in mediations] == [("KEN", "ETH")]


def test_what_a_pair_agrees_to_is_between_its_members(extraction: Extraction) -> None:
    text = (
        "Oman and Jordan, mediating between Sudan and Chad in Muscat, announced on Monday"
        " that the two sides had agreed to a truce and the release of prisoners."
    )
    agreed = [m for m in mentions_of(extraction, text) if m.action_text == "agreed"]
    assert [(m.source_country, m.target_country) for m in agreed] == [("SDN", "TCD")]


def test_what_a_strike_demands_is_the_strike_s_cause(extraction: Extraction) -> None:
    text = "Teachers in Chile went on strike on Monday, demanding higher pay from the government."
    found = mentions_of(extraction, text)
    assert [m.cameo_root for m in found] == ["14"]


def test_a_state_does_not_threaten_itself(extraction: Extraction) -> None:
    text = "Iranian President Masoud Pezeshkian warned on Monday that Iran would use all its means."
    threats = [m for m in mentions_of(extraction, text) if m.cameo_root == "13"]
    assert threats and all(m.target_country != "IRN" for m in threats)


def test_a_denied_accusation_answers_whoever_reported_it(extraction: Extraction) -> None:
    text = (
        "Iran has sent drones to Sudan, Egypt's foreign minister said, an accusation that"
        " Tehran denies."
    )
    denials = [m for m in mentions_of(extraction, text) if m.cameo_code == "016"]
    assert [(m.source_country, m.target_country) for m in denials] == [("IRN", "EGY")]


def test_a_move_condemned_in_a_relative_clause_targets_its_maker(
    extraction: Extraction,
) -> None:
    text = "The World Bank froze all loans to Zambia on Monday, a move Zambia condemned."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "condemned"]
    assert [(m.source_country, m.target_country) for m in found] == [("ZMB", "IGO")]


def test_an_object_pronoun_stands_for_the_actor_named_before(extraction: Extraction) -> None:
    text = "Kenya recalled its ambassador from Uganda on Monday, accusing it of arming rebels."
    accusations = [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]
    assert [(m.source_country, m.target_country) for m in accusations] == [("KEN", "UGA")]


def test_a_subject_word_is_the_named_actor_in_apposition_to_it(
    extraction: Extraction,
) -> None:
    text = "Her brother, Thai Prime Minister Srettha Thavisin, criticised Cambodia on Monday."
    found = [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]
    assert [(m.source_country, m.target_country) for m in found] == [("THA", "KHM")]


def test_condemning_a_deed_told_before_targets_its_doer(extraction: Extraction) -> None:
    text = (
        "Indian police arrested three Pakistani fishermen on Monday. Pakistan condemned the"
        " arrest on Tuesday."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "condemned"]
    assert [(m.source_country, m.target_country, m.target_role) for m in found] == [
        ("PAK", "IND", "COP")
    ]


def test_joint_attackers_are_allies_not_each_other_s_targets(extraction: Extraction) -> None:
    text = (
        "U.S. and British jets struck rebel camps in Libya on Friday in retaliation for"
        " attacks on shipping."
    )
    violent = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert violent and all(m.target_country not in ("USA", "GBR") for m in violent)


def test_joint_doers_fighting_each_other_are_each_other_s_targets(
    extraction: Extraction,
) -> None:
    text = "Sudanese and Chadian troops fought each other along the border on Friday."
    violent = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.source_country, m.target_country) for m in violent] == [("SDN", "TCD")]


def test_warnings_defied_are_not_the_defier_s(extraction: Extraction) -> None:
    text = "Iran launched a satellite on Monday, defying international warnings."
    threats = [m for m in mentions_of(extraction, text) if m.cameo_root == "13"]
    assert threats == []
