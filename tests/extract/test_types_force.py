"""A show of force: a missile fired at no one.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code", "plover"),
    [
        ("North Korea fired a ballistic missile on Sunday, Seoul said.", "150", "MOBILIZE"),
        ("Iran fired missiles at Israel on Tuesday.", "195", "ASSAULT"),
    ],
)
def test_a_missile_is_an_attack_only_when_fired_at_a_target(
    extraction: Extraction, text: str, code: str, plover: str
) -> None:
    fired = next(m for m in mentions_of(extraction, text) if m.action_text == "fired")
    assert fired.cameo_code == code and fired.plover_type == plover
