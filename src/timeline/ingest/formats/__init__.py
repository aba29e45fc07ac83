"""One reader per format family; each turns an opened input into RawRecords or RecordProblems."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from timeline.ingest.formats.delimited import read_delimited
from timeline.ingest.formats.feeds import read_feed
from timeline.ingest.formats.html_page import read_html
from timeline.ingest.formats.json_records import read_json, read_jsonl
from timeline.ingest.formats.parquet_table import read_parquet
from timeline.ingest.formats.plain import read_plain
from timeline.ingest.formats.warc import read_warc
from timeline.ingest.metadata import RawRecord, RecordProblem
from timeline.ingest.options import IngestOptions
from timeline.ingest.skips import Skipped
from timeline.ingest.sniff import Format
from timeline.ingest.streams import Opened

Reader = Callable[[Opened, IngestOptions], Iterator[RawRecord | RecordProblem | Skipped]]

READERS: dict[Format, Reader] = {
    Format.PLAIN: read_plain,
    Format.HTML: read_html,
    Format.JSON: read_json,
    Format.JSONL: read_jsonl,
    Format.CSV: read_delimited,
    Format.TSV: read_delimited,
    Format.PARQUET: read_parquet,
    Format.WARC: read_warc,
    Format.FEED: read_feed,
}

UNSUPPORTED: dict[Format, str] = {
    Format.BINARY: (
        "not a supported format (binary content); give text, HTML, JSON, JSON Lines, CSV, "
        "Parquet, WARC or an RSS/Atom feed"
    ),
}

__all__ = ["READERS", "UNSUPPORTED", "Reader"]
