"""Language of an article: the code a source gives, normalised, or one detected from the text."""

from __future__ import annotations

import re

_DETECT_CHARS = 5000
"""Enough text for a confident guess; detecting on a whole long article only costs time."""
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


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
    import py3langid  # loads its model on first use

    code, _score = py3langid.classify(sample)
    return code if isinstance(code, str) else None
