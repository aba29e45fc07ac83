"""Whose 'its' or 'their' makes an agent word: 'its foreign minister', 'their troops'.

'his ministers' are the person's (`SentenceActors._leader_of`); 'its' and 'their' stand for a
country or body. Wire copy names the one that acts first, as its clause's subject, and then
what it owns ('Honduras broke off ties with Taiwan, and its foreign minister signed ...'):
the subject, not the party it acted on, owns them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from timeline.codes import ActorCode
from timeline.extract.article_memory import ArticleMemory, collective

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor

BODY_POSSESSIVES = frozenset({"its", "their"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def possessive_body(
    span: Span, found: list[TokenActor], memory: ArticleMemory, sentence_index: int
) -> ActorCode | None:
    """The country or body an 'its'/'their' before an agent word stands for: a subject named
    before it in its sentence, else the one named there last, else as 'it' is resolved."""
    pronoun = next(
        (c for c in span.root.children if c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES),
        None,
    )
    if pronoun is None:
        return None
    doc = span.doc
    earlier = [f for f in found if f.end <= pronoun.i and collective(f.actor)]
    subjects = [f for f in earlier if doc[f.start : f.end].root.dep_ in SUBJECT_DEPS]
    if subjects or earlier:
        return (subjects or earlier)[-1].actor
    return memory.referred_collective(before=(sentence_index, pronoun.i))
