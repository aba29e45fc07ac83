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

import hashlib

import polars as pl

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
RANK_NAME = {rank: name for name, rank in PRECISION_RANK.items()}
GEO_RANK = {"city": 0, "admin1": 1, "country": 2, "unknown": 3}
KEY_COLUMNS = [
    "mention_id", "source_actor_code", "target_actor_code", "cameo_root",
    "event_date", "date_precision", "confidence", "geo_precision",
]  # fmt: skip
GROUP = ["group"]  # dense number of "source|target|root"
ANCHOR = ["anchor_date", "anchor_rank"]  # a cluster is its group plus its anchor
CLUSTER = [*GROUP, *ANCHOR]
DATE_ORDER = ["rank", "date", "mention_id"]
BEST_ORDER = ["neg_confidence", "rank", "date", "mention_id"]
PLACE_ORDER = ["geo_rank", "neg_confidence", "mention_id"]


def _prepared(keys: pl.DataFrame) -> pl.DataFrame:
    """Row index, group columns, ranks; an unknown precision drops the date."""
    rank = pl.col("date_precision").cast(pl.String).replace_strict(PRECISION_RANK)
    group = pl.concat_str(
        pl.col("source_actor_code").fill_null(""),
        pl.col("target_actor_code").fill_null(""),
        "cameo_root",
        separator="|",
    )
    return keys.with_row_index("idx").select(
        "idx",
        "mention_id",
        group.alias("dyad_root"),
        group.rank("dense").cast(pl.UInt32).alias("group"),
        rank.cast(pl.Int8).alias("rank"),
        pl.when(rank == 3).then(None).otherwise(pl.col("event_date")).alias("date"),
        (-pl.col("confidence")).alias("neg_confidence"),
        pl.col("geo_precision").cast(pl.String).replace_strict(GEO_RANK).cast(pl.Int8)
        .alias("geo_rank"),
    )  # fmt: skip


def _only_cluster(anchors: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """The anchor of each `by` group that holds exactly one cluster (others are left out)."""
    return (
        anchors.group_by(by)
        .agg(pl.len().alias("n"), pl.col("anchor_date").min(), pl.col("anchor_rank").min())
        .filter(pl.col("n") == 1)
        .drop("n")
    )


def _join_single(
    keys: pl.DataFrame, anchors: pl.DataFrame, span: str, own_rank: int
) -> pl.DataFrame:
    """Anchor `keys` to the one earlier cluster in their span, else to the span's own cluster.

    `span` is the truncation ("1mo", "1y") that bounds the clusters a key may join;
    `anchors` holds the clusters made so far (group and anchor).
    """
    spans = anchors.with_columns(pl.col("anchor_date").dt.truncate(span).alias("span"))
    single = _only_cluster(spans, [*GROUP, "span"])
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
    undated = (
        by_rank[3]
        .join(_only_cluster(anchors, GROUP), on=GROUP, how="left")
        .with_columns(pl.col("anchor_rank").fill_null(3).cast(pl.Int8))
    )
    columns = [*prepared.columns, *ANCHOR]
    return pl.concat([frame.select(columns) for frame in (days, months, years, undated)])


def _hashes(keys: pl.Series) -> list[str]:
    """The event id of each key "source|target|root|date-or-undated|precision": stable across
    builds, processes and releases (SHA-256, never Python's salted hash)."""
    return [hashlib.sha256(key.encode()).hexdigest()[:16] for key in keys.to_list()]


def cluster_mentions(keys: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cluster mention keys (the `KEY_COLUMNS`, one row per mention) into events.

    Returns `members` (idx: the mention's row in `keys`, cluster) sorted by idx, and
    `clusters` (cluster: its row number, event_id, dated, best, placed: row indexes of the
    representatives, num_mentions) sorted by event_id.
    """
    prepared = _prepared(keys)  # row i is mention i
    anchored = _anchored(prepared.drop("dyad_root"))
    idx = pl.col("idx")
    reps = anchored.group_by(CLUSTER).agg(
        idx.sort_by(DATE_ORDER, nulls_last=False).first().alias("dated"),
        idx.sort_by(BEST_ORDER, nulls_last=False).first().alias("best"),
        idx.sort_by(PLACE_ORDER, nulls_last=False).first().alias("placed"),
        pl.len().cast(pl.Int64).alias("num_mentions"),
    )
    dated = reps.get_column("dated")
    event_keys = prepared.select(
        pl.concat_str(
            pl.col("dyad_root").gather(dated),
            pl.col("date").gather(dated).dt.to_string("%Y-%m-%d").fill_null("undated"),
            pl.col("rank").gather(dated).replace_strict(RANK_NAME, return_dtype=pl.String),
            separator="|",
        )
    )
    reps = (
        reps.with_columns(pl.Series("event_id", _hashes(event_keys.to_series()), pl.String))
        .sort("event_id")
        .with_row_index("cluster")
    )
    members = (
        anchored.join(reps.select([*CLUSTER, "cluster"]), on=CLUSTER, nulls_equal=True)
        .select("idx", "cluster")
        .sort("idx")
    )
    clusters = reps.select("cluster", "event_id", "dated", "best", "placed", "num_mentions")
    return members, clusters
