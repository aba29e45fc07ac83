"""One parsed article in, its event mentions out, each coded and with its provenance."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pydantic import ValidationError
from spacy.tokens import Doc, Span

from timeline.codes import ActorCode, DateResult, Place
from timeline.extract.actors import SentenceActors, TokenActor
from timeline.extract.arrested_doers import with_arrested_doers
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cameo import (
    ABROAD_ROOTS,
    APPEAL_ROOT,
    ASYLUM_CODE,
    CLAIM_CODES,
    DENIAL_CODE,
    JUDGING_ROOTS,
    SPEECH_ROOTS,
    THREAT_ROOT,
    VIOLENT_ROOTS,
    VISIT_CODES,
)
from timeline.extract.clause_parts import relative_object
from timeline.extract.confidence_score import confidence_terms
from timeline.extract.cues import Cues
from timeline.extract.dating import EventDater
from timeline.extract.event_pairs import main_pair
from timeline.extract.frames import Frame, FrameFinder
from timeline.extract.intent import as_refusal, as_threat
from timeline.extract.modality import clause_verb, modality_of, tense_of
from timeline.extract.parse_repair import restore_main_verb, restore_second_subject
from timeline.extract.phrase_patterns import phrase_pattern
from timeline.extract.placing import EventPlacer
from timeline.extract.prefixed_verbs import read_again_verbs
from timeline.models import Article, GeoPrecision, Mention, Modality
from timeline.reference.bundle import Reference

EXTRACTOR_VERSION = "timeline.extract.v1"
VIOLENT_PROTEST = "145"
# protests, mobilisation, restrictions and attacks with no party named are against the state
# (or the people) where they happen: "thousands demonstrated in Kirkuk", "a curfew in Algiers",
# "artillery shelled towns across the Donetsk region"
AT_PLACE_ROOTS: dict[str, str | None] = {
    "14": "GOV",  # a protest is against the government there
    "16": "CVL",  # aid or ties cut where they were given are cut from the people there
    "15": None,
    "17": "CVL",  # a curfew or a crackdown falls on the people there
    "18": "CVL",
    "19": "CVL",
    "20": "CVL",
}


class ArticleExtractor:
    """Extracts mentions from parsed articles; holds the reference data, nothing per article."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.actors = SentenceActors(reference.actors, reference.cues, reference.gazetteer)
        self.frames = FrameFinder(reference.codebook, reference.cues, reference.gazetteer)
        self.dating = EventDater(
            reference.dates,
            reference.cues.negation_verbs,
            reference.cues.claim_nouns,
            reference.cues.site_nouns,
            reference.cues.alleged_verbs,
            reference.cues.condition_marks,
        )
        self.placing = EventPlacer(reference)
        cues = reference.cues
        # "the two sides signed ...": a sentence naming no actor may still speak of one
        self.coreferring = phrase_pattern(
            cues.pair_subjects | cues.person_pronouns | cues.thing_pronouns
        )

    def extract(self, article: Article, doc: Doc) -> tuple[list[Mention], list[str]]:
        """The mentions of an article parsed whole, and a reason for each invalid one."""
        return self.extract_sentences(article, ((i, 0, s) for i, s in enumerate(doc.sents)))

    def extract_sentences(
        self, article: Article, sentences: Iterable[tuple[int, int, Span]]
    ) -> tuple[list[Mention], list[str]]:
        """Mentions from parsed sentences given as (index, offset in the article, span), in
        reading order; sentences with nothing to code may be left out."""
        memory = ArticleMemory()
        story = Story()
        mentions: list[Mention] = []
        invalid: list[str] = []
        for index, offset, sent in sentences:
            if not sent.text.strip():
                continue
            restore_main_verb(sent)
            restore_second_subject(sent)
            read_again_verbs(sent, self.reference.codebook.is_event_verb)
            actors = self.actors.find(sent, article.published, memory, index)
            if not actors and not self.coreferring.search(sent.text):
                self._main_clause_day(sent, article, story)
                continue
            story.before = story.date
            frames = self.frames.frames(sent, actors, memory, index)
            for frame in frames:
                try:
                    mention = self._mention(article, sent, index, offset, frame, story)
                except ValidationError as exc:
                    invalid.append(f"sentence {index}: {one_line(exc)}")
                    continue
                if mention is not None:
                    mentions.append(mention)
            if story.date is story.before:
                self._main_clause_day(sent, article, story)
            if (pair := main_pair(sent, frames)) is not None:
                memory.event_pairs[index] = pair
        return with_arrested_doers(mentions), invalid

    def _main_clause_day(self, sent: Span, article: Article, story: Story) -> None:
        """A dated main clause that yields no event still sets the story's time."""
        if not self.reference.cues.background_pattern.search(sent.text):
            story.date = self.dating.main_clause_date(sent, article) or story.date

    def _mention(
        self,
        article: Article,
        sent: Span,
        index: int,
        offset: int,
        frame: Frame,
        story: Story,
    ) -> Mention | None:
        source, target = frame.source, frame.target
        if source is not None and target is not None and _same_actor(source, target):
            target = None
        if target is None and source is not None and frame.action.cameo_root in JUDGING_ROOTS:
            # "condemned the arrest": the doer of the arrest the story told before
            target = _told_deed_doer(frame, story, source)
        if (
            source is not None
            and target is not None
            and frame.action.cameo_root == THREAT_ROOT
            and _own_state(source, target)
        ):
            target = None  # "Putin warned that Russia would ...": a state does not threaten itself
        if source is None and (target is None or frame.action.cameo_root in SPEECH_ROOTS):
            return None  # an unnamed doer is still news when something was done to someone
        if (
            target is None
            and frame.action.cameo_root in SPEECH_ROOTS
            and frame.action.cameo_code not in CLAIM_CODES
            and not _appeals_for(frame)
            and not _denies_a_deed(frame)
            and not _denies_a_claim(frame, self.reference.cues.claim_nouns)
        ):
            # a statement or appeal to no one is commentary, not an event between actors;
            # an appeal for something ("appealed for a ceasefire") is a demand all the same
            return None
        cues = self.reference.cues
        modality = modality_of(frame.trigger, sent, cues)
        refusal = (
            as_refusal(frame.action, self.reference.codebook) if _refuses(frame, cues) else None
        )
        if refusal is not None and modality is Modality.NEGATED:
            # "Caracas would not negotiate": refusing a deed to come is a rejection, asserted
            frame, modality = replace(frame, action=refusal), Modality.ASSERTED
        tense = tense_of(frame.trigger, modality, cues)
        action = frame.action
        if action.cameo_root in VIOLENT_ROOTS and _crowd(source, cues.protest_agents):
            # "protesters stormed the embassy": CAMEO's violent protest, not an armed attack
            action = self.reference.codebook.by_code(VIOLENT_PROTEST)
        if modality is Modality.PLANNED:
            # "Greece plans to impose restrictions": an announced coercion is a threat
            action = as_threat(action, self.reference.codebook)
        background = bool(cues.background_pattern.search(sent.text))
        # dated as what it is coded as: "threatened on Sunday to impose tariffs" is a threat
        dated = replace(frame, action=action)
        date = self.dating.date(
            dated, sent, article, tense, modality, background, story.date, story.before
        )
        place = self.placing.place(frame, sent, story.place)
        if modality in (Modality.ASSERTED, Modality.ALLEGED) and not background:
            # "Jets reportedly struck the base early on Friday. Officials played it down.": a
            # reported deed's own day is the story's time all the same
            story.date = date if date.text is not None else story.date
        if modality is Modality.ASSERTED and not background:
            # "Police arrested the suspect at the scene.": the story goes on where it was
            place = story.place = place or story.place
        place = place or self.placing.fought_in(frame)
        if source is None and target is not None and action.cameo_code == ASYLUM_CODE:
            # "arrived in Moscow and been granted asylum": granted by the state it is in
            source = self._country_of(place, target, "GOV")
        if (
            target is None
            and source is not None
            and (action.cameo_code in VISIT_CODES or action.cameo_root in ABROAD_ROOTS)
        ):
            target = self._visited(source, place)
        elif target is None and source is not None and frame.action.cameo_root in AT_PLACE_ROOTS:
            # the deed's own kind, threatened or done, says who at the place it is against; a
            # crowd's violence ("protesters stormed ...") is a protest, against the government
            protest = action.cameo_code == VIOLENT_PROTEST
            role = AT_PLACE_ROOTS[(action if protest else frame.action).cameo_root]
            target = self._country_of(place, source, role)
        confidence = self.reference.calibration.apply(
            confidence_terms(frame, source, target, date, modality)
        )
        if source is not None and modality is Modality.ASSERTED:
            story.doers[frame.trigger.lemma_.lower()] = source
        key = "|".join(
            (
                article.article_id,
                str(index),
                str(frame.trigger.i),
                action.cameo_code,
                _code(source) or "",
                _code(target) or "",
            )
        )
        return Mention(
            mention_id=hashlib.sha256(key.encode()).hexdigest()[:16],
            article_id=article.article_id,
            sentence_index=index,
            sentence=sent.text.strip(),
            char_start=offset + sent.start_char,
            char_end=offset + sent.end_char,
            source_actor=source.actor.name if source else None,
            source_country=source.actor.country if source else None,
            source_role=source.actor.role if source else None,
            source_actor_code=source.actor.code if source else None,
            target_actor=target.actor.name if target else None,
            target_country=target.actor.country if target else None,
            target_role=target.actor.role if target else None,
            target_actor_code=target.actor.code if target else None,
            source_text=source.text if source else None,
            target_text=target.text if target else None,
            action_text=frame.trigger.text,
            cameo_code=action.cameo_code,
            cameo_root=action.cameo_root,
            action=action.name,
            plover_type=action.plover_type,
            goldstein=action.goldstein,
            quad_class=action.quad_class,
            modality=modality,
            event_date=date.date,
            date_precision=date.precision,
            date_text=date.text,
            location_name=place.name if place else None,
            location_country=place.country if place else None,
            location_admin1=place.admin1 if place else None,
            geonames_id=place.geonames_id if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geo_precision=place.precision if place else GeoPrecision.UNKNOWN,
            confidence=confidence,
            url=article.url,
            outlet=article.outlet,
            published=article.published,
        )

    def _visited(self, source: TokenActor, place: Place | None) -> TokenActor | None:
        """'Xi arrived in Moscow': a visit abroad is to the country visited (so is a
        concession made abroad)."""
        if place is None or place.country == source.actor.country:
            return None
        return self._country_of(place, source)

    def _country_of(
        self, place: Place | None, source: TokenActor, role: str | None = None
    ) -> TokenActor | None:
        """The country a place is in, as an actor ('demonstrated in Kirkuk': against Iraq),
        in `role` when the kind of event says who there is its target."""
        if place is None or place.country is None:
            return None
        if place.country == source.actor.country and source.actor.role is None:
            return None  # "Iraq imposed a curfew in Baghdad": no second party
        country = self.reference.actors.country(place.country)
        if country is None:
            return None
        if role is not None:
            country = ActorCode(country.name, country.country, role, "agent")
        return TokenActor(0, 0, place.name, country, False, 0, 0)


def _refuses(frame: Frame, cues: Cues) -> bool:
    """'will not negotiate', 'would not meet': a negated deed with a future auxiliary."""
    verb = clause_verb(frame.trigger)
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in (cues.planned_auxiliaries | {"would"}) for c in children
    )


def _appeals_for(frame: Frame) -> bool:
    """'appealed for international assistance', 'called for a ceasefire'."""
    trigger = frame.trigger
    return frame.action.cameo_root == APPEAL_ROOT and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children
    )


def _denies_a_deed(frame: Frame) -> bool:
    """'denied that Russian forces had killed civilians', 'denied ordering the killing': a
    denial of a told deed ('deny entry' denies a thing, not a deed)."""
    return frame.action.cameo_code == DENIAL_CODE and any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ in ("dobj", "pcomp") and c.pos_ == "VERB")
        for c in frame.trigger.children
    )


def _denies_a_claim(frame: Frame, claim_nouns: frozenset[str]) -> bool:
    """'..., a charge the ministry denied': a denial of a claim told before denies that deed,
    news even when the claim's maker is no actor (unnamed officials, a newspaper)."""
    if frame.action.cameo_code != DENIAL_CODE:
        return False
    trigger = frame.trigger
    claim = relative_object(trigger) or next(
        (c for c in trigger.children if c.dep_ == "dobj"), None
    )
    return claim is not None and claim.lemma_.lower() in claim_nouns


def _told_deed_doer(frame: Frame, story: Story, source: TokenActor) -> TokenActor | None:
    """'Police arrested X. His daughter condemned the arrest.': a judgement of a deed named
    with 'the' and no doer of its own is aimed at whoever the story said did it."""
    deed = next((c for c in frame.trigger.children if c.dep_ == "dobj"), None)
    if deed is None or not any(c.lower_ == "the" for c in deed.children):
        return None
    if any(c.dep_ in ("poss", "prep", "compound", "amod") for c in deed.children):
        return None  # "the Russian attack", "the attack on X": the phrase names its own
    doer = story.doers.get(deed.lemma_.lower())
    if doer is None or _same_actor(doer, source):
        return None
    return doer


def _crowd(actor: TokenActor | None, words: frozenset[str]) -> bool:
    return actor is not None and bool(set(actor.text.lower().split()) & words)


def one_line(exc: ValidationError) -> str:
    """A validation error as one line a person can act on."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"invalid {exc.title} field {where or '?'}: {first['msg']}"


def _same_actor(a: TokenActor, b: TokenActor) -> bool:
    return a.actor == b.actor or (a.actor.code is not None and a.actor.code == b.actor.code)


def _own_state(source: TokenActor, target: TokenActor) -> bool:
    """A bare state (no role) as the target of its own government, forces or people (a bare
    state often stands for a body of it the dictionary lacks, so only threats are judged)."""
    return (
        target.actor.kind == "country"
        and target.actor.role is None
        and target.actor.country == source.actor.country
    )


def _code(actor: TokenActor | None) -> str | None:
    return actor.actor.code if actor is not None else None


@dataclass
class Story:
    """Where and when the article's story has reached: the last date and place the text gave
    for an event it asserts."""

    date: DateResult | None = None
    place: Place | None = None
    # its date when the sentence began: what 'A day later, ...' is measured from
    before: DateResult | None = None
    # who did each deed the story asserted, by its word's lemma ("arrest" -> the police)
    doers: dict[str, TokenActor] = field(default_factory=dict)
