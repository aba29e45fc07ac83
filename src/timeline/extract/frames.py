"""Event frames: a trigger (verb or noun), its action code, and its source and target actors.

A verb is coded by its lemma, particle, object and prepositions (the codebook's verb patterns),
else by the event noun it takes as object; an event noun by its own patterns. Which actors are
its parties is read from the parse by `arguments.ArgumentFinder`; the rules here decide which
of its answers apply (a passive, a denial in a relative clause, an order to one's own side).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Span, Token

from timeline.codes import ActionCode, ActorCode
from timeline.extract.actors import (
    ARMED_ROLES,
    ArticleMemory,
    TokenActor,
    actor_in,
)
from timeline.extract.arguments import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    TARGET_PREPS,
    ArgumentFinder,
    as_role,
    claimant,
    clause_subject,
    counted,
    deed_doer,
    measured,
    noun_modifiers,
    obliged_subject,
    own_people,
    participle_agent,
    prep_object,
    prep_objects,
    purpose_target,
    relative_object,
    reported_doer,
    same_side,
    shifted_object,
    starts,
    subject_actor,
    threatened_object,
)
from timeline.extract.cameo import (
    ACCUSE_ROOT,
    APPEAL_ROOT,
    ASSASSINATION_CODE,
    ATTEMPT_CODE,
    CONSULT_CODE,
    DEED_ROOTS,
    DEMAND_CODE,
    DEMAND_ROOT,
    DENIAL_CODE,
    ENTRY_CODE,
    EXPEL_CODE,
    FINDING_CODE,
    INCURSION_CODE,
    JUDGING_ROOTS,
    MEDIATION_CODE,
    MEMBERSHIP_CODE,
    PEACEKEEPING_CODE,
    PHONE_CODE,
    REJECT_ROOT,
    RELEASE_CODE,
    SHOW_ROOTS,
    STATEMENT_CODE,
    STATEMENT_ROOT,
    THREAT_CODE,
    THREAT_ROOT,
    ULTIMATUM_CODE,
    VERBAL_DEFENCE_CODE,
    VERDICT_CODE,
    VIOLENT_ROOTS,
    VISIT_CODE,
    VISIT_ROOT,
)
from timeline.extract.clause_time import OTHER_TIME
from timeline.extract.cues import Cues
from timeline.extract.frame_merging import (
    agreed_deeds,
    means_to,
    protest_demand,
    protests_told_by_demand,
    refused_deeds,
    refused_text,
    restated,
    said_deeds,
    talk_of,
    undone,
    weighed,
    with_toll,
)
from timeline.extract.intent import as_intent
from timeline.extract.modality import aim_of_deed, clause_verb
from timeline.extract.noun_frames import (
    aimed_at,
    enclosing_party,
    its_owner,
    place_party,
    takes_place_target,
    venue,
)
from timeline.extract.spans import PLACE_LABELS
from timeline.models import GeoPrecision
from timeline.normalise.actions import Codebook, VerbFrame
from timeline.normalise.places import Gazetteer

MEANS_PREPS = ("in", "by", "during", "over")  # "told Putin in a phone call", "by telephone"
ENTRY_PREPS = ("into", "over")
LEADER_ROLES = frozenset({"GOV", "ELI"})  # whose killing is an assassination
GOVERNMENT, CIVILIANS = "GOV", "CVL"
VICTIM_ROLES = frozenset({CIVILIANS, "REF"})  # people a state acts on, never its means
IGO = "IGO"  # the code of an international body, as its country or role
STATE_VOICES = frozenset({"GOV", "MIL"})  # roles whose holders speak for their state
# what a reported clause says, down through its coordinated, adverbial and complement clauses
VOICED_CLAUSES = ("ccomp", "conj", "advcl", "xcomp", "acomp")
STATE_FORCES = frozenset({None, "GOV", "MIL", "COP"})  # a state's own arms, told what to do
NOUN_SOURCE_PREPS = ("by", "from", "of")
TERRITORY = "territory"  # the object word a named place stands for in the verb patterns
PEACEKEEPER = "peacekeeper"  # the object word a peacekeeping force or mission stands for
MOBILISE_ROOT = "15"  # a show of force: forces mobilised, deployed, put on alert
SECURITY_ROLES = frozenset({"MIL", "COP"})  # forces whose arrival abroad is no visit
# with no object: "engage in", "go on", "put under arrest", "withdraw from the deal"
OBJECT_PREPS = ("in", "on", "under", "from")
TIME_LABELS = ("DATE", "TIME")  # entity labels of a time, not a party or place
NOUN_TARGET_PREPS = ("to", "with", "against", "on", "of", "toward", "towards", "for", "into", "in")


@dataclass(frozen=True)
class Frame:
    """One event found in a sentence, before dates, places and codes are attached."""

    trigger: Token
    action: ActionCode
    nominal: bool
    source: TokenActor | None
    target: TokenActor | None


class FrameFinder:
    """Finds event frames in a sentence from the codebook's verb and noun patterns."""

    def __init__(self, codebook: Codebook, cues: Cues, gazetteer: Gazetteer) -> None:
        self.codebook = codebook
        self.cues = cues
        self.gazetteer = gazetteer
        self.arguments = ArgumentFinder(codebook, cues)

    def frames(
        self, sent: Span, actors: dict[int, TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> list[Frame]:
        found: list[Frame] = []
        consumed: set[int] = set()  # objects that chose their verb's code
        reported: set[int] = set()  # objects a verb codes without: someone else's deed
        for token in sent:
            if token.pos_ == "VERB" and (
                self.codebook.is_event_verb(token.lemma_.lower()) or self._party_coded(token)
            ):
                frame = self._verb_frame(token, actors, memory, sentence_index, consumed, reported)
                if frame is not None:
                    found.append(frame)
        for token in sent:
            if token.pos_ == "NOUN" and token.i not in consumed:
                frame = self._noun_frame(token, actors, memory, sentence_index, token.i in reported)
                if frame is not None:
                    found.append(frame)
        found = [f for f in found if not means_to(f, found, self.cues.means_verbs)]
        found = [f for f in found if not talk_of(f, found, self.cues.topic_verbs)]
        found = [f for f in found if not protest_demand(f, found)]
        found = protests_told_by_demand(found, self.codebook)
        found = [f for f in found if not self._no_violence(f)]
        found = with_toll(found, self.cues.toll_verbs)
        found = agreed_deeds(found, self.codebook, self.cues.planned_verbs)
        found = said_deeds(found)
        found = [f for f in found if not undone(f, found)]
        found = [f for f in found if not weighed(f, found, self.cues.weighing_verbs)]
        found = [f for f in found if not refused_text(f, found)]
        found = refused_deeds(found, self.codebook)
        found = [f for i, f in enumerate(found) if not restated(f, found[:i])]
        found = [self._city_struck(frame) for frame in found]
        found = [self._to_host(frame) for frame in found]
        found = [_forces_sent(frame, actors) for frame in found]
        found += self._findings(sent, found, actors, memory, sentence_index)
        return [self._state_by_its_voice(frame, actors) for frame in found]

    def _no_violence(self, frame: Frame) -> bool:
        """'An earthquake struck Turkey', 'Spain beat England 1-0 in the final': a blow dealt
        by a natural hazard, or a win in sport, is no one's assault."""
        if frame.action.cameo_root not in VIOLENT_ROOTS:
            return False
        trigger = frame.trigger
        doer = next((c for c in trigger.children if c.dep_ in SUBJECTS), None)
        if doer is not None and doer.lemma_.lower() in self.cues.hazard_nouns:
            return True
        # the sport is what the win happened in ("beat England in the final"), not a time
        # the deed is set by ("beat fans after the match") nor a word elsewhere in the sentence
        return trigger.lemma_.lower() in self.cues.contest_verbs and any(
            t.dep_ != "amod"  # "the final vote" is no final
            and t.lemma_.lower() in self.cues.sport_nouns
            and not _set_in_time_by(t, trigger)
            for t in trigger.subtree
        )

    def _to_host(self, frame: Frame) -> Frame:
        """'did not travel to Johannesburg for the BRICS summit', 'attended the G20 summit':
        a visit for a body's meeting goes to the country that hosts it (found from where it
        is placed), not to the body."""
        target = frame.target
        if (
            frame.action.cameo_code != VISIT_CODE
            or target is None
            or IGO not in (target.actor.country, target.actor.role)
        ):
            return frame
        word = frame.trigger.doc[target.start : target.end].root
        for meeting in word.ancestors:
            if meeting.i == frame.trigger.i:
                break
            action = self.codebook.match_noun(meeting.lemma_.lower())
            if meeting.pos_ == "NOUN" and action is not None and action.cameo_root == VISIT_ROOT:
                return replace(frame, target=None)
        return frame

    def _pronoun_object(
        self, dobj: Token, source: TokenActor, memory: ArticleMemory, sentence_index: int
    ) -> TokenActor | None:
        """'cut ties with Qatar, accusing it of ...', 'which accuses him of ...': an object
        pronoun stands for the actor named last before it, as a subject pronoun does, unless
        that is the doer itself."""
        if dobj.lower_ not in self.cues.person_pronouns | self.cues.thing_pronouns:
            return None
        found = self.arguments.pronoun_subject(dobj, memory, sentence_index)
        if found is None or found.actor == source.actor or same_side(found, source):
            return None
        return found

    def _mutual(self, trigger: Token, action: ActionCode) -> bool:
        """Whether joint doers do the deed to each other: any non-violent deed ('Kim and
        Putin met'), a violent one only when reciprocal ('fought', 'shot at each other')."""
        if action.cameo_root not in VIOLENT_ROOTS:
            return True
        if trigger.lemma_.lower() in self.cues.reciprocal_verbs:
            return True
        words = [t.lower_ for t in trigger.subtree]
        return any(pair in (("each", "other"), ("one", "another")) for pair in pairwise(words))

    def _city_struck(self, frame: Frame) -> Frame:
        """'Rebels shelled Juba': a capital a violent deed is done to is the city, its people
        (CVL), not the government the capital's name stands for in words and deals; taking
        it ('fighters entered Kabul') is taking it from the government."""
        target = frame.target
        if (
            frame.nominal
            or frame.action.cameo_root not in VIOLENT_ROOTS
            or frame.action.cameo_code == ENTRY_CODE
            or target is None
            or not target.direct
            or target.actor.kind != "country"
            or target.actor.role != GOVERNMENT
        ):
            return frame
        place = self.gazetteer.lookup(target.text)
        if place is None or place.precision is not GeoPrecision.CITY:
            return frame
        actor = ActorCode(target.actor.name, target.actor.country, CIVILIANS, "agent")
        return replace(frame, target=replace(target, actor=actor))

    def _findings(
        self,
        sent: Span,
        found: list[Frame],
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
    ) -> list[Frame]:
        """'Investigators concluded that the government was responsible', 'the court found two
        men guilty': a body that finds someone did a wrong accuses them (112, a verdict 116),
        besides the deed itself, which its own trigger codes. A mere report ('said that')
        accuses only when it names the wrong ('responsible for the attack', 'war crimes')."""
        deeds = {f.trigger.i for f in found if f.action.cameo_root in DEED_ROOTS}
        findings: list[Frame] = []
        for verb in sent:
            lemma = verb.lemma_.lower()
            finds = lemma in self.cues.finding_verbs
            if verb.pos_ != "VERB" or not (finds or lemma in self.cues.reporting_verbs):
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                charge = self._charge(clause, deeds if finds else set())
                if charge is None:
                    continue
                source = self.arguments.subject(verb, actors, memory, sentence_index)
                # the one the finding names is the subject of the clause that names the charge
                target = subject_actor(
                    clause, actors, starts(source), (*SUBJECTS, *PASSIVE_SUBJECTS)
                )
                if source is None or target is None or same_side(target, source):
                    continue
                code = VERDICT_CODE if charge in self.cues.verdict_words else FINDING_CODE
                findings.append(Frame(verb, self.codebook.by_code(code), False, source, target))
        return findings

    def _charge(self, clause: Token, deeds: set[int]) -> str | None:
        """The word by which a reported clause charges its subject with a wrong ('guilty',
        'responsible' for a deed, a violent deed found), or None for a neutral statement."""
        if any(c.dep_ == "neg" for c in clause.children):
            return None  # "found that X had not killed ...": a finding for X
        if clause.i in deeds:
            return clause.lemma_.lower()
        words = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "dobj"))]
        words += prep_objects(clause, ("to",))  # "may amount to crimes against humanity"
        for word in words:
            lemma = word.lemma_.lower()
            if lemma in self.cues.charge_words:
                return lemma
            if lemma in self.cues.blame_words and any(
                self._is_deed(pobj) for pobj in prep_objects(word, ("for",))
            ):
                return lemma
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

    def _keeps_peace(
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

    def _draws(self, verb: Token) -> bool:
        """A verb by which a deed brings on a reaction ('drew condemnation', 'sparked protests')."""
        return verb.lemma_.lower() in self.cues.reaction_verbs

    def _is_deed(self, noun: Token) -> bool:
        """A noun naming coercion or violence ('the attack', 'the bombing of the embassy')."""
        action = self.codebook.match_noun(noun.lemma_.lower())
        return action is not None and action.cameo_root in DEED_ROOTS

    def _state_by_its_voice(self, frame: Frame, actors: dict[int, TokenActor]) -> Frame:
        """'Erdogan told Putin that Turkey was ready to mediate': a state its own official
        speaks for acts through that official (TURGOV), not as the bare country."""
        source = frame.source
        if source is None or source.actor.kind != "country" or source.actor.role is not None:
            return frame
        clause = clause_verb(frame.trigger)
        while clause.dep_ in VOICED_CLAUSES and clause.head.i != clause.i:
            reported = clause.dep_ == "ccomp"
            clause = clause.head
            if reported and clause.lemma_.lower() in self.cues.reporting_verbs:
                speaker = subject_actor(clause, actors, set())
                if (
                    speaker is not None
                    and speaker.actor.country == source.actor.country
                    and speaker.actor.role in STATE_VOICES
                ):
                    return replace(frame, source=speaker)
                return frame
        return frame

    # verbs -----------------------------------------------------------------

    def _verb_frame(
        self,
        verb: Token,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
        consumed: set[int],
        reported: set[int],
    ) -> Frame | None:
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
        if action is None:
            action = self._armed_entry(verb, dobj, actors, memory, sentence_index)
        if action is None:
            action = self._membership(verb, dobj, actors)
        if action is None:
            action = self._deadline(verb)
        if action is None:
            return None
        if action.cameo_code == VERBAL_DEFENCE_CODE and aim_of_deed(
            verb, self.cues.reporting_verbs | self.cues.irrealis_verbs
        ):
            return None  # "sent troops to defend Ukraine": no words of defence
        if action.cameo_code == CONSULT_CODE and _met_with_a_response(verb, actors):
            return None
        action = self._as_intent(verb, action)
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
        elif thing is not None and frame.lemma in self.cues.judging_verbs:
            reported.add(thing.i)  # "condemned the attack": the attack is not the condemner's
        elif thing is not None and frame.lemma in self.cues.topic_verbs:
            consumed.add(thing.i)  # "discussed further aid": a topic, not a deed done

        source, target = self._verb_parties(
            verb, frame, action, dobj, thing, carried, verdict, actors, memory, sentence_index
        )
        if target is None and source is not None and action.cameo_root == STATEMENT_ROOT:
            obliged = obliged_subject(verb, actors, starts(source))
            if obliged is not None:
                # "said the US must be ready to mediate": a statement that obliges another
                # actor is a demand on it
                action, target = self.codebook.by_code(DEMAND_CODE), obliged
        if source is not None and action.cameo_root == STATEMENT_ROOT:
            threatened = self.arguments.threatened_subject(verb, actors, starts(source))
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
        if action.cameo_root == VISIT_ROOT and self._keeps_peace(verb, source, actors):
            action = self.codebook.by_code(PEACEKEEPING_CODE)
        if action.cameo_root in VIOLENT_ROOTS and _leader(target):
            action = self._assassination(verb) or action
        return Frame(verb, action, nominal=False, source=source, target=target)

    def _verb_parties(
        self,
        verb: Token,
        frame: VerbFrame,
        action: ActionCode,
        dobj: Token | None,
        thing: Token | None,
        carried: Token | None,
        verdict: Token | None,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
    ) -> tuple[TokenActor | None, TokenActor | None]:
        """A verb's source and target: its subject and object, or a passive's agent and
        patient, then the other places wire copy puts a party, in order, while no target
        is found."""
        children = list(verb.children)
        patient = next((c for c in children if c.dep_ in PASSIVE_SUBJECTS), None)
        if patient is None and any(c.dep_ == "auxpass" for c in children):
            # "arrived in Moscow and been granted asylum": a passive sharing the subject of
            # the verb it is joined to
            patient = _shared_subject(verb)
        if (
            patient is None
            and action.cameo_code == MEDIATION_CODE
            and verb.dep_ == "acl"
            and any(c.dep_ == "agent" for c in children)
        ):
            # "talks mediated by China": a mediation told as a participle with its doer is a
            # passive on the noun it describes (other participles keep the older reading,
            # which the plover-gsr source roles were measured with)
            patient = verb.head
        passive = patient is not None
        source: TokenActor | None
        target: TokenActor | None
        if patient is not None:
            agent = prep_object(verb, ("by",), deps=("agent", "prep"))
            source = actor_in(agent, actors, set()) if agent is not None else None
            light = self.codebook.is_light(frame.lemma, frame.particle)
            if source is None and agent is None and frame.lemma in self.cues.stative_participles:
                # "Israel is opposed to French mediation": the subject's own stance
                source = actor_in(patient, actors, set())
                target = self.arguments.direct_target(verb, None, actors, starts(source))
            elif source is None and dobj is None and thing is not None and light:
                # "Serb forces were engaged in ethnic cleansing": a state the subject is in
                source = actor_in(patient, actors, set())
                target = self.arguments.direct_target(verb, None, actors, starts(source))
            else:
                target = actor_in(patient, actors, starts(source))
                if source is None and agent is None:
                    # "killed in a clash with Sudanese troops": the other side of the fight
                    source = self.arguments.other_side(verb, actors, starts(target))
        else:
            source = self.arguments.accused(verb, actors) or self.arguments.subject(
                verb, actors, memory, sentence_index
            )
            if frame.lemma in self.cues.topic_verbs:
                # "discussed aid to Ukraine": whom a talk is with, not whom its topic names
                target = _talk_partner(verb, dobj, actors, starts(source))
            else:
                target = self.arguments.direct_target(verb, dobj, actors, starts(source))
            if target is None and dobj is not None and source is not None:
                target = self._pronoun_object(dobj, source, memory, sentence_index)
            if target is not None and dobj is not None and dobj.i not in actors:
                # "join Israel's strikes on Iran": a deed the object names is aimed where it
                # says, not at whose deed it is
                target = aimed_at(dobj, action, self.codebook, actors, starts(source)) or target
            if (
                source is not None
                and target is not None
                and (dobj is None or actors.get(dobj.i) is not target)
                and not source.direct
                and source.text.lower() in self.cues.pair_subjects
            ):
                # "the two sides agreed to a ceasefire and the release of hostages": what a
                # pair does is done between its two members, not to a party its object names
                target = (
                    self.arguments.pair_partner(verb, source, actors, memory, sentence_index)
                    or target
                )
            if action.cameo_root == ACCUSE_ROOT and dobj is None:
                # "complained to the UN over Israeli raids": the one complained of is the
                # target, not the one complained to
                target = self.arguments.grievance(verb, actors, starts(source)) or target
            if target is not None and source is not None and own_people(target, source):
                # "offered its troops to Lebanon's president": the source's own people are
                # what it gives; the one they go to is the target
                target = (
                    self.arguments.direct_target(
                        verb, None, actors, starts(source) | {target.start}
                    )
                    or target
                )
            held = actors.get(carried.i) if carried is not None else None
            if (
                action.cameo_code == RELEASE_CODE
                and held is not None
                and source is not None
                and held.actor.country not in (None, source.actor.country)
            ):
                # "handed three hostages to the Red Cross": a release frees the people of
                # the country they are, whoever they are handed to
                target = held
            if target is None and carried is not None:
                # "shared intelligence with Ukraine": the one it goes to hangs from the thing
                target = next(
                    (
                        found
                        for pobj in prep_objects(carried, TARGET_PREPS)
                        if (found := actor_in(pobj, actors, starts(source))) is not None
                    ),
                    None,
                )
        if target is None and source is not None and action.cameo_code == MEDIATION_CODE:
            # "talks in Beijing mediated by China": between the sides of the clause it is in
            target = _clause_party(verb, actors, starts(source))
        if target is None and source is not None:
            target = self._indirect_target(
                verb, frame, action, dobj, carried, verdict, passive, source, actors, memory,
                sentence_index,
            )  # fmt: skip
        if (
            source is not None
            and action.cameo_root == THREAT_ROOT
            and (target is None or target.actor.country == source.actor.country)
        ):
            # "warned that the army would break up any march by X": one's own side, warned
            # of, is who acts; whom it acts on is threatened
            target = threatened_object(verb, actors, starts(source)) or target
        return source, target

    def _indirect_target(
        self,
        verb: Token,
        frame: VerbFrame,
        action: ActionCode,
        dobj: Token | None,
        carried: Token | None,
        verdict: Token | None,
        passive: bool,
        source: TokenActor,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
    ) -> TokenActor | None:
        """A target the verb names no object for, from the other places wire copy puts one,
        tried in order: the people it carries, the maker of a denied claim, the doer of a
        judged deed, a pair's other member, a complement, a purpose, a condition ..."""
        target: TokenActor | None = None
        held = actors.get(carried.i) if carried is not None else None
        if held is not None and (
            held.actor.country not in (None, source.actor.country)
            or (held.actor.country is not None and held.actor.role in VICTIM_ROLES)
        ):
            # "expelled two Russian diplomats": the people the verb acts on belong to another
            # country, which is what it acts on ("sent its troops" carries the source's own);
            # refugees or civilians ("let its refugees return") are acted on, whoever's
            target = held
        if target is None and (
            action.cameo_code == DENIAL_CODE
            or (self._judges(frame, action) and relative_object(verb) is not None)
        ):
            # "..., a charge Tripoli denied", "blamed Syria, which denied any role": a denial in
            # a relative clause answers whoever made the claim it describes; "opened an
            # inquiry, a move Israel condemned": a judgement, whoever made the move
            target = claimant(verb, actors, starts(source), self.cues.reporting_verbs)
            if target is not None and same_side(target, source):
                target = None  # the claim's own subject, parsed as its maker
        if target is None and verdict is not None:
            # "the junta banned ..., the UN said, calling the decree illegal": the verdict is
            # on the doer of the deed the statement reports
            target = reported_doer(verb, actors, starts(source))
        if target is None and action.cameo_code != STATEMENT_CODE and self._mutual(verb, action):
            # "Qatar and Egypt announced ...": a joint statement is not made to the partner;
            # "U.S. and British warplanes struck ...": joint attackers are allies, unless the
            # deed is done to each other ("Moscow and Beijing fought a border war")
            target = self.arguments.pair_partner(verb, source, actors, memory, sentence_index)
        if target is None and not passive:
            target = self.arguments.complement_target(verb, actors, starts(source))
        if target is None and not passive:
            target = purpose_target(verb, actors, starts(source))
        if target is None and action.cameo_root in SHOW_ROOTS:
            # a protest or a show of force makes a point; whom it is aimed at is the target
            target = self.arguments.aim_target(verb, actors, starts(source))
        if target is None and not passive and counted(dobj):
            target = self.arguments.carried_on(verb, actors, starts(source))
        if target is None and action.cameo_root == REJECT_ROOT:
            target = self.arguments.defied(verb, actors, starts(source))
        if target is None and not passive and self._judges(frame, action):
            target = deed_doer(verb, actors, starts(source))
        if target is None and not passive:
            target = self.arguments.permitted(verb, actors, starts(source))
        if target is None and action.cameo_root == THREAT_ROOT:
            target = self.arguments.threatened(verb, actors, starts(source))
        if target is None and not passive:
            target = self.arguments.blamed_for_it(verb, actors, starts(source))
        return target

    def _moves(self, verb: Token) -> bool:
        """A verb of going over or into a place, coded only by who goes ('_armed_entry')."""
        lemma = verb.lemma_.lower()
        return lemma in self.cues.incursion_verbs or lemma in self.cues.entry_verbs

    def _party_coded(self, verb: Token) -> bool:
        """A verb that is an event only for some parties (armed forces, an international body)."""
        lemma = verb.lemma_.lower()
        return (
            self._moves(verb)
            or lemma in self.cues.membership_verbs
            or lemma in self.cues.deadline_verbs
        )

    def _assassination(self, verb: Token) -> ActionCode | None:
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

    def _deadline(self, verb: Token) -> ActionCode | None:
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

    def _membership(
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

    def _armed_entry(
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

    def _rejected(self, noun: Token) -> bool:
        """The noun is the object of a rejection ('vetoed a resolution')."""
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            return False
        frame = VerbFrame(noun.head.lemma_.lower(), object_lemma=noun.lemma_.lower())
        action = self.codebook.match_verb(frame)
        return action is not None and action.cameo_root == REJECT_ROOT

    def _charge_of(self, noun: Token) -> Token | None:
        """The word ('guilty', 'responsible') of which the noun names the deed, if any."""
        words = self.cues.charge_words | self.cues.blame_words
        for ancestor in noun.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                return None
            if ancestor.lemma_.lower() in words:
                return ancestor
        return None

    def _names_a_place(self, noun: Token) -> bool:
        """A proper name the entity recogniser or the gazetteer takes for a place (the small
        model often tags a town it does not know, 'captured Jaffna', as a person)."""
        if noun.pos_ != "PROPN":
            return False
        return noun.ent_type_ in PLACE_LABELS or self.gazetteer.lookup(noun.text) is not None

    def _as_intent(self, verb: Token, action: ActionCode) -> ActionCode:
        """'Turkey was ready to mediate': being ready to cooperate is an intent to (CAMEO 03x),
        not the cooperation itself."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in self.cues.intent_adjectives:
            return action
        return as_intent(action, self.codebook)

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

    def _judges(self, frame: VerbFrame, action: ActionCode) -> bool:
        """A verb that looks into, blames or judges a deed ('investigated', 'condemned')."""
        return frame.lemma in self.cues.judging_verbs or action.cameo_root in JUDGING_ROOTS

    # nouns -----------------------------------------------------------------

    def _noun_frame(
        self,
        noun: Token,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
        reported: bool,
    ) -> Frame | None:
        action = self.codebook.match_noun(noun.lemma_.lower(), noun_modifiers(noun, actors))
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
                        target = self._pronoun_object(pobj, source, memory, sentence_index)
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
            and self._mutual(noun, action)
        ):
            target = self.arguments.pair_partner(governor, source, actors, memory, sentence_index)
        if target is None and governor is not None and as_role(noun, governor):
            # "held civilians as human shields": the verb's object is who it is done to
            held = next((c for c in governor.children if c.dep_ == "dobj"), None)
            target = actor_in(held, actors, starts(source)) if held is not None else None
        light = noun.dep_ == "dobj" and governor is not None and governor.i == noun.head.i
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


def _forces_sent(frame: Frame, actors: dict[int, TokenActor]) -> Frame:
    """'troops have been deployed to the border region of Peru': armed forces sent, with no
    sender named, are the side that acts, and the country they are sent to the one it acts on."""
    trigger, forces = frame.trigger, frame.target
    if (
        frame.nominal
        or frame.source is not None
        or forces is None
        or frame.action.cameo_root != MOBILISE_ROOT
        or forces.actor.role not in ARMED_ROLES | SECURITY_ROLES
        or not any(c.dep_ == "auxpass" for c in trigger.children)
    ):
        return frame
    destination = prep_object(trigger, ("to", "into"), deps=("prep",))
    host = actor_in(destination, actors, starts(forces)) if destination is not None else None
    if host is not None and host.actor.country == forces.actor.country:
        host = None
    return replace(frame, source=forces, target=host)


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


def _leader(actor: TokenActor | None) -> bool:
    """A named political leader ('Prime Minister Shinzo Abe'), not a state or its forces."""
    return actor is not None and actor.actor.kind == "person" and actor.actor.role in LEADER_ROLES


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


def _set_in_time_by(token: Token, trigger: Token) -> bool:
    """True when `token` hangs from the trigger through 'after', 'before' ... ('beat them
    after the match'): a time the deed is set by, not what it happened in."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.lower_ in OTHER_TIME:
            return True
    return False


def _talk_partner(
    verb: Token, topic: Token | None, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """Whom a talk is held with: 'discussed aid with Putin', where the parse may hang the
    'with' on the topic's last word ('discussed efforts to develop a program with Putin')."""
    heads = [verb, *(topic.subtree if topic is not None else ())]
    for partner in (pobj for head in heads for pobj in prep_objects(head, ("with",))):
        found = actor_in(partner, actors, exclude)
        if found is not None:
            return found
    return None


def _shared_subject(verb: Token) -> Token | None:
    """The subject of the verb a coordinated verb with none of its own is joined to."""
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
        subject = next(
            (c for c in current.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS)), None
        )
        if subject is not None:
            return subject
    return None


def _clause_party(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The subject of the nearest clause above `verb` that has one: the side a deed told
    in passing ('talks mediated by China') is between."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            found = subject_actor(ancestor, actors, exclude)
            if found is not None:
                return found
    return None
