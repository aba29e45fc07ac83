"""Accuracy against hand-coded gold: load gold files, run the extraction, score, report.

The CLI's `timeline eval` and the accuracy gate test both call `evaluate_file`.
"""

from __future__ import annotations

from timeline.evaluate.gold import GoldFile, GoldFormatError, load_gold
from timeline.evaluate.report import figures, markdown_page, summary, write_outputs
from timeline.evaluate.runner import evaluate_file, evaluate_gold, extract_records
from timeline.evaluate.scoring import FileScore, RecordResult, score_file

__all__ = [
    "FileScore",
    "GoldFile",
    "GoldFormatError",
    "RecordResult",
    "evaluate_file",
    "evaluate_gold",
    "extract_records",
    "figures",
    "load_gold",
    "markdown_page",
    "score_file",
    "summary",
    "write_outputs",
]
