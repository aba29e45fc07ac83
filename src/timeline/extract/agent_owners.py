"""Whose an agent word is: the body or country that owns 'troops', 'leaders' or 'the ministry'.

The dictionary matches "troops" and "Russia" word by word; the parse says the troops are
Russia's ('Russian troops', 'the troops of Russia', 'NATO peacekeeping troops'). These
predicates read that ownership for `SentenceActors`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from timeline.codes import ActorCode
from timeline.normalise.actors import ActorMatch

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor


def same_role_antecedent(span: Span, found: list[TokenActor], actor: ActorCode) -> ActorCode | None:
    """'seized France's Danone and Denmark's Carlsberg ... control of the companies': a bare
    agent word with 'the' refers back to the actor of its role named before it in the
    sentence, and is of that actor's country."""
    if actor.role is None or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in span.root.children
    ):
        return None
    earlier = [
        f.actor
        for f in found
        if f.end <= span.start and f.actor.role == actor.role and f.actor.country is not None
    ]
    if not earlier:
        return None
    return ActorCode(actor.name, earlier[-1].country, actor.role, actor.kind)


def modifying_actor(
    span: Span, found: list[TokenActor], sponsors: frozenset[str]
) -> ActorCode | None:
    """A country or organisation named as a modifier of an agent word's head, not one named as
    its backer (`sponsors`: 'the Syrian-backed militia')."""
    root = span.root
    for actor in found:
        token = span.doc[actor.end - 1]
        if (
            (
                (token.head.i == root.i and token.dep_ in ("compound", "amod", "nmod", "poss"))
                or (_hyphen_modifier_of(token, root) and token.head.lower_ not in sponsors)
                or _through_compound(token, root)
            )
            and actor.actor.country is not None
            and actor.actor.kind in ("country", "organisation", "group")
        ):
            return actor.actor
    return None


def body_of(span: Span, sent: Span, matches: list[ActorMatch]) -> ActorCode | None:
    """'two generals of the Revolutionary Guards', 'the leaders of Russia': an agent word's
    'of' object names the body it belongs to."""
    for pobj, body, match in _of_objects(span, sent, matches):
        if (
            body.start <= pobj.i < body.end
            and match.actor.country is not None
            and match.actor.kind in ("country", "organisation", "group")
        ):
            return match.actor
    return None


def agent_body_of(span: Span, sent: Span, matches: list[ActorMatch]) -> ActorCode | None:
    """'leaders of the opposition (coalition)': the agent word an agent's 'of' object names."""
    for pobj, body, match in _of_objects(span, sent, matches):
        if (
            (body.root.i == pobj.i or (body.root.dep_ == "compound" and body.root.head.i == pobj.i))
            and match.actor.kind == "agent"
            and match.actor.role is not None
        ):
            return match.actor
    return None


def _of_objects(
    span: Span, sent: Span, matches: list[ActorMatch]
) -> Iterator[tuple[Token, Span, ActorMatch]]:
    """Each 'of' object of the span's head word, with every dictionary match of the sentence
    and its tokens: what `body_of` and `agent_body_of` choose from."""
    for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for match in matches:
                body = sent.char_span(match.start, match.end, alignment_mode="expand")
                if body is not None:
                    yield pobj, body, match


def _through_compound(token: Token, root: Token) -> bool:
    """'U.S. House Speaker', 'Russian Navy commander': the name modifies a word that itself
    modifies the agent word."""
    head = token.head
    return (
        token.dep_ in ("compound", "amod")
        and head.dep_ == "compound"
        and head.head.i == root.i
        and head.i < root.i
    )


def _hyphen_modifier_of(token: Token, root: Token) -> bool:
    """'Liberian-flagged tanker', 'Nigerian-led mission': the name joins its head through the
    hyphenated word."""
    doc = token.doc
    return (
        token.i + 1 < len(doc)
        and doc[token.i + 1].tag_ == "HYPH"
        and token.head.i == token.i + 2
        and token.head.dep_ in ("amod", "compound")
        and token.head.head.i == root.i
    )


def done_for_by(span: Span) -> bool:
    """'a ship chartered by the charity', 'gunmen sent by a cartel': a participle's 'by' agent
    is whose the men or the ship are, so they are no party of their own."""
    return any(
        child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children)
        for child in span.root.children
    )


# modifiers that name an agent word's own owner or kind
_OWN_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})


def conjoined_owner(span: Span, found: list[TokenActor], actor: ActorCode) -> ActorCode | None:
    """'Bolivia's government and opposition', 'the Bolivian army and police': a bare agent word
    joined to an owned agent word shares its owner's country."""
    root = span.root
    if root.dep_ != "conj" or span.start <= root.head.i < span.end:
        return None
    if any(c.dep_ in _OWN_MODIFIERS for c in root.children):
        return None  # "U.S. forces and al-Sadr's militia": a word with its own owner
    head = root.head.i
    for f in found:
        if (
            f.start <= head < f.end
            and f.actor.kind == "agent"
            and f.actor.state_country is not None
        ):
            return ActorCode(actor.name, f.actor.country, actor.role, actor.kind)
    return None
