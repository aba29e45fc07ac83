"""Where an event happened: the place its sentence names for it, known to the gazetteer or not.

The finest place the trigger's own clause names after a place word (or takes as its object)
wins. Which entities name places is decided in `sentence_places`, which place a name is (and
the country the text gives for it, ruling out namesakes) in `place_lookup`; this module chooses
among them, and falls back on the places a sentence names without a name ('the country's north',
'the Kenyan capital').
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from timeline.codes import Place
from timeline.extract.cameo import PLACE_OBJECT_ROOTS
from timeline.extract.frames import Frame
from timeline.extract.modality import clause_verb
from timeline.extract.place_lookup import (
    CAPITAL,
    country_hint,
    in_country,
    named_place,
    owner_name,
    place_heads,
    site_in_town,
    site_near,
)
from timeline.extract.place_names import (
    listed_places,
    unlabelled_place,
)
from timeline.extract.place_positions import (
    PLACE_PREPS,
    beside_a_place,
    holds_a_place,
    listed_after,
    names_a_locality,
    taken_places,
)
from timeline.extract.sentence_places import (
    MISTAKEN_PLACE_LABELS,
    deed_of,
    located_by,
    place_entities,
    place_left,
    placed,
)
from timeline.extract.spans import PLACE_LABELS, entities_by_distance
from timeline.models import GeoPrecision
from timeline.reference.bundle import Reference

MATERIAL_CONFLICT = 4
COUNTRY_NOUNS = ("country", "nation")  # "the country's north": the country the text names
VERBAL = (1, 3)  # CAMEO's verbal cooperation and verbal conflict
CONSULT = "04"  # a visit or a meeting is where its party is: 'visited Kyiv'
# finest first; a place the gazetteer does not know is most often a site or a small town
FINEST_RANK = -1
PLACE_RANK = {
    GeoPrecision.CITY: 0,
    GeoPrecision.UNKNOWN: 1,
    GeoPrecision.ADMIN1: 2,
    GeoPrecision.COUNTRY: 3,
}


class EventPlacer:
    """Places the events of a sentence; holds the reference data, nothing per article."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self._place_heads = place_heads(reference.cues)  # the nouns a place may qualify

    def place(self, frame: Frame, sent: Span, story: Place | None = None) -> Place | None:
        """Where the event happened (see `_place`); a site the gazetteer lacks and the text
        puts in no country is in the country attacked, else the country the story is in
        ('rallied in Tel Aviv ... blocked the Ayalon highway'). A place the gazetteer knows
        keeps its own: a sea has none."""
        place = self._place(frame, sent)
        if (
            place is None
            or place.country is not None
            or place.precision is not GeoPrecision.UNKNOWN
        ):
            return place
        # "artillery shelled X Island, killing two South Korean marines": an attack's unknown
        # site is in the country of those attacked, as fighting with no place named is
        target = frame.target
        if (
            frame.action.quad_class == MATERIAL_CONFLICT
            and target is not None
            and target.actor.state_country is not None
        ):
            country: str | None = target.actor.country
        elif story is not None:
            country = story.country
        else:
            return place
        if (
            story is not None
            and story.country == country
            and story.precision is GeoPrecision.CITY
            and story.latitude is not None
            and self._called_a_site(place.name, sent)
        ):
            # "rallied in Tel Aviv ... blocked the Ayalon highway": a site the gazetteer lacks,
            # in the country of a story set in a town, is taken to be at that town, as a site
            # named after one is
            return replace(
                place, country=country, admin1=story.admin1, latitude=story.latitude,
                longitude=story.longitude, precision=story.precision,
            )  # fmt: skip
        return replace(place, country=country)

    def _called_a_site(self, name: str, sent: Span) -> bool:
        """'the Ayalon highway', 'the Quelentaro market': the name qualifies a noun the text
        uses for a site, a locality or a part of a region (not 'Europe', 'the Ussuri River')."""
        cues = self.reference.cues
        nouns = cues.site_nouns | cues.locality_nouns | cues.region_nouns
        words = name.split()
        return any(
            t.dep_ == "compound"
            and t.text == words[-1]
            and t.head.text not in words
            and t.head.lemma_.lower() in nouns
            for t in sent
        )

    def _place(self, frame: Frame, sent: Span) -> Place | None:
        """Where the event happened: the finest place the trigger's own clause names after
        'in', 'to', 'at' ... or as its object, known to the gazetteer or not ('captured the
        town of Bakwa'); else the nearest known place after such a word anywhere in the
        sentence."""
        # a domestic event's places are likelier in its country ('an activist went on hunger
        # strike in Kimry': Russia's, not another country's); talks between two countries may be
        # anywhere ('Biden will meet Putin in Geneva')
        parties = frozenset(
            side.actor.state_country
            for side in (frame.source, frame.target)
            if side is not None and side.actor.state_country is not None
        )
        # the gazetteer's places for the names of this one call, asked once (see `looked_up`)
        lookups: dict[str, Place | None] = {}
        ents = place_entities(sent, parties, self.reference, lookups)
        if frame.action.quad_class in VERBAL and frame.action.cameo_root != CONSULT:
            # "the attack, which Britain blames on Moscow": a word's addressee is no place
            sides = [side for side in (frame.source, frame.target) if side is not None]
            ents = [e for e in ents if not any(s.start <= e.root.i < s.end for s in sides)]
        cues = self.reference.cues
        takes_place = frame.action.cameo_root in PLACE_OBJECT_ROOTS
        place_nouns = cues.locality_nouns | cues.place_of_nouns | cues.site_nouns
        taken = taken_places(frame.trigger, ents, place_nouns) if takes_place else []
        if takes_place:
            taken += deed_of(frame.trigger, ents, parties, self.reference)
        taken += place_left(frame.trigger, sent, parties, self.reference)
        own: list[Span] = []
        # "captured the city on Sunday and killed hundreds": a verb coordinated with another
        # happened where it did, unless it names its own place
        for verb in _coordinated_from(frame.trigger):
            own = [
                e
                for e in entities_by_distance(verb, sent, PLACE_LABELS, ents)
                if not listed_after(e, ents)
            ]
            own += [e for e in listed_places(verb, ents, self._place_heads) if e not in own]
            if own or taken:
                break
        candidates: list[tuple[int, int, Place]] = []
        for distance, ent in enumerate([*taken, *own]):
            if ent in taken or placed(ent, self.reference):
                hint = country_hint(ent, self.reference)
                place = named_place(ent, hint, parties, self.reference, lookups) or site_near(
                    ent, hint, self.reference
                )
                rank = PLACE_RANK[place.precision]
                if place.precision is GeoPrecision.UNKNOWN and names_a_locality(
                    ent, self.reference.cues.locality_nouns
                ):
                    # "the al-Tijara neighbourhood in central Damascus", "the village of Abu
                    # Allaj in western Raqqa": a locality set inside a known place is finer
                    rank = FINEST_RANK
                # "Ankara's Esenboga airport": the site, not a village it is named after
                if town := site_in_town(ent, self.reference):
                    place, rank = town[0], FINEST_RANK
                candidates.append((rank, distance, place))
        if candidates:
            # "at the enrichment site at Natanz in Iran": the finest place named is where
            best = min(candidates, key=lambda c: (c[0], c[1]))[2]
            return in_country(
                best, [c[2] for c in candidates] + located_by(own, self.reference), self.reference
            )
        rest = sorted(
            (
                e
                for e in ents
                if e.label_ in PLACE_LABELS
                and e not in own
                and not beside_a_place(e, ents)
                and not holds_a_place(e, ents)
                and not listed_after(e, ents)
            ),
            key=lambda e: (abs(e.root.i - frame.trigger.i), e.start),
        )
        # "at the Marriott Hotel near Islamabad": the hotel, not Islamabad at large
        sites = [(ent, in_town) for ent in rest if (in_town := site_in_town(ent, self.reference))]
        towns = {town.i for _, (_, town) in sites}
        unknown: Place | None = None
        country: Place | None = None
        for ent in rest:
            if not placed(ent, self.reference) or ent.root.i in towns:
                continue
            site = next((place for e, (place, _) in sites if e is ent), None)
            if site is not None:
                return site
            hint = country_hint(ent, self.reference)
            known = named_place(ent, hint, parties, self.reference, lookups)
            if known is not None and country is None and known.precision is GeoPrecision.COUNTRY:
                country = known  # "in Syria ... in Raqqa": a finer place in it may follow
            elif known is not None and (country is None or known.country == country.country):
                return known
            elif known is None:
                unknown = unknown or site_near(ent, hint, self.reference)
        if country is not None:
            # "detonated in DPRK's North Phyongan province": a place named in the country
            return (
                in_country(unknown, [country], self.reference) if unknown is not None else country
            )
        # "killed in the bombardment of the Aziziyah district": the one place the sentence
        # names, though the gazetteer does not know it
        return (
            unknown
            or unlabelled_place(
                frame.trigger,
                sent,
                takes_place,
                self.reference.gazetteer,
                self.reference.cues.place_of_nouns,
            )
            or self._country_part(sent)
            or self._capital_named(sent)
        )

    def _capital_named(self, sent: Span) -> Place | None:
        """'in the Kenyan capital', 'in Kenya's capital': that country's capital city, under
        the words as written."""
        for token in sent:
            if not (
                token.lemma_.lower() == CAPITAL
                and token.dep_ == "pobj"
                and token.head.lower_ in PLACE_PREPS
            ):
                continue
            for word in token.children:
                if word.dep_ not in ("amod", "poss", "compound"):
                    continue
                ent = next((e for e in sent.ents if e.start <= word.i < e.end), None)
                name = owner_name(ent) if ent is not None else word.text
                actor = self.reference.actors.resolve_name(name)
                if actor is None or actor.kind != "country" or not actor.country:
                    continue
                city = self.reference.gazetteer.capital(actor.country)
                if city is not None:
                    return replace(city, name=sent.doc[token.left_edge.i : token.i + 1].text)
        return None

    def _country_part(self, sent: Span) -> Place | None:
        """'in two villages in the country's north': that part of the one country the sentence
        names, under the words as written."""
        directions = self.reference.cues.direction_words
        for token in sent:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if not (
                token.lemma_.lower() in directions
                and token.dep_ == "pobj"
                and token.head.lower_ in PLACE_PREPS
                and owner is not None
                and owner.lemma_.lower() in COUNTRY_NOUNS
            ):
                continue
            # "Burkina Faso's army ... the country's north", whatever the recogniser calls it;
            # "Pakistani troops ... the country's northwest": its people's adjective too
            countries = {
                actor.country
                for ent in sent.ents
                if ent.label_ in (*PLACE_LABELS, *MISTAKEN_PLACE_LABELS, "NORP")
                and (actor := self.reference.actors.resolve_name(owner_name(ent)))
                and actor.kind == "country"
                and actor.country
            }
            if len(countries) != 1:
                return None
            whole = self.reference.gazetteer.country_place(countries.pop())
            if whole is None:
                return None
            part = self.reference.gazetteer.part_of(
                f"{token.text} {whole.name}", directions, whole.country
            )
            name = sent.doc[owner.left_edge.i : token.i + 1].text
            return replace(part or whole, name=name)
        return None

    def fought_in(self, frame: Frame) -> Place | None:
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


def _coordinated_from(trigger: Token) -> list[Token]:
    """The trigger, then the verbs it is coordinated after, nearest first."""
    chain = [trigger]
    verb = clause_verb(trigger)
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        chain.append(verb)
    return chain
