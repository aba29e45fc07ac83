"""'The group' stands for armed rebels named before it, as it does for a named group.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_the_group_is_the_rebels_named_before(extraction: Extraction) -> None:
    text = (
        "Colombia said ELN rebels had killed 20 soldiers in Arauca, and it suspended talks "
        "with the group."
    )
    halt = one(mentions_of(extraction, text), "16")
    assert halt.source_country == "COL" and halt.target_role == "REB"
