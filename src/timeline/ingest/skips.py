"""Records a reader passes over on purpose: neither an article nor an error, but still counted.

A WARC file holds requests, metadata, redirects and PDFs next to the HTML pages; those records
are not articles and not faults, so they become neither an Article nor a Reject. A reader yields
a `Skipped` for each, the driver adds it to the `SkipCounter` the caller passed to `iter_inputs`,
and the build summary reports the counts: nothing is dropped silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """One record a reader left out on purpose, and what kind of record it was."""

    record: int | None
    """1-based index of the record in its file."""
    kind: str
    """Short, stable name of what was skipped, such as 'request' or 'non-HTML response'."""


class SkipCounter:
    """How many records were skipped, by input format and kind; picklable and mergeable.

    Pass one to `iter_inputs(..., skipped=counter)`; once the iterator is exhausted it holds the
    counts. Worker processes can each fill their own and the parent `merge` them.
    """

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str]] = Counter()

    def add(self, fmt: str, kind: str, count: int = 1) -> None:
        """Count `count` records of `kind` skipped in an input of format `fmt` ('warc', ...)."""
        self._counts[(str(fmt), kind)] += count

    def merge(self, other: SkipCounter) -> None:
        """Add another counter's counts to this one (for example, a worker's)."""
        self._counts.update(other._counts)

    @property
    def total(self) -> int:
        """Records skipped in all."""
        return sum(self._counts.values())

    def counts(self) -> dict[tuple[str, str], int]:
        """{(format, kind): count}, sorted by format and kind so reports are deterministic."""
        return dict(sorted(self._counts.items()))

    def by_kind(self, fmt: str | None = None) -> dict[str, int]:
        """{kind: count} over every format, or over `fmt` only, sorted by kind."""
        totals: Counter[str] = Counter()
        for (format_name, kind), count in self._counts.items():
            if fmt is None or format_name == str(fmt):
                totals[kind] += count
        return dict(sorted(totals.items()))

    def summary(self) -> str:
        """One line for the build summary: '7 records skipped (warc: 3 request, 4 metadata)'."""
        if not self._counts:
            return "no records skipped"
        parts: list[str] = []
        for fmt in sorted({format_name for format_name, _ in self._counts}):
            kinds = ", ".join(f"{count:,} {kind}" for kind, count in self.by_kind(fmt).items())
            parts.append(f"{fmt}: {kinds}")
        noun = "record" if self.total == 1 else "records"
        return f"{self.total:,} {noun} skipped ({'; '.join(parts)})"

    def __bool__(self) -> bool:
        return bool(self._counts)

    def __repr__(self) -> str:
        return f"SkipCounter({self.counts()!r})"
