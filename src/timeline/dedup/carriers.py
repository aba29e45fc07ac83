"""A build's carriers (the article copies that carry each kept article) kept on disk and read
per bucket of mentions: held whole through the event dedup, they grew with the corpus.

The trade: every dyad bucket reads the whole file again (19 MiB at 100,000 articles), so the
reading grows with the square of the build; at 100,000 articles the 19 buckets' lookups took
0.3 s in all, for the 10-20 MiB of memory that held carriers would take."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from timeline.dedup.event_table import CARRIER_SCHEMA
from timeline.store.scatter import StreamFile, read_bucket

CarriersOf = Callable[[pl.Series], pl.DataFrame]  # article ids -> the carriers of those ids


def held(carriers: pl.DataFrame) -> CarriersOf:
    """Carriers already in memory (one article, notebooks, tests): every one, whatever asked."""
    return lambda _article_ids: carriers


class CarrierFile:
    """Carriers written to a scratch file as the articles table is; `of` reads back those of
    some article ids once the file is closed."""

    def __init__(self, path: Path) -> None:
        self._file = StreamFile(path)

    def add(self, carriers: pl.DataFrame) -> None:
        self._file.write(carriers.cast(CARRIER_SCHEMA).to_arrow())  # type: ignore[arg-type]

    def close(self) -> None:
        self._file.close()

    def of(self, article_ids: pl.Series) -> pl.DataFrame:
        """The carriers of these kept articles' ids, in the order written."""
        schema = self._file.schema
        if schema is None:  # nothing was written
            return pl.DataFrame(schema=CARRIER_SCHEMA)
        wanted = article_ids.to_arrow().cast(schema.field("carrier").type)
        parts = [
            table.filter(pc.is_in(table.column("carrier"), value_set=wanted))
            for table in read_bucket(self._file.path)
        ]
        table = pa.concat_tables(parts) if parts else schema.empty_table()
        frame = pl.from_arrow(table)
        assert isinstance(frame, pl.DataFrame)
        return frame.cast(CARRIER_SCHEMA)  # type: ignore[arg-type]
