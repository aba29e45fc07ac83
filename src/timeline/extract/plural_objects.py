"""'Protesters set fire to the party's offices. Police fired live rounds to disperse them.'

An object 'them' with nothing of its own sentence to stand for is the people the story was
about: the previous sentence's subject, when that names people other than the doer's side.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actors import TokenActor
from timeline.extract.article_memory import ArticleMemory

PLURAL_OBJECTS = frozenset({"them"})


def plural_object(
    pronoun: Token, source: TokenActor, memory: ArticleMemory, sentence_index: int
) -> TokenActor | None:
    """The people an object 'them' stands for, from the previous sentence's subject."""
    if pronoun.lower_ not in PLURAL_OBJECTS:
        return None
    previous = memory.subjects.get(sentence_index - 1)
    if previous is None:
        return None
    people = previous[1]
    if people.kind != "agent" or people == source.actor:
        return None
    if people.country == source.actor.country and people.role == source.actor.role:
        return None
    return TokenActor(
        pronoun.i,
        pronoun.i + 1,
        pronoun.text,
        people,
        False,
        pronoun.idx,
        pronoun.idx + len(pronoun.text),
    )
