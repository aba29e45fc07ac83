"""The doer of an attack the text tells without one: 'Abe was shot dead on Friday. Police
arrested the gunman at the scene.' The one arrested in the very next sentence is the one the
story holds for the attacker."""

from __future__ import annotations

import hashlib

from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.models import Mention, Modality

ARREST_CODE = "173"
SOURCE_FIELDS = ("actor", "country", "role", "actor_code", "text")


def with_arrested_doers(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each asserted attack with no doer given the one arrested in the next
    sentence (when someone other than its victim is, then and there)."""
    return [_with_doer(m, mentions) for m in mentions]


def _with_doer(attack: Mention, mentions: list[Mention]) -> Mention:
    if (
        attack.source_country is not None
        or attack.cameo_root not in VIOLENT_ROOTS
        or attack.modality is not Modality.ASSERTED
    ):
        return attack
    arrest = next(
        (
            m
            for m in mentions
            if m.sentence_index == attack.sentence_index + 1
            and m.cameo_code == ARREST_CODE
            and m.modality is Modality.ASSERTED
            and m.target_country is not None
            and _same_scene(m, attack)
        ),
        None,
    )
    if arrest is None or arrest.target_actor_code == attack.target_actor_code:
        return attack
    update = {f"source_{f}": getattr(arrest, f"target_{f}") for f in SOURCE_FIELDS}
    key = f"{attack.mention_id}|{arrest.mention_id}"
    update["mention_id"] = hashlib.sha256(key.encode()).hexdigest()[:16]
    return attack.model_copy(update=update)


def _same_scene(arrest: Mention, attack: Mention) -> bool:
    """The arrest is told on no other day and at no other place than the attack ('arrested
    dozens in another town on Monday' arrests others)."""
    return arrest.event_date in (None, attack.event_date) and arrest.location_name in (
        None,
        attack.location_name,
    )
