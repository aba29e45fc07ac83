"""A violent deed told by a verb is often named again by a noun in the same clause: 'killed 30
soldiers in an ambush', '..., the deadliest attack in years'. The noun is that one deed, the
way it was done or a verdict on it, not a second attack. So is a visit a trip is made for:
'will arrive in Luanda for his first visit to Africa' is one visit."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.cameo import VIOLENT_ROOTS, VISIT_ROOT
from timeline.extract.frame_parties import Frame

MANNER_PREP = "in"  # "killed 30 soldiers in an ambush"
PURPOSE_PREP = "for"  # "arrived in Moscow for a state visit"


def without_restated_deeds(frames: list[Frame]) -> list[Frame]:
    """The frames less each violent event noun that restates a violent verb's deed, and each
    visit noun a trip is made for."""
    verbs = {
        f.trigger.i: f for f in frames if not f.nominal and f.action.cameo_root in VIOLENT_ROOTS
    }
    trips = {
        f.trigger.i
        for f in frames
        if not f.nominal and f.action.cameo_root == VISIT_ROOT and f.trigger.dep_ != "pobj"
    }
    return [f for f in frames if not _restates(f, verbs) and not _trip_purpose(f, trips)]


def _trip_purpose(frame: Frame, trips: set[int]) -> bool:
    """A visit noun that a verb of visiting is made for ('travelled to Kyiv for talks' is no
    second meeting): the trip, its own target and modality, tells it."""
    trigger = frame.trigger
    prep = trigger.head
    # a noun the parser tags as a verb ('for his first visit') is still the object of 'for'
    return (
        frame.action.cameo_root == VISIT_ROOT
        and trigger.dep_ == "pobj"
        and prep.lower_ == PURPOSE_PREP
        and prep.head.i in trips
    )


def _restates(frame: Frame, verbs: dict[int, Frame]) -> bool:
    if not frame.nominal or frame.action.cameo_root not in VIOLENT_ROOTS:
        return False
    verb = _deed_verb(frame.trigger)
    told = verbs.get(verb.i) if verb is not None else None
    return (
        told is not None
        and frame.source is not None
        and told.source is not None
        and frame.source.start == told.source.start
    )


def _deed_verb(noun: Token) -> Token | None:
    """The verb `noun` restates: the one it is the 'in' object of, or a second object of, after
    the verb's own object ('killed 100 people, the deadliest attack')."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == MANNER_PREP:
        return head.head if head.head.pos_ == "VERB" else None
    if noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in head.children):
        return head
    return None
