"""Where a name sits in the parse: the positions that make a named entity a place of the
event ('in Kyiv', 'the town of Bucha', 'overran the Sinjar region') and those that do not (a
driver 'from Abidjan', 'attacks on Red Sea shipping', a place that only locates another)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from timeline.extract.spans import PLACE_LABELS

# the region nouns that name a first-level unit (not 'island', 'coast', 'border' ...)
UNIT_NOUNS = frozenset(("state", "region", "province", "oblast", "governorate", "prefecture"))
PLACE_PREPS = (
    "in", "to", "at", "near", "outside", "into", "inside", "across", "over", "from", "on",
    "around", "throughout", "through", "along", "off",
)  # fmt: skip

# "according to X", "due to X", "thanks to X": words that make a following 'to' no place word
UNPLACED_BEFORE_TO = ("according", "due", "thanks", "owing")


def listed_after(ent: Span, ents: list[Span]) -> bool:
    """'Uganda' in 'teachers in Kenya and Uganda': a later place of a list; the list is placed
    by its first."""
    root = ent.root
    if root.dep_ == "conj" and any(
        other is not ent and other.label_ in PLACE_LABELS and other.start <= root.head.i < other.end
        for other in ents
    ):
        return True
    # "in Pakistan and Pakistan-administered Kashmir": the first hung on the last as a modifier
    return any(
        other is not ent
        and other.label_ in PLACE_LABELS
        and hung_list_first(other.root)
        and ent.start <= other.root.head.i < ent.end
        for other in ents
    )


def hung_list_first(token: Token) -> bool:
    """'Pakistan' in 'sites in Pakistan and Pakistan-administered Kashmir': the first place
    of a list that the parser hangs on the last one as a modifier, 'and' and all."""
    return (
        token.dep_ == "nmod"
        and token.head.pos_ == "PROPN"
        and any(c.dep_ == "cc" for c in token.children)
    )


def beside_a_place(ent: Span, ents: list[Span]) -> bool:
    """'Ohio' in 'a rally in Dayton, Ohio': the larger place set beside a place says where
    that place is; it is not a second place."""
    root = ent.root
    return root.dep_ in ("appos", "npadvmod") and any(
        other is not ent and other.label_ in PLACE_LABELS and other.start <= root.head.i < other.end
        for other in ents
    )


def holds_a_place(ent: Span, ents: list[Span]) -> bool:
    """'Idlib province' in 'the town of Khan Sheikhoun in Idlib province', 'Iraq' in 'the
    Sinjar region of northern Iraq': a place said to hold another named place says where
    that one is; it is not a second place."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "of"):
        return False
    return any(
        other is not ent and other.label_ in PLACE_LABELS and other.start <= prep.head.i < other.end
        for other in ents
    )


def entity_text(token: Token) -> str:
    """The text of the named entity a token belongs to ('Florida', 'New Mexico'), without a
    possessive the recogniser takes in ("South Sudan's")."""
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return without_article(ent).text if ent[-1].tag_ == "POS" else ent.text
    return token.text


def reference_point(ent: Span, directions: frozenset[str]) -> bool:
    """'Baghdad' in 'Tarmiyah, north of Baghdad' or '50 km west of Kabul', 'Jaffna' in
    'shelled Kayts, 20 km from Jaffna': a place that only says where another one is."""
    root = ent.root
    head = root.head
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "from":
        # a counted distance set after a name, by apposition or a comma, locates that name
        measures = [head.head, *(c for c in head.children if c.dep_ == "npadvmod")]
        distance = next((m for m in measures if any(c.dep_ == "nummod" for c in m.children)), None)
        if distance is None:
            return False
        if distance.dep_ == "appos":
            return bool(distance.head.ent_type_)
        start = distance.left_edge.i
        doc = distance.doc
        return start >= 2 and doc[start - 1].text == "," and bool(doc[start - 2].ent_type_)
    return head.lower_ == "of" and head.head.lower_ in directions


def names_a_locality(ent: Span, localities: frozenset[str]) -> bool:
    """'al-Tijara neighbourhood', 'the village of Abu Allaj', 'Khanasir town': a name the
    text itself calls a village, town, district or neighbourhood."""
    root = ent.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in localities:
        return True
    if any(c.lemma_.lower() in localities for c in root.children if c.dep_ == "appos"):
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in localities


def in_place_position(ent: Span, place_nouns: frozenset[str], place_heads: frozenset[str]) -> bool:
    """After a place preposition ('to Kyiv'), or naming a settlement ('the town of Bucha',
    'the capital Naypyitaw', 'control of Bakhmut')."""
    root = ent.root
    head = root.head
    if origin_of(root):
        return False
    if root.dep_ == "appos" or (root.dep_ == "pobj" and head.lower_ == "of"):
        noun = head if root.dep_ == "appos" else head.head
        if noun.lemma_.lower() in place_nouns:
            return True
    return after_place_prep(ent, place_heads)


def after_place_prep(ent: Span, place_heads: frozenset[str]) -> bool:
    """True when the entity is the object of a locative preposition ('in Kyiv', 'to Pyongyang'),
    itself or as the modifier of its object ('in the Kherson region'), unless it only
    qualifies a thing said of another noun ('attacks on Red Sea shipping')."""
    root = ent.root
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if root.dep_ == "npadvmod" and before is not None and before.dep_ == "prt":
        # "was captured off Mogadishu", the preposition parsed as the verb's particle
        return before.lower_ in PLACE_PREPS
    if hung_list_first(root):
        root = root.head  # placed as the list is
    for token in [root, *list(root.ancestors)[:3]]:
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
            # "according to Los Angeles television": a source or a cause, not a place
            prep = token.head
            return not (prep.lower_ == "to" and prep.head.lower_ in UNPLACED_BEFORE_TO)
        if token.dep_ == "dobj" and token is not root and token.lemma_.lower() in place_heads:
            return True  # "overran the Sinjar region", "bombed the Kabul airport"
        # "in the Sagaing region", the name parsed as an adjective of its place noun
        named = token.dep_ == "amod" and token is root and token.head.lemma_.lower() in UNIT_NOUNS
        if token.dep_ not in ("pobj", "compound", "appos", "conj", "prep", "poss") and not named:
            return False
        if token.dep_ in ("compound", "poss") and qualifies_a_thing(token.head, ent, place_heads):
            return False
    return False


def origin_of(token: Token) -> bool:
    """'a cab driver from Abidjan', 'a man from a village near Jenin': where someone or
    something comes from, said of a noun, is not where the clause's deed happened."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.lower_ == "from" and ancestor.dep_ == "prep":
            noun = ancestor.head
            # "150 metres from the mosque": a distance from a place is at the place
            counted = any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
            return noun.pos_ in ("NOUN", "PROPN") and not counted
    return False


def qualifies_a_thing(noun: Token, ent: Span, place_heads: frozenset[str]) -> bool:
    """'plan' in 'in protest at Trump's Middle East plan', 'shipping' in 'attacks on Red Sea
    shipping': a noun no place word, itself said of another noun, that a place only qualifies
    (unlike 'their Belfast home' or 'marched to the Sydney offices', said of a verb)."""
    if noun.pos_ != "NOUN" or ent.start <= noun.i < ent.end:
        return False
    if noun.lemma_.lower() in place_heads or noun.dep_ != "pobj":
        return False
    return noun.head.head.pos_ in ("NOUN", "PROPN")


def taken_places(trigger: Token, ents: list[Span], place_nouns: frozenset[str]) -> list[Span]:
    """Places that are the trigger's object: 'Hamas overran Gaza', 'captured the town of Bakwa',
    'soldiers patrolled Manger Square', or name the place noun that is ('liberated the Tishreen
    neighbourhood', 'patrolled Heathrow airport'; not 'killed U.S. soldiers')."""
    # "Gibraltar was captured from Spain": a passive's subject is what was taken
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # "retook Mosul Sunday": the parser hangs the place on the date as its modifier
    objects += [
        name
        for date in trigger.children
        if date.dep_ in ("dobj", "npadvmod") and date.ent_type_ == "DATE"
        for name in date.children
        if name.dep_ == "compound" and name.ent_type_ not in ("DATE", "")
    ]
    # "took control of the Palestinian side of the Rafah crossing": down a chain of 'of's
    for obj in objects:
        objects += [
            pobj
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj not in objects
        ]
    objects += [
        c
        for obj in objects
        if obj.lemma_.lower() in place_nouns
        for c in obj.children
        if c.dep_ == "compound"
    ]
    return [
        ent
        for ent in ents
        if ent.label_ in PLACE_LABELS and any(ent.start <= o.i < ent.end for o in objects)
    ]


def without_article(ent: Span) -> Span:
    """'the Black Sea' of 'on the Black Sea peninsula' without the article the parser hangs on
    'peninsula': else the article, not 'Sea', is the entity's root. A possessive the recogniser
    takes in goes too: "South Sudan's" of "South Sudan's Upper Nile state" is South Sudan."""
    first = ent[0]
    if len(ent) > 1 and first.dep_ == "det" and not ent.start <= first.head.i < ent.end:
        ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name
