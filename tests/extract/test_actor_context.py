"""Countries and roles of actors read from their context: the clause and the thing named.

Each test is one invented text through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_victims_are_not_of_the_country_of_those_who_attack_them(
    extraction: Extraction,
) -> None:
    text = "Ethiopian troops killed 12 civilians in a Somali village on Monday."
    killing = one(mentions_of(extraction, text), "18")
    assert (killing.source_country, killing.target_country) == ("ETH", "SOM")


def test_an_opposition_is_not_of_the_country_it_accuses(extraction: Extraction) -> None:
    text = (
        "Floods hit Kenya on Monday. "
        "Opposition parties accused Uganda on Tuesday of arming the militia."
    )
    accusation = one(mentions_of(extraction, text), "11")
    assert (accusation.source_country, accusation.target_country) == ("KEN", "UGA")


def test_parties_of_a_clause_are_not_of_the_one_reacting_to_it(extraction: Extraction) -> None:
    text = (
        "Japan resumed aid to Nepal on Friday "
        "after the government and the opposition signed a peace deal."
    )
    deal = one(mentions_of(extraction, text), "05")
    assert (deal.target_country, deal.target_role) == ("NPL", "OPP")


def test_a_country_named_with_a_military_deed_is_its_military(extraction: Extraction) -> None:
    text = "A Turkish drone strike killed four fighters in northern Iraq on Sunday."
    strike = one(mentions_of(extraction, text), "18")
    assert (strike.source_country, strike.source_role) == ("TUR", "MIL")


def test_a_country_named_with_shelling_is_its_military(extraction: Extraction) -> None:
    text = "Syrian shelling killed six civilians in the Lebanese town of Hermel on Monday."
    shelling = one(mentions_of(extraction, text), "18")
    assert (shelling.source_country, shelling.source_role) == ("SYR", "MIL")


def test_a_ship_is_of_the_country_named_with_a_hyphen(extraction: Extraction) -> None:
    text = "Somali pirates seized a Greek-flagged tanker on Monday."
    seizure = one(mentions_of(extraction, text), "17")
    assert (seizure.target_country, seizure.target_role) == ("GRC", "BUS")


def test_a_businessman_is_business(extraction: Extraction) -> None:
    text = "Italian police arrested a Tunisian businessman in Milan on Monday."
    arrest = one(mentions_of(extraction, text), "17")
    assert (arrest.target_country, arrest.target_role) == ("TUN", "BUS")


def test_a_national_is_a_civilian_of_that_country(extraction: Extraction) -> None:
    text = "Peruvian police arrested a Canadian national in Lima on Monday."
    arrest = one(mentions_of(extraction, text), "17")
    assert (arrest.target_country, arrest.target_role) == ("CAN", "CVL")


def test_a_backer_named_with_a_hyphen_is_not_the_owner(extraction: Extraction) -> None:
    text = "A Syrian-backed militia attacked Lebanese troops in Beirut on Monday."
    attack = one(mentions_of(extraction, text), "19")
    assert (attack.source_country, attack.source_role) == ("LBN", "REB")
