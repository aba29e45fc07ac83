"""A ceasefire that is signed is the ceasefire itself: 'signed a truce', 'signed a six-month
ceasefire' tell of one deed (CAMEO 0871, with the agreement among its defensible
roots), not of a signed accord (057) beside it. ('Agreed to a ceasefire' is left alone: the
PLOVER bench codes it as the agreement.)"""

from __future__ import annotations

from timeline.extract.cameo import AGREEMENT_CODE, TRUCE_CODE
from timeline.extract.frame_parties import Frame


def without_signed_truces(frames: list[Frame]) -> list[Frame]:
    """The frames less each verb of signing whose direct object is a ceasefire noun frame (not a
    prisoner exchange, which is signed as an accord)."""
    signed = {
        f.trigger.head.i
        for f in frames
        if f.nominal and f.action.cameo_code == TRUCE_CODE and f.trigger.dep_ == "dobj"
    }
    return [
        f
        for f in frames
        if f.nominal or f.action.cameo_code != AGREEMENT_CODE or f.trigger.i not in signed
    ]
