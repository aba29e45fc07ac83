"""Fixtures for the ingest tests: a helper that runs the stage, and the shared corpus folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from timeline.ingest import IngestOptions, iter_inputs
from timeline.models import Article, Reject

CORPUS = Path("/work/shared/corpus")
ENGLISH = (
    "The foreign ministers of France and Germany met in Paris on Monday to discuss a new "
    "trade agreement between the two countries.\n\n"
    "Officials said the talks were constructive and that a second round would follow next "
    "month in Berlin."
)
FRENCH = (
    "Les ministres des affaires étrangères de la France et de l'Allemagne se sont réunis à "
    "Paris lundi pour discuter d'un nouvel accord commercial entre les deux pays.\n\n"
    "Les responsables ont déclaré que les discussions avaient été constructives."
)


Run = Callable[..., list[Article | Reject]]


@pytest.fixture
def run() -> Run:
    """Run the ingest stage over inputs and return every record it yields, in order."""

    def _run(inputs: Sequence[str | Path], **options: object) -> list[Article | Reject]:
        return list(iter_inputs([str(i) for i in inputs], IngestOptions(**options)))  # type: ignore[arg-type]

    return _run


@pytest.fixture
def corpus() -> Path:
    """The shared real-article folder (read in place: its texts belong to their publishers)."""
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not available")
    return CORPUS


@pytest.fixture
def english() -> str:
    """Two paragraphs of English news prose."""
    return ENGLISH


@pytest.fixture
def french() -> str:
    """Two paragraphs of French news prose."""
    return FRENCH
