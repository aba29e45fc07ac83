"""Fit `confidence_calibration.json`: the share of right mentions at each raw score.

Runs the extraction with no calibration on the gold sets, groups mentions by raw score, pools
adjacent groups that would make the map decrease (isotonic regression), and writes the points.
Usage: python scripts/fit_confidence.py GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import defaultdict
from pathlib import Path

from timeline.evaluate.gold import load_gold
from timeline.evaluate.runner import extract_records
from timeline.evaluate.scoring import codes_one_event_per_record, judged_mentions
from timeline.normalise.confidence import CALIBRATION_FILE, Calibration
from timeline.pipeline import BuildOptions, Extraction

DATA = Path(__file__).resolve().parents[1] / "src" / "timeline" / "reference" / "data"
MIN_PER_POINT = 20


def isotonic(groups: list[list[float]]) -> list[list[float]]:
    """Pool adjacent violators: [raw-sum, right, count] groups, made non-decreasing."""
    pooled: list[list[float]] = []
    for group in groups:
        pooled.append(list(group))
        while len(pooled) > 1 and (
            pooled[-2][1] / pooled[-2][2] > pooled[-1][1] / pooled[-1][2]
            or pooled[-2][2] < MIN_PER_POINT
        ):
            last = pooled.pop()
            pooled[-1] = [a + b for a, b in zip(pooled[-1], last, strict=True)]
    return pooled


def main(paths: list[str]) -> None:
    extraction = Extraction(BuildOptions())
    identity = dataclasses.replace(extraction.reference, calibration=Calibration.identity())
    extraction.extractor.reference = identity
    by_raw: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for path in paths:
        results = list(extract_records(load_gold(Path(path)), extraction))
        one_event = codes_one_event_per_record(results)
        for result in results:
            for mention, correct in judged_mentions(result, one_event=one_event):
                counts = by_raw[mention.confidence]
                counts[0] += correct
                counts[1] += 1
    groups = [[raw * n, right, n] for raw, (right, n) in sorted(by_raw.items())]
    points = [[round(s / n, 3), round(right / n, 3)] for s, right, n in isotonic(groups)]
    points = [[0.0, points[0][1]], *points, [1.0, points[-1][1]]]
    previous = json.loads((DATA / CALIBRATION_FILE).read_text(encoding="utf-8"))["version"]
    year, month, serial = previous.split(".")
    data = {
        "version": f"{year}.{month}.{int(serial) + 1}",  # a refit is a new version of the data
        "description": (
            "Raw rule-based confidence -> share of such mentions that were right (dyad and "
            "action agree with a gold event of the record), fitted by scripts/fit_confidence.py "
            f"on {', '.join(Path(p).name for p in paths)}; "
            f"{sum(n for _, n in by_raw.values())} mentions."
        ),
        "points": points,
    }
    text = json.dumps({**data, "points": None}, indent=1).replace("null", json.dumps(points))
    (DATA / CALIBRATION_FILE).write_text(text + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
