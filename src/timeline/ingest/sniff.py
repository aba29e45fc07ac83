"""Name an input's format: by its extension first, by its first bytes when that says nothing."""

from __future__ import annotations

import json
import re
from enum import StrEnum

from timeline.ingest.decoding import bom_encoding
from timeline.ingest.metadata import text_field_names


class Format(StrEnum):
    PLAIN = "plain"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    PARQUET = "parquet"
    WARC = "warc"
    FEED = "feed"
    BINARY = "binary"


_BY_EXTENSION: dict[str, Format] = {
    ".txt": Format.PLAIN,
    ".text": Format.PLAIN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".jl": Format.JSONL,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    ".tab": Format.TSV,
    ".parquet": Format.PARQUET,
    ".pq": Format.PARQUET,
    ".warc": Format.WARC,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
}

# Read by content: an .xml file is a feed when it holds one.
_SNIFFED_EXTENSIONS = frozenset({".xml"})

_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|article|div|p|meta|title)[\s>/]", re.I)
_FEED_START = re.compile(r"<(rss|feed|rdf:rdf)[\s>]", re.I)
_BINARY_MAGIC: tuple[bytes, ...] = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")


def _extension(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].casefold()
    return "." + base.rsplit(".", 1)[1] if "." in base else ""


def is_input_file_name(name: str) -> bool:
    """Whether a file found in a folder is taken as input: a known format, or no extension.

    A README.md or notes.docx next to the articles is not an article; named explicitly, any
    file is read and its format sniffed.
    """
    extension = _extension(name.removesuffix(".gz").removesuffix(".GZ"))
    return extension == "" or extension in _BY_EXTENSION or extension in _SNIFFED_EXTENSIONS


def detect_format(name: str, head: bytes, text_column: str | None) -> Format:
    """The format of an input named `name` (may be '') whose content starts with `head`."""
    if head.startswith(b"PAR1"):
        return Format.PARQUET
    by_extension = _BY_EXTENSION.get(_extension(name))
    if by_extension is not None:
        return by_extension
    return sniff(head, text_column)


def sniff(head: bytes, text_column: str | None) -> Format:
    """Guess a format from the first bytes of content."""
    if head.startswith(b"PAR1"):
        return Format.PARQUET
    if head.lstrip(b" \t\r\n").startswith(b"WARC/"):  # before the NUL test: payloads are binary
        return Format.WARC
    if head.startswith(_BINARY_MAGIC):
        return Format.BINARY
    encoding = bom_encoding(head[:4])
    if encoding is None and b"\x00" in head:
        return Format.BINARY
    text = head.decode(encoding or "utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("WARC/"):
        return Format.WARC
    if text.startswith("<"):
        start = text[:2048]
        if _FEED_START.search(start):
            return Format.FEED
        return (
            Format.HTML
            if _HTML_START.search(start) or text[:5].casefold() != "<?xml"
            else Format.FEED
        )
    if text.startswith("["):
        return Format.JSON
    if text.startswith("{"):
        return _json_or_lines(text, complete=len(head) < 65536)
    return _table_or_plain(text, text_column)


def _json_or_lines(text: str, complete: bool) -> Format:
    """JSON Lines when the first line is a whole JSON object and more lines follow."""
    first, _, rest = text.partition("\n")
    try:
        json.loads(first)
    except ValueError:
        return Format.JSON  # an object spread over several lines
    if rest.strip() or not complete:
        return Format.JSONL
    return Format.JSON


def _table_or_plain(text: str, text_column: str | None) -> Format:
    """CSV/TSV when the first line is a header naming a text column; otherwise plain text."""
    header = text.partition("\n")[0].strip()
    wanted = {name.casefold() for name in text_field_names(text_column)}
    for delimiter, fmt in (("\t", Format.TSV), (",", Format.CSV), (";", Format.CSV)):
        fields = [field.strip().strip("\"'").casefold() for field in header.split(delimiter)]
        if len(fields) > 1 and wanted & set(fields):
            return fmt
    return Format.PLAIN
