"""Coreference across an article's sentences: who 'he', 'it', 'they' or 'the bloc' stand for.

News names an actor in full once ("North Korean leader Kim Jong-un") and then by surname, title
or pronoun. `ArticleMemory` remembers who was named, in reading order, so later sentences can be
resolved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline.codes import IGO, ActorCode

if TYPE_CHECKING:  # actors.py imports this module
    from timeline.extract.actors import TokenActor


Position = tuple[int, int]  # (sentence index, token index in that sentence's doc)


@dataclass
class ArticleMemory:
    """Actors named so far in an article, in reading order (doc token positions)."""

    surnames: dict[str, ActorCode] = field(default_factory=dict)
    recent: list[tuple[int, int, ActorCode]] = field(default_factory=list)
    # each sentence's main subject: (its token index, its actor)
    subjects: dict[int, tuple[int, ActorCode]] = field(default_factory=dict)
    # each sentence's main event's two parties (`event_pairs.main_pair`)
    event_pairs: dict[int, tuple[ActorCode, ActorCode]] = field(default_factory=dict)
    # the words each actor the text names (not one inferred) was named with, by position
    names: dict[Position, str] = field(default_factory=dict)

    def remember(self, sentence_index: int, actors: list[TokenActor]) -> None:
        for found in sorted(actors, key=lambda a: a.start):
            self.recent.append((sentence_index, found.start, found.actor))
            if found.direct:
                self.names[(sentence_index, found.start)] = found.text.lower()

    def last_named_with(self, word: str, before: Position, window: int = 2) -> ActorCode | None:
        """The actor last named, within `window` sentences before `before`, by a name holding
        `word` ('the court' after 'the International Court of Justice')."""
        for index, position, actor in reversed(self.recent):
            if index < before[0] - window:
                break
            name = self.names.get((index, position), "")
            if (index, position) < before and actor.country and word in name.split():
                return actor
        return None

    def last_titled(self, title: str, before: Position) -> ActorCode | None:
        """The person last named with `title` before `before` ('the prime minister' after
        'British Prime Minister Keir Starmer met French President Emmanuel Macron')."""
        for index, position, actor in reversed(self.recent):
            name = f" {self.names.get((index, position), '')} "
            if (index, position) < before and actor.kind == "person" and f" {title} " in name:
                return actor
        return None

    def last_person(self, before: Position) -> ActorCode | None:
        """The person named last before `before`."""
        for index, position, actor in reversed(self.recent):
            if (index, position) < before and actor.kind == "person":
                return actor
        return None

    def referred_person(self, before: Position) -> ActorCode | None:
        """The person 'he' stands for: one named earlier in its own sentence, else the previous
        sentence's subject, else the person named last ('Ruto met Macron in Paris. He signed
        ...' is Ruto, the one the story follows)."""
        last = self.last_person(before)
        if last is None or any(
            index == before[0] and position < before[1] and actor.kind == "person"
            for index, position, actor in self.recent
        ):
            return last
        previous = self.subjects.get(before[0] - 1)
        return previous[1] if previous is not None and previous[1].kind == "person" else last

    def referred_collective(self, before: Position) -> ActorCode | None:
        """The body a subject 'it' stands for: its own sentence's subject when that is a body
        named before it ('Israel struck the site, in what it called ...'), else the body named
        last."""
        own = self.subjects.get(before[0])
        if own is not None and own[0] < before[1] and collective(own[1]):
            return own[1]
        return self.last_collective(before)

    def last_collective(self, before: Position) -> ActorCode | None:
        """The country, organisation or national body named last before `before` ('it said',
        'the rebels said they ...')."""
        for index, position, actor in reversed(self.recent):
            if (index, position) < before and collective(actor):
                return actor
        return None

    def last_of(
        self, before: Position, wanted: Callable[[ActorCode], bool], window: int = 3
    ) -> ActorCode | None:
        """The `wanted` actor named last before `before`, within `window` sentences ('the bloc'
        is the organisation named last, 'the group' the group)."""
        for index, position, actor in reversed(self.recent):
            if index < before[0] - window:
                break
            if (index, position) < before and wanted(actor):
                return actor
        return None

    def last_country(self, before: Position, avoid: frozenset[str] = frozenset()) -> str | None:
        """The country of the actor named last before `before` (for bare agents), other than
        the `avoid` countries."""
        for index, position, actor in reversed(self.recent):
            if (
                (index, position) < before
                and actor.country
                and actor.country != IGO
                and actor.country not in avoid
            ):
                return actor.country
        return None

    def last_pair(
        self, before: Position, *, persons: bool = False, window: int = 3
    ) -> tuple[ActorCode, ActorCode] | None:
        """The pair 'they' or 'the two leaders' stands for, in the order named: two actors of
        different countries named before it in its own sentence, else the parties of the
        previous sentence's main event ('X and Y met for talks hosted by Z. The two
        leaders agreed ...' are X and Y, not Y and Z), else the two named last within
        `window` sentences."""
        return (
            self._named_pair(before, persons, window=0)
            or self._event_pair(before, persons)
            or self._named_pair(before, persons, window)
        )

    def partner(self, person: ActorCode, before: Position, window: int = 3) -> ActorCode | None:
        """The other party of `person`'s latest event before `before` within `window`
        sentences, else of the two persons named last ('his host', 'his counterpart')."""
        earlier = range(before[0] - 1, before[0] - window - 1, -1)
        pairs = [self.event_pairs.get(index) for index in earlier]
        pairs.append(self._named_pair(before, persons=True, window=window))
        met = next((pair for pair in pairs if pair is not None and person in pair), None)
        return None if met is None else next(actor for actor in met if actor != person)

    def other_party(self, actor: ActorCode, before: Position, window: int = 2) -> ActorCode | None:
        """The other party of the latest main event, within `window` sentences before
        `before`, that one of `actor`'s country was a party of."""
        for index in range(before[0] - 1, before[0] - window - 1, -1):
            pair = self.event_pairs.get(index)
            if pair is not None and actor.country in (pair[0].country, pair[1].country):
                return pair[1] if pair[0].country == actor.country else pair[0]
        return None

    def _event_pair(self, before: Position, persons: bool) -> tuple[ActorCode, ActorCode] | None:
        """The parties of the previous sentence's main event (a story that names another pair
        after an event has moved on from it)."""
        pair = self.event_pairs.get(before[0] - 1)
        if pair is None or (persons and not all(_personal(actor) for actor in pair)):
            return None
        return pair

    def _named_pair(
        self, before: Position, persons: bool, window: int
    ) -> tuple[ActorCode, ActorCode] | None:
        """The two actors of different countries named last before `before`, within `window`
        sentences, in the order they were named."""
        pair: list[ActorCode] = []
        for index, position, actor in reversed(self.recent):
            if index < before[0] - window:
                break
            if (index, position) >= before or (persons and actor.kind != "person"):
                continue
            if actor.country and all(actor.country != other.country for other in pair):
                pair.append(actor)
            if len(pair) == 2:
                return pair[1], pair[0]
        return None


def _personal(actor: ActorCode) -> bool:
    """A person, or an office held by one ('the Kosovo prime minister'): what 'the two
    leaders' may stand for."""
    return actor.kind == "person" or (actor.kind == "agent" and actor.role is not None)


def collective(actor: ActorCode) -> bool:
    """A country, organisation or national body: what 'it' or 'they' may stand for."""
    return actor.kind in ("country", "organisation", "group") or (
        actor.kind == "agent" and actor.country is not None
    )
