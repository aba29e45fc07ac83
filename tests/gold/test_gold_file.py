"""Shape checks for the project's hand-coded gold standards, tests/gold/wire.jsonl and
tests/gold/heldout.jsonl (coverage minimums: wire.jsonl only).

Standard library only. These tests check the file, never the tool: they keep the gold consistent
with its README and with the CAMEO codebook the project ships.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from timeline.normalise.actor_data import ROLES

HERE = Path(__file__).resolve().parent
GOLD = HERE / "wire.jsonl"
HELD_OUT = HERE / "heldout.jsonl"
CODEBOOK = HERE.parents[1] / "src" / "timeline" / "reference" / "data" / "cameo_codes.json"

RECORD_KEYS = {"id", "text", "published", "events", "origin"}
EVENT_KEYS = {
    "source",
    "target",
    "cameo_code",
    "cameo_root",
    "cameo_roots",
    "plover_type",
    "quad_class",
    "date",
    "date_precision",
    "modality",
}
EVENT_OPTIONAL = {"location"}
ACTOR_KEYS = {"country", "role", "text"}
LOCATION_KEYS = {"name", "country", "admin1", "latitude", "longitude"}
MODALITIES = {"asserted", "alleged", "negated", "planned", "hypothetical"}
ROOTS = [f"{i:02d}" for i in range(1, 21)]
COUNTRY = re.compile(r"^[A-Z]{3}$")
ID = re.compile(r"^(wire|heldout)-\d{4}$")
DATE_FORMS = {
    "day": (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "%Y-%m-%d"),
    "month": (re.compile(r"^\d{4}-\d{2}$"), "%Y-%m"),
    "year": (re.compile(r"^\d{4}$"), "%Y"),
}

MIN_RECORDS = 160
MIN_PER_ROOT = 5
MIN_PER_MODALITY = 8
MIN_EMPTY = 15


def quad_class_of(root: str) -> int:
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def load_records(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            assert line.strip(), f"line {lineno} is blank"
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"line {lineno} is not valid JSON: {exc}")
    return records


RECORDS = load_records(GOLD)
EVENTS = [(r["id"], e) for r in RECORDS for e in r.get("events", [])]
ALL_RECORDS = RECORDS + load_records(HELD_OUT)
ALL_EVENTS = [(r["id"], e) for r in ALL_RECORDS for e in r.get("events", [])]


def load_codebook() -> dict[str, dict[str, Any]]:
    data = json.loads(CODEBOOK.read_text(encoding="utf-8"))
    return {entry["code"]: entry for entry in data["entries"]}


def check_actor(rid: str, actor: Any) -> None:
    assert isinstance(actor, dict), f"{rid}: actor is not an object"
    assert set(actor) == ACTOR_KEYS, f"{rid}: actor keys {sorted(actor)}"
    country = actor["country"]
    assert country is None or country == "IGO" or COUNTRY.match(country), (
        f"{rid}: bad country {country!r}"
    )
    assert actor["role"] is None or actor["role"] in ROLES, f"{rid}: bad role {actor['role']!r}"
    if country == "IGO":
        assert actor["role"] == "IGO", f"{rid}: an IGO actor must have role IGO"
    assert isinstance(actor["text"], str) and actor["text"].strip(), f"{rid}: empty actor text"


def test_file_has_enough_records() -> None:
    assert len(RECORDS) >= MIN_RECORDS


def test_record_keys_and_ids() -> None:
    seen: set[str] = set()
    for r in ALL_RECORDS:
        assert set(r) == RECORD_KEYS, f"{r.get('id')}: keys {sorted(r)}"
        assert ID.match(r["id"]), f"bad id {r['id']!r}"
        assert r["id"] not in seen, f"duplicate id {r['id']}"
        seen.add(r["id"])
        assert isinstance(r["text"], str) and r["text"].strip(), f"{r['id']}: empty text"
        assert isinstance(r["events"], list), f"{r['id']}: events is not a list"
        assert isinstance(r["origin"], str) and "CC0" in r["origin"], f"{r['id']}: origin"
        if r["published"] is not None:
            dt.datetime.strptime(r["published"], "%Y-%m-%d")


@pytest.mark.parametrize(
    "rid,event", ALL_EVENTS, ids=[f"{rid}-{i}" for i, (rid, _) in enumerate(ALL_EVENTS)]
)
def test_event_shape(rid: str, event: dict[str, Any]) -> None:
    keys = set(event)
    assert keys >= EVENT_KEYS, f"{rid}: missing {sorted(EVENT_KEYS - keys)}"
    assert keys <= EVENT_KEYS | EVENT_OPTIONAL, f"{rid}: extra {sorted(keys - EVENT_KEYS)}"

    assert isinstance(event["source"], list) and event["source"], f"{rid}: no source"
    assert isinstance(event["target"], list), f"{rid}: target is not a list"
    for actor in event["source"] + event["target"]:
        check_actor(rid, actor)
    sources = {(a["country"], a["role"], a["text"]) for a in event["source"]}
    targets = {(a["country"], a["role"], a["text"]) for a in event["target"]}
    assert not sources & targets, f"{rid}: the same actor is source and target"

    code, root = event["cameo_code"], event["cameo_root"]
    assert root in ROOTS, f"{rid}: bad root {root!r}"
    assert code[:2] == root, f"{rid}: root {root} is not the prefix of {code}"
    roots = event["cameo_roots"]
    assert isinstance(roots, list) and roots, f"{rid}: cameo_roots empty"
    assert root in roots, f"{rid}: cameo_roots lacks the event's own root"
    assert len(set(roots)) == len(roots), f"{rid}: duplicate roots"
    assert all(x in ROOTS for x in roots), f"{rid}: bad roots {roots}"
    assert event["quad_class"] == quad_class_of(root), f"{rid}: quad_class for root {root}"

    assert event["modality"] in MODALITIES, f"{rid}: bad modality {event['modality']!r}"

    precision, date = event["date_precision"], event["date"]
    if precision == "unknown":
        assert date is None, f"{rid}: date given with precision unknown"
    else:
        assert precision in DATE_FORMS, f"{rid}: bad precision {precision!r}"
        pattern, fmt = DATE_FORMS[precision]
        assert isinstance(date, str) and pattern.match(date), f"{rid}: {date!r} not {precision}"
        dt.datetime.strptime(date, fmt)

    if "location" in event:
        loc = event["location"]
        assert set(loc) == LOCATION_KEYS, f"{rid}: location keys {sorted(loc)}"
        assert isinstance(loc["name"], str) and loc["name"], f"{rid}: location without name"
        assert loc["country"] is None or COUNTRY.match(loc["country"]), f"{rid}: location country"
        assert -90 <= loc["latitude"] <= 90 and -180 <= loc["longitude"] <= 180, f"{rid}: coords"
        for value in (loc["latitude"], loc["longitude"]):
            assert round(value, 2) == value, f"{rid}: coordinates have more than 2 decimals"


def test_events_follow_the_codebook() -> None:
    codebook = load_codebook()
    for rid, e in ALL_EVENTS:
        entry = codebook.get(e["cameo_code"])
        assert entry is not None, f"{rid}: {e['cameo_code']} not in the codebook"
        assert e["plover_type"] == entry["plover"], f"{rid}: plover for {e['cameo_code']}"
        assert e["quad_class"] == entry["quad_class"], f"{rid}: quad_class for {e['cameo_code']}"


def test_past_events_are_not_dated_after_publication() -> None:
    for r in ALL_RECORDS:
        if r["published"] is None:
            continue
        for e in r["events"]:
            if e["date"] is None or e["modality"] in ("planned", "hypothetical"):
                continue
            assert e["date"] <= r["published"][: len(e["date"])], (
                f"{r['id']}: {e['date']} is after publication {r['published']}"
            )


def test_coverage_minimums() -> None:
    roots = collections.Counter(e["cameo_root"] for _, e in EVENTS)
    for root in ROOTS:
        assert roots[root] >= MIN_PER_ROOT, f"root {root}: only {roots[root]} events"
    modalities = collections.Counter(e["modality"] for _, e in EVENTS)
    for modality in MODALITIES:
        assert modalities[modality] >= MIN_PER_MODALITY, f"{modality}: {modalities[modality]}"
    assert sum(1 for r in RECORDS if not r["events"]) >= MIN_EMPTY
    for precision in ("day", "month", "year", "unknown"):
        assert any(e["date_precision"] == precision for _, e in EVENTS), precision
    assert any(r["published"] is None for r in RECORDS)
