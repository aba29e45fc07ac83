"""An attack told with no doer is done by the one arrested for it right after, there and then.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow

SHOT = "Former Peruvian President Alan Garcia was shot on Sunday outside his home in Lima."


def test_the_one_arrested_at_the_scene_is_the_attacker(extraction: Extraction) -> None:
    text = f"{SHOT} Police arrested the gunman at the scene."
    attack = one(mentions_of(extraction, text), "19")
    assert (attack.source_country, attack.source_text) == ("PER", "the gunman")


def test_an_arrest_elsewhere_names_no_attacker(extraction: Extraction) -> None:
    text = f"{SHOT} Police arrested dozens of protesters in Cusco on Monday."
    assert one(mentions_of(extraction, text), "19").source_country is None
