"""The readings frames.py's split made public module functions, each on an invented sentence."""

from __future__ import annotations

from timeline.codes import ActorCode
from timeline.extract.actors import TokenActor
from timeline.extract.frame_parties import mutual
from timeline.extract.frames import Frame, FrameFinder
from timeline.extract.party_codes import leader
from timeline.pipeline import Extraction


def test_joint_doers_act_on_each_other_in_talks_but_in_violence_only_when_reciprocal(
    extraction: Extraction,
) -> None:
    codebook, cues = extraction.reference.codebook, extraction.reference.cues
    force, talks = codebook.by_code("190"), codebook.by_code("040")
    each_other = extraction.nlp("The two militias shelled each other across the valley.")
    a_place = extraction.nlp("The two militias shelled the valley.")
    shelled = next(t for t in a_place if t.text == "shelled")
    assert mutual(next(t for t in each_other if t.text == "shelled"), force, cues)
    assert not mutual(shelled, force, cues)
    assert mutual(shelled, talks, cues)


def _person(role: str | None, kind: str) -> TokenActor:
    actor = ActorCode("Someone", "XYZ", role, kind)
    return TokenActor(
        start=0, end=1, text="Someone", actor=actor, direct=True, char_start=0, char_end=7
    )


def test_a_leader_is_a_named_person_in_government_or_the_elite() -> None:
    assert leader(_person("GOV", "person"))
    assert not leader(_person("MIL", "person"))
    assert not leader(_person("GOV", "country"))
    assert not leader(None)


def test_frame_and_its_finder_are_still_read_from_frames() -> None:
    """The pipeline and the tests import both names from `frames`."""
    assert FrameFinder.__module__ == "timeline.extract.frames"
    assert Frame.__module__ == "timeline.extract.frame_parties"
