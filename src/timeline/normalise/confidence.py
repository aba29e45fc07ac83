"""Calibration of `confidence`: the rule-based score mapped to the share of such mentions that
were right on our gold sets, so that 0.7 means "right about 7 times in 10".

The mapping is a data file (`confidence_calibration.json`) fitted by `scripts/fit_confidence.py`;
between its points the mapping is linear, and it never decreases.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from timeline.errors import ReferenceDataError
from timeline.reference.loader import read_json

CALIBRATION_FILE = "confidence_calibration.json"


@dataclass(frozen=True)
class Calibration:
    """A non-decreasing piecewise-linear map from raw score to probability."""

    version: str
    raw: tuple[float, ...]
    calibrated: tuple[float, ...]

    @classmethod
    def identity(cls) -> Calibration:
        return cls("identity", (0.0, 1.0), (0.0, 1.0))

    @classmethod
    def load(cls, path: Path | None = None) -> Calibration:
        data = read_json(path or CALIBRATION_FILE, packaged=path is None)
        try:
            points = sorted((float(r), float(c)) for r, c in data["points"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ReferenceDataError(str(path or CALIBRATION_FILE), f"bad points ({exc})") from exc
        if len(points) < 2 or any(not 0 <= v <= 1 for p in points for v in p):
            raise ReferenceDataError(str(path or CALIBRATION_FILE), "needs 2+ points in [0, 1]")
        if any(b[1] < a[1] for a, b in pairwise(points)):
            raise ReferenceDataError(str(path or CALIBRATION_FILE), "must not decrease")
        return cls(data["version"], tuple(p[0] for p in points), tuple(p[1] for p in points))

    def apply(self, raw: float) -> float:
        if raw <= self.raw[0]:
            return self.calibrated[0]
        if raw >= self.raw[-1]:
            return self.calibrated[-1]
        i = bisect_right(self.raw, raw) - 1
        span = self.raw[i + 1] - self.raw[i]
        weight = (raw - self.raw[i]) / span if span else 0.0
        value = self.calibrated[i] + weight * (self.calibrated[i + 1] - self.calibrated[i])
        return round(value, 3)
