"""Awkward inputs to `timeline import`: compressed, broken, repeated or unreadable."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from timeline.cli import main
from timeline.exchange.gdelt import COLUMNS
from timeline.store.validate import read_events


def _gdelt_line(event_id: str, code: str = "190", name: str = "") -> str:
    cells = [""] * len(COLUMNS)
    cells[0], cells[1] = event_id, "20240105"
    cells[COLUMNS.index("EventCode")] = code
    cells[COLUMNS.index("Actor1Name")] = name
    return "\t".join(cells)


def _import(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["import", *args])
    return result.exit_code, result.output


def test_zip_and_gzip_files_are_read(tmp_path: Path) -> None:
    zipped = tmp_path / "20240105.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("20240105.export.CSV", _gdelt_line("1") + "\n")
    gzipped = tmp_path / "more.export.CSV.gz"
    gzipped.write_bytes(gzip.compress((_gdelt_line("2") + "\n").encode()))
    out = tmp_path / "out"
    code, output = _import("gdelt", str(zipped), str(gzipped), "--out", str(out))
    assert code == 0, output
    assert sorted(read_events(out).column("source_event_id").to_pylist()) == ["1", "2"]


def test_broken_bytes_nul_and_repeated_ids(tmp_path: Path) -> None:
    source = tmp_path / "odd.export.CSV"
    lines = [_gdelt_line("1", name="CAF\xc9"), _gdelt_line("2", name="A\x00B"), _gdelt_line("1")]
    source.write_bytes(b"\n".join(line.encode("latin-1") for line in lines) + b"\n")
    out = tmp_path / "out"
    code, output = _import("gdelt", str(source), "--out", str(out))
    assert code == 1, output
    names = dict(
        zip(
            read_events(out).column("source_event_id").to_pylist(),
            read_events(out).column("source_actor").to_pylist(),
            strict=True,
        )
    )
    assert names == {"1": "CAF\ufffd", "2": "AB"}
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert list(rejects["record"]) == [3]
    assert "id 1 appears again" in rejects["reason"][0]


def test_corrupt_archives_are_one_reject_each(tmp_path: Path) -> None:
    bad_zip = tmp_path / "bad.CSV.zip"
    bad_zip.write_bytes(b"not a zip")
    truncated = tmp_path / "cut.CSV.gz"
    truncated.write_bytes(
        gzip.compress(("\n".join(_gdelt_line(str(i)) for i in range(50))).encode())[:60]
    )
    out = tmp_path / "out"
    code, output = _import("gdelt", str(bad_zip), str(truncated), "--out", str(out))
    assert code == 1, output
    assert "Traceback" not in output
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert len(rejects) == 2
    assert all(len(r.splitlines()) == 1 for r in rejects["reason"])


def test_an_unreadable_output_folder_stops_before_work(tmp_path: Path) -> None:
    source = tmp_path / "one.export.CSV"
    source.write_text(_gdelt_line("1") + "\n", encoding="utf-8")
    out = tmp_path / "out"
    part = out / "events" / "year=2024" / "month=01"
    part.mkdir(parents=True)
    (part / "part-0.parquet").write_bytes(b"garbage")
    code, output = _import("gdelt", str(source), "--out", str(out))
    assert code == 2, output
    assert output.startswith("Error: ") and "cannot be read" in output
    assert (part / "part-0.parquet").read_bytes() == b"garbage"  # left as it was


def test_an_unknown_system_is_a_usage_error(tmp_path: Path) -> None:
    code, _ = _import("phoenix", str(tmp_path / "x"), "--out", str(tmp_path / "out"))
    assert code == 2
