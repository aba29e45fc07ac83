"""Records staged on disk as they arrive, so a build never holds its articles or mentions.

Records are buffered into row groups of a scratch Parquet file, each tagged with the article
copy it came from (`_where`); the reduce step streams back only the columns it needs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import BaseModel

from timeline.store.arrow_schema import to_table
from timeline.store.parquet import ARTICLE_SCHEMA, MENTION_SCHEMA

WHERE = "_where"
BATCH_ROWS = 16_384  # rows per batch read back
BUFFER_ROWS = 8_192  # rows per row group written
STAGED_SCHEMA = MENTION_SCHEMA.append(pa.field(WHERE, pa.string(), nullable=False))


def read_in_batches(path: Path, columns: Sequence[str] | None = None) -> Iterator[pa.Table]:
    """A Parquet file's rows in order, about BATCH_ROWS at a time, never the whole file at once.

    Small row groups (as staging writes them) are read whole, a few at a time; a bigger one is
    read in batches of its own. The reader's batch iterator over a whole file keeps what it
    pre-buffered until it is done, which grew with the file (about 0.1 GB over a million
    staged mentions).
    """
    source = pq.ParquetFile(path)
    wanted = None if columns is None else list(columns)
    groups: list[int] = []
    rows = 0
    for index in range(source.metadata.num_row_groups):
        size = source.metadata.row_group(index).num_rows
        if groups and rows + size > BATCH_ROWS:
            yield source.read_row_groups(groups, columns=wanted, use_threads=False)
            groups, rows = [], 0
        if size > BATCH_ROWS:
            for batch in source.iter_batches(BATCH_ROWS, row_groups=[index], columns=wanted):
                yield pa.Table.from_batches([batch], schema=batch.schema)
            continue
        groups.append(index)
        rows += size
    if groups:
        yield source.read_row_groups(groups, columns=wanted, use_threads=False)


class StagedRecords:
    """Append-only scratch file of one kind of record (the schema's columns plus `_where`)."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.schema = schema
        self.staged_schema = schema.append(pa.field(WHERE, pa.string(), nullable=False))
        self._writer: pq.ParquetWriter | None = None
        self._buffer: list[BaseModel] = []
        self._wheres: list[str] = []
        self.rows = 0

    def add(self, records: Sequence[BaseModel], where: str) -> None:
        self._buffer.extend(records)
        self._wheres.extend([where] * len(records))
        self.rows += len(records)
        if len(self._buffer) >= BUFFER_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._writer is None:
            self._writer = pq.ParquetWriter(  # read back in order: no statistics to hold
                self.path, self.staged_schema, compression="zstd", write_statistics=False
            )
        if self._buffer:
            table = to_table(self._buffer, self.schema)
            table = table.append_column(
                self.staged_schema.field(WHERE), pa.array(self._wheres, pa.string())
            )
            self._writer.write_table(table)
        self._buffer, self._wheres = [], []

    def close(self) -> None:
        """Write what is buffered; the file is complete (and readable) afterwards.

        A file that is already there and was given nothing (written beforehand, as the
        benchmark does) is left as it is.
        """
        if self._buffer or (self._writer is None and not self.path.exists()):
            self._flush()
        if self._writer is not None:
            self._writer.close()
        else:  # written beforehand: count what is there
            self.rows = pq.ParquetFile(self.path).metadata.num_rows

    def batches(
        self,
        dropped: pa.Array | pa.ChunkedArray | None = None,
        columns: Sequence[str] | None = None,
    ) -> Iterator[pa.Table]:
        """The staged records, less those of the article copies in `dropped` (their `where`s),
        in staging order, a bounded batch at a time: the reduce step streams them.

        The filter names the copies dropped, not the articles kept: copies are few, and a set
        of every kept article would grow with the build and be hashed again for every batch.
        """
        wanted = None if columns is None else [*columns, WHERE]
        value_set = dropped.combine_chunks() if isinstance(dropped, pa.ChunkedArray) else dropped
        for table in read_in_batches(self.path, wanted):
            if value_set is not None and len(value_set):
                table = table.filter(pc.invert(pc.is_in(table.column(WHERE), value_set=value_set)))
            yield table.drop_columns([WHERE])


class StagedMentions(StagedRecords):
    """Every extracted mention of a build."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, MENTION_SCHEMA)


class StagedArticles(StagedRecords):
    """Every article a build read (without its text), kept or not yet judged a duplicate."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, ARTICLE_SCHEMA)
