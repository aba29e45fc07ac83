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
PLURAL_OWNER = "their"


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
    if not pair.conjuncts:
        return _owners_named_before(pair, actors)
    first = actor_in(pair, actors, set())
    if first is None:
        return None
    for other in pair.conjuncts:
        second = actor_in(other, actors, {first.start})
        if second is not None and second.actor != first.actor:
            return first, second
    return None


def _owners_named_before(
    sides: Token, actors: dict[int, TokenActor]
) -> tuple[TokenActor, TokenActor] | None:
    """'fled after clashes between their forces': the two persons named last before 'their'
    in its sentence, first named first, own the sides that fought."""
    owner = next((c for c in sides.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != PLURAL_OWNER:
        return None
    persons: list[TokenActor] = []
    for token in reversed(owner.sent[: owner.i - owner.sent.start]):
        found = actors.get(token.i)
        if found is None or found.actor.kind != "person" or found.end > owner.i:
            continue
        if all(found.actor != other.actor for other in persons):
            persons.append(found)
        if len(persons) == 2:
            return persons[1], persons[0]
    return None
