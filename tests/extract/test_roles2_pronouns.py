"""Whom a pronoun or a joint subject stands for (roles2 branch): an object pronoun is the
object of the verb its verb is joined to; people sent to a place are not of that place; a
leader the dictionary lacks still has the partner joined to his name; 'the group' is an
armed group named by its fighters ('X rebels').

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_them_is_the_object_of_the_joined_verb(extraction: Extraction) -> None:
    text = (
        "The Chilean government put 90 dissidents on a plane to Madrid on Friday and "
        "stripped them of their passports."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "stripped"]
    assert [(m.source_country, m.target_country) for m in found] == [("CHL", "CHL")]


def test_a_leader_the_dictionary_lacks_still_meets_the_partner(extraction: Extraction) -> None:
    text = "Peru's President Tomas Quispe and Chile's President Gabriel Boric met in Lima."
    found = [m for m in mentions_of(extraction, text) if m.action_text == "met"]
    assert [(m.source_country, m.target_country) for m in found] == [("PER", "CHL")]


def test_the_group_is_the_armed_group_named_by_its_fighters(extraction: Extraction) -> None:
    text = (
        "Peru's government said Shining Path rebels had killed 20 people in the Vraem valley "
        "last week, and it suspended talks with the group."
    )
    found = [m for m in mentions_of(extraction, text) if m.action_text == "suspended"]
    assert [(m.target_country, m.target_role) for m in found] == [("PER", "REB")]
