"""A build killed at any point leaves the previous output whole and readable, and the next build
resumes from the extraction cache with the same output as a clean build.

The killed build runs in a subprocess. To reach each point reliably it wraps one library
function (from the outside: the library has no test hook) so that the process, once there, writes
a marker file and waits; the test then sends SIGKILL or SIGINT. The points:

- extract: 20 articles extracted and cached (16 committed), the rest not;
- dedup: article dedup done, event dedup and every Parquet table still to come;
- write: events, mentions and articles written into the staging folder, rejects.parquet not yet;
- swap: every file written and synced, the previous output not yet replaced;
- swapped: the atomic exchange done, the previous output not yet removed;
- carrying: a user's file in the output moved into the staging folder, the swap not yet done;
- renames: where no atomic exchange exists (forced here), between the two renames of the swap:
  the output folder is missing for that moment, and the next build (or the interrupted build
  itself) puts the previous one back.

Every build here uses the pipeline fingerprint computed once at the start, so the cache keys
cannot change under the test when someone edits the extraction code while it runs.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline import pipeline
from timeline.pipeline import BuildOptions

ROOT = Path(__file__).resolve().parents[2]
GUARDIAN = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.csv"
SAMPLES = ROOT / "data" / "raw"
TABLES = ("mentions.parquet", "articles.parquet", "rejects.parquet")
NOTE = "a file the user keeps in the output folder\n"
FINGERPRINT = pipeline.pipeline_fingerprint  # reads the code on disk, not the code imported here
IMPORTED = FINGERPRINT(BuildOptions())["fingerprint"]

KILLED = """
import json, sys, time
from pathlib import Path

import timeline
import timeline.pipeline as pipeline
import timeline.store.parquet as store
from timeline.store.cache import ExtractionCache

point, marker, corpus, out, cache, versions = sys.argv[1:]
pipeline.pipeline_fingerprint = lambda options: json.loads(versions)


def stop_here():
    Path(marker).write_text(point)
    while True:
        time.sleep(0.05)


def after(module, name):
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        result = real(*args, **kwargs)
        stop_here()
        return result

    setattr(module, name, wrapped)


if point == "extract":
    real_put, puts = ExtractionCache.put, []

    def put(self, *args):
        real_put(self, *args)
        puts.append(1)
        if len(puts) == 20:  # the cache commits every 16: 16 saved, 4 lost with the process
            stop_here()

    ExtractionCache.put = put
elif point == "dedup":
    import importlib

    for name in ("timeline.pipeline", "timeline.reduce"):  # wherever the reduce step lives
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "find_duplicates"):
            after(module, "find_duplicates")
elif point == "write":
    real_write = store.OutputWriter.write_table

    def write(self, name, table):
        if name == "rejects.parquet":  # the last table: events, mentions, articles staged
            stop_here()
        real_write(self, name, table)

    store.OutputWriter.write_table = write
elif point == "swap":
    after(store, "_fsync_tree")
elif point == "swapped":
    after(store, "_exchange")
elif point in ("carrying", "renames"):
    import os

    class Os:  # the store module's os, stopping once, after the chosen rename
        stopped = False

        def __getattr__(self, name):
            return getattr(os, name)

        def replace(self, source, target):
            os.replace(source, target)
            if point == "carrying":
                chosen = Path(source).name == "notes.txt"
            else:
                chosen = Path(target).name.startswith(".out.previous-")
            if chosen and not self.stopped:
                Os.stopped = True
                stop_here()

    store.os = Os()
    if point == "renames":
        store._exchange = lambda first, second: False
options = pipeline.BuildOptions(cache=Path(cache))
timeline.build([corpus], out, options)
"""


def _frames(out: Path) -> dict[str, pd.DataFrame]:
    frames = {name: pd.read_parquet(out / name) for name in TABLES}
    events = pd.read_parquet(out / "events")
    frames["events"] = events.sort_values("event_id").reset_index(drop=True)
    return frames


def _counts(out: Path) -> dict[str, int]:
    counts = json.loads((out / "manifest.json").read_text())["counts"]
    return {k: v for k, v in counts.items() if not k.startswith("cache_")}


def _assert_whole(out: Path) -> dict[str, int]:
    """`out` is a complete build: a manifest, and every table readable with its counts."""
    counts = _counts(out)
    frames = _frames(out)
    assert len(frames["events"]) == counts["events"]
    assert len(frames["mentions.parquet"]) == counts["mentions"]
    assert len(frames["rejects.parquet"]) == counts["rejects"]
    return counts


def _skip_if_the_code_changed() -> None:
    """Builds in subprocesses run the code on disk; when a developer edits it while this test
    runs (never in CI), their output may rightly differ from the clean build's."""
    if FINGERPRINT(BuildOptions())["fingerprint"] != IMPORTED:
        pytest.skip("the extraction code changed on disk while the test ran; run it again")


@pytest.fixture(scope="module")
def versions() -> Iterator[dict[str, str]]:
    fixed = FINGERPRINT(BuildOptions())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "pipeline_fingerprint", lambda options: fixed)
        yield fixed


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory, versions: dict[str, str]) -> dict[str, Path]:
    """The corpus, a previous output (the sample articles), and a clean build of the corpus."""
    root = tmp_path_factory.mktemp("killed")
    corpus = root / "guardian-24.csv"
    corpus.write_text(pd.read_csv(GUARDIAN).head(24).to_csv(index=False), encoding="utf-8")
    previous = root / "previous"
    timeline.build([str(SAMPLES)], previous, BuildOptions(cache=root / "previous.sqlite"))
    cache = root / "clean.sqlite"
    timeline.build([str(corpus)], root / "clean", BuildOptions(cache=cache))
    return {"root": root, "corpus": corpus, "previous": previous, "clean": root / "clean",
            "cache": cache}  # fmt: skip


POINTS = ["extract", "dedup", "write", "swap", "swapped", "carrying", "renames"]
SIGNALS = {"SIGKILL": signal.SIGKILL, "SIGINT": signal.SIGINT}


@pytest.mark.parametrize("point", POINTS)
@pytest.mark.parametrize("sig", list(SIGNALS.values()), ids=list(SIGNALS))
def test_killed_build_keeps_old_output_and_resumes(
    point: str,
    sig: signal.Signals,
    setting: dict[str, Path],
    versions: dict[str, str],
    tmp_path: Path,
) -> None:
    out, cache, marker = tmp_path / "out", tmp_path / "cache.sqlite", tmp_path / "reached"
    shutil.copytree(setting["previous"], out)
    (out / "notes.txt").write_text(NOTE)
    before = _counts(out)
    if point != "extract":  # everything is cached: the killed build goes straight to the point
        shutil.copy(setting["cache"], cache)
    args = [point, str(marker), str(setting["corpus"]), str(out), str(cache), json.dumps(versions)]
    process = subprocess.Popen([sys.executable, "-c", KILLED, *args])
    deadline = time.monotonic() + 240
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert marker.exists(), f"the build never reached {point} (exit {process.poll()})"
    if point == "write":  # half-written: some tables staged, no manifest yet
        (staging,) = tmp_path.glob(".out.building-*")
        assert (staging / "events").is_dir() and not (staging / "manifest.json").exists()
    process.send_signal(sig)
    process.wait(timeout=30)
    assert process.returncode != 0

    clean = _counts(setting["clean"])
    if point == "renames" and sig == signal.SIGKILL:  # no atomic exchange, killed half-way:
        (retired,) = tmp_path.glob(".out.previous-*")  # the previous output, whole, beside
        assert not out.exists() and _assert_whole(retired) == before
    else:
        counts = _assert_whole(out)  # whole and readable, whatever the point
        if point == "swapped":
            _skip_if_the_code_changed()
            assert counts == clean  # the exchange is done: the new build is the output
        else:
            assert counts == before  # the previous output, untouched
    if sig == signal.SIGINT or point not in ("carrying", "renames"):
        assert (out / "notes.txt").read_text() == NOTE  # else the next build carries it back
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out."))
    if sig == signal.SIGINT:  # interrupted, the build tidies up itself
        assert leftovers == []

    resumed = timeline.build([str(setting["corpus"])], out, BuildOptions(cache=cache)).counts()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert resumed["cache_hits"] >= (16 if point == "extract" else clean["articles_ok"])
    assert (out / "notes.txt").read_text() == NOTE
    assert not (out / "_owner.pid").exists()
    _skip_if_the_code_changed()
    assert _counts(out) == clean
    expected = _frames(setting["clean"])
    for name, frame in _frames(out).items():
        pd.testing.assert_frame_equal(frame, expected[name], obj=name)
