"""A pair fighting 'against' a third party fights on one side, not against each other.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow

MET = "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday."


def test_a_pair_fighting_against_another_is_no_war_between_them(extraction: Extraction) -> None:
    text = f"{MET} He said the two nations had fought side by side against colonial armies."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]


def test_a_pair_fighting_against_each_other_is_at_war(extraction: Extraction) -> None:
    text = f"{MET} He said the two nations had fought against each other long ago."
    assert [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]
