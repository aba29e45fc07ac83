"""Fit `confidence_calibration.json`: how much each raw term weighs on a mention being right.

Runs the normal extraction on the gold sets, notes each judged mention's terms
(`timeline.extract.confidence_score`) and whether it was right, fits a logistic model on all of
them pooled, and writes the weights with a new version. A ridge keeps a rare term from taking an
extreme weight; its strength is the one of `RIDGES` with the least cross-validated log-loss, so
the data, not a fixed guess, say how far to shrink (a fixed strong ridge pulled the weight of a
missing party towards zero and left such mentions rated above their share right). It then
prints, for each gold file, the reliability bands of the pooled fit and, as checks against
overfitting, those of a 5-fold cross-validation by record (ridge chosen again inside each) and of
a fit on the other files alone.
Usage: python scripts/fit_confidence.py GOLD.jsonl [GOLD.jsonl ...]
(the project's own: ../shared/bench/plover-gsr.jsonl tests/gold/wire.jsonl)
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from timeline.evaluate.gold import load_gold
from timeline.evaluate.runner import extract_records
from timeline.evaluate.scoring import codes_one_event_per_record, judged_mentions
from timeline.extract.confidence_score import TERMS
from timeline.extraction import Extraction
from timeline.normalise.confidence import (
    CALIBRATION_FILE,
    MAX_CONFIDENCE,
    MIN_CONFIDENCE,
    Calibration,
)
from timeline.pipeline import BuildOptions

DATA = Path(__file__).resolve().parents[1] / "src" / "timeline" / "reference" / "data"
RIDGES = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)  # L2 penalties on the weights (not the bias) tried
NEWTON_STEPS = 50
BANDS = 5  # reliability bands of width 0.2, as the eval report has them
SERIALS = 1_000_000
FOLDS = 5


@dataclass(frozen=True)
class Recorder(Calibration):
    """Notes each mention's terms and gives it their serial number as its confidence, so that a
    judged mention can be matched back to its terms."""

    seen: list[Mapping[str, float]] = field(default_factory=list)

    def apply(self, terms: Mapping[str, float]) -> float:
        self.seen.append(dict(terms))
        if len(self.seen) >= SERIALS:
            raise RuntimeError("too many mentions to number")
        return len(self.seen) / SERIALS


class Sample(NamedTuple):
    """One gold file's judged mentions."""

    x: np.ndarray  # a row of [1, terms...] per mention
    y: np.ndarray  # 1 where it was right
    fold: np.ndarray  # its record's fold for cross-validation (a record's mentions stay together)


def judged_samples(extraction: Extraction, recorder: Recorder, path: str) -> Sample:
    """The judged mentions of one gold file: their term rows and whether each was right."""
    results = extract_records(load_gold(Path(path)), extraction)
    one_event = codes_one_event_per_record(results)
    rows, right, folds = [], [], []
    for number, result in enumerate(results):
        for mention, correct in judged_mentions(result, one_event=one_event):
            terms = recorder.seen[round(mention.confidence * SERIALS) - 1]
            rows.append([1.0, *(terms.get(name, 0.0) for name in TERMS)])
            right.append(float(correct))
            folds.append(number % FOLDS)
    return Sample(np.array(rows).reshape(-1, len(TERMS) + 1), np.array(right), np.array(folds))


def fit(x: np.ndarray, y: np.ndarray, ridge: float = 1.0) -> np.ndarray:
    """Ridge logistic regression by Newton's method: [bias, weight per term]."""
    penalty = ridge * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    w = np.zeros(x.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        w = w - np.linalg.solve(hessian, gradient)
    return w


def fit_pooled(samples: list[Sample], ridge: float) -> np.ndarray:
    return fit(np.vstack([s.x for s in samples]), np.concatenate([s.y for s in samples]), ridge)


def without_fold(samples: list[Sample], fold: int) -> list[Sample]:
    return [
        Sample(s.x[s.fold != fold], s.y[s.fold != fold], s.fold[s.fold != fold]) for s in samples
    ]


def held_out_log_loss(samples: list[Sample], ridge: float) -> float:
    """Mean log-loss of each mention's probability from a fit on the other folds' records,
    clipped as `Calibration.apply` clips it."""
    losses = []
    for fold in sorted(set(np.concatenate([s.fold for s in samples]).tolist())):
        w = fit_pooled(without_fold(samples, fold), ridge)
        for s in samples:
            x, y = s.x[s.fold == fold], s.y[s.fold == fold]
            p = np.clip(
                1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))), MIN_CONFIDENCE, MAX_CONFIDENCE
            )
            losses.extend((-(y * np.log(p) + (1 - y) * np.log(1 - p))).tolist())
    return float(np.mean(losses))


def chosen_ridge(samples: list[Sample]) -> float:
    """The penalty whose fits predict held-out records best (ties go to the stronger one)."""
    return min(RIDGES, key=lambda r: (round(held_out_log_loss(samples, r), 4), -r))


def cross_validated(samples: dict[str, Sample]) -> dict[str, list[float]]:
    """Each mention's confidence from a pooled fit on the other folds' records only, with the
    ridge chosen on those folds too, so that the check sees no choice made on its own fold."""
    out = {name: [0.0] * len(s.y) for name, s in samples.items()}
    for fold in range(FOLDS):
        rest = without_fold(list(samples.values()), fold)
        model = calibration(fit_pooled(rest, chosen_ridge(rest)))
        for name, s in samples.items():
            for i in np.flatnonzero(s.fold == fold):
                out[name][i] = confidence_of(model, s.x[i])
    return out


def calibration(w: np.ndarray, version: str = "fit") -> Calibration:
    weights = {name: round(float(v), 3) for name, v in zip(TERMS, w[1:], strict=True)}
    return Calibration(version, round(float(w[0]), 3), weights)


def confidence_of(model: Calibration, row: np.ndarray) -> float:
    return model.apply(dict(zip(TERMS, row[1:].tolist(), strict=True)))


def reliability(confidence: list[float], y: np.ndarray) -> str:
    """Each band's mentions, mean confidence and share right, as the eval report gives them."""
    lines = []
    for band in range(BANDS):
        inside = [i for i, c in enumerate(confidence) if min(int(c * BANDS), BANDS - 1) == band]
        if inside:
            mean = sum(confidence[i] for i in inside) / len(inside)
            share = float(y[inside].mean())
            lines.append(
                f"  [{band / BANDS:.1f}, {(band + 1) / BANDS:.1f}) {len(inside):4d} mentions, "
                f"mean {mean:.2f}, right {share:.2f} (off {abs(mean - share):.2f})"
            )
    return "\n".join(lines)


def next_version(previous: str) -> str:
    year, month, serial = previous.split(".")
    return f"{year}.{month}.{int(serial) + 1}"  # a refit is a new version of the data


def main(paths: list[str]) -> None:
    extraction = Extraction(BuildOptions())
    recorder = Recorder("recorder", 0.0)
    extraction.extractor.reference = dataclasses.replace(extraction.reference, calibration=recorder)
    samples = {Path(p).name: judged_samples(extraction, recorder, p) for p in paths}
    every = list(samples.values())
    for r in RIDGES:
        print(f"ridge {r}: cross-validated log-loss {held_out_log_loss(every, r):.4f}")
    ridge = chosen_ridge(every)
    pooled = fit_pooled(every, ridge)
    previous = json.loads((DATA / CALIBRATION_FILE).read_text(encoding="utf-8"))["version"]
    model = calibration(pooled, next_version(previous))
    data = {
        "version": model.version,
        "description": (
            "Log-odds that a mention is right (dyad and action agree with a gold event of the "
            "record): bias plus the weight of each term of timeline.extract.confidence_score "
            "that holds; fitted by scripts/fit_confidence.py on "
            f"{', '.join(samples)}; {sum(len(s.y) for s in samples.values())} mentions; "
            f"ridge {ridge}, chosen by cross-validation."
        ),
        "bias": model.bias,
        "weights": dict(model.weights),
    }
    (DATA / CALIBRATION_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1))
    held_out = cross_validated(samples)
    for name, sample in samples.items():
        fitted = [confidence_of(model, row) for row in sample.x]
        print(f"\n{name}, pooled fit:\n{reliability(fitted, sample.y)}")
        print(f"{name}, {FOLDS}-fold cross-validated:\n{reliability(held_out[name], sample.y)}")
        others = [s for n, s in samples.items() if n != name]
        if others:
            alone = calibration(fit_pooled(others, chosen_ridge(others)))
            confidence = [confidence_of(alone, row) for row in sample.x]
            print(f"{name}, fitted on the other files only:\n{reliability(confidence, sample.y)}")


if __name__ == "__main__":
    main(sys.argv[1:])
