"""`timeline report` on a small hand-written events folder (fast: no spaCy, no browser)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

from timeline.cli import main
from timeline.report import load

from .test_data import event


def write_build(folder: Path, n: int) -> list[str]:
    """An events/ folder of `n` events in one Hive partition, as a build lays it out."""
    records = [event(event_date=dt.date(2024, 5, 1 + i % 28), num_mentions=1 + i % 3)
               for i in range(n)]  # fmt: skip
    rows = [{k: (str(v) if isinstance(v, str) else v) for k, v in r.items()} for r in records]
    part = folder / "events" / "year=2024" / "month=05"
    part.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), part / "part-0.parquet")
    return [r["event_id"] for r in records]


def test_report_command_writes_one_page_with_every_event(tmp_path: Path) -> None:
    ids = write_build(tmp_path / "out", 7)
    target = tmp_path / "pages" / "report.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "out"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert all(f'data-id="{i}"' in page for i in ids)
    assert page.count("<tr data-id=") == 7
    data = load(tmp_path / "out")
    assert len(data.events) == len(data.dated) == 7
    assert sum(c.events for c in data.plover_types) == 7
    assert [p.name for p in data.places] == []


def test_report_of_a_folder_without_events_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert (
        result.output.strip() == f"Error: {tmp_path} holds no events/ folder; build into it first"
    )
    assert not (tmp_path / "r.html").exists()
