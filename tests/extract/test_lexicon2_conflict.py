"""Verb and noun entries of the lexicon2 branch: wire-report phrases for CAMEO roots 10-20.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def _found(extraction: Extraction, text: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (m.source_country, m.cameo_code, m.target_country) for m in mentions_of(extraction, text)
    ]


def _codes(extraction: Extraction, text: str) -> list[str]:
    return sorted(m.cameo_code for m in mentions_of(extraction, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels overran an army base in northern Mali on Sunday.", "192"),
        ("Police broke up a protest in Tbilisi on Sunday.", "175"),
        ("The army crushed the uprising in Hama in 1982.", "175"),
        ("Security forces rounded up dozens of opposition activists in Cairo on Monday.", "173"),
        ("Rebels torched a police station in the town of Beni on Friday.", "1712"),
        ("Gunmen slew three policemen in Kano on Monday.", "180"),
        ("Saudi Arabia flogged a blogger in Jeddah on Friday.", "182"),
        ("Russian jets strafed a convoy in Idlib province on Monday.", "195"),
        ("Serb forces ethnically cleansed the Drina valley in 1992.", "203"),
        ("Egyptian authorities blocked dozens of news websites on Thursday.", "1721"),
        ("Workers downed tools at the Marikana mine on Monday.", "143"),
        ("China flexed its military muscle near Taiwan on Saturday.", "150"),
        ("Russia called up 300,000 reservists on Wednesday.", "154"),
        ("Iran shut down the internet across the country on Saturday.", "1721"),
        ("Russian troops mutilated prisoners in Bucha, witnesses said.", "182"),
        ("Protesters hurled stones at police in Nairobi on Tuesday.", "145"),
        ("Militants threw a grenade at a police station in Srinagar on Monday.", "183"),
        ("Protesters erected barricades in central Paris on Saturday.", "144"),
        ("Junior doctors walked off the job across South Korea on Tuesday.", "143"),
        ("Youths firebombed a police station in Belfast on Friday.", "183"),
        ("China conducted live-fire exercises in the South China Sea on Tuesday.", "150"),
    ],
)
def test_a_conflict_phrase_has_its_code(extraction: Extraction, text: str, code: str) -> None:
    assert _codes(extraction, text) == [code]


def test_driving_forces_out_of_a_village_is_fighting(extraction: Extraction) -> None:
    text = "Ukrainian troops drove Russian forces out of the village of Robotyne on Tuesday."
    assert _found(extraction, text) == [("UKR", "190", "RUS")]


def test_weapons_moved_to_a_country_are_deployed(extraction: Extraction) -> None:
    text = "Russia moved tactical nuclear weapons to Belarus on Friday."
    assert _found(extraction, text) == [("RUS", "154", "BLR")]


def test_people_stripped_of_citizenship_are_sanctioned(extraction: Extraction) -> None:
    text = "Bahrain stripped 138 people of their citizenship on Tuesday."
    assert _found(extraction, text) == [("BHR", "172", "BHR")]


def test_villagers_hacked_to_death_are_killed_by_assault(extraction: Extraction) -> None:
    text = "Three villagers were hacked to death by militants in Ituri province on Sunday."
    assert _codes(extraction, text) == ["1823"]


def test_an_offer_turned_down_is_rejected(extraction: Extraction) -> None:
    text = "Russia turned down a Ukrainian offer of talks on Monday."
    assert _found(extraction, text) == [("RUS", "125", "UKR")]


def test_talks_broken_off_are_halted(extraction: Extraction) -> None:
    text = "Kosovo broke off talks with Serbia on Monday."
    assert _found(extraction, text) == [("XKX", "164", "SRB")]


def test_a_deal_torn_up_reduces_relations(extraction: Extraction) -> None:
    text = "The United States tore up the nuclear deal with Iran in 2018."
    assert _found(extraction, text) == [("USA", "160", "IRN")]


def test_suspended_flights_are_an_embargo(extraction: Extraction) -> None:
    assert _found(extraction, "Italy suspended flights to Serbia on Wednesday.") == [
        ("ITA", "163", "SRB")
    ]


def test_a_suspension_of_air_links_is_an_embargo(extraction: Extraction) -> None:
    text = "Italy announced a suspension of air links with Serbia on Wednesday."
    assert _found(extraction, text) == [("ITA", "163", "SRB")]


def test_people_held_hostage_are_taken_hostage(extraction: Extraction) -> None:
    text = "Hamas gunmen held dozens of Israelis hostage in Gaza."
    assert _found(extraction, text) == [("PSE", "181", "ISR")]


def test_a_pledge_reneged_on_is_defied(extraction: Extraction) -> None:
    text = "Hungary reneged on its pledge to admit refugees."
    assert "128" in _codes(extraction, text)


def test_a_revoked_accreditation_expels(extraction: Extraction) -> None:
    text = "Russia revoked the accreditation of a Dutch journalist on Monday."
    assert _found(extraction, text) == [("RUS", "166", "NLD")]


def test_a_country_hit_with_sanctions_is_sanctioned_not_attacked(extraction: Extraction) -> None:
    text = "The European Union hit Russia with new sanctions on Friday."
    assert _found(extraction, text) == [("IGO", "163", "RUS")]


def test_restricted_exports_are_an_embargo(extraction: Extraction) -> None:
    text = "China restricted exports of gallium to the United States on Monday."
    assert _found(extraction, text) == [("CHN", "163", "USA")]


def test_halted_cooperation_reduces_relations(extraction: Extraction) -> None:
    assert _found(extraction, "Turkey halted cooperation with Sweden on Monday.") == [
        ("TUR", "160", "SWE")
    ]


def test_a_diplomat_declared_persona_non_grata_is_expelled(extraction: Extraction) -> None:
    text = "Poland declared a Russian diplomat persona non grata on Tuesday."
    assert _found(extraction, text) == [("POL", "161", "RUS")]


def test_control_wrested_from_an_army_occupies_the_city(extraction: Extraction) -> None:
    text = "M23 fighters wrested control of the city from the army on Sunday."
    assert _codes(extraction, text) == ["192"]


def test_a_group_proscribed_is_banned(extraction: Extraction) -> None:
    assert _found(extraction, "Britain proscribed Hamas in 2021.") == [("GBR", "1722", "PSE")]


def test_a_strike_called_by_a_union_is_the_strike(extraction: Extraction) -> None:
    text = "Kenya's main teachers' union called a strike on Monday."
    assert _codes(extraction, text) == ["143"]


def test_a_group_designated_terrorist_is_sanctioned(extraction: Extraction) -> None:
    text = "The United States designated the Houthis a terrorist organisation on Wednesday."
    assert _found(extraction, text) == [("USA", "172", "YEM")]


def test_talks_cut_off_are_halted(extraction: Extraction) -> None:
    text = "China cut off military talks with the United States on Friday."
    assert _found(extraction, text) == [("CHN", "164", "USA")]


def test_suspended_broadcasts_restrict_freedoms(extraction: Extraction) -> None:
    text = "Burkina Faso suspended the broadcasts of Radio France Internationale on Saturday."
    assert _found(extraction, text) == [("BFA", "1721", "FRA")]


def test_infiltrating_a_country_is_an_incursion(extraction: Extraction) -> None:
    text = "Hamas militants infiltrated southern Israel on Saturday."
    assert _found(extraction, text) == [("PSE", "190", "ISR")]


def test_power_seized_by_the_military_is_a_coup(extraction: Extraction) -> None:
    text = "The military seized power in Niger on Wednesday."
    assert _codes(extraction, text) == ["173"]


def test_hitting_back_at_sanctions_is_no_attack(extraction: Extraction) -> None:
    text = "Moscow hit back at Western sanctions on Friday by banning food imports."
    assert "190" not in _codes(extraction, text)


def test_an_ignored_call_is_refused(extraction: Extraction) -> None:
    text = "North Korea ignored calls to return to talks on Monday."
    assert _codes(extraction, text) == ["124"]


def test_an_extended_border_closure_is_a_blockade(extraction: Extraction) -> None:
    text = "Finland extended the closure of its border with Russia on Thursday."
    assert _found(extraction, text) == [("FIN", "191", "RUS")]


def test_announced_tariff_hikes_are_an_embargo(extraction: Extraction) -> None:
    text = "China announced tariff hikes on American goods on Friday."
    assert _found(extraction, text) == [("CHN", "163", "USA")]


def test_a_town_sealed_off_by_troops_is_blockaded(extraction: Extraction) -> None:
    text = "Israeli troops sealed off the town of Jenin on Monday."
    assert _found(extraction, text) == [("ISR", "191", "PSE")]


def test_revoked_cooperation_agreements_reduce_relations(extraction: Extraction) -> None:
    text = "Niger revoked military cooperation agreements with the United States on Saturday."
    assert _found(extraction, text) == [("NER", "160", "USA")]


def test_restricted_aid_deliveries_reduce_aid(extraction: Extraction) -> None:
    text = "Israel restricted aid deliveries into Gaza on Monday."
    assert _found(extraction, text) == [("ISR", "162", "PSE")]


def test_a_deal_thrown_out_reduces_relations(extraction: Extraction) -> None:
    text = "Russia threw out the grain deal with Ukraine on Monday."
    assert _found(extraction, text) == [("RUS", "160", "UKR")]
