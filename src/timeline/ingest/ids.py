"""Article ids: the same story read twice, from any format, gets the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_for_id(text: str) -> str:
    """The form of a text that its id is computed from: NFC, casefolded, whitespace collapsed.

    Casefolding and whitespace collapsing make copies that differ only in layout or in an
    outlet's capitalisation of a heading hash the same.
    """
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def article_id_for(text: str) -> str:
    """First 16 hex characters of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]
