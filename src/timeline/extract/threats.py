"""Whom a threat is aimed at: who must meet its condition, or who is told they will suffer.

'threatened to quit the talks unless X withdraws' is aimed at X; 'China could face
consequences, Blinken told Wang Yi' at China, delivered to Wang Yi; 'warned that the army
would break up any march by the Green Party' at the party. These rules read a threat's
condition, its penalty and its warned clause.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.clause_doers import first_subject
from timeline.extract.clause_parts import SUBJECTS, marked_clauses, prep_objects
from timeline.extract.cues import Cues
from timeline.extract.spans import is_infinitive


@cache
def penalty_nouns(suffering_phrases: frozenset[str]) -> frozenset[str]:
    """'face consequences' -> 'consequences': the nouns a reported answer may threaten with
    (derived once per set of phrases, not on every check)."""
    return frozenset(p.split()[-1] for p in suffering_phrases)


def threatened(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int], cues: Cues
) -> TokenActor | None:
    """'threatened to quit the talks unless X withdraws': a threat is aimed at whoever must
    meet its condition, the subject of an 'if' or 'unless' clause on the threat or on what
    is threatened."""
    current = verb
    for _ in range(3):
        # "threatened to open the gates and send refugees if X ...": a verb joined to the
        # threatened deed carries the condition as well
        joined = [current, *(c for c in current.children if c.dep_ == "conj")]
        conditions = (c for v in joined for c in marked_clauses(v, cues.condition_marks))
        found = first_subject(conditions, actors, exclude)
        if found is not None:
            return found
        # the threatened deed: "to close the border" (an infinitive the parse may hang as
        # an adverbial clause)
        complement = next(
            (
                c
                for c in current.children
                if c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c))
            ),
            None,
        )
        if complement is None:
            break
        current = complement
    return None


def threatened_subject(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int], cues: Cues
) -> TokenActor | None:
    """The actor a reported clause says will face consequences or pay a price."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i:
        clauses.append(verb.head)  # "Peru could face consequences, the minister said"
    for clause in clauses:
        verb_lemma = clause.lemma_.lower()
        conditional = _conditional_penalty(clause, actors, exclude, cues)
        if conditional is not None:
            return _told_for(verb, conditional, actors, exclude)
        if not any(
            c.dep_ == "dobj" and f"{verb_lemma} {c.lemma_.lower()}" in cues.suffering_phrases
            for c in clause.children
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return _told_for(verb, actor_in(subject, actors, exclude), actors, exclude)
    return None


def _conditional_penalty(
    clause: Token, actors: dict[int, TokenActor], exclude: set[int], cues: Cues
) -> TokenActor | None:
    """'the United States would respond with catastrophic consequences if Russia used ...':
    a reported answer of consequences or retaliation, on a condition, threatens whoever
    must meet the condition (the subject of its 'if' or 'unless' clause)."""
    with_objects = prep_objects(clause, ("with",))
    penalties = penalty_nouns(cues.suffering_phrases)
    if not any(p.lemma_.lower() in penalties for p in with_objects):
        return None
    conditions = marked_clauses(clause, cues.condition_marks)
    return first_subject(conditions, actors, exclude)


def _told_for(
    verb: Token, warned: TokenActor | None, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """'China could face consequences, Blinken told Chinese diplomat Wang Yi': the one told,
    of the threatened one's country, is whom the warning is delivered to and speaks for it."""
    if warned is None:
        return None
    for told in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        found = actor_in(told, actors, exclude)
        if found is not None and found.actor.country == warned.actor.country:
            return found
    return warned


def threatened_object(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """'warned that the army would break up any march by the Green Party': a warning of what
    will be done is aimed at whom that is done to, the warned clause's object."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        found = actor_in(obj, actors, exclude) if obj is not None else None
        if found is not None:
            return found
    return None
