"""Which of a sentence's entities name places, and which places a trigger takes or leaves.

Kept apart from `placing`, which chooses among these where an event happened: the small model
often tags a town as a person or an organisation ('visit to Kyiv', 'the town of Bucha',
'captured Likasi') or a region as a people ('a crackdown in Rakhine state'); here such names are
relabelled as places when the text puts them where places go and the gazetteer or the text
itself says they are places.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from timeline.codes import Place
from timeline.extract.modality import clause_verb
from timeline.extract.place_lookup import (
    country_hint,
    known_place,
    looked_up,
    named_region,
    people_of_places,
    place_heads,
    site_in_town,
    unknown_place,
)
from timeline.extract.place_names import located_after, own_name, party_town, unlabelled_towns
from timeline.extract.place_positions import (
    PLACE_PREPS,
    in_place_position,
    names_a_locality,
    reference_point,
    strip_article,
    without_article,
)
from timeline.extract.spans import PLACE_LABELS
from timeline.models import GeoPrecision
from timeline.reference.bundle import Reference

SETTLEMENT_NOUNS = frozenset(("city", "capital", "port"))  # beside the locality nouns
MISTAKEN_PLACE_LABELS = ("PERSON", "ORG", "PRODUCT")  # what the small model often calls a town


def deed_of(
    trigger: Token, ents: list[Span], parties: frozenset[str], reference: Reference
) -> list[Span]:
    """'Crimea' in 'Russia's occupation of Crimea': what a deed named by a noun is 'of' is
    the place taken, when the gazetteer knows it and it names no actor but a country (the
    small model often calls it an organisation; 'the detention of Uyghurs' is no place)."""
    if trigger.pos_ != "NOUN":
        return []

    def of_the_deed(root: Token) -> bool:
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == trigger.i

    return _places_attached(ents, of_the_deed, parties, reference)


def place_left(
    trigger: Token, sent: Span, parties: frozenset[str], reference: Reference
) -> list[Span]:
    """'the last troops left Niger': a departure happens in the place left, its object,
    when the gazetteer knows it and it names no actor but a country (the small model
    often calls a country there a person). A participle clause on the departure ('left
    X, completing a withdrawal') tells of the same deed."""
    departures = reference.cues.departure_verbs
    verb = clause_verb(trigger)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head
    if verb.lemma_.lower() not in departures:
        return []

    def left(root: Token) -> bool:
        return root.dep_ == "dobj" and root.head.i == verb.i

    return _places_attached(list(sent.ents), left, parties, reference)


def _places_attached(
    ents: list[Span],
    attached: Callable[[Token], bool],
    parties: frozenset[str],
    reference: Reference,
) -> list[Span]:
    """The entities whose root is `attached` that name a place the gazetteer knows and no
    actor but a country, labelled as places (the small model often calls them otherwise)."""
    found = []
    for ent in ents:
        if not attached(ent.root) or ent.label_ not in (*PLACE_LABELS, *MISTAKEN_PLACE_LABELS):
            continue
        name = strip_article(ent.text)
        actor = reference.actors.resolve_name(name)
        if (actor is None or actor.kind == "country") and known_place(
            name, country_hint(ent, reference), reference, parties
        ):
            found.append(Span(ent.doc, ent.start, ent.end, label="GPE"))
    return found


def located_by(ents: list[Span], reference: Reference) -> list[Place]:
    """The known places that only say where another is ('20 km from Kandahar', 'north of
    Baghdad'): not where, but in the country where is."""
    directions = reference.cues.direction_words
    return [
        place
        for ent in ents
        if reference_point(ent, directions)
        and (
            place := known_place(
                strip_article(ent.text),
                country_hint(ent, reference),
                reference,
            )
        )
    ]


def placed(ent: Span, reference: Reference) -> bool:
    """After a place word ('in Kyiv'), or called a settlement whatever the word before
    ('a siege of the city of Mosul', 'fled the town of Kidal', 'the capital Naypyitaw'),
    unless it only locates another place."""
    if reference_point(ent, reference.cues.direction_words):
        return False
    if people_of_places(ent, reference) is not None:
        return True
    cues = reference.cues
    return in_place_position(ent, cues.place_of_nouns, place_heads(reference.cues))


def place_entities(
    sent: Span,
    parties: frozenset[str],
    reference: Reference,
    lookups: dict[str, Place | None] | None = None,
) -> list[Span]:
    """The sentence's entities, with the places the small model tags as a person or an
    organisation ('visit to Kyiv', 'the town of Bucha', 'control of Bakhmut', an
    organisation taken: 'captured Likasi') relabelled: a name after a place word, or
    an object, that the gazetteer knows, or that the text calls a locality, and that names
    no actor but a country or its seat ('UN' is no town in India, 'Hamas' no Hamm)."""
    ents: list[Span] = []
    cues = reference.cues
    heads = place_heads(cues)
    for ent in map(without_article, sent.ents):
        ent = _hyphened_town(ent, sent, reference, lookups) or ent
        if ent.label_ in MISTAKEN_PLACE_LABELS and (
            in_place_position(ent, cues.place_of_nouns | cues.locality_nouns, heads)
            or (ent.label_ == "ORG" and ent.root.dep_ == "dobj")
            or _names_a_town_site(ent, reference)
            # "patrolled X Square in Bethlehem"
            or site_in_town(ent, reference) is not None
        ):
            name = strip_article(ent.text)
            known = reference.actors.resolve_name(name)
            # "the Bab Tuma neighbourhood": the text itself says it is a place
            # "at the Munich Security Conference": named after the town it is held in;
            # "the Ayalon highway", "in the Baliem Valley": the text calls it a place
            place = (
                names_a_locality(ent, cues.locality_nouns | cues.region_nouns)
                or (len(ent) > 1 and ent[-1].lemma_.lower() in cues.region_nouns)
                or site_in_town(ent, reference) is not None  # "the X resort near Lucerne"
                or looked_up(name, reference, lookups)
                or unknown_place(name, None, reference).latitude is not None
                # "Eritrea captured Badme": a town of that very name in a party's country
                or party_town(reference.gazetteer, name, parties)
                or located_after(ent, reference) is not None  # "Taji, just north of Baghdad"
            )
            if place and (known is None or known.kind == "country"):
                ent = Span(sent.doc, ent.start, ent.end, label="GPE")
        elif ent.label_ == "NORP" and (
            people_of_places(ent, reference) is not None
            # "a crackdown in Rakhine state": a known region, the name taken for a people
            or (
                in_place_position(ent, frozenset(), heads)
                and named_region(ent, None, reference) is not None
            )
            or _town_taken_for_people(ent, reference, lookups)
        ):
            ent = Span(sent.doc, ent.start, ent.end, label="GPE")
        ents.append(ent)
    return ents + unlabelled_towns(sent, parties, reference)


def _hyphened_town(
    ent: Span, sent: Span, reference: Reference, lookups: dict[str, Place | None] | None
) -> Span | None:
    """'Croix-des-Bouquets' with only 'Croix' tagged: the recogniser cut a hyphened name;
    the whole word is the place when the gazetteer knows a place by that very name."""
    doc, end = sent.doc, ent.end
    while end < sent.end and not doc[end - 1].whitespace_:
        if "-" not in (doc[end].text, doc[end - 1].text):
            break
        end += 1
    if end == ent.end or doc[end - 1].text == "-":
        return None
    name = doc[ent.start : end].text
    place = looked_up(name, reference, lookups)
    if place is None or not own_name(place, name):
        return None
    return Span(doc, ent.start, end, label="GPE")


def _names_a_town_site(ent: Span, reference: Reference) -> bool:
    """'the Rafah crossing' with 'Rafah' tagged a person: a name on a site noun that names
    a town the gazetteer knows is a site called after that town, wherever it stands."""
    root = ent.root
    noun = root.head
    return (
        root.dep_ == "compound"
        and noun.i == ent.end
        and noun.lemma_.lower() in reference.cues.site_nouns
        and unknown_place(f"{strip_article(ent.text)} {noun.text}", None, reference).latitude
        is not None
    )


def _town_taken_for_people(
    ent: Span, reference: Reference, lookups: dict[str, Place | None] | None
) -> bool:
    """'In Samarra, a merchant was killed' with 'Samarra' tagged a people: a name after a
    place word (or 'the town of') that the gazetteer knows as a town of that very name,
    and that names no actor, is the town."""
    name = strip_article(ent.text)
    town = looked_up(name, reference, lookups)
    prep = ent.root.head
    # "the town of Kousseri": a settlement noun's 'of' is a place word too (not "the
    # countryside of Aleppo", which only locates another place)
    of_place = prep.lower_ == "of" and prep.head.lemma_.lower() in (
        reference.cues.locality_nouns | SETTLEMENT_NOUNS
    )
    return (
        ent.root.dep_ == "pobj"
        and (prep.lower_ in PLACE_PREPS or of_place)
        and town is not None
        and town.precision is GeoPrecision.CITY
        and own_name(town, name)
        and in_place_position(ent, frozenset(), place_heads(reference.cues))
        and reference.actors.resolve_name(name) is None
    )
