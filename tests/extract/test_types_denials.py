"""Denials, refusals and accusations: a denial is aimed at whoever made the claim it denies;
a deed the refuser would not let be done, or one avoided, is not done; saying someone did a
wrong accuses them.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Beijing on Tuesday dismissed as 'baseless' a British newspaper report that accused "
        "China of spying.",
        "The Chinese foreign ministry dismissed as false a British report that accused China "
        "of hacking.",
    ],
)
def test_dismissing_a_claim_as_groundless_denies_its_maker(
    extraction: Extraction, text: str
) -> None:
    denial = one(mentions_of(extraction, text), "01")
    assert denial.cameo_code == "016" and denial.source_country == "CHN"
    assert denial.target_country == "GBR"


def test_a_deed_the_refuser_would_not_let_be_done_is_not_done(extraction: Extraction) -> None:
    text = "The Sudanese army refused to let the UN envoy meet the jailed opposition leader."
    mentions = mentions_of(extraction, text)
    assert [m.cameo_root for m in mentions] == ["12"], [m.cameo_code for m in mentions]


def test_telling_someone_they_did_a_wrong_accuses_them(extraction: Extraction) -> None:
    text = "Greece told Turkey on Monday that its jets had violated Greek airspace."
    accusation = one(mentions_of(extraction, text), "11")
    assert accusation.cameo_code == "112" and accusation.target_country == "TUR"


def test_a_deed_avoided_is_not_done(extraction: Extraction) -> None:
    text = "Malian troops withdrew from Kidal on Monday to avoid being encircled by rebels."
    mentions = mentions_of(extraction, text)
    assert [m.cameo_code for m in mentions] == ["0874"]
