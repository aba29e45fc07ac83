"""A build's carriers (the article copies that carry each kept article) kept on disk and read
per bucket of mentions: held whole through the event dedup, they grew with the corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from timeline.dedup.event_table import CARRIER_SCHEMA
from timeline.store.scatter import READ_ROWS, read_bucket

CarriersOf = Callable[[pl.Series], pl.DataFrame]  # article ids -> the carriers of those ids


def held(carriers: pl.DataFrame) -> CarriersOf:
    """Carriers already in memory (one article, notebooks, tests): every one, whatever asked."""
    return lambda _article_ids: carriers


class CarrierFile:
    """Carriers written once to a scratch file; `of` reads back those of some article ids."""

    def __init__(self, path: Path, carriers: pl.DataFrame) -> None:
        self.path = path
        table = carriers.cast(CARRIER_SCHEMA).to_arrow()  # type: ignore[arg-type]
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_stream(sink, table.schema) as writer:
            for batch in table.to_batches(max_chunksize=READ_ROWS):
                writer.write_batch(batch)
        self._schema = table.schema

    def of(self, article_ids: pl.Series) -> pl.DataFrame:
        """The carriers of these kept articles' ids, in the order written."""
        wanted = article_ids.to_arrow().cast(self._schema.field("carrier").type)
        parts = [
            table.filter(pc.is_in(table.column("carrier"), value_set=wanted))
            for table in read_bucket(self.path)
        ]
        table = pa.concat_tables(parts) if parts else self._schema.empty_table()
        frame = pl.from_arrow(table)
        assert isinstance(frame, pl.DataFrame)
        return frame.cast(CARRIER_SCHEMA)  # type: ignore[arg-type]
