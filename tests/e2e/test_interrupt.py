"""Ctrl-C on `timeline build`: it stops within a few seconds with one line and exit status 130,
no traceback (from the build or its workers), no worker left running, no staging folder left.

The signal goes to the whole process group, as a terminal sends it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
GUARDIAN = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.csv"
TIMELINE = Path(sys.executable).parent / "timeline"
SECONDS_TO_STOP = 5.0


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has stopped; only its exit status is left


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc to find workers")
@pytest.mark.parametrize(("engine", "workers"), [("local", 1), ("local", 2), ("dask", 2)])
def test_ctrl_c_stops_the_build_with_one_line_and_130(
    engine: str, workers: int, tmp_path: Path
) -> None:
    corpus = tmp_path / "guardian-60.csv"
    corpus.write_text(pd.read_csv(GUARDIAN).head(60).to_csv(index=False), encoding="utf-8")
    out = tmp_path / "out"
    command = [str(TIMELINE), "build", str(corpus), "--out", str(out), "--workers", str(workers)]
    command += ["--engine", engine]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".out.building-*")) and time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        time.sleep(0.1)
    time.sleep(3 if engine == "local" else 8)  # parsing articles by now, in every worker
    assert process.poll() is None, "the build finished before it could be interrupted"
    workers_seen = _descendants(process.pid)
    if workers > 1:
        assert len(workers_seen) >= workers  # the pool's workers (and its resource tracker)

    os.killpg(process.pid, signal.SIGINT)
    sent = time.monotonic()
    stdout, stderr = process.communicate(timeout=60)
    stopped = time.monotonic() - sent

    assert process.returncode == 130, stderr.decode()
    assert stopped < SECONDS_TO_STOP
    lines = stderr.decode().splitlines()
    assert lines == ["Interrupted: the previous output, if any, is unchanged."], lines
    assert b"Traceback" not in stdout
    time.sleep(1)
    assert not [pid for pid in workers_seen if _running(pid)], "a worker outlived the build"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")]
