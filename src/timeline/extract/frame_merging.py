"""Frames of one sentence that name one deed: a means to it, the talk a meeting is
for, a restatement, a protest's demand, a deed refused or undone. FrameFinder keeps the deed
and drops or folds the rest."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from timeline.extract.actors import TokenActor
from timeline.extract.cameo import (
    APPEAL_ROOT,
    DEMAND_ROOT,
    LEADERSHIP_DEMAND_CODE,
    MILITARY_COOPERATION_CODE,
    MOBILISE_ROOT,
    PEACEKEEPING_CODE,
    PROTEST_ROOT,
    REJECT_ROOT,
    RESIGNATION_CODE,
    VIOLENT_ROOTS,
)
from timeline.extract.frame_parties import Frame
from timeline.extract.intent import as_refusal
from timeline.extract.modality import NOUN_CLAUSES  # 'a resolution demanding'
from timeline.extract.reported_deeds import within_clause
from timeline.normalise.actions import Codebook

REFUSING_ROOTS = ("12", "16")  # reject or veto; reduce relations (suspend, withdraw from)
UNDOING_ROOTS = ("08", "16")  # yield (lift, ease, end), reduce relations (suspend, halt)
UNDOING_PREPS = ("of", "to", "on")  # 'the lifting of', 'an end to', 'a halt on'
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


def avoided(frame: Frame, avoiding_verbs: frozenset[str]) -> bool:
    """'withdrew from the town to avoid being encircled', 'fled to escape arrest': a deed its
    clause's subject avoided or escaped was not done."""
    trigger = frame.trigger
    return (
        trigger.dep_ in ("xcomp", "dobj", "ccomp", "pcomp")
        and trigger.head.lemma_.lower() in avoiding_verbs
    )


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
