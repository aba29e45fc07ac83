"""Events that `timeline import` put into an output folder, which a build there keeps.

A build replaces what it built before, but GDELT, ACLED or ICEWS events imported into the same
folder are not its own to drop: they are carried into the new output with the manifest's record
of the imports, so built and imported data stay merged whichever command runs last.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from timeline.store.parquet import EVENT_SCHEMA, EVENTS_DIR, conform_events
from timeline.store.validate import read_events

BUILT = "timeline"  # the source_system of events a build made


def imported_events(out: Path) -> pa.Table:
    """The imported events in `out` (EVENT_SCHEMA), empty when there are none.

    An output that cannot be read holds nothing a build could keep; the build replaces it.
    """
    if not (out / EVENTS_DIR).is_dir():
        return EVENT_SCHEMA.empty_table()
    try:
        table = read_events(out)
    except (pa.ArrowException, OSError, ValueError):
        return EVENT_SCHEMA.empty_table()
    if "source_system" not in table.schema.names:
        return EVENT_SCHEMA.empty_table()  # written before imports existed: all built
    return conform_events(table.filter(pc.not_equal(table.column("source_system"), BUILT)))


def previous_imports(out: Path) -> dict[str, Any]:
    """The manifest's record of earlier imports into `out` (empty when none or unreadable)."""
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    imports = manifest.get("imports") if isinstance(manifest, dict) else None
    return imports if isinstance(imports, dict) else {}
