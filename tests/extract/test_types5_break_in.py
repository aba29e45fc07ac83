"""Breaking into a building is storming it; by a crowd, a violent protest.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_protesters_breaking_into_a_ministry_is_a_violent_protest(extraction: Extraction) -> None:
    text = "Angry protesters broke into Peru's interior ministry in Lima on Thursday."
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert codes and all(c.startswith("14") for c in codes), codes
