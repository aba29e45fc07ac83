"""Claims told by nouns: an allegation or a warning with a 'that' clause is an accusation or a
threat by whoever the noun's phrase names, and what an allegation states is alleged.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.models import Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Beijing dismissed Washington's accusation that Chinese hackers had breached the "
            "networks of federal agencies.",
            "USA",
            "CHN",
        ),
        (
            "The talks collapsed over Ukrainian allegations that Russian troops had shelled the "
            "Zaporizhzhia plant.",
            "UKR",
            "RUS",
        ),
    ],
)
def test_an_allegation_with_a_that_clause_accuses_its_subject(
    extraction: Extraction, text: str, accuser: str, accused: str
) -> None:
    accusation = one(mentions_of(extraction, text), "11")
    assert (accusation.source_country, accusation.target_country) == (accuser, accused)
    assert accusation.modality is Modality.ASSERTED


@pytest.mark.slow
def test_the_deed_an_allegation_states_is_alleged(extraction: Extraction) -> None:
    text = (
        "The ministry denied allegations by Amnesty International that police tortured "
        "detainees in Cairo."
    )
    torture = one(mentions_of(extraction, text), "18")
    assert torture.modality is Modality.ALLEGED


@pytest.mark.slow
def test_a_relative_clause_on_an_allegation_is_no_content(extraction: Extraction) -> None:
    """'the allegation that Egyptian officials repeated': a clause about the allegation,
    not what it states, names no one it accuses."""
    text = "Qatar dismissed the Saudi allegation that Egyptian officials repeated on Monday."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "warner", "warned"),
    [
        (
            "Moscow brushed aside Kyiv's warning that Ukraine would strike Russian refineries.",
            "1384",
            "UKR",
            "RUS",
        ),
        (
            "Iran bought the missiles despite U.S. warnings that the purchase would lead to "
            "sanctions.",
            "1312",
            "USA",
            "IRN",
        ),
    ],
)
def test_a_warning_of_its_own_sides_deed_is_a_threat(
    extraction: Extraction, text: str, code: str, warner: str, warned: str
) -> None:
    threat = one(mentions_of(extraction, text), "13")
    assert (threat.cameo_code, threat.source_country, threat.target_country) == (
        code,
        warner,
        warned,
    )
    assert threat.modality is Modality.ASSERTED


@pytest.mark.slow
def test_a_warning_of_another_sides_deed_is_no_threat(extraction: Extraction) -> None:
    text = "NATO's warning that Russia could invade Lithuania alarmed Vilnius."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "13"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Scholz sent a message to Budapest that Hungary must lift its veto on aid.",
        "Macron issued a stern warning to Moscow that Russia should withdraw its troops.",
    ],
)
def test_a_statement_noun_that_obliges_is_a_demand(extraction: Extraction, text: str) -> None:
    demand = one(mentions_of(extraction, text), "10")
    assert demand.cameo_code == "100" and demand.target_country in ("HUN", "RUS")


@pytest.mark.slow
def test_a_message_stating_a_fact_is_no_demand(extraction: Extraction) -> None:
    text = "Chancellor Scholz sent a message to Budapest that Germany had lifted its veto on aid."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "10"]
