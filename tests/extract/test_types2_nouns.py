"""Event nouns of unseen wire text: a deed someone faces is aimed at them.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_who_faces_sanctions_is_their_target(extraction: Extraction) -> None:
    text = "Peru faces new EU sanctions over the crackdown on protesters."
    sanctions = one(mentions_of(extraction, text), "16")
    assert sanctions.source_country == "IGO" and sanctions.target_country == "PER"


def test_joint_subjects_are_no_sides_of_a_noun_deep_in_their_clause(
    extraction: Extraction,
) -> None:
    text = (
        "Peru and Chile launched a new team on Wednesday to monitor Bolivia's compliance "
        "with sanctions."
    )
    mentions = mentions_of(extraction, text)
    assert [(m.source_country, m.target_country) for m in mentions if m.cameo_root == "16"] == []
