"""GDELT 2.0 event records: read them into our events, and write our events back out as them.

Both GDELT's raw 15-minute export (61 tab-separated columns, no header) and the header-carrying
exports of its BigQuery tables (which add a CAMEOCodeDescription column) are read; columns are
matched by name when there is a header, by position otherwise. Writing gives the raw layout.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline.codes import IGO
from timeline.exchange.common import (
    Imported,
    RowError,
    blank,
    coded,
    convert_rows,
    count,
    event_id_for,
    number,
    open_lines,
    reject,
    split_rows,
)
from timeline.exchange.crosswalks import Crosswalks, load_crosswalks

SYSTEM = "gdelt"
ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
GEO_FIELDS = (
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
)  # fmt: skip
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
# GDELT's geographic resolution codes against our geo_precision.
GEO_PRECISION = {"1": "country", "2": "admin1", "3": "city", "4": "city", "5": "admin1"}
# The columns our events table carries (the others are written empty or as GDELT's "none").
CARRIED = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "SOURCEURL",
)  # fmt: skip


def _date(text: str | None, what: str) -> dt.date:
    value = blank(text)
    if value is None or len(value) < 8 or not value[:8].isdigit():
        raise RowError(f"{what} {text!r} is not a YYYYMMDD date")
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        raise RowError(f"{what} {text!r} is not a real date") from None


def _actor(row: Mapping[str, str], n: int, codes: Crosswalks) -> dict[str, Any]:
    side = "source" if n == 1 else "target"
    return {
        f"{side}_actor": blank(row.get(f"Actor{n}Name")),
        f"{side}_country": codes.cameo_country(blank(row.get(f"Actor{n}CountryCode"))),
        f"{side}_role": blank(row.get(f"Actor{n}Type1Code")),
        f"{side}_actor_code": blank(row.get(f"Actor{n}Code")),
    }


def _admin1(full_name: str | None, precision: str) -> str | None:
    """The state or province out of GDELT's 'City, State, Country' or 'State, Country' name."""
    if not full_name:
        return None
    parts = [p.strip() for p in full_name.split(",")]
    if precision == "admin1" and len(parts) >= 2:
        return parts[0]
    if precision == "city" and len(parts) >= 3:
        return parts[-2]
    return None


def _place(row: Mapping[str, str], codes: Crosswalks) -> dict[str, Any]:
    precision = GEO_PRECISION.get(blank(row.get("ActionGeo_Type")) or "0", "unknown")
    name = blank(row.get("ActionGeo_FullName"))
    fips = blank(row.get("ActionGeo_CountryCode"))
    return {
        "location_name": name,
        "location_country": codes.fips_to_iso.get(fips) if fips else None,
        "location_admin1": _admin1(name, precision),
        "latitude": number(row.get("ActionGeo_Lat"), "ActionGeo_Lat"),
        "longitude": number(row.get("ActionGeo_Long"), "ActionGeo_Long"),
        "geo_precision": precision,
    }


def event_of(row: Mapping[str, str], codes: Crosswalks) -> dict[str, Any]:
    """One GDELT record (column name -> cell) as our event's fields; RowError if unusable."""
    their_id = blank(row.get("GLOBALEVENTID"))
    if their_id is None:
        raise RowError("GLOBALEVENTID is empty")
    code = blank(row.get("EventCode"))
    if code is None:
        raise RowError("EventCode is empty")
    added = blank(row.get("DATEADDED"))
    seen = _date(added, "DATEADDED") if added else None
    return {
        "event_id": event_id_for(SYSTEM, their_id),
        "source_system": SYSTEM,
        "source_event_id": their_id,
        "event_date": _date(row.get("SQLDATE"), "SQLDATE"),
        "date_precision": "day",
        **_actor(row, 1, codes),
        **_actor(row, 2, codes),
        **coded(code),
        **_place(row, codes),
        "num_mentions": count(row.get("NumMentions"), "NumMentions"),
        "num_sources": count(row.get("NumSources"), "NumSources"),
        "num_articles": count(row.get("NumArticles"), "NumArticles"),
        "first_seen": seen,
        "last_seen": seen,
        "source_url": blank(row.get("SOURCEURL")),
        "confidence": None,
        "evidence": "",
    }


def read_gdelt(path: Path) -> Imported:
    """Every record of a GDELT 2.0 events file; bad records become rejects."""
    codes = load_crosswalks()
    with open_lines(path) as lines:
        first = next(lines, "")
        delimiter = "\t" if "\t" in first else ","
        rows = split_rows(itertools.chain([first], lines), delimiter)
        header = list(COLUMNS)
        if first.startswith("GLOBALEVENTID"):
            header = [h.strip() for h in next(rows)]
            missing = [c for c in ("GLOBALEVENTID", "SQLDATE", "EventCode") if c not in header]
            if missing:
                reason = f"GDELT header lacks {', '.join(missing)}; is this a GDELT file?"
                return Imported(rejects=[reject(path, 1, reason)], rows={str(path): 0})
        start = 2 if first.startswith("GLOBALEVENTID") else 1
        return convert_rows(
            path, "GDELT record", header, rows, start, lambda row: event_of(row, codes)
        )


def _gdelt_id(event: Mapping[str, Any]) -> str:
    """Their id for GDELT rows; otherwise a number derived from our id (stable, 60 bits)."""
    own = event.get("source_event_id")
    if event.get("source_system") == SYSTEM and own and str(own).isdigit():
        return str(own)
    return str(int(str(event["event_id"])[:15], 16))


def _float(value: Any) -> str:
    return "" if value is None else repr(float(value))


def _actor_country(country: str | None, codes: Crosswalks) -> str:
    """Our country back to CAMEO's (a region code passes through; IGO is no country)."""
    if not country or country == IGO:
        return ""
    return codes.iso_to_cameo.get(country, country)


def _fips(country: str | None, place: str | None, codes: Crosswalks) -> str:
    """ISO back to FIPS; where several FIPS codes share the ISO code, the place name decides."""
    candidates = codes.iso_to_fips.get(country or "", [])
    if not candidates:
        return ""
    last = (place or "").rsplit(",", 1)[-1].strip().lower()
    for fips, name in candidates:
        if name.lower() == last:
            return fips
    return candidates[0][0]


def _geo_type(precision: str | None, country: str | None) -> str:
    if precision == "country":
        return "1"
    if precision == "admin1":
        return "2" if country == "USA" else "5"
    if precision == "city":
        return "3" if country == "USA" else "4"
    return "0"


def gdelt_row(event: Mapping[str, Any], codes: Crosswalks) -> list[str]:
    """One of our events (as a column -> value mapping) as GDELT's 61 cells."""
    cells = dict.fromkeys(COLUMNS, "")
    date = event.get("event_date")
    if isinstance(date, dt.date):
        cells["SQLDATE"] = date.strftime("%Y%m%d")
        cells["MonthYear"] = date.strftime("%Y%m")
        cells["Year"] = str(date.year)
        cells["FractionDate"] = f"{date.year + ((date.month - 1) * 30 + date.day) / 365:.4f}"
    cells["GLOBALEVENTID"] = _gdelt_id(event)
    for n, side in ((1, "source"), (2, "target")):
        cells[f"Actor{n}Code"] = event.get(f"{side}_actor_code") or ""
        cells[f"Actor{n}Name"] = event.get(f"{side}_actor") or ""
        cells[f"Actor{n}CountryCode"] = _actor_country(event.get(f"{side}_country"), codes)
        cells[f"Actor{n}Type1Code"] = event.get(f"{side}_role") or ""
        cells[f"Actor{n}Geo_Type"] = "0"
    code = str(event["cameo_code"])
    cells["IsRootEvent"] = "0"
    cells["EventCode"], cells["EventBaseCode"] = code, code[:3]
    cells["EventRootCode"] = str(event["cameo_root"])
    root = str(event["cameo_root"])  # GDELT's grouping, so GDELT tools read what they expect
    cells["QuadClass"] = str(codes.gdelt_quad_class.get(root, event["quad_class"]))
    cells["GoldsteinScale"] = _float(event["goldstein"])
    for name, column in (("NumMentions", "num_mentions"), ("NumSources", "num_sources"),
                         ("NumArticles", "num_articles")):  # fmt: skip
        cells[name] = str(event[column])
    country, place = event.get("location_country"), event.get("location_name")
    geo_type = _geo_type(event.get("geo_precision"), country)
    fips = _fips(country, place, codes)
    cells["ActionGeo_Type"] = geo_type
    cells["ActionGeo_FullName"] = place or ""
    cells["ActionGeo_CountryCode"] = fips
    if geo_type == "1":  # at country level GDELT repeats the country code in these two
        cells["ActionGeo_ADM1Code"] = cells["ActionGeo_FeatureID"] = fips
    cells["ActionGeo_Lat"] = _float(event.get("latitude"))
    cells["ActionGeo_Long"] = _float(event.get("longitude"))
    seen = event.get("first_seen")
    cells["DATEADDED"] = seen.strftime("%Y%m%d") + "000000" if isinstance(seen, dt.date) else ""
    cells["SOURCEURL"] = event.get("source_url") or ""
    return [cells[c].replace("\t", " ").replace("\n", " ") for c in COLUMNS]
