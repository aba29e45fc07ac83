"""Which actor a phrase names: a breadth-first search of its parse subtree.

Every rule that asks 'who is this subject, object or prepositional object?' asks it here, so
relative pronouns, appositions and conjoined sides are read the same way everywhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from timeline.extract.actors import TokenActor


def actor_in(token: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """The actor nearest the head of `token`'s subtree, searching breadth-first.

    Breadth-first means "the message from Kim" gives Kim, and "the leaders of Russia and China"
    gives Russia (the first conjunct) rather than China.
    """
    clause = told_clause(token.head)
    if token.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" and clause.head.i != token.i:
        # "Nasrallah, who was killed in ...": a relative pronoun is the noun its clause describes
        return actor_in(clause.head, actors, exclude)
    found = _nearest(token, actors, exclude, ("relcl", "acl", "appos", "advcl"))
    named_beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
    if found is None and (token.pos_ == "PROPN" or named_beside):
        # "Salaheddine Sidhoum, Algeria's leading rights activist, ...": a name no dictionary
        # knows is the actor its apposition describes; "his daughter, Vice President Sara
        # Duterte, ...": a word no dictionary knows is the named actor in apposition to it
        found = _nearest(token, actors, exclude, ("relcl", "acl", "advcl"))
    return _named_body(found, token.doc, actors, exclude) if found is not None else None


BODY_KINDS = ("organisation", "group")


def told_clause(verb: Token) -> Token:
    """'M23, which experts say is backed by Rwanda': the relative clause a clause said or
    believed within it belongs to, climbing the said clauses; else `verb` itself."""
    current = verb
    while current.dep_ == "ccomp" and current.head.i != current.i:
        current = current.head
    return current if current.dep_ == "relcl" else verb


def _named_body(
    found: TokenActor, doc: Doc, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor:
    """'the UN agency for Palestinian refugees, UNRWA,': a body's name set beside a description
    after a comma is who the phrase means; a class of people in the description ('refugees')
    is only whom the body serves or is made of."""
    if found.actor.kind != "agent":
        return found
    for token in doc[found.start : found.end]:
        named = _appositive_body(token, actors, exclude)
        if named is not None:
            return named
    return found


def _appositive_body(
    token: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The body named after a comma in apposition to `token` ('the aid mission, UNHCR,')."""
    for child in token.children:
        named = actors.get(child.i)
        if (
            child.dep_ == "appos"
            and named is not None
            and named.actor.kind in BODY_KINDS
            and named.start not in exclude
            and token.doc[child.left_edge.i - 1].text == ","
        ):
            return named
    return None


def _nearest(
    token: Token, actors: dict[int, TokenActor], exclude: set[int], skip: tuple[str, ...]
) -> TokenActor | None:
    """Breadth-first search of `token`'s subtree, not entering the `skip` dependents."""
    queue = [token]
    while queue:
        current = queue.pop(0)
        found = actors.get(current.i)
        if found is not None and found.start not in exclude:
            return _first_conjunct(found, token.doc, actors, exclude)
        queue.extend(child for child in current.children if child.dep_ not in skip)
    return None


def _first_conjunct(
    found: TokenActor, doc: Doc, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor:
    """'Russian and Ukrainian delegations' is found at its head word, which the second demonym
    joins; the side named first is the first conjunct ('Russian')."""
    for token in doc[found.start : found.end]:
        if token.dep_ == "conj" and token.head.i < found.start:
            first = actors.get(token.head.i)
            if first is not None and first.start not in exclude and first.end <= found.start:
                return first
    return found
