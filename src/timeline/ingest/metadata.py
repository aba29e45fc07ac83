"""Map the field names different tools use (news-please, trafilatura, CSV exports) to one record.

Readers hand over a `RawRecord` (text and metadata as found) or a `RecordProblem` (why a record
could not be read); turning either into an Article or a Reject happens in `records.py`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

TEXT_FIELDS: tuple[str, ...] = ("text", "maintext", "content", "body")
TITLE_FIELDS: tuple[str, ...] = ("title", "headline")
URL_FIELDS: tuple[str, ...] = ("url", "canonical_url", "link", "source_url", "uri")
OUTLET_FIELDS: tuple[str, ...] = (
    "outlet",
    "source_domain",
    "hostname",
    "domain",
    "source",
    "publisher",
    "sitename",
    "source-hostname",
)
DATE_FIELDS: tuple[str, ...] = (
    "published",
    "date_publish",
    "date",
    "published_at",
    "publish_date",
    "pubdate",
    "datetime",
)
LANGUAGE_FIELDS: tuple[str, ...] = ("language", "lang")

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class RawRecord:
    """One article as a reader found it, before cleaning, limits and language checks."""

    text: str
    record: int | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: object = None
    language: str | None = None
    extracted: bool = False
    """True when the text came from an HTML extractor (one paragraph per line)."""


@dataclass(frozen=True)
class RecordProblem:
    """A record that could not be read, with the one-line reason the reject will carry."""

    record: int | None
    reason: str


def text_field_names(text_column: str | None) -> tuple[str, ...]:
    """The fields to look for text in: the named one only, or the usual names in order."""
    return (text_column,) if text_column else TEXT_FIELDS


def missing_text_reason(text_column: str | None, found: Sequence[str], kind: str) -> str:
    """The reason for a record or table without a text field, naming what would fix it."""
    if text_column:
        expected = f"{text_column!r} (from --text-column)"
    else:
        expected = " or ".join(repr(name) for name in TEXT_FIELDS)
    shown = ", ".join(repr(name) for name in list(found)[:12]) or "none"
    return f"no text {kind}: expected {expected}, found {shown}; use --text-column to name it"


def _field(mapping: Mapping[str, object], names: Sequence[str]) -> object:
    """The first present, non-empty value among `names`, matching names case-insensitively."""
    values = _values(mapping, names)
    return values[0] if values else None


def _values(mapping: Mapping[str, object], names: Sequence[str]) -> list[object]:
    """Every present value among `names`, in the order of `names`."""
    folded = {str(key).casefold(): value for key, value in mapping.items()}
    return [folded[n.casefold()] for n in names if _present(folded.get(n.casefold()))]


def _present(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return not (isinstance(value, str) and not value.strip())


def _as_text(value: object) -> str | None:
    """A one-line string for a metadata value; of a list (several titles) the first."""
    if isinstance(value, list | tuple) and value:
        value = value[0]
    if not _present(value) or isinstance(value, dict | list | tuple | bytes):
        return None
    return " ".join(str(value).split())


def is_url(value: str | None) -> bool:
    return (
        bool(value)
        and urlsplit(value or "").scheme in ("http", "https")
        and bool(urlsplit(value or "").netloc)
    )


def outlet_name(value: str | None) -> str | None:
    """An outlet as a stable key: a URL becomes its host, and a domain loses 'www.' and capitals."""
    if not value:
        return None
    if is_url(value):
        value = urlsplit(value).netloc
    if " " not in value and "." in value:
        value = value.casefold().removeprefix("www.")
    return value or None


def record_from_mapping(
    mapping: Mapping[str, object], record: int | None, text_column: str | None
) -> RawRecord | RecordProblem:
    """Read one article object (news-please, trafilatura or a table row) into a RawRecord."""
    names = text_field_names(text_column)
    folded_keys = {str(key).casefold() for key in mapping}
    if not any(name.casefold() in folded_keys for name in names):
        return RecordProblem(
            record, missing_text_reason(text_column, list(map(str, mapping)), "field")
        )
    text_value = _field(mapping, names)
    text = text_value if isinstance(text_value, str) else ""
    url = _as_text(_field(mapping, URL_FIELDS))
    outlet_value = _as_text(_field(mapping, OUTLET_FIELDS))
    if url is None:  # trafilatura's JSON names the page URL 'source'
        url = next((v for v in map(_as_text, _values(mapping, OUTLET_FIELDS)) if is_url(v)), None)
    return RawRecord(
        text=text,
        record=record,
        title=_as_text(_field(mapping, TITLE_FIELDS)),
        url=url,
        outlet=outlet_name(outlet_value) or outlet_name(url),
        published=_field(mapping, DATE_FIELDS),
        language=_as_text(_field(mapping, LANGUAGE_FIELDS)),
    )


def sidecar_path(path: str) -> Path:
    """NAME.meta.json for NAME.txt, NAME.txt.gz or NAME.html."""
    file = Path(path)
    stem = file.name.removesuffix(".gz")
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    return file.with_name(stem + SIDECAR_SUFFIX)


def apply_sidecar(raw: RawRecord, path: str) -> RawRecord | RecordProblem:
    """Overlay the metadata of NAME.meta.json, when there is one, on a one-article file's record.

    A sidecar that exists but cannot be read rejects the article: the user meant it to be used.
    """
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return raw
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeError, ValueError) as exc:
        reason = " ".join(str(exc).split())
        return RecordProblem(
            raw.record, f"sidecar {sidecar.name} is not readable JSON ({reason}); fix or remove it"
        )
    if not isinstance(data, dict):
        return RecordProblem(
            raw.record, f"sidecar {sidecar.name} is not a JSON object; fix or remove it"
        )
    url = _as_text(_field(data, URL_FIELDS))
    outlet = _as_text(_field(data, OUTLET_FIELDS))
    published = _field(data, DATE_FIELDS)
    return replace(
        raw,
        title=_as_text(_field(data, TITLE_FIELDS)) or raw.title,
        url=url or raw.url,
        outlet=outlet_name(outlet) or raw.outlet or outlet_name(url),
        published=published if published is not None else raw.published,
        language=_as_text(_field(data, LANGUAGE_FIELDS)) or raw.language,
    )
