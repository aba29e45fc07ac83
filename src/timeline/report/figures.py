"""Plotly figure specifications (plain JSON-able dicts) for the report's charts.

Built as dicts rather than through plotly's Python objects: plotly.js draws them directly, the
JSON is what a test inspects, and nothing here needs plotly's Python API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import textwrap
from collections.abc import Sequence
from typing import Any

from timeline.report.data import QUAD_NAMES, Count, EventRow, Place, ReportData, dyad_label
from timeline.report.outlines import Outlines

Figure = dict[str, Any]

QUAD_COLOURS = {1: "#4e9ad6", 2: "#1f5f99", 3: "#f0a04b", 4: "#c8402f"}
FONT = {"family": "system-ui, -apple-system, 'Segoe UI', sans-serif", "size": 12}


def _layout(**extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "font": FONT,
        "margin": {"l": 60, "r": 20, "t": 30, "b": 40},
        "plot_bgcolor": "#ffffff",
        "paper_bgcolor": "#ffffff",
        "hoverlabel": {"align": "left"},
        "legend": {"orientation": "h", "y": 1.08, "x": 0},
    }
    layout.update(extra)
    return layout


def _wrap(text: str, width: int = 80, lines: int = 6) -> str:
    """Plain text as Plotly hover markup: escaped, wrapped, cut to a few lines."""
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = [*wrapped[:lines], "…"]
    return "<br>".join(html.escape(line, quote=False) for line in wrapped)


def lane_offset(event_id: str) -> float:
    """A stable vertical jitter in [-0.35, 0.35] so same-day events in a lane do not overlap."""
    digest = hashlib.blake2b(event_id.encode("utf-8"), digest_size=2).digest()
    return round((int.from_bytes(digest, "big") / 65535 - 0.5) * 0.7, 3)


def event_hover(row: EventRow) -> str:
    """Who did what to whom, when, where, the evidence sentence and who reported it."""
    parts = [
        f"<b>{html.escape(str(row.date))}</b> ({html.escape(row.date_precision)})"
        if row.date
        else "<b>undated</b>",
        html.escape(dyad_label(row)),
        f"CAMEO {html.escape(row.cameo_code)} · {html.escape(row.plover_type)} · "
        f"Goldstein {row.goldstein:+.1f} · {html.escape(row.modality)}",
    ]
    if row.location:
        parts.append("at " + html.escape(row.location))
    parts.append("<i>" + _wrap(row.evidence) + "</i>")
    outlets = ", ".join(row.outlets) or "unknown outlet"
    parts.append(
        f"source: {html.escape(outlets)} ({row.num_mentions} mention(s), "
        f"{row.num_sources} outlet(s))"
    )
    return "<br>".join(parts)


def focus_range(dates: Sequence[dt.date], share: float = 0.05) -> tuple[dt.date, dt.date] | None:
    """The initial date window when a few outliers (a treaty of 1961 recalled in a 2024 story)
    would squash the rest: from the `share` quantile to the last date, padded. None when the
    whole span is already a fair view (the outliers remain one double-click away)."""
    if len(dates) < 10:
        return None
    ordered = sorted(dates)
    low = ordered[int(len(ordered) * share)]
    first, last = ordered[0], ordered[-1]
    if (low - first).days * 2 < (last - low).days:
        return None
    pad = dt.timedelta(days=max(15, (last - low).days // 20))
    return low - pad, last + pad


def timeline_figure(data: ReportData) -> Figure:
    """Dated events over time: monthly counts stacked by QuadClass above one marker per event
    in a lane per QuadClass; the two panels share the date axis, so zooming one zooms both."""
    traces: list[dict[str, Any]] = []
    for quad, months in data.monthly.items():
        if quad not in QUAD_NAMES:  # outside the contract's 1-4: in the table only
            continue
        traces.append(
            {
                "type": "bar",
                "name": QUAD_NAMES[quad],
                "legendgroup": str(quad),
                "x": [month + "-15" for month, _ in months],
                "y": [n for _, n in months],
                "marker": {"color": QUAD_COLOURS[quad]},
                "xaxis": "x",
                "yaxis": "y2",
                "hovertemplate": "%{x|%Y-%m}: %{y} events<extra>" + QUAD_NAMES[quad] + "</extra>",
                "meta": {"role": "monthly", "quad_class": quad},
            }
        )
    for quad in QUAD_NAMES:
        rows = [r for r in data.dated if r.quad_class == quad]
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": QUAD_NAMES[quad],
                "legendgroup": str(quad),
                "showlegend": False,
                "x": [r.date.isoformat() for r in rows if r.date],
                "y": [quad + lane_offset(r.event_id) for r in rows],
                "customdata": [r.event_id for r in rows],
                "text": [event_hover(r) for r in rows],
                "hovertemplate": "%{text}<extra></extra>",
                "marker": {
                    "color": QUAD_COLOURS[quad],
                    "size": [min(6 + 2 * r.num_mentions, 18) for r in rows],
                    "opacity": 0.75,
                    "line": {"width": 0.5, "color": "#333"},
                },
                "meta": {"role": "events", "quad_class": quad},
            }
        )
    xaxis: dict[str, Any] = {"type": "date", "anchor": "y"}
    window = focus_range([r.date for r in data.dated if r.date])
    if window:
        xaxis["range"] = [window[0].isoformat(), window[1].isoformat()]
    layout = _layout(
        height=520,
        barmode="stack",
        hovermode="closest",
        xaxis=xaxis,
        yaxis={
            "domain": [0, 0.62],
            "tickmode": "array",
            "tickvals": list(QUAD_NAMES),
            "ticktext": list(QUAD_NAMES.values()),
            "range": [4.6, 0.4],
            "fixedrange": True,
        },
        yaxis2={"domain": [0.7, 1], "title": {"text": "events / month"}, "fixedrange": True},
    )
    layout["margin"]["l"] = 150
    return {"data": traces, "layout": layout}


def _place_hover(place: Place) -> str:
    quads = ", ".join(
        f"{QUAD_NAMES.get(q, f'quad {q}').lower()} {n}" for q, n in place.by_quad.items()
    )
    lines = [
        f"<b>{html.escape(place.name)}</b>"
        + (f" ({html.escape(place.country)})" if place.country else ""),
        f"{place.events} event(s): {quads}",
        f"mean Goldstein {place.mean_goldstein:+.1f}",
        *(html.escape(example) for example in place.examples),
    ]
    return "<br>".join(lines)


def map_window(places: Sequence[Place], pad: float = 15.0) -> tuple[list[float], list[float]]:
    """The initial longitude and latitude ranges: the places, padded; the world when none."""
    if not places:
        return [-180.0, 180.0], [-60.0, 85.0]
    lons = [p.longitude for p in places]
    lats = [p.latitude for p in places]
    return (
        [max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)],
        [max(-90.0, min(lats) - pad), min(90.0, max(lats) + pad)],
    )


def map_figure(data: ReportData, outlines: Outlines) -> Figure:
    """Event places over coastlines and borders on a longitude/latitude plane.

    A flat map on ordinary axes needs no map tiles or topojson fetched from the network, and
    zooms and pans like the other charts. Marker size is the number of events at the place,
    colour their mean Goldstein score.
    """
    places = data.places
    traces: list[dict[str, Any]] = [
        {
            "type": "scatter",
            "mode": "lines",
            "name": "outlines",
            "x": outlines.lon,
            "y": outlines.lat,
            "line": {"color": "#9aa5b1", "width": 0.6},
            "hoverinfo": "skip",
            "showlegend": False,
            "meta": {"role": "outlines"},
        },
        {
            "type": "scatter",
            "mode": "markers",
            "name": "places",
            "x": [p.longitude for p in places],
            "y": [p.latitude for p in places],
            "customdata": [p.events for p in places],
            "text": [_place_hover(p) for p in places],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {
                "size": [8 + 6 * min(p.events, 25) ** 0.5 for p in places],
                "color": [p.mean_goldstein for p in places],
                "colorscale": "RdBu",
                "reversescale": True,  # conflict (negative) red, cooperation blue
                "cmin": -10,
                "cmax": 10,
                "colorbar": {"title": {"text": "mean<br>Goldstein"}, "thickness": 12},
                "line": {"width": 1, "color": "#222"},
                "opacity": 0.85,
            },
            "showlegend": False,
            "meta": {"role": "places"},
        },
    ]
    lon_range, lat_range = map_window(places)
    layout = _layout(
        height=480,
        hovermode="closest",
        xaxis={"range": lon_range, "showgrid": False, "zeroline": False, "title": None},
        yaxis={
            "range": lat_range,
            "scaleanchor": "x",
            "scaleratio": 1,
            "showgrid": False,
            "zeroline": False,
        },
        plot_bgcolor="#f4f8fb",
    )
    return {"data": traces, "layout": layout}


def bar_figure(counts: Sequence[Count], *, role: str, colour: str = "#4e79a7") -> Figure:
    """Horizontal bars, largest at the top; the hover gives each bar's detail line."""
    ordered = list(reversed(counts))
    colours = [QUAD_COLOURS.get(c.quad_class, colour) if c.quad_class else colour for c in ordered]
    trace = {
        "type": "bar",
        "orientation": "h",
        "x": [c.events for c in ordered],
        "y": [c.label for c in ordered],
        "text": [html.escape(c.detail) for c in ordered],
        "hovertemplate": "<b>%{y}</b>: %{x} events<br>%{text}<extra></extra>",
        "textposition": "none",
        "marker": {"color": colours},
        "meta": {"role": role},
    }
    layout = _layout(
        height=max(180, 26 * len(ordered) + 70),
        xaxis={"title": {"text": "events"}, "rangemode": "tozero"},
        yaxis={"automargin": True, "type": "category"},
        showlegend=False,
    )
    return {"data": [trace], "layout": layout}


def figures(data: ReportData, outlines: Outlines) -> dict[str, Figure]:
    """Every chart of the report, by the id of the element it is drawn into."""
    return {
        "fig-timeline": timeline_figure(data),
        "fig-map": map_figure(data, outlines),
        "fig-actors": bar_figure(data.top_actors, role="actors"),
        "fig-dyads": bar_figure(data.top_dyads, role="dyads", colour="#59a14f"),
        "fig-cameo": bar_figure(data.cameo_roots, role="cameo"),
        "fig-plover": bar_figure(data.plover_types, role="plover", colour="#b07aa1"),
    }
