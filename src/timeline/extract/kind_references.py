"""'the court', 'the council': a bare definite agent word for the body named with that word.

'The International Court of Justice ordered Israel to halt its offensive. The court also
called for ...': the dictionary reads 'the court' as some country's judiciary; the story
means the court it has just named. A body named by a name holding the same word is the one.
"""

from __future__ import annotations

from spacy.tokens import Span

from timeline.codes import ActorCode
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.name_uses import definite


def named_kind(span: Span, memory: ArticleMemory, sentence_index: int) -> ActorCode | None:
    """The actor last named with the head word of a bare 'the X' ('the court')."""
    if len(span) != 2 or not definite(span):
        return None
    return memory.last_named_with(span.root.lower_, before=(sentence_index, span.start))
