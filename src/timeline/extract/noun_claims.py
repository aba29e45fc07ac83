"""Claims told by nouns: 'Kyiv's allegation that Russian troops shelled the plant' is an
accusation by Kyiv of Russia (112); 'despite U.S. warnings that the purchase would lead to
sanctions' is a threat by the United States, of the deed its clause names (1312); 'issued a
reminder to Iraq that it must cooperate' is a demand on Iraq (100).

The noun's own phrase names who makes the claim (a possessor, a modifier, 'by'); its 'that'
clause says what is claimed, and of whom. The noun frame finder sees only the noun's phrase,
and drops a noun in passing whose other party is named in the clause.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from timeline.codes import ActionCode
from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.arguments import same_side, starts
from timeline.extract.cameo import (
    ACCUSE_ROOT,
    DEMAND_CODE,
    STATEMENT_ROOT,
    THREAT_CODE,
    THREAT_ROOT,
)
from timeline.extract.clause_doers import OBLIGATION, subject_actor
from timeline.extract.clause_parts import PASSIVE_SUBJECTS, SUBJECTS, prep_object
from timeline.extract.frame_parties import Frame
from timeline.extract.intent import as_threat
from timeline.extract.modality import content_clause
from timeline.normalise.actions import Codebook

MAKER_DEPS = ("poss", "amod", "compound", "nmod")  # "Kyiv's", "Ukrainian", "U.S." warnings
MAKER_PREPS = ("by", "from")  # "allegations by Amnesty International that ..."
CLAIM_ROOTS = (ACCUSE_ROOT, THREAT_ROOT)
DEFIANCE_PREPS = ("despite", "defying")  # "despite U.S. warnings that ..."


def named_claim_maker(noun: Token, actors: dict[int, TokenActor]) -> TokenActor | None:
    """Who makes the claim, as the noun's own phrase names them."""
    for child in noun.children:
        if child.dep_ in MAKER_DEPS and child.i in actors:
            return actors[child.i]
    by = prep_object(noun, MAKER_PREPS)
    return actor_in(by, actors, set()) if by is not None else None


def with_told_claims(
    sent: Span, found: list[Frame], actors: dict[int, TokenActor], codebook: Codebook
) -> list[Frame]:
    """The frames with each accusation or warning noun that states a 'that' clause coded
    between its maker and whom the clause charges or warns; a deed the warner's own side is
    said to be ready to do is the threat itself, not a second event."""
    frames = list(found)
    for noun in sent:
        action = codebook.match_noun(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        clause = content_clause(noun) if action is not None else None
        if action is None or clause is None or action.cameo_root not in CLAIM_ROOTS:
            continue
        maker = named_claim_maker(noun, actors)
        if maker is None:
            continue
        own = next((f for f in frames if f.trigger.i == noun.i), None)
        if own is not None and own.target is not None:
            continue  # the noun's own phrase named both sides
        if action.cameo_root == ACCUSE_ROOT:
            told = _accusation(noun, action, clause, maker, actors)
            threatened: list[Frame] = []
        else:
            told, threatened = _warning(noun, clause, maker, frames, actors, codebook)
        if told is None:
            continue
        frames = [f for f in frames if f is not own and not any(f is t for t in threatened)]
        frames.append(told)
    return frames


def _accusation(
    noun: Token,
    action: ActionCode,
    clause: Token,
    maker: TokenActor,
    actors: dict[int, TokenActor],
) -> Frame | None:
    """'Kyiv's allegation that Russian troops shelled the plant': Kyiv accuses whom the
    clause says did it, its subject."""
    accused = subject_actor(clause, actors, starts(maker), (*SUBJECTS, *PASSIVE_SUBJECTS))
    if accused is None or same_side(accused, maker):
        return None
    return Frame(noun, action, nominal=True, source=maker, target=accused)


def _warning(
    noun: Token,
    clause: Token,
    maker: TokenActor,
    frames: list[Frame],
    actors: dict[int, TokenActor],
    codebook: Codebook,
) -> tuple[Frame | None, list[Frame]]:
    """'Kyiv's warning that Ukraine would strike Russian refineries': a threat by Kyiv of the
    strike, against Russia; 'warnings that the purchase would lead to sanctions': of
    sanctions. Returns the threat and the deed frames it takes in. A warning of what another
    side may do ('warned that Russia could invade') is no threat by the one who warns."""
    inside = {t.i for t in clause.subtree}
    deeds = sorted(
        (
            f
            for f in frames
            if f.trigger.i in inside
            and (f.source is None or f.source.actor.country == maker.actor.country)
            and as_threat(f.action, codebook).cameo_root == THREAT_ROOT
            and f.action.cameo_root != THREAT_ROOT
        ),
        key=lambda f: abs(f.trigger.i - clause.i),
    )
    if deeds:
        deed, target = deeds[0].action, deeds[0].target
    else:
        named = _deed_named(clause, inside, frames, codebook)
        if named is None:
            return None, []
        deed, target = named, None
    if target is None:
        target = subject_actor(clause, actors, starts(maker), (*SUBJECTS, *PASSIVE_SUBJECTS))
    if target is None:
        target = _defied_by(noun, actors, starts(maker))
    if target is not None and target.actor.country == maker.actor.country:
        target = None
    threat = as_threat(deed, codebook)
    return Frame(noun, threat, nominal=True, source=maker, target=target), deeds[:1]


def _defied_by(noun: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """'Iran bought the missiles despite U.S. warnings that ...': a warning gone against
    was aimed at whoever went ahead, the subject of the clause it is set in."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in DEFIANCE_PREPS:
        return None
    return subject_actor(prep.head, actors, exclude)


def _deed_named(
    clause: Token, inside: set[int], frames: list[Frame], codebook: Codebook
) -> ActionCode | None:
    """The coercive deed a warned clause names by a noun no frame took ('would lead to
    sanctions'), nearest the clause's verb; not one another side does."""
    taken = {f.trigger.i for f in frames}
    for i in sorted(inside - taken, key=lambda i: abs(i - clause.i)):
        token = clause.doc[i]
        action = codebook.match_noun(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if action is not None and as_threat(action, codebook).cameo_root == THREAT_ROOT:
            return action
    return None


def obliging_statements(
    found: list[Frame], actors: dict[int, TokenActor], codebook: Codebook
) -> list[Frame]:
    """'issued a stern reminder to Iraq that it must cooperate', 'a warning to Moscow that
    Russia must withdraw': a statement or bare warning whose noun states that someone must
    or should act is a demand on that one (the clause's subject, else whom it was told to)."""
    return [_obliging(frame, actors, codebook) for frame in found]


def _obliging(frame: Frame, actors: dict[int, TokenActor], codebook: Codebook) -> Frame:
    if frame.source is None or not (
        frame.action.cameo_root == STATEMENT_ROOT or frame.action.cameo_code == THREAT_CODE
    ):
        return frame
    trigger = frame.trigger
    nouns = [trigger] if frame.nominal else [c for c in trigger.children if c.dep_ == "dobj"]
    for noun in nouns:
        clause = content_clause(noun)
        if clause is None or not any(
            c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children
        ):
            continue
        obliged = subject_actor(clause, actors, starts(frame.source))
        if obliged is not None and same_side(obliged, frame.source):
            obliged = None
        return replace(frame, action=codebook.by_code(DEMAND_CODE), target=obliged or frame.target)
    return frame
