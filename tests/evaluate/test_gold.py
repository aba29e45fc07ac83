from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline.evaluate.gold import GoldFormatError, load_gold

Writer = Callable[[list[dict[str, Any]]], Path]
Make = Callable[..., dict[str, Any]]
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def test_bench_record_is_typed_and_plover_is_on_2021_names(
    write_gold: Writer, record: Make, actor: Make
) -> None:
    path = write_gold(
        [record("r1", [{"source": [actor("USA", "GOV")], "target": [], "plover_type": "FIGHT"}])]
    )
    gold = load_gold(path)
    (event,) = gold.records[0].events
    assert gold.kind == "bench" and len(gold.sha256) == 64
    assert event.plover_type == "ASSAULT" and event.plover_given == "FIGHT"
    assert event.target == () and event.source is not None
    assert event.dates is None and not event.location_given
    assert gold.records[0].record == 1 and gold.records[0].input_path == str(path)


def test_absent_side_is_not_coded_but_null_location_is(write_gold: Writer, record: Make) -> None:
    gold = load_gold(write_gold([record("r1", [{"location": None}])]))
    (event,) = gold.records[0].events
    assert event.source is None and event.target is None
    assert event.location_given and event.location is None


def test_cameo_code_gives_root_and_dates_are_kept(write_gold: Writer, record: Make) -> None:
    gold = load_gold(write_gold([record("r1", [{"cameo_code": "0871", "date": None}])]))
    (event,) = gold.records[0].events
    assert event.cameo_roots == ("08",) and event.dates == ()


def test_unknown_event_fields_are_listed_not_fatal(write_gold: Writer, record: Make) -> None:
    gold = load_gold(write_gold([record("r1", [{"plover_type": "AID", "evidence": "x"}])]))
    assert gold.ignored_fields == ("evidence",)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"quad_class": 7}, "quad_class"),
        ({"date": "7 Oct"}, "date"),
        ({"modality": "maybe"}, "modality"),
        ({"cameo_roots": ["8"]}, "cameo roots"),
        ({"source": "USA"}, "source"),
    ],
)
def test_bad_event_names_the_line_and_field(
    write_gold: Writer, record: Make, bad: dict[str, Any], message: str
) -> None:
    path = write_gold([record("ok", []), record("bad", [bad])])
    with pytest.raises(GoldFormatError, match=rf"{path}:2: .*{message}"):
        load_gold(path)


def test_bad_published_and_missing_text_fail(write_gold: Writer, record: Make) -> None:
    with pytest.raises(GoldFormatError, match="published"):
        load_gold(write_gold([{**record("r", []), "published": "yesterday"}]))
    with pytest.raises(GoldFormatError, match="text"):
        load_gold(write_gold([{**record("r", []), "text": ""}]))


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="not found"):
        load_gold(tmp_path / "none.jsonl")


def test_seed_gold_becomes_one_record_with_its_required_events() -> None:
    path = SEED / "kim-putin-birthday.gold.json"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    gold = load_gold(path)
    (rec,) = gold.records
    assert gold.kind == "seed"
    assert str(rec.published) == "2024-10-07"
    assert "birthday greetings" in rec.text and "Connect with us" not in rec.text
    labels = {e.label: e for e in rec.events}
    assert set(labels) == {
        "birthday-message",
        "putin-visit-pyongyang",
        "mutual-assistance-agreement",
        "arms-supply",
        "kim-september-visit",
    }
    arms = labels["arms-supply"]
    assert arms.min_mentions == 2 and arms.modality == "alleged" and arms.dates is None
    visit = labels["putin-visit-pyongyang"]
    assert visit.dates == () and visit.location is not None
    assert visit.location.name == "Pyongyang"
    joint = labels["mutual-assistance-agreement"]
    assert joint.source is not None and {a.country for a in joint.source} == {"PRK", "RUS"}
