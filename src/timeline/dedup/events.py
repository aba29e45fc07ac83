"""Event deduplication: mentions of the same happening become one event.

The work is done on columns (`clusters`, `event_table`) so that a build clusters millions of
mentions in seconds; `cluster_events` wraps it for records (one article, notebooks, tests).
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl
import pyarrow as pa

from timeline.dedup.clusters import KEY_COLUMNS, cluster_mentions
from timeline.dedup.event_table import SourceInfo, carrier_frame, event_table
from timeline.models import Event, Mention
from timeline.store.arrow_schema import arrow_schema, to_table

__all__ = ["KEY_COLUMNS", "SourceInfo", "cluster_events", "dedup_mentions"]

MENTION_SCHEMA = arrow_schema(Mention)


def dedup_mentions(mentions: pa.Table, carriers: pl.DataFrame) -> tuple[pa.Table, pa.Table]:
    """Events of a mentions table, and the mentions with their event id, sorted by mention id."""
    frame = pl.from_arrow(mentions)
    assert isinstance(frame, pl.DataFrame)
    members, clusters = cluster_mentions(frame.select(KEY_COLUMNS))
    frame = frame.with_row_index("idx")
    events = event_table(frame, members, clusters, carriers)
    linked = mentions.set_column(
        mentions.schema.get_field_index("event_id"),
        mentions.schema.field("event_id"),
        members.get_column("event_id").to_arrow().cast(pa.string()),
    ).sort_by("mention_id")
    return events, linked


def cluster_events(
    mentions: Iterable[Mention], sources: dict[str, list[SourceInfo]]
) -> tuple[list[Event], list[Mention]]:
    """Merge mentions into events; returns the events and the mentions with their event_id.

    `sources` maps a kept article's id to every article that carries it (itself and its
    duplicates), so syndicated copies count as extra articles and sources.
    """
    table = to_table(list(mentions), MENTION_SCHEMA)
    events, linked = dedup_mentions(table, carrier_frame(sources))
    return (
        [Event.model_validate(row) for row in events.to_pylist()],
        [Mention.model_validate(row) for row in linked.to_pylist()],
    )
