"""The reduce step of a build: books gathered while outcomes arrive, then dedup and store.

Articles, mentions and the articles' dedup keys are staged on disk as they arrive. The reduce
step streams them back and works on one bucket of rows at a time (articles by stored order,
mentions by dyad, then by id), so a build's memory does not grow with its corpus.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import polars as pl
import pyarrow as pa

from timeline.dedup.article_table import rejected_articles, write_article_table
from timeline.dedup.articles import ArticleKeys, find_duplicates
from timeline.dedup.buckets import dyad_buckets
from timeline.dedup.carriers import CarrierFile
from timeline.dedup.events import by_mention_id, dedup_batches, linked
from timeline.extraction import ArticleOutcome
from timeline.ingest import SkipCounter
from timeline.models import Reject, Stage
from timeline.store.arrow_schema import to_table
from timeline.store.daily import DAILY_DIR, DailyParts, daily_table
from timeline.store.imported import imported_events
from timeline.store.parquet import MENTION_SCHEMA, REJECT_SCHEMA, OutputWriter
from timeline.store.scatter import release_unused_memory
from timeline.store.staging import StagedArticles, StagedMentions

INPUT_STAGES = (Stage.INGEST, Stage.NLP, Stage.EXTRACT)  # rejects here lose a whole input record
MENTIONS_FILE = "_mentions.parquet"
ARTICLES_FILE = "_articles.parquet"
KEYS_FILE = "_article_keys.arrows"
CARRIERS_FILE = "_carriers.arrows"


def where_of(input_path: str, record: int | None) -> str:
    """Where an article copy was read: exact copies share an id but not this."""
    return f"{input_path}:{record or 0}"


class Books:
    """Everything the reduce step needs, gathered as outcomes arrive in any order."""

    def __init__(self, staging: Path) -> None:
        self.staged = StagedMentions(staging / MENTIONS_FILE)
        self.articles = StagedArticles(staging / ARTICLES_FILE)
        self.keys = ArticleKeys(spill=staging / KEYS_FILE)
        self.rejects: list[Reject] = []
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.skipped = SkipCounter()

    def add(self, outcome: ArticleOutcome) -> None:
        for stage, seconds in outcome.seconds.items():
            self.seconds[stage] += seconds
        self.rejects.extend(outcome.rejects)
        if not outcome.ok:
            return
        article = outcome.article
        where = where_of(article.input_path, article.record)
        self.articles.add([article], where)
        self.keys.add(
            where, article.input_path, article.record, article.article_id, article.published,
            outcome.fingerprint,
        )  # fmt: skip
        self.staged.add(outcome.mentions, where)


def _copies(duplicates: pl.DataFrame) -> pl.DataFrame:
    """Per duplicate copy (by where): the kept article, the kind of copy and the reason."""
    record = pl.col("kept_record")
    reason = pl.concat_str(
        pl.col("kind"),
        pl.lit(" copy of "),
        pl.col("kept_input_path"),
        pl.when(record.is_not_null() & (record != 0))
        .then(pl.concat_str(pl.lit(" record "), record.cast(pl.String)))
        .otherwise(pl.lit("")),
    )
    return duplicates.select(
        "where", pl.col("kept_article_id").alias("kept"), "kind", reason.alias("why")
    )


def reduce_build(books: Books, writer: OutputWriter) -> dict[str, int]:
    """Dedup articles and events, then write every table into the staged output."""
    started = time.perf_counter()
    books.staged.close()
    books.articles.close()
    keys = books.keys.table()
    copies = _copies(find_duplicates(keys))
    written_at = time.perf_counter()
    carriers = CarrierFile(writer.staging / CARRIERS_FILE)
    rejected = rejected_articles(books.rejects, INPUT_STAGES)
    by_status = write_article_table(books.articles, keys, copies, rejected, writer, carriers)
    del keys
    release_unused_memory()  # before the event dedup, whose peak is the build's
    store_seconds = time.perf_counter() - written_at
    copied = pa.array(copies.get_column("where").to_list(), pa.string())

    def batches(columns: Sequence[str] | None) -> Iterator[pa.Table]:
        return books.staged.batches(copied, columns)

    rejects = sorted(books.rejects, key=lambda r: (r.input_path, r.record or 0, r.stage, r.reason))
    daily = DailyParts(writer.staging / "_daily_months")
    written = {"events": 0, "parts": 0}

    def linked_by_bucket() -> Iterator[pa.Table]:
        """Dedup one dyad bucket at a time, writing its events; yields its linked mentions."""
        scratch = writer.staging / "_dyad_buckets"
        for part, bucket in enumerate(dyad_buckets(batches, books.staged.rows, scratch)):
            events, members = dedup_batches(bucket, carriers.of)
            writer.write_event_part(events, part)
            daily.add(daily_table(events))
            written["events"] += events.num_rows
            yield from linked(bucket(None), members)
            written["parts"] = part + 1
            release_unused_memory()

    sorted_mentions = by_mention_id(
        linked_by_bucket(), writer.staging / "_mention_buckets", books.staged.rows
    )
    mentions = writer.write_tables("mentions.parquet", MENTION_SCHEMA, sorted_mentions)
    kept_imports = imported_events(writer.out)
    if kept_imports.num_rows or not written["parts"]:  # an empty build: one empty, readable part
        writer.write_event_part(kept_imports, written["parts"])
        daily.add(daily_table(kept_imports))
    daily.write(writer.staging / DAILY_DIR)
    stored = time.perf_counter()
    books.seconds["dedup"] += stored - started - store_seconds
    writer.write_table("rejects.parquet", to_table(rejects, REJECT_SCHEMA))
    books.seconds["store"] += time.perf_counter() - stored + store_seconds

    ok, copies_n = by_status.get("ok", 0), by_status.get("duplicate", 0)
    rejected_inputs = sum(1 for r in rejects if r.stage in INPUT_STAGES)
    return {
        "inputs": ok + copies_n + rejected_inputs,
        "articles_ok": ok,
        "duplicates": copies_n,
        "rejected_inputs": rejected_inputs,
        "rejects": len(rejects),
        "mentions": mentions,
        "events": written["events"] + kept_imports.num_rows,
        "imported_events_kept": kept_imports.num_rows,
    }
