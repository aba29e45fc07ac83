"""Fuzzing the readers: seed inputs of every format, byte mutations of them, and the one check.

Every input goes through `iter_inputs`, the entry the build uses, so sniffing, gzip, decoding,
every reader and the record checks are all exercised. The contract: whatever the bytes, the
readers yield only Articles and Rejects (at least one record per input), within a time limit. An
exception escaping `iter_inputs` is a finding; so is an input that takes too long.

Used by `scripts/fuzz_readers.py` (the long run) and `test_fuzz_regressions.py` (a short run in
the normal suite).
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import strategies as st

from timeline.ingest import IngestOptions, SkipCounter, iter_inputs
from timeline.models import Article, Reject

TEXT = (
    "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians, "
    "regional officials said. Ukraine's foreign ministry condemned the attack."
)
SLOW_SECONDS = 10.0
# Small limits, so a mutation that claims a huge size meets them quickly.
OPTIONS = IngestOptions(max_decompressed_bytes=5_000_000, max_records_per_file=2_000)


def _parquet() -> bytes:
    table = pa.table(
        {"title": ["A", "B"], "text": [TEXT, TEXT + " More."], "date": ["2024-03-04", "x"]}
    )
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def _warc() -> bytes:
    html = f"<html><head><title>T</title></head><body><article><p>{TEXT}</p></article></body>"
    body = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(html.encode())}\r\n\r\n{html}"
    ).encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
        "WARC-Date: 2024-10-09T03:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    info = b"software: fuzz\r\n"
    warcinfo = (
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-10-09T03:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
        f"Content-Type: application/warc-fields\r\nContent-Length: {len(info)}\r\n\r\n"
    ).encode()
    return warcinfo + info + b"\r\n\r\n" + head + body + b"\r\n\r\n"


def seeds() -> dict[str, bytes]:
    """A small valid input of every format, by file name (the extension names the format)."""
    record = {"title": "T", "maintext": TEXT, "date_publish": "2024-03-04 10:00:00", "url": "u"}
    found: dict[str, bytes] = {
        "a.txt": TEXT.encode(),
        "a.html": (
            "<!doctype html><html><head><title>T</title><meta property='article:published_time'"
            f" content='2024-03-04'></head><body><article><h1>T</h1><p>{TEXT}</p></article>"
            "</body></html>"
        ).encode(),
        "a.json": json.dumps(record).encode(),
        "b.json": json.dumps([record, {"text": TEXT, "published": "2024"}]).encode(),
        "a.jsonl": (json.dumps(record) + "\n" + json.dumps({"text": TEXT}) + "\n").encode(),
        "a.csv": f'title,text,date\n"A","{TEXT}",2024-03-04\n"B","{TEXT} Two.",x\n'.encode(),
        "a.tsv": f"title\ttext\tdate\nA\t{TEXT}\t2024-03-04\n".encode(),
        "a.parquet": _parquet(),
        "a.warc": _warc(),
        "a.rss": (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item>'
            f"<title>T</title><link>https://example.org/a</link><description>{TEXT}</description>"
            "<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>"
        ).encode(),
        "a.atom": (
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title>'
            f"<entry><title>T</title><updated>2024-03-04T10:00:00Z</updated><content>{TEXT}"
            "</content></entry></feed>"
        ).encode(),
    }
    for name in ("a.txt", "a.jsonl", "a.warc", "a.csv", "a.html"):
        found[name + ".gz"] = gzip.compress(found[name], mtime=0)
    return found


SEEDS = seeds()
NAMES = sorted(SEEDS)
TOKENS = (
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x1f\x8b", b"PAR1", b"WARC/1.0\r\n", b"<", b">",
    b"</", b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&a;", b"]]>", b"<![CDATA[", b"{", b"}", b"[",
    b"]", b'"', b"\\u0000", b"\\ud800", b",", b"\t", b"\n", b"\r\n\r\n", b"-1", b"0",
    b"99999999999999999999", b"1e999", b"NaN", b"null", b"true", b"Content-Length: 999999999",
    b"Content-Length: -5", b"charset=utf-32", b"charset=bogus", b"\xc3\x28", b"\xf0\x9f",
    b"9999-99-99", b"0000-00-00T25:61:61Z",
)  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One fuzz input: the file name it is read under and its bytes."""

    name: str
    data: bytes


@st.composite
def _mutated(draw: st.DrawFn) -> Case:
    name = draw(st.sampled_from(NAMES))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.integers(0, 7))
        at = draw(st.integers(0, len(data)))
        if kind == 0 and data:  # flip bits of one byte
            at = min(at, len(data) - 1)
            data[at] ^= draw(st.integers(1, 255))
        elif kind == 1:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == 2:
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == 3:
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == 4:
            del data[at:]
        elif kind == 5:
            end = min(len(data), at + draw(st.integers(1, 256)))
            data[at:at] = data[at:end] * draw(st.integers(1, 50))
        elif kind == 6:
            other = SEEDS[draw(st.sampled_from(NAMES))]
            data[at:] = other[draw(st.integers(0, len(other))) :]
        else:
            data = bytearray(gzip.compress(bytes(data), mtime=0))
    if draw(st.integers(0, 9)) == 0:  # the content read under another extension, or none
        name = draw(st.sampled_from(["x", "x.xml", "x.gz", *NAMES]))
    return Case(name, bytes(data))


def cases() -> st.SearchStrategy[Case]:
    """Mutated seeds, mostly; raw random bytes under every name, sometimes."""
    raw = st.builds(Case, st.sampled_from([*NAMES, "x"]), st.binary(max_size=2000))
    return st.one_of(_mutated(), _mutated(), _mutated(), raw)


@dataclass(frozen=True)
class Finding:
    """What went wrong with one input: a short signature (for grouping) and the details."""

    signature: str
    detail: str


def check(case: Case, folder: Path | None = None) -> Finding | None:
    """Read `case` through the build's entry; None when it met the contract."""
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        path = Path(scratch) / case.name
        path.write_bytes(case.data)
        started = time.monotonic()
        skipped = SkipCounter()
        try:
            items = list(iter_inputs([str(path)], OPTIONS, skipped))
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno}"
            return Finding(
                f"{type(exc).__name__} at {where}",
                "".join(traceback.format_exception(exc)),
            )
        seconds = time.monotonic() - started
    if seconds > SLOW_SECONDS:
        return Finding("slow", f"{seconds:.1f} s for {len(case.data)} bytes")
    if not items and not skipped:  # records skipped on purpose (a WARC's) are counted instead
        return Finding("no record", "the input gave no Article, Reject or skipped record")
    wrong = [type(i).__name__ for i in items if not isinstance(i, Article | Reject)]
    if wrong:
        return Finding("wrong record type", ", ".join(wrong))
    for item in items:
        if isinstance(item, Reject) and ("\n" in item.reason or not item.reason.strip()):
            return Finding("bad reject reason", repr(item.reason))
    return None
