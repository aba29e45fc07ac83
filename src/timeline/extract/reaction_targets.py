"""Whom a reaction is aimed at when the verb's own objects do not say.

A refusal made 'despite pressure from parliament' answers parliament; a complaint 'over Israeli
air raids' is about Israel; 'sent inspectors to Iran to monitor the plant' acts on Iran. These
rules read the prepositional phrase or purpose clause that names them.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.clause_parts import PASSIVE_SUBJECTS, SUBJECTS, TARGET_PREPS, prep_objects

GRIEVANCE_PREPS = ("over", "about")  # "complained to the UN over X's raids": what is complained of


def defied(verb: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """'refused to step down despite pressure from parliament': a refusal made in the face
    of someone's pressure or calls answers them."""
    clauses = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    for faced in (p for clause in clauses for p in prep_objects(clause, ("despite",))):
        whose = [c for c in faced.children if c.dep_ == "poss"]
        for side in whose + prep_objects(faced, ("from", "by")):
            found = actor_in(side, actors, exclude)
            if found is not None:
                return found
    return None


def grievance(verb: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """The actor in what a complaint is over or about ('over Israeli air raids')."""
    for pobj in prep_objects(verb, GRIEVANCE_PREPS):
        found = actor_in(pobj, actors, exclude)
        if found is not None:
            return found
    return None


def purpose_target(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """'sent inspectors to Iran to monitor the plant': a purpose clause with no subject of its
    own acts on the one its governing verb goes to or acts with."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i or head.pos_ != "VERB":
        return None
    if any(c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS, "mark") for c in verb.children):
        return None
    for candidate in [c for c in head.children if c.dep_ == "dative"] + prep_objects(
        head, TARGET_PREPS
    ):
        found = actor_in(candidate, actors, exclude)
        if found is not None:
            return found
    return None
