"""A pair that fights 'against' a third party fights on one side: 'the two nations fought side
by side against the invaders' is no war between the two, though a pair fighting by itself is
('Moscow and Beijing fought a border war')."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.extract.frame_parties import Frame

AGAINST = "against"
RECIPROCALS = frozenset({"other", "another"})  # "against each other", "against one another"


def without_allies_at_war(frames: list[Frame]) -> list[Frame]:
    """The frames less each violent deed read as one of a pair against the other, when the
    deed is aimed 'against' someone else."""
    return [f for f in frames if not _allies(f)]


def _allies(frame: Frame) -> bool:
    source, target = frame.source, frame.target
    return (
        frame.action.cameo_root in VIOLENT_ROOTS
        and source is not None
        and target is not None
        and source.text == target.text  # one pair word stands for both: "the two nations"
        and any(_against_another(t, frame.trigger) for t in frame.trigger.subtree)
    )


def _against_another(token: Token, trigger: Token) -> bool:
    """'against X' in the deed's own clause ('fought side by side against X'), X not the
    pair itself ('against each other')."""
    if token.dep_ != "prep" or token.lower_ != AGAINST:
        return False
    if any(o.lower_ in RECIPROCALS for o in token.children if o.dep_ == "pobj"):
        return False
    head = token.head
    while head.i != trigger.i:
        if head.pos_ in ("VERB", "AUX"):
            return False  # in a clause of its own
        head = head.head
    return True
