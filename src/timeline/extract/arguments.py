"""Who does an event and to whom: the source and target actors a trigger's parse names.

A verb's subject is its source and its object, dative or prepositional object its target; a
passive's agent ('by X') is its source. Beyond those, rules for the other places wire copy puts
a party: the controller of an infinitive, a pronoun or pair named earlier, the subject of what a
demand asks, the doer of a deed an accusation names. Doers named in another clause, threats and
the targets of reactions have modules of their own (clause_doers, threats, reaction_targets).
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.codes import ActorCode
from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import REJECT_ROOT, VIOLENT_ROOTS
from timeline.extract.clause_doers import (
    clause_subject,
    provoker,
    reporting_speaker,
    subject_actor,
    when_doer,
)
from timeline.extract.clause_parts import (
    PASSIVE_SUBJECTS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    TARGET_PREPS,
    comma_participle,
    owned_infinitive,
    participle_agent,
    prep_objects,
    stranded_objects,
)
from timeline.extract.cues import Cues
from timeline.extract.spans import first_conjunct, is_infinitive
from timeline.normalise.actions import Codebook

CLIMB_DEPS = ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "acomp", "acl")
SUBJECT_CLIMB = 5


class ArgumentFinder:
    """Finds a trigger's source and target actors; holds the codebook and cues, nothing per
    sentence."""

    def __init__(self, codebook: Codebook, cues: Cues) -> None:
        self.codebook = codebook
        self.cues = cues

    def other_side(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """The doer named in the violent event a passive happened in: 'were killed in a clash
        with Chinese troops', 'wounded in an attack by rebels'."""
        for event in prep_objects(verb, ("in", "during")):
            action = self.codebook.match_noun(event.lemma_.lower(), ())
            if action is None or action.cameo_root not in VIOLENT_ROOTS:
                continue
            for side in prep_objects(event, ("with", "by")):
                found = actor_in(side, actors, exclude)
                if found is not None:
                    return found
            # "killed in an Israeli airstrike", "wounded in Russia's shelling": the name
            # modifying the attack is who made it
            for side in (c for c in event.children if c.dep_ in ("amod", "compound", "poss")):
                found = actors.get(side.i)
                if found is not None and found.start not in exclude:
                    return found
        return when_doer(verb, actors, exclude)

    def subject(
        self, verb: Token, actors: dict[int, TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> TokenActor | None:
        """The verb's subject actor, climbing to the governing verb for xcomp/conj/advcl and
        through prepositions ('played a role in supporting X' takes the subject of 'played')."""
        owner = owned_infinitive(verb)
        if owner is not None and self._carries_out(owner.head):
            # "over its deal to normalise ties", "Russia's plan to annex": whose plan acts
            found = actor_in(owner, actors, set()) or self.pronoun_subject(
                owner, memory, sentence_index
            )
            if found is not None:
                return found
        judge = self._judging_aside(verb, actors)
        if judge is not None:
            return judge
        current: Token | None = verb
        aside = False  # climbed from a participle clause set off by a comma
        for _ in range(SUBJECT_CLIMB):
            if current is None:
                break
            subjects = [c for c in current.children if c.dep_ in SUBJECTS]
            if current.dep_ == "xcomp" and not subjects and not aside:
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
            paired = [s for s in subjects if self._pair_words(s) in self.cues.pair_subjects]
            if paired:
                # "the two presidents discussed ...": the pair named before, though the
                # dictionary reads "presidents" as an actor of its own
                return self.pronoun_subject(paired[0], memory, sentence_index)
            for subject in subjects:  # a parse may take a dateline for a second subject
                found = actor_in(subject, actors, set())
                if found is not None:
                    return found
            for subject in subjects:
                # "a ship chartered by the charity X delivered food": X acts through the thing
                # its participle says it sent, hired or ran
                agent = participle_agent(subject)
                found = actor_in(agent, actors, set()) if agent is not None else None
                if found is not None:
                    return found
            if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                # "blamed Syria, which denied any role": the relative clause's subject is the
                # noun it hangs from
                return actor_in(current.head, actors, set())
            if subjects:
                speaker = (
                    reporting_speaker(current, actors)
                    if subjects[0].lower_ in self.cues.person_pronouns
                    else None
                )
                if speaker is not None and speaker.actor.kind == "person":
                    # "the prince said he took responsibility": 'he' in what a person says is
                    # that person, not whoever was named last (the victim he spoke of)
                    return speaker
                return self.pronoun_subject(subjects[0], memory, sentence_index) or speaker
            if current.dep_ == "csubj":
                # "X said that sending troops to defend Y was not on the table": a gerund
                # with no doer of its own, in what a named speaker says, is that speaker's
                return reporting_speaker(current.head, actors)
            aside = comma_participle(current)
            if current.dep_ in CLIMB_DEPS and current.head.i != current.i:
                current = current.head
            else:
                current = None
        return None

    def _judging_aside(self, verb: Token, actors: dict[int, TokenActor]) -> TokenActor | None:
        """'The IAEA said that Iran had withdrawn ..., calling the move a serious blow': a
        verdict told after a comma on a reported deed is the reporter's, not the doer's."""
        if not comma_participle(verb):
            return None
        if verb.lemma_.lower() not in self.cues.judging_verbs and not any(
            c.dep_ == "oprd" for c in verb.children
        ):
            return None
        clause = verb.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.cues.reporting_verbs:
            return None
        return subject_actor(clause.head, actors, set())

    def _carries_out(self, noun: Token) -> bool:
        """Whether the owner of `noun` does what its infinitive says: not of a demand ('North
        Korea's demand to sever the alliance' is the addressee's to carry out) nor of a refusal
        ('the government's refusal to accept' is no acceptance)."""
        if noun.lemma_ in self.cues.addressee_verbs:
            return False
        action = self.codebook.match_noun(noun.lemma_.lower(), ())
        return action is None or action.cameo_root != REJECT_ROOT

    @staticmethod
    def _pair_words(subject: Token) -> str:
        """A subject's words without adverbs ('the two briefly met' parses 'briefly' in it)."""
        return " ".join(t.lower_ for t in subject.subtree if t.pos_ != "ADV" or t.i == subject.i)

    def pronoun_subject(
        self, subject: Token, memory: ArticleMemory, sentence_index: int
    ) -> TokenActor | None:
        """'he' is the person named last; 'they' / 'both leaders' the pair named last."""
        words = self._pair_words(subject)
        actor = None
        if words in self.cues.person_pronouns:
            actor = memory.referred_person(before=(sentence_index, subject.i))
        elif words in self.cues.thing_pronouns and subject.dep_.startswith("nsubj"):
            actor = memory.referred_collective(before=(sentence_index, subject.i))
        elif words in self.cues.thing_pronouns:
            actor = memory.last_collective(before=(sentence_index, subject.i))
        elif words in self.cues.pair_subjects:
            pair = self.pair(subject, memory, sentence_index)
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

    def pair(
        self, subject: Token, memory: ArticleMemory, sentence_index: int
    ) -> tuple[ActorCode, ActorCode] | None:
        """The pair a plural subject stands for: persons for 'the two leaders', else any."""
        words = {t.lower_ for t in subject.subtree}
        # "the two met": a bare number stands for the two persons named last
        persons = bool(words & self.cues.pair_person_words) or subject.pos_ == "NUM"
        return memory.last_pair((sentence_index, subject.left_edge.i), persons=persons)

    def pair_partner(
        self,
        verb: Token,
        source: TokenActor,
        actors: dict[int, TokenActor],
        memory: ArticleMemory,
        sentence_index: int,
    ) -> TokenActor | None:
        """For reciprocal subjects ('Kim and Putin met', 'they signed'), the other party."""
        if not source.direct and source.text.lower() in self.cues.pair_subjects:
            pair = self.pair(verb.doc[source.start : source.end].root, memory, sentence_index)
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
        words = list(verb.doc[source.start : source.end])
        head = words[-1] if words else None
        while head is not None and head.dep_ in ("compound", "poss") and head.head.i > head.i:
            # "Peru's President Tomas Quispe and ...": a name the dictionary lacks still heads
            # the phrase its title was found in, and the partner is joined to it
            head = head.head
            words.append(head)
        words += [c for w in list(words) for c in w.children if c.dep_ == "appos"]
        for word in words:
            for conj in word.conjuncts:
                partner = actors.get(conj.i)
                if partner is not None and partner.actor != source.actor:
                    return partner
        return None

    def complement_target(
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
            found = self.direct_target(complement, obj, actors, exclude)
            if found is not None:
                return found
            current = complement
        return None

    def aim_target(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'blocked a road to show their anger at Spain': a deed done to make a point is
        aimed at whom its purpose clause (an infinitive with no subject) acts on."""
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.i < verb.i:
                continue
            found = self._infinitive_target(clause, actors, exclude, (*SUBJECTS, "mark"))
            if found is not None:
                return found
        return provoker(verb, actors, exclude)

    def offered_target(
        self, noun: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'accepted an invitation to visit Peru': the deed an offer puts forward (an infinitive
        with no subject of its own) names whom the verb acts on."""
        if noun.lemma_.lower() not in self.cues.offer_nouns:
            return None
        for clause in noun.children:
            if clause.dep_ != "acl":
                continue
            found = self._infinitive_target(clause, actors, exclude, SUBJECTS)
            if found is not None:
                return found
        return None

    def _infinitive_target(
        self,
        clause: Token,
        actors: dict[int, TokenActor],
        exclude: set[int],
        blockers: tuple[str, ...],
    ) -> TokenActor | None:
        """What an infinitive clause with no subject of its own (nor any of the `blockers`
        dependents) acts on: 'to show their anger at Spain', 'to visit Peru'."""
        children = list(clause.children)
        if any(c.dep_ in (*blockers, *PASSIVE_SUBJECTS) for c in children):
            return None
        if not is_infinitive(clause):
            return None
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        return self.direct_target(clause, obj, actors, exclude)

    def carried_on(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'fired on the crowd to scatter the marchers, killing two and arresting 40': a
        participle that only counts its victims acts on those its governing deed acts on."""
        current = verb
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
        if current.dep_ != "advcl" or current.head.pos_ != "VERB":
            return None
        head = current.head
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return self.direct_target(head, obj, actors, exclude) or self.aim_target(
            head, actors, exclude
        )

    def permitted(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'refused to allow UN planes to land': who a verb of permission lets (or does not
        let) act is the subject of the clause it governs, on the verb or what it intends."""
        current = verb
        for _ in range(3):
            if current.lemma_.lower() in self.cues.permission_verbs:
                return clause_subject(current, actors, exclude)
            complement = next((c for c in current.children if c.dep_ == "xcomp"), None)
            if complement is None:
                return None
            current = complement
        return None

    def blamed_for_it(
        self, verb: Token, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """'declared martial law, accusing the parliament of ...', 'expelled the envoy, blaming
        Russia for ...': a deed explained by an accusation after a comma is aimed at the
        accused."""
        for clause in (c for c in verb.children if c.dep_ == "advcl" and comma_participle(c)):
            if clause.lemma_.lower() not in self.cues.alleged_verbs:
                continue
            accused = next((c for c in clause.children if c.dep_ == "dobj"), None)
            found = actor_in(accused, actors, exclude) if accused is not None else None
            if found is not None:
                return found
        return None

    def accused(self, trigger: Token, actors: dict[int, TokenActor]) -> TokenActor | None:
        """In 'accused X of supplying Y' or 'blamed X for the attack', X is the doer."""
        trigger = first_conjunct(trigger)  # "accused Iran of funding and arming Hamas"
        if trigger.dep_ == "advcl" and trigger.head.dep_ in ("pcomp", "pobj"):
            # "accused X of carrying out an airstrike ..., killing two generals": what the
            # accused deed did, told as a participle, is the accused's too
            trigger = first_conjunct(trigger.head)
        prep = trigger.head
        if trigger.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for"):
            return None
        accusing = prep.head
        if accusing.lemma_.lower() not in self.cues.alleged_verbs:
            return None
        accused = next((c for c in accusing.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return actor_in(accused, actors, set()) if accused is not None else None

    def direct_target(
        self, verb: Token, dobj: Token | None, actors: dict[int, TokenActor], exclude: set[int]
    ) -> TokenActor | None:
        """Direct object, then dative, then the object of a target preposition."""
        candidates: list[Token] = []
        if dobj is not None:
            candidates.append(dobj)
        candidates += [c for c in verb.children if c.dep_ == "dative"]
        candidates += prep_objects(verb, TARGET_PREPS)
        candidates += stranded_objects(verb)
        for candidate in candidates:
            if candidate.lemma_.lower() in self.cues.venue_nouns:
                continue  # "met on the sidelines of an ASEAN summit": where, not whom
            found = actor_in(candidate, actors, exclude)
            if found is not None:
                return found
        if dobj is not None:
            found = self.offered_target(dobj, actors, exclude)
            if found is not None:
                return found
        # "spoke by telephone with Zelensky": the parse hangs the partner under the means
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ not in TARGET_PREPS:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for inner in prep_objects(pobj, ("with", "to", "against")):
                        found = actor_in(inner, actors, exclude)
                        if found is not None:
                            return found
        # "demanded that the Taliban hand over bin Laden": the one asked is the clause's subject
        if verb.lemma_.lower() in self.cues.addressee_verbs:
            return clause_subject(verb, actors, exclude)
        return None


def same_side(one: TokenActor, other: TokenActor) -> bool:
    """The same country with no other role: a state does not answer itself."""
    return one.actor.country == other.actor.country and one.actor.role in (
        None,
        other.actor.role,
    )


def own_people(target: TokenActor, source: TokenActor) -> bool:
    """An agent of the source's own country ('its troops', 'Syrian diplomats' for Syria)."""
    return (
        target.actor.kind == "agent"
        and target.actor.country is not None
        and target.actor.country == source.actor.country
        and source.actor.role is None
    )


def starts(actor: TokenActor | None) -> set[int]:
    return {actor.start} if actor is not None else set()
