"""Cooperative verbs and nouns of the lexicon1 branch (CAMEO roots 01-09) by their objects.

Each test is one invented sentence through the real spaCy pipeline and reference data: the
(source, target, code) triples found must be exactly those given.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # debt relief is economic aid (071); repaying one's own debt economic cooperation (061)
        ("Japan cancelled Myanmar's debt on Tuesday.", [("JPN", "MMR", "071")]),
        ("France forgave Haiti's debt on Tuesday.", [("FRA", "HTI", "071")]),
        ("China wrote off $2 billion of Cuba's debt on Monday.", [("CHN", "CUB", "071")]),
        ("Germany announced debt relief for Somalia on Monday.", [("DEU", "SOM", "071")]),
        ("Argentina paid off its debt to the IMF on Tuesday.", [("ARG", "IGO", "061")]),
        ("India extended a credit line of $500 million to Sri Lanka.", [("IND", "LKA", "071")]),
        ("The World Bank disbursed $1 billion to Ukraine on Friday.", [("IGO", "UKR", "071")]),
        (
            "The European Union allocated 50 million euros to Moldova on Thursday.",
            [("IGO", "MDA", "071")],
        ),
    ],
)
def test_debt_relief_and_credit_are_economic_aid(
    extraction: Extraction, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _triples(extraction, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey reopened an embassy in Damascus on Monday.", [("TUR", "SYR", "054")]),
        ("Saudi Arabia and Iran resumed diplomatic ties on Friday.", [("SAU", "IRN", "054")]),
        ("Russia and Iran forged a strategic partnership on Friday.", [("RUS", "IRN", "050")]),
    ],
)
def test_restored_ties_and_alliances_are_diplomatic_cooperation(
    extraction: Extraction, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _triples(extraction, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China scrapped tariffs on Australian wine on Friday.", [("CHN", "AUS", "085")]),
        ("The United States suspended tariffs on Mexican steel.", [("USA", "MEX", "085")]),
        ("Washington unfroze $6 billion of Iranian assets on Monday.", [("USA", "IRN", "0842")]),
        ("India evacuated 800 civilians from Sudan on Monday.", [("IND", "SDN", "073")]),
        ("Turkey hosts nearly 3.5 million Syrian refugees.", [("TUR", "SYR", "075")]),
        ("Russia and China held joint patrols over the Sea of Japan.", [("RUS", "CHN", "062")]),
    ],
)
def test_yielding_and_material_help(
    extraction: Extraction, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _triples(extraction, text) == expected


def test_monitoring_compliance_investigates(extraction: Extraction) -> None:
    text = "The IAEA will monitor Iran's compliance with the nuclear deal."
    assert _triples(extraction, text) == [("IGO", "IRN", "090")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters turned in their weapons to the army.", "0873"),
        ("Belarus received OSCE observers on Monday.", "0862"),
        ("Canada took in 25,000 Syrian refugees last year.", "075"),
        ("The Italian coast guard rescued 40 migrants off the coast of Libya.", "073"),
        ("Iran and Saudi Arabia exchanged ambassadors on Tuesday.", "054"),
        ("Seoul accepted Tokyo's apology on Friday.", "056"),
        ("Russia supplies gas to Hungary under a long-term contract.", "061"),
        ("France reduced its troop presence in Chad on Monday.", "0874"),
    ],
)
def test_cooperative_verb_objects(extraction: Extraction, text: str, expected: str) -> None:
    assert [code for _, _, code in _triples(extraction, text)] == [expected]


def test_refusing_refugees_stays_a_rejection(extraction: Extraction) -> None:
    text = "Jordan said it will not accept any more refugees from Syria."
    assert [code for _, _, code in _triples(extraction, text)] == ["120"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin and Erdogan held a phone conversation on Tuesday.", [("RUS", "TUR", "041")]),
        (
            "Turkey and Armenia announced the normalization of relations on Monday.",
            [("TUR", "ARM", "054")],
        ),
        ("Germany unveiled a military package for Ukraine on Friday.", [("DEU", "UKR", "072")]),
        (
            "The European Union approved a new aid package for Moldova on Thursday.",
            [("IGO", "MDA", "070")],
        ),
        (
            "Russia and Ukraine carried out a prisoner handover on Friday.",
            [("RUS", "UKR", "0841")],
        ),
        (
            "Switzerland offered its good offices to Venezuela on Monday.",
            [("CHE", "VEN", "039")],
        ),
    ],
)
def test_cooperative_nouns(
    extraction: Extraction, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _triples(extraction, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan gave $5 billion in aid to Ukraine on Monday.", [("JPN", "UKR", "071")]),
        ("Iran gave IAEA inspectors access to the site on Monday.", [("IRN", "IGO", "086")]),
        (
            "The United States approved a $2 billion arms package for Israel on Friday.",
            [("USA", "ISR", "072")],
        ),
    ],
)
def test_giving_and_approving_by_object(
    extraction: Extraction, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _triples(extraction, text) == expected


def test_giving_a_speech_is_no_aid(extraction: Extraction) -> None:
    text = "The Japanese prime minister gave a speech in Hanoi on Monday."
    assert [code for _, _, code in _triples(extraction, text) if code.startswith("07")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken called his Chinese counterpart on Tuesday.", "041"),
        ("The Indian foreign minister sat down with his Chinese counterpart on Thursday.", "040"),
        ("Japan teamed up with Vietnam on Monday.", "060"),
        ("Pyongyang signalled its readiness to cooperate with Moscow.", "030"),
        ("The Kremlin refuted the allegations on Tuesday.", "016"),
    ],
)
def test_statements_intents_and_meetings(extraction: Extraction, text: str, expected: str) -> None:
    assert expected in [code for _, _, code in _triples(extraction, text)]


def test_a_call_received_is_a_call(extraction: Extraction) -> None:
    text = "Erdogan received a phone call from Putin on Monday."
    assert _triples(extraction, text) == [("TUR", "RUS", "041")]


def test_a_letter_received_is_no_visit(extraction: Extraction) -> None:
    text = "Kim Jong Un received a letter from Trump on Sunday."
    assert [code for _, _, code in _triples(extraction, text) if code == "043"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States urged restraint on both India and Pakistan on Monday.", "0256"),
        ("China urged dialogue between Russia and Ukraine on Tuesday.", "026"),
        ("The IMF bailed out Portugal in 2011.", "071"),
        ("Turkey rushed aid to Syria after the earthquake on Monday.", "070"),
        ("Russia repatriated 50 prisoners from Ukraine on Friday.", "0841"),
        ("Indian and Chinese troops disengaged from the Galwan valley on Monday.", "0874"),
    ],
)
def test_appeals_aid_and_yielding(extraction: Extraction, text: str, expected: str) -> None:
    assert [code for _, _, code in _triples(extraction, text)] == [expected]


def test_security_guarantees_are_a_promise(extraction: Extraction) -> None:
    text = "Britain will provide security guarantees to Ukraine."
    assert _triples(extraction, text) == [("GBR", "UKR", "030")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India lowered tariffs on American motorcycles on Friday.", [("IND", "USA", "085")]),
        ("Japan rescheduled Indonesia's debt in 2005.", [("JPN", "IDN", "071")]),
    ],
)
def test_tariff_cuts_and_debt_rescheduling(
    extraction: Extraction, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _triples(extraction, text) == expected


def test_attending_a_ceremony_abroad_is_a_visit(extraction: Extraction) -> None:
    text = "Xi Jinping attended the Victory Day parade in Moscow on Friday."
    assert _triples(extraction, text) == [("CHN", "RUS", "042")]


def test_verifying_compliance_investigates(extraction: Extraction) -> None:
    text = "The IAEA verified Iran's compliance with the deal on Monday."
    assert _triples(extraction, text) == [("IGO", "IRN", "090")]
