"""A build and imports in one folder: kept together, idempotent, readable by three engines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.compute as pc
import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.exchange.gdelt import COLUMNS
from timeline.store.validate import read_events, validate_output

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "raw"
GDELT = ROOT.parent / "shared" / "bench" / "gdelt2-events-sample.csv"
ICEWS = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n"
    "501\t2019-05-01\tUkraine\tGovernment\tUkraine\tAccuse\t112\t-2\tRussia\tGovernment\t"
    "Russian Federation\t77\t1\tUNIAN\tKyiv\t\tKyiv\tUkraine\t50.45\t30.52\n"
    "502\t2019-05-02\tRussia\tGovernment\tRussian Federation\tReject\t1x\t-4\tUkraine\t"
    "Government\tUkraine\t78\t1\tTASS\t\t\t\tRussian Federation\t\t\n"
)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "manifest.json"
    }


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    work = tmp_path_factory.mktemp("merge")
    out, icews = work / "out", work / "icews.tab"
    icews.write_text(ICEWS, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 1, result.output  # the sample's French article is rejected
    built = read_events(out).num_rows
    assert built > 0
    result = CliRunner().invoke(main, ["import", "icews", str(icews), "--out", str(out)])
    assert result.exit_code == 1, result.output  # one bad row
    return out, icews, built


def test_build_and_import_share_the_folder(merged: tuple[Path, Path, int]) -> None:
    out, _, built = merged
    assert validate_output(out) == []
    events = read_events(out)
    systems = events.column("source_system").to_pylist()
    assert systems.count("timeline") == built and systems.count("icews") == 1
    built_rows = events.filter(pl.Series(systems).eq("timeline").to_arrow())
    assert built_rows.column("confidence").null_count == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["events_by_system"] == {"icews": 1, "timeline": built}
    assert "inputs" in json.dumps(manifest)  # the build's own entries are kept
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert any("'1x' is not in the codebook" in r for r in rejects["reason"])
    assert any(r.endswith(".txt") or "fr" in r for r in rejects["input_path"])  # build's


def test_three_engines_read_the_merged_events(merged: tuple[Path, Path, int]) -> None:
    out, _, built = merged
    frame = pd.read_parquet(out / "events")
    lazy = pl.scan_parquet(out / "events" / "**" / "*.parquet", hive_partitioning=True)
    counted = lazy.group_by("source_system").len().collect()
    sql = f"select source_system, count(*) from read_parquet('{out}/events/**/*.parquet', "
    sql += "hive_partitioning=true) group by 1 order by 1"
    relation = duckdb.sql(sql)
    assert relation is not None
    rows = relation.fetchall()
    assert rows == [("icews", 1), ("timeline", built)]
    assert len(frame) == built + 1
    assert dict(zip(counted["source_system"], counted["len"], strict=True))["icews"] == 1
    daily = pd.read_parquet(out / "daily")
    assert (daily["event_date"].astype(str) == "2019-05-01").sum() == 1


def test_reimport_is_idempotent(merged: tuple[Path, Path, int], tmp_path: Path) -> None:
    out, icews, _ = merged
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    before = _files(copy)
    result = CliRunner().invoke(main, ["import", "icews", str(icews), "--out", str(copy)])
    assert result.exit_code == 1, result.output
    assert "replaced 1" in result.output
    assert _files(copy) == before


@pytest.mark.skipif(not GDELT.is_file(), reason="bench sample not present")
def test_imports_of_two_systems_add_up(merged: tuple[Path, Path, int], tmp_path: Path) -> None:
    out, _, built = merged
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    result = CliRunner().invoke(main, ["import", "gdelt", str(GDELT), "--out", str(copy)])
    assert result.exit_code == 0, result.output
    assert validate_output(copy) == []
    assert read_events(copy).num_rows == built + 1 + 6090
    csv_out = tmp_path / "all.csv"
    result = CliRunner().invoke(main, ["export", str(copy), "--format", "csv", "-o", str(csv_out)])
    assert result.exit_code == 0, result.output
    assert pd.read_csv(csv_out, low_memory=False)["source_system"].value_counts().to_dict() == {
        "gdelt": 6090, "timeline": built, "icews": 1,
    }  # fmt: skip


@pytest.mark.parametrize("command", ["import", "export"])
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: timeline " + command in result.output


def test_built_events_export_as_gdelt_records(
    merged: tuple[Path, Path, int], tmp_path: Path
) -> None:
    out, _, built = merged
    target = tmp_path / "events.tsv"
    result = CliRunner().invoke(main, ["export", str(out), "--format", "gdelt", "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == built + 1
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 61 for row in rows)
    assert all(row[0].isdigit() for row in rows)  # GLOBALEVENTID, derived from our id
    assert len({row[0] for row in rows}) == len(rows)
    code, base = COLUMNS.index("EventCode"), COLUMNS.index("EventBaseCode")
    assert all(row[code] and row[base] == row[code][:3] for row in rows)


def test_a_build_after_an_import_keeps_the_imported_events(
    merged: tuple[Path, Path, int], tmp_path: Path
) -> None:
    """Whichever command runs last, built and imported events stay merged."""
    source, _, built = merged
    out = tmp_path / "out"
    shutil.copytree(source, out)
    imported_before = read_events(out).filter(
        pc.not_equal(read_events(out).column("source_system"), "timeline")
    )
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 1, result.output
    events = read_events(out)
    systems = events.column("source_system").to_pylist()
    assert systems.count("timeline") == built
    assert systems.count("icews") == imported_before.num_rows == 1
    kept = events.filter(pc.equal(events.column("source_system"), "icews"))
    assert kept.column("event_id").to_pylist() == imported_before.column("event_id").to_pylist()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["imported_events_kept"] == 1
    assert [entry["system"] for entry in manifest["imports"].values()] == ["icews"]
    assert validate_output(out) == []
