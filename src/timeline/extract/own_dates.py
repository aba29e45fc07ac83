"""Which of a sentence's dates are an event's own where the parse alone does not tell.

A noun event's own phrase ('his visit to Moscow last week'), a clause describing it or the
noun it is told of ('the summit that opened on Saturday'), a day stranded at the end of a
description of the deed's object ('migrants who live there without papers on Wednesday'),
and the dates between a saying and what it reports, which belong to one or the other
whatever the parse attached them to. `dating` asks these before it turns to other clauses.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.extract.cameo import VISIT_ROOT
from timeline.extract.clause_time import OTHER_TIME
from timeline.extract.date_expressions import NAMED_DAY, dates_by_distance, sentence_dates
from timeline.extract.frames import Frame
from timeline.extract.modality import NOUN_CLAUSES, clause_verb
from timeline.extract.spans import first_conjunct
from timeline.extract.time_offsets import story_offset


def right_after(ent: Span, noun: Token) -> bool:
    """The date's preposition comes right after the noun's phrase: it may hang from either."""
    edge = noun.right_edge.i
    return ent.start == edge + 2 and ent.doc[edge + 1].dep_ == "prep"


def under(ent: Span, token: Token) -> bool:
    """The date hangs from `token` with no verb between: it is in the phrase `token` heads."""
    for ancestor in ent.root.ancestors:
        if ancestor == token:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def noun_first(noun: Token, found: list[Span]) -> list[Span]:
    """'criticised on Tuesday for his visit to Moscow last week': a noun event's own date
    before its clause's."""
    return sorted(found, key=lambda ent: not under(ent, noun))


def described_dates(frame: Frame, sent: Span) -> list[Span]:
    """'the summit that opened on Saturday': a noun event is dated by a clause describing it;
    'his visit last week, where he met Putin', 'the April attack on the town, which killed 80':
    a clause describing a noun by the date of the noun's phrase; 'placed them under state
    control on Sunday, in effect seizing them': a participle on a noun by the verb above."""
    if frame.nominal:
        return _dates_of_describing_clauses(frame.trigger, sent)
    if frame.action.cameo_root == VISIT_ROOT:
        # "did not attend the summit that opened on Friday", "travelled to the talks that
        # began on Monday": going to a gathering is at the time a relative clause gives it
        # (a participle describes a place visited: "the city destroyed in 1945")
        gatherings = [
            noun
            for child in frame.trigger.children
            for noun in ([child] if child.dep_ == "dobj" else [])
            + ([g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [])
        ]
        opened = [c for g in gatherings for c in g.children if c.dep_ == "relcl"]
        if found := [ent for c in opened for ent in dates_by_distance(c, sent)]:
            return found
    clause = first_conjunct(clause_verb(frame.trigger))
    if clause.dep_ not in NOUN_CLAUSES:
        return []
    dates = sentence_dates(sent)
    token = clause.head
    apart = False  # "after days of clashes with students protesting": not the verb's time
    while token.pos_ not in ("VERB", "AUX"):
        if found := [ent for ent in dates if under(ent, token)]:
            return found
        if token.head.i == token.i:
            return []
        apart = apart or (token.dep_ == "prep" and token.lower_ in OTHER_TIME)
        token = token.head
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and not apart:
        return dates_by_distance(token, sent)
    return []


def _dates_of_describing_clauses(noun: Token, sent: Span) -> list[Span]:
    """Dates of the clauses describing a noun ('the summit that opened on Saturday')."""
    clauses = [c for c in noun.children if c.dep_ in NOUN_CLAUSES]
    return [ent for clause in clauses for ent in dates_by_distance(clause, sent)]


def saying_date(ent: Span, frame: Frame) -> bool:
    """'Britain said on Saturday it would send tanks': a date between the saying verb and the
    reported clause's subject is the saying's, whatever the parse attached it to."""
    clause = clause_verb(frame.trigger)
    if clause.dep_ != "ccomp" or clause.head.i > ent.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and ent.end <= subject.i


def dates_before_reporter(trigger: Token, sent: Span) -> list[Span]:
    """'Gunmen seized the mayor on Friday, police said on Saturday': a date between a reported
    clause told first and the reporter's subject is the reported clause's, whatever the parse
    attached it to (the mirror of `saying_date`)."""
    clause = clause_verb(trigger)
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.i < clause.i:
        return []
    subject = next((c for c in saying.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < clause.i:
        return []
    end = clause.right_edge.i
    return [
        e for e in dates_by_distance(saying, sent) if end < e.start and e.end <= subject.left_edge.i
    ]


def stranded_dates(trigger: Token, sent: Span) -> list[Span]:
    """'deported migrants who live there without papers on Wednesday': a named day (or a time
    measured from the story, 'a day earlier') that ends a description of the object or of a
    place phrase of a past deed (a relative clause in the simple present, a standing state, or
    a participle) is the deed's, whatever the parse attached it to."""
    clause = clause_verb(trigger)
    governing = clause.head if clause.dep_ in ("xcomp", "conj") else clause
    if "VBD" not in (clause.tag_, governing.tag_):
        return []
    found: list[Span] = []
    nouns = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    # 'killed 90 people at a ceremony marking the anniversary ... a day earlier': the noun of
    # a place phrase of the deed too
    nouns += [
        n for c in clause.children if c.dep_ == "prep" for n in c.children if n.dep_ == "pobj"
    ]
    for noun in nouns:
        for relative in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
            if (relative.dep_, relative.tag_) not in _STANDING_DESCRIPTIONS:
                continue
            found += [
                e
                for e in dates_by_distance(relative, sent)
                if e.end == relative.right_edge.i + 1
                and (NAMED_DAY.search(e.text) or story_offset(e.text) is not None)
            ]
    return found


# a relative clause in the simple present, or a past participle with a preposition of its
# own ('a militant linked to al Qaeda in the region on Saturday'): a description of the noun
_STANDING_DESCRIPTIONS = frozenset(
    {("relcl", "VBZ"), ("relcl", "VBP"), ("acl", "VBN"), ("acl", "VBG")}
)
