"""Announced actions as CAMEO codes them: an intent to cooperate (03x) or a threat (13x).

Being ready or willing to cooperate is an intent ("Turkey is ready to mediate": 039), and a
coercive or violent deed announced for the future is a threat ("Greece plans to impose
restrictions": 132, "farmers would blockade Paris": 1381). A cooperative deed announced for
the future keeps its own code with the modality "planned" ("Biden will meet Putin": 040,
planned), as the data model records plans; refused for the future it is a rejection ("Tehran
will not negotiate": 125), but a visit refused stays the visit, negated. The tables map the
deed's code to the announcement's, by the longest matching code prefix.
"""

from __future__ import annotations

from timeline.codes import ActionCode
from timeline.normalise.actions import Codebook

INTENT_CODES = {
    "045": "039",  # mediate
    "04": "036",  # meet or negotiate
    "05": "032",  # diplomatic support
    "06": "031",  # material cooperation
    "07": "033",  # aid
    "08": "035",  # yield
}

THREAT_CODES = {
    "162": "1311",  # cut aid
    "163": "1312",  # embargo, sanctions
    "161": "1313",  # cut relations
    "16": "131",
    "1723": "1323",  # curfew
    "1724": "1324",  # state of emergency, martial law
    "172": "132",
    "17": "137",  # repression
    "14": "133",  # protest
    "191": "1381",  # blockade
    "192": "1382",  # occupation
    "18": "1383",  # unconventional violence
    "19": "1384",  # conventional attack
    "20": "1385",  # weapons of mass destruction
}


# "Caracas would not negotiate", "Chad will not accept refugees": a deed refused for the future
# is a rejection now (a past "did not" stays the negated deed, and so does material help
# withheld, "will not deliver missiles": the deed negated, not a CAMEO rejection)
REFUSAL_CODES = {
    "045": "120",  # mediate
    "04": "125",  # meet or negotiate
    "038": "126",  # accept mediation
    "03": "120",
    "05": "120",
    "08": "124",  # yield
}
# "will not attend the summit", "will not travel to Kyiv": a trip not to be made is the visit
# negated, as a trip not made is ("did not attend": 042, negated), not a refusal to negotiate
UNREFUSED_CODES = ("042",)


def _mapped(action: ActionCode, table: dict[str, str]) -> str | None:
    code = action.cameo_code
    for length in range(len(code), 1, -1):
        found = table.get(code[:length])
        if found is not None:
            return found
    return None


def as_intent(action: ActionCode, codebook: Codebook) -> ActionCode:
    """The intent to do a cooperative `action` (CAMEO 03x), else `action` unchanged."""
    code = _mapped(action, INTENT_CODES)
    return codebook.by_code(code) if code is not None else action


def as_threat(action: ActionCode, codebook: Codebook) -> ActionCode:
    """The threat to do a coercive or violent `action` (CAMEO 13x), else `action` unchanged."""
    code = _mapped(action, THREAT_CODES)
    return codebook.by_code(code) if code is not None else action


def as_refusal(action: ActionCode, codebook: Codebook) -> ActionCode | None:
    """The rejection a refusal to do a cooperative `action` is (CAMEO 12x), else None."""
    if action.cameo_code.startswith(UNREFUSED_CODES):
        return None
    code = _mapped(action, REFUSAL_CODES)
    return codebook.by_code(code) if code is not None else None
