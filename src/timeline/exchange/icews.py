"""ICEWS event files (tab-separated with a header) into our events.

ICEWS codes CAMEO already, so only countries (ICEWS writes names) and actor sectors (to a CAMEO
role, by `crosswalk_icews_sectors.json`) need mapping; Goldstein and QuadClass come from our
codebook, not from ICEWS's own Intensity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

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
from timeline.normalise.actions import default_codebook

SYSTEM = "icews"
REQUIRED = ("Event ID", "Event Date", "CAMEO Code")


def _date(text: str | None) -> dt.date:
    value = blank(text) or ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise RowError(f"Event Date {text!r} is not a YYYY-MM-DD date") from None


def _code(text: str | None) -> str:
    """The CAMEO code, with a leading zero put back where a spreadsheet dropped it.

    ICEWS codes at three or four digits, so a two-digit value is a three-digit code that lost
    its zero ("42" is 042, never root 42), and a three-digit value not in the codebook is a
    four-digit one ("831" is 0831).
    """
    code = blank(text)
    if code is None:
        raise RowError("CAMEO Code is empty")
    if code.isdigit() and len(code) == 2:
        return "0" + code
    if code.isdigit() and len(code) == 3 and not _known(code) and _known("0" + code):
        return "0" + code
    return code


def _known(code: str) -> bool:
    try:
        default_codebook().by_code(code)
    except KeyError:
        return False
    return True


def _role(sectors: str | None, codes: Crosswalks) -> str | None:
    words = [s.strip().lower() for s in (sectors or "").split(",") if s.strip()]
    for word, role in codes.icews_sectors:
        if any(word in sector for sector in words):
            return role
    return None


def _actor(row: Mapping[str, str], side: str, codes: Crosswalks) -> dict[str, Any]:
    ours = "source" if side == "Source" else "target"
    country = codes.country(row.get(f"{side} Country"))
    role = _role(row.get(f"{side} Sectors"), codes)
    return {
        f"{ours}_actor": blank(row.get(f"{side} Name")),
        f"{ours}_country": country,
        f"{ours}_role": role,
        f"{ours}_actor_code": (country or "") + (role or "") or None,
    }


def _place(row: Mapping[str, str], codes: Crosswalks) -> dict[str, Any]:
    city, province = blank(row.get("City")), blank(row.get("Province"))
    country = blank(row.get("Country"))
    precision = "city" if city else "admin1" if province else "country" if country else "unknown"
    return {
        "location_name": city or province or country,
        "location_country": codes.country(country),
        "location_admin1": province,
        "latitude": number(row.get("Latitude"), "Latitude"),
        "longitude": number(row.get("Longitude"), "Longitude"),
        "geo_precision": precision,
    }


def event_of(row: Mapping[str, str], codes: Crosswalks) -> dict[str, Any]:
    """One ICEWS record as our event's fields; RowError if unusable."""
    their_id = blank(row.get("Event ID"))
    if their_id is None:
        raise RowError("Event ID is empty")
    return {
        "event_id": event_id_for(SYSTEM, their_id),
        "source_system": SYSTEM,
        "source_event_id": their_id,
        "event_date": _date(row.get("Event Date")),
        "date_precision": "day",
        **_actor(row, "Source", codes),
        **_actor(row, "Target", codes),
        **coded(_code(row.get("CAMEO Code"))),
        **_place(row, codes),
        "num_mentions": 1,
        "num_articles": 1,
        "num_sources": 1,
        "confidence": None,
        "evidence": "",
    }


def read_icews(path: Path) -> Imported:
    """Every record of an ICEWS events file; bad records become rejects."""
    codes = load_crosswalks()
    with open_lines(path) as lines:
        rows = split_rows(lines, "\t")
        header = [h.strip() for h in next(rows, [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            reason = f"ICEWS header lacks {', '.join(missing)}; is this an ICEWS file?"
            return Imported(rejects=[reject(path, 1, reason)], rows={str(path): 0})
        return convert_rows(path, "ICEWS record", header, rows, 2, lambda row: event_of(row, codes))
