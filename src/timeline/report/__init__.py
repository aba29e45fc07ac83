"""`timeline report`: one self-contained HTML page of a build's events.

`data` computes what is shown from the Parquet output, `figures` turns it into Plotly chart
specifications, `outlines` supplies the map's coastlines and borders from an installed package,
and `render` writes the page with everything inline, so that it opens with no network.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from timeline.errors import UsageError
from timeline.report.data import MAX_EVENTS, ReportData, load
from timeline.report.outlines import world_outlines
from timeline.report.render import render

__all__ = ["ReportData", "load", "render", "write_report"]


def write_report(
    folder: Path | str,
    path: Path | str,
    *,
    top: int = 15,
    title: str | None = None,
    max_events: int = MAX_EVENTS,
) -> Path:
    """Write the report of the build in `folder` to `path` (replaced whole, never half-written).

    >>> timeline.report.write_report("out", "out/report.html")
    """
    folder, path = Path(folder), Path(path)
    if path.is_dir():
        raise UsageError(f"output {path} is a folder; give a file name such as report.html")
    page = render(load(folder, top=top, title=title, max_events=max_events), world_outlines())
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=path.parent)
    try:
        os.fchmod(handle, 0o644)  # an ordinary readable file, not mkstemp's owner-only one
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(page)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
