"""Parquet files with a text column, read in batches of rows so memory stays bounded."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pyarrow.parquet as pq

from timeline.ingest.metadata import (
    DATE_FIELDS,
    LANGUAGE_FIELDS,
    OUTLET_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
    RawRecord,
    RecordProblem,
    missing_text_reason,
    record_from_mapping,
    text_field_names,
)
from timeline.ingest.options import IngestOptions
from timeline.ingest.streams import Opened, read_all

BATCH_ROWS = 256
_METADATA_FIELDS = {
    name.casefold()
    for names in (TITLE_FIELDS, URL_FIELDS, OUTLET_FIELDS, DATE_FIELDS, LANGUAGE_FIELDS)
    for name in names
}


def read_parquet(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """Rows as records numbered 1, 2, ...; only the text and metadata columns are read."""
    source = (
        opened.stream
        if opened.seekable_file
        else io.BytesIO(read_all(opened, options.max_decompressed_bytes))
    )
    parquet = pq.ParquetFile(source, pre_buffer=False)  # pre-buffered reads pile up
    names = list(parquet.schema_arrow.names)
    wanted = {name.casefold() for name in text_field_names(options.text_column)}
    if not wanted & {name.casefold() for name in names}:
        yield RecordProblem(None, missing_text_reason(options.text_column, names, "column"))
        return
    columns = [name for name in names if name.casefold() in wanted | _METADATA_FIELDS]
    number = 0
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        for row in batch.to_pylist():
            number += 1
            yield record_from_mapping(row, number, options.text_column)
