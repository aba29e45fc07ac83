"""Dyad buckets: a build's mentions split so that each part can be deduplicated alone.

Events never span two (source, target, CAMEO root) groups, so mentions scattered by a stable
hash of that group can be clustered one bucket at a time; the reduce step's memory then depends
on the bucket size, not on the size of the build.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from timeline.dedup.events import Batches
from timeline.store.scatter import Scatter, read_bucket

BUCKET_ROWS = 50_000  # mentions per bucket: about 0.1 GB of working memory


def _bucket_of(table: pa.Table, count: int) -> pa.Array:
    """Each row's bucket: CRC-32 of "source|target|root", stable across runs and releases."""
    groups = pc.binary_join_element_wise(
        pc.fill_null(table.column("source_actor_code"), ""),
        pc.fill_null(table.column("target_actor_code"), ""),
        table.column("cameo_root"),
        "|",
    )
    crc32 = zlib.crc32
    return pa.array([crc32(g.encode()) % count for g in groups.to_pylist()], pa.int32())


def _reader(path: Path) -> Batches:
    return lambda columns: read_bucket(path, columns)


def dyad_buckets(batches: Batches, rows: int, scratch: Path) -> Iterator[Batches]:
    """The mentions of `batches` (about `rows` of them) as one or more buckets of about
    BUCKET_ROWS, in a fixed order; each bucket reads like `batches`. A bucket's file is removed
    once the next is asked for."""
    count = max(1, math.ceil(rows / BUCKET_ROWS))
    if count == 1:
        yield batches
        return
    scatter = Scatter(scratch)
    try:
        for table in batches(None):
            scatter.add(table, _bucket_of(table, count))
        for _, path in scatter.buckets():
            yield _reader(path)
            path.unlink()
    finally:
        scatter.close()
