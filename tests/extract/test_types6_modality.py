"""Modality across clause links: a deed followed by '; the army denied the charge' is alleged,
not negated (the denial has its own object), and a deed told in a relative clause of a claimed or
alleged deed is alleged too.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_a_deed_whose_charge_is_denied_is_alleged(extraction: Extraction) -> None:
    text = (
        "Malian troops shelled a market in the northern town of Kidal, an aid worker said on "
        "Monday; the army denied the charge."
    )
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.modality is Modality.ALLEGED


def test_a_denied_deed_is_still_negated(extraction: Extraction) -> None:
    text = "Mali denied on Monday that its troops had shelled a market in Kidal."
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.modality is Modality.NEGATED


def test_a_killing_told_of_a_claimed_bombing_is_alleged(extraction: Extraction) -> None:
    text = (
        "A militant group in Chad claimed responsibility on Monday for the bombing that killed "
        "15 soldiers near Ndjamena."
    )
    killing = one(mentions_of(extraction, text), "18")
    assert killing.modality is Modality.ALLEGED


def test_what_the_blamed_party_did_is_not_the_claim(extraction: Extraction) -> None:
    text = "Mali blamed the rebels, who attacked a convoy near Gao on Sunday."
    attack = one(mentions_of(extraction, text), "19")
    assert attack.modality is Modality.ASSERTED
