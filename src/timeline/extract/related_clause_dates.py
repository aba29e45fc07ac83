"""Dates an event takes from the clauses around its own, when its own gives none.

The clause it hangs from and shares its time with ('broke through on Saturday and attacked
...'), a verb coordinated after it, the clauses hanging from it at its time ('when the two met
on Wednesday'), the earlier deed it follows ('after seizing the city in May 2015') and the
statement of an intent or threat. Which of these `dating` takes, and in which order, is decided
there; this module only walks the parse to each one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.extract.clause_time import OTHER_TIME, other_time
from timeline.extract.date_expressions import YEAR, dates_by_distance
from timeline.extract.dating_links import object_doing_dates
from timeline.extract.modality import clause_verb
from timeline.extract.spans import is_infinitive
from timeline.extract.time_offsets import clause_offset

SHARED_TIME = ("conj", "advcl", "xcomp")


def _same_time_parent(clause: Token, deps: tuple[str, ...]) -> Token | None:
    """The clause that `clause` hangs from by `deps`, or through a preposition other than
    'after', 'before' ... ('completed the exchange on Thursday, with Moscow freeing ...')."""
    if clause.head.i == clause.i:
        return None
    if _set_off(clause):
        # "eased sanctions on Friday after the two sides agreed": a clause set before or
        # after another, by no measure, is not at the other's time
        return None
    if clause.dep_ in deps:
        return clause.head
    prep = clause.head
    if (
        clause.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and (prep.lower_ not in OTHER_TIME or _own_next_step(clause, prep))
        and prep.head.pos_ in ("VERB", "AUX")
    ):
        return prep.head
    return None


def _own_next_step(clause: Token, prep: Token) -> bool:
    """'said on Wednesday he was opening an inquiry, after signing a deal with Maduro': a
    subject's own deed right before the next, told as a bare gerund, is at the same time."""
    return (
        prep.lower_ in _AFTER
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def governing_dates(trigger: Token, sent: Span, deps: tuple[str, ...]) -> list[Span]:
    """Dates of the clauses this one hangs from by `deps`, nearest clause first: coordinated
    and subordinate clauses share their time ('broke through on Saturday and attacked ...')."""
    found: list[Span] = []
    clause: Token | None = clause_verb(trigger)
    while clause is not None and (clause := _same_time_parent(clause, deps)) is not None:
        found += dates_by_distance(clause, sent) or object_doing_dates(
            clause, lambda token: dates_by_distance(token, sent)
        )
        if _modal(clause):
            # "said on Monday that Chile could cut ties over its deal to normalise them": what
            # hangs from a clause that may or will happen is not at the time of the saying
            break
    return found


def _modal(clause: Token) -> bool:
    """'could suspend', 'will send': a clause with a modal auxiliary, not (yet) a deed."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def conjoined_dates(trigger: Token, sent: Span) -> list[Span]:
    """Dates of a verb coordinated after this one's: 'struck the site and killed commanders
    early on Friday' gives both deeds the day the sentence ends on."""
    clause = clause_verb(trigger)
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    found: list[Span] = []
    for verb in clause.children:
        if verb.dep_ != "conj" or verb.tag_ != clause.tag_ or clause.tag_ != "VBD":
            continue  # "has massed troops and could launch an offensive early next year"
        found += [e for e in dates_by_distance(verb, sent) if e.start > verb.i]
    return found


def statement_dates(trigger: Token, sent: Span) -> list[Span]:
    """Dates of the nearest verb above the trigger that has any: the statement of an intent
    (not above a clause set before or after it: 'eased sanctions on Friday after the two
    sides agreed to cooperate')."""
    below = trigger
    for ancestor in trigger.ancestors:
        if _set_off(below):
            return []
        if ancestor.pos_ in ("VERB", "AUX") and (found := dates_by_distance(ancestor, sent)):
            return found
        below = ancestor
    return []


def _set_off(clause: Token) -> bool:
    """A clause set before or after the one it hangs from by no measure ('after they met'),
    by its marker: 'when he visited Cairo shortly after the revolt' is at the time above.
    Narrower than clause_time.set_apart, which also takes an 'after' phrase of the clause and
    relative clauses: a date of 'sent troops following a coup' still dates the clause."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME for c in clause.children)
        and clause_offset(clause) is None
    )


_AFTER = frozenset({"after", "following"})


def after_dates(trigger: Token, sent: Span) -> list[Span]:
    """Dates with a year of a clause this one, or a verb coordinated with it, follows: 'after
    seizing the city in May 2015', 'killed and looted after the rebels took it in 2012'."""
    clause = clause_verb(trigger)
    coordinated = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    if clause.dep_ == "conj":
        coordinated.append(clause.head)
    found: list[Span] = []
    for child in (c for verb in coordinated for c in verb.children):
        if child.dep_ == "prep" and child.lower_ in _AFTER:
            verbs = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
        elif child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _AFTER for c in child.children
        ):
            verbs = [child]
        else:
            continue
        for verb in verbs:
            found += [e for e in dates_by_distance(verb, sent) if YEAR.search(e.text)]
    return found


def subordinate_dates(trigger: Token, sent: Span, infinitives: bool = False) -> list[Span]:
    """Dates of the clauses that hang from this one and happen at its time, nearest first:
    'urged Li to lift the ban when the two met on Wednesday', 'accused the army of killing
    hundreds on Wednesday'. Not 'after', 'before' ... clauses, nor relative clauses (another
    event); infinitives (a purpose or a plan is later) only with `infinitives`."""
    found: list[Span] = []
    pending = [clause_verb(trigger)]
    while pending:
        clause = pending.pop(0)
        for child in clause.children:
            infinitive = child.dep_ in ("advcl", "xcomp") and is_infinitive(child)
            if (infinitive and infinitives) or (
                child.dep_ == "advcl" and not infinitive and not other_time(child)
            ):
                below = [child]
            elif child.dep_ == "prep" and child.lower_ not in OTHER_TIME:
                below = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
            else:
                continue
            for verb in below:
                found += dates_by_distance(verb, sent)
                pending.append(verb)
    return found
