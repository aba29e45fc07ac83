"""Every input format yields the same Article fields, one record at a time."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]
import pytest

from timeline.ingest import IngestOptions, article_id_for, clean_text, iter_inputs, text_from_html
from timeline.models import Article, Reject

HTML = """<!DOCTYPE html><html><head><title>Ministers meet in Paris | Example News</title>
<link rel="canonical" href="https://www.example.com/world/ministers-meet"/>
<meta property="og:site_name" content="Example News"/>
<meta property="article:published_time" content="2024-10-07T08:00:00Z"/>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Paris</h1><p>By Jane Doe</p>
<p>The foreign ministers of France and Germany met in Paris on Monday to discuss a new trade
agreement between the two countries.</p>
<p>Advertisement</p>
<p>Officials said the talks were constructive and that a second round would follow next month
in Berlin.</p></article><footer>Follow us</footer></body></html>"""

Run = Callable[..., list[Article | Reject]]  # the `run` fixture from conftest.py


def articles(records: list[Article | Reject]) -> list[Article]:
    assert all(isinstance(r, Article) for r in records), records
    return [r for r in records if isinstance(r, Article)]


def test_plain_text_file(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Share\n\n" + english, encoding="utf-8")
    [article] = articles(run([path]))
    assert article.input_path == str(path)
    assert article.record is None
    assert article.text == clean_text(english)
    assert article.article_id == article_id_for(article.text)
    assert article.language == "en"
    assert article.published is None


def test_plain_text_sidecar_metadata(tmp_path: Path, run: Run, english: str) -> None:
    (tmp_path / "story.txt").write_text(english, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        json.dumps(
            {
                "title": "Ministers meet",
                "url": "https://example.com/a",
                "outlet": "Example News",
                "published": "2024-10-07",
                "language": "en",
            }
        ),
        encoding="utf-8",
    )
    [article] = articles(run([tmp_path]))  # the sidecar itself is not an input
    assert article.title == "Ministers meet"
    assert article.url == "https://example.com/a"
    assert article.outlet == "Example News"
    assert article.published == dt.date(2024, 10, 7)


def test_broken_sidecar_rejects_with_reason(tmp_path: Path, run: Run, english: str) -> None:
    (tmp_path / "story.txt").write_text(english, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{not json", encoding="utf-8")
    [reject] = run([tmp_path / "story.txt"])
    assert isinstance(reject, Reject)
    assert "story.meta.json" in reject.reason


def test_html_page_main_text_and_metadata(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = articles(run([path]))
    assert article.text.startswith("The foreign ministers of France and Germany")
    assert "Advertisement" not in article.text
    assert "By Jane Doe" not in article.text
    assert "Follow us" not in article.text
    assert article.text.count("\n\n") == 1
    assert article.title == "Ministers meet in Paris"
    assert article.url == "https://www.example.com/world/ministers-meet"
    assert article.outlet == "example.com"
    assert article.published == dt.date(2024, 10, 7)


def test_text_from_html_matches_ingest(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "page.htm"
    path.write_text(HTML, encoding="utf-8")
    [article] = articles(run([path]))
    assert text_from_html(HTML) == article.text


def test_html_without_main_text_is_rejected(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    [reject] = run([path])
    assert isinstance(reject, Reject)
    assert reject.reason.startswith(("no main text found", "no prose left"))


def test_json_news_please_fields(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "a.json"
    record = {
        "title": "Ministers meet",
        "maintext": english,
        "date_publish": "2024-10-07 00:00:00",
        "url": "https://example.com/a",
        "source_domain": "www.example.com",
        "language": "en",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = articles(run([path]))
    assert (article.title, article.url, article.outlet) == (
        "Ministers meet",
        "https://example.com/a",
        "example.com",
    )
    assert article.published == dt.date(2024, 10, 7)
    assert article.record is None


def test_json_trafilatura_fields(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "a.json"
    record = {
        "title": "Ministers meet",
        "text": english,
        "date": "2024-10-08",
        "hostname": "example.org",
        "source": "https://example.org/world/a",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = articles(run([path]))
    assert article.outlet == "example.org"
    assert article.url == "https://example.org/world/a"
    assert article.published == dt.date(2024, 10, 8)


def test_json_array_records_are_numbered(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "many.json"
    items = [{"text": english}, 42, {"text": english.replace("Paris", "Rome")}]
    path.write_text(json.dumps(items), encoding="utf-8")
    records = run([path])
    assert [type(r).__name__ for r in records] == ["Article", "Reject", "Article"]
    assert [r.record for r in records] == [1, 2, 3]


def test_jsonl_broken_line_rejected_good_lines_kept(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": english, "title": "One"}),
        '{"text": "broken',
        "",
        json.dumps({"maintext": english.replace("Paris", "Rome"), "title": "Two"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = run([path])
    assert [(type(r).__name__, r.record) for r in records] == [
        ("Article", 1),
        ("Reject", 2),
        ("Article", 4),
    ]
    bad = records[1]
    assert isinstance(bad, Reject)
    assert "line 2 is not valid JSON" in bad.reason


def test_csv_with_text_column_option(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "table.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("id,story,headline,published,source\n")
        out.write(f'1,"{english}",Ministers meet,2024-10-07,example.com\n')
        out.write(f'2,"{english.replace("Paris", "Rome")}",In Rome,7 October 2024,example.net\n')
    records = run([path], text_column="story")
    first, second = articles(records)
    assert (first.record, second.record) == (1, 2)
    assert first.title == "Ministers meet"
    assert first.outlet == "example.com"
    assert second.published == dt.date(2024, 10, 7)
    assert "\n\n" in first.text  # the quoted field's blank line survived as a paragraph break


def test_csv_without_text_column_is_rejected_with_reason(
    tmp_path: Path, run: Run, english: str
) -> None:
    path = tmp_path / "table.csv"
    path.write_text(f'id,story\n1,"{english}"\n', encoding="utf-8")
    [reject] = run([path])
    assert isinstance(reject, Reject)
    assert reject.reason.startswith("no text column")
    assert "'story'" in reject.reason and "--text-column" in reject.reason


def test_tsv_file(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "table.tsv"
    flat = english.replace("\n\n", " ")
    path.write_text(f"title\ttext\nMinisters meet\t{flat}\n", encoding="utf-8")
    [article] = articles(run([path]))
    assert article.title == "Ministers meet"
    assert article.record == 1


def test_parquet_with_text_column(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "table.parquet"
    table = pa.table(
        {
            "body": [english, None, english.replace("Paris", "Rome")],
            "title": ["One", "Two", "Three"],
            "published": [dt.datetime(2024, 10, 7, 9, 30), None, None],
            "unused": [1, 2, 3],
        }
    )
    pq.write_table(table, path, row_group_size=2)
    records = run([path])
    assert [(type(r).__name__, r.record) for r in records] == [
        ("Article", 1),
        ("Reject", 2),
        ("Article", 3),
    ]
    first = records[0]
    assert isinstance(first, Article)
    assert first.published == dt.date(2024, 10, 7)
    assert first.title == "One"
    assert isinstance(records[1], Reject) and records[1].reason.startswith("empty text")


def test_parquet_missing_text_column_is_rejected(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "table.parquet"
    pq.write_table(pa.table({"story": [english]}), path)
    [reject] = run([path])
    assert isinstance(reject, Reject)
    assert "no text column" in reject.reason and "'story'" in reject.reason
    [article] = run([path], text_column="story")
    assert isinstance(article, Article)


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "story.txt.gz", "table.csv.gz", "noext.gz"])
def test_gzip_inputs(tmp_path: Path, run: Run, name: str, english: str) -> None:
    flat = english.replace("\n\n", " ")
    content = {
        "feed.jsonl.gz": json.dumps({"text": english}) + "\n" + json.dumps({"text": english}),
        "story.txt.gz": english,
        "table.csv.gz": f'text\n"{flat}"\n',
        "noext.gz": json.dumps({"text": english}),
    }[name]
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    records = articles(run([path]))
    assert records
    assert {r.article_id for r in records} <= {article_id_for(english), article_id_for(flat)}


def test_gzip_parquet(tmp_path: Path, run: Run, english: str) -> None:
    buffer = io.BytesIO()
    pq.write_table(pa.table({"text": [english]}), buffer)
    path = tmp_path / "table.parquet.gz"
    path.write_bytes(gzip.compress(buffer.getvalue()))
    [article] = articles(run([path]))
    assert article.record == 1


class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _stdin_bytes(kind: str, english: str) -> bytes:
    one = json.dumps({"text": english})
    return {
        "text": english.encode("utf-8"),
        "json": json.dumps({"maintext": english}).encode(),
        "jsonl": f"{one}\n{one}\n".encode(),
        "csv": f'title,text\nOne,"{english}"\n'.encode(),
        "gzip": gzip.compress(english.encode("utf-8")),
        "html": HTML.encode("utf-8"),
    }[kind]


@pytest.mark.parametrize(
    ("kind", "record"),
    [("text", None), ("json", None), ("jsonl", 1), ("csv", 1), ("gzip", None), ("html", None)],
)
def test_stdin_format_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, run: Run, english: str, kind: str, record: int | None
) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(_stdin_bytes(kind, english)))
    records = articles(run(["-"]))
    assert records[0].input_path == "-"
    assert records[0].record == record
    assert records[0].text.startswith("The foreign ministers of France and Germany")


def test_undecodable_bytes_fall_back_without_crashing(
    tmp_path: Path, run: Run, english: str
) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(english.replace("Paris", "Paris \u2013 café").encode("cp1252"))
    [article] = articles(run([path]))
    assert "Paris – café" in article.text


def test_utf16_with_bom_and_utf8_bom(tmp_path: Path, run: Run, english: str) -> None:
    (tmp_path / "a.txt").write_bytes(english.encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": english}).encode())
    (tmp_path / "c.csv").write_bytes(f'text\n"{english}"\n'.encode("utf-16"))
    records = articles(run([tmp_path]))
    assert [r.article_id for r in records] == [article_id_for(english)] * 3


class _CountingStdin:
    """A stdin whose buffer records how many bytes were read from it."""

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


def test_jsonl_is_streamed_not_loaded_whole(monkeypatch: pytest.MonkeyPatch, english: str) -> None:
    line = json.dumps({"text": english}) + "\n"
    data = (line * 20_000).encode("utf-8")  # about 5 MB
    stdin = _CountingStdin(data)
    monkeypatch.setattr(sys, "stdin", stdin)
    records = iter_inputs(["-"], IngestOptions())
    first = next(records)
    assert isinstance(first, Article) and first.record == 1
    assert stdin.buffer.bytes_read < len(data) // 10


def test_json_lines_saved_as_json(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"text": english}) + "\n" + json.dumps({"text": english}) + "\n")
    assert [r.record for r in articles(run([path]))] == [1, 2]


def test_html_declared_charset_and_sidecar(tmp_path: Path, run: Run) -> None:
    page = HTML.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "new trade", "new café trade"
    )
    (tmp_path / "page.html").write_bytes(page.encode("cp1252"))
    (tmp_path / "page.meta.json").write_text(json.dumps({"outlet": "Example Wire"}))
    [article] = articles(run([tmp_path]))
    assert "new café trade" in article.text
    assert article.outlet == "Example Wire"
    assert article.title == "Ministers meet in Paris"  # from the page: the sidecar has none
