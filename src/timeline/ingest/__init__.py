"""The ingest stage: find inputs, read every supported format, yield Article or Reject records.

The rest of the pipeline calls only what is re-exported here.
"""

from __future__ import annotations

from timeline.ingest.formats.html_page import text_from_html
from timeline.ingest.furniture import clean_extracted_text, clean_text
from timeline.ingest.ids import article_id_for
from timeline.ingest.options import IngestOptions
from timeline.ingest.pipeline import iter_inputs
from timeline.ingest.skips import SkipCounter

__all__ = [
    "IngestOptions",
    "SkipCounter",
    "article_id_for",
    "clean_extracted_text",
    "clean_text",
    "iter_inputs",
    "text_from_html",
]
