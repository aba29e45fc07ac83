"""Read the packaged, versioned JSON data files (and a user's own, same shape).

Every table's loader goes through here, so the envelope rules (a JSON object with a version,
and a list of entry objects where the table has entries) and their messages are written once.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.errors import ReferenceDataError

DATA_PACKAGE = "timeline.reference.data"


def packaged_text(name: str) -> str:
    """The text of one of the package's own data files."""
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReferenceDataError(name, f"cannot read the packaged file ({exc})") from exc


def file_text(path: Path) -> str:
    """The text of a user's data file."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(str(path), f"cannot read the file ({exc})") from exc


def parse_envelope(name: str, text: str) -> tuple[str, dict[str, Any]]:
    """(version, document) of a data file's JSON text: an object with a non-empty version."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(name, f"not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(document, dict):
        raise ReferenceDataError(name, "the top level must be a JSON object")
    version = document.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ReferenceDataError(name, "'version' must be a non-empty string")
    return version.strip(), document


def entries_of(name: str, document: dict[str, Any]) -> list[dict[str, Any]]:
    """The document's `entries`: a list of objects."""
    entries = document.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ReferenceDataError(name, "'entries' must be a list of objects")
    return entries


def read_json(path: Path | str, *, packaged: bool) -> dict[str, Any]:
    """Load one data file: a packaged one by file name, or a user's by path."""
    text = packaged_text(str(path)) if packaged else file_text(Path(path))
    return parse_envelope(str(path), text)[1]
