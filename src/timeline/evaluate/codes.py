"""Code conventions the gold and the tool disagree on: PLOVER versions and CAMEO country codes.

Kept as small explicit tables so the report can print them: a score that depends on an alias
must say which aliases it used.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import pycountry

from timeline.codes import IGO

# The 2016 PLOVER draft's names that the 2021 crosswalk renamed or merged.
PLOVER_2016_TO_2021: Mapping[str, str] = {
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "REQUEST": "DEMAND",
}

# CAMEO country codes that differ from ISO 3166-1 alpha-3 for the same country.
COUNTRY_ALIASES: Mapping[str, str] = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Vietnam ("Vietnamese-led forces")
    "GMY": "DEU",  # Germany
    "UAE": "ARE",  # United Arab Emirates
}

# Codes of the data contract that are not countries but are not gold errors either.
CONTRACT_CODES = frozenset({IGO})

NO_ALIASES: Mapping[str, str] = {}


def plover_2021(name: str) -> str:
    """The 2021 PLOVER name of a type given under either version."""
    upper = name.strip().upper()
    return PLOVER_2016_TO_2021.get(upper, upper)


@cache
def is_iso_country(code: str) -> bool:
    """Is `code` an ISO 3166-1 alpha-3 code (pycountry's list)?"""
    return pycountry.countries.get(alpha_3=code) is not None


def is_gold_difference(code: str | None) -> bool:
    """A gold country code that is neither ISO nor one of the contract's own codes (IGO)."""
    return code is not None and code not in CONTRACT_CODES and not is_iso_country(code)


def canonical(code: str | None, aliases: Mapping[str, str]) -> str | None:
    """The gold code as compared: through the alias table when scoring with aliases."""
    return aliases.get(code, code) if code is not None else None
