"""What every importer shares: deterministic ids, coding from our codebook, rows to rejects.

An imported row becomes an `Event` validated by the same pydantic model as a built one, or a
`Reject` with one line saying why; no importer raises on a bad row.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
from pydantic import ValidationError

from timeline.models import Event, Reject, Stage
from timeline.normalise.actions import UnknownCameoCodeError, default_codebook
from timeline.store.arrow_schema import arrow_schema, to_table

SYSTEMS = ("gdelt", "acled", "icews")
EVENT_SCHEMA = arrow_schema(Event)
csv.field_size_limit(10_000_000)  # ACLED notes can be long; a bigger field is still a reject


class RowError(ValueError):
    """A row that cannot become an event; the message is the reject's reason."""


BATCH = 5_000  # validated events are turned into Arrow every this many: records are heavy


@dataclass
class Imported:
    """What reading one or more files gave: the events as Arrow batches (with the file and
    record each came from), rejects, and the rows seen per file."""

    tables: list[pa.Table] = field(default_factory=list)
    pending: list[Event] = field(default_factory=list)
    origins: list[tuple[str, int]] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, event: Event, path: str, record: int) -> None:
        self.pending.append(event)
        self.origins.append((path, record))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.tables.append(to_table(self.pending, EVENT_SCHEMA))
            self.pending = []

    def events(self) -> pa.Table:
        """Every event read, in reading order, as one table of EVENT_SCHEMA."""
        self.flush()
        return pa.concat_tables([EVENT_SCHEMA.empty_table(), *self.tables])

    def extend(self, other: Imported) -> None:
        other.flush()
        self.flush()
        self.tables += other.tables
        self.origins += other.origins
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


@contextmanager
def open_lines(path: Path) -> Iterator[Iterator[str]]:
    """A file's lines as text, from plain, .gz or single-member .zip files (GDELT ships zips).

    Streamed, so a big or hostile file is never held whole; undecodable bytes become U+FFFD and
    NUL bytes are dropped, so reading never fails on content.
    """
    with ExitStack() as stack:
        raw: IO[bytes] | gzip.GzipFile
        if path.suffix.lower() == ".zip":
            archive = stack.enter_context(zipfile.ZipFile(path))
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise ValueError(f"the zip holds {len(members)} files, expected one")
            raw = stack.enter_context(archive.open(members[0]))
        elif path.suffix.lower() == ".gz":
            raw = stack.enter_context(gzip.open(path, "rb"))
        else:
            raw = stack.enter_context(path.open("rb"))
        text = stack.enter_context(
            io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        )
        yield (line.replace("\0", "") for line in text)


def split_rows(lines: Iterable[str], delimiter: str) -> Iterator[list[str]]:
    """Rows of delimited lines; GDELT and ICEWS put no quotes, ACLED quotes as CSV does."""
    if delimiter == "\t":
        yield from csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    else:
        yield from csv.reader(lines, delimiter=delimiter)


def convert_rows(
    path: Path,
    label: str,
    header: list[str],
    rows: Iterator[list[str]],
    first_record: int,
    event_of: Callable[[dict[str, str]], dict[str, Any]],
) -> Imported:
    """Each row (cells named by `header`) to an event, or to a reject saying why.

    `label` names the kind of row in reasons ("GDELT record"); records are 1-based lines. A
    row whose id was already seen in this file is a reject, so one id is one event.
    """
    result = Imported()
    seen: set[str] = set()
    record = first_record - 1
    while True:
        record += 1
        try:
            cells = next(rows)
        except StopIteration:
            break
        except (csv.Error, OSError, EOFError) as exc:  # a huge field, a truncated .gz: stop
            reason = f"{label}: {exc}; the rest of the file was not read"
            result.rejects.append(reject(path, record, reason))
            break
        if not any(c.strip() for c in cells):
            continue
        result.rows[str(path)] = result.rows.get(str(path), 0) + 1
        if len(cells) != len(header):
            result.rejects.append(
                reject(path, record, f"expected {len(header)} columns, found {len(cells)}")
            )
            continue
        try:
            event = make_event(event_of(dict(zip(header, cells, strict=True))))
        except RowError as exc:
            result.rejects.append(reject(path, record, f"{label}: {exc}"))
            continue
        if event.event_id in seen:
            reason = f"{label}: id {event.source_event_id} appears again; the first is kept"
            result.rejects.append(reject(path, record, reason))
            continue
        seen.add(event.event_id)
        result.add(event, str(path), record)
    result.rows.setdefault(str(path), 0)
    result.flush()
    return result


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
