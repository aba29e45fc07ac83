"""The ingest stage's driver: every input record becomes exactly one Article or one Reject.

A bad input never raises out of here; it becomes a Reject naming the input and what to do.
"""

from __future__ import annotations

import csv
import zlib
from collections.abc import Iterator, Sequence

import pyarrow as pa

from timeline.errors import InputError
from timeline.ingest.formats import READERS, UNSUPPORTED
from timeline.ingest.options import IngestOptions
from timeline.ingest.records import reject, to_article
from timeline.ingest.skips import SkipCounter, Skipped
from timeline.ingest.sniff import detect_format
from timeline.ingest.sources import find_sources
from timeline.ingest.streams import open_input
from timeline.models import Article, Reject

# Errors that mean "this input is unreadable", as opposed to a bug in this package.
_INPUT_ERRORS: tuple[type[BaseException], ...] = (
    InputError,
    OSError,
    EOFError,
    UnicodeError,
    ValueError,
    RecursionError,
    MemoryError,
    zlib.error,
    csv.Error,
    pa.ArrowException,
)


def iter_inputs(
    inputs: Sequence[str], options: IngestOptions, skipped: SkipCounter | None = None
) -> Iterator[Article | Reject]:
    """Articles and Rejects from every input, in a deterministic order, one record at a time.

    Records skipped on purpose (a WARC's requests, metadata, non-HTML responses) are neither;
    they are counted in `skipped`, when given, by format and kind.
    """
    for source in find_sources(inputs):
        if isinstance(source, Reject):
            yield source
        else:
            yield from _read_one(source, options, skipped)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return exc.reason
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder; it may have been moved while the build ran"
    if isinstance(exc, PermissionError):
        return "permission denied; make the file readable or leave it out"
    if isinstance(exc, IsADirectoryError):
        return "is a folder that could not be listed; check its permissions"
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    return f"could not be read ({type(exc).__name__}: {detail}); check the file is complete"


def _read_one(
    path: str, options: IngestOptions, skipped: SkipCounter | None = None
) -> Iterator[Article | Reject]:
    """Records of one input; an error part-way ends the file with one Reject saying where."""
    last_record: int | None = None
    count = 0
    try:
        with open_input(path, options.max_decompressed_bytes) as opened:
            fmt = detect_format(opened.name, opened.head, options.text_column)
            if fmt in UNSUPPORTED:
                yield reject(path, None, UNSUPPORTED[fmt])
                return
            for item in READERS[fmt](opened, options):
                count += 1
                if count > options.max_records_per_file:
                    yield reject(
                        path,
                        item.record,
                        f"more than {options.max_records_per_file:,} records; the rest of the file "
                        "was skipped: split it or raise the records-per-file limit",
                    )
                    return
                last_record = item.record
                if isinstance(item, Skipped):
                    if skipped is not None:
                        skipped.add(fmt, item.kind)
                    continue
                yield to_article(item, path, options)
            if count == 0:
                yield reject(path, None, "no records: the file is empty; remove it or fill it")
    except _INPUT_ERRORS as exc:
        reason = _reason(exc)
        if last_record is not None:
            reason = f"stopped after record {last_record}: {reason}"
        yield reject(path, None, reason)
