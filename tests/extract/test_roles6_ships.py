"""Ships as parties (roles6 branch): the coding manual codes ships as business (BUS); a ship
named with a flag ('a Liberian vessel') is of that country, one named with none is a party of
no country, never of the country where it sails; a ship a 'by' agent charters or sends is
that agent's, no party of its own.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow

ON = dt.date(2024, 2, 14)


def test_a_flagged_vessel_is_business_of_its_flag(extraction: Extraction) -> None:
    text = "Houthi rebels attacked a Liberian vessel in the Red Sea on Monday."
    found = mentions_of(extraction, text, ON)
    assert "LBRBUS" in [m.target_actor_code for m in found]


def test_a_ship_of_no_flag_is_business_of_no_country(extraction: Extraction) -> None:
    text = "Rebels in Yemen fired missiles at a ship in the Gulf of Aden on Tuesday."
    found = mentions_of(extraction, text, ON)
    assert [(m.target_country, m.target_role) for m in found] == [(None, "BUS")]


def test_a_chartered_ship_is_its_charterer(extraction: Extraction) -> None:
    text = "A ship chartered by the Red Cross delivered food to Gaza on Friday."
    found = mentions_of(extraction, text, ON)
    assert found and all(m.source_role != "BUS" for m in found), [
        (m.source_actor_code, m.target_actor_code) for m in found
    ]
