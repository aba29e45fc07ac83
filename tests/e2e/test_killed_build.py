"""A build killed part-way leaves the previous output whole, and the next build resumes from
the extraction cache with the same output as a clean build."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import timeline

ROOT = Path(__file__).resolve().parents[2]
GUARDIAN = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.csv"
SAMPLES = ROOT / "data" / "raw"


def cached_rows(cache: Path) -> int:
    if not cache.exists():
        return 0
    try:
        with sqlite3.connect(cache) as db:
            return int(db.execute("select count(*) from extraction").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_build_keeps_old_output_and_resumes(sig: signal.Signals, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    corpus = tmp_path / "guardian-60.csv"
    corpus.write_text(pd.read_csv(GUARDIAN).head(60).to_csv(index=False), encoding="utf-8")
    timeline.build([str(SAMPLES)], out)
    before = json.loads((out / "manifest.json").read_text())
    script = (
        "import timeline\n"
        "from timeline.pipeline import BuildOptions\n"
        "from pathlib import Path\n"
        f"options = BuildOptions(cache=Path({str(cache)!r}))\n"
        f"timeline.build([{str(corpus)!r}], {str(out)!r}, options)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 240
    while cached_rows(cache) < 16 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)
    assert process.poll() is None, "the build finished before it could be interrupted"
    process.send_signal(sig)
    process.wait(timeout=60)
    assert process.returncode != 0

    assert json.loads((out / "manifest.json").read_text()) == before
    assert len(pd.read_parquet(out / "events")) == before["counts"]["events"]
    if sig == signal.SIGINT:  # interrupted, the build cleans up its staging folder itself
        assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]

    from timeline.pipeline import BuildOptions

    resumed = timeline.build([str(corpus)], out, BuildOptions(cache=cache)).counts()
    # the killed build's staging folder is gone once the next build has run
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]
    assert resumed["cache_hits"] >= 16
    clean = tmp_path / "clean"
    timeline.build([str(corpus)], clean, BuildOptions(cache=tmp_path / "fresh.sqlite"))
    for table in ("mentions.parquet", "articles.parquet"):
        pd.testing.assert_frame_equal(pd.read_parquet(out / table), pd.read_parquet(clean / table))
    events = [pd.read_parquet(o / "events").sort_values("event_id").reset_index(drop=True)
              for o in (out, clean)]  # fmt: skip
    pd.testing.assert_frame_equal(*events)
