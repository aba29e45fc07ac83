"""Whose the victims are: the countries a sentence's bare victims are not of.

"Russian forces killed civilians in ...": civilians, refugees or an opposition named with no
country of their own face another party in their clause, or are sent somewhere; the countries
of those others are never theirs. `SentenceActors` asks these predicates before giving such
people the country a sentence names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.normalise.actors import ActorMatch


def clause_verb(token: Token) -> Token:
    """The verb whose clause `token` is in (itself for a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


# a verb's parties: who acts, who is acted on ("agent" holds the passive's "by" phrase)
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr"})
DOER_DEPS = frozenset({"nsubj", "agent"})
# from a word up to the party it is part of: "opposition politicians", "men and boys"
CLIMB_DEPS = frozenset({"conj", "appos", "pobj", "prep", "compound"})


def named_parties(sent: Span, matches: list[ActorMatch]) -> list[tuple[int, str]]:
    """(root token index, country) of each country-bearing name the dictionary found."""
    parties = []
    for match in matches:
        span = sent.char_span(match.start, match.end, alignment_mode="expand")
        if span is not None and match.actor.state_country is not None:
            parties.append((span.root.i, str(match.actor.country)))
    return parties


def destination_countries(people: Span, sent: Span, matches: list[ActorMatch]) -> frozenset[str]:
    """Countries named in the clause of `people` as where something goes ('put prisoners on
    a flight to Madrid'): people sent there are not of that country."""
    verb = clause_verb(people.root)
    away: set[str] = set()
    for m in matches:
        span = sent.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.actor.country is None:
            continue
        token = span.root
        while token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in ("to", "into")
            and clause_verb(token) == verb
        ):
            away.add(m.actor.country)
    return frozenset(away)


def rival_countries(span: Span, parties: list[tuple[int, str]]) -> frozenset[str]:
    """Countries named in the other parties of the clause whose party `span` is.

    The victims of "Russian forces killed civilians" or the accusers of "opposition politicians
    blamed Syria" are the other side of the clause: its country is not theirs.
    """
    token = span.root
    while token.dep_ in CLIMB_DEPS and token.head.i != token.i:
        token = token.head
    if token.dep_ not in PARTY_DEPS:
        return frozenset()
    verb = token.head
    others = [c for c in verb.children if c.dep_ in PARTY_DEPS and c.i != token.i]
    own_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
    if verb.dep_ == "advcl" or (verb.dep_ in ("conj", "xcomp") and not own_subject):
        # "entered the town and killed civilians", "attacked the camp, killing refugees": the
        # doer of the verb it joins; "X eased sanctions after the government and the opposition
        # agreed": X reacts to that clause, it is not one of its parties
        others += [c for c in verb.head.children if c.dep_ in DOER_DEPS]
    inside = {t.i for other in others for t in other.subtree}
    return frozenset(country for root, country in parties if root in inside)


def killed(span: Span, verbs: frozenset[str]) -> bool:
    """True for the ones a killing verb acts on ('killed several commanders', 'soldiers were
    wounded')."""
    token = span.root
    while token.dep_ in CLIMB_DEPS and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in verbs
