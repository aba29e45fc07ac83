"""Deeds a threat or a stated step is made to hang on: 'will boycott the elections unless the
president steps down' tells what the party wants done, not that anyone did it. The condition is
the content of the threat, as a demand's clause is the demand's."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.frame_parties import Frame

# the mark of a condition that names what the speaker wants done ('if' does not: 'if Russia
# used a nuclear weapon' foresees a deed the speaker would answer)
DEMANDING_MARKS = frozenset({"unless"})


def without_demanded_conditions(frames: list[Frame]) -> list[Frame]:
    """The frames less those inside an 'unless' clause of another frame of the sentence."""
    triggers = {f.trigger.i for f in frames}
    return [f for f in frames if not _in_condition(f.trigger, triggers)]


def _in_condition(trigger: Token, triggers: set[int]) -> bool:
    """True when the trigger lies in an 'unless' clause whose head triggered a frame."""
    for clause in (trigger, *trigger.ancestors):
        marked = any(c.dep_ == "mark" and c.lower_ in DEMANDING_MARKS for c in clause.children)
        if marked and clause.head.i != clause.i:
            return clause.head.i in triggers and clause.head.i != trigger.i
    return False
