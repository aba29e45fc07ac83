"""ACLED and ICEWS files written here after each dataset's published codebook, imported."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from timeline.cli import main
from timeline.store.validate import read_events, validate_output

ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
ACLED_ROWS = [
    ["UKR1001", "2024-03-02", "2024", "1", "Political violence", "Explosions/Remote violence",
     "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", "", "8",
     "Civilians (Ukraine)", "", "7", "87", "Civilian targeting", "804", "Europe", "Ukraine",
     "Kharkiv", "Kharkivskyi", "", "Kharkiv", "49.9935", "36.2304", "1", "Suspilne; Reuters",
     "National-International", "Russian forces shelled Kharkiv.", "2", "", "1709600000"],
    ["KEN2002", "15 June 2024", "2024", "2", "Demonstrations", "Protests", "Peaceful protest",
     "Protesters (Kenya)", "", "6", "", "", "", "60", "", "404", "Eastern Africa", "Kenya",
     "Nairobi", "Nairobi", "", "Nairobi", "-1.2864", "36.8172", "3", "Daily Nation",
     "National", "Students marched against fees.", "0", "", "1718600000"],
    ["SDN3003", "2024-05-10", "2024", "1", "Political violence", "Battles", "Armed clash",
     "Police Forces of Sudan (2019-)", "", "1", "Rapid Support Forces", "", "2", "12", "",
     "729", "Northern Africa", "Sudan", "Khartoum", "", "", "Omdurman", "15.6445", "32.4777",
     "1", "Radio Dabanga", "National", "Clashes in Omdurman.", "5", "", "1715600000"],
    ["SOM4004", "2024-05-11", "2024", "1", "Strategic developments", "Strategic developments",
     "Other", "Al Shabaab", "", "2", "", "", "", "20", "", "706", "Eastern Africa", "Somalia",
     "Banadir", "", "", "Mogadishu", "2.0371", "45.3438", "1", "Garowe Online", "National",
     "Al Shabaab announced a new leader.", "0", "", "1715700000"],
    ["SOM4005", "2024-02-31", "2024", "1", "Political violence", "Battles", "Armed clash",
     "Al Shabaab", "", "2", "", "", "", "20", "", "706", "Eastern Africa", "Somalia",
     "Banadir", "", "", "Mogadishu", "2.0371", "45.3438", "1", "Garowe Online", "National",
     "", "0", "", "1715700000"],
]  # fmt: skip
ICEWS_HEADER = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]  # fmt: skip
ICEWS_ROWS = [
    ["30001", "2018-01-03", "Police (Turkey)", "Police,Government", "Turkey",
     "Arrest, detain, or charge with legal action", "173", "-5.0", "Citizen (Turkey)",
     "General Population / Civilian / Social,Social", "Turkey", "9001", "2", "Hurriyet",
     "Ankara", "", "Ankara", "Turkey", "39.9199", "32.8543"],
    ["30002", "2018-01-04", "Foreign Affairs (Russia)", "Executive,Government,Cabinet",
     "Russian Federation", "Make optimistic comment", "12", "0.4", "China", "", "China",
     "9002", "1", "Interfax", "", "", "", "Russian Federation", "55.75", "37.6166"],
    ["30003", "2018-01-05", "Military (Syria)", "Military", "Syria",
     "Consult", "42", "1.0", "Iran", "Government", "Iran", "9003", "1", "SANA", "", "",
     "Dimashq", "Syria", "33.51", "36.29"],
    ["30004", "2018-01-06", "Someone", "", "Nowhere", "?", "999", "0", "", "", "", "9004",
     "1", "X", "", "", "", "", "", ""],
]  # fmt: skip


def _write_acled(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ACLED_HEADER)
        writer.writerows(ACLED_ROWS)


def _write_icews(path: Path) -> None:
    lines = ["\t".join(ICEWS_HEADER)] + ["\t".join(r) for r in ICEWS_ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _by_id(out: Path) -> dict[str, dict[str, object]]:
    rows = read_events(out).to_pylist()
    return {str(r["source_event_id"]): r for r in rows}


def test_acled_rows_map_through_the_crosswalk(tmp_path: Path) -> None:
    source, out = tmp_path / "acled.csv", tmp_path / "out"
    _write_acled(source)
    result = CliRunner().invoke(main, ["import", "acled", str(source), "--out", str(out)])
    assert result.exit_code == 1, result.output  # two rows are rejected
    assert validate_output(out) == []
    events = _by_id(out)
    assert set(events) == {"UKR1001", "KEN2002", "SDN3003"}
    shelling = events["UKR1001"]
    assert (shelling["cameo_code"], shelling["plover_type"]) == ("194", "ASSAULT")
    assert shelling["quad_class"] == 4 and shelling["goldstein"] == -10.0
    assert (shelling["source_country"], shelling["source_role"]) == ("RUS", "MIL")
    assert shelling["target_actor_code"] == "UKRCVL"
    assert shelling["location_country"] == "UKR" and shelling["geo_precision"] == "city"
    assert shelling["num_sources"] == 2 and shelling["source_system"] == "acled"
    assert shelling["evidence"] == "Russian forces shelled Kharkiv."
    protest = events["KEN2002"]
    assert (protest["cameo_code"], protest["plover_type"]) == ("141", "PROTEST")
    assert protest["event_date"] == dt.date(2024, 6, 1) and protest["date_precision"] == "month"
    assert protest["geo_precision"] == "admin1"
    assert events["SDN3003"]["source_actor_code"] == "SDNCOP"
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert list(rejects["record"]) == [5, 6]
    assert "'other' has no CAMEO equivalent" in rejects["reason"][0]
    assert "event_date '2024-02-31' is not a date" in rejects["reason"][1]


def test_icews_records_keep_cameo_and_name_countries(tmp_path: Path) -> None:
    source, out = tmp_path / "events.2018.tab", tmp_path / "out"
    _write_icews(source)
    result = CliRunner().invoke(main, ["import", "icews", str(source), "--out", str(out)])
    assert result.exit_code == 1, result.output
    events = _by_id(out)
    assert set(events) == {"30001", "30002", "30003"}
    arrest = events["30001"]
    assert (arrest["cameo_code"], arrest["plover_type"], arrest["quad_class"]) == (
        "173", "COERCE", 4,
    )  # fmt: skip
    assert arrest["source_actor_code"] == "TURCOP" and arrest["target_role"] == "CVL"
    assert arrest["location_name"] == "Ankara" and arrest["geo_precision"] == "city"
    assert events["30002"]["cameo_code"] == "012"  # "12" lost its leading zero in the file
    assert events["30002"]["source_actor_code"] == "RUSGOV"
    assert events["30003"]["cameo_code"] == "042"
    assert events["30003"]["location_admin1"] == "Dimashq"
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert list(rejects["record"]) == [5]
    assert "'999' is not in the codebook" in rejects["reason"][0]


def test_a_file_that_is_not_the_format_is_one_reject(tmp_path: Path) -> None:
    source, out = tmp_path / "wrong.csv", tmp_path / "out"
    source.write_text("a,b\n1,2\n", encoding="utf-8")
    missing = tmp_path / "missing.csv"
    result = CliRunner().invoke(
        main, ["import", "acled", str(source), str(missing), "--out", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    reasons = list(pd.read_parquet(out / "rejects.parquet")["reason"])
    assert any("ACLED header lacks event_id_cnty" in r for r in reasons)
    assert any("no such file" in r for r in reasons)


def test_export_csv_and_jsonl_carry_every_column(tmp_path: Path) -> None:
    source, out = tmp_path / "acled.csv", tmp_path / "out"
    _write_acled(source)
    CliRunner().invoke(main, ["import", "acled", str(source), "--out", str(out)])
    for fmt in ("csv", "jsonl"):
        target = tmp_path / f"events.{fmt}"
        result = CliRunner().invoke(main, ["export", str(out), "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        frame = pd.read_csv(target) if fmt == "csv" else pd.read_json(target, lines=True)
        assert len(frame) == 3
        assert {"event_id", "source_system", "source_event_id", "cameo_code"} <= set(frame)


def test_acled_numeric_iso_names_an_unknown_country() -> None:
    from timeline.exchange.acled import event_of
    from timeline.exchange.crosswalks import load_crosswalks

    row = dict(zip(ACLED_HEADER, ACLED_ROWS[1], strict=True))
    row["country"] = "Republic of Kenya (as spelt by a user)"
    assert event_of(row, load_crosswalks())["location_country"] == "KEN"  # iso 404
