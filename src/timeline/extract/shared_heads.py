"""'The leaders of France, Germany and Italy': a head noun shared by a list of countries.

The dictionary reads 'the leaders of France' as France's government and the other names as
bare countries; the parse says the head word is each country's: every country of the list
is of the role the head gives the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from timeline.codes import ActorCode

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor


def shared_head(span: Span, found: list[TokenActor], actor: ActorCode) -> ActorCode | None:
    """A country joined by 'and' or a comma to the 'of' object of an agent word named before
    it, taken as that agent word's role ('the military governments of Mali and Niger')."""
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == span.root.i or first.dep_ != "pobj" or first.head.lower_ != "of":
        return None
    head = first.head.head
    owner = next((f for f in found if f.start <= head.i < f.end and f.end > first.i), None)
    if owner is None or owner.actor.kind != "agent" or owner.actor.role is None:
        return None
    return ActorCode(actor.name, actor.country, owner.actor.role, "agent")
