"""A fight between police and unarmed people ('clashes between police and students') is, in
CAMEO, the police violently repressing them (175), not a use of military force (19)."""

from __future__ import annotations

from timeline.codes import ActionCode
from timeline.extract.actors import TokenActor
from timeline.extract.cameo import VIOLENT_ROOTS
from timeline.normalise.actions import Codebook

REPRESSION_CODE = "175"  # repress violently
POLICE_ROLE = "COP"
# civilians, students, workers, the opposition, clergy, media, rights groups, business, farmers
UNARMED_ROLES = frozenset({"CVL", "EDU", "LAB", "OPP", "REL", "MED", "HRI", "BUS", "AGR"})


def policing(
    action: ActionCode, source: TokenActor, target: TokenActor, codebook: Codebook
) -> ActionCode:
    """The repression code for a violent deed of police on unarmed people, else `action`."""
    if (
        action.cameo_root in VIOLENT_ROOTS
        and source.actor.role == POLICE_ROLE
        and target.actor.role in UNARMED_ROLES
    ):
        return codebook.by_code(REPRESSION_CODE)
    return action
