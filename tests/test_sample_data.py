"""Checks the promises made by the sample articles in data/raw (see data/raw/README.md).

Standard library only: the loaders below are deliberately independent of the
`timeline.ingest` code so that the sample corpus can be trusted on its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

SIDECAR_KEYS = {"title", "url", "outlet", "published", "language"}
NEWSPLEASE_KEYS = {"title", "maintext", "date_publish", "url", "source_domain", "language"}
TRAFILATURA_KEYS = {"title", "text", "date", "url", "hostname"}
CSV_COLUMNS = ["title", "text", "date", "url", "source"]
EXPECTED_FORMATS = {"txt", "txt.gz", "html", "json-newsplease", "json-trafilatura", "jsonl", "csv"}

UNDATED = "undated_kyiv-missile-strikes.txt"
DUPLICATE = "2024-03-07_sweden-joins-nato.txt"
DUPLICATE_TWIN = ("2023-2024_newsplease-batch.jsonl", 2)  # (file, zero-based line)
NEAR_COPY = "2024-06-20_putin-pyongyang_harbour-daily.txt"
NEAR_COPY_TWIN = "2024-06-20_putin-pyongyang.txt"
NON_ENGLISH = "2023-09-17_iran-aiea-inspecteurs.txt"
GZIP_FILE = "2023-02-24_russia-sanctions.txt.gz"
FURNITURE_FILE = "2022-07-22_black-sea-grain-deal.txt"


@dataclass(frozen=True)
class Article:
    source: str  # file name, plus "#n" for multi-article containers
    fmt: str
    title: str | None
    text: str
    published: str | None
    language: str | None


class _HtmlPage(HTMLParser):
    """Collects <title>, <meta property=...> and the <p> text inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.tags: set[str] = set()
        self.paragraphs: list[str] = []
        self._in_title = False
        self._article_depth = 0
        self._p: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        attr = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and "property" in attr:
            self.meta[attr["property"]] = attr.get("content", "")
        elif tag == "article":
            self._article_depth += 1
        elif tag == "p" and self._article_depth and "byline" not in attr.get("class", ""):
            self._p = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._article_depth -= 1
        elif tag == "p" and self._p is not None:
            self.paragraphs.append("".join(self._p).strip())
            self._p = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._p is not None:
            self._p.append(data)


def _parse_html(path: Path) -> _HtmlPage:
    page = _HtmlPage()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _sidecar_for(path: Path) -> Path:
    name = path.name
    for suffix in (".txt.gz", ".txt"):
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".meta.json")
    raise ValueError(f"no sidecar convention for {name}")


def _load_sidecar(path: Path) -> dict[str, str] | None:
    side = _sidecar_for(path)
    if not side.exists():
        return None
    data: dict[str, str] = json.loads(side.read_text(encoding="utf-8"))
    return data


def _from_plain(path: Path, text: str, fmt: str) -> Article:
    meta = _load_sidecar(path)
    return Article(
        source=path.name,
        fmt=fmt,
        title=meta["title"] if meta else None,
        text=text,
        published=meta["published"] if meta else None,
        language=meta["language"] if meta else None,
    )


def load_articles() -> list[Article]:
    articles: list[Article] = []
    for path in sorted(RAW.iterdir()):
        name = path.name
        if name == "README.md" or name.endswith(".meta.json"):
            continue
        if name.endswith(".txt.gz"):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            articles.append(_from_plain(path, text, "txt.gz"))
        elif name.endswith(".txt"):
            articles.append(_from_plain(path, path.read_text(encoding="utf-8"), "txt"))
        elif name.endswith(".html"):
            page = _parse_html(path)
            articles.append(
                Article(
                    source=name,
                    fmt="html",
                    title=page.title,
                    text="\n\n".join(page.paragraphs),
                    published=page.meta.get("article:published_time"),
                    language="en",
                )
            )
        elif name.endswith(".jsonl"):
            lines = path.read_text(encoding="utf-8").splitlines()
            for i, line in enumerate(lines):
                row = json.loads(line)
                articles.append(
                    Article(
                        f"{name}#{i}",
                        "jsonl",
                        row["title"],
                        row["maintext"],
                        row["date_publish"],
                        row["language"],
                    )
                )
        elif name.endswith(".json"):
            row = json.loads(path.read_text(encoding="utf-8"))
            if "maintext" in row:
                articles.append(
                    Article(
                        name,
                        "json-newsplease",
                        row["title"],
                        row["maintext"],
                        row["date_publish"],
                        row["language"],
                    )
                )
            else:
                articles.append(
                    Article(name, "json-trafilatura", row["title"], row["text"], row["date"], None)
                )
        elif name.endswith(".csv"):
            with path.open(encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh)):
                    articles.append(
                        Article(f"{name}#{i}", "csv", row["title"], row["text"], row["date"], None)
                    )
        else:
            pytest.fail(f"unexpected file in data/raw: {name}")
    return articles


ARTICLES = load_articles()
BY_SOURCE = {a.source: a for a in ARTICLES}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _parse_date(value: str) -> dt.date:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()


# --- corpus shape -----------------------------------------------------------------------


def test_between_10_and_20_articles() -> None:
    assert 10 <= len(ARTICLES) <= 20, [a.source for a in ARTICLES]


def test_at_least_six_formats() -> None:
    formats = {a.fmt for a in ARTICLES}
    assert len(formats) >= 6, formats
    assert formats >= EXPECTED_FORMATS


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.source)
def test_article_length_is_wire_sized(article: Article) -> None:
    n = len(_words(article.text))
    assert 120 <= n <= 350, f"{article.source}: {n} words"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.source)
def test_article_has_title(article: Article) -> None:
    if article.source == UNDATED:
        assert article.title is None  # no sidecar: the title is only the first line of text
    else:
        assert article.title and article.title.strip()


def test_titles_are_first_lines_of_plain_text() -> None:
    for art in ARTICLES:
        if art.fmt in {"txt", "txt.gz"} and art.source not in {FURNITURE_FILE, DUPLICATE}:
            first = art.text.splitlines()[0].strip()
            if art.title is not None:
                assert first == art.title, art.source


def test_readme_lists_every_file() -> None:
    readme = (RAW / "README.md").read_text(encoding="utf-8")
    for path in RAW.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, f"{path.name} missing from README.md"


# --- sidecars and container formats ---------------------------------------------------------


SIDECARS = sorted(RAW.glob("*.meta.json"))


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.name)
def test_sidecar_is_valid(sidecar: Path) -> None:
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    assert set(data) == SIDECAR_KEYS
    assert all(isinstance(v, str) and v.strip() for v in data.values())
    dt.date.fromisoformat(data["published"])
    url = urlparse(data["url"])
    assert url.scheme == "https"
    assert url.hostname is not None and url.hostname.endswith(".example")
    assert re.fullmatch(r"[a-z]{2}", data["language"])
    stem = sidecar.name.removesuffix(".meta.json")
    assert (RAW / f"{stem}.txt").exists() or (RAW / f"{stem}.txt.gz").exists(), "orphan sidecar"


def test_every_plain_text_except_the_undated_one_has_a_sidecar() -> None:
    plain = [p for p in RAW.iterdir() if p.name.endswith((".txt", ".txt.gz"))]
    assert len(plain) >= 5
    missing = sorted(p.name for p in plain if not _sidecar_for(p).exists())
    assert missing == [UNDATED]


def test_file_name_date_matches_publication_date() -> None:
    for art in ARTICLES:
        m = re.match(r"(\d{4}-\d{2}-\d{2})_", art.source)
        if m and art.published is not None:
            assert _parse_date(art.published) == dt.date.fromisoformat(m.group(1)), art.source


def test_json_files_have_the_documented_keys() -> None:
    newsplease = json.loads((RAW / "2023-07-18_grain-deal-withdrawal.json").read_text("utf-8"))
    assert set(newsplease) == NEWSPLEASE_KEYS
    assert newsplease["date_publish"] == "2023-07-18 09:30:00"
    trafilatura = json.loads((RAW / "2024-01-12_us-uk-strikes-yemen.json").read_text("utf-8"))
    assert set(trafilatura) == TRAFILATURA_KEYS
    assert trafilatura["date"] == "2024-01-12"
    lines = (RAW / "2023-2024_newsplease-batch.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 3
    assert all(set(json.loads(line)) == NEWSPLEASE_KEYS for line in lines)


def test_csv_has_two_properly_quoted_articles() -> None:
    path = RAW / "2022-2024_wire-digest.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    assert header == CSV_COLUMNS
    assert len(rows) == 2
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)
    texts = [r[1] for r in rows]
    assert all("," in t and '"' in t and "\n" in t for t in texts)
    assert '"' in rows[1][0]  # a quoted title as well


@pytest.mark.parametrize("name", sorted(p.name for p in RAW.glob("*.html")))
def test_html_pages_are_full_pages_with_furniture(name: str) -> None:
    page = _parse_html(RAW / name)
    raw = (RAW / name).read_text(encoding="utf-8")
    assert page.title.strip()
    for prop in ("og:url", "og:site_name", "article:published_time"):
        assert page.meta.get(prop), prop
    _parse_date(page.meta["article:published_time"])
    assert {"nav", "header", "footer", "article"} <= page.tags
    assert "Connect with us" in raw
    assert "Share this article" in raw
    assert len(page.paragraphs) >= 5
    assert not any("Connect with us" in p or "Share" in p for p in page.paragraphs)


# --- special cases ------------------------------------------------------------------------


def test_exact_duplicate_equals_its_twin() -> None:
    file_name, line_no = DUPLICATE_TWIN
    twin = BY_SOURCE[f"{file_name}#{line_no}"]
    dup = BY_SOURCE[DUPLICATE]
    assert dup.text == twin.text
    assert (RAW / DUPLICATE).read_bytes() == twin.text.encode("utf-8")
    # ... and it is the only exact duplicate in the corpus
    texts = [a.text for a in ARTICLES]
    assert len(texts) - len(set(texts)) == 1


def test_near_copy_differs_but_shares_most_words() -> None:
    copy, twin = BY_SOURCE[NEAR_COPY], BY_SOURCE[NEAR_COPY_TWIN]
    assert copy.text != twin.text
    a, b = set(_words(copy.text)), set(_words(twin.text))
    assert len(a & b) / len(a | b) > 0.8
    copy_meta = _load_sidecar(RAW / NEAR_COPY)
    twin_meta = _load_sidecar(RAW / NEAR_COPY_TWIN)
    assert copy_meta and twin_meta
    assert copy_meta["outlet"] != twin_meta["outlet"]
    assert copy_meta["url"] != twin_meta["url"]


def test_gzip_file_decompresses_and_is_reproducible() -> None:
    blob = (RAW / GZIP_FILE).read_bytes()
    assert blob[:2] == b"\x1f\x8b"
    assert blob[4:8] == b"\x00\x00\x00\x00", "gzip mtime must be 0 for byte-reproducibility"
    text = gzip.decompress(blob).decode("utf-8")
    assert len(_words(text)) >= 120
    assert BY_SOURCE[GZIP_FILE].published == "2023-02-24"


def test_exactly_one_article_has_no_publication_date() -> None:
    undated = [a.source for a in ARTICLES if a.published is None]
    assert undated == [UNDATED]


def test_exactly_one_article_is_not_english() -> None:
    declared = [a.source for a in ARTICLES if a.language not in (None, "en")]
    assert declared == [NON_ENGLISH]
    words = set(_words(BY_SOURCE[NON_ENGLISH].text))
    assert {"le", "la", "les", "des", "et"} <= words
    assert len(_words(BY_SOURCE[NON_ENGLISH].text)) >= 120


def test_page_furniture_is_present_for_the_cleaner_to_remove() -> None:
    text = (RAW / FURNITURE_FILE).read_text(encoding="utf-8")
    for furniture in ("Advertisement", "By Jane Doe", "Share this article"):
        assert furniture in text


def test_historical_background_paragraph_is_present() -> None:
    text = BY_SOURCE["2024-06-20_putin-pyongyang.txt"].text
    assert re.search(r"^During the Cold War, .*1961", text, flags=re.MULTILINE)
