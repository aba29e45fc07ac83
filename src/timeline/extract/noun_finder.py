"""The frame of an event noun: 'Russia's invasion of Ukraine', 'talks with Hamas', 'drew
condemnation from Serbia'.

An event noun is coded by its own patterns; its parties are read first from its own phrase
(a possessor, a modifier, 'by', 'against', 'with' ...), then from the clause it is set in.
A noun in passing needs both sides named to be a row; the object of a verb is the clause's
own event. The verb frames are in `frames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.arguments import ArgumentFinder, same_side, starts
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.between_sides import sides_between
from timeline.extract.cameo import STATEMENT_CODE, VIOLENT_ROOTS
from timeline.extract.clause_doers import clause_subject
from timeline.extract.clause_parts import SUBJECTS, as_role, participle_agent, prep_object
from timeline.extract.cues import Cues
from timeline.extract.frame_parties import Frame, mutual, pronoun_object
from timeline.extract.noun_frames import (
    enclosing_party,
    its_owner,
    place_party,
    purpose_modifiers,
    takes_place_target,
    venue,
)
from timeline.extract.policing_fights import policing
from timeline.extract.relative_deeds import relative_target
from timeline.normalise.actions import Codebook
from timeline.normalise.places import Gazetteer

NOUN_SOURCE_PREPS = ("by", "from", "of")
NOUN_TARGET_PREPS = ("to", "with", "against", "on", "of", "toward", "towards", "for", "into", "in")


class NounFrameFinder:
    """Finds the frame of an event noun from the codebook's noun patterns."""

    def __init__(
        self, codebook: Codebook, cues: Cues, gazetteer: Gazetteer, arguments: ArgumentFinder
    ) -> None:
        self.codebook = codebook
        self.cues = cues
        self.gazetteer = gazetteer
        self.arguments = arguments

    def frame(
        self,
        noun: Token,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
        reported: bool,
    ) -> Frame | None:
        """The frame `noun` triggers, or None; `reported` marks the object of a verb that
        codes without it ('condemned the attack'): a deed whose doer is not the verb's subject."""
        action = self.codebook.match_noun(noun.lemma_.lower(), purpose_modifiers(noun, actors))
        if action is None or venue(noun, self.cues):
            return None
        source = None
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i in actors:
                source = actors[child.i]
                break
        if source is None:
            by = prep_object(noun, NOUN_SOURCE_PREPS[:2]) or participle_agent(noun)
            source = actor_in(by, actors, set()) if by is not None else None
        if source is None:
            # "criticised Orban for his visit to Moscow": the person 'his' stands for
            whose = next((c for c in noun.children if c.dep_ == "poss"), None)
            if whose is not None and whose.lower_ in self.cues.person_pronouns:
                source = self.arguments.pronoun_subject(whose, memory, sentence_index)
        if source is None:
            source = its_owner(noun, actors, self.cues)
        target = place = None
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    target = actor_in(pobj, actors, starts(source))
                    if target is None and source is not None:
                        # "an arrest warrant against him": whom the pronoun stands for
                        target = pronoun_object(
                            pobj, source, self.arguments, memory, sentence_index
                        )
                    if place is None and takes_place_target(action.cameo_root, child.lower_):
                        place = place_party(pobj, self.gazetteer)
                    if target is not None:
                        break
            if target is not None:
                break
        if target is None and noun.lemma_.lower() in self.cues.addressee_verbs:
            # "reiterated its demand that Israel ease restrictions": the one asked is the
            # subject of what is asked
            target = clause_subject(noun, actors, starts(source))
        if (
            source is None
            and target is None
            and action.cameo_root in VIOLENT_ROOTS
            and (sides := sides_between(noun, actors, self.cues.outbreak_verbs))
        ):
            # "clashes between the army and the rebels": both sides, the first as the doer
            # (a fight; 'talks' or 'a ceasefire between' are often only called for)
            source, target = sides
            action = policing(action, source, target, self.codebook)
        if target is None:
            # "the coup that toppled President X": whom its relative clause says it hit
            target = relative_target(noun, actors, starts(source), self.codebook)
        named = source  # a doer the noun's own phrase names, not its clause's subject
        if source is None:
            source = self.arguments.accused(noun, actors)
        governor = noun.head if noun.dep_ in ("dobj", "pobj", "nsubj", "attr") else None
        while governor is not None and governor.pos_ not in ("VERB", "AUX"):
            governor = governor.head if governor.head.i != governor.i else None
        if governor is not None and noun.dep_ == "dobj" and self._draws(governor):
            # "recognised Kosovo, drawing condemnation from Serbia": the reaction is the one
            # named with "from", aimed at whoever drew it
            if source is None:
                return None
            drawer = self.arguments.subject(governor, actors, memory, sentence_index)
            if target is None and drawer is not None and not same_side(drawer, source):
                target = drawer
        elif source is None and (charge := self._charge_of(noun)) is not None:
            # "a court found two men guilty of murder": the deed is theirs, not the finder's
            held = next((c for c in charge.children if c.dep_ in SUBJECTS), None)
            source = actor_in(held, actors, set()) if held is not None else None
        elif source is None and governor is not None and not reported:
            source = self.arguments.subject(governor, actors, memory, sentence_index)
            if source is not None and target is not None and source.actor == target.actor:
                source = None
        if (
            source is not None
            and target is None
            and governor is not None
            and action.cameo_code != STATEMENT_CODE
            and governor.i in (noun.head.i, noun.head.head.i)
            and mutual(noun, action, self.cues)
        ):
            # "Kim and Putin held talks", "agreed on a truce": the joint doers' own deed; not
            # a noun deeper in the clause ("monitor compliance with sanctions")
            target = self.arguments.pair_partner(governor, source, actors, memory, sentence_index)
        if target is None and governor is not None and as_role(noun, governor):
            # "held civilians as human shields": the verb's object is who it is done to
            held = next((c for c in governor.children if c.dep_ == "dobj"), None)
            target = actor_in(held, actors, starts(source)) if held is not None else None
        light = noun.dep_ == "dobj" and governor is not None and governor.i == noun.head.i
        if (
            target is None
            and source is not None
            and governor is not None
            and light
            and governor.lemma_.lower() in self.cues.bearing_verbs
        ):
            # "Peru could face new U.S. sanctions": who faces the deed is its target
            bearer = self.arguments.subject(governor, actors, memory, sentence_index)
            target = None if bearer is None or same_side(bearer, source) else bearer
        if (
            named is not None
            and target is None
            and action.cameo_root in VIOLENT_ROOTS
            and noun.lemma_.lower() not in self.cues.conflict_nouns
        ):
            # "Russia's occupation of Crimea", "since Russia's invasion": an attack its own
            # phrase gives a doer and a place, or a doer alone ("the war" is fought by both)
            target = place or (None if light else enclosing_party(noun, named, actors))
        if source is None or (target is None and not light):
            # an event noun in passing needs both sides named to be worth a row; the object
            # of a verb ("launched a mediation effort") is the clause's own event
            return None
        return Frame(noun, action, nominal=True, source=source, target=target)

    def _draws(self, verb: Token) -> bool:
        """A verb by which a deed brings on a reaction ('drew condemnation', 'sparked protests')."""
        return verb.lemma_.lower() in self.cues.reaction_verbs

    def _charge_of(self, noun: Token) -> Token | None:
        """The word ('guilty', 'responsible') of which the noun names the deed, if any."""
        words = self.cues.charge_words | self.cues.blame_words
        for ancestor in noun.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                return None
            if ancestor.lemma_.lower() in words:
                return ancestor
        return None
