"""The seed article's gold (`required` / `optional` / `forbidden`), turned into one gold record.

Its required events become bench-format events (countries as one-actor lists, any listed value
right); the article is read through the normal ingest, as a build would read it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline.evaluate.gold import (
    GoldEvent,
    GoldFile,
    GoldFormatError,
    GoldLocation,
    GoldRecord,
    parse_event,
    sha256_of,
)
from timeline.ingest import IngestOptions, iter_inputs
from timeline.models import Article


def load_seed(path: Path) -> GoldFile:
    """Load a seed gold file and the article it names (relative to the gold file)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(path, f"not JSON ({exc.msg})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("required"), list):
        raise GoldFormatError(path, "a seed gold file is an object with a 'required' list")
    article = _read_article(path, raw.get("article"))
    events = []
    for number, spec in enumerate(raw["required"], start=1):
        try:
            events.append(seed_event(spec))
        except (ValueError, TypeError) as exc:
            raise GoldFormatError(path, f"required event {number}: {exc}") from exc
    published = raw.get("published")
    record = GoldRecord(
        id=str(raw.get("article", path.name)),
        text=article.text,
        published=dt.date.fromisoformat(published) if published else article.published,
        events=tuple(events),
        input_path=article.input_path,
        record=article.record,
    )
    return GoldFile(path, "seed", sha256_of(path), (record,))


def _read_article(path: Path, name: Any) -> Article:
    if not isinstance(name, str):
        raise GoldFormatError(path, "'article' must name the article file beside the gold file")
    first = next(iter_inputs([str(path.parent / name)], IngestOptions()), None)
    if not isinstance(first, Article):
        reason = first.reason if first is not None else "no article found"
        raise GoldFormatError(path, f"its article {name} cannot be read ({reason})")
    return first


def _side(value: Any) -> list[dict[str, Any]] | None:
    if value is None:
        return None
    values = value if isinstance(value, list) else [value]
    return [{"country": c} for c in values]


def seed_event(spec: dict[str, Any]) -> GoldEvent:
    """A required seed event as a bench event: the fields it gives, nothing more."""
    bench: dict[str, Any] = {
        key: spec[key]
        for key in ("cameo_roots", "quad_class", "date", "date_precision", "modality")
        if key in spec
    }
    for side in ("source", "target"):
        actors = _side(spec.get(f"{side}_country"))
        if actors is not None:
            bench[side] = actors
    event = parse_event(bench)
    location = None
    if "location_name" in spec or "location_country" in spec:
        location = GoldLocation(
            name=spec.get("location_name"), country=spec.get("location_country")
        )
    return replace(
        event,
        location=location,
        location_given=location is not None,
        label=spec.get("id"),
        min_mentions=int(spec.get("min_mentions", 1)),
    )
