"""What every importer shares: deterministic ids, coding from our codebook, rows to rejects.

An imported row becomes an `Event` validated by the same pydantic model as a built one, or a
`Reject` with one line saying why; no importer raises on a bad row.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline.models import Event, Reject, Stage
from timeline.normalise.actions import UnknownCameoCodeError, default_codebook

SYSTEMS = ("gdelt", "acled", "icews")
csv.field_size_limit(10_000_000)  # ACLED notes can be long; a bigger field is still a reject


class RowError(ValueError):
    """A row that cannot become an event; the message is the reject's reason."""


@dataclass
class Imported:
    """What reading one or more files gave: events, rejects and the rows seen per file."""

    events: list[Event] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    def extend(self, other: Imported) -> None:
        self.events += other.events
        self.rejects += other.rejects
        self.rows.update(other.rows)


def event_id_for(system: str, their_id: str) -> str:
    """Stable id of an imported event: the same source row always gets the same id."""
    return hashlib.sha256(f"{system}:{their_id}".encode()).hexdigest()[:16]


def coded(cameo_code: str) -> dict[str, Any]:
    """CAMEO code to our action fields: name, root, PLOVER, Goldstein and QuadClass."""
    try:
        action = default_codebook().by_code(cameo_code)
    except UnknownCameoCodeError:
        raise RowError(f"CAMEO code {cameo_code!r} is not in the codebook") from None
    return {
        "cameo_code": action.cameo_code,
        "cameo_root": action.cameo_root,
        "action": action.name,
        "plover_type": action.plover_type,
        "goldstein": action.goldstein,
        "quad_class": action.quad_class,
    }


def make_event(fields: dict[str, Any]) -> Event:
    """Validate an event; a failure becomes a RowError naming the first bad field."""
    try:
        return Event.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "row"
        raise RowError(f"{where}: {first['msg']}") from None


def reject(path: Path, record: int | None, reason: str) -> Reject:
    """A one-line reject of an imported row (record is 1-based, as in a build)."""
    line = " ".join(reason.split())[:300]
    return Reject(input_path=str(path), record=record, stage=Stage.INGEST, reason=line)


def read_text(path: Path) -> str:
    """A file's text: UTF-8 (with or without BOM), else Latin-1, so reading never fails on bytes."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        import gzip

        data = gzip.decompress(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def delimited_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    """Rows of a delimited text; GDELT and ICEWS put no quotes, ACLED quotes as CSV does."""
    source = io.StringIO(text, newline="")
    if delimiter == "\t":
        yield from csv.reader(source, delimiter="\t", quoting=csv.QUOTE_NONE)
    else:
        yield from csv.reader(source, delimiter=delimiter)


def blank(value: str | None) -> str | None:
    """None for an empty or whitespace-only cell, else the stripped text."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def number(value: str | None, what: str) -> float | None:
    """A float cell (None when blank); a bad number is a RowError."""
    text = blank(value)
    if text is None:
        return None
    try:
        result = float(text)
    except ValueError:
        raise RowError(f"{what} {text!r} is not a number") from None
    if result != result or result in (float("inf"), float("-inf")):
        raise RowError(f"{what} {text!r} is not a finite number")
    return result


def count(value: str | None, what: str) -> int:
    """A positive count cell; blank or 0 counts as 1 (the row itself is one report)."""
    text = blank(value)
    if text is None:
        return 1
    try:
        result = int(text)
    except ValueError:
        raise RowError(f"{what} {text!r} is not a whole number") from None
    if result < 0:
        raise RowError(f"{what} {text!r} is negative")
    return max(result, 1)
