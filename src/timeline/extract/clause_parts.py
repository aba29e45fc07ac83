"""The parts of a clause the party rules look for, before any actor is read.

Prepositional objects, clauses opened by 'if', 'when' or 'after', participles set off by a
comma, an infinitive's owner, a relative clause's noun: plain walks over the dependency parse
that `ArgumentFinder` and the frame finders share.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from timeline.extract.actors import TokenActor

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
TARGET_PREPS = (
    "to",
    "with",
    "against",
    "on",
    "toward",
    "towards",
    "at",
    "for",
    "from",
    "into",
    "over",
    "between",
)


def marked_clauses(
    verb: Token, marks: Collection[str], labels: tuple[str, ...] = ("mark",)
) -> Iterator[Token]:
    """The adverbial clauses under `verb` opened by one of `marks` ('if', 'when', 'after')."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            c.dep_ in labels and c.lower_ in marks for c in clause.children
        ):
            yield clause


def shifted_object(verb: Token) -> Token | None:
    """'condemned as a grave crime Uganda's shelling of ...': a long object moved after the
    verdict is parsed as that verdict's apposition; it is the verb's object."""
    verdict = prep_object(verb, ("as",), deps=("prep",))
    if verdict is None:
        return None
    return next((c for c in verdict.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def owned_infinitive(verb: Token) -> Token | None:
    """The possessor of the noun an infinitive with no subject of its own follows ('its deal to
    normalise', 'Russia's plan to annex'): the owner of a plan is who carries it out, however
    the parse hangs the infinitive."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    noun = to.doc[to.i - 1]
    if noun.pos_ != "NOUN" or any(t.ent_type_ for t in noun.children if t.dep_ == "compound"):
        # "deployed to Russia's Kursk region to help": a place is no plan of its owner
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def comma_participle(verb: Token) -> bool:
    """'ordered the envoy to leave, accusing Paris of ...': a participle clause after a comma
    tells of the main clause's doer, though the parse hangs it from the nearer verb."""
    first = verb.left_edge
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and first.i > 0
        and verb.doc[first.i - 1].text == ","
    )


def counted(obj: Token | None) -> bool:
    """True for an object that is only a count ('killing 12', 'wounding two people')."""
    if obj is None:
        return False
    return obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children)


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause describes when it is the clause's object: the clause has a
    subject of its own and no object ('a charge Tripoli denied', not 'the attack that killed')."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return verb.head


def as_role(noun: Token, governor: Token) -> bool:
    """True for an event noun naming the role a verb puts its object in ('used X as shields')."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.i == governor.i


def prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions attached to `head`."""
    return [
        pobj
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in preps
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def stranded_objects(verb: Token) -> list[Token]:
    """'gave shelter to two officers hiding in a church': the parse can read the object of
    a target preposition as the subject of the clause after it, leaving the preposition bare;
    that subject, starting right after the preposition, is its object."""
    bare = [
        c.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and not list(c.children)
    ]
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("advcl", "ccomp", "conj")
        for subject in clause.children
        if subject.dep_ in SUBJECTS and subject.left_edge.i - 1 in bare
    ]


def measured(noun: Token, measures: frozenset[str]) -> Token:
    """'5 million dollars of aid', 'a new round of talks': the object of a measure's 'of'
    is the thing the verb acts on."""
    for _ in range(2):  # "a first batch of 100 tonnes of wheat"
        inner = prep_object(noun, ("of",)) if noun.lemma_.lower() in measures else None
        if inner is None:
            break
        noun = inner
    return noun


def participle_agent(noun: Token) -> Token | None:
    """'the demonstration staged by students', 'an attack carried out by X': the agent of a
    participle that describes the event noun."""
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = prep_object(participle, ("by",), deps=("agent", "prep"))
        if agent is not None:
            return agent
    return None


def noun_modifiers(noun: Token, actors: dict[int, TokenActor]) -> tuple[str, ...]:
    """Lemmas of a noun's adjective and compound modifiers that are not actors, then of the
    objects of its 'of' and 'on', which narrow it the same way ('a ban on imports', 'the
    expulsion of diplomats')."""
    direct = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    narrowing = [pobj for pobj in prep_objects(noun, ("of", "on")) if pobj.pos_ == "NOUN"]
    return tuple(c.lemma_.lower() for c in (*direct, *narrowing) if c.i not in actors)


def prep_object(
    head: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("prep", "agent")
) -> Token | None:
    """The object of the first of `preps` attached to `head`."""
    for child in head.children:
        if child.dep_ in deps and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None
