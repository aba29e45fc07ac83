"""Peak RSS of a build's main process when every article is already in the cache.

The main process's peak is its reduce step (dedup and store), which does not depend on the
extraction; rebuilding from a benchmark run's cache measures it again for newer reduce code in
minutes instead of hours. The extraction code must be the one that filled the cache (its
fingerprint is the cache key), else every article is extracted again. Usage:
python scripts/cached_rebuild_rss.py CACHE.sqlite OUT INPUT [INPUT ...]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from timeline.pipeline import BuildOptions, build


def main(cache: str, out: str, inputs: list[str]) -> None:
    started = time.perf_counter()
    build(inputs, Path(out), BuildOptions(workers=2, engine="local", cache=Path(cache)))
    figures = {
        "inputs": len(inputs),
        "seconds": round(time.perf_counter() - started, 1),
        "rss_main_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "rss_workers_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
