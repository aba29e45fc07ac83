"""Event frames: a trigger (verb or noun), its action code, and its source and target actors.

The rules read the dependency parse: a verb's subject is its source and its object, dative or
prepositional object its target; a passive's agent ("by X") is its source; an event noun takes
its source from "by X", a possessive or a demonym ("Russia's invasion", "Western sanctions"),
or else from the subject of the verb it hangs from ("Kim discussed ... in a visit to Russia").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from timeline.codes import ActionCode, ActorCode
from timeline.extract.actors import ArticleMemory, TokenActor, actor_in
from timeline.extract.cues import Cues
from timeline.extract.intent import as_intent
from timeline.extract.modality import clause_verb
from timeline.normalise.actions import Codebook, VerbFrame
from timeline.normalise.places import Gazetteer

SUBJECTS = ("nsubj", "csubj")
CLIMB_DEPS = ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "acomp", "acl")
SUBJECT_CLIMB = 5
DEMAND_CODE = "100"
VIOLENT_ROOTS = ("18", "19", "20")
THREAT_ROOT = "13"
ACCUSE_ROOT = "11"
JUDGING_ROOTS = ("09", "11")  # investigate; disapprove, accuse: about someone else's deed
GRIEVANCE_PREPS = ("over", "about")  # "complained to the UN over X's raids": what is complained of
THREAT_CODE = "130"
# "will face consequences", "would pay a heavy price": what a threat says its target will suffer
SUFFERED = {
    "face": frozenset(
        {"consequence", "retaliation", "punishment", "reprisal", "wrath", "response", "action"}
    ),
    "pay": frozenset({"price"}),
}
DENIAL_CODE = "016"  # deny responsibility or an accusation
STATE_VOICES = frozenset({"GOV", "MIL"})  # roles whose holders speak for their state
# what a reported clause says, down through its coordinated, adverbial and complement clauses
VOICED_CLAUSES = ("ccomp", "conj", "advcl", "xcomp", "acomp")
OBLIGATION = frozenset({"must", "should", "ought"})
STATE_FORCES = frozenset({None, "GOV", "MIL", "COP"})  # a state's own arms, told what to do
COMMAND_VERBS = frozenset({"order", "instruct", "direct"})
DEPARTURE_VERBS = frozenset({"leave", "depart", "quit", "exit", "evacuate"})
MEANS_VERBS = frozenset({"use", "employ"})  # "used tear gas to disperse": the means of a deed
# verbs whose addressee is the subject of what they ask or warn about, in a clause
ADDRESSEE_IN_CLAUSE = frozenset(
    {"demand", "urge", "insist", "ask", "request", "call", "warn", "threaten", "appeal", "press"}
)
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
TARGET_PREPS = (
    "to",
    "with",
    "against",
    "on",
    "toward",
    "towards",
    "at",
    "for",
    "from",
    "into",
    "over",
    "between",
)
NOUN_SOURCE_PREPS = ("by", "from", "of")
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
TERRITORY = "territory"  # the object word a named place stands for in the verb patterns
OBJECT_PREPS = ("in", "on", "under")  # with no object: "engage in", "go on", "put under arrest"
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

    def frames(
        self, sent: Span, actors: dict[int, TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> list[Frame]:
        found: list[Frame] = []
        consumed: set[int] = set()  # objects that chose their verb's code
        reported: set[int] = set()  # objects a verb codes without: someone else's deed
        for token in sent:
            if token.pos_ == "VERB" and self.codebook.is_event_verb(token.lemma_.lower()):
                frame = self._verb_frame(token, actors, memory, sentence_index, consumed, reported)
                if frame is not None:
                    found.append(frame)
        for token in sent:
            if token.pos_ == "NOUN" and token.i not in consumed:
                frame = self._noun_frame(token, actors, memory, sentence_index, token.i in reported)
                if frame is not None:
                    found.append(frame)
        found = [f for f in found if not _means_to(f, found)]
        return [self._state_by_its_voice(frame, actors) for frame in found]

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
                subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
                speaker = actor_in(subject, actors, set()) if subject is not None else None
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
        if verb.dep_ == "acl" and verb.head.i in consumed:
            # "signed an agreement to assist each other": what was agreed is the agreement's
            # content, already coded with it
            return None
        dobj = next((c for c in children if c.dep_ in ("dobj", "attr", "oprd")), None)
        antecedent = _relative_object(verb) if dobj is None else None
        if antecedent is not None and antecedent.i not in actors:
            # "a charge Tripoli denied": a relative clause with a subject of its own and no
            # object acts on the noun it describes
            dobj = antecedent
        preps = [c for c in children if c.dep_ in ("prep", "agent", "dative")]
        particle = next((c.lower_ for c in children if c.dep_ == "prt"), None)
        if particle is None and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in DEPARTURE_VERBS for c in children
        ):
            particle = "out"  # "ordered the ambassador to leave" orders the ambassador out
        carried: Token | None = None  # an agent word the verb acts with ("sent troops")
        if dobj is not None:
            thing: Token | None = _measured(dobj, self.cues.measure_nouns)
        else:  # "engaged in ethnic cleansing", "went on strike": the event is the prep's object
            thing = _prep_object(verb, OBJECT_PREPS, deps=("prep",))
            thing = None if thing is None or thing.i in actors else thing

        object_lemma = None
        modifiers: tuple[str, ...] = ()  # of the object: "hunger" in "staged a hunger strike"
        if thing is not None and thing.i not in actors:
            object_lemma = thing.lemma_.lower()
            modifiers = _modifiers(thing, actors)
            if self._names_a_place(thing) and not self.codebook.names_object(
                verb.lemma_.lower(), particle, object_lemma
            ):
                # "captured Jaffna" is coded as "captured territory" ("closed the Strait of
                # Hormuz" keeps its own word); a place is no actor here
                object_lemma = TERRITORY
        elif thing is not None:
            with_object = _prep_object(verb, ("with",))
            object_lemma = with_object.lemma_.lower() if with_object is not None else None
        verdict = next((c for c in children if c.dep_ == "oprd"), None) or next(
            (  # "took 200 people hostage", parsed as a clause of its own: the pattern decides
                c
                for c in children
                if c.dep_ in ("advcl", "xcomp", "ccomp")
                and not any(g.dep_ in ("aux", "mark") for g in c.children)
                and self.codebook.names_object(verb.lemma_, particle, c.lemma_)
            ),
            None,
        )
        if verdict is not None and dobj is not None and verdict.i != dobj.i:
            # "calling the order unlawful": the verdict, not the thing judged, names the act
            object_lemma, modifiers = verdict.lemma_.lower(), _modifiers(verdict, actors)
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
            return None
        action = self._as_intent(verb, action)
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
        elif thing is not None and frame.lemma in self.cues.judging_verbs:
            reported.add(thing.i)  # "condemned the attack": the attack is not the condemner's

        passive = any(c.dep_ in PASSIVE_SUBJECTS for c in children)
        source: TokenActor | None
        target: TokenActor | None
        if passive:
            agent = _prep_object(verb, ("by",), deps=("agent", "prep"))
            source = actor_in(agent, actors, set()) if agent is not None else None
            patient = next(c for c in children if c.dep_ in PASSIVE_SUBJECTS)
            light = self.codebook.is_light(frame.lemma, frame.particle)
            if source is None and agent is None and frame.lemma in self.cues.stative_participles:
                # "Israel is opposed to French mediation": the subject's own stance
                source = actor_in(patient, actors, set())
                target = self._object(verb, None, actors, _starts(source))
            elif source is None and dobj is None and thing is not None and light:
                # "Serb forces were engaged in ethnic cleansing": a state the subject is in
                source = actor_in(patient, actors, set())
                target = self._object(verb, None, actors, _starts(source))
            else:
                target = actor_in(patient, actors, _starts(source))
                if source is None and agent is None:
                    # "killed in a clash with Chinese troops": the other side of the fight
                    source = self._other_side(verb, actors, _starts(target))
        else:
            source = self._accused(verb, actors) or self._subject(
                verb, actors, memory, sentence_index
            )
            target = self._object(verb, dobj, actors, _starts(source))
            if action.cameo_root == ACCUSE_ROOT and dobj is None:
                # "complained to the UN over Israeli raids": the one complained of is the
                # target, not the one complained to
                target = self._grievance(verb, actors, _starts(source)) or target
            if target is not None and source is not None and _own_people(target, source):
                # "offered its troops to Lebanon's president": the source's own people are
                # what it gives; the one they go to is the target
                target = (
                    self._object(verb, None, actors, _starts(source) | {target.start}) or target
                )
            if target is None and carried is not None:
                # "shared intelligence with Ukraine": the one it goes to hangs from the thing
                target = next(
                    (
                        found
                        for pobj in _prep_objects(carried, TARGET_PREPS)
                        if (found := actor_in(pobj, actors, _starts(source))) is not None
                    ),
                    None,
                )
        held = actors.get(carried.i) if carried is not None else None
        if (
            target is None
            and held is not None
            and source is not None
            and held.actor.country not in (None, source.actor.country)
        ):
            # "expelled two Russian diplomats": the people the verb acts on belong to another
            # country, which is what it acts on ("sent its troops" carries the source's own)
            target = held
        if target is None and source is not None and action.cameo_code == DENIAL_CODE:
            # "..., a charge Tripoli denied", "blamed Syria, which denied any role": a denial in
            # a relative clause answers whoever made the claim it describes
            target = _claimant(verb, actors, _starts(source))
            if target is not None and _same_side(target, source):
                target = None  # the claim's own subject, parsed as its maker
        if target is None and source is not None and verdict is not None:
            # "the Taliban banned ..., the UN said, calling the order unlawful": the verdict is
            # on the doer of the deed the statement reports
            target = _reported_doer(verb, actors, _starts(source))
        if target is None and source is not None:
            target = self._pair_partner(verb, source, actors, memory, sentence_index)
        if target is None and source is not None and not passive:
            target = self._complement_target(verb, actors, _starts(source))
        if target is None and source is not None and not passive:
            target = _purpose_target(verb, actors, _starts(source))
        if target is None and source is not None and not passive and self._judges(frame, action):
            target = _deed_doer(verb, actors, _starts(source))
        if target is None and source is not None and not passive:
            target = self._permitted(verb, actors, _starts(source))
        if target is None and source is not None and action.cameo_root == THREAT_ROOT:
            target = self._threatened(verb, actors, _starts(source))
        if target is None and source is not None and action.cameo_root == "01":
            obliged = _obliged_subject(verb, actors, _starts(source))
            if obliged is not None:
                # "said the US must be ready to mediate": a statement that obliges another
                # actor is a demand on it
                action, target = self.codebook.by_code(DEMAND_CODE), obliged
        if source is not None and action.cameo_root == "01":
            threatened = _threatened_subject(verb, actors, _starts(source))
            if threatened is not None:
                # "China could face consequences if ..., Blinken told Wang": a statement that
                # someone will face consequences or pay a price threatens it
                action, target = self.codebook.by_code(THREAT_CODE), threatened
        if frame.lemma in COMMAND_VERBS and action.cameo_code == DEMAND_CODE:
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
        return Frame(verb, action, nominal=False, source=source, target=target)

    def _other_side(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """The doer named in the violent event a passive happened in: 'were killed in a clash
        with Chinese troops', 'wounded in an attack by rebels'."""
        for event in _prep_objects(verb, ("in", "during")):
            action = self.codebook.match_noun(event.lemma_.lower(), ())
            if action is None or action.cameo_root not in VIOLENT_ROOTS:
                continue
            for side in _prep_objects(event, ("with", "by")):
                found = actor_in(side, actors, exclude)
                if found is not None:
                    return found
        return None

    def _names_a_place(self, noun: Token) -> bool:
        """A proper name the entity recogniser or the gazetteer takes for a place (the small
        model often tags a town it does not know, 'captured Jaffna', as a person)."""
        if noun.pos_ != "PROPN":
            return False
        return noun.ent_type_ in PLACE_ENTITIES or self.gazetteer.lookup(noun.text) is not None

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

    def _subject(
        self, verb: Token, actors: dict[int, TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> TokenActor | None:
        """The verb's subject actor, climbing to the governing verb for xcomp/conj/advcl and
        through prepositions ('played a role in supporting X' takes the subject of 'played')."""
        current: Token | None = verb
        for _ in range(SUBJECT_CLIMB):
            if current is None:
                break
            subjects = [c for c in current.children if c.dep_ in SUBJECTS]
            if current.dep_ == "xcomp" and not subjects:
                controller = next((c for c in current.head.children if c.dep_ == "dobj"), None)
                controlling = actor_in(controller, actors, set()) if controller else None
                if controlling is not None:
                    # "invited Putin to visit", "urged Beijing to act": the object acts; in
                    # "used tear gas to disperse" the object is a means, and the subject acts
                    return controlling
            if current.dep_ == "acl" and not subjects:
                # "troops guarding the border" act; "a declaration demanding ..." is its issuer's
                doer = actors.get(current.head.i)
                if doer is not None:
                    return doer
            for subject in subjects:  # a parse may take a dateline for a second subject
                found = actor_in(subject, actors, set())
                if found is not None:
                    return found
            if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                # "blamed Syria, which denied any role": the relative clause's subject is the
                # noun it hangs from
                return actor_in(current.head, actors, set())
            if subjects:
                return self._pronoun_subject(subjects[0], memory, sentence_index)
            if current.dep_ in CLIMB_DEPS and current.head.i != current.i:
                current = current.head
            else:
                current = None
        return None

    def _pronoun_subject(
        self, subject: Token, memory: ArticleMemory, sentence_index: int
    ) -> TokenActor | None:
        """'he' is the person named last; 'they' / 'both leaders' the pair named last."""
        words = " ".join(t.lower_ for t in subject.subtree)
        actor = None
        if words in self.cues.person_pronouns:
            actor = memory.last_person(before=(sentence_index, subject.i))
        elif words in self.cues.thing_pronouns:
            actor = memory.last_collective(before=(sentence_index, subject.i))
        elif words in self.cues.pair_subjects:
            pair = self._pair(subject, memory, sentence_index)
            actor = pair[0] if pair else None
            if actor is None and words == "they":
                # "the rebels said they would release ...": one side named, so it is that side
                actor = memory.last_collective(before=(sentence_index, subject.i))
        if actor is None:
            return None
        end = subject.right_edge
        return TokenActor(
            subject.left_edge.i,
            end.i + 1,
            words,
            actor,
            False,
            subject.left_edge.idx,
            end.idx + len(end.text),
        )

    def _pair(
        self, subject: Token, memory: ArticleMemory, sentence_index: int
    ) -> tuple[ActorCode, ActorCode] | None:
        """The pair a plural subject stands for: persons for 'the two leaders', else any."""
        words = {t.lower_ for t in subject.subtree}
        persons = bool(words & self.cues.pair_person_words)
        return memory.last_pair((sentence_index, subject.left_edge.i), persons=persons)

    def _pair_partner(
        self,
        verb: Token,
        source: TokenActor,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
    ) -> TokenActor | None:
        """For reciprocal subjects ('Kim and Putin met', 'they signed'), the other party."""
        if not source.direct and source.text.lower() in self.cues.pair_subjects:
            pair = self._pair(verb.doc[source.start], memory, sentence_index)
            if pair and pair[0] == source.actor:
                return TokenActor(
                    source.start,
                    source.end,
                    source.text,
                    pair[1],
                    False,
                    source.char_start,
                    source.char_end,
                )
        # "U.S. President Barack Obama and Russian President Dmitry Medvedev": the parse may
        # join the second name to a word of the first that is not its head
        for word in verb.doc[source.start : source.end]:
            for conj in word.conjuncts:
                partner = actors.get(conj.i)
                if partner is not None and partner.actor != source.actor:
                    return partner
        return None

    def _complement_target(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'threatened to cut off electricity to Nakhichevan', 'promised to continue aid to
        Mozambique': a verb of intent acts on the target of the verb it governs."""
        current = verb
        for _ in range(2):
            complement = next((c for c in current.children if c.dep_ == "xcomp"), None)
            if complement is None:
                return None
            obj = next((c for c in complement.children if c.dep_ in ("dobj", "attr")), None)
            found = self._object(complement, obj, actors, exclude)
            if found is not None:
                return found
            current = complement
        return None

    def _permitted(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'refused to allow UN planes to land': who a verb of permission lets (or does not
        let) act is the subject of the clause it governs, on the verb or what it intends."""
        current = verb
        for _ in range(3):
            if current.lemma_.lower() in self.cues.permission_verbs:
                return _clause_subject(current, actors, exclude)
            complement = next((c for c in current.children if c.dep_ == "xcomp"), None)
            if complement is None:
                return None
            current = complement
        return None

    def _judges(self, frame: VerbFrame, action: ActionCode) -> bool:
        """A verb that looks into, blames or judges a deed ('investigated', 'condemned')."""
        return frame.lemma in self.cues.judging_verbs or action.cameo_root in JUDGING_ROOTS

    @staticmethod
    def _grievance(
        verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """The actor in what a complaint is over or about ('over Israeli air raids')."""
        for pobj in _prep_objects(verb, GRIEVANCE_PREPS):
            found = actor_in(pobj, actors, exclude)
            if found is not None:
                return found
        return None

    def _threatened(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'threatened to quit the talks unless X withdraws': a threat is aimed at whoever must
        meet its condition, the subject of an 'if' or 'unless' clause on the threat or on what
        is threatened."""
        current = verb
        for _ in range(3):
            for clause in (c for c in current.children if c.dep_ == "advcl"):
                if not any(
                    c.dep_ == "mark" and c.lower_ in self.cues.condition_marks
                    for c in clause.children
                ):
                    continue
                subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
                found = actor_in(subject, actors, exclude) if subject is not None else None
                if found is not None:
                    return found
            current = next((c for c in current.children if c.dep_ == "xcomp"), current)
        return None

    def _accused(self, trigger: Token, actors: dict[int, TokenActor]) -> TokenActor | None:
        """In 'accused X of supplying Y' or 'blamed X for the attack', X is the doer."""
        while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
            trigger = trigger.head  # "accused Iran of funding and arming Hamas"
        prep = trigger.head
        if trigger.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for"):
            return None
        accusing = prep.head
        if accusing.lemma_.lower() not in self.cues.alleged_verbs:
            return None
        accused = next((c for c in accusing.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return actor_in(accused, actors, set()) if accused is not None else None

    @staticmethod
    def _object(
        verb: Token, dobj: Token | None, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """Direct object, then dative, then the object of a target preposition."""
        candidates: list[Token] = []
        if dobj is not None:
            candidates.append(dobj)
        candidates += [c for c in verb.children if c.dep_ == "dative"]
        candidates += _prep_objects(verb, TARGET_PREPS)
        for candidate in candidates:
            found = actor_in(candidate, actors, exclude)
            if found is not None:
                return found
        # "spoke by telephone with Zelensky": the parse hangs the partner under the means
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ not in TARGET_PREPS:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for inner in _prep_objects(pobj, ("with", "to", "against")):
                        found = actor_in(inner, actors, exclude)
                        if found is not None:
                            return found
        # "demanded that the Taliban hand over bin Laden": the one asked is the clause's subject
        if verb.lemma_.lower() in ADDRESSEE_IN_CLAUSE:
            return _clause_subject(verb, actors, exclude)
        return None

    # nouns -----------------------------------------------------------------

    def _noun_frame(
        self,
        noun: Token,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
        reported: bool,
    ) -> Frame | None:
        action = self.codebook.match_noun(noun.lemma_.lower(), _modifiers(noun, actors))
        if action is None:
            return None
        source = None
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i in actors:
                source = actors[child.i]
                break
        if source is None:
            by = _prep_object(noun, NOUN_SOURCE_PREPS[:2]) or _participle_agent(noun)
            source = actor_in(by, actors, set()) if by is not None else None
        target = None
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    target = actor_in(pobj, actors, _starts(source))
                    if target is not None:
                        break
            if target is not None:
                break
        if target is None and noun.lemma_.lower() in ADDRESSEE_IN_CLAUSE:
            # "reiterated its demand that Israel ease restrictions": the one asked is the
            # subject of what is asked
            target = _clause_subject(noun, actors, _starts(source))
        if source is None:
            source = self._accused(noun, actors)
        governor = noun.head if noun.dep_ in ("dobj", "pobj", "nsubj", "attr") else None
        while governor is not None and governor.pos_ not in ("VERB", "AUX"):
            governor = governor.head if governor.head.i != governor.i else None
        if source is None and governor is not None and not reported:
            source = self._subject(governor, actors, memory, sentence_index)
            if source is not None and target is not None and source.actor == target.actor:
                source = None
        if source is not None and target is None and governor is not None:
            target = self._pair_partner(governor, source, actors, memory, sentence_index)
        if target is None and governor is not None and _as_role(noun, governor):
            # "held civilians as human shields": the verb's object is who it is done to
            held = next((c for c in governor.children if c.dep_ == "dobj"), None)
            target = actor_in(held, actors, _starts(source)) if held is not None else None
        light = noun.dep_ == "dobj" and governor is not None and governor.i == noun.head.i
        if source is None or (target is None and not light):
            # an event noun in passing needs both sides named to be worth a row; the object
            # of a verb ("launched a mediation effort") is the clause's own event
            return None
        return Frame(noun, action, nominal=True, source=source, target=target)


def _purpose_target(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """'sent inspectors to Iran to monitor the plant': a purpose clause with no subject of its
    own acts on the one its governing verb goes to or acts with."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i or head.pos_ != "VERB":
        return None
    if any(c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS, "mark") for c in verb.children):
        return None
    for candidate in [c for c in head.children if c.dep_ == "dative"] + _prep_objects(
        head, TARGET_PREPS
    ):
        found = actor_in(candidate, actors, exclude)
        if found is not None:
            return found
    return None


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause describes when it is the clause's object: the clause has a
    subject of its own and no object ('a charge Tripoli denied', not 'the attack that killed')."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return verb.head


def _claimant(verb: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """Who made the claim a relative clause describes: the subject of the verb its noun hangs
    from ('Egypt accused Libya of ..., a charge Tripoli denied' gives Egypt)."""
    if verb.dep_ != "relcl":
        return None
    governor = verb.head.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    subject = next((c for c in governor.children if c.dep_ in SUBJECTS), None)
    return actor_in(subject, actors, exclude) if subject is not None else None


def _same_side(one: TokenActor, other: TokenActor) -> bool:
    """The same country with no other role: a state does not answer itself."""
    return one.actor.country == other.actor.country and one.actor.role in (
        None,
        other.actor.role,
    )


def _reported_doer(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The subject of the clause reported by the verb a participle hangs from ('X did Y, the UN
    said, calling ...' gives X)."""
    if verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    for clause in (c for c in verb.head.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        found = actor_in(subject, actors, exclude) if subject is not None else None
        if found is not None:
            return found
    return None


def _means_to(frame: Frame, found: list[Frame]) -> bool:
    """'used tear gas to disperse protesters': a means coded as the same kind of deed as the
    purpose it serves is that one deed, told by its purpose."""
    return frame.trigger.lemma_.lower() in MEANS_VERBS and any(
        not other.nominal
        and other.trigger.head.i == frame.trigger.i
        and other.trigger.dep_ in ("xcomp", "advcl")
        and other.action.cameo_root == frame.action.cameo_root
        for other in found
    )


def _own_people(target: TokenActor, source: TokenActor) -> bool:
    """An agent of the source's own country ('its troops', 'Syrian diplomats' for Syria)."""
    return (
        target.actor.kind == "agent"
        and target.actor.country is not None
        and target.actor.country == source.actor.country
        and source.actor.role is None
    )


def _clause_subject(
    head: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The actor that is the subject of a clause hanging from `head` (a verb, or a noun such
    as 'demand'): what `head` asks of it."""
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "acl")]
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        # "reiterated its demand today that ...": the parse often hangs the clause on the verb
        clauses += [c for c in head.head.children if c.dep_ == "ccomp"]
    for clause in clauses:
        subject = next(
            (c for c in clause.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS)), None
        )
        if subject is not None:
            found = actor_in(subject, actors, exclude)
            if found is not None:
                return found
    return None


def _obliged_subject(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The actor a reported clause says must or should act ('... that China must drop ...')."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return actor_in(subject, actors, exclude)
    return None


def _threatened_subject(
    verb: Token, actors: dict[int, TokenActor], exclude: set[int]
) -> TokenActor | None:
    """The actor a reported clause says will face consequences or pay a price."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        objects = SUFFERED.get(clause.lemma_.lower(), frozenset())
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return actor_in(subject, actors, exclude)
    return None


def _as_role(noun: Token, governor: Token) -> bool:
    """True for an event noun naming the role a verb puts its object in ('used X as shields')."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.i == governor.i


def _prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions attached to `head`."""
    return [
        pobj
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in preps
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def _measured(noun: Token, measures: frozenset[str]) -> Token:
    """'5 million dollars of aid', 'a new round of talks': the object of a measure's 'of'
    is the thing the verb acts on."""
    for _ in range(2):  # "a first batch of 100 tonnes of wheat"
        inner = _prep_object(noun, ("of",)) if noun.lemma_.lower() in measures else None
        if inner is None:
            break
        noun = inner
    return noun


def _deed_doer(noun: Token, actors: dict[int, TokenActor], exclude: set[int]) -> TokenActor | None:
    """'an investigation into crimes committed by Croat forces': a deed in the object, named
    with the one who did it, is done by that one, who is what the verb acts on."""
    queue = [noun]
    while queue:
        current = queue.pop(0)
        agent = _participle_agent(current)
        found = actor_in(agent, actors, exclude) if agent is not None else None
        if found is not None:
            return found
        queue.extend(c for c in current.children if c.dep_ in ("dobj", "prep", "pobj"))
    return None


def _participle_agent(noun: Token) -> Token | None:
    """'the demonstration staged by students', 'an attack carried out by X': the agent of a
    participle that describes the event noun."""
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = _prep_object(participle, ("by",), deps=("agent", "prep"))
        if agent is not None:
            return agent
    return None


def _modifiers(noun: Token, actors: dict[int, TokenActor]) -> tuple[str, ...]:
    """Lemmas of a noun's adjective and compound modifiers that are not actors, then of the
    objects of its 'of' and 'on', which narrow it the same way ('a ban on imports', 'the
    expulsion of diplomats')."""
    direct = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    narrowing = [pobj for pobj in _prep_objects(noun, ("of", "on")) if pobj.pos_ == "NOUN"]
    return tuple(c.lemma_.lower() for c in (*direct, *narrowing) if c.i not in actors)


def _prep_object(
    head: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("prep", "agent")
) -> Token | None:
    """The object of the first of `preps` attached to `head`."""
    for child in head.children:
        if child.dep_ in deps and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _starts(actor: TokenActor | None) -> set[int]:
    return {actor.start} if actor is not None else set()
