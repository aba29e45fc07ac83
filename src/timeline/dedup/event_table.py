"""The events table of a build, made from its mentions and clusters on columns, not records.

An event takes its coding from its most confident mention, its date from its finest-dated one and
its place from its most precisely placed one; it counts the article copies that carry any of its
mentions (a syndicated copy is another article and maybe another outlet).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl
import pyarrow as pa

from timeline.store.parquet import EVENT_SCHEMA, MENTION_SCHEMA, conform_events

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


def own_carriers(mentions: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """Articles missing from `known` carry themselves, described by their mentions.

    A build knows every article; this is for mentions given without their articles.
    """
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


def _carried(keys: pl.DataFrame, members: pl.DataFrame, carriers: pl.DataFrame) -> pl.DataFrame:
    """Per event: how many copies and outlets carry it, when it was first and last seen."""
    pairs = (
        members.join(keys.select("idx", "article_id"), on="idx")
        .select("cluster", "article_id")
        .unique()
    )
    copies = (
        pairs.join(carriers, left_on="article_id", right_on="carrier", suffix="_copy")
        .select(
            "cluster",
            pl.col("article_id_copy").alias("article_id"),
            "where",
            "outlet",
            "url",
            "published",
        )
        .unique(subset=["cluster", "where"], keep="first", maintain_order=False)
    )
    return copies.group_by("cluster").agg(
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


REP_COLUMNS = sorted({*CODED_FIELDS, *PLACE_FIELDS, *DATE_FIELDS, "sentence"})


@dataclass(frozen=True)
class Representatives:
    """The mention rows that give some event its coding, date or place (Arrow, compact)."""

    indexes: np.ndarray  # sorted row numbers of the mentions kept
    rows: pa.Table  # row i is mention indexes[i], in `REP_COLUMNS`

    def take(self, wanted: pl.Series, fields: Sequence[str]) -> pa.Table:
        """The fields of the mentions numbered `wanted`, in that order."""
        positions = np.searchsorted(self.indexes, wanted.to_numpy())
        return self.rows.select(list(fields)).take(pa.array(positions))


def representatives(tables: Iterable[pa.Table], clusters: pl.DataFrame) -> Representatives:
    """The representative rows of every cluster, from the mentions in row order (as batches
    of `REP_COLUMNS`): the whole mentions table is never in memory at once."""
    chosen = pl.concat([clusters.get_column(rep) for rep in ("best", "dated", "placed")])
    indexes = np.unique(chosen.to_numpy()).astype(np.int64)
    kept, offset = [], 0
    for table in tables:
        low, high = np.searchsorted(indexes, [offset, offset + table.num_rows])
        kept.append(table.take(pa.array(indexes[low:high] - offset)))
        offset += table.num_rows
    empty = pa.schema([MENTION_SCHEMA.field(name) for name in REP_COLUMNS]).empty_table()
    return Representatives(indexes, pa.concat_tables(kept) if kept else empty)


def event_table(
    keys: pl.DataFrame,
    reps: Representatives,
    members: pl.DataFrame,
    clusters: pl.DataFrame,
    carriers: pl.DataFrame,
) -> pa.Table:
    """One row per cluster in the events schema, in stored order (see `store.parquet`).

    `keys` has `idx`, `mention_id` and `article_id` of every mention; `reps` the representative
    rows; `members` maps idx to cluster, `clusters` names the representatives, `carriers` comes
    from `carrier_frame`. Counts and lists are computed in polars; the wide columns are taken
    in Arrow, where short strings cost less.
    """
    mention_ids = (
        members.join(keys.select("idx", "mention_id"), on="idx")
        .group_by("cluster")
        .agg(pl.col("mention_id").sort().alias("mention_ids"))
    )
    dated_day = reps.take(clusters.get_column("dated"), ["event_date"]).column("event_date")
    # the narrow columns first, sorted into stored order; the wide ones are taken in it
    narrow = (
        clusters.with_columns(pl.from_arrow(dated_day).alias("event_date"))  # type: ignore[union-attr]
        .join(_carried(keys, members, carriers), on="cluster", how="left")
        .join(mention_ids, on="cluster", how="left")
        .sort(
            pl.col("event_date").dt.year(),
            pl.col("event_date").dt.month(),
            pl.coalesce("event_date", "first_seen"),
            "event_id",
            nulls_last=True,
        )
    )
    del mention_ids
    columns: dict[str, pa.ChunkedArray | pa.Array] = {}
    for rep, fields in (("best", CODED_FIELDS), ("placed", PLACE_FIELDS), ("dated", DATE_FIELDS)):
        taken = reps.take(narrow.get_column(rep), fields)
        columns.update({name: taken.column(name) for name in fields})
    columns["evidence"] = reps.take(narrow.get_column("best"), ["sentence"]).column("sentence")
    for name in narrow.columns:
        if name in EVENT_SCHEMA.names and name not in columns:
            columns[name] = narrow.get_column(name).to_arrow()
    del narrow
    table = conform_events(pa.table(columns))  # e.g. source_system at its default
    _check_counts(table)
    return table


def _check_counts(table: pa.Table) -> None:
    """The derived columns keep the model's promises (the copied ones were validated before)."""
    for name in ("num_mentions", "num_articles", "num_sources"):
        column = table.column(name)
        if column.null_count or (len(column) and pa.compute.min(column).as_py() < 1):
            raise ValueError(f"events: {name} must be at least 1 in every row")
    for field in EVENT_SCHEMA:
        if not field.nullable and table.column(field.name).null_count:
            raise ValueError(f"events: {field.name} has missing values")
