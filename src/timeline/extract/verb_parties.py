"""The parties of a verb frame: who does the deed and to whom.

First the verb's subject and object (or a passive's agent and patient), then, while no target
is found, the other places wire copy puts one: the people it carries, the maker of a denied
claim, the doer of a judged deed, a pair's other member, a complement, a purpose ... Which
actors are its arguments is read from the parse by `arguments.ArgumentFinder`; the rules here
decide which of its answers apply (a passive, a denial in a relative clause). The verb's code
is chosen in `verb_frames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.codes import ActionCode
from timeline.extract.actor_search import actor_in
from timeline.extract.actors import TokenActor
from timeline.extract.answered_claims import remembered_claim_maker
from timeline.extract.arguments import ArgumentFinder, own_people, same_side, starts
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import (
    ACCUSE_ROOT,
    DENIAL_CODE,
    JUDGING_ROOTS,
    MEDIATION_CODE,
    REJECT_ROOT,
    RELEASE_CODE,
    SHOW_ROOTS,
    STATEMENT_CODE,
    THREAT_ROOT,
)
from timeline.extract.clause_doers import claimant, deed_doer, reported_doer, subject_actor
from timeline.extract.clause_parts import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    TARGET_PREPS,
    counted,
    prep_object,
    prep_objects,
    relative_object,
)
from timeline.extract.cues import Cues
from timeline.extract.frame_parties import mutual, pronoun_object
from timeline.extract.noun_frames import aimed_at
from timeline.extract.own_forces import sent_to
from timeline.extract.plural_objects import plural_object
from timeline.extract.reaction_targets import defied, grievance, purpose_target
from timeline.extract.threats import threatened, threatened_object
from timeline.normalise.actions import Codebook, VerbFrame

VICTIM_ROLES = frozenset({"CVL", "REF"})  # people a state acts on, never its means


class VerbPartyFinder:
    """Finds the source and target of a verb frame whose code is chosen."""

    def __init__(self, codebook: Codebook, cues: Cues, arguments: ArgumentFinder) -> None:
        self.codebook = codebook
        self.cues = cues
        self.arguments = arguments

    def parties(
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
            patient = _shared_subject(verb) or _passive_subject(verb)
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
        if patient is None and _named_by_participle(verb, actors):
            # "the Houthis, backed by Iran,": a participle set off after a name, with its
            # doer, is a passive on the named actor
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
            # "put dissidents on trial and stripped them of ...": the pronoun object of a
            # joined verb stands for the first verb's object, actor or not
            earlier = _shared_object(verb, dobj) if dobj is not None else None
            if target is None and earlier is not None and source is not None:
                target = actor_in(earlier, actors, starts(source))
            # "gave it ten days to comply": a dative pronoun stands for an actor too
            told = [c for c in verb.children if c.dep_ == "dative"]
            for pronoun in ([dobj] if dobj is not None and earlier is None else []) + told:
                if target is None and source is not None:
                    target = pronoun_object(
                        pronoun, source, self.arguments, memory, sentence_index
                    ) or plural_object(pronoun, source, memory, sentence_index)
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
                and target.actor.kind == "agent"
            ):
                # "the two sides agreed to a ceasefire and the release of hostages": what a
                # pair does is done between its two members, not to people its object names;
                # a state or person it names is whom it acts on ("they would impose sanctions
                # on North Korea")
                target = (
                    self.arguments.pair_partner(verb, source, actors, memory, sentence_index)
                    or target
                )
            if action.cameo_root == ACCUSE_ROOT and dobj is None:
                # "complained to the UN over Israeli raids": the one complained of is the
                # target, not the one complained to
                target = grievance(verb, actors, starts(source)) or target
            if target is not None and source is not None and own_people(target, source):
                # "offered its troops to Lebanon's president": the source's own people are
                # what it gives; the one they go to is the target
                target = (
                    self.arguments.direct_target(
                        verb, None, actors, starts(source) | {target.start}
                    )
                    or target
                )
            if source is not None:
                # "rejected a call for its peacekeepers to be deployed in East Timor"
                target = sent_to(verb, source, target, dobj, actors) or target
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
            # "Tehran rejected the charge": the maker of the charge the story told before
            target = remembered_claim_maker(
                dobj, action, source, memory, sentence_index, self.cues.claim_nouns
            )
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
        if (
            target is None
            and action.cameo_code != STATEMENT_CODE
            and mutual(verb, action, self.cues)
        ):
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
            target = defied(verb, actors, starts(source))
        if target is None and not passive and self._judges(frame, action):
            target = deed_doer(verb, actors, starts(source))
        if target is None and not passive:
            target = self.arguments.permitted(verb, actors, starts(source))
        if target is None and action.cameo_root == THREAT_ROOT:
            target = threatened(verb, actors, starts(source), self.cues)
        if target is None and not passive:
            target = self.arguments.blamed_for_it(verb, actors, starts(source))
        return target

    def _judges(self, frame: VerbFrame, action: ActionCode) -> bool:
        """A verb that looks into, blames or judges a deed ('investigated', 'condemned')."""
        return frame.lemma in self.cues.judging_verbs or action.cameo_root in JUDGING_ROOTS


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


def _named_by_participle(verb: Token, actors: dict[int, TokenActor]) -> bool:
    """A past participle with a 'by' agent, set off by a comma after an actor's name."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.i in actors
        and head.pos_ == "PROPN"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _passive_subject(verb: Token) -> Token | None:
    """'which experts say is backed by Rwanda': a relative pronoun the parse takes for the
    active subject of a passive verb with its 'by' agent is the passive's patient."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.tag_ not in ("WP", "WDT"):
        return None
    return subject if any(c.dep_ == "agent" for c in verb.children) else None


def _shared_object(verb: Token, dobj: Token) -> Token | None:
    """'detained the students and beat them': the object pronoun of a verb joined to one
    that has a noun object of the same number stands for that object, not for whoever was
    named last (a destination, a place)."""
    if dobj.pos_ != "PRON" or "Prs" not in dobj.morph.get("PronType", []):
        return None
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    earlier = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if earlier is None or earlier.pos_ == "PRON":
        return None
    if earlier.morph.get("Number", []) != dobj.morph.get("Number", []):
        return None
    return earlier


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
