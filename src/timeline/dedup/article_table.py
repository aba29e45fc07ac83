"""The articles table of a build: every article copy read, marked when it is a duplicate, with
the rejected inputs added, in stored order (input path, record, id).

Small builds are judged in one piece. A bigger one is ranked on its keys alone, then its staged
articles are scattered into buckets of consecutive ranks and written one bucket at a time, so
the reduce step never holds the articles of the whole build.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterator
from itertools import chain
from pathlib import Path

import polars as pl
import pyarrow as pa

from timeline.dedup.carriers import CarrierFile
from timeline.models import Article, ArticleStatus, Reject, Stage
from timeline.store.arrow_schema import to_table
from timeline.store.parquet import ARTICLE_SCHEMA, OutputWriter
from timeline.store.scatter import Scatter
from timeline.store.staging import WHERE, StagedArticles, read_in_batches

ARTICLE_BUCKET_ROWS = 50_000  # article rows judged and sorted at a time
RANK = "_rank"
ORDER = ["input_path", "record", "article_id", "status", "reason"]


def rejected_articles(rejects: list[Reject], input_stages: Collection[Stage]) -> pa.Table:
    """An article row for every input record rejected whole (it has no staged article)."""
    rows = [
        Article(
            article_id=r.article_id or "",
            input_path=r.input_path,
            record=r.record,
            status=ArticleStatus.REJECTED,
            reason=r.reason,
        )
        for r in rejects
        if r.article_id and r.stage in input_stages
    ]
    return to_table(rows, ARTICLE_SCHEMA)


def _ranks(keys: pa.Table, rejected: pa.Table) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The stored position (`_rank`) of every staged copy, by `where`; and the rejected rows
    with theirs and a null `_where` (they were never staged)."""
    staged = pl.from_arrow(keys.select(["where", *ORDER[:3]]))
    extra = pl.from_arrow(rejected)
    assert isinstance(staged, pl.DataFrame) and isinstance(extra, pl.DataFrame)
    extra = extra.with_columns(pl.lit(None, pl.String).alias(WHERE))
    both = pl.concat(
        [
            staged.select(
                pl.col("where").alias(WHERE),
                *ORDER[:3],
                pl.lit(ArticleStatus.OK.value).alias("status"),
                pl.lit(None, pl.String).alias("reason"),
            ),
            extra.select(WHERE, *ORDER),
        ],
        how="vertical_relaxed",
    )
    ranks = (
        both.with_row_index("row")
        .sort(
            ["input_path", pl.col("record").fill_null(0), "article_id", "status", "reason"],
            nulls_last=False,
        )
        .with_row_index(RANK)
        .sort("row")
        .get_column(RANK)
    )
    copies = staged.select("where").with_columns(ranks.head(staged.height))
    return copies, extra.with_columns(ranks.tail(extra.height))


def _marked(rows: pl.DataFrame, copies: pl.DataFrame) -> pl.DataFrame:
    """Rows with a duplicate copy's status, kept article, kind and reason filled in; and the
    id of the kept article whose mentions each copy carries (`carrier`)."""
    joined = rows.join(copies, left_on=WHERE, right_on="where", how="left")
    copy = pl.col("kept").is_not_null()
    return joined.with_columns(
        pl.when(copy)
        .then(pl.lit(ArticleStatus.DUPLICATE.value))
        .otherwise("status")
        .alias("status"),
        pl.when(copy).then("kept").otherwise("duplicate_of").alias("duplicate_of"),
        pl.when(copy).then("kind").otherwise("duplicate_kind").alias("duplicate_kind"),
        pl.when(copy).then("why").otherwise("reason").alias("reason"),
        pl.when(copy).then(0).otherwise("n_mentions").alias("n_mentions"),
        pl.coalesce("kept", "article_id").alias("carrier"),
    )


def _ranked_parts(
    staged: StagedArticles, keys: pa.Table, rejected: pa.Table, scratch: Path
) -> Iterator[pl.DataFrame]:
    """Staged and rejected rows with their `_where` and rank, a bucket of ranks at a time
    (in rank order across buckets, not within one)."""
    copies, extra = _ranks(keys, rejected)
    total = copies.height + extra.height
    count = max(1, math.ceil(total / ARTICLE_BUCKET_ROWS))

    def ranked(table: pa.Table) -> pl.DataFrame:
        frame = pl.from_arrow(table)
        assert isinstance(frame, pl.DataFrame)
        return frame.join(copies, left_on=WHERE, right_on="where")

    if count == 1:
        parts = [ranked(t) for t in read_in_batches(staged.path)]
        yield pl.concat([*parts, extra.select(parts[0].columns if parts else extra.columns)])
        return
    scatter = Scatter(scratch)
    try:
        for frame in chain((ranked(t) for t in read_in_batches(staged.path)), [extra]):
            if frame.height:
                bucket = (pl.col(RANK).cast(pl.Int64) * count // total).cast(pl.Int32)
                table = frame.select(sorted(frame.columns)).to_arrow()
                scatter.add(table, frame.select(bucket).to_series().to_arrow())
        for bucket in scatter.whole_buckets():
            bucket_rows = pl.from_arrow(bucket)
            assert isinstance(bucket_rows, pl.DataFrame)
            yield bucket_rows
    finally:
        scatter.close()


def write_article_table(
    staged: StagedArticles,
    keys: pa.Table,
    copies: pl.DataFrame,
    rejected: pa.Table,
    writer: OutputWriter,
    carriers: CarrierFile,
) -> Counter[str]:
    """Write `articles.parquet`, fill `carriers` and close it; returns the count of each
    status. `copies` names each duplicate copy (`where`) with its kept article, kind and
    reason; `rejected` has the rows of the inputs rejected whole (`rejected_articles`)."""
    statuses: Counter[str] = Counter()

    def tables() -> Iterator[pa.Table]:
        scratch = writer.staging / "_article_buckets"
        for part in _ranked_parts(staged, keys, rejected, scratch):
            marked = _marked(part, copies).sort(RANK)
            read = marked.filter(pl.col(WHERE).is_not_null())
            carriers.add(read.select("carrier", "article_id", pl.col(WHERE).alias("where"),
                                     "outlet", "url", "published"))  # fmt: skip
            statuses.update(dict(marked.get_column("status").value_counts().iter_rows()))
            yield marked.select(ARTICLE_SCHEMA.names).to_arrow()

    writer.write_tables("articles.parquet", ARTICLE_SCHEMA, tables())
    carriers.close()
    return statuses
