"""What the HTML report shows, computed from a build's tables (no HTML here).

Kept apart from rendering so that every figure the report draws can be checked against the
Parquet output in a unit test, without a browser.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow.parquet as pq

from timeline.errors import UsageError
from timeline.reference.loader import entries_of, read_json
from timeline.store.parquet import EVENTS_DIR
from timeline.store.validate import read_events

MAX_EVENTS = 5_000  # events drawn one by one (markers, table rows) in one page
QUAD_NAMES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}


@dataclass(frozen=True)
class EventRow:
    """One event as the report shows it: in the timeline, on the map and in the table."""

    event_id: str
    date: dt.date | None
    date_precision: str
    source: str  # actor code, "" when uncoded
    source_name: str
    target: str
    target_name: str
    cameo_code: str
    cameo_root: str
    action: str
    plover_type: str
    quad_class: int
    goldstein: float
    modality: str
    location: str
    location_country: str
    latitude: float | None
    longitude: float | None
    countries: tuple[str, ...]  # source, target and location countries, sorted, no repeats
    outlets: tuple[str, ...]
    url: str
    evidence: str
    num_mentions: int
    num_sources: int


@dataclass(frozen=True)
class Place:
    """A map marker: every event at one coordinate."""

    name: str
    country: str
    latitude: float
    longitude: float
    events: int
    by_quad: dict[int, int]
    mean_goldstein: float
    examples: tuple[str, ...]  # short "SRC action TGT" lines


@dataclass(frozen=True)
class Count:
    """One bar: a label, how many events, and a line of detail for the hover."""

    label: str
    events: int
    detail: str = ""
    quad_class: int | None = None


@dataclass(frozen=True)
class ReportData:
    """Everything the report draws, in the order it draws it."""

    title: str
    events: list[EventRow]
    monthly: dict[int, list[tuple[str, int]]]  # quad class -> (YYYY-MM, events), months sorted
    places: list[Place]
    top_actors: list[Count]
    top_dyads: list[Count]
    cameo_roots: list[Count]
    plover_types: list[Count]
    total_events: int  # every event, counted in the charts; `events` may hold fewer
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def dated(self) -> list[EventRow]:
        return [e for e in self.events if e.date is not None]

    @property
    def located(self) -> list[EventRow]:
        return [e for e in self.events if e.latitude is not None and e.longitude is not None]


def cameo_root_names() -> dict[str, str]:
    """Root code -> name, from the packaged CAMEO codebook (the one the build coded with)."""
    document = read_json("cameo_codes.json", packaged=True)
    return {
        e["code"]: e["name"]
        for e in entries_of("cameo_codes.json", document)
        if len(e["code"]) == 2
    }


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _number(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if number != number else number  # NaN is missing


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def _host(url: str) -> str:
    """The URL's host name; "" when there is none or the URL is malformed (hostile input)."""
    try:
        return (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""


def event_rows(
    events: Iterable[Mapping[str, Any]], outlets: Mapping[str, Sequence[str]]
) -> list[EventRow]:
    """Report rows from event records (as read from Parquet), sorted by date (undated last)."""
    rows = []
    for e in events:
        url = _text(e.get("source_url"))
        countries = {
            _text(e.get(name)) for name in ("source_country", "target_country", "location_country")
        } - {""}
        found = tuple(outlets.get(e["event_id"], ()))
        rows.append(
            EventRow(
                event_id=e["event_id"],
                date=_date(e.get("event_date")),
                date_precision=_text(e.get("date_precision")) or "unknown",
                source=_text(e.get("source_actor_code")),
                source_name=_text(e.get("source_actor")),
                target=_text(e.get("target_actor_code")),
                target_name=_text(e.get("target_actor")),
                cameo_code=_text(e.get("cameo_code")),
                cameo_root=_text(e.get("cameo_root")),
                action=_text(e.get("action")),
                plover_type=_text(e.get("plover_type")),
                quad_class=int(e["quad_class"]),
                goldstein=float(e["goldstein"]),
                modality=_text(e.get("modality")),
                location=_text(e.get("location_name")),
                location_country=_text(e.get("location_country")),
                latitude=_number(e.get("latitude")),
                longitude=_number(e.get("longitude")),
                countries=tuple(sorted(countries)),
                outlets=found or ((_host(url),) if _host(url) else ()),
                url=url,
                evidence=_text(e.get("evidence")),
                num_mentions=int(e.get("num_mentions") or 1),
                num_sources=int(e.get("num_sources") or 1),
            )
        )
    rows.sort(key=lambda r: (r.date is None, r.date or dt.date.min, r.event_id))
    return rows


def monthly_counts(rows: Sequence[EventRow]) -> dict[int, list[tuple[str, int]]]:
    """Dated events per month for each QuadClass (every class present, months sorted)."""
    counts: dict[int, Counter[str]] = {quad: Counter() for quad in QUAD_NAMES}
    for row in rows:
        if row.date is not None:
            counts.setdefault(row.quad_class, Counter())[row.date.strftime("%Y-%m")] += 1
    return {quad: sorted(counter.items()) for quad, counter in sorted(counts.items())}


def dyad_label(row: EventRow) -> str:
    return f"{row.source or '?'} {row.action.lower() or row.cameo_code} {row.target or '?'}"


def places(rows: Sequence[EventRow], examples: int = 3) -> list[Place]:
    """One marker per coordinate, biggest first: events at the same place share a marker."""
    groups: dict[tuple[float, float], list[EventRow]] = defaultdict(list)
    for row in rows:
        if row.latitude is not None and row.longitude is not None:
            groups[(row.latitude, row.longitude)].append(row)
    result = []
    for (lat, lon), group in groups.items():
        names = Counter(r.location for r in group if r.location)
        countries = Counter(r.location_country for r in group if r.location_country)
        result.append(
            Place(
                name=names.most_common(1)[0][0] if names else f"{lat:.2f}, {lon:.2f}",
                country=countries.most_common(1)[0][0] if countries else "",
                latitude=lat,
                longitude=lon,
                events=len(group),
                by_quad=dict(sorted(Counter(r.quad_class for r in group).items())),
                mean_goldstein=round(sum(r.goldstein for r in group) / len(group), 2),
                examples=tuple(dyad_label(r) for r in group[:examples]),
            )
        )
    result.sort(key=lambda p: (-p.events, p.name, p.latitude, p.longitude))
    return result


def top_actors(rows: Sequence[EventRow], top: int) -> list[Count]:
    """Actor codes by the events they take part in, as source or target (once per event)."""
    events: Counter[str] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        for code, name in {(row.source, row.source_name), (row.target, row.target_name)}:
            if code:
                names[code][name or code] += 1
        for code in {row.source, row.target} - {""}:
            events[code] += 1
    return [
        Count(code, n, ", ".join(name for name, _ in names[code].most_common(3)))
        for code, n in sorted(events.items(), key=lambda item: (-item[1], item[0]))[:top]
    ]


def top_dyads(rows: Sequence[EventRow], top: int) -> list[Count]:
    """Directed source -> target pairs, among events whose two sides are both coded."""
    dyads: Counter[tuple[str, str]] = Counter(
        (row.source, row.target) for row in rows if row.source and row.target
    )
    actions: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        actions[(row.source, row.target)][row.plover_type] += 1
    return [
        Count(
            f"{source} → {target}",
            n,
            ", ".join(f"{kind} {k}" for kind, k in actions[(source, target)].most_common(4)),
        )
        for (source, target), n in sorted(dyads.items(), key=lambda item: (-item[1], item[0]))[:top]
    ]


def cameo_roots(rows: Sequence[EventRow], names: Mapping[str, str]) -> list[Count]:
    """Events per CAMEO root, in code order (01 to 20), each with its QuadClass."""
    counts = Counter(row.cameo_root for row in rows)
    quads = {row.cameo_root: row.quad_class for row in rows}
    return [
        Count(f"{root} {names.get(root, '')}".strip(), counts[root], quad_class=quads[root])
        for root in sorted(counts)
    ]


def plover_types(rows: Sequence[EventRow]) -> list[Count]:
    """Events per PLOVER type, most frequent first, with their CAMEO roots for the hover."""
    counts = Counter(row.plover_type for row in rows)
    roots: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        roots[row.plover_type][row.cameo_root] += 1
    return [
        Count(kind, n, "CAMEO " + ", ".join(sorted(roots[kind])))
        for kind, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def most_mentioned(rows: Sequence[EventRow], limit: int) -> list[EventRow]:
    """The events a page can draw one by one: all of them, or the `limit` most mentioned
    (then latest first, then by id), in their original order."""
    if len(rows) <= limit:
        return list(rows)
    ranked = sorted(
        range(len(rows)),
        key=lambda i: (-rows[i].num_mentions, -(rows[i].date or dt.date.min).toordinal(),
                       rows[i].event_id),
    )  # fmt: skip
    return [rows[i] for i in sorted(ranked[:limit])]


def prepare(
    events: Iterable[Mapping[str, Any]],
    outlets: Mapping[str, Sequence[str]],
    *,
    title: str,
    top: int = 15,
    max_events: int = MAX_EVENTS,
    root_names: Mapping[str, str] | None = None,
    notes: Mapping[str, Any] | None = None,
) -> ReportData:
    """Everything the report draws, from event records and each event's outlets.

    Counts, months, places, actors and types cover every event; the timeline's markers and
    the table hold at most `max_events`, so a big build still gives a page a browser opens.
    """
    rows = event_rows(events, outlets)
    return ReportData(
        title=title,
        events=most_mentioned(rows, max_events),
        total_events=len(rows),
        monthly=monthly_counts(rows),
        places=places(rows),
        top_actors=top_actors(rows, top),
        top_dyads=top_dyads(rows, top),
        cameo_roots=cameo_roots(rows, cameo_root_names() if root_names is None else root_names),
        plover_types=plover_types(rows),
        notes=dict(notes or {}),
    )


def event_outlets(mentions: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """event_id -> the outlets of its mentions (the outlet name, else the URL's host), sorted."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        outlet = _text(m.get("outlet")) or _host(_text(m.get("url")))
        if m.get("event_id") and outlet:
            found[m["event_id"]].add(outlet)
    return {event_id: sorted(names) for event_id, names in found.items()}


def load(
    folder: Path, *, top: int = 15, title: str | None = None, max_events: int = MAX_EVENTS
) -> ReportData:
    """The report's data from a build folder (events, the mentions' outlets, the manifest)."""
    if not (folder / EVENTS_DIR).is_dir():
        raise UsageError(f"{folder} holds no events/ folder; build into it first")
    events = read_events(folder).to_pylist()
    mentions_path = folder / "mentions.parquet"
    mentions = (
        pq.read_table(mentions_path, columns=["event_id", "outlet", "url"]).to_pylist()
        if mentions_path.is_file()
        else []
    )
    notes: dict[str, Any] = {}
    manifest = folder / "manifest.json"
    if manifest.is_file():
        try:
            document = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            document = {}
        if isinstance(document, dict):
            notes = {
                k: document[k] for k in ("built_at", "tool_version", "counts") if k in document
            }
    return prepare(
        events,
        event_outlets(mentions),
        title=title or f"timeline report: {folder.resolve().name}",
        top=top,
        max_events=max_events,
        notes=notes,
    )
