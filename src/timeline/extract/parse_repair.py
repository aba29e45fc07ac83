"""Repairs of one misparse the small spaCy model makes in wire sentences: a past-tense verb
read as an adjective of the noun after it ('A court on Monday outlawed the party's branches',
'Police in Oslo used tear gas'), leaving a sentence with no verb at all. The deed is then
invisible to the frame rules, so the sentence is given back its verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

NOUNS = ("NOUN", "PROPN")
PAST_TAGS = ("VBD", "VBN")
MODIFIER_DEPS = ("amod", "compound", "nmod")
SECOND_CLAUSES = ("pcomp", "conj", "advcl")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def restore_main_verb(sent: Span) -> Token | None:
    """Make the verb read as a modifier the sentence's root, with the noun before it as its
    subject and the noun it modified as its object; the verb restored, or None."""
    root = sent.root
    if root.pos_ not in NOUNS:
        return None
    for verb in sent:
        subject = _subject_of_adjective_verb(verb, root)
        if subject is not None:
            thing = verb.head
            verb.head = verb
            verb.dep_ = "ROOT"
            thing.head = verb
            thing.dep_ = "dobj"
            subject.head = verb
            subject.dep_ = "nsubj"
            return verb
    return None


def _subject_of_adjective_verb(token: Token, root: Token) -> Token | None:
    """For a past form modifying a noun after it and opening that noun's phrase ('outlawed
    Navalny's groups', not 'an estimated 17,000 soldiers'), the noun before it that is the
    subject: the root noun, or the root's own noun child when the root is the modified one."""
    head = token.head
    if not (
        token.pos_ == "VERB"
        and token.tag_ in PAST_TAGS
        and token.dep_ in MODIFIER_DEPS
        and head.pos_ in NOUNS
        and token.i < head.i
        and token.i > token.sent.start
        and token.nbor(-1).pos_ in NOUNS  # "Police in Oslo used", not "by rigged elections"
        and token.whitespace_  # not "made-in-America"
    ):
        return None
    before = [c for c in head.lefts if c.i < token.i]
    if head.i != root.i:
        return root if root.i < token.i and not before else None
    if len(before) == 1 and before[0].pos_ in NOUNS:
        return before[0]
    return None


def restore_second_subject(sent: Span) -> Token | None:
    """'with Moscow freeing X and Washington handing over Y': the parser joins the second
    subject to the first clause's object ('X and Washington') and leaves the second '-ing'
    verb without a subject. The name right before that verb, after 'and', is its subject;
    the name restored, or None."""
    for verb in sent:
        if verb.tag_ != "VBG" or verb.i < sent.start + 2:
            continue
        name, conjunction = verb.nbor(-1), verb.nbor(-2)
        if (
            verb.dep_ in SECOND_CLAUSES
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and name.pos_ == "PROPN"
            and name.dep_ == "conj"
            and name.head.i < name.i
            and conjunction.dep_ == "cc"
            and not list(name.children)
        ):
            name.head = verb
            name.dep_ = "nsubj"
            return name
    return None
