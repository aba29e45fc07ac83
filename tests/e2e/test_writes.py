"""A build writes nothing outside its output folder and its cache folder.

`timeline build` runs in a subprocess (and its worker processes) with an audit hook installed by
a `sitecustomize` module, recording every file opened for writing, every folder made, every
rename, removal and database opened. The only paths allowed are under the output folder, under
the cache folder, the output's own staging and retired siblings (`.OUT.building-*`,
`.OUT.previous-*`, gone when the build ends) and the folders leading to the output. HOME, TMPDIR
and the working folder point at watched empty folders, which must stay empty; so must everything
else beside the output. Python's own bytecode caching is switched off: it is the interpreter's,
not the build's. Writes in C (Parquet, SQLite journals) do not raise audit events; the watched
folders catch those.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "raw"
TIMELINE = Path(sys.executable).parent / "timeline"

HOOK = """
import json, os, sys

_LOG = open(os.environ["TIMELINE_WRITE_LOG"], "a", buffering=1, encoding="utf-8")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_EVENTS = {
    "os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.symlink", "os.link", "os.truncate",
    "os.chmod", "os.chown", "os.utime", "shutil.rmtree", "shutil.move", "shutil.copyfile",
    "shutil.copytree", "shutil.make_archive", "sqlite3.connect", "tempfile.mkstemp",
    "tempfile.mkdtemp",
}


def _paths(args):
    for arg in args:
        if isinstance(arg, (str, bytes, os.PathLike)):
            path = os.fsdecode(arg)
            if path and path != ":memory:":
                yield os.path.abspath(path)


def _hook(event, args):
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool(
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if not writes or isinstance(path, int):
            return
        args = (path,)
    elif event not in _EVENTS:
        return
    for path in _paths(args):
        _LOG.write(json.dumps([event, path, os.getpid()]) + "\\n")


sys.addaudithook(_hook)
_LOG.write(json.dumps(["start", "", os.getpid()]) + "\\n")
"""


def _allowed(event: str, path: Path, out: Path, cache: Path) -> bool:
    if event == "os.mkdir" and out.is_relative_to(path):
        return True  # the folders leading to the output (here they exist: nothing is made)
    siblings = (f".{out.name}.building-", f".{out.name}.previous-")
    if path.is_relative_to(out) or path.is_relative_to(cache) or path.is_relative_to("/dev"):
        return True
    return any(
        p.parent == out.parent and p.name.startswith(siblings) for p in (path, *path.parents)
    )


def test_a_build_writes_only_its_output_and_cache(tmp_path: Path) -> None:
    workers = 2  # the build's process and its workers are all watched
    hook, home, scratch, cwd = (tmp_path / name for name in ("hook", "home", "tmp", "cwd"))
    for folder in (hook, home, scratch, cwd):
        folder.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    log = tmp_path / "writes.jsonl"
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    out, cache = outputs / "out", tmp_path / "cache"
    (out / "keep").mkdir(parents=True)  # an existing output, so the swap runs too
    (out / "keep" / "notes.txt").write_text("mine")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hook), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "TIMELINE_WRITE_LOG": str(log),
        "HOME": str(home),
        "TMPDIR": str(scratch),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    command = [str(TIMELINE), "build", str(SAMPLES), "--out", str(out), "--cache", str(cache)]
    command += ["--workers", str(workers)]
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr.decode()  # 1: a sample is rejected on purpose
    assert (out / "manifest.json").is_file() and (out / "keep" / "notes.txt").is_file()

    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    started = [pid for event, _, pid in records if event == "start"]
    assert len(started) >= 1 + (workers if workers > 1 else 0), "the hook ran in every process"
    records = [r for r in records if r[0] != "start"]
    assert any(event == "sqlite3.connect" for event, _, _ in records)
    assert any(Path(path).is_relative_to(out.parent) for _, path, _ in records)
    outside = sorted({(event, path) for event, path, _ in records
                      if not _allowed(event, Path(path), out, cache)})  # fmt: skip
    assert outside == []
    for folder in (home, scratch, cwd):
        assert list(folder.iterdir()) == [], f"{folder.name} was written to"
    assert sorted(p.name for p in outputs.iterdir()) == ["out"]  # no staging folder left
    expected = {"hook", "home", "tmp", "cwd", "writes.jsonl", "outputs", "cache"}
    assert {p.name for p in tmp_path.iterdir()} == expected
