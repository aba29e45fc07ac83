"""WARC files, such as a news crawl's (CommonCrawl CC-NEWS): each HTML response is one article.

The file is read one record at a time and never whole. Records are framed here, by their
Content-Length, from the already decompressed input (`open_input` undoes the gzip of a
.warc.gz); warcio parses what is inside a record: its WARC header fields, the HTTP response
headers, chunked transfer coding and HTTP content encodings. Framing here rather than in
warcio's ArchiveIterator lets a broken record become one problem while the reader finds the
next record and goes on, and keeps warcio from printing warnings to stderr.

A 200 response whose payload is HTML goes through the same extraction as an .html file
(`extract_html`); nothing is fetched. Every other record (warcinfo, request, metadata, revisit,
a PDF or a redirect) is yielded as `Skipped`, so the build can count what it left out.
The `record` of each output is the 1-based index of the WARC record in the file, warcinfo
included.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeaders

from timeline.ingest.decoding import bom_encoding, decode_bytes
from timeline.ingest.formats.html_page import extract_html
from timeline.ingest.metadata import RawRecord, RecordProblem, is_url, outlet_name
from timeline.ingest.options import IngestOptions
from timeline.ingest.skips import Skipped
from timeline.ingest.streams import Opened

_MAX_LINE = 64 * 1024
"""Longest header line read as one line; a longer one is read in pieces (memory stays bounded)."""
_MAX_HEADER_BYTES = 1024 * 1024
"""A WARC header block larger than this is not a header: the record is broken."""
_CHUNK = 1024 * 1024
_VERSION_LINE = re.compile(rb"^WARC/\d+\.\d+\r?\n?$")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class _StreamFailed(Exception):
    """An error reading the input itself (not a record's content); re-raised as the original."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class _Source:
    """The input stream, with line reads capped and its own errors told apart from parsing ones.

    warcio calls `read` and `readline` on it; an error from the input (a truncated gzip, the
    decompressed-size limit) is wrapped so the record-level handler lets it through.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self._stream.read(-1 if size is None else size)
        except Exception as exc:
            raise _StreamFailed(exc) from exc

    def readline(self, size: int | None = -1) -> bytes:
        limit = _MAX_LINE if size is None or size < 0 else min(size, _MAX_LINE)
        try:
            return self._stream.readline(limit)
        except Exception as exc:
            raise _StreamFailed(exc) from exc


def _one_line(exc: BaseException) -> str:
    detail = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _shown(uri: str | None) -> str:
    return f" ({uri[:120]})" if uri else ""


def read_warc(
    opened: Opened, options: IngestOptions
) -> Iterator[RawRecord | RecordProblem | Skipped]:
    """One Article source, Skipped or problem per WARC record, in file order."""
    source = _Source(opened.stream)
    loader = ArcWarcRecordLoader(verify_http=True, arc2warc=False)
    try:
        line, stray = _next_version_line(source)
        if line is None:
            yield RecordProblem(
                None, "no WARC record found (no 'WARC/1.x' line); check that this is a WARC file"
            )
            return
        if stray:
            yield RecordProblem(
                None,
                "bytes before the first WARC record were skipped; check that the file is whole",
            )
        index = 0
        while line is not None:
            index += 1
            result, line = _read_record(source, line, index, loader, options)
            yield result
    except _StreamFailed as failed:
        raise failed.error from None


def _next_version_line(source: _Source) -> tuple[bytes | None, bool]:
    """The next 'WARC/x.y' line (None at the end), and whether other bytes came before it."""
    stray = False
    while True:
        line = source.readline()
        if not line:
            return None, stray
        if _VERSION_LINE.match(line):
            return line, stray
        if line.strip():
            stray = True


def _read_header(source: _Source, version: bytes) -> bytes | None:
    """The record's header block up to its blank line, or None if the file ends or it is huge."""
    parts = [version]
    size = len(version)
    while True:
        line = source.readline()
        if not line:
            return None
        parts.append(line)
        size += len(line)
        if size > _MAX_HEADER_BYTES:
            return None
        if not line.strip():
            return b"".join(parts)


def _read_record(
    source: _Source,
    version: bytes,
    index: int,
    loader: ArcWarcRecordLoader,
    options: IngestOptions,
) -> tuple[RawRecord | RecordProblem | Skipped, bytes | None]:
    """What record `index` gives, and the version line of the record after it (None at the end)."""
    header = _read_header(source, version)
    if header is None:
        problem = "WARC record header is cut short or too large; the file may be incomplete"
        return RecordProblem(index, problem), _next_version_line(source)[0]
    try:
        headers = loader.warc_parser.parse(io.BytesIO(header))
    except Exception as exc:  # warcio on hostile bytes: any failure is this record's
        reason = f"WARC record header could not be parsed ({_one_line(exc)})"
        return RecordProblem(index, reason), _next_version_line(source)[0]
    uri = headers.get_header("WARC-Target-URI")
    length_field = (headers.get_header("Content-Length") or "").strip()
    if not length_field.isdigit():
        reason = (
            f"WARC record{_shown(uri)} has no valid Content-Length ({length_field or 'none'}); "
            "skipped to the next record"
        )
        return RecordProblem(index, reason), _next_version_line(source)[0]
    length = int(length_field)
    block = _Block(source, length)
    try:
        result = _record_result(headers, block, index, loader, options)
    except _StreamFailed:
        raise
    except Exception as exc:  # warcio or a decompressor on hostile bytes
        result = RecordProblem(
            index, f"WARC record{_shown(uri)} could not be read ({_one_line(exc)})"
        )
    block.drain()
    if block.remaining:
        reason = (
            f"WARC record{_shown(uri)} is cut short ({length - block.remaining:,} of {length:,} "
            "bytes); the file is incomplete: download it again"
        )
        return RecordProblem(index, reason), None
    following, stray = _next_version_line(source)
    if stray:
        reason = (
            f"WARC record{_shown(uri)} is not followed by the next record where its "
            "Content-Length says; the bytes up to the next record were skipped"
        )
        return RecordProblem(index, reason), following
    return result, following


class _Block:
    """The Content-Length bytes of one record's block, read through and counted."""

    def __init__(self, source: _Source, length: int) -> None:
        self._source = source
        self.remaining = length

    def read(self, size: int | None = -1) -> bytes:
        wanted = self.remaining if size is None or size < 0 else min(size, self.remaining)
        if wanted <= 0:
            return b""
        data = self._source.read(wanted)
        self.remaining -= len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        wanted = self.remaining if size is None or size < 0 else min(size, self.remaining)
        if wanted <= 0:
            return b""
        data = self._source.readline(wanted)
        self.remaining -= len(data)
        return data

    def tell(self) -> int:
        return 0  # warcio asks; the offset it computes from this is not used here

    def drain(self) -> None:
        """Read to the end of the block (or of the file, when the record is cut short)."""
        while self.remaining > 0 and self.read(_CHUNK):
            pass


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().casefold()


def _charset(value: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", value or "", re.IGNORECASE)
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def _record_result(
    headers: StatusAndHeaders,
    block: _Block,
    index: int,
    loader: ArcWarcRecordLoader,
    options: IngestOptions,
) -> RawRecord | RecordProblem | Skipped:
    warc_type = (headers.get_header("WARC-Type") or "").strip().casefold()
    if warc_type != "response":
        return Skipped(index, warc_type[:40] or "untyped record")
    uri = (headers.get_header("WARC-Target-URI") or "").strip()
    if block.remaining == 0:
        return Skipped(index, "empty response")
    if not _media_type(headers.get_header("Content-Type")).startswith("application/http"):
        return Skipped(index, "non-HTTP response")
    http = loader.load_http_headers("response", uri, block, block.remaining)
    if http is None:
        return Skipped(index, "non-HTTP response")
    status = (http.get_statuscode() or "").strip()
    if not status.startswith("2"):
        return Skipped(index, "non-2xx response")
    content_type = http.get_header("Content-Type") or headers.get_header(
        "WARC-Identified-Payload-Type"
    )
    if _media_type(content_type) not in _HTML_TYPES:
        return Skipped(index, "non-HTML response")
    encoding = (http.get_header("Content-Encoding") or "").strip().casefold()
    if encoding and encoding != "identity" and encoding not in _decompressors():
        return RecordProblem(
            index,
            f"HTML page{_shown(uri)} is compressed with {encoding!r}, which cannot be decoded "
            "here; recompress the WARC with decoded payloads",
        )
    record = ArcWarcRecord(
        "warc",
        "response",
        headers,
        block,
        http,
        headers.get_header("Content-Type"),
        block.remaining,
    )
    payload = _read_bounded(record.content_stream(), options.max_decompressed_bytes)
    if payload is None:
        return RecordProblem(
            index,
            f"HTML page{_shown(uri)} is larger than {options.max_decompressed_bytes:,} bytes; "
            "raise the decompressed-size limit to read it",
        )
    return _article(_decode(payload, content_type), headers, index)


def _decompressors() -> frozenset[str]:
    from warcio.bufferedreaders import BufferedReader

    return frozenset(name.casefold() for name in BufferedReader.get_supported_decompressors())


def _read_bounded(stream: object, limit: int) -> bytes | None:
    """All of a payload stream, or None when it holds more than `limit` bytes."""
    read = getattr(stream, "read")  # noqa: B009  # warcio's readers are untyped
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            return None


def _decode(payload: bytes, content_type: str | None) -> str:
    """A byte-order mark first, then the HTTP charset, then what the page itself says."""
    if bom_encoding(payload[:4]) is None:
        charset = _charset(content_type)
        if charset is not None:
            return payload.decode(charset, errors="replace")
    return decode_bytes(payload)


def _article(html: str, headers: StatusAndHeaders, index: int) -> RawRecord | RecordProblem:
    uri = (headers.get_header("WARC-Target-URI") or "").strip() or None
    try:
        raw = extract_html(html)
    except Exception as exc:  # a third-party parser on hostile markup: any failure is this page's
        return RecordProblem(
            index, f"HTML page{_shown(uri)} could not be parsed ({_one_line(exc)})"
        )
    if raw is None:
        return RecordProblem(
            index,
            f"no main text found in the HTML page{_shown(uri)}; it may be an index or "
            "a paywall page",
        )
    url = uri if is_url(uri) else raw.url
    # WARC-Date is when the crawler fetched the page, not when it was published; a news crawl
    # fetches pages within hours or days of publication, so it stands in only when the page
    # itself states no date.
    published = raw.published or headers.get_header("WARC-Date")
    return RawRecord(
        text=raw.text,
        record=index,
        title=raw.title,
        url=url,
        outlet=raw.outlet or outlet_name(url),
        published=published,
        language=raw.language,
        extracted=True,
    )
