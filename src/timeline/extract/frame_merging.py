"""Frames of one sentence that name one deed: a means to it, the talk a meeting is
for, a restatement, a protest's demand. FrameFinder keeps the deed and drops or folds the
rest."""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.cameo import (
    APPEAL_ROOT,
    DEMAND_ROOT,
    LEADERSHIP_DEMAND_CODE,
    MILITARY_COOPERATION_CODE,
    MOBILISE_ROOT,
    PEACEKEEPING_CODE,
    PROTEST_ROOT,
    RESIGNATION_CODE,
    VIOLENT_ROOTS,
)
from timeline.extract.frame_parties import Frame
from timeline.normalise.actions import Codebook

MOTIVE_PREPS = ("in", "as")  # 'in a show of support', 'as a sign of solidarity'
SENDING_ROOTS = ("07", "15")  # aid (weapons sent), show of force (forces deployed)
ASKED_CLAUSES = ("ccomp", "xcomp")  # what a demand asks: 'demanding that he resign', 'to step down'


def means_to(frame: Frame, found: list[Frame], means_verbs: frozenset[str]) -> bool:
    """'used tear gas to disperse protesters': a means coded as the same kind of deed as the
    purpose it serves is that one deed, told by its purpose."""
    return frame.trigger.lemma_.lower() in means_verbs and any(
        not other.nominal
        and other.trigger.head.i == frame.trigger.i
        and other.trigger.dep_ in ("xcomp", "advcl")
        and other.action.cameo_root == frame.action.cameo_root
        for other in found
    )


def sent_to_attack(frame: Frame, found: list[Frame]) -> bool:
    """'sent jets to strike targets in Syria', 'deployed drones to attack the convoy': forces
    or arms sent for a violent deed are the means of that deed, told by it, not a deployment
    or aid of their own."""
    if frame.nominal or frame.action.cameo_root not in SENDING_ROOTS:
        return False
    return any(
        not other.nominal
        and other.action.cameo_root in VIOLENT_ROOTS
        and other.trigger.head.i == frame.trigger.i
        and other.trigger.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in other.trigger.children)
        for other in found
    )


def talk_of(frame: Frame, found: list[Frame], topic_verbs: frozenset[str]) -> bool:
    """'met in Brussels to discuss aid', 'telephoned Kozyrev to discuss peace': talks a
    meeting or call is held for are that meeting, told by its purpose."""
    trigger = frame.trigger
    return (
        trigger.lemma_.lower() in topic_verbs
        and trigger.dep_ in ("xcomp", "advcl")
        and any(
            other.trigger.i == trigger.head.i and other.action.cameo_root == frame.action.cameo_root
            for other in found
        )
    )


def restated(frame: Frame, before: list[Frame]) -> bool:
    """'made a visit to Kyiv, his first trip to Ukraine': an event noun that names again a
    deed of the same kind, by the same side to the same country, found before it."""
    if not frame.nominal or frame.source is None:
        return False
    return any(
        other.action.cameo_root == frame.action.cameo_root
        and other.source is not None
        and other.source.actor.country == frame.source.actor.country
        and (
            frame.target is None
            or (
                other.target is not None
                and other.target.actor.country == frame.target.actor.country
            )
        )
        for other in before
    )


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


def motive(frame: Frame, found: list[Frame], motive_nouns: frozenset[str]) -> bool:
    """'sent warships to the region in a show of support for Israel', 'freed the hostage as a
    gesture of goodwill': a nominal event named as what another deed of the clause shows is
    that deed's motive, not a second event."""
    trigger = frame.trigger
    if not frame.nominal or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    shown = trigger.head.head
    if shown.lemma_.lower() not in motive_nouns or shown.dep_ != "pobj":
        return False
    prep = shown.head
    if prep.lower_ not in MOTIVE_PREPS:
        return False
    return any(not f.nominal and f.trigger.i == prep.head.i for f in found if f is not frame)


def deployed_for(
    frame: Frame, codebook: Codebook, protects: frozenset[str], helps: frozenset[str]
) -> Frame:
    """'sent troops to defend Ukraine', 'troops deployed to Kursk to help push back Ukrainian
    forces': forces sent abroad to protect another state give it military protection (074),
    sent to help it they cooperate with it militarily (062); the purpose codes the deed, not
    the show of force of moving troops."""
    if frame.nominal or frame.action.cameo_root != MOBILISE_ROOT or frame.target is None:
        return frame
    if frame.source is not None and frame.source.actor.country == frame.target.actor.country:
        return frame  # troops sent at home ('to help quell the protests') are no help to a state
    verb = frame.trigger
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for clause in [*verb.children, *(c for o in objects for c in o.children)]:
        if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children
        ):
            continue
        lemma = clause.lemma_.lower()
        if lemma in protects:
            return replace(frame, action=codebook.by_code(PEACEKEEPING_CODE))
        if lemma in helps:
            return replace(frame, action=codebook.by_code(MILITARY_COOPERATION_CODE))
    return frame


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
