"""The report of the sample articles, opened in headless Chromium with the network blocked.

Chromium is Debian's `chromium` package (`.ci/run` installs it); Playwright only drives it, with
no browser of its own. Every chart is checked against counts computed from the Parquet output.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import timeline
from timeline.report import write_report
from timeline.store.validate import read_events

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "raw"


def chromium_path() -> str:
    """The system Chromium; a failure in CI, where `.ci/run` must have installed it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@dataclass
class Opened:
    page: Any
    events: list[dict[str, Any]]
    requests: list[str]
    errors: list[str]
    screenshot: Path


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    executable = chromium_path()
    try:
        from playwright import sync_api
    except ImportError as exc:  # a test dependency: missing only in a hand-made environment
        if os.environ.get("CI"):
            raise
        pytest.skip(f"playwright is not installed ({exc})")

    folder = tmp_path_factory.mktemp("report")
    timeline.build([str(SAMPLES)], folder / "out")
    report = write_report(folder / "out", folder / "report.html")
    url = report.resolve().as_uri()
    events = read_events(folder / "out").to_pylist()

    requests: list[str] = []
    errors: list[str] = []

    def route(route: Any) -> None:
        requests.append(route.request.url)
        if route.request.url == url:
            route.continue_()
        else:
            errors.append(f"blocked request to {route.request.url}")
            route.abort()

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.route("**/*", route)
        page.on(
            "console",
            lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
        page.goto(url)
        page.wait_for_function("window.timelineReportReady === true", timeout=60_000)
        screenshot = folder / "report.png"
        page.screenshot(path=str(screenshot), full_page=True)
        yield Opened(page, events, requests, errors, screenshot)
        browser.close()


def traces(page: Any, figure: str, role: str) -> list[dict[str, Any]]:
    """The drawn traces of one chart whose meta.role is `role`, as plotly.js holds them."""
    found: list[dict[str, Any]] = page.evaluate(
        """([id, role]) => document.getElementById(id).data
            .filter(t => t.meta && t.meta.role === role)
            .map(t => ({x: t.x, y: t.y, customdata: t.customdata || null, meta: t.meta}))""",
        [figure, role],
    )
    return found


def test_opens_offline_without_errors(opened: Opened) -> None:
    assert opened.errors == []
    assert set(opened.requests) == {opened.page.url}
    assert opened.screenshot.stat().st_size > 50_000


def test_timeline_holds_every_dated_event(opened: Opened) -> None:
    dated = [e for e in opened.events if e["event_date"] is not None]
    assert len(dated) > 50
    markers = traces(opened.page, "fig-timeline", "events")
    assert sorted(i for t in markers for i in t["customdata"]) == sorted(
        e["event_id"] for e in dated
    )
    for trace in markers:
        expected = sum(1 for e in dated if e["quad_class"] == trace["meta"]["quad_class"])
        assert len(trace["x"]) == expected
    bars = traces(opened.page, "fig-timeline", "monthly")
    assert sum(sum(t["y"]) for t in bars) == len(dated)
    drawn = opened.page.locator("#fig-timeline .scatterlayer .point").count()
    assert drawn == len(dated)


def test_map_holds_every_located_event(opened: Opened) -> None:
    located = [e for e in opened.events if e["latitude"] is not None]
    assert located
    (places,) = traces(opened.page, "fig-map", "places")
    assert len(places["x"]) == len({(e["longitude"], e["latitude"]) for e in located})
    assert sum(places["customdata"]) == len(located)
    (outlines,) = traces(opened.page, "fig-map", "outlines")
    assert len(outlines["x"]) > 10_000
    assert opened.page.locator("#fig-map .scatterlayer .point").count() == len(places["x"])


def test_bars_match_the_parquet(opened: Opened) -> None:
    total = len(opened.events)
    for figure, role in (("fig-cameo", "cameo"), ("fig-plover", "plover")):
        (bars,) = traces(opened.page, figure, role)
        assert sum(bars["x"]) == total
    (actors,) = traces(opened.page, "fig-actors", "actors")
    top_label, top_count = actors["y"][-1], actors["x"][-1]  # drawn bottom-up: last is largest
    by_actor = sum(
        1 for e in opened.events if top_label in (e["source_actor_code"], e["target_actor_code"])
    )
    assert top_count == by_actor == max(actors["x"])
    (dyads,) = traces(opened.page, "fig-dyads", "dyads")
    source, target = dyads["y"][-1].split(" → ")
    assert dyads["x"][-1] == sum(
        1
        for e in opened.events
        if (e["source_actor_code"], e["target_actor_code"]) == (source, target)
    )


def test_hover_shows_the_evidence_and_outlet(opened: Opened) -> None:
    page = opened.page
    page.locator("#fig-timeline").scroll_into_view_if_needed()
    point = page.locator("#fig-timeline .scatterlayer .trace").last.locator(".point").last
    box = point.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    label = page.locator("#fig-timeline .hoverlayer .hovertext")
    label.wait_for(timeout=5_000)
    text = label.text_content() or ""  # SVG: one tspan per line, joined without spaces
    assert "source:" in text and "mention(s)" in text
    assert any(e["evidence"][:30] in text for e in opened.events)


def visible_rows(page: Any) -> int:
    count: int = page.locator("#events-table tbody tr:not([hidden])").count()
    return count


def test_table_filters_by_actor_country_type_and_date(opened: Opened) -> None:
    page, events = opened.page, opened.events
    assert visible_rows(page) == len(events)

    page.fill("#f-actor", "rusgov")
    expected = sum(
        1
        for e in events
        if any(
            "rusgov" in (e[k] or "").lower()
            for k in ("source_actor_code", "target_actor_code", "source_actor", "target_actor")
        )
    )
    assert 0 < visible_rows(page) == expected < len(events)
    page.click("#f-reset")

    page.select_option("#f-country", "PRK")
    expected = sum(
        1
        for e in events
        if "PRK" in (e["source_country"], e["target_country"], e["location_country"])
    )
    assert 0 < visible_rows(page) == expected
    page.click("#f-reset")

    page.select_option("#f-type", "plover:ASSAULT")
    assert visible_rows(page) == sum(1 for e in events if e["plover_type"] == "ASSAULT") > 0
    page.click("#f-reset")

    page.fill("#f-from", "2023-01-01")
    page.fill("#f-to", "2023-12-31")
    dates = read_dates(events)
    expected = sum(1 for d in dates if d is not None and "2023-01-01" <= d <= "2023-12-31")
    assert 0 < visible_rows(page) == expected
    assert page.inner_text("#f-count") == f"{expected} of {len(events)} events"
    page.click("#f-reset")
    assert visible_rows(page) == len(events)


def read_dates(events: list[dict[str, Any]]) -> list[str | None]:
    return [e["event_date"].isoformat() if e["event_date"] else None for e in events]


def test_clicking_a_plover_bar_filters_the_table(opened: Opened) -> None:
    page = opened.page
    page.locator("#fig-plover").scroll_into_view_if_needed()
    bar = page.locator("#fig-plover .barlayer .point").last  # the largest type, at the top
    box = bar.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    (bars,) = traces(page, "fig-plover", "plover")
    label = bars["y"][-1]
    page.wait_for_function(f"document.getElementById('f-type').value === 'plover:{label}'")
    assert visible_rows(page) == sum(1 for e in opened.events if e["plover_type"] == label) > 0
    page.click("#f-reset")
