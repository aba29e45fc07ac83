"""A violent deed told by a verb and named again by a noun in its clause is one deed.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Jihadist fighters killed 40 villagers near Gao on Sunday, the deadliest attack in Mali "
        "in months.",
        "Jihadist fighters killed 12 villagers in an ambush near Gao in Mali on Sunday.",
    ],
)
def test_a_noun_restating_a_violent_verb_is_no_second_attack(
    extraction: Extraction, text: str
) -> None:
    mentions = mentions_of(extraction, text)
    violent = [m for m in mentions if m.cameo_root in ("18", "19", "20")]
    assert len(violent) == 1, [(m.cameo_code, m.action_text) for m in mentions]
