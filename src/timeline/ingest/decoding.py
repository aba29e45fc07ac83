"""Bytes to text without ever failing: UTF-8 (with or without BOM), UTF-16 by BOM, else cp1252.

News exports come from many tools; one bad byte must not cost the whole file.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None when there is none."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(_UTF32_BOMS):  # checked before UTF-16: the UTF-32 LE BOM starts like it
        return "utf-32"
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes) -> str:
    """Decode a whole file: BOM, then UTF-8, then a declared HTML charset, then cp1252."""
    encoding = bom_encoding(data[:4])
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None and declared != "utf-8":
        return data.decode(declared, errors="replace")
    return data.decode("cp1252", errors="replace")


def decode_line(line: bytes) -> str:
    """Decode one line of a UTF-8 file, falling back to cp1252 for that line alone."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def iter_text_lines(stream: BinaryIO) -> Iterator[str]:
    """Lines of a binary stream as text, with their line endings, one at a time.

    UTF-16/32 files (by BOM) are decoded as a whole stream; anything else line by line, so
    a stray cp1252 byte affects one line only.
    """
    first = stream.readline()
    encoding = bom_encoding(first[:4])
    if encoding in ("utf-16", "utf-32"):
        wrapper = io.TextIOWrapper(
            io.BufferedReader(_Prepended(first, stream)),
            encoding=encoding,
            errors="replace",
            newline="",
        )
        yield from wrapper
        return
    if first.startswith(codecs.BOM_UTF8):
        first = first[len(codecs.BOM_UTF8) :]
    if first:
        yield decode_line(first)
    for line in stream:
        yield decode_line(line)


class _Prepended(io.RawIOBase):
    """A read-only stream that replays `head` and then continues with `rest`."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(view))
        view[: len(chunk)] = chunk
        return len(chunk)


def prepend(head: bytes, rest: BinaryIO) -> BinaryIO:
    """A buffered binary stream that reads `head` and then the rest of `rest`."""
    return io.BufferedReader(_Prepended(head, rest))
