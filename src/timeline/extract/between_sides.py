"""The two sides of a fight told with 'between': 'clashes between the army and the rebels',
'fighting broke out in the capital between X and Y'.

A 'between' phrase names both parties of a deed done between them; the first named is read as
its source, the second as its target. The phrase hangs from the noun itself, or, when the noun
is the subject of a verb telling that it began ('fighting erupted ... between X and Y'), from
that verb, which has no party of its own. A verb of a fight going on ('battles raged') tells a
state begun earlier, not a deed of that day, and lends the noun nothing.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.clause_parts import SUBJECTS, prep_object

BETWEEN = ("between",)


def sides_between(
    noun: Token, actors: dict[int, TokenActor], outbreak_verbs: Collection[str]
) -> tuple[TokenActor, TokenActor] | None:
    """The two parties a 'between' phrase of `noun` (or of the verb of its outbreak) names,
    first and second; None unless both are actors, and different ones ('their forces and the
    army' may both read as one country's military)."""
    pair = prep_object(noun, BETWEEN, deps=("prep",))
    verb = noun.head
    if pair is None and noun.dep_ in SUBJECTS and verb.lemma_.lower() in outbreak_verbs:
        pair = prep_object(verb, BETWEEN, deps=("prep",))
    if pair is None:
        return None
    first = actor_in(pair, actors, set())
    if first is None:
        return None
    for other in pair.conjuncts:
        second = actor_in(other, actors, {first.start})
        if second is not None and second.actor != first.actor:
            return first, second
    return None
