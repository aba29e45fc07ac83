"""Add imported events to an output folder, keeping what is there, atomically.

An output folder may hold a build, earlier imports, or both: the existing events, mentions,
articles and rejects are carried over, events with the same id are replaced (so importing a file
twice changes nothing), and the daily tables and manifest are written afresh for the whole.
"""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline import __version__
from timeline.errors import UsageError
from timeline.exchange.acled import read_acled
from timeline.exchange.common import SYSTEMS, Imported, reject
from timeline.exchange.crosswalks import load_crosswalks
from timeline.exchange.gdelt import read_gdelt
from timeline.exchange.icews import read_icews
from timeline.models import SCHEMA_VERSION, Reject
from timeline.store.arrow_schema import to_table
from timeline.store.parquet import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    EVENTS_DIR,
    MENTION_SCHEMA,
    REJECT_SCHEMA,
    OutputWriter,
    conform_events,
)

READERS = {"gdelt": read_gdelt, "acled": read_acled, "icews": read_icews}


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the summary line and the exit status."""

    out: Path
    counts: dict[str, int]


def read_files(system: str, paths: Sequence[Path]) -> Imported:
    """Read every file with the system's reader; a missing or unreadable file is a reject."""
    if system not in READERS:
        raise UsageError(f"unknown system {system!r}; use one of {', '.join(SYSTEMS)}")
    result = Imported()
    for path in paths:
        if not path.is_file():
            result.rejects.append(reject(path, None, "no such file; check the path"))
            continue
        try:
            result.extend(READERS[system](path))
        except (OSError, EOFError, ValueError, zipfile.BadZipFile, csv.Error) as exc:
            result.rejects.append(reject(path, None, f"cannot read the file ({exc})"))
    return result


def _existing_events(out: Path) -> pa.Table:
    """The events already in `out` as a table of EVENT_SCHEMA (empty if it holds none yet).

    Kept as Arrow, not records, so merging into a big build costs little memory; a column an
    older folder lacks (such as `source_system`) gets the model's default.
    """
    from timeline.store.validate import read_events

    if not (out / EVENTS_DIR).is_dir():
        return EVENT_SCHEMA.empty_table()
    try:
        return conform_events(read_events(out))
    except (pa.ArrowException, OSError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(
            f"{out} holds events that cannot be read ({first}); rebuild it or choose another --out"
        ) from exc


def _existing_table(out: Path, name: str, schema: pa.Schema) -> pa.Table:
    path = out / name
    if not path.is_file():
        return schema.empty_table()
    try:
        return pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        reason = f"{path} cannot be read ({exc}); rebuild it or choose another --out"
        raise UsageError(reason) from exc


def _fingerprint(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return None


def _manifest(
    out: Path, system: str, paths: Sequence[Path], batch: Imported, events: pa.Table,
    rejects: int,
) -> dict[str, Any]:  # fmt: skip
    """The folder's manifest, extended with this import (one entry per imported file)."""
    path = out / "manifest.json"
    manifest: dict[str, Any] = {}
    if path.is_file():
        manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.setdefault("tool_version", __version__)
    manifest["schema_version"] = SCHEMA_VERSION
    imports = manifest.setdefault("imports", {})
    per_file = Counter(r.input_path for r in batch.rejects)
    for file in paths:
        imports[str(file.resolve())] = {
            "system": system,
            "sha256": _fingerprint(file),
            "rows": batch.rows.get(str(file), 0),
            "rejects": per_file.get(str(file), 0),
        }
    manifest["crosswalk_versions"] = load_crosswalks().versions
    counts = manifest.setdefault("counts", {})
    counts["events"] = events.num_rows
    counts["rejects"] = rejects
    by_system = Counter(events.column("source_system").to_pylist())
    counts["events_by_system"] = dict(sorted(by_system.items()))
    return manifest


def _unique(batch: Imported) -> pa.Table:
    """One event per id across the files of one import: a repeated id is a reject."""
    events = batch.events()
    ids = events.column("event_id").to_pylist()
    their = events.column("source_event_id").to_pylist()
    seen: set[str] = set()
    keep = []
    for event_id, source_id, (path, record) in zip(ids, their, batch.origins, strict=True):
        keep.append(event_id not in seen)
        if event_id in seen:
            reason = f"id {source_id} appears in an earlier file of this import; the first is kept"
            batch.rejects.append(reject(Path(path), record, reason))
        seen.add(event_id)
    return events.filter(pa.array(keep, pa.bool_()))


def import_into(system: str, paths: Sequence[Path], out: Path) -> ImportResult:
    """Import `paths` (all of one system) into the output folder `out`."""
    from timeline.pipeline import check_output_folder

    check_output_folder(out)
    existing = _existing_events(out)  # an unreadable folder stops here, before any work
    mentions = _existing_table(out, "mentions.parquet", MENTION_SCHEMA)
    articles = _existing_table(out, "articles.parquet", ARTICLE_SCHEMA)
    old_rejects = _existing_table(out, "rejects.parquet", REJECT_SCHEMA)
    batch = read_files(system, paths)
    new = _unique(batch)
    kept = existing.filter(
        pc.invert(pc.is_in(existing.column("event_id"), value_set=new.column("event_id")))
    )
    events = pa.concat_tables([kept, new])
    judged = {str(p) for p in paths}
    old_list = [Reject.model_validate(r) for r in old_rejects.to_pylist()]
    rejects = [r for r in old_list if r.input_path not in judged] + batch.rejects
    rejects.sort(key=lambda r: (r.input_path, r.record or 0, r.stage, r.reason))
    with OutputWriter(out) as writer:
        writer.write_events(events)
        writer.write_table("mentions.parquet", mentions)
        writer.write_table("articles.parquet", articles)
        writer.write_table("rejects.parquet", to_table(rejects, REJECT_SCHEMA))
        writer.commit(_manifest(out, system, paths, batch, events, len(rejects)))
    return ImportResult(
        out,
        {
            "files": len(paths),
            "rows": sum(batch.rows.values()),
            "imported": new.num_rows,
            "replaced": existing.num_rows - kept.num_rows,
            "rejects": len(batch.rejects),
            "events_in_folder": events.num_rows,
        },
    )
