"""Gold files: load and validate them into typed records, so scoring never guesses at a format.

Two formats: the bench's JSON Lines (one sentence or article a line, with its gold events) and the
seed article's gold (`required` / `optional` / `forbidden`, pointing at the article file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import UsageError
from timeline.evaluate.codes import plover_2021

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISIONS = ("day", "month", "year", "unknown")
MODALITIES = ("asserted", "alleged", "negated", "planned", "hypothetical")
EVENT_KEYS = frozenset(
    {
        "source", "target", "plover_type", "cameo_code", "cameo_root", "cameo_roots",
        "quad_class", "date", "date_precision", "location", "modality",
    }
)  # fmt: skip


class GoldFormatError(UsageError):
    """A gold file that does not follow the bench format: names the line and what to fix.

    A usage error: every gold file is loaded before any extraction, so a bad one stops the run.
    """

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"gold file {where}: {reason}; fix the gold file (see bench/README.md)")


@dataclass(frozen=True)
class GoldActor:
    """One actor the gold lists on a side; a side may list several (any of them is right)."""

    country: str | None
    role: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class GoldLocation:
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class GoldEvent:
    """One gold event. `None` means the gold does not code the field.

    `source`/`target` = () means "no such actor"; `dates` = () means "the text gives no date";
    `location_given` with `location` None means "no place should be extracted".
    """

    source: tuple[GoldActor, ...] | None = None
    target: tuple[GoldActor, ...] | None = None
    plover_type: str | None = None  # on the 2021 names
    plover_given: str | None = None  # as the gold wrote it
    cameo_code: str | None = None
    cameo_roots: tuple[str, ...] = ()
    quad_class: int | None = None
    dates: tuple[str, ...] | None = None
    date_precision: str | None = None
    location: GoldLocation | None = None
    location_given: bool = False
    modality: str | None = None
    label: str | None = None
    min_mentions: int = 1


@dataclass(frozen=True)
class GoldRecord:
    """A text to extract from, with its gold events (none: anything extracted is wrong)."""

    id: str
    text: str
    published: dt.date | None
    events: tuple[GoldEvent, ...]
    input_path: str
    record: int | None


@dataclass(frozen=True)
class GoldFile:
    path: Path
    kind: str  # "bench" or "seed"
    sha256: str
    records: tuple[GoldRecord, ...]
    ignored_fields: tuple[str, ...] = field(default=())


def sha256_of(path: Path) -> str:
    """The file's SHA-256: the gate pins it, so a changed gold file is noticed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_gold(path: Path) -> GoldFile:
    """Load a gold file of either format (the seed format is a JSON object with `required`)."""
    if not path.is_file():
        raise GoldFormatError(path, "not found")
    if path.suffix == ".json":
        from timeline.evaluate.seed import load_seed  # the seed format reads its article via ingest

        return load_seed(path)
    return _load_bench(path)


def _load_bench(path: Path) -> GoldFile:
    records: list[GoldRecord] = []
    ignored: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(path, f"not JSON ({exc.msg})", number) from exc
            records.append(_bench_record(path, number, raw, ignored))
    if not records:
        raise GoldFormatError(path, "holds no record")
    return GoldFile(path, "bench", sha256_of(path), tuple(records), tuple(sorted(ignored)))


def _bench_record(path: Path, line: int, raw: Any, ignored: set[str]) -> GoldRecord:
    def fail(reason: str) -> GoldFormatError:
        return GoldFormatError(path, reason, line)

    if not isinstance(raw, dict):
        raise fail("a line must be a JSON object")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail("'text' must be a non-empty string")
    events = raw.get("events")
    if not isinstance(events, list):
        raise fail("'events' must be a list (empty when nothing is codable)")
    parsed = []
    for event in events:
        if not isinstance(event, dict):
            raise fail("each event must be an object")
        ignored.update(k for k in event if k not in EVENT_KEYS)
        try:
            parsed.append(parse_event(event))
        except ValueError as exc:
            raise fail(str(exc)) from exc
    return GoldRecord(
        id=str(raw.get("id", line)),
        text=text,
        published=_published(raw.get("published"), fail),
        events=tuple(parsed),
        input_path=str(path),
        record=line,
    )


def _published(value: Any, fail: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise fail(f"'published' {value!r} is not YYYY-MM-DD") from exc


def parse_event(raw: Mapping[str, Any]) -> GoldEvent:
    """One gold event in the bench format; raises ValueError naming the bad field."""
    plover = _opt_str(raw, "plover_type")
    code = _opt_str(raw, "cameo_code")
    roots = raw.get("cameo_roots") or ([raw["cameo_root"]] if raw.get("cameo_root") else [])
    if not roots and code:
        roots = [code[:2]]
    if not isinstance(roots, list) or not all(
        isinstance(r, str) and re.fullmatch(r"\d{2}", r) for r in roots
    ):
        raise ValueError(f"cameo roots {roots!r} must be two-digit strings")
    quad = raw.get("quad_class")
    if quad is not None and quad not in (1, 2, 3, 4):
        raise ValueError(f"quad_class {quad!r} must be 1 to 4")
    precision = _opt_str(raw, "date_precision")
    if precision is not None and precision not in PRECISIONS:
        raise ValueError(f"date_precision {precision!r} must be one of {PRECISIONS}")
    modality = _opt_str(raw, "modality")
    if modality is not None and modality not in MODALITIES:
        raise ValueError(f"modality {modality!r} must be one of {MODALITIES}")
    return GoldEvent(
        source=_actors(raw, "source"),
        target=_actors(raw, "target"),
        plover_type=plover_2021(plover) if plover else None,
        plover_given=plover,
        cameo_code=code,
        cameo_roots=tuple(roots),
        quad_class=quad,
        dates=_dates(raw),
        date_precision=precision,
        location=_location(raw.get("location")),
        location_given="location" in raw,
        modality=modality,
    )


def _opt_str(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} {value!r} must be a string")
    return value


def _actors(raw: Mapping[str, Any], key: str) -> tuple[GoldActor, ...] | None:
    if key not in raw:
        return None
    value = raw[key]
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        raise ValueError(f"{key} must be a list of actor objects")
    return tuple(
        GoldActor(_opt_str(a, "country"), _opt_str(a, "role"), _opt_str(a, "text")) for a in value
    )


def _dates(raw: Mapping[str, Any]) -> tuple[str, ...] | None:
    if "date" not in raw:
        return None
    value = raw["date"]
    values = [] if value is None else value if isinstance(value, list) else [value]
    for date in values:
        if not isinstance(date, str) or not DATE.match(date):
            raise ValueError(f"date {date!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
    return tuple(values)


def _location(value: Any) -> GoldLocation | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("location must be an object or null")
    lat, lon = value.get("latitude"), value.get("longitude")
    for number in (lat, lon):
        if number is not None and not isinstance(number, int | float):
            raise ValueError(f"location coordinate {number!r} must be a number")
    return GoldLocation(
        name=_opt_str(value, "name"),
        country=_opt_str(value, "country"),
        admin1=_opt_str(value, "admin1"),
        latitude=None if lat is None else float(lat),
        longitude=None if lon is None else float(lon),
    )
