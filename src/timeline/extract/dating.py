"""When an event happened: the date its sentence gives for it, read through the parse.

A date in the trigger's own clause comes first (for a noun event, one in its own phrase; for a
clause describing a noun, one in that noun's phrase), then one shared with the clause it hangs
from, then the date of a report of it, then one of a clause at the same time that hangs from it;
a clause measured from another ('a day after ...') takes the other's date moved by the measure.
With none, an event that is the news itself is dated by the story so far or, in the present
or the present perfect, by publication.

This module makes that choice and its checks (a deadline, a date yet to come, a saying's
day); the sentence's date expressions are read in `date_expressions`, the event's own where
the parse does not tell in `own_dates`, and those of the clauses around it in
`related_clause_dates`.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from timeline.codes import DateResult
from timeline.extract.cameo import INTENT_ROOT, THREAT_ROOT
from timeline.extract.clause_time import (
    OTHER_TIME,
    date_verb,
    in_past_clause,
    past_perfect,
    present_perfect,
    set_apart,
    standing_state,
    up_to_now,
)
from timeline.extract.date_expressions import (
    dates_by_distance,
    with_preposition,
)
from timeline.extract.dating_links import (
    accused_deed_dates,
    claim_reaction_dates,
    earlier_relative,
    episode_dates,
    object_doing_dates,
)
from timeline.extract.frames import Frame
from timeline.extract.modality import Tense, clause_verb, denied
from timeline.extract.own_dates import (
    dates_before_reporter,
    described_dates,
    noun_first,
    right_after,
    saying_date,
    stranded_dates,
    under,
)
from timeline.extract.related_clause_dates import (
    SHARED_TIME,
    after_dates,
    conjoined_dates,
    governing_dates,
    statement_dates,
    subordinate_dates,
)
from timeline.extract.spans import first_conjunct
from timeline.extract.time_offsets import Offset, clause_offset, reverse, shifted, story_offset
from timeline.models import Article, DatePrecision, Modality
from timeline.normalise.dates import DateResolver

DATED_MODALITIES = (Modality.ASSERTED, Modality.ALLEGED, Modality.NEGATED)
REPORTED_MODALITIES = (Modality.ASSERTED, Modality.ALLEGED)
UNREAL_MODALITIES = (Modality.PLANNED, Modality.HYPOTHETICAL)
UNKNOWN = DateResult(None, DatePrecision.UNKNOWN, None)


class EventDater:
    """Dates the events of a sentence; holds the resolver, nothing per article."""

    def __init__(
        self,
        dates: DateResolver,
        negation_verbs: frozenset[str],
        claim_nouns: frozenset[str] = frozenset(),
        site_nouns: frozenset[str] = frozenset(),
        alleged_verbs: frozenset[str] = frozenset(),
        condition_marks: frozenset[str] = frozenset(),
    ) -> None:
        self.dates = dates
        self.negation_verbs = negation_verbs
        self.claim_nouns = claim_nouns
        self.site_nouns = site_nouns
        self.alleged_verbs = alleged_verbs
        self.condition_marks = condition_marks

    def date(
        self,
        frame: Frame,
        sent: Span,
        article: Article,
        tense: Tense,
        modality: Modality,
        background: bool,
        story: DateResult | None,
        lead: DateResult | None = None,
    ) -> DateResult:
        """A date the text gives for the event, else, where the event is the news itself (a
        dated, non-background clause in the past or present), the date of the story so far
        or the publication date. A time measured from the story ('A day later, ...') is
        measured from `lead`, the story's date before the sentence, when there is one."""
        found = dates_by_distance(frame.trigger, sent)
        if (
            frame.nominal
            and frame.trigger.dep_ == "pobj"
            and frame.trigger.head.lower_ in OTHER_TIME
        ):
            # "his first trip since Russia's invasion", "after the Hamas attack": the deed that
            # sets another time than its clause's is dated by its own phrase alone, or by a date
            # phrase right after it ('after its invasion of Ukraine in February 2022')
            found = [e for e in found if under(e, frame.trigger) or right_after(e, frame.trigger)]
            if not found:
                return UNKNOWN
        own = [e for e in found if not saying_date(e, frame)]
        if frame.nominal:
            own = noun_first(frame.trigger, own)
        dates_of = partial(dates_by_distance, sent=sent)
        if accused := accused_deed_dates(frame.trigger, dates_of, self.alleged_verbs):
            own = [*accused, *(e for e in own if e not in accused)]
        own = (
            own
            or described_dates(frame, sent)
            or dates_before_reporter(frame.trigger, sent)
            or stranded_dates(frame.trigger, sent)
        )
        if not any(self.dates.resolve(with_preposition(e), article.published) for e in own):
            # "30 years after they killed thousands in a slaughter that began in April 1994":
            # a measure is no date; a phrase linked to the event may give one
            if earlier_relative(frame.trigger):
                # "the tariffs he had threatened", "gangs that have blockaded the port for
                # weeks": a relative clause before the story's time, or lasting up to it
                return UNKNOWN
            own = [*own, *self._linked_dates(frame.trigger, sent, article)]
        if not own and denied(frame.trigger, self.negation_verbs):
            # "the army denied on Friday that its soldiers had shelled the village", "failed
            # to agree": what is denied or failed did not happen, on that day or any other
            return UNKNOWN
        if not own and modality is Modality.ALLEGED and present_perfect(frame.trigger):
            # "North Korea has reportedly shipped munitions, officials said on Monday": a
            # claim that something has happened by now says when it was claimed, not when
            return UNKNOWN
        if not own and standing_state(frame.trigger):
            # "a cleric whom Cairo accuses of plotting": a relative clause in the present states
            # how things stand, not something that happened on a day
            return UNKNOWN
        shared = governing_dates(frame.trigger, sent, SHARED_TIME) or conjoined_dates(
            frame.trigger, sent
        )
        if modality in UNREAL_MODALITIES:
            # "threatened on Tuesday to close the border if Minsk attacked again": a plan or a
            # condition is not at the time of the past deed it hangs from (the announcement)
            shared = [e for e in shared if not in_past_clause(e)]
        if modality is Modality.HYPOTHETICAL and frame.nominal:
            # "will meet on Tuesday to prepare for a possible summit": a deed only foreseen,
            # named by a noun, is dated by its own phrase, not by the clause it is named in
            shared = []
        if not (own or shared) and modality in DATED_MODALITIES:
            earlier = self._earlier_deed_date(frame, sent, article)
            if earlier is not None:
                return earlier
        conditional = _on_condition(frame.trigger, self.condition_marks)
        order, offsets, stated = _candidates(
            frame, sent, tense, modality, background, found, own, shared, conditional
        )
        for expression in order:
            if (measured := story_offset(expression.text)) is not None:
                # "said on Thursday that troops had shelled the town the previous day": a day
                # before the date of the clause above; "Two days later, troops entered the
                # city": two days after the story's date
                above = self._date_above(frame, sent, article)
                if above is not None and not background:
                    return shifted(above, measured)
                base = lead if lead is not None and lead.date is not None else story
                if base is not None and base.date is not None and not background:
                    return shifted(base, measured)
                continue
            if modality in UNREAL_MODALITIES and _deadline(expression):
                # "could be ready to invade by 2027": a deadline a deed only planned or foreseen
                # may come by is not the day of the deed
                continue
            resolved = self.dates.resolve(
                with_preposition(expression),
                article.published,
                # "will not accept the ruling, the ministry said on Tuesday": a day the past
                # saying holds is not to come, whatever the tense of what was said
                future=tense is Tense.FUTURE
                and expression not in stated
                and not _in_past_saying(expression, frame.trigger),
            )
            if _yet_to_come(resolved, article, tense, modality):
                # "could be ready to invade by 2027": a deed told as done or doing is not
                # dated after the story was published
                continue
            if resolved is not None and not (background and resolved.date is None):
                if expression in offsets:
                    return shifted(resolved, offsets[expression])
                return resolved
        return _undated(frame, article, tense, modality, background, story)

    def main_clause_date(self, sent: Span, article: Article) -> DateResult | None:
        """'Protesters broke into parliament on Tuesday. Police opened fire ...': the day a
        sentence's main clause, a past deed told as done, gives the story even when it yields
        no event; None for a clause that is not a plain past deed or gives no day."""
        root = sent.root
        if root.tag_ != "VBD" or any(c.dep_ == "neg" for c in root.children):
            return None
        for expression in dates_by_distance(root, sent):
            if story_offset(expression.text) is not None:
                continue  # "two days later": measured, not a day of its own
            resolved = self.dates.resolve(with_preposition(expression), article.published)
            if resolved is not None and resolved.date is not None:
                if _yet_to_come(resolved, article, Tense.PAST, Modality.ASSERTED):
                    return None
                return resolved
        return None

    def _linked_dates(self, trigger: Token, sent: Span, article: Article) -> list[Span]:
        """Dates of a phrase linked to the event (see `dating_links`), when its clause has none;
        an episode known only by its year may stretch over years ('killed five rebels in the
        war that began in 2011') and does not date what happened in it."""

        def dates_of(token: Token) -> list[Span]:
            return dates_by_distance(token, sent)

        def finer_than_year(ent: Span) -> bool:
            resolved = self.dates.resolve(with_preposition(ent), article.published)
            return resolved is not None and resolved.precision is not DatePrecision.YEAR

        episode = [
            e for e in episode_dates(trigger, dates_of, self.site_nouns) if finer_than_year(e)
        ]
        return (
            episode
            or object_doing_dates(trigger, dates_of)
            or claim_reaction_dates(trigger, dates_of, self.claim_nouns)
        )

    def _date_above(self, frame: Frame, sent: Span, article: Article) -> DateResult | None:
        """The day of the nearest clause above this one that gives one of its own: what a time
        measured from the story is measured from within its sentence ('said on Thursday'; a
        month, as in 'founded the party that June', may be the story's own and is passed)."""
        for expression in governing_dates(frame.trigger, sent, (*SHARED_TIME, "ccomp")):
            if story_offset(expression.text) is not None:
                continue
            resolved = self.dates.resolve(with_preposition(expression), article.published)
            if resolved is not None and resolved.precision is DatePrecision.DAY:
                return resolved
        return None

    def _earlier_deed_date(self, frame: Frame, sent: Span, article: Article) -> DateResult | None:
        """'militants killed dozens after seizing the town in May 2015, the UN said on
        Monday': the dated earlier deed, not the later report, says when it was."""
        for expression in after_dates(frame.trigger, sent):
            resolved = self.dates.resolve(with_preposition(expression), article.published)
            if resolved is not None and resolved.date is not None:
                return _at_most_monthly(resolved)
        return None


def _candidates(
    frame: Frame,
    sent: Span,
    tense: Tense,
    modality: Modality,
    background: bool,
    found: list[Span],
    own: list[Span],
    shared: list[Span],
    conditional: bool = False,
) -> tuple[list[Span], dict[Span, Offset], list[Span]]:
    """The date expressions that may date the event, best first, with the offset to move
    each by: the trigger's own clause, the clause it shares its time with, a report of
    it, then clauses at its time that hang from it; and those of a statement of it (a
    threat to come was made in the past)."""
    reported: list[Span] = []
    reporting: list[Span] = []
    if modality in REPORTED_MODALITIES and not background:
        # "Germany has delivered tanks, the minister said on Monday": a reported fact is
        # dated by its report, a closer bound than the publication date; a denied or
        # planned one is not
        reported = [e for e in found if e not in own]
        reporting = governing_dates(frame.trigger, sent, (*SHARED_TIME, "ccomp"))
        reported += reporting
    dated = modality in DATED_MODALITIES
    below: list[Span] = []
    if not (own or shared or reported) and dated:
        below = subordinate_dates(frame.trigger, sent)
    if not (own or shared or reported or below) and dated:
        # "told the diplomats to leave on Friday": in a past sentence, an order's
        # infinitive carries the day the order was given
        below = subordinate_dates(frame.trigger, sent, infinitives=tense is Tense.PAST)
    # "a day after Lima approved": this clause is measured from the one it hangs
    # from; "hours after they agreed on Saturday, India accused": from one hanging here
    clause = clause_verb(frame.trigger)
    offsets: dict[Span, Offset] = {}
    if (offset := clause_offset(clause)) is not None:
        offsets |= dict.fromkeys([*shared, *reporting], offset)
    if not (own or shared or reported or below) and dated:
        for child in clause.children:
            if (measured := clause_offset(child)) is not None:
                for expression in dates_by_distance(child, sent):
                    offsets[expression] = reverse(measured)
                    below.append(expression)
    # the nearest expression that names a date comes first: "talks in more than three
    # years in Istanbul on Friday" is dated by "on Friday", not by the nearer duration
    order = [*own, *shared, *reported, *below]
    stated: list[Span] = []
    if frame.action.cameo_root == INTENT_ROOT:
        # "said on Tuesday that Iran was ready to hold talks on Saturday": an intent is
        # dated when it is stated; the day it names is the intended act's
        order = [*statement_dates(frame.trigger, sent), *order]
    elif frame.action.cameo_root == THREAT_ROOT and not (own or conditional):
        # "threatened on Sunday to impose tariffs": a threat is made when it is stated (one
        # on a condition, "threatened to close the border if ...", is coded as the deed)
        stated = statement_dates(frame.trigger, sent)
        order = [*stated, *order]
    return order, offsets, stated


def _undated(
    frame: Frame,
    article: Article,
    tense: Tense,
    modality: Modality,
    background: bool,
    story: DateResult | None,
) -> DateResult:
    """An event the text gives no date for: the story's date, or the publication date when it
    is news as of then (present or present perfect), else unknown."""
    future = tense is Tense.FUTURE  # "will not deliver": not dated unless the text says when
    if background or future or article.published is None or modality not in DATED_MODALITIES:
        return UNKNOWN
    if frame.nominal and (
        frame.trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "ROOT")
        or any(c.dep_ == "poss" for c in frame.trigger.children)
    ):
        # "following a visit by Putin": an earlier event mentioned in passing; "would not
        # recognise Russia's annexation": a possessed noun names a known event, not the news
        return UNKNOWN
    if past_perfect(frame.trigger):
        # "The ministry said the man had planned attacks.": a deed before the story's time,
        # which the text does not date
        return UNKNOWN
    if set_apart(frame.trigger):
        # "a student who died after being beaten by police": not at the time of the story
        return UNKNOWN
    if story is None and not up_to_now(frame.trigger):
        # "The army shelled the port.": the simple past asks for a time the text does not
        # give; "Kim has sent a message" is news as of publication
        return UNKNOWN
    if story is not None and not _past_year_now(story, article, frame.trigger):
        # "Police detained the suspect at the scene.": a later sentence of a story goes on
        # at the time its lead gave
        return DateResult(story.date, story.precision, None)
    return DateResult(article.published, DatePrecision.DAY, None)


def _yet_to_come(
    resolved: DateResult | None, article: Article, tense: Tense, modality: Modality
) -> bool:
    """A date after publication for a deed the text does not put in the future."""
    return (
        resolved is not None
        and resolved.date is not None
        and article.published is not None
        and resolved.date > article.published
        and tense is not Tense.FUTURE
        and modality in DATED_MODALITIES
    )


def _deadline(ent: Span) -> bool:
    """'by 2027', 'by the end of the year': a time something is to be done by."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ == "by" and head.i == ent.start - 1


def _in_past_saying(ent: Span, trigger: Token) -> bool:
    """The date hangs from a past verb above the event's own clause ('will not accept the
    ruling, the ministry said on Tuesday'), not from the event's clause itself."""
    verb = date_verb(ent)
    clause = clause_verb(trigger)
    return verb is not None and in_past_clause(ent) and verb != clause and verb in clause.ancestors


def _past_year_now(story: DateResult, article: Article, trigger: Token) -> bool:
    """'Turkey launched the operation in the summer of 2016. Its officials say ...': a clause
    in the present or present perfect does not go on with a story known only to a past year;
    it is news as of publication."""
    return (
        story.precision is DatePrecision.YEAR
        and story.date is not None
        and article.published is not None
        and story.date.year < article.published.year
        and up_to_now(trigger)
    )


def _on_condition(trigger: Token, marks: frozenset[str]) -> bool:
    """'threatened to close the border and expel diplomats if Minsk attacked': the deed, a
    verb joined to it, or the verb it hangs from has a clause opened by a condition mark."""
    clause = first_conjunct(clause_verb(trigger))
    verbs = [clause, clause.head, *(c for c in clause.children if c.dep_ == "conj")]
    return any(
        child.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in marks for c in child.children)
        for verb in verbs
        for child in verb.children
    )


def _at_most_monthly(date: DateResult) -> DateResult:
    """An event after a dated one is known to that month at best, not to its day."""
    if date.precision is DatePrecision.DAY and date.date is not None:
        return DateResult(date.date.replace(day=1), DatePrecision.MONTH, date.text)
    return date
