"""The frame of an event verb: its code from the codebook's verb patterns, and its parties.

A verb is coded by its lemma, particle, object and prepositions, else by the event noun it
takes as object, else by who its parties are (`party_codes`); the rules here read which word
is its object (a pronoun's antecedent, a named place as territory, a verdict on it) and which
of the codes apply (an order to one's own side is no demand). Its parties are found by
`verb_parties`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from timeline.codes import IGO, ActionCode
from timeline.extract.actors import ARMED_ROLES, TokenActor
from timeline.extract.arguments import ArgumentFinder, starts
from timeline.extract.armed_backing import backing_arms
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import (
    APPEAL_ROOT,
    ASSASSINATION_CODE,
    BODY_EXIT_CODE,
    CONSULT_CODE,
    DEMAND_CODE,
    DEMAND_ROOT,
    KILLING_CODE,
    MILITARY_AID_CODE,
    MILITARY_COOPERATION_CODE,
    PEACEKEEPING_CODE,
    PHONE_CODE,
    REJECT_ROOT,
    STATEMENT_CODE,
    STATEMENT_ROOT,
    THREAT_CODE,
    VERBAL_DEFENCE_CODE,
    VIOLENT_ROOTS,
    VISIT_ROOT,
)
from timeline.extract.clause_doers import obliged_subject
from timeline.extract.clause_parts import (
    measured,
    noun_modifiers,
    prep_object,
    prep_objects,
    relative_object,
    shifted_object,
)
from timeline.extract.cues import Cues
from timeline.extract.frame_parties import Frame
from timeline.extract.intent import as_intent
from timeline.extract.modality import aim_of_deed
from timeline.extract.noun_frames import purpose_modifiers
from timeline.extract.party_codes import PEACEKEEPER, PartyCodes, leader
from timeline.extract.spans import PLACE_LABELS
from timeline.extract.threats import threatened_subject
from timeline.extract.verb_parties import VerbPartyFinder
from timeline.normalise.actions import Codebook, VerbFrame
from timeline.normalise.places import Gazetteer

MEANS_PREPS = ("in", "by", "during", "over")  # "told Putin in a phone call", "by telephone"
STATE_FORCES = frozenset({None, "GOV", "MIL", "COP"})  # a state's own arms, told what to do
TERRITORY = "territory"  # the object word a named place stands for in the verb patterns
# with no object: "engage in", "go on", "put under arrest", "withdraw from the deal"
OBJECT_PREPS = ("in", "on", "under", "from")
# "put its army on alert", "placed the troops under UN command", "stripped them of citizenship"
STATE_PREPS = ("on", "under", "of")
TIME_LABELS = ("DATE", "TIME")  # entity labels of a time, not a party or place


class VerbFrameFinder:
    """Finds the frame of an event verb from the codebook's verb patterns."""

    def __init__(
        self, codebook: Codebook, cues: Cues, gazetteer: Gazetteer, arguments: ArgumentFinder
    ) -> None:
        self.codebook = codebook
        self.cues = cues
        self.gazetteer = gazetteer
        self.arguments = arguments
        self.parties = VerbPartyFinder(codebook, cues, arguments)
        self.party_codes = PartyCodes(codebook, cues, arguments)

    def frame(
        self,
        verb: Token,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
        consumed: set[int],
        reported: set[int],
    ) -> Frame | None:
        """The frame `verb` triggers, or None. `consumed` gathers the objects that chose a
        verb's code (no frames of their own), `reported` those it codes without (someone
        else's deed), for the noun frames found after."""
        if not (
            self.codebook.is_event_verb(verb.lemma_.lower())
            or self.party_codes.party_coded(verb)
            or verb.lemma_.lower() in self.cues.exit_verbs
        ):
            return None
        children = list(verb.children)
        if verb.tag_ == "VBG" and self._rejected(_described(verb)):
            # "vetoed a resolution demanding a ceasefire": what the rejected text asks is no
            # one's deed, nor is what it asks for ("criticising its invasion" leaves the invasion)
            if verb.lemma_.lower() in self.cues.irrealis_verbs:
                consumed.update(t.i for t in verb.subtree)
            return None
        if verb.dep_ == "acl" and verb.head.i in consumed and verb.tag_ != "VBG":
            # "signed an agreement to assist each other": what was agreed is the agreement's
            # content, already coded with it (a participle, "sent a message praising X", is
            # coded, and frame_merging decides whether it is the deed or the content)
            return None
        dobj = next((c for c in children if c.dep_ in ("dobj", "attr", "oprd")), None)
        dobj = dobj or shifted_object(verb)
        antecedent = relative_object(verb) if dobj is None else None
        if antecedent is not None and antecedent.i not in actors:
            # "a charge Tripoli denied": a relative clause with a subject of its own and no
            # object acts on the noun it describes
            dobj = antecedent
        preps = [
            c
            for c in children
            if c.dep_ in ("prep", "agent", "dative")
            and not _of_time(c)  # "on Monday": no "call on"
        ]
        particle = next((c.lower_ for c in children if c.dep_ == "prt"), None)
        adverb = _adverb_particle(verb) if particle is None else None
        if particle is None and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.cues.departure_verbs
            for c in children
        ):
            particle = "out"  # "ordered the ambassador to leave" orders the ambassador out
        carried: Token | None = None  # an agent word the verb acts with ("sent troops")
        if dobj is not None:
            thing: Token | None = measured(dobj, self.cues.measure_nouns)
        else:  # "engaged in ethnic cleansing", "went on strike": the event is the prep's object
            thing = prep_object(verb, OBJECT_PREPS, deps=("prep",))
            thing = None if thing is None or thing.i in actors or _of_time(thing.head) else thing
            if thing is None:
                thing = self._named_prep_object(verb, particle, preps)

        object_lemma = None
        modifiers: tuple[str, ...] = ()  # of the object: "hunger" in "staged a hunger strike"
        if thing is not None and thing.i not in actors:
            object_lemma = thing.lemma_.lower()
            modifiers = noun_modifiers(thing, actors)
            if thing.lower_ in self.cues.thing_pronouns:
                object_lemma = self._antecedent(verb, particle) or object_lemma
            if self._names_a_place(thing) and not self.codebook.names_object(
                verb.lemma_.lower(), particle, object_lemma
            ):
                # "captured Jaffna" is coded as "captured territory" ("closed the Strait of
                # Hormuz" keeps its own word); a place is no actor here
                object_lemma = TERRITORY
            if self.cues.peacekeeping_modifiers.intersection(modifiers):
                # "deploy a peacekeeping force", "end its peacekeeping mission": the verb's
                # patterns for peacekeepers apply, not those for troops or operations
                object_lemma = PEACEKEEPER
        elif thing is not None:
            with_object = prep_object(verb, ("with",))
            object_lemma = with_object.lemma_.lower() if with_object is not None else None
        verdict = (
            _made_into(dobj)
            # "called Turkey's offensive an invasion", parsed as two predicates: the later
            or next((c for c in children if c.dep_ == "oprd" and c is not dobj), None)
            or next(
                (  # "took 200 people hostage", parsed as a clause of its own: the pattern decides
                    c
                    for c in children
                    if c.dep_ in ("advcl", "xcomp", "ccomp")
                    and not any(g.dep_ in ("aux", "mark") for g in c.children)
                    and self.codebook.names_object(verb.lemma_, particle, c.lemma_)
                ),
                None,
            )
        )
        if verdict is not None and dobj is not None and verdict.i != dobj.i:
            # "calling the decree illegal": the verdict, not the thing judged, names the act
            object_lemma, modifiers = verdict.lemma_.lower(), noun_modifiers(verdict, actors)
        named_noun = _noun_read_as_verb(verb, dobj)
        if (
            verdict is None
            and named_noun is not None
            and self.codebook.names_object(verb.lemma_, particle, named_noun.lower_)
        ):
            object_lemma = named_noun.lower_
        frame = VerbFrame(
            lemma=verb.lemma_.lower(),
            particle=particle,
            object_lemma=object_lemma,
            preps=tuple(sorted({p.lower_ for p in preps})),
            object_modifiers=modifiers,
        )
        action = self.codebook.match_verb(frame)
        if adverb is not None:
            # "turned back three ships": the model's adverb is the verb's particle when a
            # pattern names the verb with it
            with_adverb = replace(frame, particle=adverb)
            if self.codebook.match_verb(with_adverb) != action:
                frame, action = with_adverb, self.codebook.match_verb(with_adverb)
        if dobj is not None and thing is not None and thing.i in actors:
            # "send tanks to Ukraine": an agent word that a pattern names as the verb's
            # object is the thing sent, not the target
            sent = thing.lemma_.lower()
            as_thing = self.codebook.match_verb(
                VerbFrame(frame.lemma, frame.particle, sent, frame.preps)
            )
            if as_thing is not None and self.codebook.names_object(
                frame.lemma, frame.particle, sent
            ):
                action, object_lemma = as_thing, sent
                consumed.update((dobj.i, thing.i))
                carried, dobj, thing = thing, None, None
        if (
            action is None
            and thing is not None
            and object_lemma is not None
            and (dobj is not None or self.codebook.is_light(frame.lemma, frame.particle))
        ):
            # "renewed negotiations", "gave a warm welcome": the object names the event
            action = self.codebook.match_noun(object_lemma, modifiers)
        if action is None and dobj is not None and (dobj.i in actors or dobj.pos_ == "PRON"):
            # "put its army on high alert", "stripped 40 dissidents of their citizenship":
            # with an actor as its object, the object of 'on', 'under' or the actor's 'of'
            # names the event; forces are what is put, not the target
            state = prep_object(verb, STATE_PREPS, deps=("prep",)) or prep_object(
                dobj, ("of",), deps=("prep",)
            )
            state = None if state is None else measured(state, self.cues.measure_nouns)
            if state is not None and state.i not in actors:
                action = self.codebook.match_verb(
                    VerbFrame(frame.lemma, frame.particle, state.lemma_.lower())
                )
                if action is not None:
                    consumed.add(state.i)
                    put = actors.get(dobj.i)
                    if put is not None and put.actor.role in ARMED_ROLES:
                        carried, dobj = dobj, None
        if self._leaves_body(verb, dobj, actors):
            # "Mali left ECOWAS", "withdrew from the African Union": leaving an international
            # body cuts relations with it, no troop withdrawal
            action = self.codebook.by_code(BODY_EXIT_CODE)
        if action is None:
            action = self.party_codes.armed_entry(verb, dobj, actors, memory, sentence_index)
        if action is None:
            action = self.party_codes.membership(verb, dobj, actors)
        if action is None:
            action = self.party_codes.deadline(verb)
        if action is None:
            return None
        if action.cameo_code == VERBAL_DEFENCE_CODE and aim_of_deed(
            verb, self.cues.reporting_verbs | self.cues.irrealis_verbs
        ):
            return None  # "sent troops to defend Ukraine": no words of defence
        if action.cameo_code == CONSULT_CODE and _met_with_a_response(verb, actors):
            return None
        action = self._as_intent(verb, action)
        if action.cameo_code == MILITARY_AID_CODE and any(
            t.lemma_.lower() in self.cues.sale_words for t in verb.sent
        ):
            # "delivered the missiles ..., the purchase": arms sold, not given
            action = self.codebook.by_code(MILITARY_COOPERATION_CODE)
        if action.cameo_code == STATEMENT_CODE:
            action = self._said_in_consultation(verb, actors, consumed) or action
        if (
            thing is not None
            and object_lemma is not None
            and (
                self._object_coded(frame, action)
                # "signed an agreement": the object names the verb's own event again
                or self.codebook.match_noun(object_lemma, modifiers) == action
            )
        ):
            consumed.update({thing.i} if dobj is None else {dobj.i, thing.i})
            if verdict is not None and dobj is not None and verdict.i != dobj.i:
                # "called the offensive an invasion": the verdict is coded; the deed judged
                # is its doer's, as a condemned attack is
                consumed.difference_update({dobj.i, thing.i})
                consumed.add(verdict.i)
                reported.add(dobj.i)
            elif frame.lemma in self.cues.judging_verbs and self._owned_appeal(thing, actors):
                # "rejected Chile's call for talks": the call is Chile's own appeal, judged
                consumed.discard(thing.i)
                reported.add(thing.i)
        elif thing is not None and frame.lemma in self.cues.judging_verbs:
            reported.add(thing.i)  # "condemned the attack": the attack is not the condemner's
        elif thing is not None and frame.lemma in self.cues.topic_verbs:
            consumed.add(thing.i)  # "discussed further aid": a topic, not a deed done

        source, target = self.parties.parties(
            verb, frame, action, dobj, thing, carried, verdict, actors, memory, sentence_index
        )
        if target is None and source is not None and action.cameo_root == STATEMENT_ROOT:
            obliged = obliged_subject(verb, actors, starts(source))
            if obliged is not None:
                # "said the US must be ready to mediate": a statement that obliges another
                # actor is a demand on it
                action, target = self.codebook.by_code(DEMAND_CODE), obliged
        if source is not None and action.cameo_root == STATEMENT_ROOT:
            threatened = threatened_subject(verb, actors, starts(source), self.cues)
            if threatened is not None:
                # "Peru could face consequences if ..., the minister told his counterpart": a
                # statement that someone will face consequences or pay a price threatens it
                action, target = self.codebook.by_code(THREAT_CODE), threatened
        if frame.lemma in self.cues.command_verbs and action.cameo_code == DEMAND_CODE:
            ordered = actors.get(dobj.i) if dobj is not None else None
            if (
                ordered is None
                or source is None
                or (
                    ordered.actor.country == source.actor.country
                    and ordered.actor.role in STATE_FORCES
                )
            ):
                # "ordered troops to pull out", "ordered the lifting of sanctions": a command
                # to one's own side, or of a deed, is the deed; only an order to another
                # party ("the court ordered Israel to ...") is a demand on it
                return None
        if source is None and target is None:
            return None
        if action.cameo_root == VISIT_ROOT and self.party_codes.keeps_peace(verb, source, actors):
            action = self.codebook.by_code(PEACEKEEPING_CODE)
        action = backing_arms(action, frame.lemma, target, self.codebook, self.cues.backing_verbs)
        if action.cameo_root in VIOLENT_ROOTS and _shot_dead(verb, self.cues.death_words):
            # "gunmen shot dead two policemen": a killing, not an exchange of fire (193); the
            # model often reads "dead" as the object's modifier
            action = self.codebook.by_code(ASSASSINATION_CODE if leader(target) else KILLING_CODE)
        elif action.cameo_root in VIOLENT_ROOTS and leader(target):
            action = self.party_codes.assassination(verb) or action
        return Frame(verb, action, nominal=False, source=source, target=target)

    def _leaves_body(self, verb: Token, dobj: Token | None, actors: dict[int, TokenActor]) -> bool:
        """A verb of leaving whose object, or 'from' object, is an international body."""
        if verb.lemma_.lower() not in self.cues.exit_verbs:
            return False
        left = dobj or prep_object(verb, ("from",), deps=("prep",))
        body = actors.get(left.i) if left is not None else None
        return body is not None and body.actor.role == IGO  # the body, not its peacekeepers

    def _rejected(self, noun: Token) -> bool:
        """The noun is the object of a rejection ('vetoed a resolution')."""
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            return False
        frame = VerbFrame(noun.head.lemma_.lower(), object_lemma=noun.lemma_.lower())
        action = self.codebook.match_verb(frame)
        return action is not None and action.cameo_root == REJECT_ROOT

    def _names_a_place(self, noun: Token) -> bool:
        """A proper name the entity recogniser or the gazetteer takes for a place (the small
        model often tags a town it does not know, 'captured Jaffna', as a person)."""
        if noun.pos_ != "PROPN":
            return False
        return noun.ent_type_ in PLACE_LABELS or self.gazetteer.lookup(noun.text) is not None

    def _as_intent(self, verb: Token, action: ActionCode) -> ActionCode:
        """'Turkey was ready to mediate': being ready to cooperate is an intent to (CAMEO 03x),
        not the cooperation itself; so is the aim of what one is ready to do ('ready to send
        doctors to help Chad', 'ready to lead a force and to protect ...')."""
        while verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
            if verb.dep_ == "advcl" and not any(c.lower_ == "to" for c in verb.children):
                return action
            verb = verb.head
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in self.cues.intent_adjectives:
            return action
        return as_intent(action, self.codebook)

    def _owned_appeal(self, noun: Token, actors: dict[int, TokenActor]) -> bool:
        """True for an appeal or demand noun whose possessor names its maker ('Chile's call for
        talks'): judging it leaves it an event of its maker's."""
        action = self.codebook.match_noun(noun.lemma_.lower(), purpose_modifiers(noun, actors))
        return (
            action is not None
            and action.cameo_root in (APPEAL_ROOT, DEMAND_ROOT)
            and any(c.dep_ == "poss" and c.i in actors for c in noun.children)
        )

    def _object_coded(self, frame: VerbFrame, action: ActionCode) -> bool:
        """True when the object chose the code ('launched a mediation effort'); an object the
        verb codes without ('condemned Russia's attack on Ukraine') is an event of its own."""
        bare = VerbFrame(frame.lemma, frame.particle, None, frame.preps)
        return self.codebook.match_verb(bare) != action

    def _named_prep_object(
        self, verb: Token, particle: str | None, preps: list[Token]
    ) -> Token | None:
        """'called for a ceasefire', 'pressed for talks': the object of a preposition that a
        pattern names with an appeal or demand verb is what it asks for, and its object
        ('call for a ceasefire': 0256)."""
        for prep in preps:
            bare = self.codebook.match_verb(
                VerbFrame(verb.lemma_.lower(), particle, None, (prep.lower_,))
            )
            if bare is None or bare.cameo_root not in (APPEAL_ROOT, DEMAND_ROOT):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if self.codebook.names_object(verb.lemma_.lower(), particle, pobj.lemma_.lower()):
                    return pobj
        return None

    def _antecedent(self, verb: Token, particle: str | None) -> str | None:
        """'agreed to a ceasefire, then accused Pakistan of violating it': the nearest earlier
        noun of the sentence that the verb's patterns name as an object is what 'it' stands for."""
        lemma = verb.lemma_.lower()
        for token in reversed(verb.sent[: verb.i - verb.sent.start]):
            noun = token.lemma_.lower()
            if token.pos_ == "NOUN" and self.codebook.names_object(lemma, particle, noun):
                return noun
        return None

    def _said_in_consultation(
        self, verb: Token, actors: dict[int, TokenActor], consumed: set[int]
    ) -> ActionCode | None:
        """'Erdogan told Putin in a telephone call that ...', 'by phone': what is said in a
        call is that call (041), as CAMEO codes the contact, not the words ('told reporters
        during talks' stays a statement: the reporters are not the other side)."""
        for noun in prep_objects(verb, MEANS_PREPS):
            if noun.i in actors:
                continue
            action = self.codebook.match_noun(noun.lemma_.lower(), noun_modifiers(noun, actors))
            if action is not None and action.cameo_code == PHONE_CODE:
                consumed.add(noun.i)
                return action
        return None


def _noun_read_as_verb(verb: Token, dobj: Token | None) -> Token | None:
    """'reopened the Kerem Shalom crossing', parsed as the name 'Kerem Shalom' and a clause
    'crossing ...': a participle right after a name that is the verb's object may be the
    noun the name qualifies (the patterns decide)."""
    if dobj is None or dobj.pos_ != "PROPN":
        return None
    return next(
        (c for c in verb.children if c.tag_ == "VBG" and c.dep_ == "advcl" and c.i == dobj.i + 1),
        None,
    )


def _described(participle: Token) -> Token:
    """The noun a participle describes: its head, or, for one parsed as a clause of the verb
    and not set off by a comma ('vetoed a resolution on Friday demanding'), the verb's object;
    else the participle itself."""
    if participle.dep_ == "acl":
        return participle.head
    before = participle.doc[participle.left_edge.i - 1] if participle.left_edge.i > 0 else None
    if participle.dep_ != "advcl" or before is None or before.is_punct:
        return participle
    return next((c for c in participle.head.children if c.dep_ == "dobj"), participle)


def _met_with_a_response(verb: Token, actors: dict[int, TokenActor]) -> bool:
    """'will be met with fire and fury', 'was met with protests': a passive meeting 'with' a
    thing, not a party, is how something is answered, no meeting."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    met = prep_object(verb, ("with",), deps=("prep",))
    return met is not None and met.i not in actors


def _of_time(prep: Token) -> bool:
    """A preposition that only sets a time ('on Monday', 'in March'), which no verb pattern's
    preposition means."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in TIME_LABELS for o in objects)


def _made_into(dobj: Token | None) -> Token | None:
    """'designate Kenya a major ally', 'called the offensive an invasion', parsed as two
    objects: the second, right after the first (not a restatement after a comma), is what
    the first is made or called."""
    if dobj is None:
        return None
    return next(
        (
            c
            for c in dobj.head.children
            if c.dep_ in ("dobj", "oprd")
            and c.i > dobj.i
            and c.left_edge.i == dobj.right_edge.i + 1
        ),
        None,
    )


def _adverb_particle(verb: Token) -> str | None:
    """The adverb right after a verb, which the small model often gives a particle's place
    ('turned back three ships')."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "advmod" or nxt.head.i != verb.i or not nxt.is_alpha:
        return None
    return nxt.lower_


def _shot_dead(verb: Token, death_words: frozenset[str]) -> bool:
    """A death word right after the verb ('shot dead', 'was shot dead')."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.lower_ in death_words
