"""HTML pages: main text and metadata extracted with trafilatura from the page's own bytes.

Nothing is fetched: trafilatura is given the HTML text and no URL.
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.ingest.decoding import decode_bytes
from timeline.ingest.furniture import clean_extracted_text
from timeline.ingest.metadata import RawRecord, RecordProblem, apply_sidecar, outlet_name
from timeline.ingest.options import IngestOptions
from timeline.ingest.sources import STDIN
from timeline.ingest.streams import Opened, read_all

# Only dates the page states about itself; a date guessed from any number in the page misleads
# the resolution of "on Monday" more than no date does.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def _string(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def extract_html(html: str) -> RawRecord | None:
    """Main text, title, date, canonical URL and site of an HTML page; None if it has no text."""
    import trafilatura  # slow to import; only HTML inputs need it

    document = trafilatura.bare_extraction(
        html,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        return None
    text = getattr(document, "text", None)
    if not isinstance(text, str) or not text.strip():
        return None
    url = _string(getattr(document, "url", None))
    outlet = outlet_name(_string(getattr(document, "hostname", None))) or _string(
        getattr(document, "sitename", None)
    )
    return RawRecord(
        text=text,
        title=_string(getattr(document, "title", None)),
        url=url,
        outlet=outlet,
        published=_string(getattr(document, "date", None)),
        language=_string(getattr(document, "language", None)),
        extracted=True,
    )


def text_from_html(html: str) -> str:
    """The cleaned main text of an HTML page ('' when it has none), as ingest would store it."""
    raw = extract_html(html)
    return clean_extracted_text(raw.text, title=raw.title) if raw is not None else ""


def read_html(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """One record for the page, or a problem when trafilatura finds no main text in it."""
    html = decode_bytes(read_all(opened, options.max_decompressed_bytes))
    try:
        raw = extract_html(html)
    except Exception as exc:  # a third-party parser on hostile markup: any failure is this page's
        reason = " ".join(str(exc).split())[:200]
        yield RecordProblem(None, f"HTML could not be parsed ({type(exc).__name__}: {reason})")
        return
    if raw is None:
        yield RecordProblem(
            None,
            "no main text found in the HTML page; save the article text as .txt instead",
        )
        return
    yield raw if opened.path == STDIN else apply_sidecar(raw, opened.path)
