"""Check an output folder against the data contract of DESIGN.md."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from timeline.models import SCHEMA_VERSION
from timeline.store.daily import DAILY_DIR
from timeline.store.parquet import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    EVENTS_DIR,
    MENTION_SCHEMA,
    REJECT_SCHEMA,
)

CONTRACT_EVENT_COLUMNS = (
    "event_id",
    "event_date",
    "date_precision",
    "date_text",
    "source_actor",
    "source_country",
    "source_role",
    "source_actor_code",
    "target_actor",
    "target_country",
    "target_role",
    "target_actor_code",
    "cameo_code",
    "cameo_root",
    "action",
    "plover_type",
    "goldstein",
    "quad_class",
    "modality",
    "location_name",
    "location_country",
    "location_admin1",
    "geonames_id",
    "latitude",
    "longitude",
    "geo_precision",
    "num_mentions",
    "num_articles",
    "num_sources",
    "first_seen",
    "last_seen",
    "source_url",
    "confidence",
    "evidence",
)
CONTRACT_MENTION_COLUMNS = (
    "mention_id",
    "event_id",
    "article_id",
    "sentence_index",
    "sentence",
    "char_start",
    "char_end",
)
CONTRACT_ARTICLE_COLUMNS = (
    "article_id",
    "input_path",
    "record",
    "url",
    "title",
    "outlet",
    "published",
    "language",
    "status",
    "duplicate_of",
    "reason",
    "n_sentences",
    "n_mentions",
)
HIVE = ds.partitioning(pa.schema([("year", pa.string()), ("month", pa.string())]), flavor="hive")


def read_events(out: Path) -> pa.Table:
    """The events dataset with its year and month partition columns."""
    return ds.dataset(out / EVENTS_DIR, format="parquet", partitioning=HIVE).to_table()


def _check_columns(
    name: str, table_schema: pa.Schema, expected: pa.Schema, contract: tuple[str, ...]
) -> list[str]:
    problems = [
        f"{name}: contract column {c!r} is missing" for c in contract if c not in table_schema.names
    ]
    for field in expected:
        if field.name in table_schema.names:
            actual = table_schema.field(field.name).type
            if actual != field.type:
                problems.append(f"{name}: column {field.name!r} is {actual}, expected {field.type}")
    return problems


def validate_output(out: Path) -> list[str]:
    """Every way `out` breaks the contract, as one line each; empty when it is sound."""
    problems: list[str] = []
    for name in ("mentions.parquet", "articles.parquet", "rejects.parquet", "manifest.json"):
        if not (out / name).is_file():
            problems.append(f"{name} is missing")
    for folder in (EVENTS_DIR, DAILY_DIR):
        if not (out / folder).is_dir():
            problems.append(f"{folder}/ is missing")
    if problems:
        return problems
    events = read_events(out)
    problems += _check_columns("events", events.schema, EVENT_SCHEMA, CONTRACT_EVENT_COLUMNS)
    mentions = pq.read_table(out / "mentions.parquet")
    problems += _check_columns(
        "mentions", mentions.schema, MENTION_SCHEMA, CONTRACT_MENTION_COLUMNS
    )
    articles = pq.read_table(out / "articles.parquet")
    problems += _check_columns(
        "articles", articles.schema, ARTICLE_SCHEMA, CONTRACT_ARTICLE_COLUMNS
    )
    rejects = pq.read_table(out / "rejects.parquet")
    problems += _check_columns("rejects", rejects.schema, REJECT_SCHEMA, ())
    if problems:
        return problems

    event_ids = events.column("event_id").to_pylist()
    if len(event_ids) != len(set(event_ids)):
        problems.append("events: event_id is not unique")
    orphans = set(mentions.column("event_id").to_pylist()) - set(event_ids)
    if orphans:
        problems.append(f"mentions: {len(orphans)} event_id values have no event")
    # Imported events (source_system other than 'timeline') count their source's mentions,
    # which have no rows in mentions.parquet.
    systems = (
        events.column("source_system").to_pylist()
        if "source_system" in events.schema.names
        else ["timeline"] * events.num_rows
    )
    mention_total = sum(
        n
        for n, system in zip(events.column("num_mentions").to_pylist(), systems, strict=True)
        if system in (None, "timeline")
    )
    if mention_total != mentions.num_rows:
        problems.append(
            f"events count {mention_total} mentions but mentions.parquet has {mentions.num_rows}"
        )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("schema_version") != SCHEMA_VERSION:
        problems.append(
            f"manifest schema_version {manifest.get('schema_version')!r} is not {SCHEMA_VERSION!r}"
        )
    return problems
