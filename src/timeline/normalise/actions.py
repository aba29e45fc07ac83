"""Actions to CAMEO codes: the codebook and the rules that match verbs and nouns against it.

The lists (codes, verb patterns, noun patterns) live in `timeline/reference/data/cameo_*.json`; this
module holds only the matching rules:

- a verb frame is looked up from the most to the least specific pattern: verb+object+preposition,
  verb+object, verb+preposition, bare verb; a frame with a particle ("pull out") is tried with its
  particle first, then without it ("send in troops" falls back to "send troops");
- an object no pattern names is tried by its modifiers ("sent aid convoys" as "sent aid");
- a light verb ("hold talks", "carry out an attack", "impose sanctions") whose object has no
  verb+object pattern is coded as the nominal event its object names;
- a pattern whose code is null is a known non-event ("sign a bill", "execute a plan") and stops the
  search, so a less specific pattern cannot code it by accident.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from timeline.codes import ActionCode
from timeline.normalise.action_data import CodebookTables, VerbKey, load_tables, read_path


@dataclass(frozen=True, slots=True)
class VerbFrame:
    """What extraction knows about an event verb: its lemma and the words that narrow it."""

    lemma: str
    particle: str | None = None
    object_lemma: str | None = None
    preps: tuple[str, ...] = ()
    object_modifiers: tuple[str, ...] = ()  # "hunger" in "staged a hunger strike"


class UnknownCameoCodeError(KeyError):
    """A CAMEO code that is not in the codebook (a KeyError, so `except KeyError` catches it)."""


class _Miss(Enum):
    """Sentinel for 'no pattern at this level', distinct from a null (non-event) pattern."""

    MISS = 0


_MISS = _Miss.MISS


class Codebook:
    """CAMEO codes with PLOVER type, Goldstein and QuadClass, and the verb and noun patterns.

    Build it with `Codebook.load()` (or the process-wide `default_codebook()`); it is immutable
    after loading, so one instance can be shared by threads and pickled to worker processes.
    """

    __slots__ = ("_codes", "_event_verbs", "_light", "_nouns", "_verbs", "version")

    def __init__(self, tables: CodebookTables) -> None:
        self.version: str = tables.version
        self._codes = dict(tables.codes)
        self._verbs = dict(tables.verbs)
        self._light = frozenset(tables.light)
        self._nouns = dict(tables.nouns)
        coded = {key[0] for key, code in self._verbs.items() if code is not None}
        self._event_verbs = frozenset(coded | {lemma for lemma, _ in self._light})

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> Codebook:
        """Load the packaged codebook, extended or overridden by the user's files, in order."""
        return cls(load_tables([read_path(Path(p)) for p in extra_files]))

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> tuple[ActionCode, ...]:
        """Every code, in code order (for documentation and tests)."""
        return tuple(self._codes[c] for c in sorted(self._codes))

    def by_code(self, cameo_code: str) -> ActionCode:
        """The entry for a CAMEO code; raises UnknownCameoCodeError for a code not in the book."""
        try:
            return self._codes[cameo_code]
        except KeyError:
            raise UnknownCameoCodeError(cameo_code) from None

    def is_event_verb(self, lemma: str) -> bool:
        """Cheap pre-check: can this verb lemma code an event with some object or preposition?"""
        return lemma.lower() in self._event_verbs

    def is_light(self, lemma: str, particle: str | None) -> bool:
        """True for a light verb ('carry out', 'hold', 'engage'): its object names the event."""
        return (lemma.lower(), particle) in self._light

    def names_object(self, lemma: str, particle: str | None, obj: str) -> bool:
        """True when a pattern names `obj` as this verb's object ('withdraw' + 'troop'): the
        object is the thing acted with, not a party."""
        lemma, obj = lemma.lower(), obj.lower()
        return any(
            key[0] == lemma and key[1] in (particle, None) and key[2] == obj for key in self._verbs
        )

    def match_verb(self, frame: VerbFrame) -> ActionCode | None:
        """The CAMEO code of a verb frame, from its most specific matching pattern, or None."""
        lemma = frame.lemma.lower()
        if lemma not in self._event_verbs:
            return None
        obj = frame.object_lemma.lower() if frame.object_lemma else None
        preps = tuple(p.lower() for p in frame.preps)
        particles: tuple[str | None, ...] = (
            (frame.particle.lower(), None) if frame.particle else (None,)
        )
        modifiers = tuple(m.lower() for m in frame.object_modifiers)
        for particle in particles:
            code = self._match_level(lemma, particle, obj, preps, modifiers)
            if code is not _MISS:
                return None if code is None else self._codes[code]
        return None

    def _match_level(
        self,
        lemma: str,
        particle: str | None,
        obj: str | None,
        preps: tuple[str, ...],
        modifiers: tuple[str, ...],
    ) -> str | _Miss | None:
        """Walk the specificity ladder for one particle choice; _MISS if nothing applies."""
        verbs = self._verbs
        if obj is not None:
            for prep in preps:
                key: VerbKey = (lemma, particle, obj, prep)
                if key in verbs:
                    return verbs[key]
            key = (lemma, particle, obj, None)
            if key in verbs:
                return verbs[key]
            for modifier in modifiers:
                # "sent aid convoys", "halted mediation efforts": a head no pattern names
                # is named by the noun that modifies it
                for with_prep in (*preps, None):
                    key = (lemma, particle, modifier, with_prep)
                    if key in verbs and verbs[key] is not None:
                        return verbs[key]
            if (lemma, particle) in self._light:
                code = self._noun_code(obj, modifiers)
                if code is not _MISS:
                    return code
        for prep in preps:
            key = (lemma, particle, None, prep)
            if key in verbs:
                return verbs[key]
        return verbs.get((lemma, particle, None, None), _MISS)

    def match_noun(self, lemma: str, modifier_lemmas: tuple[str, ...] = ()) -> ActionCode | None:
        """The CAMEO code of a nominal event ("visit", "sanctions", ("military", "aid")), or None.

        A pattern naming one of the modifiers wins over the bare noun; among several, the first
        modifier given wins (pass them nearest-first).
        """
        code = self._noun_code(lemma.lower(), tuple(m.lower() for m in modifier_lemmas))
        if code is _MISS or code is None:
            return None
        return self._codes[code]

    def _noun_code(self, lemma: str, modifiers: tuple[str, ...]) -> str | _Miss | None:
        nouns = self._nouns
        for modifier in modifiers:
            key = (lemma, modifier)
            if key in nouns:
                return nouns[key]
        return nouns.get((lemma, None), _MISS)


@functools.cache
def default_codebook() -> Codebook:
    """The packaged codebook, loaded on first use and shared by the process."""
    return Codebook.load()
