"""An event noun a verb says was prevented, or fled, names a deed that its clause does not
tell as done: no event.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_attacks_forces_were_sent_to_prevent_are_no_attacks(extraction: Extraction) -> None:
    text = (
        "The Kenyan government deployed police along the border on Monday to prevent attacks "
        "by al-Shabaab militants on its northern towns."
    )
    mentions = mentions_of(extraction, text)
    assert not [m for m in mentions if m.cameo_root == "19"]
    assert one(mentions, "15").source_country == "KEN"
