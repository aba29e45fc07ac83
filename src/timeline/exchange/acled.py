"""ACLED exports (CSV with ACLED's header) into our events, through the ACLED crosswalk.

ACLED is human-coded with its own event types, so the CAMEO code and PLOVER type come from
`crosswalk_acled.json`; Goldstein and QuadClass then follow from our codebook like any event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pycountry

from timeline.exchange.common import (
    Imported,
    RowError,
    blank,
    coded,
    convert_rows,
    event_id_for,
    number,
    open_lines,
    reject,
    split_rows,
)
from timeline.exchange.crosswalks import Crosswalks, load_crosswalks

SYSTEM = "acled"
REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country")
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
# ACLED's time_precision: 1 the day, 2 within a week, 3 within the month.
DATE_PRECISION = {"1": "day", "2": "month", "3": "month"}
# ACLED's geo_precision: 1 the town itself, 2 near it or part of a region, 3 a larger region.
GEO_PRECISION = {"1": "city", "2": "admin1", "3": "admin1"}
_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][^()]*?)\s*(?:\(\d{4}-\d{0,4}\))?$")
_IN_BRACKETS = re.compile(r"\(([A-Za-z][^()]*)\)\s*$")


def _date(text: str | None) -> dt.date:
    value = blank(text)
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value or "", fmt).date()
        except ValueError:
            continue
    raise RowError(f"event_date {text!r} is not a date (YYYY-MM-DD or '15 January 2023')")


def _numeric(iso: str | None) -> str | None:
    """ACLED's `iso` column is the ISO 3166-1 numeric code: a fallback for an unknown name."""
    text = blank(iso)
    if text is None or not text.isdigit():
        return None
    found = pycountry.countries.get(numeric=text.zfill(3))
    return str(found.alpha_3) if found is not None else None


def _actor_country(name: str, codes: Crosswalks) -> str | None:
    """ACLED names say the country: 'Military Forces of Sudan (2019-)', 'Protesters (Kenya)'."""
    for pattern in (_IN_BRACKETS, _OF_COUNTRY):
        found = pattern.search(name)
        if found:
            country = codes.country(found.group(1))
            if country:
                return country
    return None


def _actor(row: Mapping[str, str], n: int, codes: Crosswalks) -> dict[str, Any]:
    side = "source" if n == 1 else "target"
    name = blank(row.get(f"actor{n}"))
    if name is None:
        return {}
    inter = (blank(row.get(f"inter{n}")) or "").lower()
    role = codes.acled_roles.get(inter)
    for word, named_role in codes.acled_name_roles:
        if word.lower() in name.lower():
            role = named_role
    country = _actor_country(name, codes)
    return {
        f"{side}_actor": name,
        f"{side}_country": country,
        f"{side}_role": role,
        f"{side}_actor_code": (country or "") + (role or "") or None,
    }


def _action(row: Mapping[str, str], codes: Crosswalks) -> dict[str, Any]:
    key = ((row.get("event_type") or "").strip().lower(),
           (row.get("sub_event_type") or "").strip().lower())  # fmt: skip
    mapping = codes.acled.get(key)
    if mapping is None:
        raise RowError(f"event type {key[0]!r} / {key[1]!r} is not in the ACLED crosswalk")
    if mapping.cameo is None or mapping.plover is None:
        raise RowError(f"sub-event type {key[1]!r} has no CAMEO equivalent: {mapping.note}")
    fields = coded(mapping.cameo)
    fields["plover_type"] = mapping.plover
    return fields


def event_of(row: Mapping[str, str], codes: Crosswalks) -> dict[str, Any]:
    """One ACLED row as our event's fields; RowError if unusable."""
    missing = [c for c in REQUIRED if not blank(row.get(c))]
    if missing:
        raise RowError(f"empty {', '.join(missing)}")
    their_id = str(blank(row.get("event_id_cnty")))
    date = _date(row.get("event_date"))
    date_precision = DATE_PRECISION.get(blank(row.get("time_precision")) or "1", "day")
    if date_precision == "month":
        date = date.replace(day=1)
    location = blank(row.get("location"))
    geo = GEO_PRECISION.get(blank(row.get("geo_precision")) or "", "country")
    sources = [s for s in (row.get("source") or "").split(";") if s.strip()]
    return {
        "event_id": event_id_for(SYSTEM, their_id),
        "source_system": SYSTEM,
        "source_event_id": their_id,
        "event_date": date,
        "date_precision": date_precision,
        **_actor(row, 1, codes),
        **_actor(row, 2, codes),
        **_action(row, codes),
        "location_name": location or blank(row.get("country")),
        "location_country": codes.country(row.get("country")) or _numeric(row.get("iso")),
        "location_admin1": blank(row.get("admin1")),
        "latitude": number(row.get("latitude"), "latitude"),
        "longitude": number(row.get("longitude"), "longitude"),
        "geo_precision": geo if location else "country",
        "num_mentions": max(len(sources), 1),
        "num_articles": max(len(sources), 1),
        "num_sources": max(len(sources), 1),
        "confidence": None,
        "evidence": blank(row.get("notes")) or "",
    }


def read_acled(path: Path) -> Imported:
    """Every row of an ACLED CSV export; bad rows become rejects."""
    codes = load_crosswalks()
    with open_lines(path) as lines:
        rows = split_rows(lines, ",")
        header = [h.strip().lower() for h in next(rows, [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            reason = f"ACLED header lacks {', '.join(missing)}; is this an ACLED export?"
            return Imported(rejects=[reject(path, 1, reason)], rows={str(path): 0})
        return convert_rows(path, "ACLED row", header, rows, 2, lambda row: event_of(row, codes))
