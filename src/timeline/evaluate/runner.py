"""Running the normal extraction over gold records, in batches, with the model loaded once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from timeline.evaluate.gold import GoldFile, GoldRecord, load_gold
from timeline.evaluate.scoring import FileScore, RecordResult, score_file
from timeline.ingest import article_id_for
from timeline.models import Article

if TYPE_CHECKING:
    from timeline.pipeline import ArticleOutcome

BATCH = 32


class Extractor(Protocol):
    """What scoring needs of `timeline.pipeline.Extraction` (a fake in unit tests)."""

    def run(self, articles: Sequence[Article]) -> Iterable[ArticleOutcome]: ...


def article_for(record: GoldRecord) -> Article:
    """The article a build would make of a gold record (English, the gold's date)."""
    return Article(
        article_id=article_id_for(record.text),
        input_path=record.input_path,
        record=record.record,
        text=record.text,
        published=record.published,
        language="en",
    )


def _batches(records: Sequence[GoldRecord], size: int) -> Iterator[list[GoldRecord]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_records(
    gold: GoldFile, extraction: Extractor, batch: int = BATCH
) -> list[RecordResult]:
    """Each gold record with the mentions extracted from it (a failed article: none)."""
    results: list[RecordResult] = []
    for records in _batches(gold.records, batch):
        outcomes = extraction.run([article_for(r) for r in records])
        for record, outcome in zip(records, outcomes, strict=True):
            rejected = None if outcome.ok else "; ".join(r.reason for r in outcome.rejects)
            results.append(RecordResult(record, tuple(outcome.mentions), rejected or None))
    return results


def evaluate_gold(
    gold: GoldFile, extraction: Extractor, name: str | None = None
) -> tuple[FileScore, list[RecordResult]]:
    """Extract and score one loaded gold file; `name` is how the report names it."""
    results = extract_records(gold, extraction)
    return score_file(gold, results, name or str(gold.path)), results


def evaluate_file(
    path: Path, extraction: Extractor, name: str | None = None
) -> tuple[FileScore, list[RecordResult]]:
    """Load, extract and score one gold file."""
    return evaluate_gold(load_gold(path), extraction, name or str(path))
