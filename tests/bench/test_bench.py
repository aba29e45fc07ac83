"""The benchmark's corpus and table, on 20 articles: fast, and never timed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from timeline.bench.corpus import (
    BaseArticle,
    check_variation,
    load_bases,
    make_article,
    write_corpus,
)
from timeline.bench.report import Row, build_rows, compare_rows, format_table
from timeline.dedup.simhash import NEAR_DUPLICATE_DISTANCE, distance, simhash
from timeline.ingest import IngestOptions, iter_inputs
from timeline.models import Article

N = 20


@pytest.fixture(scope="module")
def bases() -> list[BaseArticle]:
    return load_bases()


def test_bases_are_english_and_distinct(bases: list[BaseArticle]) -> None:
    # 17 English sample texts less the exact and the near copy, the Kim article, 249 Guardian
    assert 250 <= len(bases) <= 270
    assert all(b.n_sentences >= 3 for b in bases)
    assert not any("inspecteurs" in " ".join(b.paragraphs[0]) for b in bases)  # the French one


def test_corpus_is_deterministic_and_readable(bases: list[BaseArticle], tmp_path: Path) -> None:
    first = write_corpus(bases, tmp_path / "a", 0, N)
    again = write_corpus(bases, tmp_path / "b", 0, N)
    assert [f.read_bytes() for f in first] == [f.read_bytes() for f in again]
    lines = gzip.decompress(first[0].read_bytes()).decode().splitlines()
    assert len(lines) == N
    assert {"title", "maintext", "date_publish", "url", "language"} <= json.loads(lines[0]).keys()
    articles = [a for a in iter_inputs([str(f) for f in first], IngestOptions())]
    assert all(isinstance(a, Article) for a in articles)
    assert len({a.article_id for a in articles if isinstance(a, Article)}) == N


def test_copies_of_one_base_are_not_near_duplicates(bases: list[BaseArticle]) -> None:
    copies = [make_article(bases, 5 + k * len(bases)).text for k in range(4)]
    prints = [simhash(text) for text in copies]
    assert all(
        distance(a, b) > NEAR_DUPLICATE_DISTANCE
        for i, a in enumerate(prints)
        for b in prints[i + 1 :]
    )
    check = check_variation(bases, n_bases=2, copies=4)
    assert check.pairs == 12
    assert check.near_pairs == 0


def test_extending_the_corpus_keeps_earlier_articles(bases: list[BaseArticle]) -> None:
    assert make_article(bases, 7).text == make_article(bases, 7).text
    assert make_article(bases, 7).text != make_article(bases, 7 + len(bases)).text


def test_table_aligns_and_marks_targets() -> None:
    rows = [Row("floor", "articles/s", "8.40"), Row("ratios", "x2 / x1", "1.80", ">= 1.7", True)]
    lines = format_table(rows).splitlines()
    assert lines[0].split() == ["section", "metric", "value", "target", "status"]
    assert lines[-1].endswith("PASS")
    assert len({line.index("value") for line in lines[:1]}) == 1
    assert lines[2].startswith("floor ")


def test_rows_and_compare_from_results() -> None:
    run = {
        "engine": "local", "workers": 2, "wall_s": 10.0, "articles_per_s": 2.0,
        "sentences_per_s": 40.0, "mentions_per_s": 8.0, "events_per_s": 7.0,
        "stage_s": {"nlp": 5.0}, "counts": {"inputs": 20, "duplicates": 1},
        "rss_main_mb": 200.0, "rss_worker_mb": 400.0,
    }  # fmt: skip
    results = {"builds": [run], "ratios": {"w2_over_w1": 1.5}}
    rows = build_rows(results)
    assert any(r.metric == "articles flagged duplicate" and r.value == "1 (5.0%)" for r in rows)
    assert [r.status for r in rows if r.section == "ratios"] == ["FAIL"]
    bigger = {"builds": [{**run, "rss_main_mb": 230.0, "rss_worker_mb": 404.0}]}
    compared = {r.metric.split(" peak")[0]: r.passed for r in compare_rows(results, bigger)}
    assert compared == {"local x2 main": False, "local x2 worker": True}
