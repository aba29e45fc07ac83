"""Language of an article: the code a source gives, normalised, or one detected from the text."""

from __future__ import annotations

import io
import re
import threading
from types import SimpleNamespace

_DETECT_CHARS = 5000
"""Enough text for a confident guess; detecting on a whole long article only costs time."""
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")
_LOADING = threading.Lock()


def normalise_language(value: object) -> str | None:
    """An ISO 639-1 code for 'en', 'EN-us', 'eng' or 'English'; None when it names no language."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().casefold()
    match = _CODE.match(text)
    if match and len(match.group(1)) == 2:
        return match.group(1)
    import pycountry  # only reached for three-letter codes and language names

    key = match.group(1) if match else text
    for field in ("alpha_3", "bibliographic", "name"):
        found = pycountry.languages.get(**{field: key})
        if found is not None:
            code = getattr(found, "alpha_2", None)
            return code if isinstance(code, str) else None
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is most likely in, or None for an empty text."""
    sample = text[:_DETECT_CHARS]
    if not sample.strip():
        return None
    import py3langid

    _load_model()
    code, _score = py3langid.classify(sample)
    return code if isinstance(code, str) else None


def _load_model() -> None:
    """Load py3langid's model once, decompressed in memory.

    py3langid decompresses its model (68 MB) into a temporary file; a build writes nothing
    outside its output and cache folders, and a full temporary folder must not turn every
    article into a reject, so the temporary file is a memory buffer here.
    """
    from py3langid import langid, modelio

    with _LOADING:
        if langid.IDENTIFIER is not None:
            return
        in_file = modelio.tempfile
        modelio.tempfile = SimpleNamespace(TemporaryFile=lambda *_, **__: io.BytesIO())
        try:
            langid.IDENTIFIER = langid._load_identifier()
        finally:
            modelio.tempfile = in_file
