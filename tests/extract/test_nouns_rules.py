"""Rules of the nouns branch: events a sentence names with a noun, and their parties.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def _triples(extraction: Extraction, text: str, trigger: str) -> list[tuple[str | None, ...]]:
    return [
        (m.source_country, m.target_country, m.cameo_root)
        for m in mentions_of(extraction, text)
        if m.action_text == trigger
    ]


def test_a_place_annexed_stands_for_its_country(extraction: Extraction) -> None:
    text = (
        "Lithuanian officials said on Monday that they would never accept Belarus's "
        "annexation of Klaipeda."
    )
    assert _triples(extraction, text, "annexation") == [("BLR", "LTU", "19")]


def test_a_place_shelled_stands_for_its_country(extraction: Extraction) -> None:
    text = "Azerbaijani refugees marched on Sunday against Armenia's shelling of Ganja."
    assert _triples(extraction, text, "shelling") == [("ARM", "AZE", "19")]


def test_an_attack_with_its_doer_alone_is_on_the_state_its_phrase_names(
    extraction: Extraction,
) -> None:
    text = "Germany sent tanks on Friday to defend Lithuania against a possible Belarusian attack."
    assert _triples(extraction, text, "attack") == [("BLR", "LTU", "19")]


def test_an_attack_since_which_a_trip_is_told_is_not_dated_by_the_trip(
    extraction: Extraction,
) -> None:
    text = (
        "The Polish president arrived in Vilnius on Tuesday, his first trip to Lithuania "
        "since the Belarusian incursion."
    )
    (incursion,) = [m for m in mentions_of(extraction, text) if m.action_text == "incursion"]
    assert (incursion.source_country, incursion.target_country) == ("BLR", "LTU")
    assert incursion.event_date is None


def test_the_doer_the_clause_names_is_no_attacker_of_another_state(
    extraction: Extraction,
) -> None:
    text = "Three Malian soldiers died in Niger on Monday in an attack."
    assert ("MLI", "NER", "19") not in _triples(extraction, text, "attack")


def test_a_warrant_against_him_is_an_arrest_of_the_man_named_before(
    extraction: Extraction,
) -> None:
    text = (
        "Netanyahu cancelled a trip to Berlin on Monday because of an International Criminal "
        "Court arrest warrant against him."
    )
    assert _triples(extraction, text, "warrant") == [("IGO", "ISR", "17")]


def test_a_war_named_with_one_side_is_no_attack_on_a_third(extraction: Extraction) -> None:
    text = "Syrian refugees returned from Lebanon on Monday after the Syrian war."
    assert _triples(extraction, text, "war") == []


def test_a_state_named_as_a_modifier_is_not_the_one_attacked(extraction: Extraction) -> None:
    text = (
        "Polish troops patrolled near the Lithuanian border on Monday during a Belarusian "
        "incursion."
    )
    assert _triples(extraction, text, "incursion") == []


def test_what_a_clause_says_of_an_attack_as_its_subject_names_no_target(
    extraction: Extraction,
) -> None:
    text = "The Belarusian attack led Lithuanian officials to plead with Poland for help on Monday."
    assert _triples(extraction, text, "attack") == []


def test_an_attack_is_not_on_a_state_named_far_from_it(extraction: Extraction) -> None:
    text = "Lithuanian officials travelled to Warsaw on Monday ahead of the Belarusian invasion."
    assert _triples(extraction, text, "invasion") == []


def test_a_place_attacked_needs_a_doer_named_with_the_attack(extraction: Extraction) -> None:
    text = "Poland called on Monday for an inquiry into the shelling of Klaipeda."
    assert _triples(extraction, text, "shelling") == []


def test_joining_another_states_strikes_is_striking_their_target(
    extraction: Extraction,
) -> None:
    text = "Britain joined France's air strikes on Libya on Monday."
    assert _triples(extraction, text, "joined") == [("GBR", "LBY", "19")]
