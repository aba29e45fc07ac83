"""Open an input as a binary stream: a file or stdin, gzip undone, decompressed size bounded.

The first bytes are read ahead so the format can be sniffed without consuming the stream.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import BinaryIO, cast

from timeline.errors import InputError
from timeline.ingest.decoding import prepend
from timeline.ingest.sources import STDIN

HEAD_BYTES = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Opened:
    """An input ready to read: its decompressed stream and the first bytes of it."""

    path: str
    """The path as given ('-' for stdin), for records and rejects."""
    name: str
    """The file name with '.gz' removed, whose extension names the format."""
    stream: BinaryIO
    head: bytes
    compressed: bool
    seekable_file: bool
    """True when `stream` is a plain file on disk (Parquet can then be read in place)."""


class _Bounded(io.RawIOBase):
    """Raise InputError once more than `limit` bytes come out of a decompressor (a gzip bomb)."""

    def __init__(self, inner: BinaryIO, limit: int, path: str) -> None:
        super().__init__()
        self._inner = inner
        self._limit = limit
        self._path = path
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        chunk = self._inner.read(len(view))
        self._count += len(chunk)
        if self._count > self._limit:
            raise InputError(
                self._path,
                f"more than {self._limit:,} bytes once decompressed; split the file or raise "
                "the decompressed-size limit",
            )
        view[: len(chunk)] = chunk
        return len(chunk)


def _read_head(stream: BinaryIO) -> bytes:
    """Up to HEAD_BYTES from the start of a stream, looping over short reads (pipes)."""
    parts: list[bytes] = []
    size = 0
    while size < HEAD_BYTES:
        chunk = stream.read(HEAD_BYTES - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


@contextmanager
def open_input(path: str, max_decompressed_bytes: int) -> Iterator[Opened]:
    """Open `path` (or stdin for '-') for reading, whatever its compression."""
    with ExitStack() as stack:
        raw: BinaryIO = sys.stdin.buffer if path == STDIN else stack.enter_context(open(path, "rb"))
        head = _read_head(raw)
        name = "" if path == STDIN else path
        if head.startswith(GZIP_MAGIC):
            # The gzip reader reads through the replayed head and then the rest of the input.
            gz = gzip.GzipFile(fileobj=prepend(head, raw), mode="rb")
            stream: BinaryIO = io.BufferedReader(
                _Bounded(cast(BinaryIO, gz), max_decompressed_bytes, path)
            )
            inner_head = _read_head(stream)
            yield Opened(
                path=path,
                name=name.removesuffix(".gz").removesuffix(".GZ"),
                stream=prepend(inner_head, stream),
                head=inner_head,
                compressed=True,
                seekable_file=False,
            )
            return
        if path != STDIN:
            raw.seek(0)
            yield Opened(path, name.removesuffix(".gz"), raw, head, False, True)
            return
        yield Opened(path, name, prepend(head, raw), head, False, False)


def read_all(opened: Opened, limit: int) -> bytes:
    """The whole (decompressed) input, refusing more than `limit` bytes."""
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = opened.stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputError(
            opened.path,
            f"larger than {limit:,} bytes, too big to read as one document; split it or "
            "use a line-based format such as JSON Lines",
        )
    return b"".join(parts)
