"""A violent deed told by a verb is often named again by a noun in the same clause: 'killed 30
soldiers in an ambush', '..., the deadliest attack in years'. The noun is that one deed, the
way it was done or a verdict on it, not a second attack."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.extract.frame_parties import Frame

MANNER_PREP = "in"  # "killed 30 soldiers in an ambush"


def without_restated_deeds(frames: list[Frame]) -> list[Frame]:
    """The frames less each violent event noun that restates a violent verb's deed."""
    verbs = {
        f.trigger.i: f for f in frames if not f.nominal and f.action.cameo_root in VIOLENT_ROOTS
    }
    return [f for f in frames if not _restates(f, verbs)]


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
