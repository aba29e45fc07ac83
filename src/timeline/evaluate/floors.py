"""Accuracy floors: the figures a gold file must keep, pinned with the file's checksum.

The gate compares a fresh score against its pinned entry. Shares must stay at or above their
floor; false-positive figures (lower is better) at or below their ceiling. The per-field "if
detected" shares are diagnostics, not pinned: they can fall when detection improves.
"""

from __future__ import annotations

import math
from typing import Any

from timeline.evaluate.report import figures
from timeline.evaluate.scoring import FileScore

LOWER_IS_BETTER = ("false_positive.", "seed.self_dyads")
NOT_PINNED = ("field_if_detected.",)
TOLERANCE = 1e-9


def pinned_figures(score: FileScore) -> dict[str, float]:
    return {
        name: value
        for name, value in figures(score).items()
        if value is not None and not name.startswith(NOT_PINNED)
    }


def pin(score: FileScore) -> dict[str, Any]:
    """A floors entry at the measured values, rounded (down for floors, up for ceilings)."""
    at_least, at_most = {}, {}
    for name, value in sorted(pinned_figures(score).items()):
        if name.startswith(LOWER_IS_BETTER):
            at_most[name] = math.ceil(value * 100 - TOLERANCE) / 100
        else:
            at_least[name] = math.floor(value * 100 + TOLERANCE) / 100
    return {"sha256": score.sha256, "at_least": at_least, "at_most": at_most}


def check(score: FileScore, entry: dict[str, Any]) -> list[str]:
    """Every way the score breaks its entry; empty when it holds."""
    if entry.get("sha256") != score.sha256:
        return [
            f"{score.name} changed (sha256 {score.sha256}, pinned {entry.get('sha256')}): "
            "re-pin it in tests/accuracy_floors.json (new sha256 and floors measured on it)"
        ]
    measured = pinned_figures(score)
    problems = []
    for name, floor in entry.get("at_least", {}).items():
        value = measured.get(name)
        if value is None or value < floor - TOLERANCE:
            problems.append(f"{score.name}: {name} = {value} fell below its floor {floor}")
    for name, ceiling in entry.get("at_most", {}).items():
        value = measured.get(name)
        if value is None or value > ceiling + TOLERANCE:
            problems.append(f"{score.name}: {name} = {value} rose above its ceiling {ceiling}")
    return problems
