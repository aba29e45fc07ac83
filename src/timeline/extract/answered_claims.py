"""'Israel accused Iran of the attack. Tehran rejected the charge.': whom a denial answers.

A 'the charge' or 'the accusation' with no maker in its own sentence is the one the story
told last between the denier and another party: the denial is aimed at that other party.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.codes import ActionCode
from timeline.extract.actors import TokenActor
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import DENIAL_CODE, REJECT_ROOT


def remembered_claim_maker(
    claim: Token | None,
    action: ActionCode,
    source: TokenActor,
    memory: ArticleMemory,
    sentence_index: int,
    claim_nouns: frozenset[str],
) -> TokenActor | None:
    """The other party of the denier's latest event before this sentence, for a denial or
    rejection of a bare definite claim noun ('rejected the charge')."""
    if claim is None or claim.lemma_.lower() not in claim_nouns:
        return None
    if action.cameo_code != DENIAL_CODE and action.cameo_root != REJECT_ROOT:
        return None
    if any(c.dep_ not in ("det", "amod") for c in claim.children):
        return None  # "the charge of genocide by X", "the U.S. claim": told in its phrase
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in claim.children):
        return None
    maker = memory.other_party(source.actor, before=(sentence_index, claim.i))
    if maker is None:
        return None
    return TokenActor(
        claim.left_edge.i,
        claim.i + 1,
        claim.doc[claim.left_edge.i : claim.i + 1].text,
        maker,
        False,
        claim.left_edge.idx,
        claim.idx + len(claim.text),
    )
