"""Who a named actor is on a date: the term of office (or status) in force decides the code.

Kept apart from the matcher because the rule is about time, not text: the same name is a head
of government in one year and a former official in another, and an undated text names a person
for their office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline.codes import IGO, ActorCode
from timeline.normalise.actor_data import NamedEntry, Term

__all__ = ["FORMER_WORDS", "as_titled", "resolve_named", "term_on"]


def term_on(terms: Sequence[Term], on: dt.date | None) -> Term | None:
    """The term in force on `on` (the most recently started if several); open term if no date."""
    best: Term | None = None
    for t in terms:
        ok = t.end is None if on is None else t.start <= on and (t.end is None or on <= t.end)
        if ok and (best is None or t.start >= best.start):
            best = t
    return best


def active_term(terms: Sequence[Term], on: dt.date | None) -> Term | None:
    """The term in force on `on`; with no date, the open term, else the last one held: an
    undated text names a person for their office."""
    best = term_on(terms, on)
    if best is None and on is None and terms:
        best = max(terms, key=lambda t: t.start)
    return best


FORMER_WORDS = frozenset({"former", "ex", "late", "then"})


def as_titled(entry: NamedEntry, role: str, former: bool) -> ActorCode | None:
    """With no date to place the text, 'President Omar al-Bashir' says he held the office: the
    term with the title's role gives his code ('former President ...' does not)."""
    if former:
        return None
    # an international organisation's officials hold GOV titles in an IGO-role term
    fits = {role, IGO} if role == "GOV" else {role}
    term = next((t for t in reversed(entry.terms) if t.role in fits), None)
    if term is None:
        return None
    return ActorCode(entry.name, term.country or entry.country, term.role, entry.kind)


def resolve_named(entry: NamedEntry, on: dt.date | None) -> ActorCode:
    """A named entry's code on `on`. With no date a person is named for their office, but a
    group whose status changed later (a rebel movement that became a party or a government)
    keeps the role it is known by: an undated story is as likely told before the change."""
    term = active_term(entry.terms, on) if on is not None or entry.kind == "person" else None
    if term is not None:
        return ActorCode(entry.name, term.country or entry.country, term.role, entry.kind)
    return ActorCode(entry.name, entry.country, entry.role, entry.kind)
