"""The report's data preparation and page, on small hand-made events (no spaCy, no browser)."""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
from typing import Any

import pytest

from timeline.models import Event
from timeline.report.data import (
    cameo_root_names,
    event_outlets,
    event_rows,
    monthly_counts,
    places,
    plover_types,
    prepare,
    top_actors,
    top_dyads,
)
from timeline.report.figures import focus_range, lane_offset, map_window, timeline_figure
from timeline.report.outlines import Outlines, flatten, parse_layer, world_outlines
from timeline.report.render import render, safe_href, script_json

COUNTER = iter(range(1_000_000))


def event(**fields: Any) -> dict[str, Any]:
    """One event record as the Parquet reader gives it, with plain defaults."""
    values: dict[str, Any] = {
        "event_id": f"e{next(COUNTER):05d}",
        "source_actor": "Russia",
        "source_country": "RUS",
        "source_actor_code": "RUS",
        "target_actor": "Ukraine",
        "target_country": "UKR",
        "target_actor_code": "UKR",
        "cameo_code": "190",
        "cameo_root": "19",
        "action": "Use conventional military force",
        "plover_type": "ASSAULT",
        "goldstein": -10.0,
        "quad_class": 4,
        "event_date": dt.date(2024, 5, 20),
        "date_precision": "day",
        "confidence": 0.9,
        "num_mentions": 1,
        "num_articles": 1,
        "num_sources": 1,
        "evidence": "Russian forces shelled Kharkiv on Monday.",
        "source_url": "https://example.org/a",
    }
    values.update(fields)
    return Event(**values).model_dump()


def sample() -> list[dict[str, Any]]:
    return [
        event(event_date=dt.date(2024, 5, 20), latitude=49.99, longitude=36.23,
              location_name="Kharkiv", location_country="UKR"),
        event(event_date=dt.date(2024, 5, 2), latitude=49.99, longitude=36.23,
              location_name="Kharkiv", location_country="UKR", goldstein=-2.0,
              cameo_code="111", cameo_root="11", plover_type="ACCUSE", quad_class=3,
              action="Criticize or denounce"),
        event(event_date=dt.date(2024, 6, 1), source_actor="Vladimir Putin",
              source_actor_code="RUSGOV", target_actor="Kim Jong Un", target_country="PRK",
              target_actor_code="PRKGOV", cameo_code="040", cameo_root="04",
              plover_type="CONSULT", quad_class=1, goldstein=1.0, action="Consult",
              latitude=39.03, longitude=125.75, location_name="Pyongyang",
              location_country="PRK"),
        event(event_date=None, date_precision="unknown", target_actor=None, target_country=None,
              target_actor_code=None, cameo_code="057", cameo_root="05", plover_type="AGREE",
              quad_class=1, goldstein=8.0, action="Sign a formal agreement"),
        event(event_date=dt.date(2023, 1, 9), source_actor="Russia", source_actor_code="RUS",
              target_actor="Russia", target_actor_code="RUS", target_country="RUS"),
    ]  # fmt: skip


def test_rows_are_sorted_by_date_with_undated_last_and_carry_their_countries() -> None:
    rows = event_rows(sample(), {})
    dates = [r.date for r in rows]
    assert dates == [
        dt.date(2023, 1, 9), dt.date(2024, 5, 2), dt.date(2024, 5, 20), dt.date(2024, 6, 1), None,
    ]  # fmt: skip
    assert rows[3].countries == ("PRK", "RUS")
    assert rows[-1].countries == ("RUS",)
    assert rows[-1].target == ""


def test_outlets_come_from_mentions_else_from_the_url_host() -> None:
    records = sample()
    mentions = [
        {"event_id": records[0]["event_id"], "outlet": "Northgate Post", "url": None},
        {"event_id": records[0]["event_id"], "outlet": None, "url": "https://wire.example/x"},
        {"event_id": records[0]["event_id"], "outlet": "Northgate Post", "url": None},
    ]
    outlets = event_outlets(mentions)
    assert outlets == {records[0]["event_id"]: ["Northgate Post", "wire.example"]}
    rows = {r.event_id: r for r in event_rows(records, outlets)}
    assert rows[records[0]["event_id"]].outlets == ("Northgate Post", "wire.example")
    assert rows[records[1]["event_id"]].outlets == ("example.org",)


def test_monthly_counts_add_up_to_the_dated_events_of_each_quad_class() -> None:
    rows = event_rows(sample(), {})
    monthly = monthly_counts(rows)
    assert set(monthly) == {1, 2, 3, 4}
    assert monthly[4] == [("2023-01", 1), ("2024-05", 1)]
    assert monthly[3] == [("2024-05", 1)]
    assert monthly[1] == [("2024-06", 1)]  # the undated agreement is not in any month
    assert monthly[2] == []
    assert sum(n for months in monthly.values() for _, n in months) == 4


def test_events_at_one_coordinate_share_a_marker() -> None:
    found = places(event_rows(sample(), {}))
    assert [(p.name, p.country, p.events) for p in found] == [
        ("Kharkiv", "UKR", 2),
        ("Pyongyang", "PRK", 1),
    ]
    assert found[0].by_quad == {3: 1, 4: 1}
    assert found[0].mean_goldstein == -6.0
    assert sum(p.events for p in found) == 3


def test_top_actors_count_each_event_once_per_actor() -> None:
    actors = top_actors(event_rows(sample(), {}), top=10)
    counts = {c.label: c.events for c in actors}
    # RUS is source of four events, and target too in one of them: still four events
    assert counts == {"RUS": 4, "UKR": 2, "RUSGOV": 1, "PRKGOV": 1}
    assert [c.label for c in actors][:2] == ["RUS", "UKR"]
    assert "Vladimir Putin" in next(c.detail for c in actors if c.label == "RUSGOV")
    assert len(top_actors(event_rows(sample(), {}), top=1)) == 1


def test_dyads_are_directed_and_need_both_sides() -> None:
    dyads = top_dyads(event_rows(sample(), {}), top=10)
    assert {c.label: c.events for c in dyads} == {
        "RUS → UKR": 2,
        "RUSGOV → PRKGOV": 1,
        "RUS → RUS": 1,
    }
    assert dyads[0].label == "RUS → UKR"
    assert "ASSAULT 1" in dyads[0].detail and "ACCUSE 1" in dyads[0].detail


def test_type_breakdown_counts_every_event_with_codebook_names() -> None:
    data = prepare(sample(), {}, title="t")
    roots = {c.label: (c.events, c.quad_class) for c in data.cameo_roots}
    names = cameo_root_names()
    assert len(names) == 20
    assert roots == {
        f"04 {names['04']}": (1, 1),
        f"05 {names['05']}": (1, 1),
        f"11 {names['11']}": (1, 3),
        f"19 {names['19']}": (2, 4),
    }
    assert [(c.label, c.events) for c in plover_types(data.events)] == [
        ("ASSAULT", 2), ("ACCUSE", 1), ("AGREE", 1), ("CONSULT", 1),
    ]  # fmt: skip
    assert sum(c.events for c in data.cameo_roots) == len(data.events) == 5


def test_timeline_figure_has_one_marker_per_dated_event() -> None:
    data = prepare(sample(), {"x": ["y"]}, title="t")
    figure = timeline_figure(data)
    markers = [t for t in figure["data"] if t["meta"]["role"] == "events"]
    assert sum(len(t["x"]) for t in markers) == len(data.dated) == 4
    assert sorted(i for t in markers for i in t["customdata"]) == sorted(
        r.event_id for r in data.dated
    )
    for trace in markers:
        quad = trace["meta"]["quad_class"]
        assert all(abs(y - quad) <= 0.35 for y in trace["y"])
    hover = next(t["text"][0] for t in markers if t["meta"]["quad_class"] == 1)
    assert "Pyongyang" in hover and "example.org" in hover


def test_lane_offset_is_stable_and_small() -> None:
    offsets = {lane_offset(f"event-{i}") for i in range(200)}
    assert all(-0.35 <= o <= 0.35 for o in offsets)
    assert len(offsets) > 100
    assert lane_offset("abc") == lane_offset("abc")


def test_focus_range_skips_a_lone_old_date_but_keeps_an_even_spread() -> None:
    recent = [dt.date(2024, 1, 1) + dt.timedelta(days=10 * i) for i in range(30)]
    window = focus_range([dt.date(1961, 1, 1), *recent])
    assert window is not None
    assert dt.date(2023, 1, 1) < window[0] < recent[0] and window[1] > recent[-1]
    assert focus_range(recent) is None
    assert focus_range([dt.date(1961, 1, 1), dt.date(2024, 1, 1)]) is None


def test_map_window_fits_the_places() -> None:
    found = places(event_rows(sample(), {}))
    lon, lat = map_window(found)
    assert lon[0] < 36.23 < 125.75 < lon[1]
    assert lat[0] < 39.03 < 49.99 < lat[1]
    assert map_window([]) == ([-180.0, 180.0], [-60.0, 85.0])


def test_outline_layers_parse_and_break_at_the_date_line() -> None:
    data = b"".join(struct.pack("<ff", x, y) for x, y in [(179.0, 1.0), (181.0, 2.0), (-170, 3)])
    meta = "1 123.4 3 1.0 3.0 0 24 0\n2 5.0 1 0 0 24 0 1\n"
    lines = parse_layer(data, meta, frozenset({1}))
    assert lines == [[(179.0, 1.0), (-179.0, 2.0), (-170.0, 3.0)]]
    flat = flatten(lines)
    assert flat.lon == [179.0, None, -179.0, -170.0, None]
    assert flat.lines == 2


def test_world_outlines_come_from_the_installed_package() -> None:
    outlines = world_outlines()
    lons = [v for v in outlines.lon if v is not None]
    lats = [v for v in outlines.lat if v is not None]
    assert outlines.lines > 500 and len(lons) > 10_000
    assert min(lons) >= -180 and max(lons) <= 180 and min(lats) >= -90 and max(lats) <= 90


def test_page_escapes_hostile_text_and_links_only_web_urls() -> None:
    hostile = event(
        evidence="</script><script>alert(1)</script> & <b>bold</b>",
        source_url="javascript:alert(1)",
        source_actor='"><img src=x onerror=alert(1)>',
    )
    page = render(prepare([hostile, *sample()], {}, title="<t>"), Outlines([0.0], [0.0]))
    body = page.split('<script type="application/json"')[0]
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in body
    assert len(re.findall(r"<tr data-id=", page)) == 6
    figures = re.search(r'id="report-figures">(.*?)</script>', page, re.S)
    assert figures is not None
    assert "alert(1)" in json.dumps(json.loads(figures.group(1)))
    assert safe_href("https://a.example/x") == "https://a.example/x"
    assert safe_href("data:text/html,x") is None


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"a": "</script><!-- &"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- &"}


def test_page_is_self_contained() -> None:
    page = render(prepare(sample(), {}, title="t"), world_outlines())
    assert "Plotly" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "Content-Security-Policy" in page


@pytest.mark.parametrize("records", [[], sample()[:1]])
def test_small_builds_render(records: list[dict[str, Any]]) -> None:
    data = prepare(records, {}, title="t")
    assert len(data.events) == len(records)
    page = render(data, Outlines([], []))
    assert page.count("<tr data-id=") == len(records)


def test_malformed_urls_and_missing_outlets_do_not_stop_the_report() -> None:
    records = [event(source_url="http://[broken"), event(source_url=None)]
    rows = event_rows(records, {})
    assert [r.outlets for r in rows] == [(), ()]
    page = render(prepare(records, {}, title="t"), Outlines([], []))
    assert page.count("<tr data-id=") == 2


def test_a_big_build_draws_its_most_mentioned_events_and_counts_them_all() -> None:
    """Markers and table rows are capped; counts, months, places and types cover every event."""
    records = [event(num_mentions=1 + i % 7, event_date=dt.date(2024, 1 + i % 12, 1))
               for i in range(60)]  # fmt: skip
    data = prepare(records, {}, title="big", max_events=10)
    assert data.total_events == 60 and len(data.events) == 10
    assert sorted(row.num_mentions for row in data.events) == [6, 6] + [7] * 8
    assert sum(n for series in data.monthly.values() for _, n in series) == 60
    assert sum(c.events for c in data.plover_types) == 60
    page = render(data, world_outlines())
    assert "60 events" in page and "show the 10 most mentioned" in page
    assert page.count('data-id="') == 10  # the table holds only the shown rows
    assert prepare(records, {}, title="all").total_events == len(
        prepare(records, {}, title="all").events
    )
