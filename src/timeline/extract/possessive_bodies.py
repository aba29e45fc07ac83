"""Whose 'his', 'its' or 'their' makes a noun: 'its foreign minister', 'his country'.

'his' and 'her' stand for a person, 'its' and 'their' for a country or body. Wire copy names
the one that acts first, as its clause's subject, and then what it owns ('Honduras broke off
ties with Taiwan, and its foreign minister signed ...'): the subject, not the party it acted
on, owns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from timeline.codes import ActorCode
from timeline.extract.article_memory import ArticleMemory, collective

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor

PERSON_POSSESSIVES = frozenset({"his", "her"})
BODY_POSSESSIVES = frozenset({"its", "their"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def possessive_of(noun: Token, words: frozenset[str]) -> Token | None:
    """The possessive pronoun of `noun` that is one of `words`."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in words), None)


def possessive_person(
    pronoun: Token, found: list[TokenActor], memory: ArticleMemory, sentence_index: int
) -> ActorCode | None:
    """The person a 'his' or 'her' stands for: named before it in its sentence, else as 'he'
    is resolved."""
    here = [f.actor for f in found if f.end <= pronoun.i and f.actor.kind == "person"]
    return here[-1] if here else memory.referred_person(before=(sentence_index, pronoun.i))


def possessive_body(
    span: Span, found: list[TokenActor], memory: ArticleMemory, sentence_index: int
) -> ActorCode | None:
    """The country or body an 'its'/'their' before an agent word stands for."""
    pronoun = possessive_of(span.root, BODY_POSSESSIVES)
    return None if pronoun is None else body_owner(pronoun, found, memory, sentence_index)


def body_owner(
    pronoun: Token, found: list[TokenActor], memory: ArticleMemory, sentence_index: int
) -> ActorCode | None:
    """The body an 'its' or 'their' stands for: a subject named before it in its sentence,
    else the one named there last, else as 'it' is resolved."""
    doc = pronoun.doc
    earlier = [f for f in found if f.end <= pronoun.i and collective(f.actor)]
    subjects = [f for f in earlier if doc[f.start : f.end].root.dep_ in SUBJECT_DEPS]
    if subjects or earlier:
        return (subjects or earlier)[-1].actor
    return memory.referred_collective(before=(sentence_index, pronoun.i))
