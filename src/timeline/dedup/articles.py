"""Article deduplication: exact copies (same id) and syndicated near-copies (close SimHash).

The kept copy of each group is chosen by a total order (earliest publication, then id, then
where it was read), so the result does not depend on the order the inputs arrived in. Keys are
held as Arrow columns (about a hundred bytes an article), never as an object per article, so a
build's memory does not grow with its corpus beyond them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa

from timeline.dedup.simhash import near_pairs
from timeline.store.scatter import StreamFile, read_whole_bucket

KEY_SCHEMA = pa.schema(
    [
        pa.field("where", pa.string()),  # input path and record: unique per article copy
        pa.field("input_path", pa.string()),
        pa.field("record", pa.int64()),
        pa.field("article_id", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("fingerprint", pa.uint64()),
    ]
)
CHUNK_ROWS = 4_096


class ArticleKeys:
    """The dedup keys of a build's articles, gathered in Arrow chunks as they arrive.

    With `spill`, the chunks go to that scratch file rather than stay in memory: a build's
    keys grow with its corpus, and the reduce step needs them only twice.
    """

    def __init__(self, spill: Path | None = None) -> None:
        self._rows: list[tuple[str, str, int | None, str, dt.date | None, int]] = []
        self._chunks: list[pa.Table] = []
        self._spill = None if spill is None else StreamFile(spill)
        self._ended = False
        self.count = 0

    def add(
        self,
        where: str,
        input_path: str,
        record: int | None,
        article_id: str,
        published: dt.date | None,
        fingerprint: int,
    ) -> None:
        if self._ended:
            raise RuntimeError("article keys were already handed over")
        self._rows.append((where, input_path, record, article_id, published, fingerprint))
        self.count += 1
        if len(self._rows) >= CHUNK_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = list(zip(*self._rows, strict=True))
        chunk = pa.Table.from_arrays(
            [pa.array(c, f.type) for c, f in zip(columns, KEY_SCHEMA, strict=True)],
            schema=KEY_SCHEMA,
        )
        self._rows = []
        if self._spill is None:
            self._chunks.append(chunk)
        else:
            self._spill.write(chunk)

    def table(self) -> pa.Table:
        """Every key, one row per article copy; with `spill`, no key can be added after."""
        self._flush()
        if self._spill is None:
            return pa.concat_tables(self._chunks) if self._chunks else KEY_SCHEMA.empty_table()
        self._ended = True
        self._spill.close()
        if self._spill.schema is None:  # nothing was written
            return KEY_SCHEMA.empty_table()
        return read_whole_bucket(self._spill.path)


def _components(count: int, pairs: list[tuple[int, int]]) -> np.ndarray:
    """Union-find over `count` items joined by `pairs`: each item's smallest member index."""
    parent = np.arange(count)

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = int(parent[item])
        return item

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([root(i) for i in range(count)]) if pairs else parent


def find_duplicates(keys: pa.Table) -> pl.DataFrame:
    """One row per duplicate copy: its `where` and the kept copy's article_id, input_path and
    record, with the kind ("exact": same id; "near": close SimHash). Kept copies are absent."""
    frame = pl.from_arrow(keys)
    assert isinstance(frame, pl.DataFrame)
    ordered = frame.sort(
        pl.col("published").is_null(), "published", "article_id", "input_path",
        pl.col("record").fill_null(0), nulls_last=False,
    ).with_row_index("rank")  # fmt: skip
    # the first copy of each id (in the total order) stands for it in the near-copy search
    firsts = ordered.group_by("article_id").agg(pl.col("rank").min()).sort("rank")
    representatives = ordered.join(firsts, on=["article_id", "rank"], how="semi").sort("rank")
    prints = representatives.get_column("fingerprint").to_list()
    roots = _components(len(prints), near_pairs(prints))
    ids = representatives.get_column("article_id")
    kept_of_id = pl.DataFrame(
        {"article_id": ids, "kept_rank": representatives.get_column("rank").gather(roots)}
    )
    kept = ordered.select(
        pl.col("rank").alias("kept_rank"),
        pl.col("where").alias("kept_where"),
        pl.col("article_id").alias("kept_article_id"),
        pl.col("input_path").alias("kept_input_path"),
        pl.col("record").alias("kept_record"),
    )
    judged = ordered.join(kept_of_id, on="article_id").join(kept, on="kept_rank")
    copies = judged.filter(pl.col("where") != pl.col("kept_where"))
    kind = pl.when(pl.col("article_id") == pl.col("kept_article_id")).then(pl.lit("exact"))
    return copies.select(
        "where",
        "kept_article_id",
        "kept_input_path",
        "kept_record",
        kind.otherwise(pl.lit("near")).alias("kind"),
    ).sort("where")
