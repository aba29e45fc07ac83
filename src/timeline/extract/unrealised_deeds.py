"""Deeds a sentence names but that were not done: refused ('refused to meet the envoy'), undone
('ordered the lifting of all sanctions'), only weighed ('is weighing sending troops'), avoided
('fled to escape arrest'), or merely what a rejected text said ('vetoed a resolution demanding a
ceasefire'). FrameFinder drops them, or codes the refusal as the rejection of the deed."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from timeline.extract.actors import TokenActor
from timeline.extract.cameo import REJECT_ROOT
from timeline.extract.frame_parties import Frame
from timeline.extract.intent import as_refusal
from timeline.extract.modality import NOUN_CLAUSES  # 'a resolution demanding'
from timeline.extract.reported_deeds import within_clause
from timeline.normalise.actions import Codebook

REFUSING_ROOTS = ("12", "16")  # reject or veto; reduce relations (suspend, withdraw from)
UNDOING_ROOTS = ("08", "16")  # yield (lift, ease, end), reduce relations (suspend, halt)
UNDOING_PREPS = ("of", "to", "on")  # 'the lifting of', 'an end to', 'a halt on'


def undone(frame: Frame, found: list[Frame]) -> bool:
    """'ordered the lifting of all sanctions on Syria', 'an end to the blockade', 'suspending
    talks on joining the EU': a deed named as what a yielding or cutting deed undoes, or what
    the talks it cuts were on, is no deed of the one undoing it; only one with its own doer
    ('lift China's ban on Japanese seafood') is told as a deed."""
    trigger = frame.trigger
    if trigger.dep_ == "pobj":
        if not frame.nominal:
            return False
    elif trigger.dep_ != "pcomp":  # "suspending talks on joining the EU"
        return False
    if trigger.head.lower_ not in UNDOING_PREPS:
        return False
    holder = trigger.head.head
    source = frame.source
    if source is not None and trigger.left_edge.i <= source.start <= trigger.right_edge.i:
        return False  # its own doer, named in its phrase
    return any(
        other.action.cameo_root in UNDOING_ROOTS
        and holder.i in (other.trigger.i, *(c.i for c in other.trigger.children))
        for other in found
        if other is not frame
    )


def weighed(frame: Frame, found: list[Frame], weighing_verbs: frozenset[str]) -> bool:
    """'was considering sanctions on Russia', 'is weighing sending troops': weighing a deed of
    one's own is that deed held as an option; the deed tells it (hypothetical), not the
    weighing."""
    trigger = frame.trigger
    if frame.nominal or trigger.lemma_.lower() not in weighing_verbs:
        return False
    options = [c for c in trigger.children if c.dep_ in ("dobj", "xcomp")]
    return any(
        other is not frame
        and _same_country(other.source, frame.source)
        and any(within_clause(other.trigger, option) for option in options)
        for other in found
    )


def refused_text(frame: Frame, found: list[Frame]) -> bool:
    """'vetoed a resolution demanding a ceasefire', 'suspended its part in the deal that had
    allowed Ukraine to export grain': what a rejected or cut text says or allowed is no deed
    of anyone's, only what the text was about."""
    if frame.nominal:
        return False
    clause = next(
        (t for t in (frame.trigger, *frame.trigger.ancestors) if t.dep_ in NOUN_CLAUSES), None
    )
    if clause is None or not within_clause(frame.trigger, clause):
        return False
    text = clause.head
    if text.pos_ != "NOUN" or any(_names(f.source, text) or _names(f.target, text) for f in found):
        return False  # 'sanctioned Iran, which had supplied drones': a party, not a text
    return any(
        other.action.cameo_root in REFUSING_ROOTS
        and any(
            o.dep_ in ("dobj", "nsubjpass") and (o.i == text.i or o.is_ancestor(text))
            for o in other.trigger.children
        )
        for other in found
        if other is not frame and not other.nominal
    )


def _names(actor: TokenActor | None, token: Token) -> bool:
    return actor is not None and actor.start <= token.i < actor.end


def refused_deeds(
    found: list[Frame], codebook: Codebook, permits: frozenset[str] = frozenset()
) -> list[Frame]:
    """'refused to meet the envoy', 'is refusing to lift the curfew', 'refused to let the
    envoy meet Suu Kyi': a deed refused is not done; the refusal is the event, coded as the
    rejection of that deed where CAMEO has one ('refused to meet': 125). Another party's deed
    the refuser would not let be done ('let the envoy meet') is not done either, and goes;
    the rejection keeps its own code."""
    dropped: set[int] = set()
    replaced: dict[int, Frame] = {}
    for head in found:
        if head.nominal or head.action.cameo_root != REJECT_ROOT or id(head) in dropped:
            continue
        permitted = [
            clause
            for c in head.trigger.children
            if c.dep_ == "xcomp" and c.lemma_.lower() in permits
            for clause in c.children
            if clause.dep_ in ("ccomp", "xcomp")
        ]
        dropped.update(
            id(f)
            for f in found
            if f is not head
            and not f.nominal
            and any(within_clause(f.trigger, c) for c in permitted)
        )
        refused = [
            f
            for f in found
            if f is not head
            and _same_country(f.source, head.source)  # its own deed, not one it would let be
            and any(within_clause(f.trigger, c) for c in head.trigger.children if c.dep_ == "xcomp")
        ]
        if not refused:
            continue
        dropped.update(id(f) for f in refused)
        deed = min(refused, key=lambda f: f.trigger.i)
        rejection = as_refusal(deed.action, codebook)
        if rejection is not None:
            replaced[id(head)] = replace(head, action=rejection)
    return [replaced.get(id(f), f) for f in found if id(f) not in dropped]


def _same_country(a: TokenActor | None, b: TokenActor | None) -> bool:
    return a is None or b is None or a.actor.country == b.actor.country


def avoided(frame: Frame, avoiding_verbs: frozenset[str]) -> bool:
    """'withdrew from the town to avoid being encircled', 'fled to escape arrest': a deed its
    clause's subject avoided or escaped was not done."""
    trigger = frame.trigger
    return (
        trigger.dep_ in ("xcomp", "dobj", "ccomp", "pcomp")
        and trigger.head.lemma_.lower() in avoiding_verbs
    )


def helped_aim(frame: Frame, help_verbs: frozenset[str]) -> bool:
    """'sent doctors to help Chad fight an outbreak', 'ready to help the police fight gangs':
    what another party is to be helped to do, when the help is itself only an aim, was not
    done; a deed helped in fact ('helped the army retake the town') is still told."""
    trigger = frame.trigger
    if frame.nominal or trigger.dep_ not in ("ccomp", "xcomp"):
        return False
    helper = trigger.head
    if helper.lemma_.lower() not in help_verbs:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False  # 'to help rebuild': the helper's own aim, told with the help
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in helper.children)
