"""RSS and Atom input: each item is an article; hostile XML is refused without being expanded."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.ingest import IngestOptions, iter_inputs
from timeline.ingest.sniff import Format, detect_format, is_input_file_name
from timeline.models import Article, Reject

PARA_1 = (
    "The foreign ministers of France and Germany met in Paris on Monday to discuss a new trade "
    "agreement between the two countries, the first such meeting since the summer."
)
PARA_2 = (
    "Officials said the talks were constructive and that a second round would follow next month "
    "in Berlin, where negotiators are expected to settle the remaining disputes over tariffs."
)
PARA_3 = (
    "Dock workers at the port of Rotterdam returned to work on Wednesday after their union "
    "accepted a revised pay offer, ending a strike that had held up hundreds of ships."
)
PARA_4 = (
    "The union said its members had voted by a large majority to accept the offer, which "
    "includes a wage increase over two years and new limits on night shifts."
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News - World</title>
  <link>https://www.example-news.com/world</link>
  <description>World news from Example News</description>
  <item>
    <title>Ministers meet in Paris to revive trade talks</title>
    <link>https://www.example-news.com/world/ministers-meet</link>
    <guid isPermaLink="false">example-1234</guid>
    <pubDate>Mon, 07 Oct 2024 08:00:00 +0000</pubDate>
    <description>Short teaser that should not be used.</description>
    <content:encoded><![CDATA[<p>{PARA_1}</p><p>Advertisement</p><p>{PARA_2}</p>
      <p>Share this article</p>]]></content:encoded>
  </item>
  <item>
    <title>Dock workers end strike</title>
    <guid>https://www.example-news.com/europe/dock-strike</guid>
    <dc:date>2024-10-09T05:30:00Z</dc:date>
    <description>&lt;p&gt;{PARA_3}&lt;/p&gt;&lt;p&gt;{PARA_4}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Only a link</title>
    <link>https://www.example-news.com/only-a-link</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Wire</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-10-10T00:00:00Z</updated>
  <entry>
    <title type="html">Ministers &lt;em&gt;meet&lt;/em&gt; in Paris</title>
    <link rel="self" href="https://harbour.example.net/api/1"/>
    <link rel="alternate" href="https://harbour.example.net/world/ministers"/>
    <id>tag:harbour.example.net,2024:1</id>
    <published>2024-10-07T09:00:00+02:00</published>
    <updated>2024-10-08T10:00:00Z</updated>
    <content type="html">&lt;p&gt;{PARA_1}&lt;/p&gt;&lt;p&gt;{PARA_2}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Dock workers end strike</title>
    <link href="https://harbour.example.net/europe/dock-strike"/>
    <id>tag:harbour.example.net,2024:2</id>
    <updated>2024-10-09T12:00:00Z</updated>
    <summary type="text">{PARA_3}

{PARA_4}</summary>
  </entry>
  <entry>
    <title type="text">XHTML entry</title>
    <link href="https://harbour.example.net/xhtml"/>
    <id>tag:harbour.example.net,2024:3</id>
    <updated>2024-10-11T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{PARA_2}</p>
      <p>{PARA_4}</p></div></content>
  </entry>
</feed>
"""

SECRET = "TOP-SECRET-7f3a9c"


def _run(paths: list[str], **options: object) -> list[Article | Reject]:
    return list(iter_inputs(paths, IngestOptions(**options)))  # type: ignore[arg-type]


def _articles(records: list[Article | Reject]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = _run([str(path)])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.record, second.record) == (1, 2)
    assert first.url == "https://www.example-news.com/world/ministers-meet"
    assert second.url == "https://www.example-news.com/europe/dock-strike"  # a permalink guid
    assert first.title == "Ministers meet in Paris to revive trade talks"
    assert first.published == dt.date(2024, 10, 7)
    assert second.published == dt.date(2024, 10, 9)
    assert first.outlet == "example-news.com"
    assert first.text.startswith(PARA_1[:60])  # content:encoded, not the teaser
    assert "teaser" not in first.text
    assert "Advertisement" not in first.text and "Share this article" not in first.text
    assert second.text.startswith(PARA_3[:60]) and "night shifts" in second.text
    assert first.language == "en"
    assert isinstance(third, Reject) and third.record == 3 and "no content" in third.reason


def test_atom_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    found = _run([str(path)])
    first, second, third = _articles(found)
    assert len(found) == 3
    assert first.url == "https://harbour.example.net/world/ministers"  # rel=alternate, not self
    assert first.title == "Ministers meet in Paris"
    assert first.published == dt.date(2024, 10, 7)  # published before updated
    assert second.published == dt.date(2024, 10, 9)  # only updated
    assert second.url == "https://harbour.example.net/europe/dock-strike"
    assert first.text.startswith(PARA_1[:60]) and "tariffs" in first.text
    assert second.text.startswith(PARA_3[:60]) and "night shifts" in second.text
    assert third.text.startswith(PARA_2[:60]) and "night shifts" in third.text
    assert "<p>" not in third.text


def test_xml_extension_and_sniffing(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    assert is_input_file_name("feed.xml") and is_input_file_name("feed.rss.gz")
    assert len(_articles(_run([str(tmp_path)]))) == 2  # found in a folder, read as a feed
    assert detect_format("", ATOM.encode(), None) == Format.FEED
    assert detect_format("", b'<rss version="2.0"><channel>', None) == Format.FEED
    assert detect_format("x.atom", b"", None) == Format.FEED


def test_xml_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://example.com/</loc></url></urlset>",
        encoding="utf-8",
    )
    [reject] = _run([str(path)])
    assert isinstance(reject, Reject) and "<urlset>" in reject.reason


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("compress", [True, False])
def test_feed_from_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, compress: bool) -> None:
    data = ATOM.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", _Stdin(gzip.compress(data) if compress else data))
    found = _articles(_run(["-"]))
    assert [(a.input_path, a.record) for a in found] == [("-", 1), ("-", 2), ("-", 3)]


def test_gzip_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "world.rss.gz"
    path.write_bytes(gzip.compress(RSS.encode("utf-8")))
    assert [a.record for a in _articles(_run([str(path)]))] == [1, 2]


def test_broken_xml_keeps_the_items_before_it(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_text(RSS.split("<item>\n    <title>Only a link")[0] + "<item><title>x</ti", "utf-8")
    records = _run([str(path)])
    assert [type(r).__name__ for r in records] == ["Article", "Article", "Reject"]
    last = records[-1]
    assert isinstance(last, Reject) and "stopped after record 2" in last.reason
    assert "not well-formed XML" in last.reason


def test_feed_is_streamed_not_loaded_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    item = RSS.split("<item>")[1].split("</item>")[0]
    head, _, _ = RSS.partition("<item>")
    data = (head + f"<item>{item}</item>" * 3000 + "</channel></rss>").encode()  # about 3 MB
    stdin = _Stdin(data)
    counting = _CountingBuffer(data)
    stdin.buffer = counting
    monkeypatch.setattr(sys, "stdin", stdin)
    records = iter_inputs(["-"], IngestOptions())
    first = next(records)
    assert isinstance(first, Article) and first.record == 1
    assert counting.bytes_read < len(data) // 10


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


# ---- hostile XML ---------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><link>https://example.com/a</link>
<description>&lt;p&gt;{para}&lt;/p&gt;&lt;p&gt;&lol9;&lt;/p&gt;</description></item>
</channel></rss>
""".replace("{para}", PARA_1)


def test_billion_laughs_is_refused_without_expansion(tmp_path: Path) -> None:
    path = tmp_path / "laughs.rss"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.monotonic()
    records = _run([str(path)])
    assert time.monotonic() - started < 10
    [reject] = records
    assert isinstance(reject, Reject) and "entities" in reject.reason
    assert "\n" not in reject.reason


@pytest.fixture
def secret_file(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A local file holding a secret, and the list of every attempt to open it."""
    secret = tmp_path / "secret.txt"
    secret.write_text(f"<p>{SECRET} {PARA_1}</p>", encoding="utf-8")
    opened: list[str] = []
    watching = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching[0] and event == "open" and args and str(args[0]).endswith("secret.txt"):
            opened.append(str(args[0]))

    sys.addaudithook(hook)  # cannot be removed: it stops watching when the test ends
    yield secret, opened
    watching[0] = False


def _assert_secret_safe(records: list[Article | Reject], opened: list[str]) -> None:
    assert opened == []
    for record in records:
        assert SECRET not in record.model_dump_json()
        if isinstance(record, Article):
            assert SECRET not in record.text
    assert any(isinstance(r, Reject) for r in records)


def test_external_entity_is_refused_and_the_file_not_read(
    tmp_path: Path, secret_file: tuple[Path, list[str]]
) -> None:
    secret, opened = secret_file
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY leak SYSTEM "{secret.as_uri()}"> ]>
<rss version="2.0"><channel><title>Leak</title>
<item><title>Leak &leak;</title><link>https://example.com/a</link>
<description>&lt;p&gt;{PARA_1}&lt;/p&gt;&leak;</description></item>
</channel></rss>
"""
    path = tmp_path / "leak.rss"
    path.write_text(feed, encoding="utf-8")
    records = _run([str(path)])
    _assert_secret_safe(records, opened)
    [reject] = records
    assert isinstance(reject, Reject) and "entities" in reject.reason


def test_external_dtd_is_never_loaded(tmp_path: Path, secret_file: tuple[Path, list[str]]) -> None:
    secret, opened = secret_file
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">', encoding="utf-8")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "{dtd.as_uri()}">
<rss version="2.0"><channel><title>Leak</title>
<item><title>Leak</title><link>https://example.com/a</link>
<description>&lt;p&gt;{PARA_1}&lt;/p&gt;&leak;</description></item>
</channel></rss>
"""
    path = tmp_path / "dtd.rss"
    path.write_text(feed, encoding="utf-8")
    _assert_secret_safe(_run([str(path)]), opened)
