"""Codes a verb takes from who its parties are, where its patterns give none or another.

Armed forces going into a place make an incursion (190, 192), refugees or visitors do not; a
state joining an international body joins it (057); forces arriving on a peace mission keep
the peace (074), no visit; a political leader killed or attacked is assassinated (186, 185);
a deadline given to do or to leave is an ultimatum or an expulsion (139, 174).
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.codes import IGO, ActionCode
from timeline.extract.actors import ARMED_ROLES, TokenActor
from timeline.extract.arguments import ArgumentFinder
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import (
    ASSASSINATION_CODE,
    ATTEMPT_CODE,
    ENTRY_CODE,
    EXPEL_CODE,
    INCURSION_CODE,
    MEMBERSHIP_CODE,
    ULTIMATUM_CODE,
)
from timeline.extract.clause_parts import SUBJECTS, noun_modifiers, prep_object
from timeline.extract.cues import Cues
from timeline.extract.spans import PLACE_LABELS
from timeline.normalise.actions import Codebook

ENTRY_PREPS = ("into", "over")
LEADER_ROLES = frozenset({"GOV", "ELI"})  # whose killing is an assassination
PEACEKEEPER = "peacekeeper"  # the object word a peacekeeping force or mission stands for
SECURITY_ROLES = frozenset({"MIL", "COP"})  # forces whose arrival abroad is no visit


class PartyCodes:
    """Chooses the codes of verbs that are events only for some parties."""

    def __init__(self, codebook: Codebook, cues: Cues, arguments: ArgumentFinder) -> None:
        self.codebook = codebook
        self.cues = cues
        self.arguments = arguments

    def keeps_peace(
        self, verb: Token, source: TokenActor | None, actors: dict[int, TokenActor]
    ) -> bool:
        """'Peacekeeping troops arrived in Lebanon', 'police officers arrived in Haiti to lead
        a security mission': forces coming on a peace mission provide it (074), no visit."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and (
            subject.lemma_.lower() == PEACEKEEPER
            or self.cues.peacekeeping_modifiers.intersection(noun_modifiers(subject, actors))
        ):
            return True
        if source is None or source.actor.role not in SECURITY_ROLES:
            return False
        return any(
            task.dep_ == "dobj" and task.lemma_.lower() in self.cues.mission_nouns
            for purpose in verb.children
            if purpose.dep_ in ("advcl", "xcomp")
            for task in purpose.children
        )

    def _moves(self, verb: Token) -> bool:
        """A verb of going over or into a place, coded only by who goes ('armed_entry')."""
        lemma = verb.lemma_.lower()
        return lemma in self.cues.incursion_verbs or lemma in self.cues.entry_verbs

    def party_coded(self, verb: Token) -> bool:
        """A verb that is an event only for some parties (armed forces, an international body)."""
        lemma = verb.lemma_.lower()
        return (
            self._moves(verb)
            or lemma in self.cues.membership_verbs
            or lemma in self.cues.deadline_verbs
        )

    def assassination(self, verb: Token) -> ActionCode | None:
        """'Shot dead the prime minister' (186); 'the prime minister was wounded when a man
        fired at him' (185): CAMEO's codes for a political leader killed or attacked."""
        lemma = verb.lemma_.lower()
        killed = lemma in self.cues.killing_verbs or any(
            c.lemma_.lower() in self.cues.death_words for c in verb.children
        )
        if killed:
            return self.codebook.by_code(ASSASSINATION_CODE)
        if lemma in self.cues.attempt_verbs:
            return self.codebook.by_code(ATTEMPT_CODE)
        return None

    def deadline(self, verb: Token) -> ActionCode | None:
        """'Gave the junta a week to restore civilian rule' is an ultimatum (139); 'gave the
        ambassador 48 hours to leave the country' expels him (174)."""
        if verb.lemma_.lower() not in self.cues.deadline_verbs:
            return None
        if not any(
            c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in self.cues.time_nouns
            for c in verb.children
        ):
            return None
        task = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if task is None:
            return None
        leave = task.lemma_.lower() in self.cues.departure_verbs
        return self.codebook.by_code(EXPEL_CODE if leave else ULTIMATUM_CODE)

    def membership(
        self, verb: Token, dobj: Token | None, actors: dict[int, TokenActor]
    ) -> ActionCode | None:
        """'Finland joined NATO': joining an international body (057); 'joined France in
        condemning' or 'joined the protests' is no membership."""
        if verb.lemma_.lower() not in self.cues.membership_verbs or dobj is None:
            return None
        body = actors.get(dobj.i)
        if body is None or IGO not in (body.actor.country, body.actor.role):
            return None
        return self.codebook.by_code(MEMBERSHIP_CODE)

    def armed_entry(
        self,
        verb: Token,
        dobj: Token | None,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
    ) -> ActionCode | None:
        """'Troops crossed into Syria' (190), 'rebels entered the capital' (192): going into a
        place is a military act only for armed forces; refugees or visitors crossing are not."""
        if not self._moves(verb):
            return None
        place = prep_object(verb, ENTRY_PREPS, deps=("prep",)) or dobj
        if place is None or not any(
            t.ent_type_ in PLACE_LABELS or t.i in actors for t in place.subtree
        ):
            return None  # "entered the city", "the country": a place told before, or none
        mover = self.arguments.subject(verb, actors, memory, sentence_index)
        if mover is None or mover.actor.role not in ARMED_ROLES:
            return None
        lemma = verb.lemma_.lower()
        code = INCURSION_CODE if lemma in self.cues.incursion_verbs else ENTRY_CODE
        return self.codebook.by_code(code)


def leader(actor: TokenActor | None) -> bool:
    """A named political leader ('Prime Minister Shinzo Abe'), not a state or its forces."""
    return actor is not None and actor.actor.kind == "person" and actor.actor.role in LEADER_ROLES
