"""Sentencing someone finds them guilty (116), as convicting does.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_court_sentencing_an_opposition_leader_finds_him_guilty(
    extraction: Extraction,
) -> None:
    text = (
        "A Belarusian court sentenced opposition leader Pavel Sevko to ten years in prison on "
        "Monday."
    )
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert codes == ["116"], codes
