"""Target rules read from the dependency parse: conditions, noun phrases, clauses.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(extraction: Extraction) -> None:
    text = "Iran threatened on Monday to leave the talks unless France lifted its new sanctions."
    threats = [m for m in mentions_of(extraction, text) if m.cameo_code == "130"]
    assert [(m.source_country, m.target_country) for m in threats] == [("IRN", "FRA")]


def test_a_complaint_targets_the_one_complained_of(extraction: Extraction) -> None:
    text = "Ghana complained to the United Nations on Monday over repeated Togolese border raids."
    complaints = [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]
    assert [(m.source_country, m.target_country) for m in complaints] == [("GHA", "TGO")]


def test_a_purpose_clause_acts_on_where_its_verb_goes(extraction: Extraction) -> None:
    text = "Norway flew 12 officials to Sudan on Tuesday to investigate the killings."
    probes = [m for m in mentions_of(extraction, text) if m.cameo_code == "090"]
    assert [(m.source_country, m.target_country) for m in probes] == [("NOR", "SDN")]


def test_an_inquiry_into_a_deed_targets_its_doer(extraction: Extraction) -> None:
    text = "Ghana on Monday opened an inquiry into abuses committed by Togolese soldiers."
    probes = [m for m in mentions_of(extraction, text) if m.cameo_root == "09"]
    assert [(m.source_country, m.target_country) for m in probes] == [("GHA", "TGO")]


def test_who_is_not_allowed_to_act_is_the_target(extraction: Extraction) -> None:
    text = "Eritrea refused on Monday to allow Ethiopian aid convoys to cross the border."
    refusals = [m for m in mentions_of(extraction, text) if m.cameo_root == "12"]
    assert [(m.source_country, m.target_country) for m in refusals] == [("ERI", "ETH")]


def test_an_unknown_name_is_the_actor_its_apposition_describes(extraction: Extraction) -> None:
    text = "Ousmane Kabore, Burkina Faso's chief negotiator, criticised Mali on Monday."
    criticism = [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]
    assert [(m.source_country, m.target_country) for m in criticism] == [("BFA", "MLI")]


def test_a_people_named_with_where_it_lives_belongs_there(extraction: Extraction) -> None:
    text = "The Somalis of northern Kenya demanded land rights from the Kenyan government."
    demands = [m for m in mentions_of(extraction, text) if m.cameo_root == "10"]
    assert [(m.source_country, m.target_country) for m in demands] == [("KEN", "KEN")]
