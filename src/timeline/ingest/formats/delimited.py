"""CSV and TSV files with a header row and a text column, read row by row (never all at once)."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from timeline.ingest.decoding import iter_text_lines
from timeline.ingest.metadata import (
    RawRecord,
    RecordProblem,
    missing_text_reason,
    record_from_mapping,
    text_field_names,
)
from timeline.ingest.options import IngestOptions
from timeline.ingest.streams import Opened

_FIELD_SIZE_LIMIT = 2**31 - 1
"""A whole article fits in one field; the length limit then rejects over-long ones by name."""


def _delimiter(opened: Opened) -> str:
    name = opened.name.casefold()
    if name.endswith((".tsv", ".tab")):
        return "\t"
    header = opened.head.partition(b"\n")[0]
    counts = {d: header.count(d.encode()) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def read_delimited(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """Rows as records numbered 1, 2, ... after the header; a missing text column stops the file."""
    if csv.field_size_limit() < _FIELD_SIZE_LIMIT:
        csv.field_size_limit(_FIELD_SIZE_LIMIT)
    rows = csv.reader(iter_text_lines(opened.stream), delimiter=_delimiter(opened))
    header = next(rows, None)
    if header is None:
        yield RecordProblem(None, "empty file: expected a header row and article rows")
        return
    header = [name.strip() for name in header]
    wanted = {name.casefold() for name in text_field_names(options.text_column)}
    if not wanted & {name.casefold() for name in header}:
        yield RecordProblem(None, missing_text_reason(options.text_column, header, "column"))
        return
    for number, row in enumerate(rows, start=1):
        if not any(cell.strip() for cell in row):
            yield RecordProblem(number, f"row {number} is empty; remove it")
            continue
        mapping = {name: value for name, value in zip(header, row, strict=False) if name}
        yield record_from_mapping(mapping, number, options.text_column)
