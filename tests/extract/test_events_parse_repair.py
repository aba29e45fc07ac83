"""A past-tense verb the parser reads as an adjective is given back as the sentence's verb.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.extract.parse_repair import restore_main_verb
from timeline.nlp import load_pipeline
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tbilisi used rubber bullets against hundreds of students outside the ministry.",
        "Police in Tbilisi fired rubber bullets that night against hundreds of students.",
    ],
)
def test_a_verb_read_as_an_adjective_is_the_deed(extraction: Extraction, text: str) -> None:
    deed = one(mentions_of(extraction, text), "17")
    assert (deed.source_country, deed.target_country, deed.cameo_code) == ("GEO", "GEO", "175")


def test_an_estimated_number_stays_a_modifier(extraction: Extraction) -> None:
    text = "The Kenyan force, with an estimated 900 Somali soldiers, patrols the border."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "17"]


@pytest.mark.parametrize(
    "text",
    [
        "Children at risk of forced labour and trafficking.",
        "Refugees in the camps, most at risk of abuses including forced labour and early marriage.",
    ],
)
def test_a_participle_after_a_function_word_stays_a_modifier(text: str) -> None:
    sent = load_pipeline()(text)[:]
    assert restore_main_verb(sent) is None
    assert sent.root.pos_ == "NOUN"


def test_the_second_subject_of_a_with_clause_is_its_doer(extraction: Extraction) -> None:
    text = (
        "Kenya and Uganda completed their biggest prisoner exchange in Nairobi on Friday, with "
        "Nairobi freeing two Ugandan soldiers and Kampala releasing three Kenyan fishermen."
    )
    releases = {
        (m.action_text, m.source_country, m.target_country)
        for m in mentions_of(extraction, text)
        if m.cameo_root == "08"
    }
    assert releases == {("freeing", "KEN", "UGA"), ("releasing", "UGA", "KEN")}, releases
