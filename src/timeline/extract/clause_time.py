"""How a clause sits in time, read from its verb's tags and its markers: in the present or the
present perfect (news as of now), in the simple past (at a time the text must give), set before
or after the clause it hangs from, or stating how things stand."""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.extract.modality import clause_verb
from timeline.extract.spans import first_conjunct, is_infinitive

# words that put a clause at another time than the one it hangs from ('after meeting Putin')
OTHER_TIME = frozenset({"after", "before", "since", "until", "till", "once", "following"})


PRESENT_TAGS = ("VBZ", "VBP")


def verb_group(clause: Token) -> list[Token]:
    """The clause verb and its auxiliaries ('has been deployed'): what its tense is read from."""
    return [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]


def present_perfect(trigger: Token) -> bool:
    """'has shipped', 'have been deployed': done at some time before now."""
    clause = clause_verb(trigger)
    return clause.tag_ == "VBN" and any(
        v.dep_ == "aux" and v.lemma_ == "have" and v.tag_ in PRESENT_TAGS
        for v in verb_group(clause)[1:]
    )


def past_perfect(trigger: Token) -> bool:
    """'had planned', 'had been shelled': done before the time the story has reached."""
    clause = first_conjunct(clause_verb(trigger))
    return clause.tag_ == "VBN" and any(
        v.dep_ == "aux" and v.lemma_ == "have" and v.tag_ == "VBD" for v in verb_group(clause)[1:]
    )


def up_to_now(trigger: Token) -> bool:
    """'has sent', 'is holding', 'says': a clause in the present or the present perfect; not
    an infinitive, whatever its tag ('told them to no longer travel': no present)."""
    clause = first_conjunct(clause_verb(trigger))
    return not is_infinitive(clause) and any(v.tag_ in PRESENT_TAGS for v in verb_group(clause))


def set_apart(trigger: Token) -> bool:
    """'a student who died after being beaten by police', 'after officials questioned it': a
    clause set before or after the one it hangs from, at a time of its own."""
    clause = clause_verb(trigger)
    if clause.dep_ == "advcl" and other_time(clause):
        return True
    if clause.dep_ == "pcomp" and clause.head.lower_ in OTHER_TIME:
        return True
    return _in_other_time_phrase(clause)


def _in_other_time_phrase(clause: Token) -> bool:
    """'after days of clashes between police and students protesting': a clause describing a
    noun of a phrase set at another time is at that time too."""
    if clause.dep_ not in ("acl", "relcl"):
        return False
    for ancestor in clause.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in OTHER_TIME:
            return True
    return False


def date_verb(ent: Span) -> Token | None:
    """The verb a date hangs from: the nearest verb above it."""
    return next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)


def in_past_clause(ent: Span) -> bool:
    """The date belongs to a clause in the simple past ('threatened on Tuesday')."""
    verb = date_verb(ent)
    return verb is not None and verb.tag_ == "VBD"


def standing_state(trigger: Token) -> bool:
    """'a cleric whom Cairo accuses of plotting', 'a charge both sides reject': a relative
    clause in the simple present."""
    clause = first_conjunct(clause_verb(trigger))
    return clause.dep_ == "relcl" and clause.tag_ in ("VBZ", "VBP")


def other_time(clause: Token) -> bool:
    """'after meeting Putin', 'before the vote': a clause set at another time."""
    return any(c.lower_ in OTHER_TIME for c in clause.children)
