"""WARC input: HTML responses become articles, every other record is skipped and counted."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import random
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from timeline.ingest import IngestOptions, iter_inputs
from timeline.ingest.skips import SkipCounter
from timeline.ingest.sniff import Format, detect_format
from timeline.models import Article, Reject

URL_1 = "https://www.example-news.com/world/2024/10/07/ministers-meet-in-paris"
URL_2 = "https://news.example.org/europe/harbour-strike-ends"

PAGE_1 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Paris to revive trade talks | Example News</title>
<link rel="canonical" href="https://www.example-news.com/world/ministers-meet"/>
<meta property="og:site_name" content="Example News"/>
<meta property="article:published_time" content="2024-10-07T08:00:00Z"/>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="share">Share this article</div>
<article><h1>Ministers meet in Paris to revive trade talks</h1>
<p>The foreign ministers of France and Germany met in Paris on Monday to discuss a new trade
agreement between the two countries, the first such meeting since the summer.</p>
<p>Advertisement</p>
<p>Officials said the talks were constructive and that a second round would follow next month
in Berlin, where negotiators are expected to settle the remaining disputes over farm tariffs.</p>
<p>The German minister told reporters that both governments wanted a deal before the end of
the year, while her French counterpart warned that several issues were still unresolved.</p>
</article>
<footer>Follow us on social media. © 2024 Example News. All rights reserved.</footer>
</body></html>"""

PAGE_2 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dock workers end week-long strike at Rotterdam port</title></head><body>
<header><a href="/">Front page</a> | <a href="/subscribe">Subscribe</a></header>
<main><article><h1>Dock workers end week-long strike at Rotterdam port</h1>
<p>Dock workers at the port of Rotterdam returned to work on Wednesday after their union
accepted a revised pay offer, ending a strike that had held up hundreds of container ships.</p>
<p>The union said its members had voted by a large majority to accept the offer, which
includes a wage increase over two years and new limits on night shifts.</p>
<p>Shipping companies warned that clearing the backlog of vessels waiting outside the harbour
could take several weeks.</p></article></main>
<footer>Contact us | Privacy policy | Cookie settings</footer>
</body></html>"""

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FURNITURE = ("Home", "Share this article", "Advertisement", "Follow us", "Privacy policy")


def _http(content_type: str, *extra: tuple[str, str], status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


def write_warc(stream: io.BufferedIOBase | io.BytesIO, *, compress: bool) -> None:
    """warcinfo, request, HTML response, metadata, gzip-encoded HTML response, redirect, PDF,
    revisit: records 1 to 8."""
    writer = WARCWriter(stream, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("news.warc", {"software": "test-crawler"}))
    request = StatusAndHeaders(
        "GET /world/2024/10/07/ministers-meet-in-paris HTTP/1.1",
        [("Host", "www.example-news.com")],
        is_http_request=True,
    )
    writer.write_record(writer.create_warc_record(URL_1, "request", http_headers=request))
    writer.write_record(
        writer.create_warc_record(
            URL_1,
            "response",
            payload=io.BytesIO(PAGE_1.encode("utf-8")),
            http_headers=_http("text/html; charset=utf-8"),
            warc_headers_dict={"WARC-Date": "2024-10-09T03:00:00Z"},
        )
    )
    writer.write_record(
        writer.create_warc_record(
            URL_1,
            "metadata",
            payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
            warc_content_type="application/warc-fields",
        )
    )
    writer.write_record(
        writer.create_warc_record(
            URL_2,
            "response",
            payload=io.BytesIO(gzip.compress(PAGE_2.encode("utf-8"))),
            http_headers=_http("text/html", ("Content-Encoding", "gzip")),
            warc_headers_dict={"WARC-Date": "2024-10-09T05:30:00Z"},
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/old-link",
            "response",
            payload=io.BytesIO(b"<html><body>Moved</body></html>"),
            http_headers=_http("text/html", ("Location", URL_2), status="301 Moved Permanently"),
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/report.pdf",
            "response",
            payload=io.BytesIO(PDF),
            http_headers=_http("application/pdf"),
        )
    )
    writer.write_record(
        writer.create_revisit_record(
            URL_1,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=URL_1,
            refers_to_date="2024-10-09T03:00:00Z",
            http_headers=_http("text/html"),
        )
    )


def _warc_bytes(*, compress: bool) -> bytes:
    buffer = io.BytesIO()
    write_warc(buffer, compress=compress)
    return buffer.getvalue()


def _run(paths: list[str], skipped: SkipCounter | None = None, **options: object) -> list[object]:
    return list(iter_inputs(paths, IngestOptions(**options), skipped))  # type: ignore[arg-type]


def _articles(records: list[object]) -> list[Article]:
    assert all(isinstance(r, Article) for r in records), records
    return [r for r in records if isinstance(r, Article)]


EXPECTED_SKIPS = {
    "metadata": 1,
    "non-2xx response": 1,
    "non-HTML response": 1,
    "request": 1,
    "revisit": 1,
    "warcinfo": 1,
}


@pytest.mark.parametrize("name", ["news.warc.gz", "news.warc"])
def test_html_responses_become_articles_and_the_rest_is_counted(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_warc_bytes(compress=name.endswith(".gz")))
    skipped = SkipCounter()
    first, second = _articles(_run([str(path)], skipped))

    assert (first.record, second.record) == (3, 5)  # 1-based index among all records
    assert first.input_path == second.input_path == str(path)
    assert first.url == URL_1  # WARC-Target-URI, not the page's canonical URL
    assert second.url == URL_2
    assert first.title == "Ministers meet in Paris to revive trade talks"
    assert first.published == dt.date(2024, 10, 7)  # the page's own date, not the crawl date
    assert second.published == dt.date(2024, 10, 9)  # no date in the page: the WARC-Date
    assert first.outlet and "example-news" in first.outlet
    assert second.outlet == "news.example.org"
    assert first.language == second.language == "en"
    assert first.text.startswith("The foreign ministers of France and Germany met in Paris")
    assert "farm tariffs" in first.text
    assert second.text.startswith("Dock workers at the port of Rotterdam")  # gzip undone
    for text in (first.text, second.text):
        assert not any(junk in text for junk in FURNITURE), text

    assert skipped.by_kind("warc") == EXPECTED_SKIPS
    assert skipped.total == 6
    assert skipped.counts()[("warc", "request")] == 1
    assert skipped.summary().startswith("6 records skipped (warc: ")


def test_plain_and_gzip_warc_give_the_same_articles(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_bytes(_warc_bytes(compress=False))
    (tmp_path / "b.warc.gz").write_bytes(_warc_bytes(compress=True))
    plain, zipped = (_articles(_run([str(tmp_path / n)])) for n in ("a.warc", "b.warc.gz"))
    assert [a.article_id for a in plain] == [a.article_id for a in zipped]


def test_counter_is_optional_and_mergeable(tmp_path: Path) -> None:
    path = tmp_path / "news.warc.gz"
    path.write_bytes(_warc_bytes(compress=True))
    assert len(_articles(_run([str(path)]))) == 2  # no counter: still no Skipped leaks out
    one, two = SkipCounter(), SkipCounter()
    _run([str(path)], one)
    _run([str(path)], two)
    one.merge(two)
    assert one.by_kind() == {kind: 2 * n for kind, n in EXPECTED_SKIPS.items()}
    assert not SkipCounter() and SkipCounter().summary() == "no records skipped"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = _CountingBuffer(data)


class _CountingBuffer(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        count = super().readinto(buffer)
        self.bytes_read += count
        return count


@pytest.mark.parametrize("compress", [True, False])
def test_warc_from_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, compress: bool) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(_warc_bytes(compress=compress)))
    found = _articles(_run(["-"]))
    assert [(a.input_path, a.record, a.url) for a in found] == [("-", 3, URL_1), ("-", 5, URL_2)]


def test_warc_is_sniffed_by_content() -> None:
    assert detect_format("", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", None) == Format.WARC
    assert detect_format("", b"WARC/1.1\r\n", None) == Format.WARC
    assert detect_format("crawl.warc", b"", None) == Format.WARC


def test_warc_is_streamed_not_loaded_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(
        writer.create_warc_record(
            URL_1, "response", payload=io.BytesIO(PAGE_1.encode()), http_headers=_http("text/html")
        )
    )
    big_pdf = PDF + b"0" * 100_000
    for number in range(60):  # about 6 MB of PDFs after the page
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example.org/{number}.pdf",
                "response",
                payload=io.BytesIO(big_pdf),
                http_headers=_http("application/pdf"),
            )
        )
    data = buffer.getvalue()
    stdin = _Stdin(data)
    monkeypatch.setattr(sys, "stdin", stdin)
    records = iter_inputs(["-"], IngestOptions())
    first = next(records)
    assert isinstance(first, Article) and first.record == 1
    assert stdin.buffer.bytes_read < len(data) // 10


# ---- broken records, written by hand ------------------------------------------------------


def _record(
    warc_type: str,
    uri: str,
    block: bytes,
    *,
    length: str | None = None,
    content_type: str = "application/http; msgtype=response",
) -> bytes:
    header = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-10-09T03:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{abs(hash(uri)) % 10**12:012d}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {length or len(block)}\r\n\r\n"
    )
    return header.encode() + block + b"\r\n\r\n"


def _html_response(uri: str, page: str, status_line: str = "HTTP/1.1 200 OK") -> bytes:
    body = page.encode("utf-8")
    head = f"{status_line}\r\nContent-Type: text/html; charset=utf-8\r\n"
    return _record("response", uri, f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)


def _page(topic: str) -> str:
    return PAGE_2.replace("Rotterdam", topic)


def test_broken_records_are_rejected_and_their_neighbours_kept(tmp_path: Path) -> None:
    no_length = _record("response", "https://b.example/", b"HTTP/1.1 200 OK\r\n\r\nx", length="?")
    block = _html_response("https://f.example/", _page("Gdansk")).split(b"\r\n\r\n", 1)[1]
    block = block.removesuffix(b"\r\n\r\n")
    too_short = _record("response", "https://f.example/", block, length=str(len(block) - 40))
    data = b"".join(
        [
            _html_response("https://a.example/", _page("Antwerp")),  # 1 good
            _html_response("https://x.example/", _page("Genoa"), "garbage status line"),  # 2 bad
            _html_response("https://c.example/", _page("Marseille")),  # 3 good
            no_length,  # 4 bad: no usable Content-Length
            _html_response("https://e.example/", _page("Valencia")),  # 5 good
            too_short,  # 6 bad: its Content-Length ends the block 40 bytes early
            _html_response("https://g.example/", _page("Piraeus")),  # 7 good
        ]
    )
    path = tmp_path / "broken.warc"
    path.write_bytes(data)
    records = _run([str(path)])
    kinds = [(type(r).__name__, r.record) for r in records if isinstance(r, Article | Reject)]
    assert kinds == [
        ("Article", 1),
        ("Reject", 2),
        ("Article", 3),
        ("Reject", 4),
        ("Article", 5),
        ("Reject", 6),
        ("Article", 7),
    ], records
    rejects = [r for r in records if isinstance(r, Reject)]
    assert "could not be read" in rejects[0].reason and "x.example" in rejects[0].reason
    assert "Content-Length" in rejects[1].reason
    assert all("\n" not in r.reason and "WARC record" in r.reason for r in rejects)
    towns = [a.text.split("port of ")[1].split()[0] for a in records if isinstance(a, Article)]
    assert towns == ["Antwerp", "Marseille", "Valencia", "Piraeus"]


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = _html_response("https://a.example/", _page("Antwerp")) + _html_response(
        "https://b.example/", _page("Bremen")
    )
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-300])
    article, reject = _run([str(path)])
    assert isinstance(article, Article) and article.record == 1
    assert isinstance(reject, Reject) and reject.record == 2 and "cut short" in reject.reason


def test_truncated_gzip_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    write_warc(buffer, compress=True)
    writer = WARCWriter(buffer, gzip=True)
    noise = random.Random(7).randbytes(100_000)  # more than the 64 KiB read ahead for sniffing
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/scan.pdf",
            "response",
            payload=io.BytesIO(PDF + noise),
            http_headers=_http("application/pdf"),
        )
    )
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(buffer.getvalue()[:-5000])
    records = _run([str(path)])
    assert [type(r).__name__ for r in records] == ["Article", "Article", "Reject"]
    assert isinstance(records[-1], Reject) and "stopped after record 8" in records[-1].reason


def test_not_a_warc_and_empty_header(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_bytes(b"WARC/1.0\r\n")
    (tmp_path / "b.warc").write_bytes(b"hello, this is not a crawl\n")
    first, second = _run([str(tmp_path / "a.warc"), str(tmp_path / "b.warc")])
    assert isinstance(first, Reject) and "WARC" in first.reason
    assert isinstance(second, Reject) and "no WARC record" in second.reason


def test_limits_are_honoured(tmp_path: Path) -> None:
    path = tmp_path / "news.warc"
    path.write_bytes(_warc_bytes(compress=False))
    limited = _run([str(path)], max_records_per_file=4)  # skipped records count as records
    assert [type(r).__name__ for r in limited] == ["Article", "Reject"]
    assert isinstance(limited[-1], Reject) and "more than 4 records" in limited[-1].reason

    short = _run([str(path)], max_article_chars=200)
    assert [type(r).__name__ for r in short] == ["Reject", "Reject"]
    assert all(isinstance(r, Reject) and "200 limit" in r.reason for r in short)

    small = _run([str(path)], max_decompressed_bytes=800)  # the pages are 1,238 and 863 bytes
    assert [type(r).__name__ for r in small] == ["Reject", "Reject"]
    assert all(isinstance(r, Reject) and "larger than 800 bytes" in r.reason for r in small)


def test_unknown_content_encoding_is_a_reject(tmp_path: Path) -> None:
    body = b"\x28\xb5\x2f\xfd compressed bytes"
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: zstd\r\n\r\n" + body
    path = tmp_path / "z.warc"
    path.write_bytes(_record("response", "https://z.example/", block))
    [reject] = _run([str(path)])
    assert isinstance(reject, Reject) and "'zstd'" in reject.reason
