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


@pytest.mark.parametrize(
    ("text", "code", "plover"),
    [
        ("France sent 500 soldiers to Chad to defend the capital against rebels.", "074", "AID"),
        ("Rwanda sent 1,000 soldiers to Mozambique to help fight insurgents.", "062", "COOPERATE"),
    ],
)
def test_forces_sent_abroad_for_a_purpose_are_coded_by_it(
    extraction: Extraction, text: str, code: str, plover: str
) -> None:
    mentions = mentions_of(extraction, text)
    sent = next(m for m in mentions if m.action_text == "sent")
    assert sent.cameo_code == code and sent.plover_type == plover


def test_forces_sent_at_home_stay_a_deployment(extraction: Extraction) -> None:
    text = "Nigeria deployed troops to Lagos to help quell the protests."
    deployed = next(m for m in mentions_of(extraction, text) if m.action_text == "deployed")
    assert deployed.cameo_code == "154"
