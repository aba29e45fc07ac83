"""Rules of the frames2 branch: deeds that are only the aim of another deed, or the content of
a rejected text.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def _codes(extraction: Extraction, text: str) -> list[str]:
    return sorted(m.cameo_code for m in mentions_of(extraction, text))


def test_troops_sent_to_defend_a_country_are_no_verbal_defence(extraction: Extraction) -> None:
    text = "Chile said it would use its navy to defend Peru."
    assert "052" not in _codes(extraction, text)


def test_a_defence_in_words_is_still_coded(extraction: Extraction) -> None:
    text = "Chile defended Peru against criticism from Bolivia on Monday."
    assert "052" in _codes(extraction, text)


def test_what_a_vetoed_resolution_demands_is_no_deed(extraction: Extraction) -> None:
    text = "Brazil vetoed a draft resolution on Monday demanding a truce in Peru."
    assert _codes(extraction, text) == ["129"]


def test_a_passive_meeting_with_a_thing_is_no_meeting(extraction: Extraction) -> None:
    text = "Any attack on Chile will be met with force, Peru said."
    assert "040" not in _codes(extraction, text)


INVASION_CALLED = (
    "Peru would cut ties if Bolivia called Chile's military offensive in northern Peru an invasion."
)


def test_a_deed_called_an_invasion_is_denounced(extraction: Extraction) -> None:
    text = INVASION_CALLED
    found = {
        (m.source_country, m.target_country, m.cameo_code) for m in mentions_of(extraction, text)
    }
    assert ("BOL", "CHL", "111") in found


def test_the_deed_called_an_invasion_stays_its_doers(extraction: Extraction) -> None:
    text = INVASION_CALLED
    found = {(m.source_country, m.cameo_root) for m in mentions_of(extraction, text)}
    assert ("CHL", "19") in found


def test_a_coup_staged_by_an_army_is_coded(extraction: Extraction) -> None:
    text = "Chile's army staged a coup against President Allende."
    assert "173" in _codes(extraction, text)


def test_a_deed_found_guilty_of_is_the_convicted_ones(extraction: Extraction) -> None:
    text = (
        "A Bolivian court on Monday found two Chileans guilty in absentia of murder for the "
        "downing of Peruvian Airlines flight 202 over Arica."
    )
    killings = [m.source_country for m in mentions_of(extraction, text) if m.cameo_root == "18"]
    assert killings == ["CHL"]
