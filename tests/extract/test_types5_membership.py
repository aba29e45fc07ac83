"""Becoming a member of a body joins it (057), as 'join' does.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_becoming_a_member_of_a_bloc_joins_it(extraction: Extraction) -> None:
    text = "Bosnia became the newest member of the European Union on Monday."
    joined = one(mentions_of(extraction, text), "05")
    assert joined.cameo_code == "057"
