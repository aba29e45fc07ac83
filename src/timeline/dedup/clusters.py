"""Which mentions are the same event: clustering on columns, so millions of mentions take seconds.

Mentions are the same event when they share the directed dyad (source and target actor codes),
the CAMEO root and a compatible date:

- mentions dated to the same day are one event;
- a month-dated mention joins the day-dated event of its month when there is exactly one,
  otherwise the month's own event (with every other month-dated mention of that month);
- a year-dated mention likewise joins the only event of its year, otherwise the year's own event;
- an undated mention joins the only event of its dyad and root, otherwise their undated event.

Every step is a group-by over sorted keys, so the clusters do not depend on input order,
workers or engine. Each cluster has three representatives: the mention with the finest date
(its date is the event's), the most confident one (its coding) and the most precisely placed one
(its place).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
GEO_RANK = {"city": 0, "admin1": 1, "country": 2, "unknown": 3}
KEY_COLUMNS = [
    "mention_id", "source_actor_code", "target_actor_code", "cameo_root",
    "event_date", "date_precision", "confidence", "geo_precision",
]  # fmt: skip
GROUP = ["src", "tgt", "root"]
ANCHOR = ["anchor_date", "anchor_rank"]  # a cluster is its group plus its anchor
CLUSTER = [*GROUP, *ANCHOR]
DATE_ORDER = ["rank", "date", "mention_id"]
BEST_ORDER = ["neg_confidence", "rank", "date", "mention_id"]
PLACE_ORDER = ["geo_rank", "neg_confidence", "mention_id"]


def _prepared(keys: pl.DataFrame) -> pl.DataFrame:
    """Row index, group columns, ranks; an unknown precision drops the date."""
    rank = pl.col("date_precision").cast(pl.String).replace_strict(PRECISION_RANK)
    return keys.with_row_index("idx").select(
        "idx",
        "mention_id",
        pl.col("source_actor_code").fill_null("").alias("src"),
        pl.col("target_actor_code").fill_null("").alias("tgt"),
        pl.col("cameo_root").alias("root"),
        rank.cast(pl.Int8).alias("rank"),
        pl.when(rank == 3).then(None).otherwise(pl.col("event_date")).alias("date"),
        (-pl.col("confidence")).alias("neg_confidence"),
        pl.col("geo_precision").cast(pl.String).replace_strict(GEO_RANK).cast(pl.Int8)
        .alias("geo_rank"),
    )  # fmt: skip


def _join_single(
    keys: pl.DataFrame, anchors: pl.DataFrame, span: str, own_rank: int
) -> pl.DataFrame:
    """Anchor `keys` to the one earlier cluster in their span, else to the span's own cluster.

    `span` is the truncation ("1mo", "1y") that bounds the clusters a key may join;
    `anchors` holds the clusters made so far (group and anchor).
    """
    spans = anchors.with_columns(pl.col("anchor_date").dt.truncate(span).alias("span"))
    single = (
        spans.group_by([*GROUP, "span"])
        .agg(pl.len().alias("n"), pl.col("anchor_date").min(), pl.col("anchor_rank").min())
        .filter(pl.col("n") == 1)
        .drop("n")
    )
    keyed = keys.with_columns(pl.col("date").dt.truncate(span).alias("span"))
    joined = keyed.join(single, on=[*GROUP, "span"], how="left")
    return joined.with_columns(
        pl.col("anchor_date").fill_null(pl.col("span")),
        pl.col("anchor_rank").fill_null(own_rank).cast(pl.Int8),
    ).drop("span")


def _anchored(prepared: pl.DataFrame) -> pl.DataFrame:
    """Every key with the anchor of its cluster, applying the rules finest precision first."""
    by_rank = {r: prepared.filter(pl.col("rank") == r) for r in range(4)}
    days = by_rank[0].with_columns(
        pl.col("date").alias("anchor_date"), pl.lit(0, pl.Int8).alias("anchor_rank")
    )
    anchors = days.select(CLUSTER).unique()
    months = _join_single(by_rank[1], anchors, "1mo", 1)
    anchors = pl.concat([anchors, months.select(CLUSTER)]).unique()
    years = _join_single(by_rank[2], anchors, "1y", 2)
    anchors = pl.concat([anchors, years.select(CLUSTER)]).unique()
    single = (
        anchors.group_by(GROUP)
        .agg(pl.len().alias("n"), pl.col("anchor_date").min(), pl.col("anchor_rank").min())
        .filter(pl.col("n") == 1)
        .drop("n")
    )
    undated = (
        by_rank[3]
        .join(single, on=GROUP, how="left")
        .with_columns(pl.col("anchor_rank").fill_null(3).cast(pl.Int8))
    )
    columns = [*prepared.columns, *ANCHOR]
    return pl.concat([frame.select(columns) for frame in (days, months, years, undated)])


def _first_by(anchored: pl.DataFrame, order: list[str], name: str) -> pl.DataFrame:
    """Per cluster, the row index of the member that comes first in `order`."""
    return (
        anchored.sort(order, nulls_last=False)
        .group_by(CLUSTER, maintain_order=True)
        .agg(pl.col("idx").first().alias(name))
    )


def event_id(source: str, target: str, root: str, date: dt.date | None, rank: int) -> str:
    """Hash of the event's key: dyad, root and its finest date with that date's precision."""
    precision = next(name for name, value in PRECISION_RANK.items() if value == rank)
    day = date.isoformat() if date is not None else "undated"
    key = "|".join((source, target, root, day, precision))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def cluster_mentions(keys: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster mention keys (the `KEY_COLUMNS`, one row per mention) into events.

    Returns `members` (idx: the mention's row in `keys`, event_id) sorted by idx, and
    `clusters` (event_id, dated, best, placed: row indexes of the representatives,
    num_mentions) sorted by event_id.
    """
    prepared = _prepared(keys)  # row i is mention i
    anchored = _anchored(prepared)
    reps = (
        _first_by(anchored, DATE_ORDER, "dated")
        .join(_first_by(anchored, BEST_ORDER, "best"), on=CLUSTER, nulls_equal=True)
        .join(_first_by(anchored, PLACE_ORDER, "placed"), on=CLUSTER, nulls_equal=True)
        .join(
            anchored.group_by(CLUSTER).agg(pl.len().cast(pl.Int64).alias("num_mentions")),
            on=CLUSTER,
            nulls_equal=True,
        )
    )
    dated = prepared.select(pl.col("date", "rank").gather(reps.get_column("dated")))
    ids = [
        event_id(*fields)
        for fields in zip(
            reps.get_column("src").to_list(),
            reps.get_column("tgt").to_list(),
            reps.get_column("root").to_list(),
            dated.get_column("date").to_list(),
            dated.get_column("rank").to_list(),
            strict=True,
        )
    ]
    reps = reps.with_columns(pl.Series("event_id", ids, pl.String))
    members = (
        anchored.join(reps.select([*CLUSTER, "event_id"]), on=CLUSTER, nulls_equal=True)
        .select("idx", "event_id")
        .sort("idx")
    )
    clusters = reps.select("event_id", "dated", "best", "placed", "num_mentions").sort("event_id")
    return members, clusters
