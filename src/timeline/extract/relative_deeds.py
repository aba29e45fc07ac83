"""Whom an event noun's relative clause says the deed hit: 'the coup that toppled President
X', 'the offensive that drove the rebels out'.

When the clause's verb is no event of its own in the codebook ('toppled', 'brought down'), it
only tells what the deed did, and its object is the deed's target. A coded verb ('the strike
that killed ...') is an event of its own and is left to the verb frames.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.clause_parts import RELATIVE_PRONOUNS, SUBJECTS
from timeline.normalise.actions import Codebook


def relative_target(
    noun: Token, actors: dict[int, TokenActor], exclude: set[int], codebook: Codebook
) -> TokenActor | None:
    """The actor the object of `noun`'s relative clause names, when the clause's subject is
    the relative pronoun standing for the noun and its verb is no coded event."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if codebook.is_event_verb(clause.lemma_.lower()):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
            continue
        hit = next((c for c in clause.children if c.dep_ == "dobj"), None)
        found = actor_in(hit, actors, exclude) if hit is not None else None
        if found is not None:
            return found
    return None
