"""Re-pin the accuracy floors of tests/accuracy_floors.json at the figures measured now.

Run it after an extraction change that moves the figures, and say in the commit message why
any floor went down. Usage: python scripts/pin_floors.py [GOLD_NAME ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline.evaluate import evaluate_file
from timeline.evaluate.floors import pin
from timeline.pipeline import BuildOptions, Extraction

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "accuracy_floors.json"


def main(names: list[str]) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    extraction = Extraction(BuildOptions())
    for name in names or sorted(floors["files"]):
        score, _ = evaluate_file((ROOT / name).resolve(), extraction, name=name)
        old = floors["files"].get(name, {}).get("at_least", {})
        floors["files"][name] = pin(score)
        for figure, value in sorted(floors["files"][name].get("at_least", {}).items()):
            if figure in old and value < old[figure]:
                print(f"{name}: {figure} lowered {old[figure]} -> {value}")
    FLOORS.write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
