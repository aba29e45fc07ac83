"""Which place a named entity is: the gazetteer's place for it, or a site it lacks.

Kept apart from `placing`, which decides which of a sentence's places an event happened at:
this module answers, for one name, which place the text means by it ('Kherson' in 'the Kherson
region' is the region; 'Nigeria's Borno state' is not Borna in Germany; 'Ankara's Esenboga
airport' is at Ankara), and what country the text puts it in.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from timeline.codes import Place
from timeline.extract.cues import Cues
from timeline.extract.place_names import SITE_TOWNS, as_written, located_after, own_name, town_in
from timeline.extract.place_positions import (
    UNIT_NOUNS,
    entity_text,
    in_place_position,
    strip_article,
)
from timeline.models import GeoPrecision
from timeline.reference.bundle import Reference

CAPITAL = "capital"  # "the Kenyan capital": the country's seat of government
REGION_OR_COUNTRY = (GeoPrecision.ADMIN1, GeoPrecision.COUNTRY)


def place_heads(cues: Cues) -> frozenset[str]:
    """The nouns a place may name as a modifier: 'the Kherson region', "Gaza's hospital"."""
    return cues.place_of_nouns | cues.locality_nouns | cues.site_nouns | cues.region_nouns


def looked_up(
    name: str, reference: Reference, lookups: dict[str, Place | None] | None
) -> Place | None:
    """The gazetteer's place for a name with no country given, asked once per event placed:
    `lookups` is the caller's memo for that one call (a name relabelled as a place is looked up
    when it is relabelled and again when it is placed); none is kept on the placer, which is
    pickled to the workers."""
    if lookups is None:
        return reference.gazetteer.lookup(name)
    if name not in lookups:
        lookups[name] = reference.gazetteer.lookup(name)
    return lookups[name]


def people_of_places(ent: Span, reference: Reference) -> str | None:
    """The country of 'Iranian' in 'protesters in dozens of Iranian cities' or 'in Syrian
    villages': a country's adjective on places named no further, where places go."""
    noun = ent.root.head
    heads = place_heads(reference.cues)
    if not (
        ent.root.ent_type_ == "NORP"
        and ent.root.dep_ in ("amod", "compound")
        and noun.tag_ in ("NNS", "NNPS")
        and noun.lemma_.lower() in heads
        and in_place_position(noun.doc[noun.i : noun.i + 1], frozenset(), heads)
    ):
        return None
    actor = reference.actors.resolve_name(strip_article(ent.text))
    return actor.country if actor is not None and actor.kind == "country" else None


def named_place(
    ent: Span,
    hint: str | None,
    parties: frozenset[str],
    reference: Reference,
    lookups: dict[str, Place | None] | None = None,
) -> Place | None:
    """The gazetteer's place for an entity; 'Kherson' in 'the Kherson region' or 'Borno
    state' is the region, not its namesake town, when the gazetteer knows the region."""
    name = strip_article(ent.text)
    if (country := people_of_places(ent, reference)) is not None:
        return reference.gazetteer.country_place(country)
    capital = ent.root.head
    named = any(c.dep_ == "appos" for c in capital.children) or (
        capital.i + 1 < len(ent.doc) and ent.doc[capital.i + 1].pos_ == "PROPN"
    )
    if ent.root.dep_ in ("poss", "compound", "amod") and capital.lemma_.lower() == CAPITAL:
        # "in Kenya's capital": the capital, not the country at large (a capital named,
        # "Haiti's capital Port-au-Prince", is found by its name)
        actor = reference.actors.resolve_name(owner_name(ent))
        country = actor.country if actor is not None and actor.kind == "country" else None
        if named and country and (city := _capital_called(capital, country, reference)):
            return city
        city = reference.gazetteer.capital(country) if country and not named else None
        if city is not None:
            return replace(city, name=ent.doc[ent.start : capital.i + 1].text)
    region = named_region(ent, hint, reference)
    if region is not None:
        return region
    # "over eastern Ukraine", the compass word left out of the entity: that part of it
    directions = reference.cues.direction_words
    for word in ent.root.lefts:
        if word.dep_ == "amod" and word.i == ent.start - 1:
            part = reference.gazetteer.part_of(f"{word.text} {name}", directions, hint)
            if part is not None:
                return part
    return known_place(name, hint, reference, parties, lookups)


def _capital_called(capital: Token, country: str, reference: Reference) -> Place | None:
    """'the Angolan capital Luanda' with the name left untagged: the proper name after
    'capital', a town of that very name in the country the text gives."""
    doc, end = capital.doc, capital.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    name = doc[capital.i + 1 : end].text
    town = reference.gazetteer.lookup(name, country) if name else None
    if town is None or town.country != country or not own_name(town, name):
        return None
    return town


def named_region(ent: Span, hint: str | None, reference: Reference) -> Place | None:
    """'Kherson region', 'Rakhine state': the region the name and its region noun make,
    when the gazetteer knows it as one."""
    noun = ent.root.head
    of_unit = noun.head if noun.lower_ == "of" and ent.root.dep_ == "pobj" else None
    if of_unit is not None and of_unit.lemma_.lower() in UNIT_NOUNS:
        # "in the state of Guerrero": the unit so named
        name = strip_article(ent.text)
        return _seat_region(name, name, hint, reference)
    if len(ent) > 1 and ent[-1].lemma_.lower() in UNIT_NOUNS:
        # "in Sweida province", the noun inside the entity
        name = strip_article(ent.text)
        return _seat_region(name, name.rsplit(" ", 1)[0], hint, reference)
    # "the Sagaing region": the parser often makes the name an adjective of its noun
    if not (
        ent.root.dep_ in ("compound", "amod")
        and noun.i == ent.end
        and noun.lemma_.lower() in reference.cues.region_nouns
    ):
        return None
    name = f"{strip_article(ent.text)} {noun.text}"
    region = known_place(name, hint, reference)
    if region is not None and region.precision is GeoPrecision.ADMIN1:
        return region
    if noun.lemma_.lower() not in UNIT_NOUNS:
        return None
    return _seat_region(name, strip_article(ent.text), hint, reference)


def _seat_region(name: str, seat_name: str, hint: str | None, reference: Reference) -> Place | None:
    """A unit the gazetteer does not know by its name and noun ('Sweida province') but
    named after its seat ('Idlib province', 'Kaduna state'): the seat's first-level unit,
    at the seat's point; else the unit of that name ('Kunar province', 'Zamfara state')."""
    if name != seat_name and known_place(name, hint, reference) is not None:
        return None  # the name itself is known: the ordinary look-up takes it
    town = reference.gazetteer.lookup(seat_name, hint)
    if town is not None and town.precision is GeoPrecision.CITY and not own_name(town, seat_name):
        # "Borno state": a unit of that very name beats a town only another name fits
        unit = reference.gazetteer.unit(seat_name, hint)
        if unit is not None:
            return replace(unit, name=name)
    seat = known_place(seat_name, hint, reference)
    if seat is not None and seat.precision is GeoPrecision.ADMIN1:
        return replace(seat, name=name)  # "Kunar province": the unit itself
    if seat is None or seat.precision is not GeoPrecision.CITY or seat.admin1 is None:
        # "Zamfara state": a unit the gazetteer knows only from ISO 3166-2
        unit = reference.gazetteer.unit(seat_name, hint)
        return replace(unit, name=name) if unit is not None else None
    return replace(seat, name=name, geonames_id=None, precision=GeoPrecision.ADMIN1)


def known_place(
    name: str,
    hint: str | None,
    reference: Reference,
    parties: frozenset[str] = frozenset(),
    lookups: dict[str, Place | None] | None = None,
) -> Place | None:
    """The gazetteer's place for a name, unless the text puts it in another country: the
    'Borno state' of 'Nigeria's Borno state' is not Borna in Germany. With no such word, a
    town of that very name in the country of a domestic event is the likelier one; one in
    a country of the deed's parties beats a place the name is only another name of
    (Salisbury in England, not Harare, once called Salisbury). A small town is too weak a
    guess to beat any other place of the name: it is taken only when nothing else is
    called so."""
    gazetteer = reference.gazetteer
    home = next(iter(parties)) if len(parties) == 1 else None
    if hint is None and home is not None:
        town = town_in(gazetteer, name, home, small_towns=False)
        if town is not None:
            return town
    place = looked_up(name, reference, lookups) if hint is None else gazetteer.lookup(name, hint)
    if hint is None and place is not None and not own_name(place, name):
        for country in sorted(parties):
            if (local := town_in(gazetteer, name, country, small_towns=False)) is not None:
                return local
    if place is None and hint is None:
        # "Bosnian Serb forces killed ... at Srebrenica": a small town nothing else is
        # called, in the one country of the deed's parties that has a town of that name
        towns = [
            town
            for country in sorted(parties)
            if (town := town_in(gazetteer, name, country)) is not None
        ]
        place = towns[0] if len(towns) == 1 else None
    if place is None:
        place = gazetteer.part_of(name, reference.cues.direction_words, hint)
    if place is None or (hint is not None and place.country not in (None, hint)):
        return None
    return as_written(place, name)


def in_country(place: Place, named: list[Place], reference: Reference) -> Place:
    """A place the gazetteer does not know by its name alone, put in the one country of the
    clause's other places, is the town of that name there if the gazetteer has one ('a
    school in Zorbuku, in Nigeria's Zamfara state', with Zorbuku a small Nigerian town)."""
    placed = _with_country(place, named)
    if placed is place or placed.country is None:
        return placed
    town = town_in(reference.gazetteer, placed.name, placed.country)
    if town is not None:
        return town
    # "a school in Kuriga, in Nigeria's Kaduna state": a place set in one known region is
    # put at the region's point, no finer than that
    regions = {
        p for p in named if p.precision is GeoPrecision.ADMIN1 and p.country == placed.country
    }
    region = regions.pop() if len(regions) == 1 else None
    if placed.latitude is not None or region is None or region.latitude is None:
        return placed
    return replace(
        placed, admin1=region.admin1, latitude=region.latitude, longitude=region.longitude,
        precision=GeoPrecision.ADMIN1,
    )  # fmt: skip


def site_in_town(ent: Span, reference: Reference) -> tuple[Place, Token] | None:
    """A site the text sets in a town the gazetteer knows ('Ankara's Esenboga airport',
    'the Marriott Hotel near Islamabad'): finer than the town, put at the town's
    coordinates under its own name; with the town's token."""
    site_nouns = reference.cues.site_nouns
    root = ent.root
    anchor, name = root, strip_article(ent.text)
    if root.dep_ == "compound" and root.head.i == ent.end:
        anchor, name = root.head, f"{name} {root.head.text}"
    if name.split()[-1].lower() not in site_nouns:
        return None
    towns = [c for c in anchor.children if c.dep_ == "poss"]
    # "patrolled Manger Square in nearby Bethlehem", the parser hanging 'in' on the verb
    holders = [anchor, anchor.head] if anchor.dep_ in ("dobj", "nsubjpass") else [anchor]
    towns += [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    for token in towns:
        town = reference.gazetteer.lookup(entity_text(token))
        if town is not None and town.precision is GeoPrecision.CITY:
            site = Place(
                name, town.country, town.admin1, None, town.latitude, town.longitude,
                town.precision,
            )  # fmt: skip
            return site, token
    return None


def site_near(ent: Span, hint: str | None, reference: Reference) -> Place:
    """A place the gazetteer lacks (see `_site`); one the text sets just beside a known
    town ('Beita, south of Nablus', no distance given) is put at that town's point."""
    place = unknown_place(_full_name(ent, reference), hint, reference)
    if place.latitude is not None:
        return place
    town = located_after(ent, reference)
    if (
        town is None
        or town.precision is not GeoPrecision.CITY
        or place.country not in (None, town.country)
    ):
        return place
    return replace(
        place, country=town.country, admin1=town.admin1, latitude=town.latitude,
        longitude=town.longitude, precision=GeoPrecision.CITY,
    )  # fmt: skip


def _full_name(ent: Span, reference: Reference) -> str:
    """A name with the site noun it names ('Ketziot prison', 'the Karni crossing'): a site
    the gazetteer lacks is called by both words (a region keeps its name alone)."""
    name = strip_article(ent.text)
    noun = ent.root.head
    if (
        ent.root.dep_ == "compound"
        and noun.i == ent.end
        and noun.lemma_.lower() in reference.cues.site_nouns
    ):
        return f"{name} {noun.text}"
    return name


def unknown_place(name: str, hint: str | None, reference: Reference) -> Place:
    """A place the gazetteer does not know. A site named after its town ('Baghdad
    International Airport', 'the Hiroshima Peace Memorial') is put at the town's
    coordinates under its own name; anything else keeps its name and no coordinates."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in reference.cues.site_nouns:
        for length in range(len(words) - 1, 0, -1):
            town = reference.gazetteer.lookup(" ".join(words[:length]), hint)
            if town is not None and town.precision in SITE_TOWNS:
                return Place(
                    name, town.country, town.admin1, None, town.latitude, town.longitude,
                    town.precision,
                )  # fmt: skip
    return _unplaced(name, hint)


def country_hint(ent: Span, reference: Reference) -> str | None:
    """The country the text puts a place in: 'Russia's Kursk region', 'the Ukrainian town
    of Bucha', 'Bethlehem in the West Bank' is not in Brazil."""
    root = ent.root
    heads = [root]
    # "the Ukrainian town of X"; not "Russia's bombing of X", said of the deed's owner
    of_noun = root.head.head
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and of_noun.pos_ == "NOUN"
        and of_noun.lemma_.lower() in place_heads(reference.cues) | reference.cues.place_of_nouns
    ):
        heads.append(of_noun)
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
            # "South Sudan's Upper Nile state": the country the whole name names
            for name in dict.fromkeys((entity_text(token), token.text)):
                actor = reference.actors.resolve_name(name)
                if actor is not None and actor.kind == "country" and actor.country:
                    return actor.country
    # "Kamal, just west of Mosul": in the country of the place that locates it
    located = located_after(ent, reference)
    if located is not None and located.country is not None:
        return located.country
    # "Springfield, Illinois", "Kimry, Tver region": a larger place set beside it
    beside = [c for c in root.children if c.dep_ in ("appos", "npadvmod") and c.ent_type_]
    for token in beside:
        larger = reference.gazetteer.lookup(entity_text(token))
        if larger is not None and larger.precision in REGION_OR_COUNTRY:
            return larger.country
    return None


def owner_name(ent: Span) -> str:
    """An entity's name without its article or possessive ending ("Burkina Faso's")."""
    name = strip_article(ent.text)
    return name.removesuffix("'s").removesuffix("’s")


def _with_country(place: Place, named: list[Place]) -> Place:
    """A site the gazetteer lacks, put in no country, takes the one country of the clause's
    other places: 'a school in Zorbuku, in Nigeria's Zamfara state' is in Nigeria."""
    countries = {p.country for p in named if p.country is not None}
    if place.country is not None or len(countries) != 1:
        return place
    return replace(place, country=countries.pop())


def _unplaced(name: str, country: str | None = None) -> Place:
    """A place the gazetteer does not know: its name as written, no coordinates, the country
    the text puts it in if any."""
    return Place(name, country, None, None, None, None, GeoPrecision.UNKNOWN)
