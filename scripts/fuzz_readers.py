"""Fuzz every reader through the build's entry for a number of minutes; report what breaks.

    .venv/bin/python scripts/fuzz_readers.py --minutes 10 --findings /tmp/fuzz-findings

Hypothesis draws inputs (byte mutations of a small valid input of every format, gzip-wrapped
or not, read under their own or another file name; sometimes plain random bytes) and each goes
through `timeline.ingest.iter_inputs`. Anything but Articles and Rejects within the time limit
is a finding: the smallest input of each kind is saved under --findings, to be turned into a
regression case in tests/hostile/test_fuzz_regressions.py. Exit status 1 when there were findings.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile.fuzzing import Case, Finding, cases, check

BATCH = 200


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to run")
    parser.add_argument("--findings", type=Path, default=Path("fuzz-findings"))
    args = parser.parse_args()
    args.findings.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    tried: Counter[str] = Counter()
    found: dict[str, tuple[Case, Finding]] = {}
    counts: Counter[str] = Counter()

    with tempfile.TemporaryDirectory(prefix="fuzz-readers-") as scratch:

        @settings(
            max_examples=BATCH,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(cases())
        def one(case: Case) -> None:
            if time.monotonic() > deadline:
                return
            tried[case.name.rsplit(".", 1)[-1]] += 1
            finding = check(case, Path(scratch))
            if finding is None:
                return
            counts[finding.signature] += 1
            kept = found.get(finding.signature)
            if kept is None or len(case.data) < len(kept[0].data):
                found[finding.signature] = (case, finding)
                print(f"finding: {finding.signature} ({case.name}, {len(case.data)} bytes)")

        while time.monotonic() < deadline:
            one()

    for n, (signature, (case, finding)) in enumerate(sorted(found.items())):
        stem = args.findings / f"{n:02d}-{case.name}"
        stem.with_name(stem.name + ".bin").write_bytes(case.data)
        stem.with_name(stem.name + ".txt").write_text(
            f"{signature}\nname: {case.name}\ncount: {counts[signature]}\n\n{finding.detail}\n",
            encoding="utf-8",
        )
    summary = {
        "minutes": round((time.monotonic() - started) / 60, 1),
        "inputs": sum(tried.values()),
        "inputs_by_extension": dict(sorted(tried.items())),
        "findings": {signature: counts[signature] for signature in sorted(found)},
    }
    print(json.dumps(summary, indent=2))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
