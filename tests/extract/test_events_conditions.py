"""What a threat is made to hang on ('unless X does Y') is the threat's content, no event.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_deed_a_threat_hangs_on_is_no_event(extraction: Extraction) -> None:
    text = (
        "Ghana threatened on Monday to close its border with Togo unless Lome released "
        "the detained fishermen."
    )
    roots = sorted(m.cameo_root for m in mentions_of(extraction, text))
    assert "08" not in roots and "13" in roots, roots


def test_a_deed_foreseen_with_if_is_still_told(extraction: Extraction) -> None:
    text = "Ghana will close its border with Togo if Lome releases the detained fishermen."
    roots = sorted(m.cameo_root for m in mentions_of(extraction, text))
    assert "08" in roots, roots
