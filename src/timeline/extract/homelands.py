"""'his country', 'its nation': the country of whom a possessive stands for.

'Kim said his country would send troops' is North Korea. The dictionary has no entry for
'country'; the possessive says which one it is. The plural is left alone: 'Hungarian and
Romanian officials agreed that their countries should cooperate' names a pair, and one
country for it would be a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from timeline.codes import ActorCode
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.possessive_bodies import (
    BODY_POSSESSIVES,
    PERSON_POSSESSIVES,
    SUBJECT_DEPS,
    body_owner,
    possessive_of,
    possessive_person,
)

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor


def homelands(
    sent: Span,
    found: list[TokenActor],
    memory: ArticleMemory,
    sentence_index: int,
    homeland_nouns: frozenset[str],
) -> list[tuple[Span, ActorCode]]:
    """Each 'his country' or 'its nation' no actor covers that is a clause's subject, with its
    country ('she will defend her country' is no deed done to it)."""
    covered = {i for f in found for i in range(f.start, f.end)}
    out = []
    for noun in sent:
        if noun.i in covered or noun.lower_ not in homeland_nouns or noun.dep_ not in SUBJECT_DEPS:
            continue
        owner = None
        if (pronoun := possessive_of(noun, PERSON_POSSESSIVES)) is not None:
            owner = possessive_person(pronoun, found, memory, sentence_index)
        elif (pronoun := possessive_of(noun, BODY_POSSESSIVES)) is not None:
            owner = body_owner(pronoun, found, memory, sentence_index)
        if owner is not None and owner.state_country is not None:
            span = sent.doc[noun.left_edge.i : noun.i + 1]
            out.append((span, ActorCode(span.text, owner.country, None, "country")))
    return out
