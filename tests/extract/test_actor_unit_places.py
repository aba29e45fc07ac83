"""An actor known only by where it is takes the country of the unit the text names there."""

from __future__ import annotations

from timeline.pipeline import Extraction

from .support import mentions_of, one


def test_a_place_called_a_state_is_that_unit_not_a_town_elsewhere(extraction: Extraction) -> None:
    # 'Borno' alone also fits a German town (Borna); 'Borno state' is the Nigerian unit
    mentions = mentions_of(extraction, "Gunmen attacked a police post in Borno state on Monday.")
    attack = one(mentions, "19")
    assert attack.target_country == "NGA"
