"""Read the packaged, versioned JSON data files (and a user's own, same shape)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.errors import ReferenceDataError

DATA_PACKAGE = "timeline.reference.data"


def read_json(path: Path | str, *, packaged: bool) -> dict[str, Any]:
    """Load one data file: a packaged one by file name, or a user's by path.

    Every file is an object with a `version`; anything else is a ReferenceDataError naming the file.
    """
    try:
        if packaged:
            text = resources.files(DATA_PACKAGE).joinpath(str(path)).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReferenceDataError(str(path), f"cannot be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise ReferenceDataError(str(path), "must be a JSON object with a string 'version'")
    return data
