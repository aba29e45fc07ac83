"""Place names the entity recogniser misses, and a name's own town in a country.

The small model leaves many towns untagged ('gunmen at Pahalgam', 'in the Umm Tawil area') or
lists them where the parser sees no place word ('towns in the south, including Sidon'); these
rules find them from the parse and the gazetteer alone, apart from `EventPlacer`, which picks
among the places found. The same check, that the gazetteer's town in a country is called by
the very name the text gives, serves both.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from timeline.codes import Place
from timeline.extract.modality import clause_verb
from timeline.extract.place_positions import PLACE_PREPS, entity_text
from timeline.extract.spans import PLACE_LABELS, own_clause
from timeline.models import GeoPrecision
from timeline.normalise.actor_data import name_key
from timeline.normalise.places import Gazetteer
from timeline.reference.bundle import Reference

SITE_TOWNS = (GeoPrecision.CITY, GeoPrecision.ADMIN1)


def as_written(place: Place, name: str) -> Place:
    """A town or region under the name the text gives it ('Odessa', not the gazetteer's
    'Odesa'; 'Bombay', not 'Mumbai'); its coordinates stay the gazetteer's. A country keeps
    its own name ('the U.S.' is the United States)."""
    if place.precision not in SITE_TOWNS:
        return place
    return replace(place, name=name)


def own_name(place: Place, name: str) -> bool:
    """The gazetteer's place is called by the name itself, not by another name of it."""
    return name_key(place.name) == name_key(name)


def own_town(place: Place, name: str) -> bool:
    """A town the gazetteer calls by the name itself."""
    return place.precision is GeoPrecision.CITY and own_name(place, name)


def town_in(
    gazetteer: Gazetteer, name: str, country: str, *, small_towns: bool = True
) -> Place | None:
    """The gazetteer's town of the very name in a country, under the name as written; None
    when the name there means another place or only another name of a town."""
    town = gazetteer.lookup(name, country, small_towns=small_towns)
    if town is None or town.country != country or not own_town(town, name):
        return None
    return as_written(town, name)


def party_town(gazetteer: Gazetteer, name: str, parties: frozenset[str]) -> bool:
    """A town of the very name in a country of the deed's parties."""
    return any(town_in(gazetteer, name, country) is not None for country in parties)


def located_after(ent: Span, reference: Reference) -> Place | None:
    """The known place a name is located by, set after it ('Taji, just north of
    Baghdad'): what is north of a town is a place, in that town's country."""
    directions = reference.cues.direction_words
    doc = ent.doc
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].dep_ == "advmod" and doc[i].lower_ not in directions:
        i += 1  # "just", "some"
    if i >= len(doc) or doc[i].lower_ not in directions:
        return None
    for prep in doc[i].children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC"):
                    return reference.gazetteer.lookup(entity_text(pobj))
    return None


def listed_places(verb: Token, ents: list[Span], place_heads: frozenset[str]) -> list[Span]:
    """'Sidon' in 'bombed towns in the south, including Sidon and Tyre': the first place a
    list names of the places the verb's own clause speaks of ('including', 'such as',
    'like' a plural place noun) is where, though the parser makes 'including' a verb."""
    clause = clause_verb(verb)
    found = []
    for ent in ents:
        root = ent.root
        word, noun = root.head, root.head.head
        listing = word.lower_ in ("including", "like") or (
            word.lower_ == "as" and any(c.lower_ == "such" for c in word.children)
        )
        if (
            ent.label_ in PLACE_LABELS
            and root.dep_ == "pobj"
            and listing
            and noun.tag_ in ("NNS", "NNPS")
            and noun.lemma_.lower() in place_heads
            and own_clause(noun, verb, clause)
        ):
            found.append(ent)
    return found


def unlabelled_towns(sent: Span, parties: frozenset[str], reference: Reference) -> list[Span]:
    """'clashed with rebels at Aguelhok': a proper name after a place word that the
    recogniser missed, when the gazetteer knows it (or the text calls it a village or a town)
    and it names no actor but a country."""
    found: list[Span] = []
    localities = reference.cues.locality_nouns
    for token in sent:
        if not (token.dep_ == "pobj" and token.pos_ == "PROPN" and not token.ent_type_):
            continue
        # "the village of Umm Tuwaynah": the text itself says it is a place
        called = token.head.lower_ == "of" and token.head.head.lemma_.lower() in localities
        if not (called or token.head.lower_ in PLACE_PREPS):
            continue
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if any(w.ent_type_ for w in words):
            continue
        start = min([w.i for w in words] + [token.i])
        name = sent.doc[start : token.i + 1].text
        known = reference.actors.resolve_name(name)
        if (known is None or known.kind == "country") and (
            called
            or reference.gazetteer.lookup(name)
            or party_town(reference.gazetteer, name, parties)  # "gunmen at Pahalgam"
        ):
            found.append(Span(sent.doc, start, token.i + 1, label="GPE"))
    return found + unlabelled_localities(sent, reference)


def unlabelled_localities(sent: Span, reference: Reference) -> list[Span]:
    """'in the Umm Tawil area', 'in the Radhwaniyah district' with the name left untagged:
    proper names set before a locality noun after a place word; the text calls it one."""
    found: list[Span] = []
    for noun in sent:
        if not (
            noun.dep_ == "pobj"
            and noun.head.lower_ in PLACE_PREPS
            and noun.lemma_.lower() in reference.cues.locality_nouns
        ):
            continue
        words = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        if not words or any(w.ent_type_ or w.pos_ != "PROPN" for w in words):
            continue
        start, end = min(w.left_edge.i for w in words), noun.i
        if any(t.ent_type_ or t.pos_ != "PROPN" for t in sent.doc[start:end]):
            continue
        if reference.actors.resolve_name(sent.doc[start:end].text) is None:
            found.append(Span(sent.doc, start, end, label="GPE"))
    return found


def unlabelled_place(
    trigger: Token,
    sent: Span,
    takes_place: bool,
    gazetteer: Gazetteer,
    of_nouns: frozenset[str] = frozenset(),
) -> Place | None:
    """'shelled towns across the Donetsk region', 'captured Jaffna': a proper name after a
    place preposition, or taken, that the entity recogniser missed (the small model often
    tags a town as a person), when the gazetteer knows it; also after 'of' a place noun
    that follows one ('on the outskirts of Aleppo')."""
    heads = [
        t
        for t in sent
        if t.dep_ == "pobj"
        and not t.ent_type_
        and (
            t.head.lower_ in PLACE_PREPS
            or (
                t.head.lower_ == "of"
                and t.head.head.lemma_.lower() in of_nouns
                and t.head.head.dep_ == "pobj"
                and t.head.head.head.lower_ in PLACE_PREPS
            )
        )
    ]
    if takes_place:
        heads += [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    for head in sorted(heads, key=lambda t: abs(t.i - trigger.i)):
        words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
        if not any(w.pos_ == "PROPN" for w in words):
            continue
        # "Mazar-e-Sharif": the name as written, hyphens and all, else its words
        written = sent.doc[words[0].i : head.i + 1].text
        for name in (written, " ".join(w.text for w in words)):
            found = gazetteer.lookup(name)
            if found is not None:
                return as_written(found, name)
    return None
