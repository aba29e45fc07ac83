"""What another party is to be helped to do, when the help itself is only an aim, is no deed:
'sent soldiers to help the army fight insurgents' tells no fighting; a deed helped in fact is
still told.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_deed_one_is_to_be_helped_to_do_is_no_event(extraction: Extraction) -> None:
    text = (
        "Rwanda sent 500 soldiers to Mozambique on Monday to help the Mozambican army fight "
        "Islamist insurgents."
    )
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "19"]


def test_a_deed_helped_in_fact_is_told(extraction: Extraction) -> None:
    text = "Russian jets helped Syrian forces retake Palmyra on Sunday."
    one(mentions_of(extraction, text), "19")
