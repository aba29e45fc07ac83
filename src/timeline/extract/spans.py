"""The entities of a trigger's own clause: where its date and its place are looked for."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from timeline.extract.modality import clause_verb

PLACE_LABELS = ("GPE", "LOC", "FAC")  # the entity labels of places


def own_clause(token: Token, trigger: Token, clause: Token) -> bool:
    """True when `token` hangs from the trigger, or from its clause verb with no other verb
    between: 'since 2011' in 'diplomacy suspended since 2011' belongs to 'suspended'."""
    for ancestor in token.ancestors:
        if ancestor in (trigger, clause):
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def entities_by_distance(
    trigger: Token, sent: Span, labels: tuple[str, ...], ents: Iterable[Span] | None = None
) -> list[Span]:
    """Entities of `labels` (of `ents`, by default the sentence's) in the trigger's own clause,
    nearest first."""
    clause = clause_verb(trigger)
    found = [
        ent
        for ent in (sent.ents if ents is None else ents)
        if ent.label_ in labels and own_clause(ent.root, trigger, clause)
    ]
    return sorted(found, key=lambda ent: (abs(ent.root.i - trigger.i), ent.start))


def first_conjunct(token: Token) -> Token:
    """The first of the coordinated words `token` is one of ('accused Iran of funding and
    arming Hamas': 'funding' for 'arming'), which the others share their frame with."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_infinitive(clause: Token) -> bool:
    """'to leave the country', 'to lift the ban': a clause with the infinitive marker 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
