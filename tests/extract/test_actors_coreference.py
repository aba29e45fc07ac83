"""Who possessives, partner nouns and 'the two leaders' stand for across a story.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_its_minister_is_of_the_subject_not_the_party_it_acted_on(
    extraction: Extraction,
) -> None:
    text = (
        "Spain recalled its ambassador from Argentina on Monday, and its foreign minister "
        "criticised Argentine President Javier Milei."
    )
    criticism = one(mentions_of(extraction, text), "11")
    assert (criticism.source_country, criticism.source_role) == ("ESP", "GOV")
    assert criticism.target_country == "ARG"


def test_their_troops_are_of_the_body_named_before(extraction: Extraction) -> None:
    text = (
        "Kenya and Uganda met on Monday. "
        "Rwanda said on Tuesday that its troops had seized a border post held by Burundi."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert ("RWA", "MIL") in [(m.source_country, m.source_role) for m in later]


def test_the_two_leaders_are_the_pair_of_the_meeting_not_its_host(
    extraction: Extraction,
) -> None:
    text = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in "
        "Brussels on Monday for talks chaired by EU foreign policy chief Josep Borrell. "
        "The two leaders agreed to set up a joint commission on missing persons."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.target_country) for m in later] == [("SRB", "XKX")]


def test_his_host_is_the_other_party_of_the_visit(extraction: Extraction) -> None:
    text = (
        "South African President Cyril Ramaphosa met Indian Prime Minister Narendra Modi "
        "in New Delhi on Monday. Ramaphosa signed three trade agreements with his host."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.cameo_root, m.target_country) for m in later] == [
        ("ZAF", "05", "IND")
    ]


def test_his_counterpart_is_not_of_his_own_country(extraction: Extraction) -> None:
    text = (
        "French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in "
        "Rome on Monday. On Tuesday, Macron invited his counterpart to visit Paris."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert ("FRA", "ITA") in [(m.source_country, m.target_country) for m in later]


def test_a_head_noun_shared_by_a_list_gives_each_country_its_role(
    extraction: Extraction,
) -> None:
    text = "The defence ministers of Poland, Lithuania and Latvia met Ukraine's Oleksiy Reznikov."
    meeting = one(mentions_of(extraction, text), "04")
    assert (meeting.source_country, meeting.source_role) == ("POL", "GOV")
    roles = {m.source_role for m in mentions_of(extraction, text)}
    assert roles == {"GOV"}


def test_own_forces_a_call_would_send_stand_for_where_they_go(extraction: Extraction) -> None:
    text = "The African Union rejected a request for its troops to be sent to Somalia on Monday."
    rejection = one(mentions_of(extraction, text), "12")
    assert (rejection.source_country, rejection.target_country) == ("IGO", "SOM")


def test_his_country_is_the_country_of_the_person(extraction: Extraction) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky said on Monday his country would buy more "
        "air defence systems from Germany."
    )
    purchase = one(mentions_of(extraction, text), "06")
    assert (purchase.source_country, purchase.target_country) == ("UKR", "DEU")


def test_a_state_the_pair_acts_on_stays_the_target(extraction: Extraction) -> None:
    text = "Britain and Canada said on Tuesday they would impose new sanctions on Iran."
    sanctions = one(mentions_of(extraction, text), "13")
    assert sanctions.source_country in ("GBR", "CAN")
    assert sanctions.target_country == "IRN"


def test_the_court_is_the_court_the_story_named(extraction: Extraction) -> None:
    text = (
        "The International Court of Justice ordered Russia on Wednesday to suspend its "
        "military operations in Ukraine. The court also criticised Moscow for ignoring "
        "its earlier rulings."
    )
    criticism = one(mentions_of(extraction, text), "11")
    assert (criticism.source_actor_code, criticism.target_country) == ("IGO", "RUS")


def test_a_title_is_the_person_last_named_with_it(extraction: Extraction) -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez met Chilean President Gabriel Boric in Madrid "
        "on Friday. The prime minister later criticised Venezuela over the election."
    )
    criticism = one(mentions_of(extraction, text), "11")
    assert (criticism.source_country, criticism.target_country) == ("ESP", "VEN")


def test_them_is_the_people_the_story_was_about(extraction: Extraction) -> None:
    text = (
        "Striking doctors marched on the health ministry in Nairobi on Tuesday. "
        "Police used tear gas to disperse them."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert ("COP", "HLH") in [(m.source_role, m.target_role) for m in later]


def test_a_rejected_charge_answers_whoever_made_it(extraction: Extraction) -> None:
    text = (
        "Ukraine accused Belarus on Friday of massing troops on their border. "
        "Minsk rejected the accusation on Saturday."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.target_country) for m in later] == [("BLR", "UKR")]


def test_the_two_sides_are_read_in_a_sentence_naming_no_actor(extraction: Extraction) -> None:
    text = (
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for talks with "
        "Russian President Vladimir Putin. The two sides signed nine agreements on energy."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.cameo_root, m.source_country, m.target_country) for m in later] == [
        ("05", "IND", "RUS")
    ]
