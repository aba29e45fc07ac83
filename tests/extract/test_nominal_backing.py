"""A clause hanging off an armed group's name that tells who backs it: 'X, which officials
say is backed by Y'. The backer arms the group (072); backing a government stays praise.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_group_said_to_be_backed_by_a_state_is_armed_by_it(extraction: Extraction) -> None:
    text = (
        "Houthi rebels, which Western officials say are backed by Iran, attacked a ship in "
        "the Red Sea on Friday."
    )
    backing = one(mentions_of(extraction, text), "07")
    assert backing.cameo_code == "072"
    assert (backing.source_country, backing.target_country) == ("IRN", "YEM")
    assert backing.target_role == "REB"


def test_backing_a_government_is_endorsement(extraction: Extraction) -> None:
    text = "France backed the Malian government on Monday."
    backing = one(mentions_of(extraction, text), "05")
    assert backing.cameo_code == "051"


def test_a_participle_after_a_name_tells_who_backs_it(extraction: Extraction) -> None:
    text = "Hezbollah, armed by Iran, fired rockets at northern Israel on Sunday."
    arming = one(mentions_of(extraction, text), "07")
    assert (arming.source_country, arming.target_actor) == ("IRN", "Hezbollah")
