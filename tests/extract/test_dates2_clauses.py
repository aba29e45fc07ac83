"""Dating rules for clauses set before or after another by no measure: they do not take the
other clause's date, nor does a phrase they sit in ('after weeks of strikes')."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc

from timeline.extract.clause_time import up_to_now
from timeline.models import DatePrecision
from timeline.pipeline import Extraction

from .support import mentions_of, one

THURSDAY = dt.date(2024, 10, 3)
FRIDAY = dt.date(2024, 10, 4)


def test_a_deed_after_which_another_happened_is_not_at_its_date(extraction: Extraction) -> None:
    mentions = mentions_of(
        extraction,
        "Germany lifted the ban on Iranian airlines on Thursday after Tehran and Berlin signed "
        "a prisoner exchange.",
    )
    lifted = [m for m in mentions if m.cameo_code == "0811"]
    assert [m.event_date for m in lifted] == [THURSDAY]
    signed = one(mentions, "05")
    assert signed.event_date is None
    assert signed.date_precision is DatePrecision.UNKNOWN


def test_an_intent_after_which_another_deed_happened_is_not_stated_at_its_date(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Germany lifted the ban on Iranian airlines on Thursday after Tehran and Berlin agreed "
        "on a prisoner exchange.",
    )
    agreed = one(mentions, "03")
    assert agreed.event_date is None
    assert agreed.date_precision is DatePrecision.UNKNOWN


def test_a_day_run_on_into_an_after_phrase_dates_its_clause_and_not_the_phrase(
    extraction: Extraction,
) -> None:
    """The day still dates its own clause; a clause inside the 'after' phrase is not at the
    time of the verb above it."""
    mentions = mentions_of(
        extraction,
        "Police arrested dozens of workers in Dhaka on Friday after weeks of strikes by "
        "workers demanding higher wages.",
    )
    arrest = one(mentions, "17")
    assert arrest.event_date == FRIDAY
    assert arrest.date_text == "on Friday"
    demand = one(mentions, "10")
    assert demand.event_date is None
    assert demand.date_precision is DatePrecision.UNKNOWN


def test_a_clause_under_one_that_may_happen_is_not_at_the_time_of_the_saying(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Chilean President Gabriel Boric said on Monday that Chile could suspend diplomatic "
        "relations with Peru over its deal to normalise ties with Bolivia.",
    )
    normalise = one(mentions, "05")
    assert normalise.event_date is None
    assert normalise.date_precision is DatePrecision.UNKNOWN


def test_a_clause_with_an_after_phrase_of_its_own_keeps_the_time_above(
    extraction: Extraction,
) -> None:
    mentions = mentions_of(
        extraction,
        "Erdogan's standing peaked in May 2012 when he visited Tunis shortly after the revolt "
        "that toppled Ben Ali.",
    )
    visit = one(mentions, "04")
    assert visit.event_date == dt.date(2012, 5, 1)
    assert visit.date_precision is DatePrecision.MONTH


def test_an_infinitive_is_not_in_the_present_whatever_its_tag() -> None:
    # the model sometimes tags an infinitive ('to no longer travel') as a present verb
    doc = Doc(
        spacy.blank("en").vocab,
        words=["They", "told", "us", "to", "travel", "."],
        tags=["PRP", "VBD", "PRP", "TO", "VBP", "."],
        pos=["PRON", "VERB", "PRON", "PART", "VERB", "PUNCT"],
        deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
        heads=[1, 1, 1, 4, 1, 1],
    )
    assert not up_to_now(doc[4])
    assert not up_to_now(doc[1])
