"""Modality and tense of an event trigger, read from the dependency parse and cue words."""

from __future__ import annotations

from enum import StrEnum

from spacy.tokens import Span, Token

from timeline.extract.cues import Cues
from timeline.models import Modality

NOUN_CLAUSES = frozenset({"acl", "relcl"})
CONTENT_CLAUSES = ("acl", "ccomp")  # "the allegation that ...", as the parse hangs it
CLAUSE_LINKS = frozenset(
    {"ccomp", "xcomp", "conj", "advcl", "csubj", "pcomp", "pobj", "prep", "dobj"}
)


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


DOER_ENTITIES = ("NORP", "GPE", "ORG", "PERSON")  # a name before a noun that may be its doer


def governing_verbs(trigger: Token, through_noun_clauses: bool = True) -> list[Token]:
    """The verbs the trigger's clause hangs from, nearest first; without
    `through_noun_clauses`, stop at a clause that describes a noun ('a report that accused')."""
    links = CLAUSE_LINKS | NOUN_CLAUSES if through_noun_clauses else CLAUSE_LINKS
    chain: list[Token] = []
    current = trigger
    while current.head.i != current.i and current.dep_ in links:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            chain.append(current)
    return chain


def _claiming_verbs(verb: Token) -> list[Token]:
    """The verbs a clause hangs from, through a clause that describes a deed ('accused X of the
    attack that killed five': the killing is claimed too) but not one that describes a party
    ('blamed the rebels, who denied any part': what is said of the one blamed is no claim)."""
    chain: list[Token] = []
    current = verb
    while current.head.i != current.i and current.dep_ in CLAUSE_LINKS | NOUN_CLAUSES:
        if current.dep_ in NOUN_CLAUSES and _describes_party(current):
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            chain.append(current)
    return chain


def _describes_party(clause: Token) -> bool:
    """True when a relative clause describes a person or named party rather than a thing."""
    noun = clause.head
    return (
        noun.pos_ in ("PROPN", "PRON")
        or noun.ent_type_ in DOER_ENTITIES
        or any(c.tag_ in ("WP", "WP$") for c in clause.children)
    )


def content_clause(noun: Token) -> Token | None:
    """The 'that' clause a noun states ('the allegation that troops shelled ...'), not a
    relative clause about the noun ('the allegation that Hamas denied'), whose 'that' is a
    pronoun rather than a conjunction."""
    for clause in noun.children:
        if (
            clause.dep_ in CONTENT_CLAUSES
            and clause.i > noun.i
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        ):
            return clause
    return None


def _alleged_by_noun(verb: Token, allegation_nouns: frozenset[str]) -> bool:
    """'Kyiv's allegation that Russian troops shelled the plant': what an allegation states
    is alleged, down through the clauses joined to it."""
    current = verb
    while current.head.i != current.i and current.dep_ in CLAUSE_LINKS | NOUN_CLAUSES:
        noun = current.head
        if noun.lemma_.lower() in allegation_nouns and content_clause(noun) == current:
            return True
        current = noun
    return False


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause a (possibly nominal) trigger belongs to."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    current = trigger
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return trigger


def denied(trigger: Token, negation_verbs: frozenset[str]) -> bool:
    """True when a denial governs the trigger's clause: 'denied sending troops'. Not
    the deeds a denied report describes ('dismissed a report that accused Russia'), nor a
    clause coordinated with the denial ('denied X, but said he took responsibility'), nor a
    clause the parser hung under a denial that has its own object ('...; the army denied the
    charge')."""
    current = clause_verb(trigger)
    while current.head.i != current.i and current.dep_ in CLAUSE_LINKS:
        coordinated = current.dep_ == "conj"
        child, current = current, current.head
        if (
            not coordinated
            and current.lemma_.lower() in negation_verbs
            and not _denies_own_object(current, child)
        ):
            return True
    return False


def _denies_own_object(verb: Token, clause: Token) -> bool:
    """True when a denial's object is a noun and the clause under it is a complement: one verb
    does not deny both a noun and a clause, so the clause is a misparsed neighbour."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children
    )


def modality_of(trigger: Token, sent: Span, cues: Cues) -> Modality:
    """Negated, hypothetical, planned, alleged or asserted, in that order of precedence."""
    verb = clause_verb(trigger)
    own = [trigger, verb] if verb.i != trigger.i else [trigger]
    chain = governing_verbs(verb)
    children = [child for token in own for child in token.children]
    lemmas_above = {v.lemma_.lower() for v in chain}

    if (
        any(c.dep_ == "neg" for c in children)
        or denied(trigger, cues.negation_verbs)
        or _passed_over(verb)
        or (trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in cues.lapse_verbs)
    ):
        return Modality.NEGATED
    if any(c.dep_ == "neg" for v in chain[:1] for c in v.children) and verb.dep_ == "xcomp":
        return Modality.NEGATED
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp":
        # "could try to seize the port": the attempt's modal bears on what is attempted
        aux |= {c.lower_ for v in chain[:1] for c in v.children if c.dep_ == "aux"}
    copula = _copula_of_readiness(verb)
    if copula is not None:
        aux |= {c.lower_ for c in copula.children if c.dep_ == "aux"}
    marks = {c.lower_ for v in [verb, *chain[:1]] for c in v.children if c.dep_ == "mark"}
    conditional = bool(marks & cues.hypothetical_marks)
    told = copula if copula is not None else verb
    reported = told.dep_ == "ccomp" and told.head.lemma_.lower() in cues.reporting_verbs
    if "would" in aux and reported and not conditional:
        return Modality.PLANNED  # "said it would send": the future seen from the past
    if aux & cues.hypothetical_auxiliaries or conditional:
        return Modality.HYPOTHETICAL
    if any(c.dep_ == "amod" and c.lower_ in cues.hypothetical_modifiers for c in trigger.children):
        return Modality.HYPOTHETICAL  # "against a possible invasion": foreseen, not done
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in cues.irrealis_verbs:
        return Modality.HYPOTHETICAL  # "demanded that Russia withdraw": asked for, not done
    if (
        verb.i != trigger.i
        and verb.lemma_.lower() in cues.weighing_verbs
        and not _doer_named(trigger)
    ) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.weighing_verbs):
        return Modality.HYPOTHETICAL  # "was considering sanctions": an option, not done
    if (
        aux & cues.planned_auxiliaries
        or _going_to(verb)
        or (verb.dep_ == "xcomp" and lemmas_above & cues.planned_verbs)
        or (_purpose(verb) and lemmas_above & cues.planned_verbs)
        or _noun_infinitive(verb)
        or _planned_for(trigger, cues.planning_nouns)
    ):
        return Modality.PLANNED
    adverbs = {c.lower_ for t in [*own, *chain] for c in t.children if c.dep_ == "advmod"}
    # "blamed the rebels, who denied any part": what a relative clause says of the one blamed is
    # not part of the blame
    claimed_by = {v.lemma_.lower() for v in _claiming_verbs(verb)}
    if (
        adverbs & cues.alleged_adverbs
        or claimed_by & cues.alleged_verbs
        or _alleged_by_noun(verb, cues.allegation_nouns)
    ):
        return Modality.ALLEGED
    # "..., an accusation Hamas denied": the accusation is made and the denial too
    claiming = cues.negation_verbs | cues.alleged_verbs | cues.allegation_nouns
    if cues.alleged_pattern.search(sent.text) and trigger.lemma_.lower() not in claiming:
        # "..., an accusation Hamas denied": what is claimed; the claim and denial are asserted
        return Modality.ALLEGED
    return Modality.ASSERTED


def _copula_of_readiness(verb: Token) -> Token | None:
    """'could be ready to invade', 'would be able to strike': the verb whose auxiliaries bear
    on an infinitive hung from a predicate adjective (the parse stops the clause chain there)."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    return adjective.head if adjective.head.pos_ in ("VERB", "AUX") else None


def _doer_named(noun: Token) -> bool:
    """'considered the Peruvian proposal', 'weighed Iran's offer': a deed whose doer its own
    phrase names was done by that doer; only the answer to it is weighed."""
    return any(c.dep_ == "poss" or c.ent_type_ in DOER_ENTITIES for c in noun.lefts)


def _purpose(verb: Token) -> bool:
    """'plans to travel to Moscow to meet Putin': an infinitive of purpose, as intended as the
    plan it serves."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def aim_of_deed(verb: Token, speech_verbs: frozenset[str]) -> bool:
    """'sent troops to defend Ukraine', 'use all means to help defend it': an infinitive a
    deed is done for names that deed's aim, not an act of its own. Not when the verb above is
    speech ('vowed to defend', 'urged NATO to defend')."""
    current = verb
    while current.dep_ == "xcomp" and not _to_infinitive(current):
        current = current.head  # "help defend": the aim is helping
    if not _to_infinitive(current) or current.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    head = current.head
    return head.pos_ == "VERB" and head.lemma_.lower() not in speech_verbs


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _passed_over(verb: Token) -> bool:
    """'withdrew rather than fight', 'instead of sending troops': the course not taken."""
    head = verb.head
    if verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "than" and c.i < verb.i
        for c in [*head.children, *verb.children]
    ):
        return True
    return verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "instead"


def _planned_for(trigger: Token, planning_nouns: frozenset[str]) -> bool:
    """'preparations began for a summit', 'plans for talks': the event a plan is for."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for":
        return False
    holder = prep.head
    nouns = [holder, *(c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(n.lemma_.lower() in planning_nouns for n in nouns)


def _noun_infinitive(verb: Token) -> bool:
    """'an agreement to assist each other', 'a plan to annex': what a noun's infinitive names
    is intended, not done."""
    return verb.dep_ == "acl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _going_to(verb: Token) -> bool:
    """'is going to visit': the future with 'going to'."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ == "going"
        and any(c.lower_ in ("is", "are", "am", "was", "were", "'s", "'re") for c in head.children)
    )


def tense_of(trigger: Token, modality: Modality, cues: Cues) -> Tense:
    """Past, present or future, from the tag of the clause verb and its auxiliaries; 'will not
    deliver' is as future as 'will deliver'."""
    if modality is Modality.PLANNED:
        return Tense.FUTURE
    verb = clause_verb(trigger)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in cues.planned_auxiliaries for a in aux):
        return Tense.FUTURE
    if verb.tag_ == "VBD":
        return Tense.PAST
    if any(a.tag_ == "VBD" for a in aux) or (
        verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)
    ):
        return Tense.PAST
    return Tense.PRESENT
