"""Forces ordered to a place are deployed there, and what a deed is done to show is its motive.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kremlin ordered two warships to the Baltic Sea on Monday.", "150"),
        ("Ankara ordered more troops to the Syrian border on Friday.", "154"),
    ],
)
def test_forces_ordered_to_a_place_are_deployed(
    extraction: Extraction, text: str, code: str
) -> None:
    deployment = one(mentions_of(extraction, text), "15")
    assert deployment.cameo_code == code and deployment.plover_type == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "Poland sent two warships to the Baltic on Monday as a sign of solidarity with Lithuania.",
        "France deployed fighter jets to Romania on Friday in a show of support for Moldova.",
    ],
)
def test_what_a_deed_shows_is_no_second_event(extraction: Extraction, text: str) -> None:
    mentions = mentions_of(extraction, text)
    assert [m.cameo_root for m in mentions] == ["15"], [m.cameo_code for m in mentions]
