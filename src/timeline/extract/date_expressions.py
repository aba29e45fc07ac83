"""Which date expressions a sentence has, and which of them belong to a clause.

The recogniser's DATE and TIME entities are repaired once per sentence (a day run cut in two,
'the summer of' + '2022', 'on the 14th', 'the day' + 'before') and filtered to those that
name a date; a clause's own are then taken nearest first. This is the vocabulary every other
dating module reads the parse with, kept apart from the choice among clauses in `dating`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from timeline.extract.clause_time import OTHER_TIME
from timeline.extract.spans import entities_by_distance
from timeline.extract.time_offsets import story_offset

# spaCy tags "Monday night" as a TIME; with a weekday or a month it names a date
NAMED_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def dates_by_distance(trigger: Token, sent: Span) -> list[Span]:
    """Date expressions of the trigger's own clause, nearest first (see `entities_by_distance`),
    else a named day that ends a free relative object of it (`_free_relative_dates`)."""
    return entities_by_distance(
        trigger, sent, _DATE_LABELS, sentence_dates(sent)
    ) or _free_relative_dates(trigger, sent)


def _free_relative_dates(trigger: Token, sent: Span) -> list[Span]:
    """'struck what officials said were rebel camps early on Thursday': the clause of a 'what'
    object names a thing, not a time; a named day that ends it is the deed's."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    found: list[Span] = []
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        if clause.left_edge.lower_ != "what" or clause.left_edge.i < trigger.i:
            continue
        found += [
            e
            for e in sentence_dates(sent)
            if e.end == clause.right_edge.i + 1
            and e.start > clause.left_edge.i
            and NAMED_DAY.search(e.text)
        ]
    return found


_DATE_LABELS = ("DATE", "TIME")


@lru_cache(maxsize=8)
def sentence_dates(sent: Span) -> tuple[Span, ...]:
    """The sentence's joined date expressions that name a date, found once per sentence:
    every frame of the sentence asks for them, often several times (a Span hashes by its doc
    and offsets, and the cache holds only the last few sentences)."""
    return tuple(
        ent for ent in _joined_dates(sent) if ent.label_ in _DATE_LABELS and _names_a_date(ent)
    )


def _names_a_date(ent: Span) -> bool:
    """A DATE, a TIME with a weekday or month ('Monday night') or measured from the story
    ('hours later'), but not a year that names a thing ('the 2015 nuclear deal')."""
    return (
        ent.label_ == "DATE"
        or bool(NAMED_DAY.search(ent.text))
        or story_offset(ent.text) is not None  # "hours later"
    ) and not _names_a_thing(ent)


_DAY_RUN_WORDS = frozenset({"and", "to", "-", "–"})


def _joined_dates(sent: Span) -> list[Span]:
    """The sentence's entities with a date that the recogniser cut in two joined up again:
    '4 and' + '5 December', or '4' 'and' '5 December', is '4 and 5 December'; 'the summer of'
    + '2022' is 'the summer of 2022'; 'on the 14th', an ordinal, is a date."""
    joined: list[Span] = []
    for ent in map(_before_preposition, map(_as_date, sent.ents)):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == ent.label_ == "DATE"
            and sent.doc[ent.start - 1].lower_ in _DAY_RUN_WORDS
            and ent.start - last.end <= 1
        ):
            joined[-1] = Span(sent.doc, last.start, ent.end, label="DATE")
        else:
            joined.append(ent)
    return [_with_adverb(_with_year(ent, sent), sent) for ent in joined]


_LATER_ADVERBS = frozenset({"before", "after"})


def _with_adverb(ent: Span, sent: Span) -> Span:
    """'the day' + 'before': a time measured from the story, cut before its adverb (one with
    no object of its own: 'the day before the truce' is measured from the truce)."""
    if ent.label_ != "DATE" or ent.end >= sent.end:
        return ent
    word = sent.doc[ent.end]
    if word.lower_ not in _LATER_ADVERBS or word.dep_ != "advmod" or any(word.children):
        return ent
    return Span(sent.doc, ent.start, ent.end + 1, label="DATE")


def _before_preposition(ent: Span) -> Span:
    """'on Friday' + 'after weeks of strikes': a day the recogniser ran on into a phrase
    setting another time is cut before it."""
    if ent.label_ != "DATE":
        return ent
    for token in ent[1:]:
        if token.dep_ == "prep" and token.lower_ in OTHER_TIME:
            head = Span(ent.doc, ent.start, token.i, label="DATE")
            return head if NAMED_DAY.search(head.text) or YEAR.search(head.text) else ent
    return ent


_DAY_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def _as_date(ent: Span) -> Span:
    """'on the 14th': an ordinal day after 'on' is a date (with its 'the')."""
    root = ent.root
    if not (
        ent.label_ == "ORDINAL"
        and _DAY_ORDINAL.match(ent.text)
        and root.dep_ == "pobj"
        and root.head.lower_ == "on"
    ):
        return ent
    start = ent.start - 1 if ent.doc[ent.start - 1].lower_ == "the" else ent.start
    return Span(ent.doc, start, ent.end, label="DATE")


def _with_year(ent: Span, sent: Span) -> Span:
    """'the summer of' + '2022': a date cut before the year its 'of' takes."""
    if ent.label_ != "DATE" or ent[-1].lower_ != "of" or ent.end >= sent.end:
        return ent
    year = sent.doc[ent.end]
    if not (year.is_digit and YEAR.fullmatch(year.text)):
        return ent
    return Span(sent.doc, ent.start, ent.end + 1, label="DATE")


_TIME_NOUNS = frozenset(
    {"night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year"}
)


def _names_a_thing(ent: Span) -> bool:
    """A bare year in front of a noun names it ('the 2015 deal'); 'a September visit' dates it."""
    if not ent.text.strip().isdigit():
        return False
    root = ent.root
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nummod")
        and not ent.start <= head.i < ent.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in _TIME_NOUNS
    )


def with_preposition(ent: Span) -> str:
    """'since November', not 'November': the preposition says whether it dates the event;
    'overnight into Tuesday': the night began the day before."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.i == ent.start - 1:
        before = ent.doc[head.i - 1] if head.i > 0 else None
        if head.lower_ == "into" and before is not None and before.lower_ == "overnight":
            return f"{before.text} {head.text} {ent.text}"
        return f"{head.text} {ent.text}"
    return ent.text
