"""Deeds made by saying: a statement, a pledge or an agreement whose words are themselves coded
as a deed ('announced that he was cutting all ties', 'pledged to provide aid', 'saying it had
intruded'). The saying and its content name one deed, not two; FrameFinder keeps the one that
tells it and recodes or drops the other."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from timeline.extract.cameo import (
    ACCUSATION_CODE,
    AGREEMENT_CODE,
    COOPERATIVE_ROOTS,
    INTENT_ROOT,
    SPEECH_ROOTS,
    STATEMENT_CODE,
)
from timeline.extract.frame_parties import Frame
from timeline.extract.intent import as_intent
from timeline.normalise.actions import Codebook

CONTENT_CLAUSES = ("xcomp", "advcl", "acl")  # what an agreement or a pledge is about
CONTENT_LINKS = ("xcomp", "advcl", "ccomp", "conj", "dobj")  # and what that clause holds
SAID_CLAUSES = ("ccomp", "advcl")  # what a statement says: 'announced that ...', '..., praising'


def agreed_deeds(found: list[Frame], codebook: Codebook, pledges: frozenset[str]) -> list[Frame]:
    """'pledged to provide aid', 'signed a treaty, pledging to assist each other', 'agreed to
    ban Belarusian airlines': what a pledge or an agreement is about is its content, not a
    second deed. A pledge to cooperate is the intent to (CAMEO 03x: 'pledged to provide aid'
    is 033, not a planned 070); a signed agreement keeps its own code (057) and its cooperative
    content goes; a coercive deed agreed on is that deed, decided, not an intent to cooperate
    (a deed's noun is no such decision: 'agreed to postpone the demonstration').
    What a mere agreement to cooperate is about stays a deed of its own ('agreed to share
    information': 030 and 064)."""
    dropped: set[int] = set()
    replaced: dict[int, Frame] = {}
    for head in found:
        if head.nominal or id(head) in dropped:
            continue
        intent = head.action.cameo_root == INTENT_ROOT
        if not intent and head.action.cameo_code != AGREEMENT_CODE:
            continue
        contents = [f for f in found if f is not head and _content_of(f.trigger, head.trigger)]
        cooperative = [f for f in contents if f.action.cameo_root in COOPERATIVE_ROOTS]
        if intent and not cooperative and any(not f.nominal and _deed(f) for f in contents):
            dropped.add(id(head))  # the decision is the coercive deed itself
            continue
        pledged = intent and head.trigger.lemma_.lower() in pledges
        if not cooperative or not (pledged or not intent):
            continue
        dropped.update(id(f) for f in cooperative)
        if pledged:
            deed = min(cooperative, key=lambda f: (f.nominal, f.trigger.i))
            replaced[id(head)] = replace(
                head,
                action=as_intent(deed.action, codebook),
                target=head.target or deed.target,
            )
    return [replaced.get(id(f), f) for f in found if id(f) not in dropped]


def _deed(frame: Frame) -> bool:
    return frame.action.cameo_root not in (*COOPERATIVE_ROOTS, *SPEECH_ROOTS)


def _content_of(token: Token, head: Token) -> bool:
    """True when `token` lies in a clause that says what `head` (an agreement, a pledge) is
    about: an infinitive ('agreed to restore') or a participle ('signed a treaty, pledging
    to ...'), not a clause of time or condition ('signed it after talks ended')."""
    objects = [o for o in head.children if o.dep_ == "dobj"]
    for clause in [*head.children, *(c for o in objects for c in o.children if c.dep_ == "acl")]:
        if clause.dep_ not in CONTENT_CLAUSES or any(c.dep_ == "mark" for c in clause.children):
            continue
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        if clause.dep_ != "xcomp" and not (infinitive or clause.tag_ == "VBG"):
            continue
        if within_clause(token, clause):
            return True
    return False


def within_clause(token: Token, clause: Token) -> bool:
    """True when `token` is `clause` or hangs from it through clauses and objects only
    ('pledging to assist', 'to increase trade'), not through a phrase of time or place ('at
    the end of talks in Beijing mediated by China')."""
    current = token
    while current.i != clause.i:
        if current.dep_ not in CONTENT_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return True


def said_deeds(found: list[Frame]) -> list[Frame]:
    """'announced that he was cutting all ties with Israel', 'sent a message to Putin praising
    their friendship': a bare statement whose words are themselves coded as its speaker's deed
    (a cut of ties, a praise) is only how that deed was made known. A reported clause keeps
    its own trigger (its own tense and modality); a participle, which has none, is told by the
    statement's verb."""
    dropped: set[int] = set()
    replaced: dict[int, Frame] = {}
    for frame in found:
        if (
            frame.nominal
            or frame.action.cameo_code != STATEMENT_CODE
            or frame.source is None
            or frame.target is None  # a statement to no one is no event anyway
        ):
            continue
        verb = frame.trigger
        reported = [c for c in verb.children if c.dep_ == "ccomp"]
        participles = [  # what follows the statement, not what its speaker was doing
            c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _participle(c)
        ]
        participles += [
            a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"
        ]
        country = frame.source.actor.country
        for other in found:
            if (
                other is frame
                or id(other) in dropped
                or other.source is None
                or other.source.actor.country != country
            ):
                continue
            if any(within_clause(other.trigger, c) for c in participles):
                replaced[id(frame)] = replace(
                    frame, action=other.action, target=other.target or frame.target
                )
                dropped.add(id(other))
                break
            if any(within_clause(other.trigger, c) for c in reported):
                dropped.add(id(frame))
                break
    return [replaced.get(id(f), f) for f in found if id(f) not in dropped]


def _participle(clause: Token) -> bool:
    """A participle clause with no conjunction of its own ('..., praising their friendship')."""
    return clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)


def said_wrongs(found: list[Frame], codebook: Codebook, wrongs: frozenset[str]) -> list[Frame]:
    """'fired water cannon at the boat, saying it had intruded into Chinese waters': a
    statement about its target that says the target did a wrong (intruded, violated, meddled)
    is an accusation (112), not a bare statement."""
    return [
        replace(frame, action=codebook.by_code(ACCUSATION_CODE))
        if not frame.nominal
        and frame.action.cameo_code == STATEMENT_CODE
        and frame.target is not None
        and any(c.dep_ == "ccomp" and c.lemma_.lower() in wrongs for c in frame.trigger.children)
        else frame
        for frame in found
    ]
