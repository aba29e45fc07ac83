"""A state or body backing an armed group ('M23, which is backed by Rwanda', 'Iran backs the
Houthis') gives it military aid (072): the backing of rebels is arms and money, not words of
praise (051), which is what 'back' codes for a government or a plan."""

from __future__ import annotations

from timeline.codes import ActionCode
from timeline.extract.actors import TokenActor
from timeline.normalise.actions import Codebook

MILITARY_AID_CODE = "072"
ENDORSE_CODE = "051"
ARMED_GROUP_ROLES = frozenset({"REB", "INS", "SEP", "UAF"})  # rebels, insurgents, separatists


def backing_arms(
    action: ActionCode,
    lemma: str,
    target: TokenActor | None,
    codebook: Codebook,
    backing_verbs: frozenset[str],
) -> ActionCode:
    """Military aid for a backing verb coded as endorsement when its target is an armed group,
    else `action`."""
    if (
        action.cameo_code == ENDORSE_CODE
        and lemma in backing_verbs
        and target is not None
        and target.actor.role in ARMED_GROUP_ROLES
    ):
        return codebook.by_code(MILITARY_AID_CODE)
    return action
