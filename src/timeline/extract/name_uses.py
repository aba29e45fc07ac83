"""How a name is used in its sentence: as a place, a kind of thing, a people, a deed's maker.

A dictionary match says which actor a name could be; whether it is one depends on its use:
'in Moscow' is a place and 'Moscow said' a government, 'military aid' is a thing, 'Israelis' are
a people, 'the Israeli airstrike' was made by forces, 'an anti-Syria journalist' opposes Syria.
These predicates decide that for `SentenceActors`.
"""

from __future__ import annotations

from spacy.tokens import Span

from timeline.codes import ActorCode
from timeline.normalise.actors import ActorMatch

OPPOSED_PREFIX = "anti-"
LOCATIVE_PREPS = ("in", "at", "near", "outside", "inside", "across", "around", "throughout")


def is_locative(span: Span) -> bool:
    """True for a name that is the object of a locative preposition ('in central Baghdad')."""
    token = span.root
    while token.dep_ in ("compound", "amod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "exiled", "late", "toppled"})


def opposed(text: str, match: ActorMatch) -> bool:
    """True for a name after 'anti-': what someone opposes."""
    return text[: match.start].lower().endswith(OPPOSED_PREFIX)


def definite(span: Span) -> bool:
    """'the government', not 'officials', 'a spokesman' or 'the two leaders' (a pair): a
    definite singular noun refers back to one body."""
    root = span.root
    return root.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)


def former(span: Span) -> bool:
    """True when a person or title is qualified as no longer in office ('former President X')."""
    if span.root.pos_ != "PROPN" and span.root.lower_ not in ("president", "leader", "minister"):
        return False
    before = span.doc[max(span.start - 3, span.sent.start) : span.start]
    words = {t.lower_.strip("-") for t in [*before, *span]}
    return bool(words & FORMER_WORDS)


def names_a_deed(span: Span, deeds: frozenset[str]) -> bool:
    """True for a name modifying one of `deeds` ('the Israeli airstrike', 'a U.S. drone strike',
    "Israel's shelling"), alone or with the compound before it ('drone strike')."""
    token = span.root
    if token.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i and head.head.i > head.i:
        head = head.head  # "U.S. drone strike": the name joins "drone", "drone" joins "strike"
    if span.start <= head.i < span.end:
        return False
    words = {head.lower_, head.lemma_.lower()}
    before = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if before:
        words |= {f"{before[-1].lower_} {word}" for word in list(words)}
    return bool(words & deeds)


def people_of(span: Span, actor: ActorCode) -> bool:
    """True for a demonym used as a plural noun ('Israelis'), not a plural country name."""
    root = span.root
    return (
        len(span) == 1
        and root.tag_ in ("NNS", "NNPS")
        and root.lower_ != actor.name.lower()
        and root.lower_.endswith("s")
    )


def modifies_a_thing(span: Span, installations: frozenset[str] = frozenset()) -> bool:
    """True for an agent word used as a modifier of a noun outside it ('military aid', 'a police
    operation'); names ('President Biden') are proper nouns, so they are not caught. An
    installation of the body ('a military base', 'a police station') stands for the body:
    struck, it is the body struck, so it is no mere thing."""
    root = span.root
    head = root.head
    if (
        span.start <= head.i < span.end
        or head.pos_ != "NOUN"
        or head.lemma_.lower() in installations
    ):
        return False
    # a plural head may be people of that kind ("army reinforcements", "police units")
    return root.dep_ == "amod" or (root.dep_ == "compound" and head.tag_ == "NN")


def is_seat_as_place(span: Span, actor: ActorCode) -> bool:
    """'in Moscow' is where something happened; 'Moscow said' is the government acting."""
    return actor.kind == "country" and actor.role == "GOV" and is_locative(span)
