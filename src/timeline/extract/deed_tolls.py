"""A violent deed's toll and victims told by a second verb of its sentence: 'shelled the town,
killing five civilians' (the participle counts what the shelling did), 'was wounded when a gunman
fired at him' (the 'when' clause names who did the wounding). Each pair is one deed; FrameFinder
folds the second verb into the first rather than coding two events."""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.actors import TokenActor
from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.extract.frame_parties import Frame
from timeline.extract.spans import first_conjunct


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


def suffered_when(found: list[Frame]) -> list[Frame]:
    """'was wounded when a gunman fired at him', 'were killed when troops opened fire': a
    violent deed told in the passive with no 'by' agent, and the violent deed of its 'when'
    clause that did it, are one deed: the passive keeps its code and victim and takes the
    clause's doer (the argument finder may have given it already: `arguments.when_doer`), and
    the clause goes."""
    dropped: set[int] = set()
    replaced: dict[int, Frame] = {}
    for frame in found:
        verb = frame.trigger
        if (
            frame.nominal
            or frame.action.cameo_root not in VIOLENT_ROOTS
            or not any(c.dep_ == "nsubjpass" for c in verb.children)
            or any(c.dep_ == "agent" for c in verb.children)
        ):
            continue
        times = [p for c in verb.children if c.dep_ == "prep" for p in c.children]
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        clauses += [c for t in times for c in t.children if c.dep_ == "relcl"]  # 'on Monday when'
        for clause in clauses:
            if not any(c.lower_ == "when" for c in clause.children if c.dep_ == "advmod"):
                continue
            doer = next(
                (
                    f
                    for f in found
                    if f.trigger.i == clause.i
                    and f.source is not None
                    and f.action.cameo_root in VIOLENT_ROOTS
                ),
                None,
            )
            if doer is not None:
                replaced[id(frame)] = replace(frame, source=doer.source)
                dropped.add(id(doer))
                break
    return [replaced.get(id(f), f) for f in found if id(f) not in dropped]
