"""Calibration of `confidence`: a mention's raw terms (`timeline.extract.confidence_score`)
turned into the share of such mentions that were right on our gold sets, so that 0.7 means
"right about 7 times in 10".

The turning is a small logistic model: each term that holds adds its weight to the log-odds of
being right. The weights are a data file (`confidence_calibration.json`) fitted by
`scripts/fit_confidence.py`, so each term's say can be read there.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import ReferenceDataError
from timeline.reference.loader import read_json

CALIBRATION_FILE = "confidence_calibration.json"
MIN_CONFIDENCE, MAX_CONFIDENCE = 0.05, 0.95  # no rule-based reading is ever sure either way
MAX_LOG_ODDS = 30.0  # far past both ends: keeps exp() in range whatever the weights


@dataclass(frozen=True)
class Calibration:
    """Log-odds of being right: `bias` plus the weight of each term that holds."""

    version: str
    bias: float
    weights: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Calibration:
        name = str(path or CALIBRATION_FILE)
        data = read_json(path or CALIBRATION_FILE, packaged=path is None)
        try:
            bias = float(data["bias"])
            weights = {str(k): float(v) for k, v in data["weights"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ReferenceDataError(name, f"needs a bias and weights by term ({exc})") from exc
        if not all(math.isfinite(v) for v in (bias, *weights.values())):
            raise ReferenceDataError(name, "bias and weights must be finite numbers")
        return cls(data["version"], bias, weights)

    def apply(self, terms: Mapping[str, float]) -> float:
        """The probability that a mention with these terms is right; a term the file does not
        weigh (added since the last fit) counts for nothing until the next fit."""
        log_odds = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in terms.items())
        log_odds = min(MAX_LOG_ODDS, max(-MAX_LOG_ODDS, log_odds))
        probability = 1.0 / (1.0 + math.exp(-log_odds))
        return round(min(MAX_CONFIDENCE, max(MIN_CONFIDENCE, probability)), 3)
