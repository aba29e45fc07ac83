"""The knobs of the ingest stage, in one immutable value a build can pass to worker processes."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.errors import UsageError


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs and which limits turn an input into a reject.

    Frozen so one instance can be shared by workers without anyone changing it under them.
    """

    text_column: str | None = None
    """Column or field with the text; None tries 'text', 'maintext', 'content', 'body'."""
    max_article_chars: int = 2_000_000
    """Longer texts are rejected rather than parsed (a runaway page, not an article)."""
    max_decompressed_bytes: int = 500_000_000
    """Bound on a gzip input once decompressed, and on a whole file read into memory."""
    max_records_per_file: int = 1_000_000
    """Records beyond this in one file are rejected, so one bad export cannot swamp a build."""
    languages: frozenset[str] = frozenset({"en"})
    """ISO 639-1 codes the later stages can parse; articles in other languages are rejected."""

    def __post_init__(self) -> None:
        for name in ("max_article_chars", "max_decompressed_bytes", "max_records_per_file"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise UsageError(
                    f"ingest option {name} must be a positive whole number, got {value!r}"
                )
        if not self.languages:
            raise UsageError("ingest option languages is empty; name at least one, such as 'en'")
        codes = frozenset(code.strip().casefold() for code in self.languages)
        bad = sorted(code for code in codes if len(code) != 2 or not code.isalpha())
        if bad:
            raise UsageError(
                f"ingest option languages takes ISO 639-1 codes such as 'en', got {bad}"
            )
        object.__setattr__(self, "languages", codes)  # frozen: normalised once, here
        if self.text_column is not None and not self.text_column.strip():
            raise UsageError(
                "ingest option text_column is blank; name the column or leave it unset"
            )
