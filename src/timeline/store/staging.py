"""Mentions staged on disk as they arrive, so a build never holds all of them as records.

Each batch is appended to a scratch Parquet file with the article copy it came from (`_where`);
the reduce step reads back only the columns it needs.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.models import Mention
from timeline.store.arrow_schema import to_table
from timeline.store.parquet import MENTION_SCHEMA

WHERE = "_where"
STAGED_SCHEMA = MENTION_SCHEMA.append(pa.field(WHERE, pa.string(), nullable=False))


class StagedMentions:
    """Append-only scratch file of every extracted mention of a build."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer = pq.ParquetWriter(path, STAGED_SCHEMA, compression="zstd")
        self.rows = 0

    def add(self, mentions: list[Mention], where: str) -> None:
        if not mentions:
            return
        table = to_table(list(mentions), MENTION_SCHEMA)
        table = table.append_column(
            STAGED_SCHEMA.field(WHERE), pa.array([where] * table.num_rows, pa.string())
        )
        self._writer.write_table(table)
        self.rows += table.num_rows

    def close(self) -> None:
        self._writer.close()

    def read(self, kept: set[str], columns: list[str] | None = None) -> pa.Table:
        """The staged mentions of the kept article copies (a duplicate's are dropped)."""
        wanted = None if columns is None else [*columns, WHERE]
        table = pq.read_table(self.path, columns=wanted)
        mask = pc.is_in(table.column(WHERE), value_set=pa.array(sorted(kept), pa.string()))
        return table.filter(mask).drop_columns([WHERE])
