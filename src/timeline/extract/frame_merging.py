"""Frames of one sentence that name one deed by its means, purpose or motive: 'used tear gas to
disperse protesters', 'sent jets to strike', 'met to discuss aid', 'in a show of support', 'sent
troops to defend Ukraine', or an event noun restating a deed. FrameFinder keeps the deed and
drops or recodes the rest. (Tolls, deeds made by saying, deeds not done and protests' demands
have modules of their own: deed_tolls, reported_deeds, unrealised_deeds, protest_demands.)"""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.cameo import (
    MILITARY_COOPERATION_CODE,
    MOBILISE_ROOT,
    PEACEKEEPING_CODE,
    VIOLENT_ROOTS,
)
from timeline.extract.frame_parties import Frame
from timeline.normalise.actions import Codebook

MOTIVE_PREPS = ("in", "as")  # 'in a show of support', 'as a sign of solidarity'
SENDING_ROOTS = ("07", "15")  # aid (weapons sent), show of force (forces deployed)


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
