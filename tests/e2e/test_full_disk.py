"""A full disk fails a build cleanly: one line, no traceback, the previous output untouched and
no staging folder left. An extraction cache that cannot be used stops the build before work.

A full disk is simulated with RLIMIT_FSIZE in the build's process (SIGXFSZ ignored, so a write
past the limit fails with EFBIG, as it fails with ENOSPC on a full disk): it works as root and in
a container, where a small file system cannot be mounted. The limit is met while extracting (by
the extraction cache or the staged mentions) or, with every article already cached, by the
Parquet files of the output.
"""

from __future__ import annotations

import json
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.pipeline import BuildOptions, pipeline_fingerprint

ROOT = Path(__file__).resolve().parents[2]
GUARDIAN = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.csv"
TIMELINE = Path(sys.executable).parent / "timeline"


def _fingerprint() -> str:
    """The cache key of the code on disk (the builds here run it in subprocesses)."""
    return pipeline_fingerprint(BuildOptions())["fingerprint"]


def _build(corpus: Path, out: Path, cache: Path, limit: int | None = None) -> tuple[int, str]:
    def full_disk() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = [str(TIMELINE), "build", str(corpus), "--out", str(out), "--cache", str(cache)]
    done = subprocess.run(command, capture_output=True, preexec_fn=full_disk, timeout=600)
    return done.returncode, done.stderr.decode()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, str]:
    """A corpus, its output, its complete extraction cache and the cache key it was made with."""
    root = tmp_path_factory.mktemp("full-disk")
    fingerprint = _fingerprint()
    corpus = root / "guardian-40.csv"
    corpus.write_text(pd.read_csv(GUARDIAN).head(40).to_csv(index=False), encoding="utf-8")
    code, stderr = _build(corpus, root / "out", root / "cache")
    assert code == 0, stderr
    return corpus, root / "out", root / "cache", fingerprint


SQLITE_SHARED_MEMORY = 32_768  # the cache's -shm file: any smaller limit stops it opening


@pytest.mark.parametrize("where", ["extracting", "parquet"])
def test_a_full_disk_fails_cleanly_and_keeps_the_previous_output(
    where: str, built: tuple[Path, Path, Path, str], tmp_path: Path
) -> None:
    corpus, previous, full_cache, fingerprint = built
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(previous, out)
    limit = 40_000
    if where == "parquet":  # every article cached: the Parquet files meet the limit
        shutil.copytree(full_cache, cache)
        largest = (previous / "mentions.parquet").stat().st_size
        assert largest > SQLITE_SHARED_MEMORY + 16_000, "a corpus big enough to tell them apart"
        limit = (SQLITE_SHARED_MEMORY + 8_000 + largest) // 2
    before = (out / "manifest.json").read_text()

    code, stderr = _build(corpus, out, cache, limit)

    assert code == 1, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    assert "previous output, if any, is unchanged" in lines[0]
    if where == "parquet":
        if _fingerprint() != fingerprint:  # never in CI: then the cache would be complete
            pytest.skip("the extraction code changed on disk while the test ran; run it again")
        assert "could not write (File too large)" in lines[0]
    assert (out / "manifest.json").read_text() == before
    counts = json.loads(before)["counts"]
    assert len(pd.read_parquet(out / "events")) == counts["events"]
    assert len(pd.read_parquet(out / "mentions.parquet")) == counts["mentions"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "out"]  # no staging left

    if where == "parquet":  # space again: the next build succeeds (from the cache: quick)
        code, stderr = _build(corpus, out, cache)
        assert code == 0, stderr
        rebuilt = json.loads((out / "manifest.json").read_text())["counts"]
        assert rebuilt["events"] == counts["events"]


def test_a_cache_that_cannot_be_made_stops_the_build_before_work(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, stderr = _build(ROOT / "data" / "raw", tmp_path / "out", blocker / "cache")
    assert code == 2
    assert stderr.splitlines() == [
        f"Error: extraction cache {blocker / 'cache' / 'extractions.sqlite'} cannot be used "
        "(Not a directory); choose another --cache"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]  # no output begun


def test_a_cache_that_is_not_a_database_stops_the_build_before_work(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "extractions.sqlite").write_bytes(b"this is not a SQLite database" * 100)
    code, stderr = _build(ROOT / "data" / "raw", tmp_path / "out", cache)
    assert code == 2
    (line,) = stderr.splitlines()
    assert line.startswith("Error: extraction cache ") and "choose another --cache" in line
    assert not (tmp_path / "out").exists()
