"""Tables spread over scratch files by a bucket key, then read back one bucket at a time.

This is how the reduce step stays within bounded memory at any scale: rows that must meet (the
mentions of one dyad and root; the mentions whose ids sort together) are gathered into the same
bucket on disk, and only one bucket is ever read whole.

Buckets are Arrow IPC streams, not Parquet: a Parquet writer holds the metadata of every row
group it wrote until it closes (about 34 KiB for a mention row group), and a scatter writes one
per bucket per batch, which grew with the square of the build (some 2,000 row groups, tens of
MiB, at 100,000 articles).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

READ_ROWS = 16_384  # rows per table read back from a bucket: written parts are joined up to it


def _glibc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, where the C library is glibc (Linux); None elsewhere."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


_MALLOC_TRIM = _glibc_trim()


def release_unused_memory() -> None:
    """Hand memory that Arrow and the C heap freed back to the system. Both allocators keep
    freed pages for reuse, so a long streaming pass would otherwise grow its resident size
    with the input (a cached rebuild of 100,000 articles held 56 MiB more at the dedup)."""
    pa.default_memory_pool().release_unused()
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def read_bucket(path: Path, columns: Sequence[str] | None = None) -> Iterator[pa.Table]:
    """A bucket's rows in the order written, about READ_ROWS at a time (the parts written by
    one `add` are small when there are many buckets)."""
    wanted = None if columns is None else list(columns)
    parts: list[pa.RecordBatch] = []
    rows = 0
    with pa.OSFile(str(path), "rb") as source, pa.ipc.open_stream(source) as reader:
        schema = (
            reader.schema if wanted is None else pa.schema([reader.schema.field(n) for n in wanted])
        )
        for batch in reader:
            parts.append(batch if wanted is None else batch.select(wanted))
            rows += batch.num_rows
            if rows >= READ_ROWS:
                yield pa.Table.from_batches(parts, schema=schema).combine_chunks()
                parts, rows = [], 0
    if parts:
        yield pa.Table.from_batches(parts, schema=schema).combine_chunks()


def read_whole_bucket(path: Path) -> pa.Table:
    """Every row of a bucket, in the order written."""
    with pa.OSFile(str(path), "rb") as source, pa.ipc.open_stream(source) as reader:
        return reader.read_all()


class StreamFile:
    """An Arrow IPC stream file appended to a table at a time; its memory stays constant
    however much is written (see the module note). Opened on the first table."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.schema: pa.Schema | None = None
        self._sink: pa.NativeFile | None = None
        self._writer: pa.ipc.RecordBatchStreamWriter | None = None

    def write(self, table: pa.Table) -> None:
        if self._writer is None:
            self._sink = pa.OSFile(str(self.path), "wb")
            self._writer = pa.ipc.new_stream(self._sink, table.schema)
            self.schema = table.schema
        self._writer.write_table(table, max_chunksize=READ_ROWS)

    def close(self) -> None:
        """Finish the file (readable from now on); closing twice is harmless."""
        if self._writer is not None and self._sink is not None:
            self._writer.close()
            self._sink.close()
        self._writer = self._sink = None


class Scatter:
    """Append-only scratch buckets of one schema, in `folder` (created on first use)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[object, StreamFile] = {}

    def add(self, table: pa.Table, buckets: pa.Array | pa.ChunkedArray) -> None:
        """Append each row of `table` to the bucket named in the same row of `buckets`."""
        if table.num_rows == 0:
            return
        for bucket in pc.unique(buckets).to_pylist():
            if bucket not in self._files:
                self.folder.mkdir(parents=True, exist_ok=True)
                path = self.folder / f"bucket-{len(self._files):05d}.arrows"
                self._files[bucket] = StreamFile(path)
            self._files[bucket].write(table.filter(pc.equal(buckets, bucket)))
        release_unused_memory()

    def buckets(self) -> Iterator[tuple[object, Path]]:
        """Each bucket's key and file, in key order; the files are complete once listed."""
        for file in self._files.values():
            file.close()
        for key in sorted(self._files):  # type: ignore[type-var]
            yield key, self._files[key].path

    def whole_buckets(self) -> Iterator[pa.Table]:
        """Each bucket's rows read whole, in key order. Its file is removed once read, and the
        memory it took is handed back when the next bucket is asked for."""
        for _, path in self.buckets():
            table = read_whole_bucket(path)
            path.unlink()
            yield table
            del table
            release_unused_memory()

    def close(self) -> None:
        for file in self._files.values():
            file.close()
            file.path.unlink(missing_ok=True)
        self._files.clear()
