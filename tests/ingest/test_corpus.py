"""The seed corpus: the founding article, as text and as news-please gives it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from timeline.ingest import article_id_for
from timeline.models import Article, Reject

Run = Callable[..., list[Article | Reject]]  # the `run` fixture from conftest.py


def test_news_please_seed_file(corpus: Path, run: Run) -> None:
    [article] = run([corpus / "kim-putin-birthday.newsplease.json"])
    assert isinstance(article, Article)
    assert article.published == dt.date(2024, 10, 7)
    assert article.language == "en"
    assert article.title == "Kim Jong-un Sends Birthday Message to Putin Amid Strengthening Ties"
    assert article.text.startswith("North Korean leader Kim Jong-un has extended")
    assert "Connect with us" not in article.text
    assert article.record is None


def test_text_seed_file(corpus: Path, run: Run) -> None:
    [article] = run([corpus / "kim-putin-birthday.txt"])
    assert isinstance(article, Article)
    assert article.language == "en"  # detected: the .txt has no metadata
    assert article.published is None
    assert article.text.startswith("North Korean leader Kim Jong-un has extended")
    for furniture in ("Connect with us", "Published", "Kim Jong Un Putin Meeting"):
        assert furniture not in article.text


def test_same_story_in_two_formats_has_one_id(corpus: Path, run: Run) -> None:
    txt, js = run(
        [corpus / "kim-putin-birthday.txt", corpus / "kim-putin-birthday.newsplease.json"]
    )
    assert isinstance(txt, Article) and isinstance(js, Article)
    assert txt.article_id == js.article_id == article_id_for(txt.text)


def test_same_text_in_two_files_has_one_id(corpus: Path, tmp_path: Path, run: Run) -> None:
    text = (corpus / "kim-putin-birthday.txt").read_text(encoding="utf-8")
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "two.txt").write_text(text.replace("\n\n", "\n\n\n").upper(), encoding="utf-8")
    one, two = run([tmp_path])
    assert isinstance(one, Article) and isinstance(two, Article)
    assert one.article_id == two.article_id
    assert one.input_path != two.input_path
