"""GDELT 2.0: the bench sample imported, exported as GDELT and compared column by column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.exchange.gdelt import CARRIED, COLUMNS
from timeline.normalise.actions import default_codebook
from timeline.store.validate import read_events, validate_output

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "bench" / "gdelt2-events-sample.csv"
FLOATS = {"FractionDate", "GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long"}

pytestmark = pytest.mark.skipif(not SAMPLE.is_file(), reason="bench sample not present")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("gdelt")
    out, tsv = work / "out", work / "events.gdelt.tsv"
    result = CliRunner().invoke(main, ["import", "gdelt", str(SAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["export", str(out), "--format", "gdelt", "-o", str(tsv)])
    assert result.exit_code == 0, result.output
    return out, tsv


def _same(column: str, given: str, written: str) -> bool:
    if column in FLOATS and given and written:
        return float(given) == float(written)
    return given.strip() == written


def test_round_trip_keeps_every_carried_column(exported: tuple[Path, Path]) -> None:
    _, tsv = exported
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        given = {row["GLOBALEVENTID"]: row for row in csv.DictReader(handle)}
    with tsv.open(encoding="utf-8", newline="") as handle:
        written = [dict(zip(COLUMNS, r, strict=True)) for r in csv.reader(handle, delimiter="\t")]
    assert len(written) == len(given) == 6090
    assert all(len(row) == 61 for row in written)
    differences: dict[str, int] = {}
    for row in written:
        source = given[row["GLOBALEVENTID"]]
        # DATEADDED is carried to the day (first_seen is a date)
        assert row["DATEADDED"][:8] == source["DATEADDED"][:8]
        for column in CARRIED:
            if not _same(column, source[column], row[column]):
                differences[column] = differences.get(column, 0) + 1
    assert differences == {}


def test_imported_quad_class_is_ours_and_exported_is_gdelts(exported: tuple[Path, Path]) -> None:
    """Our column keeps our codebook's grouping; the GDELT export writes GDELT's."""
    out, _ = exported
    events = read_events(out).to_pylist()
    codebook = default_codebook()
    assert all(e["quad_class"] == codebook.by_code(e["cameo_code"]).quad_class for e in events)
    protests = [e for e in events if e["cameo_root"] == "14"]
    assert protests and all(e["quad_class"] == 4 for e in protests)


def test_export_reads_back_as_the_same_events(exported: tuple[Path, Path], tmp_path: Path) -> None:
    out, tsv = exported
    again = tmp_path / "again"
    result = CliRunner().invoke(main, ["import", "gdelt", str(tsv), "--out", str(again)])
    assert result.exit_code == 0, result.output
    first = read_events(out).sort_by("event_id").drop_columns(["year", "month"])
    second = read_events(again).sort_by("event_id").drop_columns(["year", "month"])
    assert first.column("event_id").equals(second.column("event_id"))
    names = ["source_country", "target_actor_code", "cameo_code", "location_country"]
    names += ["geo_precision", "latitude", "num_mentions", "source_url", "location_name"]
    for name in names:
        assert first.column(name).equals(second.column(name)), name


def test_imported_folder_is_valid_and_codes_countries_as_iso(exported: tuple[Path, Path]) -> None:
    out, _ = exported
    assert validate_output(out) == []
    events = read_events(out)
    assert set(events.column("source_system").to_pylist()) == {"gdelt"}
    assert events.column("confidence").null_count == events.num_rows
    countries = set(events.column("location_country").drop_null().to_pylist())
    assert {"USA", "GBR", "DEU", "CHE", "UKR"} <= countries  # from FIPS US, UK, GM, SZ, UP
    assert all(len(c) == 3 for c in countries)


def test_bad_records_become_rejects(tmp_path: Path) -> None:
    good = ["1", "20240105", "202401", "2024", "2024.0137"] + [""] * 56
    good[COLUMNS.index("EventCode")] = "190"
    bad_code = list(good)
    bad_code[0], bad_code[COLUMNS.index("EventCode")] = "2", "999"
    bad_date = list(good)
    bad_date[0], bad_date[1] = "3", "20241399"
    lines = ["\t".join(good), "\t".join(bad_code), "\t".join(bad_date), "4\tshort row"]
    source = tmp_path / "bad.export.CSV"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["import", "gdelt", str(source), "--out", str(out)])
    assert result.exit_code == 1, result.output
    import pandas as pd

    rejects = pd.read_parquet(out / "rejects.parquet")
    assert list(rejects["record"]) == [2, 3, 4]
    assert "'999' is not in the codebook" in rejects["reason"][0]
    assert "not a real date" in rejects["reason"][1]
    assert "expected 61 columns, found 2" in rejects["reason"][2]
    assert all("\n" not in r for r in rejects["reason"])
    assert len(read_events(out)) == 1
