"""Actor rules from fresh wire text (roles6 branch): a body's installation named with an agent
word ('an army base', 'a police station') stands for that body, so a deed done to it is done
to the body; other things an agent word modifies ('military aid') stay mere things.

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_an_army_base_shelled_is_the_military_shelled(extraction: Extraction) -> None:
    text = "Insurgents shelled an army base outside Kandahar on Monday."
    found = mentions_of(extraction, text, dt.date(2024, 3, 5))
    assert "AFGMIL" in [m.target_actor_code for m in found], [
        (m.source_actor_code, m.target_actor_code) for m in found
    ]


def test_military_aid_is_still_no_party(extraction: Extraction) -> None:
    text = "Russia sent military aid to Serbia on Monday."
    found = mentions_of(extraction, text, dt.date(2024, 3, 5))
    assert [m.target_actor_code for m in found] == ["SRB"]
