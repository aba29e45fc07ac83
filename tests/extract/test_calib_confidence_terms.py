"""The raw terms of `confidence`: what of the extraction is looked at (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from timeline.codes import ActorCode, DateResult
from timeline.extract.actors import TokenActor
from timeline.extract.confidence_score import clause_bounds, confidence_terms
from timeline.extract.frames import Frame
from timeline.models import DatePrecision, Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow

NO_DATE = DateResult(None, DatePrecision.UNKNOWN, None)


def party(doc: Doc, word: str, *, direct: bool = True) -> TokenActor:
    token = next(t for t in doc if t.text == word)
    actor = ActorCode(word, "MLI", "REB", "agent")
    return TokenActor(token.i, token.i + 1, word, actor, direct, token.idx, token.idx + len(word))


def frame_of(extraction: Extraction, doc: Doc, verb: str, **parties: TokenActor | None) -> Frame:
    trigger = next(t for t in doc if t.text == verb)
    action = extraction.reference.codebook.by_code("190")
    return Frame(trigger, action, False, parties.get("source"), parties.get("target"))


def test_clauses_between_the_trigger_and_the_root(extraction: Extraction) -> None:
    doc = extraction.nlp("Officials said the militia agreed to withdraw its fighters.")
    by_word = {t.text: clause_bounds(t) for t in doc}
    assert by_word["said"] == []
    assert by_word["withdraw"] == ["xcomp", "ccomp"]


def test_a_main_clause_deed_with_both_parties_named_has_no_term(extraction: Extraction) -> None:
    doc = extraction.nlp("Rebels attacked soldiers near the river.")
    frame = frame_of(
        extraction, doc, "attacked", source=party(doc, "Rebels"), target=party(doc, "soldiers")
    )
    assert confidence_terms(frame, frame.source, frame.target, NO_DATE, Modality.ASSERTED) == {}


def test_missing_and_referred_parties_a_date_and_modality(extraction: Extraction) -> None:
    doc = extraction.nlp("They attacked soldiers near the river.")
    frame = frame_of(extraction, doc, "attacked", source=party(doc, "They", direct=False))
    dated = DateResult(dt.date(2024, 3, 1), DatePrecision.DAY, "on Friday")
    terms = confidence_terms(frame, frame.source, None, dated, Modality.PLANNED)
    assert terms == {
        "source_by_reference": 1.0,
        "no_target": 1.0,
        "date_known": 1.0,
        "not_asserted": 1.0,
    }


def test_a_deed_in_a_clause_setting_the_scene(extraction: Extraction) -> None:
    doc = extraction.nlp(
        "After rebels attacked soldiers near the river, the town declared a curfew."
    )
    frame = frame_of(
        extraction, doc, "attacked", source=party(doc, "rebels"), target=party(doc, "soldiers")
    )
    terms = confidence_terms(frame, frame.source, frame.target, NO_DATE, Modality.ASSERTED)
    assert terms == {"clauses_below": 1.0, "scene_clause": 1.0}


def test_a_reported_deed_is_less_sure_than_the_same_deed_told(extraction: Extraction) -> None:
    told = one(mentions_of(extraction, "Rebels attacked an army base in Niger."), "19")
    text = "Local officials said rebels attacked an army base in Niger."
    reported = one(mentions_of(extraction, text), "19")
    assert (told.source_actor_code, told.target_actor_code) == (
        reported.source_actor_code,
        reported.target_actor_code,
    )
    assert reported.confidence < told.confidence
