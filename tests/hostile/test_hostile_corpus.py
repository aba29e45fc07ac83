"""The hostile corpus in one build: no crash, no good article lost, every bad input a reject."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline
import timeline.dedup.article_table as article_table
from timeline.ingest import IngestOptions
from timeline.pipeline import BuildOptions

from .corpus import SECRET, make_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, int]]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    good = make_corpus(corpus)
    out = root / "out"
    result = timeline.build([str(corpus)], out, BuildOptions(ingest=IngestOptions()))
    return out, good, result.counts()


def test_every_good_article_is_kept(built: tuple[Path, int, dict[str, int]]) -> None:
    out, good, counts = built
    articles = pd.read_parquet(out / "articles.parquet")
    kept = articles[articles["status"].isin(["ok", "duplicate"])]
    assert len(kept) >= good
    assert counts["events"] > 0


def test_every_input_file_is_accounted_for(built: tuple[Path, int, dict[str, int]]) -> None:
    out, _, counts = built
    articles = pd.read_parquet(out / "articles.parquet")
    rejects = pd.read_parquet(out / "rejects.parquet")
    corpus = out.parent / "corpus"
    files = {
        str(p) for p in corpus.rglob("*")
        if p.is_file() and not p.name.endswith(".meta.json") and "self" not in p.parts
    }  # fmt: skip
    seen = set(articles["input_path"]) | set(rejects["input_path"])
    assert files <= seen, sorted(files - seen)
    bad = {
        "photo.txt", "empty.txt", "empty.jsonl", "huge.txt", "wrong-types.json", "no-text.json",
        "deep.json", "no-text-column.csv", "no-body.html", "laughs.rss", "xxe.rss",
        "bomb.txt.gz", "german.txt",
    }  # fmt: skip
    rejected = {Path(p).name for p in rejects["input_path"]}
    assert bad <= rejected, sorted(bad - rejected)
    assert counts["rejected_inputs"] >= len(bad)


def test_every_reject_says_where_and_why(built: tuple[Path, int, dict[str, int]]) -> None:
    out, _, _ = built
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert len(rejects) >= 8
    assert rejects["reason"].str.len().gt(10).all()
    assert not rejects["reason"].str.contains("\n").any()
    reasons = " ".join(rejects["reason"]).lower()
    for expected in ("language", "limit", "text"):
        assert expected in reasons


def test_no_local_file_leaks_through_an_external_entity(
    built: tuple[Path, int, dict[str, int]],
) -> None:
    out, _, _ = built
    for table in ("mentions.parquet", "articles.parquet", "rejects.parquet"):
        frame = pd.read_parquet(out / table)
        assert not frame.astype(str).apply(lambda c: c.str.contains(SECRET)).any().any()


def test_articles_table_written_in_buckets_is_the_same(
    built: tuple[Path, int, dict[str, int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copies, rejected inputs and kept articles judged a few at a time (as a big build is)
    give the same table, in the same order, as judged in one piece."""
    out, _, counts = built
    monkeypatch.setattr(article_table, "ARTICLE_BUCKET_ROWS", 3)
    corpus = out.parent / "corpus"
    result = timeline.build([str(corpus)], tmp_path / "out", BuildOptions(ingest=IngestOptions()))
    whole = pd.read_parquet(out / "articles.parquet")
    parted = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert {"duplicate", "rejected", "ok"} <= set(whole["status"])
    assert len(whole) > 3 * 3  # several buckets
    pd.testing.assert_frame_equal(whole, parted)
    assert result.counts() == counts
