"""Dates an event borrows from a phrase linked to it rather than from its own clause: the
episode it took place at ('agreed at talks held on Monday'), a deed its object was doing at
the time ('stopped a ship carrying arms on Sunday'), or the claim it reacts to ('a charge
Baku rejected' is at the time the charge was told)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from timeline.extract.clause_time import OTHER_TIME
from timeline.extract.modality import NOUN_CLAUSES, clause_verb
from timeline.extract.spans import first_conjunct

DatesOf = Callable[[Token], list[Span]]

# prepositions that place an event within an episode: 'at talks', 'in a slaughter', 'during'
EPISODE_PREPOSITIONS = frozenset({"at", "in", "during", "amid"})
# place entities are where, not when: 'in a town that rebels seized in 2014' dates the seizure
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
_VERBS = ("VERB", "AUX")
_SUBJECTS = ("nsubj", "nsubjpass")


def episode_dates(trigger: Token, dates_of: DatesOf, site_nouns: frozenset[str]) -> list[Span]:
    """'agreed to a ceasefire at talks hosted by Malaysia on Monday', 'killed thousands in a
    slaughter that began in April 1994': an event inside an episode that a clause dates is
    at the episode's date (not a place: 'in the town rebels seized in 2014')."""
    found: list[Span] = []
    for noun in _phrase_nouns(trigger):
        preposition = noun.head
        if preposition.lower_ not in EPISODE_PREPOSITIONS or not _episode(noun, site_nouns):
            continue
        for clause in noun.children:
            if clause.dep_ in NOUN_CLAUSES and not _other_time(clause):
                found += dates_of(clause)
    return found


def _phrase_nouns(trigger: Token) -> list[Token]:
    """The objects of the prepositions in the trigger's phrase, through nouns but not verbs:
    'agreed to a ceasefire at talks' gives 'ceasefire' and 'talks'; a noun event shares its
    verb's ('agreed to a truce at talks': the truce is at the talks too)."""
    found: list[Token] = []
    pending = list(dict.fromkeys([trigger, clause_verb(trigger)]))
    while pending:
        word = pending.pop(0)
        for prep in (c for c in word.children if c.dep_ == "prep"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                found.append(noun)
                pending.append(noun)
    return found


def _episode(noun: Token, site_nouns: frozenset[str]) -> bool:
    """A common noun that names no place: 'talks', 'a slaughter', not 'the town', 'a base'."""
    if noun.ent_type_ in _PLACE_LABELS or noun.lemma_.lower() in site_nouns:
        return False
    return noun.pos_ == "NOUN"


def _other_time(clause: Token) -> bool:
    """'the talks that followed the war', 'since': a clause setting another time."""
    return any(c.lower_ in OTHER_TIME for c in clause.subtree)


def object_doing_dates(trigger: Token, dates_of: DatesOf) -> list[Span]:
    """'turned back two planes carrying migrants on Sunday': what the verb's object was doing
    (a present participle describing it) was going on when the verb acted on it."""
    verb = clause_verb(trigger)
    if verb.pos_ not in _VERBS:
        return []
    found: list[Span] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in obj.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBG" and not _other_time(clause):
                found += dates_of(clause)
    return found


def claim_reaction_dates(
    trigger: Token, dates_of: DatesOf, claim_nouns: frozenset[str]
) -> list[Span]:
    """'said on Tuesday that troops had shelled towns, a charge Baku rejected while accusing
    Armenia': a reaction told of a claim noun that sums up what came before is at the time
    the claim was told, the date of the nearest verb before the noun that has one."""
    clause = clause_verb(trigger)
    while clause.dep_ in ("advcl", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    claim = _claim_of(clause, claim_nouns)
    if claim is None:
        return []
    for verb in reversed(claim.doc[claim.sent.start : claim.i]):
        if verb.pos_ in _VERBS and (found := dates_of(verb)):
            return found
    return []


def _claim_of(clause: Token, claim_nouns: frozenset[str]) -> Token | None:
    """The claim noun a clause tells a reaction to, set before the clause: 'a claim (that)
    Tehran denied' (the parser may make it the clause's fronted object, or part of its
    subject: 'a charge Baku' + 'rejected')."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None or any(c.dep_ == "dobj" and c.i > clause.i for c in clause.children):
        return None  # "the claim Iran shipped missiles" tells the claim, not a reaction
    nouns = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
    if clause.dep_ == "relcl":
        nouns.append(clause.head)
    nouns += [c for c in clause.children if c.dep_ == "dobj" and c.i < subject.i]
    return next((n for n in nouns if n.lemma_.lower() in claim_nouns and n.i < clause.i), None)


def accused_deed_dates(
    trigger: Token, dates_of: DatesOf, alleged_verbs: frozenset[str]
) -> list[Span]:
    """'accused Russia on Friday of a cyberattack last year', 'accused the army on Thursday
    of executing villagers in February': when the accusation has a date of its own before
    the deed, a date of its clause after the deed is the deed's."""
    accuser = next((a for a in trigger.ancestors if a.pos_ in _VERBS), None)
    if accuser is None or accuser.lemma_.lower() not in alleged_verbs:
        return []
    if accuser.i > trigger.i:
        return []
    dates = dates_of(accuser)
    before = [e for e in dates if e.end <= trigger.i]
    after = [e for e in dates if e.start > trigger.i]
    return after if before else []


_LASTING = frozenset({"for", "since"})


def earlier_relative(trigger: Token) -> bool:
    """'the tariffs he had threatened' (past perfect), 'gangs that have blockaded the port for
    weeks' (present perfect lasting up to now): a relative clause set before the story's time
    or lasting through it, not an event of the story's day."""
    clause = first_conjunct(clause_verb(trigger))
    if clause.dep_ != "relcl" or clause.tag_ != "VBN":
        return False
    have = [c for c in clause.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if any(c.tag_ == "VBD" for c in have):
        return True
    lasting = any(c.dep_ == "prep" and c.lower_ in _LASTING for c in clause.children)
    return lasting and any(c.tag_ in ("VBZ", "VBP") for c in have)
