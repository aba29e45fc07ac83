"""The crosswalk data files of `timeline import` / `export`, loaded and checked once.

Code holds the rules; which code means what lives in `reference/data/crosswalk_*.json`, each with
the shared envelope (kind, version, entries), so a reader can audit a mapping without Python.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import pycountry

from timeline.errors import ReferenceDataError
from timeline.reference.loader import entries_of, packaged_text, parse_envelope

FIPS_FILE = "crosswalk_fips_countries.json"
CAMEO_FILE = "crosswalk_cameo_countries.json"
ACLED_FILE = "crosswalk_acled.json"
ICEWS_FILE = "crosswalk_icews_sectors.json"
GDELT_QUAD_FILE = "crosswalk_gdelt_quad_class.json"
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class AcledMapping:
    """One ACLED sub-event type's CAMEO code and PLOVER type (None: no equivalent)."""

    cameo: str | None
    plover: str | None
    clean: bool
    note: str


@dataclass(frozen=True)
class Crosswalks:
    """Every mapping the exchange formats need, with the files' versions for the manifest."""

    fips_to_iso: dict[str, str | None]
    iso_to_fips: dict[str, list[tuple[str, str]]]  # ISO -> [(FIPS, name)], preferred first
    cameo_to_iso: dict[str, str | None]
    iso_to_cameo: dict[str, str]
    country_names: dict[str, str]  # lowercased alias -> ISO
    acled: dict[tuple[str, str], AcledMapping]
    acled_roles: dict[str, str | None]  # inter number or lowercased name -> role
    acled_name_roles: list[tuple[str, str]]
    icews_sectors: list[tuple[str, str]]
    gdelt_quad_class: dict[str, int]  # CAMEO root -> GDELT's QuadClass
    versions: dict[str, str]

    def country(self, name: str | None) -> str | None:
        """ISO alpha-3 of a country name (ICEWS and ACLED write names), or None if unknown."""
        if not name or not name.strip():
            return None
        text = name.strip()
        alias = self.country_names.get(text.lower())
        if alias:
            return alias
        try:
            found = pycountry.countries.lookup(text)
        except LookupError:
            return None
        return str(found.alpha_3)

    def cameo_country(self, code: str | None) -> str | None:
        """ISO alpha-3 of a CAMEO country code; a CAMEO region code (EUR, AFR) is kept as is.

        None for anything else, so the column never holds a code nobody can look up.
        """
        if not code:
            return None
        if code in self.cameo_to_iso:
            return self.cameo_to_iso[code] or code
        return code if pycountry.countries.get(alpha_3=code) is not None else None


def _document(name: str, kind: str) -> tuple[str, dict[str, Any]]:
    version, document = parse_envelope(name, packaged_text(name))
    if document.get("kind") != kind:
        raise ReferenceDataError(name, f"'kind' must be {kind!r}")
    return version, document


def _text(name: str, entry: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = entry.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ReferenceDataError(name, f"entry {entry!r}: {key!r} must be a non-empty string")
    return value.strip()


def _iso(name: str, entry: dict[str, Any]) -> str | None:
    iso = _text(name, entry, "iso3", optional=True)
    if iso is not None and not _ISO3.match(iso):
        raise ReferenceDataError(name, f"entry {entry!r}: iso3 must be three capital letters")
    return iso


@functools.cache
def load_crosswalks() -> Crosswalks:
    """Read and check the crosswalk files (once per process)."""
    fips_version, fips_doc = _document(FIPS_FILE, "fips_countries")
    fips_to_iso: dict[str, str | None] = {}
    iso_to_fips: dict[str, list[tuple[str, str]]] = {}
    for entry in entries_of(FIPS_FILE, fips_doc):
        fips = str(_text(FIPS_FILE, entry, "fips"))
        if fips in fips_to_iso:
            raise ReferenceDataError(FIPS_FILE, f"FIPS code {fips} appears twice")
        iso = _iso(FIPS_FILE, entry)
        fips_to_iso[fips] = iso
        if iso:
            iso_to_fips.setdefault(iso, []).append((fips, str(_text(FIPS_FILE, entry, "name"))))

    cameo_version, cameo_doc = _document(CAMEO_FILE, "cameo_countries")
    cameo_to_iso: dict[str, str | None] = {}
    for entry in entries_of(CAMEO_FILE, cameo_doc):
        cameo_to_iso[str(_text(CAMEO_FILE, entry, "cameo"))] = _iso(CAMEO_FILE, entry)
    iso_to_cameo = {iso: cameo for cameo, iso in cameo_to_iso.items() if iso}
    names = cameo_doc.get("names", [])
    if not isinstance(names, list):
        raise ReferenceDataError(CAMEO_FILE, "'names' must be a list of objects")
    country_names = {
        str(_text(CAMEO_FILE, n, "name")).lower(): str(_iso(CAMEO_FILE, n)) for n in names
    }

    acled_version, acled_doc = _document(ACLED_FILE, "acled_crosswalk")
    acled: dict[tuple[str, str], AcledMapping] = {}
    for entry in entries_of(ACLED_FILE, acled_doc):
        key = (
            str(_text(ACLED_FILE, entry, "event_type")).lower(),
            str(_text(ACLED_FILE, entry, "sub_event_type")).lower(),
        )
        cameo = _text(ACLED_FILE, entry, "cameo", optional=True)
        plover = _text(ACLED_FILE, entry, "plover", optional=True)
        if (cameo is None) != (plover is None):
            raise ReferenceDataError(ACLED_FILE, f"{key}: give both cameo and plover, or neither")
        acled[key] = AcledMapping(
            cameo, plover, bool(entry.get("clean")), str(_text(ACLED_FILE, entry, "note"))
        )
    acled_roles: dict[str, str | None] = {}
    for entry in acled_doc.get("actor_types", []):
        role = _text(ACLED_FILE, entry, "role", optional=True)
        acled_roles[str(_text(ACLED_FILE, entry, "inter"))] = role
        acled_roles[str(_text(ACLED_FILE, entry, "name")).lower()] = role
    name_roles = [
        (str(_text(ACLED_FILE, e, "contains")), str(_text(ACLED_FILE, e, "role")))
        for e in acled_doc.get("actor_name_roles", [])
    ]

    icews_version, icews_doc = _document(ICEWS_FILE, "icews_sectors")
    sectors = [
        (str(_text(ICEWS_FILE, e, "contains")).lower(), str(_text(ICEWS_FILE, e, "role")))
        for e in entries_of(ICEWS_FILE, icews_doc)
    ]
    quad_version, quad_doc = _document(GDELT_QUAD_FILE, "gdelt_quad_class")
    gdelt_quad: dict[str, int] = {}
    for entry in entries_of(GDELT_QUAD_FILE, quad_doc):
        quad = entry.get("quad_class")
        if quad not in (1, 2, 3, 4):
            raise ReferenceDataError(GDELT_QUAD_FILE, f"entry {entry!r}: quad_class must be 1-4")
        gdelt_quad[str(_text(GDELT_QUAD_FILE, entry, "root"))] = int(quad)
    return Crosswalks(
        fips_to_iso=fips_to_iso,
        iso_to_fips=iso_to_fips,
        cameo_to_iso=cameo_to_iso,
        iso_to_cameo=iso_to_cameo,
        country_names=country_names,
        acled=acled,
        acled_roles=acled_roles,
        acled_name_roles=name_roles,
        icews_sectors=sectors,
        gdelt_quad_class=gdelt_quad,
        versions={
            "fips_countries": fips_version,
            "cameo_countries": cameo_version,
            "acled": acled_version,
            "icews_sectors": icews_version,
            "gdelt_quad_class": quad_version,
        },
    )
