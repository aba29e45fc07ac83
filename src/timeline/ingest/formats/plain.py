"""Plain text files: one article each, metadata from an optional NAME.meta.json sidecar."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.ingest.decoding import decode_bytes
from timeline.ingest.metadata import RawRecord, RecordProblem, apply_sidecar
from timeline.ingest.options import IngestOptions
from timeline.ingest.sources import STDIN
from timeline.ingest.streams import Opened, read_all


def read_plain(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """The file's text as one record (record None), with its sidecar's metadata."""
    text = decode_bytes(read_all(opened, options.max_decompressed_bytes))
    raw = RawRecord(text=text)
    yield raw if opened.path == STDIN else apply_sidecar(raw, opened.path)
