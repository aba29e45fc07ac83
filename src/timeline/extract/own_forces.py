"""'rejected a call for its peacekeepers to be deployed in East Timor': own forces sent away.

A verb whose object names the source's own forces, sent somewhere by a clause of their own,
acts on where that clause sends them, not on the source's own men.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.clause_parts import prep_objects
from timeline.extract.possessive_bodies import SUBJECT_DEPS

DESTINATION_PREPS = ("to", "in", "into")  # "deployed in East Timor", "sent to Sudan"
INFINITIVE_DEPS = frozenset({"relcl", "acl"})  # "a call for its troops to be deployed"


def sent_to(
    verb: Token,
    source: TokenActor,
    target: TokenActor | None,
    dobj: Token | None,
    actors: dict[int, TokenActor],
) -> TokenActor | None:
    """Where a clause sends the source's own forces, when they are the verb's target or the
    subject of an infinitive on its object ('a request for its troops to be sent to X')."""
    forces = target or _infinitive_subject(dobj, actors)
    if forces is None or forces.actor.kind != "agent":
        return None
    if forces.actor.country != source.actor.country:
        return None
    clause = _own_clause(verb.doc[forces.start : forces.end].root)
    if clause is None or clause.i == verb.i:
        return None
    exclude = {source.start, forces.start}
    found = (actor_in(pobj, actors, exclude) for pobj in prep_objects(clause, DESTINATION_PREPS))
    return next((f for f in found if f is not None), None)


def _infinitive_subject(dobj: Token | None, actors: dict[int, TokenActor]) -> TokenActor | None:
    """The actor an infinitive clause on the object is about ('a call for its troops to be
    deployed')."""
    if dobj is None:
        return None
    for clause in (c for c in dobj.children if c.dep_ in INFINITIVE_DEPS and _infinitive(c)):
        for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
            if subject.i in actors:
                return actors[subject.i]
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _own_clause(noun: Token) -> Token | None:
    """The verb `noun` is the subject of: its head, or in 'a call for X to be deployed' (parsed
    as 'for X' with the infinitive on 'call') the infinitive after it."""
    if noun.dep_ in SUBJECT_DEPS:
        return noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    infinitives = (
        c
        for c in prep.head.children
        if c.dep_ in INFINITIVE_DEPS and c.i > noun.i and _infinitive(c)
    )
    return next(infinitives, None)
