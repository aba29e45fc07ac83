"""Parties of an event noun that its own phrase names only as a place, or not at all.

'Russia's occupation of Crimea': a deed done to a named place is done to that place's country.
'his first trip to Ukraine since Russia's invasion': a deed with a doer and no target is aimed at
the other party of the phrase it is set in, the way a reader takes it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from timeline.codes import IGO, ActionCode, ActorCode
from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.cameo import DENIAL_CODE, VIOLENT_ROOTS
from timeline.extract.clause_parts import PASSIVE_SUBJECTS, SUBJECTS, noun_modifiers, prep_object
from timeline.extract.cues import Cues
from timeline.extract.frame_parties import Frame
from timeline.models import GeoPrecision
from timeline.normalise.actions import Codebook
from timeline.normalise.places import Gazetteer

AIM_PREPS = ("on", "against")  # "strikes on Iran", "sanctions against Russia"
PLACE_TARGET_PREPS = ("of", "on", "against", "into", "in")  # "occupation of", "strikes on Kyiv"
NAME_PARTS = ("compound", "amod")  # "Rakhine state", "the Gaza Strip": a place's name
COLLECTIVE_KINDS = frozenset({"country", "organisation", "group"})  # what "its" can stand for
REACH = 2  # "since [the invasion]" -> "trip": the phrase around a deed, not the whole sentence
MODIFIERS = ("amod", "compound", "poss", "nmod")  # "the Iraqi border", "Washington's proxy"
ASIDE = ("relcl", "acl", "advcl", "appos", "parataxis")  # phrases with parties of their own


def takes_place_target(root: str, prep: str) -> bool:
    """A violent deed (CAMEO 18-20) whose 'of', 'on', 'in' ... object is its target (a curfew
    or a crackdown in a place falls on the people there: the place's own rule finds them)."""
    return root in VIOLENT_ROOTS and prep in PLACE_TARGET_PREPS


def place_party(word: Token, gazetteer: Gazetteer) -> TokenActor | None:
    """The country of a named place that is no actor itself ('of Crimea', 'in Rakhine state'),
    as the party a deed there is done to; None for a word the gazetteer does not know."""
    if word.pos_ != "PROPN" and not any(
        c.dep_ in NAME_PARTS and c.pos_ == "PROPN" for c in word.children
    ):
        return None
    parts = [c for c in word.lefts if c.dep_ in NAME_PARTS and c.pos_ == "PROPN"]
    start = min((c.i for c in parts), default=word.i)
    span = word.doc[start : word.i + 1]
    place = gazetteer.lookup(span.text)
    if place is None or place.country is None or place.precision is GeoPrecision.COUNTRY:
        return None
    country = gazetteer.country_place(place.country)
    name = country.name if country is not None else place.country
    return TokenActor(
        start=span.start,
        end=span.end,
        text=span.text,
        actor=ActorCode(name, place.country, None, "country"),
        direct=True,
        char_start=span.start_char,
        char_end=span.end_char,
    )


def enclosing_party(
    noun: Token, source: TokenActor, actors: dict[int, TokenActor]
) -> TokenActor | None:
    """'a trip to Ukraine since Russia's invasion', 'to defend Ukraine against a Russian
    invasion': an attack told with its doer alone is on the nearest other state named as an
    argument (not a modifier: 'the Iraqi border', 'Turkish support') in the smallest phrase
    around it (its preposition's head), leaving out that phrase's subject (its doer, not its
    victim)."""
    inner = noun
    for outer in list(noun.ancestors)[:REACH]:
        if inner.dep_ in (*ASIDE, *SUBJECTS, *PASSIVE_SUBJECTS):
            # what a clause says of a deed as its subject ('the attack led the militia to
            # plead with the US') names no target of it
            return None
        skipped = {inner.i} | {
            c.i for c in outer.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS, *ASIDE)
        }
        found = [
            actors[t.i]
            for t in _subtree_without(outer, skipped)
            if t.i in actors and _other_state(t, actors[t.i], source)
        ]
        if found:
            return min(found, key=lambda a: abs(a.start - noun.i))
        inner = outer
    return None


def _subtree_without(token: Token, skipped: set[int]) -> list[Token]:
    """`token`'s subtree, not entering the children whose index is in `skipped`."""
    found, queue = [], [token]
    while queue:
        current = queue.pop()
        found.append(current)
        queue.extend(c for c in current.children if c.i not in skipped)
    return found


def _other_state(word: Token, actor: TokenActor, source: TokenActor) -> bool:
    """A state other than the doer's, named as an argument rather than a modifier."""
    country = actor.actor.country
    return (
        actor.actor.kind == "country"
        and word.dep_ not in MODIFIERS
        and country is not None
        and country != IGO
        and country != source.actor.country
    )


def aimed_at(
    noun: Token,
    action: ActionCode,
    codebook: Codebook,
    actors: dict[int, TokenActor],
    exclude: set[int],
) -> TokenActor | None:
    """The party an object naming the verb's own deed says it is aimed at ('join Israel's
    strikes on Iran': Iran), or None when the noun names another deed or no such party."""
    if codebook.match_noun(noun.lemma_.lower(), noun_modifiers(noun, actors)) != action:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = actor_in(pobj, actors, exclude)
            if found is not None:
                return found
    return None


def its_owner(noun: Token, actors: dict[int, TokenActor], cues: Cues) -> TokenActor | None:
    """'Russia vetoed a resolution condemning its invasion of Ukraine': the 'its' of an
    event noun is the state or body the sentence is about, its main clause's subject."""
    if not any(c.dep_ == "poss" and c.lower_ in cues.thing_pronouns for c in noun.children):
        return None
    root = noun.sent.root
    if root.lemma_.lower() in cues.reporting_verbs:
        # "..., the IMF said": the sentence is about what is reported
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.i not in actors:
        # "Russia's economy": the state the subject belongs to
        subject = next((c for c in subject.children if c.dep_ == "poss"), subject)
    owner = actor_in(subject, actors, set()) if subject is not None else None
    if owner is None or owner.actor.kind not in COLLECTIVE_KINDS:
        return None
    return owner


def venue(noun: Token, cues: Cues) -> bool:
    """'met on the sidelines of a summit': the event a meeting is held at the margins of
    sets where it was, no event of its own."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in cues.venue_nouns
    )


def denied_claim_maker(frame: Frame, actors: dict[int, TokenActor], cues: Cues) -> Frame:
    """'dismissed as groundless a U.S. report that accused Russia of ...': a denial with no
    target is aimed at whoever made the claim it denies, named in the claim's phrase or as
    the subject of the clause that tells the claim."""
    if frame.nominal or frame.target is not None or frame.action.cameo_code != DENIAL_CODE:
        return frame
    verb = frame.trigger
    claims = [c for c in verb.children if c.dep_ == "dobj"]
    claims += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for claim in claims:
        if claim.pos_ != "NOUN" or claim.lemma_.lower() not in cues.claim_nouns:
            continue
        for child in claim.children:
            maker = None
            if child.dep_ in MODIFIERS:
                maker = actor_in(child, actors, set())
            elif child.dep_ == "relcl":
                subject = next((s for s in child.children if s.dep_ in SUBJECTS), None)
                maker = actor_in(subject, actors, set()) if subject is not None else None
            if maker is not None and not _same(maker, frame.source):
                return replace(frame, target=maker)
    return frame


def _same(actor: TokenActor, other: TokenActor | None) -> bool:
    return other is not None and actor.start == other.start


def purpose_modifiers(noun: Token, actors: dict[int, TokenActor]) -> tuple[str, ...]:
    """A noun's modifiers, and 'for' when it takes a 'for' phrase: 'a call for calm' is an
    appeal, where 'a call' alone is a telephone call."""
    modifiers = noun_modifiers(noun, actors)
    if prep_object(noun, ("for",)) is not None:
        return (*modifiers, "for")
    return modifiers
