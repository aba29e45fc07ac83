"""Doers named in another clause: the subject of a reported, 'when', 'after' or asked clause.

Wire copy often names who acted outside the trigger's own clause: 'was wounded when a gunman
fired', 'a charge Tripoli denied', 'X did Y, the UN said, calling ...', 'an attack carried out
by X'. These functions read that clause's subject as the party.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.clause_parts import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    marked_clauses,
    participle_agent,
)

OBLIGATION = frozenset({"must", "should", "ought"})


def when_doer(verb: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """'was wounded when a gunman fired at him': a passive with no agent was done by the
    subject of the 'when' clause that tells how it happened."""
    return first_subject(marked_clauses(verb, ("when",), ("advmod", "mark")), actors, exclude)


def provoker(verb: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """'raised its military alert after North Korean artillery shelled the island': a show of
    force or a protest made after someone's deed is aimed at its doer."""
    later = (c for c in marked_clauses(verb, ("after",)) if c.i > verb.i)
    return first_subject(later, actors, exclude)


def first_subject(
    clauses: Iterable[Token], actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The actor subject of the first of `clauses` that has one."""
    for clause in clauses:
        found = subject_actor(clause, actors, exclude)
        if found is not None:
            return found
    return None


def reporting_speaker(clause: Token, actors: dict[int, TokenActor]) -> TokenActor | None:
    """'King Olaf of Norway was quoted as saying he would ...': 'he' in what a named speaker
    is reported to say is that speaker."""
    if clause.dep_ != "ccomp":
        return None
    governor = clause.head
    if governor.dep_ == "pcomp":  # "quoted as saying"
        governor = governor.head.head
    while governor.dep_ == "conj" and not any(
        c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) for c in governor.children
    ):
        governor = governor.head  # "X denied it but said he ...": the first verb's subject
    speaker = next((c for c in governor.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS)), None)
    if speaker is None or speaker.pos_ != "PROPN":
        return None
    return actor_in(speaker, actors, set())


def claimant(
    verb: Token,
    actors: dict[int, TokenActor],
    exclude: set[int],
    reporting_verbs: frozenset[str] = frozenset(),
) -> TokenActor | None:
    """Who made the claim a relative clause describes: the subject of the verb its noun hangs
    from ('Egypt accused Libya of ..., a charge Tripoli denied' gives Egypt), or of the verb
    reporting that verb's clause ('X shipped arms, the minister said, an accusation that X
    denies' gives the minister)."""
    if verb.dep_ != "relcl":
        return None
    governor = verb.head.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    reporters = [
        c
        for c in (*governor.children, governor.head)
        if c.lemma_.lower() in reporting_verbs
        and ((c.head.i == governor.i and c.dep_ in ("conj", "parataxis")) or c.i == governor.head.i)
        and c.i != governor.i
    ]
    for reporter in reporters:
        found = subject_actor(reporter, actors, exclude)
        if found is not None:
            return found
    return subject_actor(governor, actors, exclude)


def reported_doer(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The subject of the clause reported by the verb a participle hangs from ('X did Y, the UN
    said, calling ...' gives X)."""
    if verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    clauses = [c for c in verb.head.children if c.dep_ == "ccomp"]
    if verb.head.dep_ == "ccomp":
        clauses.append(verb.head)  # "the UN said X did Y, calling ...": parsed under Y's verb
    for clause in clauses:
        found = subject_actor(clause, actors, exclude)
        if found is not None:
            return found
    return None


def subject_actor(
    clause: Token,
    actors: dict[int, TokenActor],
    exclude: set[int],
    deps: tuple[str, ...] = SUBJECTS,
) -> TokenActor | None:
    """The actor at the clause's first subject (of `deps`), if there is one."""
    subject = next((c for c in clause.children if c.dep_ in deps), None)
    return actor_in(subject, actors, exclude) if subject is not None else None


def clause_subject(
    head: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The actor that is the subject of a clause hanging from `head` (a verb, or a noun such
    as 'demand'): what `head` asks of it."""
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "acl")]
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        # "reiterated its demand today that ...": the parse often hangs the clause on the verb
        clauses += [c for c in head.head.children if c.dep_ == "ccomp"]
    for clause in clauses:
        found = subject_actor(clause, actors, exclude, (*SUBJECTS, *PASSIVE_SUBJECTS))
        if found is not None:
            return found
    return None


def obliged_subject(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The actor a reported clause says must or should act ('... that China must drop ...')."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return actor_in(subject, actors, exclude)
    return None


def deed_doer(noun: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """'an investigation into crimes committed by Croat forces': a deed in the object, named
    with the one who did it, is done by that one, who is what the verb acts on."""
    queue = [noun]
    while queue:
        current = queue.pop(0)
        agent = participle_agent(current)
        found = actor_in(agent, actors, exclude) if agent is not None else None
        if found is not None:
            return found
        queue.extend(c for c in current.children if c.dep_ in ("dobj", "prep", "pobj"))
    return None
