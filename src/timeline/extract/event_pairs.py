"""The two parties of a sentence's main event, for 'the two leaders' in the sentences after.

'Pashinyan and Aliyev met in Brussels for talks hosted by Michel. The two leaders agreed ...':
the pair a later sentence speaks of is the one whose meeting the story told, not the two
actors named last. The main event is the one its sentence's root verb tells, else the first
with two parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from timeline.codes import ActorCode
from timeline.extract.frame_parties import Frame


def main_pair(sent: Span, frames: Sequence[Frame]) -> tuple[ActorCode, ActorCode] | None:
    """The source and target of the sentence's main event, when they are of two countries
    and two phrases (a pair one phrase stood for, 'they signed', was a guess, not to be
    passed on)."""
    paired = [
        (frame.trigger.i == sent.root.i, frame.source.actor, frame.target.actor)
        for frame in frames
        if frame.source is not None
        and frame.target is not None
        and frame.source.actor.country is not None
        and frame.target.actor.country not in (None, frame.source.actor.country)
        and frame.source.start != frame.target.start
    ]
    if not paired:
        return None
    _, source, target = next((p for p in paired if p[0]), paired[0])
    return source, target
