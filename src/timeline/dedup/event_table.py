"""The events table of a build, made from its mentions and clusters on columns, not records.

An event takes its coding from its most confident mention, its date from its finest-dated one and
its place from its most precisely placed one; it counts the article copies that carry any of its
mentions (a syndicated copy is another article and maybe another outlet).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl
import pyarrow as pa

from timeline.models import Event
from timeline.store.arrow_schema import arrow_schema

EVENT_SCHEMA = arrow_schema(Event)
CODED_FIELDS = (
    "source_actor", "source_country", "source_role", "source_actor_code",
    "target_actor", "target_country", "target_role", "target_actor_code",
    "cameo_code", "cameo_root", "action", "plover_type", "goldstein", "quad_class", "modality",
    "confidence",
)  # fmt: skip
PLACE_FIELDS = (
    "location_name", "location_country", "location_admin1", "geonames_id",
    "latitude", "longitude", "geo_precision",
)  # fmt: skip
DATE_FIELDS = ("event_date", "date_precision", "date_text")
CARRIER_SCHEMA = {
    "carrier": pl.String,  # the kept article's id, as the mentions name it
    "article_id": pl.String,  # the copy's id (a duplicate keeps the id of its own text)
    "where": pl.String,  # input path and record: exact copies share an id but not a place
    "outlet": pl.String,
    "url": pl.String,
    "published": pl.Date,
}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article that carries a mention: the kept copy or one of its duplicates."""

    article_id: str
    where: str
    outlet: str | None
    url: str | None
    published: dt.date | None


def carrier_frame(sources: dict[str, list[SourceInfo]]) -> pl.DataFrame:
    """The article copies that carry each kept article, as a table."""
    rows = [
        (carrier, i.article_id, i.where, i.outlet, i.url, i.published)
        for carrier, infos in sources.items()
        for i in infos
    ]
    return pl.DataFrame(rows, schema=CARRIER_SCHEMA, orient="row")


def _own_carriers(mentions: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """Articles missing from the books carry themselves, described by their mentions."""
    missing = mentions.join(known.select("carrier"), left_on="article_id", right_on="carrier",
                            how="anti")  # fmt: skip
    return (
        missing.sort("mention_id")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("outlet", "url", "published").first())
        .select(
            pl.col("article_id").alias("carrier"),
            "article_id",
            pl.col("article_id").alias("where"),
            "outlet",
            "url",
            "published",
        )
        .cast(CARRIER_SCHEMA)  # type: ignore[arg-type]
    )


def _carried(mentions: pl.DataFrame, members: pl.DataFrame, carriers: pl.DataFrame) -> pl.DataFrame:
    """Per event: how many copies and outlets carry it, when it was first and last seen."""
    carriers = pl.concat([carriers, _own_carriers(mentions, carriers)])
    pairs = (
        members.join(mentions.select("idx", "article_id"), on="idx")
        .select("event_id", "article_id")
        .unique()
    )
    copies = (
        pairs.join(carriers, left_on="article_id", right_on="carrier", suffix="_copy")
        .select(
            "event_id",
            pl.col("article_id_copy").alias("article_id"),
            "where",
            "outlet",
            "url",
            "published",
        )
        .unique(subset=["event_id", "where"], keep="first", maintain_order=False)
    )
    return copies.group_by("event_id").agg(
        pl.col("where").n_unique().cast(pl.Int64).alias("num_articles"),
        pl.coalesce("outlet", "where").n_unique().cast(pl.Int64).alias("num_sources"),
        pl.col("published").min().alias("first_seen"),
        pl.col("published").max().alias("last_seen"),
        pl.col("url")
        .sort_by([pl.col("published").is_null(), "published", "where"])
        .first()
        .alias("source_url"),
        pl.col("article_id").unique().sort().alias("article_ids"),
    )


def _defaults(names: Iterable[str], rows: int) -> dict[str, pl.Series]:
    """Event columns that no mention carries, at the model's default (e.g. a constant)."""
    filled = {}
    for name in names:
        default = Event.model_fields[name].get_default(call_default_factory=True)
        filled[name] = pl.Series(name, [default] * rows)
    return filled


def event_table(
    mentions: pl.DataFrame, members: pl.DataFrame, clusters: pl.DataFrame, carriers: pl.DataFrame
) -> pa.Table:
    """One row per cluster, sorted by event id, in the events schema.

    `mentions` has an `idx` column (the row index the clusters point at), `members` maps idx to
    event_id, `clusters` names the representatives, `carriers` comes from `carrier_frame`.
    """
    by_idx = mentions.sort("idx")

    def take(rep: str, fields: Iterable[str]) -> pl.DataFrame:
        return by_idx.select(pl.col(*fields).gather(clusters.get_column(rep)))

    mention_ids = (
        members.join(by_idx.select("idx", "mention_id"), on="idx")
        .group_by("event_id")
        .agg(pl.col("mention_id").sort().alias("mention_ids"))
    )
    events = pl.concat(
        [
            clusters.select("event_id", "num_mentions"),
            take("best", CODED_FIELDS),
            take("best", ["sentence"]).rename({"sentence": "evidence"}),
            take("placed", PLACE_FIELDS),
            take("dated", DATE_FIELDS),
        ],
        how="horizontal",
    )
    events = events.join(_carried(by_idx, members, carriers), on="event_id", how="left")
    events = events.join(mention_ids, on="event_id", how="left").sort("event_id")
    missing = [f.name for f in EVENT_SCHEMA if f.name not in events.columns]
    events = events.with_columns(**_defaults(missing, events.height))
    table = events.select([f.name for f in EVENT_SCHEMA]).to_arrow()
    checked = table.cast(EVENT_SCHEMA)
    _check_counts(checked)
    return checked


def _check_counts(table: pa.Table) -> None:
    """The derived columns keep the model's promises (the copied ones were validated before)."""
    for name in ("num_mentions", "num_articles", "num_sources"):
        column = table.column(name)
        if column.null_count or (len(column) and pa.compute.min(column).as_py() < 1):
            raise ValueError(f"events: {name} must be at least 1 in every row")
    for field in EVENT_SCHEMA:
        if not field.nullable and table.column(field.name).null_count:
            raise ValueError(f"events: {field.name} has missing values")
