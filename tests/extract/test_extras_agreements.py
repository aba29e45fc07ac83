"""Rules of the extras branch: what an agreement or a pledge is about is no deed of its own.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def _triples(extraction: Extraction, text: str) -> list[tuple[str | None, str | None, str]]:
    return sorted(
        (m.source_country, m.target_country, m.cameo_code) for m in mentions_of(extraction, text)
    )


def test_a_pledge_to_give_aid_is_the_intent_to(extraction: Extraction) -> None:
    text = "Norway pledged on Monday to provide aid to Sudan."
    assert _triples(extraction, text) == [("NOR", "SDN", "033")]


def test_what_a_signed_pact_pledges_is_the_pact(extraction: Extraction) -> None:
    text = "Chile and Peru signed a security pact in Lima on Monday, pledging to assist each other."
    assert [t[2] for t in _triples(extraction, text)] == ["057"]


def test_a_ban_agreed_on_is_the_ban(extraction: Extraction) -> None:
    text = "European Union ministers agreed on Tuesday to ban Iranian airlines from the bloc."
    assert [t[2][:2] for t in _triples(extraction, text)] == ["16"]


def test_an_agreement_to_cooperate_keeps_its_deed(extraction: Extraction) -> None:
    text = "Egypt and Sudan agreed on Monday to share intelligence on smuggling."
    assert [t[2][:2] for t in _triples(extraction, text)] == ["03", "06"]


def test_an_offer_to_negotiate_is_the_intent_to(extraction: Extraction) -> None:
    text = "Ghana offered on Monday to negotiate with Togo over the border."
    assert _triples(extraction, text) == [("GHA", "TGO", "036")]


def test_a_message_praising_is_the_praise(extraction: Extraction) -> None:
    text = (
        "Chilean President Gabriel Boric sent a message to Peruvian President Dina Boluarte"
        " praising the close ties between their countries."
    )
    assert _triples(extraction, text) == [("CHL", "PER", "051")]


def test_a_letter_praising_is_the_praise(extraction: Extraction) -> None:
    text = (
        "Brazilian President Lula sent a letter to Argentine President Javier Milei on Monday"
        " praising their trade ties."
    )
    assert _triples(extraction, text) == [("BRA", "ARG", "051")]


def test_telling_of_ones_own_deed_is_the_deed(extraction: Extraction) -> None:
    text = (
        "The Bolivian foreign minister told his Chilean counterpart on Monday that Bolivia was"
        " cutting diplomatic ties with Chile."
    )
    assert [t[2] for t in _triples(extraction, text)] == ["161"]


def test_sanctions_lifted_are_no_sanctions(extraction: Extraction) -> None:
    text = "Canada said on Monday that it would order the lifting of all sanctions on Libya."
    assert [t[2][:2] for t in _triples(extraction, text)] == ["08"]


def test_sanctions_with_their_own_doer_lifted_are_still_told(extraction: Extraction) -> None:
    text = "Kenya called for the lifting of Uganda's sanctions on Kenyan traders."
    assert ("UGA", "KEN", "163") in _triples(extraction, text)


def test_what_a_vetoed_resolution_would_have_done_is_no_deed(extraction: Extraction) -> None:
    text = (
        "China vetoed a UN Security Council resolution on Tuesday that would have condemned"
        " the crackdown in Myanmar."
    )
    assert [t[2] for t in _triples(extraction, text)] == ["129"]


def test_what_a_suspended_deal_allowed_is_no_deed(extraction: Extraction) -> None:
    text = (
        "Turkey said on Monday it was suspending its participation in the Caspian Fisheries"
        " Pact, the deal that had allowed Iran to export caviar by sea."
    )
    assert [t[2] for t in _triples(extraction, text)] == ["160"]


def test_water_released_is_no_release(extraction: Extraction) -> None:
    text = "Japan began releasing treated wastewater from the Tokai plant into the sea on Monday."
    assert _triples(extraction, text) == []


def test_accreditation_withdrawn_is_a_withdrawal_not_a_retreat(extraction: Extraction) -> None:
    text = "Mali withdrew the accreditation of a French radio station on Monday."
    assert [t[2][:2] for t in _triples(extraction, text)] == ["16"]


def test_protests_demanding_a_resignation_are_the_protest(extraction: Extraction) -> None:
    text = (
        "Thousands of Peruvians took part in protests demanding the resignation of President"
        " Dina Boluarte."
    )
    assert [t[2] for t in _triples(extraction, text)] == ["141"]


def test_a_meeting_refused_is_a_rejection_not_a_meeting(extraction: Extraction) -> None:
    text = "Iran refused to meet the UN envoy on Monday."
    assert _triples(extraction, text) == [("IRN", "IGO", "125")]


def test_a_curfew_one_refuses_to_lift_is_not_lifted(extraction: Extraction) -> None:
    text = "The Sri Lankan government is refusing to lift the curfew on Tamils in Jaffna."
    assert [t[2][:2] for t in _triples(extraction, text)] == ["12"]


def test_talks_suspended_on_joining_are_no_joining(extraction: Extraction) -> None:
    text = "Serbia suspended talks on joining the European Union on Monday."
    assert [t[2] for t in _triples(extraction, text)] == ["164"]


def test_a_protest_held_to_demand_is_the_protest(extraction: Extraction) -> None:
    text = (
        "Thousands of Kenyan students staged demonstrations in Nairobi on Monday to demand"
        " lower fees from the Kenyan government."
    )
    assert [t[2][:2] for t in _triples(extraction, text)] == ["14"]
