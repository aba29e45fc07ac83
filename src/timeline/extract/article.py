"""One parsed article in, its event mentions out, each coded and with its provenance."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from pydantic import ValidationError
from spacy.tokens import Doc, Span, Token

from timeline.codes import ActorCode, DateResult, Place
from timeline.extract.actors import ArticleMemory, SentenceActors, TokenActor
from timeline.extract.cues import Cues
from timeline.extract.frames import Frame, FrameFinder
from timeline.extract.intent import as_refusal, as_threat
from timeline.extract.modality import Tense, clause_verb, modality_of, tense_of
from timeline.extract.time_offsets import Offset, clause_offset, reverse, shifted
from timeline.models import Article, DatePrecision, GeoPrecision, Mention, Modality
from timeline.normalise.actor_data import name_key
from timeline.reference.bundle import Reference

EXTRACTOR_VERSION = "timeline.extract.v1"
PLACE_LABELS = ("GPE", "LOC", "FAC")
MISTAKEN_PLACE_LABELS = ("PERSON", "ORG")  # what the small model often calls a town
# nouns whose "of" object or apposition is a place: "the town of Bucha", "the capital
# Naypyitaw", "took control of Bakhmut"
PLACE_OF_NOUNS = frozenset(
    {"town", "city", "village", "capital", "port", "region", "province", "district", "control"}
)
# what the text calls a place finer than the town it is in, or a small town
LOCALITY_NOUNS = frozenset(
    {"village", "town", "neighbourhood", "neighborhood", "district", "suburb", "quarter", "camp"}
)
PLACE_PREPS = (
    "in", "to", "at", "near", "outside", "into", "inside", "across", "over", "from", "on",
    "around", "throughout",
)  # fmt: skip
DATED_MODALITIES = (Modality.ASSERTED, Modality.ALLEGED, Modality.NEGATED)
REPORTED_MODALITIES = (Modality.ASSERTED, Modality.ALLEGED)
MIN_CONFIDENCE, MAX_CONFIDENCE = 0.05, 0.95
MATERIAL_CONFLICT = 4
SPEECH_ROOTS = ("01", "02")  # statements and appeals: need a speaker and an addressee
# "claimed responsibility for the attack": a deed owned up to is news with no addressee
CLAIM_CODES = ("015",)
VISIT_CODES = ("042",)  # make a visit: the host country is the target
# yielding abroad ("lifted a curfew in Montenegro", "pulled its troops out of Lebanon") yields
# to the country there; at home it names no second party
ABROAD_ROOTS = ("08",)
VIOLENT_ROOTS = ("18", "19", "20")
VIOLENT_PROTEST = "145"
# protests, mobilisation, restrictions and attacks with no party named are against the state
# (or the people) where they happen: "thousands demonstrated in Kirkuk", "a curfew in Algiers",
# "artillery shelled towns across the Donetsk region"
AT_PLACE_ROOTS: dict[str, str | None] = {
    "14": "GOV",  # a protest is against the government there
    "15": None,
    "17": "CVL",  # a curfew or a crackdown falls on the people there
    "18": "CVL",
    "19": "CVL",
    "20": "CVL",
}
SITE_TOWNS = (GeoPrecision.CITY, GeoPrecision.ADMIN1)
REGION_OR_COUNTRY = (GeoPrecision.ADMIN1, GeoPrecision.COUNTRY)
# finest first; a place the gazetteer does not know is most often a site or a small town
FINEST_RANK = -1
PLACE_RANK = {
    GeoPrecision.CITY: 0,
    GeoPrecision.UNKNOWN: 1,
    GeoPrecision.ADMIN1: 2,
    GeoPrecision.COUNTRY: 3,
}


class ArticleExtractor:
    """Extracts mentions from parsed articles; holds the reference data, nothing per article."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.actors = SentenceActors(reference.actors, reference.cues, reference.gazetteer)
        self.frames = FrameFinder(reference.codebook, reference.cues, reference.gazetteer)
        cues = reference.cues
        self.coreferring = cues.pair_subjects | cues.person_pronouns | cues.thing_pronouns

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
            actors = self.actors.find(sent, article.published, memory, index)
            if not actors and not any(t.lower_ in self.coreferring for t in sent):
                continue
            for frame in self.frames.frames(sent, actors, memory, index):
                try:
                    mention = self._mention(article, sent, index, offset, frame, story)
                except ValidationError as exc:
                    invalid.append(f"sentence {index}: {one_line(exc)}")
                    continue
                if mention is not None:
                    mentions.append(mention)
        return mentions, invalid

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
        if source is None and (target is None or frame.action.cameo_root in SPEECH_ROOTS):
            return None  # an unnamed doer is still news when something was done to someone
        if (
            target is None
            and frame.action.cameo_root in SPEECH_ROOTS
            and frame.action.cameo_code not in CLAIM_CODES
            and not _appeals_for(frame)
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
            # "Tehran would not negotiate": refusing a deed to come is a rejection, asserted
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
        date = self._date(frame, sent, article, tense, modality, background, story.date)
        place = self._place(frame, sent)
        if modality is Modality.ASSERTED and not background:
            story.date = date if date.text is not None else story.date
            # "Police arrested the suspect at the scene.": the story goes on where it was
            place = story.place = place or story.place
        place = place or self._fought_in(frame)
        if (
            target is None
            and source is not None
            and (action.cameo_code in VISIT_CODES or action.cameo_root in ABROAD_ROOTS)
        ):
            target = self._visited(source, place)
        elif target is None and source is not None and frame.action.cameo_root in AT_PLACE_ROOTS:
            # the deed's own kind, threatened or done, says who at the place it is against
            role = AT_PLACE_ROOTS[frame.action.cameo_root]
            target = self._country_of(place, source, role)
        confidence = self.reference.calibration.apply(
            _confidence(frame, source, target, date, modality)
        )
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

    def _date(
        self,
        frame: Frame,
        sent: Span,
        article: Article,
        tense: Tense,
        modality: Modality,
        background: bool,
        story: DateResult | None,
    ) -> DateResult:
        """A date the text gives for the event, else, where the event is the news itself (a
        dated, non-background clause in the past or present), the date of the story so far
        or the publication date."""
        unknown = DateResult(None, DatePrecision.UNKNOWN, None)
        found = _dates_by_distance(frame.trigger, sent)
        own = [e for e in found if not _saying_date(e, frame)]
        shared = _governing_dates(frame.trigger, sent, SHARED_TIME)
        reported: list[Span] = []
        reporting: list[Span] = []
        if modality in REPORTED_MODALITIES and not background:
            # "Germany has delivered tanks, the minister said on Monday": a reported fact is
            # dated by its report, a closer bound than the publication date; a denied or
            # planned one is not
            reported = [e for e in found if e not in own]
            reporting = _governing_dates(frame.trigger, sent, (*SHARED_TIME, "ccomp"))
            reported += reporting
        # the nearest expression that names a date: "talks in more than three years in
        # Istanbul on Friday" is dated by "on Friday", not by the duration nearer the verb
        below: list[Span] = []
        if not (own or shared or reported) and modality in DATED_MODALITIES:
            below = _subordinate_dates(frame.trigger, sent)
        # "a day after Washington approved": this clause is measured from the one it hangs
        # from; "hours after they agreed on Saturday, India accused": from one hanging here
        clause = clause_verb(frame.trigger)
        offsets: dict[Span, Offset] = {}
        if (offset := clause_offset(clause)) is not None:
            offsets |= dict.fromkeys([*shared, *reporting], offset)
        if not (own or shared or reported or below) and modality in DATED_MODALITIES:
            for child in clause.children:
                if (measured := clause_offset(child)) is not None:
                    for expression in _dates_by_distance(child, sent):
                        offsets[expression] = reverse(measured)
                        below.append(expression)
        for expression in [*own, *shared, *reported, *below]:
            resolved = self.reference.dates.resolve(
                _with_preposition(expression), article.published, future=tense is Tense.FUTURE
            )
            if resolved is not None and not (background and resolved.date is None):
                if expression in offsets:
                    return shifted(resolved, offsets[expression])
                return resolved
        future = tense is Tense.FUTURE  # "will not deliver": not dated unless the text says when
        if background or future or article.published is None or modality not in DATED_MODALITIES:
            return unknown
        if frame.nominal and frame.trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "ROOT"):
            # "following a visit by Putin": an earlier event mentioned in passing
            return unknown
        if story is not None:
            # "Police detained the suspect at the scene.": a later sentence of a story goes on
            # at the time its lead gave
            return DateResult(story.date, story.precision, None)
        return DateResult(article.published, DatePrecision.DAY, None)

    def _place(self, frame: Frame, sent: Span) -> Place | None:
        """Where the event happened: the finest place the trigger's own clause names after
        'in', 'to', 'at' ... or as its object, known to the gazetteer or not ('captured the
        town of Bakwa'); else the nearest known place after such a word anywhere in the
        sentence."""
        ents = self._place_entities(sent)
        own = _entities_by_distance(frame.trigger, sent, PLACE_LABELS, ents)
        takes_place = frame.action.cameo_root in PLACE_OBJECT_ROOTS
        taken = _taken_places(frame.trigger, sent) if takes_place else []
        # a domestic event's places are likelier in its country ('Navalny went on hunger
        # strike in Pokrov': Russia's, not Ukraine's); talks between two countries may be
        # anywhere ('Biden will meet Putin in Geneva')
        parties = {
            side.actor.country
            for side in (frame.source, frame.target)
            if side is not None and side.actor.country not in (None, "IGO")
        }
        home = next(iter(parties)) if len(parties) == 1 else None
        candidates: list[tuple[int, int, Place]] = []
        for distance, ent in enumerate([*taken, *own]):
            if ent in taken or _after_place_prep(ent):
                name = _strip_article(ent.text)
                hint = self._country_hint(ent)
                place = self._known(name, hint, home) or self._site(name, hint)
                rank = PLACE_RANK[place.precision]
                if place.precision is GeoPrecision.UNKNOWN and _names_a_locality(ent):
                    # "the al-Tijara neighbourhood in central Damascus", "the village of Abu
                    # Allaj in western Raqqa": a locality set inside a known place is finer
                    rank = FINEST_RANK
                candidates.append((rank, distance, place))
        if candidates:
            # "at the enrichment site at Natanz in Iran": the finest place named is where
            return min(candidates, key=lambda c: (c[0], c[1]))[2]
        rest = sorted(
            (e for e in ents if e.label_ in PLACE_LABELS and e not in own),
            key=lambda e: (abs(e.root.i - frame.trigger.i), e.start),
        )
        unknown: Place | None = None
        for ent in rest:
            if not _after_place_prep(ent):
                continue
            hint = self._country_hint(ent)
            found = self._known(_strip_article(ent.text), hint, home)
            if found is not None:
                return found
            unknown = unknown or self._site(_strip_article(ent.text), hint)
        # "killed in the bombardment of the Aziziyah district": the one place the sentence
        # names, though the gazetteer does not know it
        return unknown or self._unlabelled_place(frame.trigger, sent, takes_place)

    def _place_entities(self, sent: Span) -> list[Span]:
        """The sentence's entities, with the places the small model tags as a person or an
        organisation ('visit to Kyiv', 'the town of Bucha', 'control of Bakhmut') relabelled:
        a name after a place word that the gazetteer knows, or that the text calls a locality,
        and that names no actor but a country or its seat ('UN' is no town in India, 'Hamas'
        no Hamm)."""
        ents: list[Span] = []
        for ent in sent.ents:
            if ent.label_ in MISTAKEN_PLACE_LABELS and _in_place_position(ent):
                name = _strip_article(ent.text)
                known = self.reference.actors.resolve_name(name)
                # "the Bab Tuma neighbourhood": the text itself says it is a place
                place = _names_a_locality(ent) or self.reference.gazetteer.lookup(name)
                if place and (known is None or known.kind == "country"):
                    ent = Span(sent.doc, ent.start, ent.end, label="GPE")
            ents.append(ent)
        return ents

    def _unlabelled_place(self, trigger: Token, sent: Span, takes_place: bool) -> Place | None:
        """'shelled towns across the Donetsk region', 'captured Jaffna': a proper name after a
        place preposition, or taken, that the entity recogniser missed (the small model often
        tags a town as a person), when the gazetteer knows it."""
        heads = [
            t for t in sent if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and not t.ent_type_
        ]
        if takes_place:
            heads += [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        for head in sorted(heads, key=lambda t: abs(t.i - trigger.i)):
            words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
            if any(w.pos_ == "PROPN" for w in words):
                found = self.reference.gazetteer.lookup(" ".join(w.text for w in words))
                if found is not None:
                    return found
        return None

    def _known(self, name: str, hint: str | None, home: str | None = None) -> Place | None:
        """The gazetteer's place for a name, unless the text puts it in another country: the
        'Borno state' of 'Nigeria's Borno state' is not Borna in Germany. With no such word, a
        town of that very name in the country of a domestic event is the likelier one."""
        gazetteer = self.reference.gazetteer
        if hint is None and home is not None:
            place = gazetteer.lookup(name, home)
            if (
                place is not None
                and place.country == home
                and place.precision is GeoPrecision.CITY
                and name_key(place.name) == name_key(name)
            ):
                return place
        place = gazetteer.lookup(name, hint)
        if place is None or (hint is not None and place.country not in (None, hint)):
            return None
        return place

    def _site(self, name: str, hint: str | None) -> Place:
        """A place the gazetteer does not know. A site named after its town ('Baghdad
        International Airport', 'the Hiroshima Peace Memorial') is put at the town's
        coordinates under its own name; anything else keeps its name and no coordinates."""
        words = name.split()
        if len(words) > 1 and words[-1].lower() in self.reference.cues.site_nouns:
            for length in range(len(words) - 1, 0, -1):
                town = self.reference.gazetteer.lookup(" ".join(words[:length]), hint)
                if town is not None and town.precision in SITE_TOWNS:
                    return Place(
                        name, town.country, town.admin1, None, town.latitude, town.longitude,
                        town.precision,
                    )  # fmt: skip
        return _unplaced(name, hint)

    def _country_hint(self, ent: Span) -> str | None:
        """The country the text puts a place in: 'Russia's Kursk region', 'the Ukrainian town
        of Bucha', 'Bethlehem in the West Bank' is not in Brazil."""
        root = ent.root
        heads = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            heads.append(root.head.head)  # "the town of X"
        if root.dep_ in ("compound", "appos") and root.head.pos_ in ("NOUN", "PROPN"):
            heads.append(root.head)  # "X region", "the capital, X"
        # "the Vostochny Cosmodrome in Russia's Amur region": what the place is said to be in
        heads += [
            pobj
            for head in list(heads)
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside", "of")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for head in heads:
            candidates = [head] if not ent.start <= head.i < ent.end else []
            candidates += [
                c
                for c in head.children
                if c.dep_ in ("poss", "amod", "compound") and not ent.start <= c.i < ent.end
            ]
            for token in candidates:
                actor = self.reference.actors.resolve_name(token.text)
                if actor is not None and actor.kind == "country" and actor.country:
                    return actor.country
        # "Palm Beach, Florida", "Pokrov, Vladimir region": a larger place set beside it
        beside = [c for c in root.children if c.dep_ in ("appos", "npadvmod") and c.ent_type_]
        for token in beside:
            larger = self.reference.gazetteer.lookup(_entity_text(token))
            if larger is not None and larger.precision in REGION_OR_COUNTRY:
                return larger.country
        return None

    def _fought_in(self, frame: Frame) -> Place | None:
        """For fighting with no place named, the country fought in (the target's)."""
        target = frame.target
        if (
            frame.action.quad_class == MATERIAL_CONFLICT
            and target is not None
            and target.actor.kind == "country"
            and target.actor.country
        ):
            return self.reference.gazetteer.country_place(target.actor.country)
        return None


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
    return frame.action.cameo_root == "02" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children
    )


def _crowd(actor: TokenActor | None, words: frozenset[str]) -> bool:
    return actor is not None and bool(set(actor.text.lower().split()) & words)


def one_line(exc: ValidationError) -> str:
    """A validation error as one line a person can act on."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"invalid {exc.title} field {where or '?'}: {first['msg']}"


def _same_actor(a: TokenActor, b: TokenActor) -> bool:
    return a.actor == b.actor or (a.actor.code is not None and a.actor.code == b.actor.code)


def _code(actor: TokenActor | None) -> str | None:
    return actor.actor.code if actor is not None else None


def _own_clause(token: Token, trigger: Token, clause: Token) -> bool:
    """True when `token` hangs from the trigger, or from its clause verb with no other verb
    between: 'since 2011' in 'diplomacy suspended since 2011' belongs to 'suspended'."""
    for ancestor in token.ancestors:
        if ancestor in (trigger, clause):
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _entities_by_distance(
    trigger: Token, sent: Span, labels: tuple[str, ...], ents: Iterable[Span] | None = None
) -> list[Span]:
    """Entities of `labels` (of `ents`, by default the sentence's) in the trigger's own clause,
    nearest first."""
    clause = clause_verb(trigger)
    found = [
        ent
        for ent in (sent.ents if ents is None else ents)
        if ent.label_ in labels and _own_clause(ent.root, trigger, clause)
    ]
    return sorted(found, key=lambda ent: (abs(ent.root.i - trigger.i), ent.start))


SHARED_TIME = ("conj", "advcl", "xcomp")
# spaCy tags "Monday night" as a TIME; with a weekday or a month it names a date
_NAMED_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _dates_by_distance(trigger: Token, sent: Span) -> list[Span]:
    """Date expressions of the trigger's own clause, nearest first (see `_entities_by_distance`),
    leaving out years that name a thing ('the 2015 nuclear deal', 'the 2016 election')."""
    return [
        ent
        for ent in _entities_by_distance(trigger, sent, ("DATE", "TIME"), _joined_dates(sent))
        if (ent.label_ == "DATE" or _NAMED_DAY.search(ent.text)) and not _names_a_thing(ent)
    ]


_DAY_RUN_WORDS = frozenset({"and", "to", "-", "–"})


def _joined_dates(sent: Span) -> list[Span]:
    """The sentence's entities with a date that the recogniser cut in two joined up again:
    '4 and' + '5 December', or '4' 'and' '5 December', is '4 and 5 December'."""
    joined: list[Span] = []
    for ent in sent.ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == ent.label_ == "DATE"
            and sent.doc[ent.start - 1].lower_ in _DAY_RUN_WORDS
            and ent.start - last.end <= 1
        ):
            joined[-1] = Span(sent.doc, last.start, ent.end, label="DATE")
        else:
            joined.append(ent)
    return joined


_TIME_NOUNS = frozenset(
    {"night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year"}
)


def _names_a_thing(ent: Span) -> bool:
    """A bare year in front of a noun names it ('the 2015 deal'); 'a September visit' dates it."""
    if not ent.text.strip().isdigit():
        return False
    root = ent.root
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nummod")
        and not ent.start <= head.i < ent.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in _TIME_NOUNS
    )


def _saying_date(ent: Span, frame: Frame) -> bool:
    """'Britain said on Saturday it would send tanks': a date between the saying verb and the
    reported clause's subject is the saying's, whatever the parse attached it to."""
    clause = clause_verb(frame.trigger)
    if clause.dep_ != "ccomp" or clause.head.i > ent.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and ent.end <= subject.i


@dataclass
class Story:
    """Where and when the article's story has reached: the last date and place the text gave
    for an event it asserts."""

    date: DateResult | None = None
    place: Place | None = None


# words that put a clause at another time than the one it hangs from ('after meeting Putin')
OTHER_TIME = frozenset({"after", "before", "since", "until", "till", "once", "following"})


def _same_time_parent(clause: Token, deps: tuple[str, ...]) -> Token | None:
    """The clause that `clause` hangs from by `deps`, or through a preposition other than
    'after', 'before' ... ('completed the exchange on Thursday, with Moscow freeing ...')."""
    if clause.head.i == clause.i:
        return None
    if clause.dep_ in deps:
        return clause.head
    prep = clause.head
    if (
        clause.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ not in OTHER_TIME
        and prep.head.pos_ in ("VERB", "AUX")
    ):
        return prep.head
    return None


def _governing_dates(trigger: Token, sent: Span, deps: tuple[str, ...]) -> list[Span]:
    """Dates of the clauses this one hangs from by `deps`, nearest clause first: coordinated
    and subordinate clauses share their time ('broke through on Saturday and attacked ...')."""
    found: list[Span] = []
    clause: Token | None = clause_verb(trigger)
    while clause is not None and (clause := _same_time_parent(clause, deps)) is not None:
        found += _dates_by_distance(clause, sent)
    return found


def _subordinate_dates(trigger: Token, sent: Span) -> list[Span]:
    """Dates of the clauses that hang from this one and happen at its time, nearest first:
    'urged Li to lift the ban when the two met on Wednesday', 'accused the army of killing
    hundreds on Wednesday'. Not 'after', 'before' ... clauses, nor infinitives (a purpose or a
    plan is later) nor relative clauses (another event)."""
    found: list[Span] = []
    pending = [clause_verb(trigger)]
    while pending:
        clause = pending.pop(0)
        for child in clause.children:
            if child.dep_ == "advcl" and not any(
                c.lower_ in OTHER_TIME or (c.dep_ == "aux" and c.lower_ == "to")
                for c in child.children
            ):
                below = [child]
            elif child.dep_ == "prep" and child.lower_ not in OTHER_TIME:
                below = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
            else:
                continue
            for verb in below:
                found += _dates_by_distance(verb, sent)
                pending.append(verb)
    return found


def _with_preposition(ent: Span) -> str:
    """'since November', not 'November': the preposition says whether it dates the event."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.i == ent.start - 1:
        return f"{head.text} {ent.text}"
    return ent.text


def _entity_text(token: Token) -> str:
    """The text of the named entity a token belongs to ('Florida', 'New Mexico')."""
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _names_a_locality(ent: Span) -> bool:
    """'al-Tijara neighbourhood', 'the village of Abu Allaj', 'Khanasir town': a name the
    text itself calls a village, town, district or neighbourhood."""
    root = ent.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in LOCALITY_NOUNS:
        return True
    if any(c.lemma_.lower() in LOCALITY_NOUNS for c in root.children if c.dep_ == "appos"):
        return True
    return (
        root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in LOCALITY_NOUNS
    )


def _in_place_position(ent: Span) -> bool:
    """After a place preposition ('to Kyiv'), or naming a settlement ('the town of Bucha',
    'the capital Naypyitaw', 'control of Bakhmut')."""
    root = ent.root
    head = root.head
    if root.dep_ == "appos" or (root.dep_ == "pobj" and head.lower_ == "of"):
        noun = head if root.dep_ == "appos" else head.head
        return noun.lemma_.lower() in PLACE_OF_NOUNS
    return _after_place_prep(ent)


def _after_place_prep(ent: Span) -> bool:
    """True when the entity is the object of a locative preposition ('in Kyiv', 'to Pyongyang')."""
    root = ent.root
    for token in [root, *list(root.ancestors)[:3]]:
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
            return True
        if token.dep_ not in ("pobj", "compound", "appos", "conj", "prep", "poss"):
            return False
    return False


# visits, deployments, seizures, attacks: the verb's object is where it happened ('visited Kyiv');
# for words and sanctions it is the government ('criticised Moscow')
PLACE_OBJECT_ROOTS = ("04", "15", "17", "18", "19", "20")


def _taken_places(trigger: Token, sent: Span) -> list[Span]:
    """Places that are the trigger's object: 'Hamas overran Gaza', 'captured the town of Bakwa',
    'soldiers patrolled Manger Square'."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [
        pobj
        for obj in objects
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return [
        ent
        for ent in sent.ents
        if ent.label_ in PLACE_LABELS and any(ent.start <= o.i < ent.end for o in objects)
    ]


def _unplaced(name: str, country: str | None = None) -> Place:
    """A place the gazetteer does not know: its name as written, no coordinates, the country
    the text puts it in if any."""
    return Place(name, country, None, None, None, None, GeoPrecision.UNKNOWN)


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _confidence(
    frame: Frame,
    source: TokenActor | None,
    target: TokenActor | None,
    date: DateResult,
    modality: Modality,
) -> float:
    """A first estimate from how directly each part was read; calibrated by the eval issue."""
    score = 0.45
    if source is not None:
        score += 0.15 if source.direct else 0.05
    if target is not None:
        score += 0.15 if target.direct else 0.05
    score -= 0.1 if frame.nominal else 0.0
    score += 0.05 if date.precision is not DatePrecision.UNKNOWN else 0.0
    score -= 0.05 if modality is not Modality.ASSERTED else 0.0
    return round(min(MAX_CONFIDENCE, max(MIN_CONFIDENCE, score)), 3)
