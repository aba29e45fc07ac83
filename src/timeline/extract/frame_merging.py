"""Frames of one sentence that name one deed: a means to it, its toll, the talk a meeting is
for, a restatement, a protest's demand. FrameFinder keeps the deed and drops or folds the rest."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.extract.actors import TokenActor
from timeline.extract.cameo import DEMAND_ROOT, PROTEST_ROOT, VIOLENT_ROOTS
from timeline.extract.spans import first_conjunct

if TYPE_CHECKING:
    from timeline.extract.frames import Frame


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


def _toll_of(frame: Frame, found: list[Frame], tolls: frozenset[str]) -> Frame | None:
    """'shelled the town, killing five civilians', 'fired at him, wounding him': a violent
    participle that counts what a violent deed did is that deed's toll, not a second deed;
    the deed it hangs from (through 'killing or wounding'), or None."""
    trigger = frame.trigger
    if frame.nominal or trigger.tag_ != "VBG" or trigger.lemma_.lower() not in tolls:
        return None
    top = first_conjunct(trigger)
    heads = [top] if top.i != trigger.i else []
    if top.dep_ == "advcl" and top.head.i != top.i:
        heads.append(top.head)
    for head in heads:
        deed = next(
            (
                f
                for f in found
                if f is not frame
                and not f.nominal
                and f.trigger.i == head.i
                and f.action.cameo_root in VIOLENT_ROOTS
            ),
            None,
        )
        if deed is None:
            continue
        if (
            frame.source is not None
            and deed.source is not None
            and frame.source.actor.country != deed.source.actor.country
        ):
            return None  # a second party's deed
        return deed
    return None


def with_toll(found: list[Frame], tolls: frozenset[str]) -> list[Frame]:
    """The frames with each violent deed's toll folded into it: the toll's victims are the
    deed's target when the deed names none ('shelled the island, killing two marines'), and
    they are of another country than its doer (victims of its own are doubtful)."""
    kept: list[Frame] = []
    targets: dict[int, TokenActor] = {}
    for frame in found:
        deed = _toll_of(frame, found, tolls)
        if deed is None:
            kept.append(frame)
        elif (
            deed.target is None and frame.target is not None and _foreign(frame.target, deed.source)
        ):
            targets.setdefault(deed.trigger.i, frame.target)
    return [
        replace(f, target=targets[f.trigger.i])
        if f.target is None and f.trigger.i in targets
        else f
        for f in kept
    ]


def _foreign(victim: TokenActor, doer: TokenActor | None) -> bool:
    """True for a victim of a known country other than the doer's."""
    return victim.actor.country is not None and (
        doer is None or victim.actor.country != doer.actor.country
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
    demanding accountability': what a protest demands is the protest's cause, not a second
    event."""
    trigger = frame.trigger
    return (
        not frame.nominal
        and frame.action.cameo_root == DEMAND_ROOT
        and trigger.tag_ == "VBG"
        and trigger.dep_ == "advcl"
        and any(
            other.trigger.i == trigger.head.i and other.action.cameo_root == PROTEST_ROOT
            for other in found
        )
    )
