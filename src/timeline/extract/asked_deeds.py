"""Deeds that a sentence only asks for: what a coded demand or appeal asks someone to do is
the demand's content, not a second event ('demanded that Russia withdraw its troops' tells of
a demand, not of a withdrawal)."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.cameo import DEMAND_ROOT
from timeline.extract.frame_parties import Frame
from timeline.extract.modality import clause_verb

# how an asked-for deed hangs from the asking word: "demanded that X withdraw" (ccomp),
# "urged X to withdraw" (xcomp), "a demand to release prisoners" (acl)
ASKED_CLAUSES = ("ccomp", "xcomp", "acl")


def without_asked_deeds(frames: list[Frame]) -> list[Frame]:
    """The frames less those whose deed another frame of the sentence demands (a demand that
    names both who demands and of whom, so that the demand itself is told), whatever its word:
    'demanded that', 'ordered X to', 'said X must'. An appeal ('urged X to support Y') is left
    alone: the plover gold codes an appeal by what it asks for."""
    asking = {f.trigger.i for f in frames if f.action.cameo_root == DEMAND_ROOT and _told(f)}
    return [f for f in frames if _asker(f.trigger, asking) is None]


def _told(frame: Frame) -> bool:
    source, target = frame.source, frame.target
    return source is not None and target is not None and source.actor != target.actor


def _asker(trigger: Token, asking: set[int]) -> Token | None:
    """The asking word (one that triggered a frame) whose clause is the trigger's clause;
    deeds joined to an asked one ('hand over bin Laden and close the camps') are asked too,
    but not a deed a further verb governs ('demanded that X stop selling arms': the selling
    is going on)."""
    current = clause_verb(trigger)
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ in ASKED_CLAUSES and current.head.i in asking and current.head.i != trigger.i:
        return current.head
    return None
