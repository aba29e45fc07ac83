"""The event frame, and the readings of its parties that the verb and noun frames share.

Both the verb frame (`frames`, `verb_parties`) and the noun frame (`noun_finder`) build a
`Frame` and ask whom an object pronoun stands for and whether joint doers act on each other;
these live here so that each can import them without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Token

from timeline.codes import ActionCode
from timeline.extract.actors import TokenActor
from timeline.extract.arguments import ArgumentFinder, same_side
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.extract.cues import Cues


@dataclass(frozen=True)
class Frame:
    """One event found in a sentence, before dates, places and codes are attached."""

    trigger: Token
    action: ActionCode
    nominal: bool
    source: TokenActor | None
    target: TokenActor | None


def pronoun_object(
    dobj: Token,
    source: TokenActor,
    arguments: ArgumentFinder,
    memory: ArticleMemory,
    sentence_index: int,
) -> TokenActor | None:
    """'cut ties with Qatar, accusing it of ...', 'which accuses him of ...': an object
    pronoun stands for the actor named last before it, as a subject pronoun does, unless
    that is the doer itself."""
    cues = arguments.cues
    if dobj.lower_ not in cues.person_pronouns | cues.thing_pronouns:
        return None
    found = arguments.pronoun_subject(dobj, memory, sentence_index)
    if found is None or found.actor == source.actor or same_side(found, source):
        return None
    return found


def mutual(trigger: Token, action: ActionCode, cues: Cues) -> bool:
    """Whether joint doers do the deed to each other: any non-violent deed ('Kim and
    Putin met'), a violent one only when reciprocal ('fought', 'shot at each other')."""
    if action.cameo_root not in VIOLENT_ROOTS:
        return True
    if trigger.lemma_.lower() in cues.reciprocal_verbs:
        return True
    words = [t.lower_ for t in trigger.subtree]
    return any(pair in (("each", "other"), ("one", "another")) for pair in pairwise(words))
