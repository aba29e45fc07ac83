"""The weapon a violent deed is done with, which CAMEO codes more finely than the verb.

"killed by a car bomb", "destroyed by an atomic bomb", "killed hundreds in a poison gas
attack", "suicide bombers attacked a crowd": the verb says only that someone was killed or
attacked; the weapon named as its agent, its means ('with', 'in') or its doer says how, and
CAMEO codes the how (1831 suicide bombing, 1832 car bombing, 2041 chemical weapons, 2042
nuclear weapons). The noun patterns of the codebook name these weapons. So does its scale:
killing thousands ('killed about 8,000 men', 'killed thousands of villagers') is a mass
killing (202).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.extract.frame_parties import Frame
from timeline.normalise.actions import Codebook

MEANS_PREPS = ("by", "with", "in")  # 'killed by a car bomb', 'with a roadside bomb', 'in a raid'
DOER = "nsubj"  # 'suicide bombers attacked', 'a car bomb killed' (not a passive's subject)
ASSAULT = "ASSAULT"  # the PLOVER type of violent deeds, 'destroyed' (1712) among them
MASS_VIOLENCE_ROOT = "20"
_MODIFIERS = ("amod", "compound")  # 'car' in 'a car bomb', 'atomic' in 'an atomic bomb'


def by_weapon(frame: Frame, codebook: Codebook) -> Frame:
    """`frame` coded by the weapon its deed was done with, when the codebook codes that weapon
    as a finer violent deed (a four-digit code, or mass violence); else `frame` unchanged."""
    if frame.nominal or frame.action.plover_type != ASSAULT:
        return frame
    for weapon in _weapons(frame.trigger):
        modifiers = tuple(c.lemma_.lower() for c in weapon.children if c.dep_ in _MODIFIERS)
        action = codebook.match_noun(weapon.lemma_.lower(), modifiers)
        if action is None or action.cameo_root not in VIOLENT_ROOTS:
            continue
        finer = len(action.cameo_code) == 4 or action.cameo_root == MASS_VIOLENCE_ROOT
        if finer and action.cameo_code != frame.action.cameo_code:
            return replace(frame, action=action)
    return frame


def _weapons(verb: Token) -> Iterator[Token]:
    """The nouns that may name what `verb`'s deed was done with: its doer and the objects of
    its 'by', 'with' and 'in', or of its object's ('killed hundreds in a gas attack')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in [*verb.children, *(c for o in objects for c in o.children)]:
        if child.dep_ == DOER and child.head.i == verb.i and child.pos_ == "NOUN":
            yield child
        elif child.dep_ in ("agent", "prep") and child.lower_ in MEANS_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN")


MASS_KILLING_CODE = "202"
MASS_TOLL = 1000  # the fewest dead a killing of 'thousands' names


def by_scale(
    frame: Frame, codebook: Codebook, killing_verbs: frozenset[str], mass_words: frozenset[str]
) -> Frame:
    """`frame` as a mass killing (202) when its verb kills thousands ('killed about 8,000
    men', 'killed thousands of civilians'); else `frame` unchanged."""
    verb = frame.trigger
    if (
        frame.nominal
        or frame.action.cameo_root not in VIOLENT_ROOTS
        or frame.action.cameo_root == MASS_VIOLENCE_ROOT
        or verb.lemma_.lower() not in killing_verbs
    ):
        return frame
    for victims in (c for c in verb.children if c.dep_ == "dobj"):
        counts = [victims, *(c for c in victims.children if c.dep_ == "nummod")]
        if any(_thousands(count, mass_words) for count in counts):
            return replace(frame, action=codebook.by_code(MASS_KILLING_CODE))
    return frame


def _thousands(count: Token, mass_words: frozenset[str]) -> bool:
    if count.lower_ in mass_words:
        return True
    digits = count.text.replace(",", "")
    return digits.isdigit() and int(digits) >= MASS_TOLL
