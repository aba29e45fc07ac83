"""Summaries of a build for `timeline stats`: events by month, top actors, dyads, event types."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from timeline.store.validate import read_events


def summarise(folder: Path, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Titled tables, each a list of rows (column -> value)."""
    events = read_events(folder).to_pylist()
    by_month = Counter(
        f"{e['year']}-{e['month']}" if e["year"] != "unknown" else "unknown" for e in events
    )
    actors: Counter[str] = Counter()
    for e in events:
        for side in ("source", "target"):
            code = e[f"{side}_actor_code"]
            if code:
                actors[code] += e["num_mentions"]
    dyads = Counter(
        f"{e['source_actor_code'] or '?'} -> {e['target_actor_code'] or '?'}" for e in events
    )
    types = Counter(
        f"{e['cameo_root']} {e['plover_type']} (quad {e['quad_class']})" for e in events
    )

    def rows(counter: Counter[str], label: str, limit: int | None) -> list[dict[str, Any]]:
        items = counter.most_common(limit) if limit else sorted(counter.items())
        return [{label: key, "events": count} for key, count in items]

    return {
        "events by month": rows(by_month, "month", None),
        "top actors (by mentions)": [
            {"actor": key, "mentions": n} for key, n in actors.most_common(top)
        ],
        "top dyads": rows(dyads, "dyad", top),
        "event types": rows(types, "type", top),
    }
