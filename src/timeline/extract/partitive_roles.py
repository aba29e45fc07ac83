"""Counted people told apart by a partitive: '59 people, most of them police officers'.

A toll names its victims first by a bare count ('people', a civilian word) and then says who
most of them were. The second phrase is the better coding: the counted people take its role
(and its country, when it names one).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from timeline.codes import ActorCode

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor

# quantifiers that pick the bulk of a counted group ('most of them', 'nearly all of them')
_BULK_WORDS = frozenset({"most", "many", "all", "mostly"})
_LEAD_WORDS = frozenset({"nearly", "almost"})


def _partitive_end(doc: Doc, start: int) -> int | None:
    """Index after ', most of them' starting at token `start`, or None."""
    i = start
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in _LEAD_WORDS:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _BULK_WORDS:
        return None
    i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ == "them":
        return i + 2
    return None


def refine_counted(doc: Doc, found: list[TokenActor], counted_role: str) -> list[TokenActor]:
    """Give actors of `counted_role` followed by ', most of them X' the role of actor X."""
    by_start = {f.start: f for f in found}
    out: list[TokenActor] = []
    for f in found:
        end = _partitive_end(doc, f.end) if f.actor.role == counted_role else None
        named = by_start.get(end) if end is not None else None
        if named is not None and named.actor.role not in (None, counted_role):
            country = named.actor.country or f.actor.country
            actor = ActorCode(f.actor.name, country, named.actor.role, f.actor.kind)
            f = replace(f, actor=actor)
        out.append(f)
    return out
