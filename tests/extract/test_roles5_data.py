"""Actor data from fresh wire text (roles5 branch): a bare 'Congo' is the Democratic Republic,
as wire style writes it since Zaire was renamed in 1997 (before that, the Republic); the Dutch
king in office is the government; Haitian gangs and Baloch militant groups are armed groups of
their country; a presidential candidate is an elite (ELI) and a television presenter is media
(MED).

Each test is an invented short article through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_bare_congo_is_the_democratic_republic(extraction: Extraction) -> None:
    text = "Congo accused Uganda on Tuesday of arming rebels in Ituri province."
    codes = {m.source_actor_code for m in mentions_of(extraction, text, dt.date(2024, 5, 8))}
    assert "COD" in codes, codes
    assert "COG" not in codes


def test_the_dutch_king_in_office_is_the_government(extraction: Extraction) -> None:
    text = "King Willem-Alexander met the Japanese emperor in Tokyo on Wednesday."
    found = mentions_of(extraction, text, dt.date(2023, 10, 12))
    assert "NLDGOV" in [m.source_actor_code for m in found]


def test_a_haitian_gang_is_an_armed_group(extraction: Extraction) -> None:
    text = "The 400 Mawozo gang kidnapped five nurses near Port-au-Prince on Sunday."
    found = mentions_of(extraction, text, dt.date(2022, 3, 14))
    assert "HTIREB" in [m.source_actor_code for m in found]


def test_jaish_al_adl_is_an_iranian_armed_group(extraction: Extraction) -> None:
    text = "Iranian forces killed four members of Jaish al-Adl near Zahedan on Monday."
    found = mentions_of(extraction, text, dt.date(2024, 4, 9))
    assert "IRNREB" in [m.target_actor_code for m in found]


def test_a_presidential_candidate_is_an_elite(extraction: Extraction) -> None:
    text = "Police arrested Peruvian presidential candidate Juan Quispe in Lima on Friday."
    found = mentions_of(extraction, text, dt.date(2021, 2, 6))
    assert "PERELI" in [m.target_actor_code for m in found]


def test_a_television_presenter_is_media(extraction: Extraction) -> None:
    text = "Belarusian police detained a television presenter in Minsk on Monday."
    found = mentions_of(extraction, text, dt.date(2021, 6, 8))
    assert "BLRMED" in [m.target_actor_code for m in found]


def test_congo_before_zaire_was_renamed_is_brazzaville(extraction: Extraction) -> None:
    text = "Congo accused Gabon on Tuesday of arming rebels near the border."
    codes = {m.source_actor_code for m in mentions_of(extraction, text, dt.date(1990, 5, 8))}
    assert "COG" in codes, codes
    assert "COD" not in codes


def test_a_country_led_coalition_is_its_military(extraction: Extraction) -> None:
    text = "A French-led coalition bombed rebel positions near Gao on Monday."
    found = mentions_of(extraction, text, dt.date(2019, 3, 5))
    assert "FRAMIL" in [m.source_actor_code for m in found], [m.source_actor_code for m in found]


def test_military_governments_are_the_military(extraction: Extraction) -> None:
    text = (
        "The military governments of Chad and Guinea announced on Monday that they were "
        "leaving the African Union."
    )
    found = mentions_of(extraction, text, dt.date(2024, 3, 2))
    assert "TCDMIL" in [m.source_actor_code for m in found], [m.source_actor_code for m in found]


def test_a_party_led_coalition_is_no_military(extraction: Extraction) -> None:
    text = "In Israel, the Likud-led coalition expelled two lawmakers from the Knesset on Monday."
    found = mentions_of(extraction, text, dt.date(2024, 3, 2))
    assert not [m for m in found if (m.source_actor_code or "").endswith("MIL")], [
        m.source_actor_code for m in found
    ]
