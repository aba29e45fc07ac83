"""Verbs of doing a deed again: 'reimposed sanctions' imposes them, 'reoccupied the town'
occupies it. The codebook lists a deed's verb once, not each of its 're-' forms."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

PREFIX = "re"
VOWELS = frozenset("aeiou")


def read_again_verbs(sent: Span, is_event_verb: Callable[[str], bool]) -> None:
    """Give each 're-' verb the codebook lacks the lemma of its stem, when the stem is an
    event verb starting with a vowel ('reimpose', 'reoccupy'; not 'reach' or 'react', whose
    stems code nothing, nor 'resign' or 'restore', whose 're' is no prefix)."""
    for token in sent:
        lemma = token.lemma_.lower()
        stem = lemma[len(PREFIX) :]
        if (
            token.pos_ == "VERB"
            and lemma.startswith(PREFIX)
            and stem[:1] in VOWELS
            and not is_event_verb(lemma)
            and is_event_verb(stem)
        ):
            token.lemma_ = stem
