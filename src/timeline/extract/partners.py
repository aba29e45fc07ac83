"""'his host', 'her counterpart', 'his guest': the other party of the person's meeting.

'Lula met Xi in Beijing. The president signed agreements with his host.': a partner noun with
a person's possessive is not that person's own (as 'his ministers' are) but the one the person
met: the other party of the latest event the two were the parties of, else of the two persons
named last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from timeline.codes import ActorCode
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.possessive_bodies import (
    PERSON_POSSESSIVES,
    possessive_of,
    possessive_person,
)

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor


def partner_of(
    noun: Token,
    found: list[TokenActor],
    memory: ArticleMemory,
    sentence_index: int,
    partner_nouns: frozenset[str],
) -> ActorCode | None:
    """The person a partner noun ('his counterpart') stands for, if the text says whose."""
    if noun.lemma_.lower() not in partner_nouns:
        return None
    pronoun = possessive_of(noun, PERSON_POSSESSIVES)
    if pronoun is None:
        return None
    person = possessive_person(pronoun, found, memory, sentence_index)
    if person is None:
        return None
    return memory.partner(person, before=(sentence_index, pronoun.i))


def unnamed_partners(
    sent: Span,
    found: list[TokenActor],
    memory: ArticleMemory,
    sentence_index: int,
    partner_nouns: frozenset[str],
) -> list[tuple[Span, ActorCode]]:
    """Partner nouns the dictionary does not read as actors ('his host'), with whom they
    stand for."""
    covered = {i for f in found for i in range(f.start, f.end)}
    partners = []
    for token in sent:
        if token.i in covered or token.pos_ != "NOUN":
            continue
        partner = partner_of(token, found, memory, sentence_index, partner_nouns)
        if partner is not None:
            partners.append((sent.doc[token.left_edge.i : token.i + 1], partner))
    return partners
