"""Small value types passed between extraction and the normalisers.

They are plain frozen dataclasses (not pydantic) because they are built millions of times in the
hot path; the pydantic records in `models` validate the result once per mention.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.models import DatePrecision, GeoPrecision

IGO = "IGO"  # the code of an international body, as its country or its role


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A resolved actor: who it is, its country and its CAMEO role."""

    name: str
    country: str | None
    role: str | None
    kind: str  # "country", "person", "organisation", "agent", "media", "group"

    @property
    def code(self) -> str | None:
        """CAMEO-style actor code: country followed by role (RUSGOV), or either alone."""
        if self.role and self.role != self.country:
            return (self.country or "") + self.role
        return self.country

    @property
    def state_country(self) -> str | None:
        """The state the actor belongs to: its country, unless that is an international body."""
        return None if self.country == IGO else self.country


@dataclass(frozen=True, slots=True)
class ActionCode:
    """A CAMEO event code with its PLOVER type, Goldstein score and QuadClass."""

    cameo_code: str
    name: str
    plover_type: str
    goldstein: float
    quad_class: int

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2]


@dataclass(frozen=True, slots=True)
class DateResult:
    """A resolved date and how precise it is; `text` is the expression it came from."""

    date: dt.date | None
    precision: DatePrecision
    text: str | None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place."""

    name: str
    country: str | None
    admin1: str | None
    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    precision: GeoPrecision
