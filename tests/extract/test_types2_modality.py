"""A modal on a verb of trying bears on what is tried: 'could try to seize' is hypothetical.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_what_a_state_could_try_to_do_is_hypothetical(extraction: Extraction) -> None:
    text = "Analysts say Uganda could try to seize the Kenyan port of Mombasa by force."
    seizure = one(mentions_of(extraction, text), "19")
    assert seizure.modality is Modality.HYPOTHETICAL


def test_an_agreement_let_expire_is_negated(extraction: Extraction) -> None:
    text = "Moldova let its gas transit agreement with Russia expire on Wednesday."
    agreement = one(mentions_of(extraction, text), "05")
    assert agreement.modality is Modality.NEGATED
