"""A threat and the deed it threatens are one event: the threat, of the deed's kind, asserted.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Brazilian President Lula threatened on Monday to impose heavy tariffs on Argentina.",
            "1312",
        ),
        (
            "Turkey warned on Monday that it would attack Kurdish militia positions in Syria.",
            "1384",
        ),
    ],
)
def test_a_threatened_deed_is_the_threat(extraction: Extraction, text: str, code: str) -> None:
    mentions = mentions_of(extraction, text)
    assert [(m.cameo_code, m.modality) for m in mentions] == [(code, Modality.ASSERTED)]
