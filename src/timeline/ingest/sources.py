"""Find the inputs a user named: files, folders (recursively), globs, and '-' for standard input.

In folders, hidden files, NAME.meta.json sidecars and files of other types (README.md) are left
out; a file named explicitly or matched by a glob is always read.

The order is deterministic (sorted by path parts), so two builds over the same folder agree.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from timeline.ingest.metadata import SIDECAR_SUFFIX
from timeline.ingest.sniff import is_input_file_name
from timeline.models import Reject, Stage

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def _skipped(name: str) -> bool:
    """Hidden files (.DS_Store, editor backups) and metadata sidecars are not articles."""
    return name.startswith(".") or name.endswith(SIDECAR_SUFFIX)


def _taken_from_folder(name: str) -> bool:
    return not _skipped(name) and is_input_file_name(name)


def _walk(folder: str) -> Iterator[str | Reject]:
    """Files under `folder`, recursively, hidden folders skipped, sorted by path parts.

    A subfolder that cannot be listed is a Reject, not a silent gap in the corpus.
    """
    found: list[tuple[tuple[str, ...], str]] = []
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            if _taken_from_folder(name):
                path = os.path.join(root, name)
                found.append((Path(os.path.relpath(path, folder)).parts, path))
    # Only paths are held here, never file contents; sorting needs them all.
    for _parts, path in sorted(found):
        yield path
    for error in errors:
        yield Reject(
            input_path=str(error.filename or folder),
            stage=Stage.INGEST,
            reason=f"folder could not be listed ({error.strerror or error}); check its permissions",
        )


def _expand(item: str) -> Iterator[str | Reject]:
    if item == STDIN:
        yield STDIN
        return
    if os.path.isdir(item):
        yield from _walk(item)
        return
    if os.path.exists(item):
        yield item
        return
    if _GLOB_CHARS & set(item):
        matches = sorted(glob.glob(item, recursive=True))
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match)
            elif not _skipped(os.path.basename(match)):
                yield match
        if not matches:
            yield Reject(
                input_path=item,
                stage=Stage.INGEST,
                reason="no file matches this pattern; check the pattern and the current folder",
            )
        return
    yield Reject(
        input_path=item,
        stage=Stage.INGEST,
        reason="no such file or folder; check the path (relative to the current folder)",
    )


def find_sources(inputs: Sequence[str]) -> Iterator[str | Reject]:
    """Each input file's path as given or found ('-' for stdin), or a Reject for a missing input."""
    for item in inputs:
        yield from _expand(item)
