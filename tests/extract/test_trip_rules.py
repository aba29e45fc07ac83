"""Rules of the trip branch: which (source, target, CAMEO root) triples a sentence yields.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_toll_counted_after_a_deed_is_that_deed(extraction: Extraction) -> None:
    text = "Syrian artillery shelled a border post on Tuesday, killing three Turkish soldiers."
    violent = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.source_country, m.target_country, m.action_text) for m in violent] == [
        ("SYR", "TUR", "shelled")
    ]


def test_a_capital_shelled_is_its_people(extraction: Extraction) -> None:
    text = "Yemeni rebels shelled Sanaa overnight on Sunday."
    assault = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.target_country, m.target_role) for m in assault] == [("YEM", "CVL")]


def test_a_capital_entered_is_taken_from_its_government(extraction: Extraction) -> None:
    text = "Somali rebel fighters entered Mogadishu on Sunday."
    taken = [m for m in mentions_of(extraction, text) if m.cameo_root in VIOLENT_ROOTS]
    assert [(m.target_country, m.target_role) for m in taken] == [("SOM", "GOV")]
