from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from timeline.evaluate import evaluate_file, figures, markdown_page, write_outputs
from timeline.models import Article, Mention

MakeMention = Callable[..., Mention]
Make = Callable[..., dict[str, Any]]
Writer = Callable[[list[dict[str, Any]]], Path]


class FakeOutcome:
    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.article, self.mentions, self.rejects, self.ok = article, mentions, [], True


class FakeExtraction:
    """Gives one USA->JOR AGREE mention for any text that names Jordan; records batch sizes."""

    def __init__(self, mention: MakeMention) -> None:
        self.mention = mention
        self.batches: list[int] = []

    def run(self, articles: Sequence[Article]) -> Iterator[FakeOutcome]:
        self.batches.append(len(articles))
        for article in articles:
            found = "Jordan" in article.text
            yield FakeOutcome(article, [self.mention(article_id=article.article_id)] * found)


def _gold(write_gold: Writer, record: Make, actor: Make, n: int = 70) -> Path:
    event = {"source": [actor("USA")], "target": [actor("JOR")], "plover_type": "AGREE"}
    return write_gold(
        [record(f"r{i}", [event] if i % 2 else [], text=f"Jordan item {i}.") for i in range(n)]
    )


def test_evaluate_batches_by_32_and_scores(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    fake = FakeExtraction(mention)
    score, results = evaluate_file(_gold(write_gold, record, actor), fake, name="g")  # type: ignore[arg-type]
    assert fake.batches == [32, 32, 6]
    assert results[1].record.record == 2
    got = figures(score)
    assert got["field.event_detected"] == 1.0 and got["field.plover_type"] == 1.0
    assert got["false_positive.record_share"] == 1.0
    assert got["triples_plover.precision"] == 1.0


def test_outputs_and_markdown_are_deterministic(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention, tmp_path: Path
) -> None:
    path = _gold(write_gold, record, actor, n=5)
    pages, summaries = [], []
    for run in ("a", "b"):
        score, results = evaluate_file(path, FakeExtraction(mention), name="g.jsonl")  # type: ignore[arg-type]
        write_outputs(tmp_path / run, [score], [results], "timeline eval g.jsonl")
        pages.append(markdown_page([score], "timeline eval g.jsonl"))
        summaries.append((tmp_path / run / "summary.json").read_text())
    assert pages[0] == pages[1] and summaries[0] == summaries[1]
    assert "timeline eval g.jsonl" in pages[0] and "## g.jsonl" in pages[0]
    assert "false positive on empty record" in pages[0]
    rows = [json.loads(line) for line in (tmp_path / "a" / "records.jsonl").open()]
    assert len(rows) == 5 and rows[1]["judged"][0]["fields"]["plover_type"] is True
    assert rows[1]["extracted"][0]["plover_type"] == "AGREE"
    summary = json.loads(summaries[0])
    assert summary["files"]["g.jsonl"]["figures"]["field.source_country"] == 1.0
