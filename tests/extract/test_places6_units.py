"""Where, on invented sentences: a unit named as an adjective of its noun, a unit beating a
town only another name fits, a hyphened town name the recogniser cut short."""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_unit_name_parsed_as_an_adjective_of_its_noun_is_the_unit(
    extraction: Extraction,
) -> None:
    text = "Myanmar soldiers burned a market in a village in the Sagaing region on Friday."
    (burning,) = [m for m in mentions_of(extraction, text) if m.location_name]
    assert (burning.location_name, burning.location_country) == ("Sagaing region", "MMR")


def test_a_unit_of_that_very_name_beats_a_town_only_another_name_fits(
    extraction: Extraction,
) -> None:
    text = "Gunmen attacked a police post in Borno state on Friday."
    attack = one(mentions_of(extraction, text), "19")
    assert (attack.location_name, attack.location_country) == ("Borno state", "NGA")


def test_a_hyphened_town_cut_short_by_the_recogniser_is_the_whole_word(
    extraction: Extraction,
) -> None:
    text = "Armed men abducted two nurses in Croix-des-Bouquets on Friday."
    (abduction,) = [m for m in mentions_of(extraction, text) if m.location_name]
    assert (abduction.location_name, abduction.location_country) == ("Croix-des-Bouquets", "HTI")
