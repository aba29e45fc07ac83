"""`timeline eval` without spaCy: the extraction is replaced by a fake."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import timeline.pipeline
from timeline.cli import main
from timeline.models import Article, Mention

from .conftest import make_mention

Make = Callable[..., dict[str, Any]]
Writer = Callable[[list[dict[str, Any]]], Path]


class _Outcome:
    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.article, self.mentions, self.rejects, self.ok = article, mentions, [], True


class _FakeExtraction:
    def __init__(self, options: Any) -> None:
        self.options = options

    def run(self, articles: Sequence[Article]) -> Iterator[_Outcome]:
        for article in articles:
            yield _Outcome(article, [make_mention(article_id=article.article_id)])


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.pipeline, "Extraction", _FakeExtraction)


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0 and "Example: timeline eval" in result.output


def test_eval_prints_figures_and_writes_outputs(
    fake: None, write_gold: Writer, record: Make, actor: Make, tmp_path: Path
) -> None:
    event = {"source": [actor("USA")], "target": [actor("JOR")], "plover_type": "AGREE"}
    gold = write_gold([record("r1", [event]), record("r2", [])])
    page = tmp_path / "docs" / "accuracy.md"
    args = ["eval", str(gold), "--out", str(tmp_path / "out"), "--markdown", str(page)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "event detected" in result.output and "100.0%" in result.output
    assert "false positive on empty record" in result.output
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["command"] == "timeline eval " + " ".join(args[1:])
    assert summary["files"][str(gold)]["figures"]["false_positive.record_share"] == 1.0
    assert "timeline eval" in page.read_text()


def test_bad_gold_file_is_one_line_and_a_usage_error(
    fake: None, write_gold: Writer, record: Make
) -> None:
    gold = write_gold([record("r1", [{"quad_class": 9}])])
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: gold file {gold}:1: quad_class")
    assert len(result.output.strip().splitlines()) == 1
