"""Reference resolution across sentences: phrases that name an actor by its kind or count.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_the_bloc_is_the_organisation_named_last(extraction: Extraction) -> None:
    text = (
        "Ghana accused the African Union on Monday of ignoring the crisis. "
        "The bloc criticised Ghana on Tuesday."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_actor_code, m.target_country) for m in later] == [("IGO", "GHA")]


def test_the_alliance_s_ministers_are_the_alliance(extraction: Extraction) -> None:
    text = (
        "Chad urged NATO on Monday to send troops. "
        "Hours later, the alliance's defence ministers rejected the request."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.source_role) for m in later] == [("IGO", "IGO")]


def test_the_group_is_the_group_named_last(extraction: Extraction) -> None:
    text = (
        "Hamas fired rockets at Israel on Monday. "
        "On Tuesday, the militant group attacked a Lebanese army post."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.source_role, m.target_country) for m in later] == [
        ("PSE", "REB", "LBN")
    ]


def test_a_thing_the_bloc_owns_is_no_actor(extraction: Extraction) -> None:
    text = (
        "Belarus angered the European Union on Monday. "
        "EU leaders agreed on Tuesday to ban Belarusian airlines from the bloc's airspace."
    )
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert later and all(m.target_country == "BLR" for m in later)


def test_a_group_s_spokesman_speaks_as_the_group(extraction: Extraction) -> None:
    text = "Hamas fired rockets on Monday. The group's military spokesman accused Israel."
    later = [m for m in mentions_of(extraction, text) if m.sentence_index == 1]
    assert [(m.source_country, m.source_role) for m in later] == [("PSE", "REB")]
