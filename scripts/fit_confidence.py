"""Fit `confidence_calibration.json`: how much each raw term weighs on a mention being right.

Runs the normal extraction on the gold sets, notes each judged mention's terms
(`timeline.extract.confidence_score`) and whether it was right, fits a logistic model on all of
them pooled (a light ridge keeps a rare term from taking an extreme weight), and writes the
weights with a new version. It then prints, for each gold file, the reliability bands of the
pooled fit, and as a check against overfitting those of a fit on the other files alone.
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

import numpy as np

from timeline.evaluate.gold import load_gold
from timeline.evaluate.runner import extract_records
from timeline.evaluate.scoring import codes_one_event_per_record, judged_mentions
from timeline.extract.confidence_score import TERMS
from timeline.extraction import Extraction
from timeline.normalise.confidence import CALIBRATION_FILE, Calibration
from timeline.pipeline import BuildOptions

DATA = Path(__file__).resolve().parents[1] / "src" / "timeline" / "reference" / "data"
RIDGE = 1.0  # L2 penalty on the weights (not the bias)
NEWTON_STEPS = 50
BANDS = 5  # reliability bands of width 0.2, as the eval report has them
SERIALS = 1_000_000


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


Sample = tuple[np.ndarray, np.ndarray]  # one row of [1, terms...] per mention; right (1) or not


def judged_samples(extraction: Extraction, recorder: Recorder, path: str) -> Sample:
    """The judged mentions of one gold file: their term rows and whether each was right."""
    results = extract_records(load_gold(Path(path)), extraction)
    one_event = codes_one_event_per_record(results)
    rows, right = [], []
    for result in results:
        for mention, correct in judged_mentions(result, one_event=one_event):
            terms = recorder.seen[round(mention.confidence * SERIALS) - 1]
            rows.append([1.0, *(terms.get(name, 0.0) for name in TERMS)])
            right.append(float(correct))
    return np.array(rows).reshape(-1, len(TERMS) + 1), np.array(right)


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Ridge logistic regression by Newton's method: [bias, weight per term]."""
    penalty = RIDGE * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    w = np.zeros(x.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        w = w - np.linalg.solve(hessian, gradient)
    return w


def fit_pooled(samples: list[Sample]) -> np.ndarray:
    return fit(np.vstack([x for x, _ in samples]), np.concatenate([y for _, y in samples]))


def calibration(w: np.ndarray, version: str = "fit") -> Calibration:
    weights = {name: round(float(v), 3) for name, v in zip(TERMS, w[1:], strict=True)}
    return Calibration(version, round(float(w[0]), 3), weights)


def reliability(model: Calibration, sample: Sample) -> str:
    """Each band's mentions, mean confidence and share right, as the eval report gives them."""
    x, y = sample
    confidence = [model.apply(dict(zip(TERMS, row[1:], strict=True))) for row in x.tolist()]
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
    pooled = fit_pooled(list(samples.values()))
    previous = json.loads((DATA / CALIBRATION_FILE).read_text(encoding="utf-8"))["version"]
    model = calibration(pooled, next_version(previous))
    data = {
        "version": model.version,
        "description": (
            "Log-odds that a mention is right (dyad and action agree with a gold event of the "
            "record): bias plus the weight of each term of timeline.extract.confidence_score "
            "that holds; fitted by scripts/fit_confidence.py on "
            f"{', '.join(samples)}; {sum(len(y) for _, y in samples.values())} mentions."
        ),
        "bias": model.bias,
        "weights": dict(model.weights),
    }
    (DATA / CALIBRATION_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1))
    for name, sample in samples.items():
        print(f"\n{name}, pooled fit:\n{reliability(model, sample)}")
        others = [s for n, s in samples.items() if n != name]
        if others:
            alone = calibration(fit_pooled(others))
            print(f"{name}, fitted on the other files only:\n{reliability(alone, sample)}")


if __name__ == "__main__":
    main(sys.argv[1:])
