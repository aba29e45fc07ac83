"""What a finding about a deed is: 'a massacre that two UN courts have ruled was genocide', 'a
crackdown which UN investigators later said had been carried out with genocidal intent'.

A finding told in a relative clause on a deed's noun charges whoever did that deed (the doer of
the frame the noun belongs to), not the relative pronoun its clause has for a subject. Its kind
is read from the charge and the verb: a court's ruling or a guilty verdict (116), a charge of
genocide or atrocities (1124), any other wrong (112).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from timeline.extract.actors import TokenActor
from timeline.extract.cameo import DEED_ROOTS, FINDING_CODE, VERDICT_CODE
from timeline.extract.clause_parts import PASSIVE_SUBJECTS, SUBJECTS
from timeline.extract.cues import Cues
from timeline.extract.frame_parties import Frame

WAR_CRIME_CODE = "1124"  # accuse of war crimes: genocide, atrocities
RELATIVE_TAGS = ("WDT", "WP")  # "which", "that", "who" as a clause's subject
# how a deed's noun hangs from the verb whose frame tells the deed: "launched a crackdown",
# "killed 8,000 men at Srebrenica, a massacre ..." (which the parse may make the subject of a
# clause joined to the killing)
DEED_NOUN_LINKS = ("dobj", "pobj", "prep", "appos", "nsubj", "conj")
CUT_OFF = ("advcl", "conj")  # a relative clause the parse hung on the verb before it


def reported_clauses(verb: Token) -> Iterator[tuple[Token, Token | None]]:
    """Each clause a finding or a report says, with the deed it is about when it is told as
    a relative clause on that deed ('a crackdown which investigators said had been carried
    out ...'), else None: what the clause's own subject did."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for clause in clauses:
        subject = next(
            (c for c in clause.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS)), None
        )
        if subject is None or subject.tag_ not in RELATIVE_TAGS:
            yield clause, None
        elif verb.dep_ == "relcl":
            yield clause, verb.head  # "a massacre that courts said was ..."
        elif verb.dep_ in CUT_OFF:
            # "launched a crackdown, which investigators said ...": the parse hangs the
            # relative clause on the verb that tells the deed
            yield clause, verb.head
    noun = verb.head
    if not clauses and verb.dep_ == "relcl" and noun.dep_ in SUBJECTS and noun.head.i > verb.i:
        # "a massacre that two courts have ruled was genocide": the parse makes the deed the
        # subject of what the finding says
        yield noun.head, noun


def described_deed_doer(noun: Token, found: list[Frame]) -> TokenActor | None:
    """Who did the deed a noun (or verb) names: the doer of its own frame, or of the frame of
    the verb it is the object of or is set beside ('launched a crackdown', '..., a massacre')."""
    current = noun
    while True:
        frame = next(
            (
                f
                for f in found
                if f.trigger.i == current.i
                and f.action.cameo_root in DEED_ROOTS
                and f.source is not None
            ),
            None,
        )
        if frame is not None:
            return frame.source
        if current.dep_ not in DEED_NOUN_LINKS or current.head.i == current.i:
            return None
        current = current.head


def inquiring(verb: Token, cues: Cues) -> bool:
    """'The UN Commission of Inquiry said that Russian forces had used torture': a report by
    a body set up to find out (investigators, an inquiry, a tribunal) is its finding, and a
    deed it reports charges the doer as a finding would."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and any(
        t.lemma_.lower() in cues.inquiry_nouns for t in subject.subtree
    )


def war_crime_in(clause: Token, cues: Cues) -> str | None:
    """A word anywhere in a clause about a deed that names it a war crime ('carried out with
    genocidal intent')."""
    return next(
        (t.lemma_.lower() for t in clause.subtree if t.lemma_.lower() in cues.war_crime_words),
        None,
    )


def finding_code(verb: Token, clause: Token, charge: str, cues: Cues) -> str:
    """A ruling or a verdict of guilt (116), a charge of war crimes (1124: 'found that the
    army had committed genocide'), else an accusation (112)."""
    if charge in cues.verdict_words or verb.lemma_.lower() in cues.verdict_verbs:
        return VERDICT_CODE
    if war_crime_in(clause, cues) is not None:
        return WAR_CRIME_CODE
    return FINDING_CODE
