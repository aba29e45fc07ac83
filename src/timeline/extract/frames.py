"""Event frames: a trigger (verb or noun), its action code, and its source and target actors.

`FrameFinder` finds a sentence's frames: each event verb's (`verb_frames`), then each event
noun's that no verb took as its object (`noun_finder`); then it applies the rules on the frames
together (`frame_merging`; deeds only asked for, `asked_deeds`, or set as a condition,
`conditions`; a deed named again, `deed_restatements`; a ceasefire signed, `signed_truces`;
a deed threatened, `threatened_deeds`; allies fighting a third party, `joint_fights`) and the
rules here, which read a frame against the rest of the sentence: a blow by a natural hazard or a
win in sport is no assault, a capital struck is its people, a visit for a body's summit goes to
its host, a state speaks through its official, and a body that finds someone guilty accuses
them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from timeline.codes import IGO, ActorCode
from timeline.extract.actor_search import actor_in
from timeline.extract.actors import ARMED_ROLES, TokenActor
from timeline.extract.arguments import ArgumentFinder, same_side, starts
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.asked_deeds import without_asked_deeds
from timeline.extract.cameo import (
    ACCUSE_ROOT,
    DEED_ROOTS,
    ENTRY_CODE,
    MOBILISE_ROOT,
    VIOLENT_ROOTS,
    VISIT_CODE,
    VISIT_ROOT,
)
from timeline.extract.clause_doers import subject_actor
from timeline.extract.clause_parts import PASSIVE_SUBJECTS, SUBJECTS, prep_object, prep_objects
from timeline.extract.clause_time import OTHER_TIME
from timeline.extract.conditions import without_demanded_conditions
from timeline.extract.cues import Cues
from timeline.extract.deed_findings import (
    described_deed_doer,
    finding_code,
    inquiring,
    reported_clauses,
    war_crime_in,
)
from timeline.extract.deed_restatements import without_restated_deeds
from timeline.extract.deed_tolls import suffered_when, with_toll
from timeline.extract.frame_merging import (
    deployed_for,
    means_to,
    motive,
    restated,
    sent_to_attack,
    talk_of,
)
from timeline.extract.frame_parties import Frame
from timeline.extract.instruments import by_scale, by_weapon
from timeline.extract.joint_fights import without_allies_at_war
from timeline.extract.modality import clause_verb
from timeline.extract.noun_claims import obliging_statements, with_told_claims
from timeline.extract.noun_finder import NounFrameFinder
from timeline.extract.noun_frames import denied_claim_maker
from timeline.extract.party_codes import SECURITY_ROLES
from timeline.extract.protest_demands import (
    asked_resignations,
    protest_demand,
    protests_told_by_demand,
)
from timeline.extract.reported_deeds import agreed_deeds, said_deeds, said_wrongs
from timeline.extract.signed_truces import without_signed_truces
from timeline.extract.threatened_deeds import with_threatened_deeds
from timeline.extract.unrealised_deeds import (
    avoided,
    helped_aim,
    refused_deeds,
    refused_text,
    undone,
    weighed,
)
from timeline.extract.verb_frames import VerbFrameFinder
from timeline.models import GeoPrecision
from timeline.normalise.actions import Codebook
from timeline.normalise.places import Gazetteer

__all__ = ["Frame", "FrameFinder"]  # Frame is read from here by the pipeline

GOVERNMENT, CIVILIANS = "GOV", "CVL"
STATE_VOICES = frozenset({"GOV", "MIL"})  # roles whose holders speak for their state
# what a reported clause says, down through its coordinated, adverbial and complement clauses
VOICED_CLAUSES = ("ccomp", "conj", "advcl", "xcomp", "acomp")


class FrameFinder:
    """Finds event frames in a sentence from the codebook's verb and noun patterns."""

    def __init__(self, codebook: Codebook, cues: Cues, gazetteer: Gazetteer) -> None:
        self.codebook = codebook
        self.cues = cues
        self.gazetteer = gazetteer
        self.arguments = ArgumentFinder(codebook, cues)
        self.nouns = NounFrameFinder(codebook, cues, gazetteer, self.arguments)
        self.verbs = VerbFrameFinder(codebook, cues, gazetteer, self.arguments)

    def frames(
        self, sent: Span, actors: dict[int, TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> list[Frame]:
        """The frames of `sent`, with `actors` the actor found at each token index."""
        found: list[Frame] = []
        consumed: set[int] = set()  # objects that chose their verb's code
        reported: set[int] = set()  # objects a verb codes without: someone else's deed
        for token in sent:
            if token.pos_ == "VERB":
                frame = self.verbs.frame(token, actors, memory, sentence_index, consumed, reported)
                if frame is not None:
                    found.append(frame)
        for token in sent:
            if token.pos_ == "NOUN" and token.i not in consumed:
                frame = self.nouns.frame(token, actors, memory, sentence_index, token.i in reported)
                if frame is not None:
                    found.append(frame)
        found = [f for f in found if not means_to(f, found, self.cues.means_verbs)]
        found = [f for f in found if not sent_to_attack(f, found)]
        found = [f for f in found if not talk_of(f, found, self.cues.topic_verbs)]
        found = [f for f in found if not motive(f, found, self.cues.motive_nouns)]
        found = [f for f in found if not avoided(f, self.cues.avoiding_verbs)]
        found = [f for f in found if not protest_demand(f, found)]
        found = protests_told_by_demand(found, self.codebook)
        found = asked_resignations(found, self.codebook, self.cues.irrealis_verbs)
        found = [f for f in found if not self._no_violence(f)]
        found = with_toll(found, self.cues.toll_verbs)
        found = suffered_when(found)
        found = [by_weapon(frame, self.codebook) for frame in found]
        found = [
            by_scale(f, self.codebook, self.cues.killing_verbs, self.cues.mass_words) for f in found
        ]
        found = [denied_claim_maker(frame, actors, self.cues) for frame in found]
        found = agreed_deeds(found, self.codebook, self.cues.planned_verbs)
        found = said_wrongs(found, self.codebook, self.cues.wrong_verbs)
        found = said_deeds(found)
        found = [f for f in found if not undone(f, found)]
        found = [f for f in found if not weighed(f, found, self.cues.weighing_verbs)]
        found = [f for f in found if not helped_aim(f, self.cues.help_verbs)]
        found = [f for f in found if not refused_text(f, found)]
        found = refused_deeds(found, self.codebook, self.cues.permission_verbs)
        found = [f for i, f in enumerate(found) if not restated(f, found[:i])]
        found = [self._city_struck(frame) for frame in found]
        found = [self._to_host(frame) for frame in found]
        found = [_forces_sent(frame, actors) for frame in found]
        found = [
            deployed_for(f, self.codebook, self.cues.protection_verbs, self.cues.help_verbs)
            for f in found
        ]
        found += self._findings(sent, found, actors, memory, sentence_index)
        found = with_told_claims(sent, found, actors, self.codebook)
        found = obliging_statements(found, actors, self.codebook)
        found = [self._state_by_its_voice(frame, actors) for frame in found]
        found = without_restated_deeds(without_demanded_conditions(found))
        found = without_signed_truces(found)
        found = with_threatened_deeds(found, self.codebook)
        return without_allies_at_war(without_asked_deeds(found))

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
            reports = lemma in self.cues.reporting_verbs
            if verb.pos_ != "VERB" or not (lemma in self.cues.finding_verbs or reports):
                continue
            if any(f.trigger.i == verb.i and f.action.cameo_root == ACCUSE_ROOT for f in found):
                continue  # "..., investigators said, calling the crimes genocide": told already
            finds = not reports or inquiring(verb, self.cues)
            for clause, deed in reported_clauses(verb):
                charge = self._charge(clause, deeds if finds else set())
                if charge is None and deed is not None:
                    charge = war_crime_in(clause, self.cues)
                if charge is None:
                    continue
                source = self.arguments.subject(verb, actors, memory, sentence_index)
                # the one the finding names is the subject of the clause that names the charge
                target = (
                    subject_actor(clause, actors, starts(source), (*SUBJECTS, *PASSIVE_SUBJECTS))
                    if deed is None
                    else described_deed_doer(deed, found)
                )
                if source is None or target is None or same_side(target, source):
                    continue
                code = finding_code(verb, clause, charge, self.cues)
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


def _set_in_time_by(token: Token, trigger: Token) -> bool:
    """True when `token` hangs from the trigger through 'after', 'before' ... ('beat them
    after the match'): a time the deed is set by, not what it happened in."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.lower_ in OTHER_TIME:
            return True
    return False
