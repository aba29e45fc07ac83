"""Where, on invented sentences (places3): a site the gazetteer lacks, in a story set in a
town, is at that town."""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_an_unknown_site_in_a_story_set_in_a_town_is_at_the_town(
    extraction: Extraction,
) -> None:
    text = (
        "Thousands of Chileans protested in Valparaiso on Sunday against the pension reform. "
        "Police arrested dozens of students who blocked the Quelentaro highway."
    )
    arrest = one(mentions_of(extraction, text), "17")
    assert arrest.location_country == "CHL"
    assert arrest.latitude is not None and abs(arrest.latitude + 33.0) < 0.5


def test_a_compass_part_of_a_country_is_where_its_towns_are(extraction: Extraction) -> None:
    text = "Chadian rebels attacked an army post in eastern Chad on Monday, killing four soldiers."
    attack = one(mentions_of(extraction, text), "19")
    assert attack.location_name == "eastern Chad"
    assert attack.longitude is not None and attack.longitude > 20.0


def test_an_unknown_place_the_text_calls_no_site_is_not_put_at_the_town(
    extraction: Extraction,
) -> None:
    text = (
        "Thousands of Chileans protested in Valparaiso on Sunday against the pension reform. "
        "Police arrested dozens of students who blocked roads in Patagonia."
    )
    arrest = one(mentions_of(extraction, text), "17")
    assert arrest.location_name == "Patagonia"
    assert arrest.latitude is None


def test_a_site_named_after_a_town_down_a_chain_of_ofs_is_taken(
    extraction: Extraction,
) -> None:
    text = "Eritrean troops took control of the Sudanese side of the Kassala crossing on Tuesday."
    taking = one(mentions_of(extraction, text), "19")
    assert (taking.location_name, taking.location_country) == ("Kassala", "SDN")


def test_a_site_named_after_a_town_is_a_place_at_any_depth(extraction: Extraction) -> None:
    text = "Jordanian troops took control of the Syrian side of the Jarabulus crossing on Friday."
    taking = one(mentions_of(extraction, text), "19")
    assert (taking.location_name, taking.location_country) == ("Jarabulus", "SYR")


def test_a_town_the_parser_hangs_on_a_bare_date_is_taken(extraction: Extraction) -> None:
    text = "Rebel fighters captured Mosul October 3 and pushed the army back to the border."
    capture = one(mentions_of(extraction, text), "17")
    assert (capture.location_name, capture.location_country) == ("Mosul", "IRQ")


@pytest.mark.parametrize(
    "text, square",
    [
        ("Israeli soldiers patrolled Martyrs Square in nearby Nablus on Sunday.", "Martyrs"),
        ("Turkish police patrolled Kizilay Square in nearby Ankara on Sunday.", "Kizilay"),
        (  # the site tagged a person
            "Soldiers also patrolled Garibaldi Square in nearby Nablus, and a tank was parked "
            "outside the mosque.",
            "Garibaldi",
        ),
    ],
)
def test_a_site_taken_in_a_town_the_verb_names_is_the_site(
    extraction: Extraction, text: str, square: str
) -> None:
    patrol = one(mentions_of(extraction, text), "15")
    assert patrol.location_name == f"{square} Square"
    assert patrol.latitude is not None
