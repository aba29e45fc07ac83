"""A threat and the deed it threatens are one event: 'threatened to impose tariffs on X',
'warned that Russia would deploy missiles' tell of a threat (CAMEO 13x, of the deed's kind:
1312 for sanctions, 1384 for an attack), asserted when made, not of a threat beside a planned or
hypothetical deed."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from timeline.extract.cameo import SPEECH_ROOTS, THREAT_CODE, THREAT_ROOT
from timeline.extract.frame_parties import Frame
from timeline.extract.intent import as_threat
from timeline.normalise.actions import Codebook

# how the threatened deed hangs from the threat: "threatened to impose" (xcomp), "warned that
# Russia would deploy" (ccomp), and deeds joined to it ("to invade and annex")
THREAT_CLAUSES = ("xcomp", "ccomp")


def with_threatened_deeds(frames: list[Frame], codebook: Codebook) -> list[Frame]:
    """The frames with each bare threat verb (130) coded as the threat of the deed its clause
    says its own side will do, and that deed dropped."""
    dropped: set[int] = set()
    replaced: dict[int, Frame] = {}
    for threat in frames:
        if threat.nominal or threat.action.cameo_code != THREAT_CODE:
            continue
        deeds = [
            f
            for f in frames
            if f is not threat
            and not f.nominal
            and f.action.cameo_root not in (*SPEECH_ROOTS, THREAT_ROOT)
            and _own_side(f, threat)
            and _threatened(f.trigger, threat.trigger)
        ]
        if not deeds:
            continue
        deed = min(deeds, key=lambda f: f.trigger.i)
        dropped.update(id(f) for f in deeds)
        action = as_threat(deed.action, codebook)
        replaced[id(threat)] = replace(
            threat,
            action=action if action.cameo_root == THREAT_ROOT else threat.action,
            target=deed.target or threat.target,  # what the deed is done to
        )
    return [replaced.get(id(f), f) for f in frames if id(f) not in dropped]


def _own_side(deed: Frame, threat: Frame) -> bool:
    """The deed is the threatener's: no other doer, or one of the same country."""
    if deed.source is None or threat.source is None:
        return deed.source is None
    return deed.source.actor.country == threat.source.actor.country


def _threatened(verb: Token, threat: Token) -> bool:
    """Whether `verb` is the clause a threat says will be done, or a deed joined to it; not a
    deed deeper down ('would respond if Kosovo attacked': a condition of the threat)."""
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.head.i != threat.i:
        return False
    # "threatened on Sunday to impose": the parse may hang the infinitive as an adverbial clause
    infinitive = current.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in current.children
    )
    return current.dep_ in THREAT_CLAUSES or infinitive
