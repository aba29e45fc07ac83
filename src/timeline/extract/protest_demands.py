"""Demands told with a protest or a resignation: 'went on strike, demanding higher pay' (the
demand is the protest's cause), 'a demonstration calling for his removal' (the demand told of a
protest noun is that protest), 'demanding that he resign' (a resignation asked for has not
happened: the asking is a demand for a change of leadership)."""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.cameo import (
    APPEAL_ROOT,
    DEMAND_ROOT,
    LEADERSHIP_DEMAND_CODE,
    PROTEST_ROOT,
    RESIGNATION_CODE,
)
from timeline.extract.frame_parties import Frame
from timeline.normalise.actions import Codebook

ASKED_CLAUSES = ("ccomp", "xcomp")  # what a demand asks: 'demanding that he resign', 'to step down'


def protest_demand(frame: Frame, found: list[Frame]) -> bool:
    """'went on strike, demanding higher pay from the government', 'marched into Belgrade,
    demanding accountability', 'staged demonstrations to demand reform': what a protest
    demands is the protest's cause, not a second event."""
    trigger = frame.trigger
    return (
        not frame.nominal
        and frame.action.cameo_root == DEMAND_ROOT
        and (
            trigger.tag_ == "VBG"
            or any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children)
        )
        and trigger.dep_ == "advcl"
        and any(
            other.trigger.i == trigger.head.i and other.action.cameo_root == PROTEST_ROOT
            for other in found
        )
    )


def protests_told_by_demand(found: list[Frame], codebook: Codebook) -> list[Frame]:
    """'a demonstration calling for the president's removal', "'yellow vest' protests
    demanding his resignation": a demand or appeal told of a protest noun is that protest,
    by whoever makes the demand, against whom it is made."""
    told: list[Frame] = []
    for frame in found:
        trigger = frame.trigger
        protest = (
            codebook.match_noun(trigger.head.lemma_.lower())
            if not frame.nominal
            and frame.action.cameo_root in (APPEAL_ROOT, DEMAND_ROOT)
            and trigger.tag_ == "VBG"
            and trigger.dep_ == "acl"
            and trigger.head.pos_ == "NOUN"
            else None
        )
        if protest is not None and protest.cameo_root == PROTEST_ROOT:
            frame = replace(frame, action=protest)
        told.append(frame)
    return told


def asked_resignations(
    found: list[Frame], codebook: Codebook, asking_verbs: frozenset[str]
) -> list[Frame]:
    """'demanding that he resign', 'called on him to step down': a resignation asked for has not
    happened; the asking is a demand for a change of leadership (1041) by the one who asks,
    aimed at the one asked to go."""
    by_trigger = {f.trigger.i: f for f in found}
    demand = codebook.by_code(LEADERSHIP_DEMAND_CODE)
    asked: dict[int, Frame] = {}  # the asking frame each resignation becomes, by its trigger
    dropped: set[int] = set()
    for frame in found:
        trigger, head = frame.trigger, frame.trigger.head
        if (
            frame.nominal
            or frame.action.cameo_code != RESIGNATION_CODE
            or trigger.dep_ not in ASKED_CLAUSES
            or head.lemma_.lower() not in asking_verbs
        ):
            continue
        asking = by_trigger.get(head.i)
        if asking is not None:
            going = frame.target or (frame.source if frame.source != asking.source else None)
            asked[head.i] = replace(asking, action=demand, target=asking.target or going)
            dropped.add(trigger.i)
        elif frame.source is not None and frame.target is not None:
            # "called on him to step down": the caller is the clause's source, he its target
            asked[trigger.i] = replace(frame, trigger=head, action=demand)
    return [asked.get(f.trigger.i, f) for f in found if f.trigger.i not in dropped]
