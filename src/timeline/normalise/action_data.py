"""Reading and validating the action codebook's data files.

The codebook is three JSON files in `timeline/reference/data/`, each an object
`{"kind": ..., "version": ..., "description": ..., "entries": [...]}`:

- `cameo_codes.json` (kind `cameo_codes`): one entry per CAMEO code,
  `{"code", "name", "goldstein", "quad_class", "plover"}`;
- `cameo_verbs.json` (kind `cameo_verbs`): verb patterns,
  `{"verb", "particle"?, "objects"?, "preps"?, "code" | "light"}` (`code` null = a known non-event);
- `cameo_nouns.json` (kind `cameo_nouns`): nominal-event patterns,
  `{"noun", "modifiers"?, "code"}`.

A user file has the same shape; its `kind` says which table it extends or overrides. Everything is
checked here, once, so the matcher in `actions` can trust its tables; any problem raises
`ReferenceDataError` naming the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.codes import ActionCode
from timeline.errors import ReferenceDataError
from timeline.reference.loader import entries_of, file_text, packaged_text, parse_envelope

KIND_CODES = "cameo_codes"
KIND_VERBS = "cameo_verbs"
KIND_NOUNS = "cameo_nouns"
BUILTIN_FILES = ("cameo_codes.json", "cameo_verbs.json", "cameo_nouns.json")

_CODE_RE = re.compile(r"^\d{2,4}$")
_PLOVER_RE = re.compile(r"^[A-Z]+$")
_LEMMA_RE = re.compile(r"^[a-z][a-z0-9'\-]*$")

# (verb lemma, particle, object lemma, preposition) -> CAMEO code, or None for a known non-event.
VerbKey = tuple[str, str | None, str | None, str | None]
# (noun lemma, modifier lemma) -> CAMEO code, or None.
NounKey = tuple[str, str | None]


@dataclass(slots=True)
class CodebookTables:
    """The merged, validated tables the `Codebook` is built from."""

    version: str = ""
    codes: dict[str, ActionCode] = field(default_factory=dict)
    verbs: dict[VerbKey, str | None] = field(default_factory=dict)
    light: set[tuple[str, str | None]] = field(default_factory=set)
    nouns: dict[NounKey, str | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DataFile:
    """One parsed data file: where it came from, its kind, version and raw entries."""

    name: str
    kind: str
    version: str
    entries: Sequence[Mapping[str, Any]]


def read_builtin(name: str) -> DataFile:
    """Read one of the package's own data files."""
    return parse_text(name, packaged_text(name))


def read_path(path: Path) -> DataFile:
    """Read a user's data file from disk."""
    return parse_text(str(path), file_text(path))


def parse_text(name: str, text: str) -> DataFile:
    """Check the envelope (kind, version, entries) of a data file's JSON text."""
    version, raw = parse_envelope(name, text)
    kind = raw.get("kind")
    if kind not in (KIND_CODES, KIND_VERBS, KIND_NOUNS):
        raise ReferenceDataError(
            name, f"'kind' must be {KIND_CODES}, {KIND_VERBS} or {KIND_NOUNS}, not {kind!r}"
        )
    return DataFile(name=name, kind=kind, version=version, entries=entries_of(name, raw))


def _where(data: DataFile, index: int) -> str:
    return f"entry {index + 1}"


def _check_keys(data: DataFile, index: int, entry: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise ReferenceDataError(
            data.name, f"{_where(data, index)} has unknown field(s) {sorted(unknown)}"
        )


def _lemma(data: DataFile, index: int, value: Any, what: str) -> str:
    """A lowercase lemma; rejects anything that could never match a spaCy lemma."""
    if not isinstance(value, str) or not _LEMMA_RE.match(value):
        raise ReferenceDataError(
            data.name, f"{_where(data, index)}: {what} must be a lowercase word, not {value!r}"
        )
    return value


def _lemma_list(data: DataFile, index: int, entry: Mapping[str, Any], key: str) -> list[str | None]:
    """An optional list of lemmas; absent means 'any' (represented by a single None)."""
    if key not in entry:
        return [None]
    value = entry[key]
    if not isinstance(value, list) or not value:
        raise ReferenceDataError(
            data.name, f"{_where(data, index)}: {key!r} must be a non-empty list"
        )
    return [_lemma(data, index, v, key) for v in value]


def add_codes(tables: CodebookTables, data: DataFile) -> None:
    """Add or replace CAMEO code entries."""
    allowed = {"code", "name", "goldstein", "quad_class", "plover"}
    seen: set[str] = set()
    for i, entry in enumerate(data.entries):
        _check_keys(data, i, entry, allowed)
        code = entry.get("code")
        if not isinstance(code, str) or not _CODE_RE.match(code) or not 1 <= int(code[:2]) <= 20:
            raise ReferenceDataError(data.name, f"{_where(data, i)}: bad CAMEO code {code!r}")
        if code in seen:
            raise ReferenceDataError(data.name, f"{_where(data, i)}: code {code} appears twice")
        seen.add(code)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ReferenceDataError(data.name, f"{_where(data, i)}: code {code} needs a name")
        goldstein = entry.get("goldstein")
        if (
            isinstance(goldstein, bool)
            or not isinstance(goldstein, int | float)
            or not -10.0 <= goldstein <= 10.0
        ):
            raise ReferenceDataError(
                data.name, f"{_where(data, i)}: goldstein of {code} must be a number in -10..10"
            )
        quad = entry.get("quad_class")
        if isinstance(quad, bool) or quad not in (1, 2, 3, 4):
            raise ReferenceDataError(
                data.name, f"{_where(data, i)}: quad_class of {code} must be 1-4"
            )
        plover = entry.get("plover")
        if not isinstance(plover, str) or not _PLOVER_RE.match(plover):
            raise ReferenceDataError(
                data.name, f"{_where(data, i)}: plover of {code} must be an uppercase type name"
            )
        tables.codes[code] = ActionCode(
            cameo_code=code,
            name=name.strip(),
            plover_type=plover,
            goldstein=float(goldstein),
            quad_class=int(quad),
        )


def _pattern_code(
    tables: CodebookTables, data: DataFile, index: int, entry: Mapping[str, Any]
) -> str | None:
    code = entry.get("code")
    if code is not None and (not isinstance(code, str) or code not in tables.codes):
        raise ReferenceDataError(
            data.name, f"{_where(data, index)}: code {code!r} is not in the CAMEO codebook"
        )
    return code


def add_verbs(tables: CodebookTables, data: DataFile, *, override: bool) -> None:
    """Add verb patterns; a user file (override=True) may replace built-in ones."""
    allowed = {"verb", "particle", "objects", "preps", "code", "light"}
    local: set[VerbKey] = set()
    for i, entry in enumerate(data.entries):
        _check_keys(data, i, entry, allowed)
        verb = _lemma(data, i, entry.get("verb"), "verb")
        particle_raw = entry.get("particle")
        particle = None if particle_raw is None else _lemma(data, i, particle_raw, "particle")
        light = entry.get("light", False)
        if not isinstance(light, bool):
            raise ReferenceDataError(data.name, f"{_where(data, i)}: 'light' must be true or false")
        if light:
            if "code" in entry or "objects" in entry or "preps" in entry:
                raise ReferenceDataError(
                    data.name,
                    f"{_where(data, i)}: a light-verb entry takes no code, objects or preps",
                )
            tables.light.add((verb, particle))
            continue
        if "code" not in entry:
            raise ReferenceDataError(
                data.name, f"{_where(data, i)}: needs 'code' (or 'light': true)"
            )
        code = _pattern_code(tables, data, i, entry)
        for obj in _lemma_list(data, i, entry, "objects"):
            for prep in _lemma_list(data, i, entry, "preps"):
                key = (verb, particle, obj, prep)
                if key in local:
                    raise ReferenceDataError(
                        data.name, f"{_where(data, i)}: pattern {_show(key)} is given twice"
                    )
                local.add(key)
                if key in tables.verbs and not override:
                    raise ReferenceDataError(
                        data.name, f"{_where(data, i)}: pattern {_show(key)} is given twice"
                    )
                tables.verbs[key] = code


def add_nouns(tables: CodebookTables, data: DataFile, *, override: bool) -> None:
    """Add noun patterns; a user file (override=True) may replace built-in ones."""
    allowed = {"noun", "modifiers", "code"}
    local: set[NounKey] = set()
    for i, entry in enumerate(data.entries):
        _check_keys(data, i, entry, allowed)
        noun = _lemma(data, i, entry.get("noun"), "noun")
        if "code" not in entry:
            raise ReferenceDataError(data.name, f"{_where(data, i)}: needs 'code'")
        code = _pattern_code(tables, data, i, entry)
        for modifier in _lemma_list(data, i, entry, "modifiers"):
            key = (noun, modifier)
            if key in local or (key in tables.nouns and not override):
                raise ReferenceDataError(
                    data.name, f"{_where(data, i)}: noun pattern {key} is given twice"
                )
            local.add(key)
            tables.nouns[key] = code


def _show(key: VerbKey) -> str:
    verb, particle, obj, prep = key
    parts = [verb + (f" {particle}" if particle else "")]
    if obj:
        parts.append(f"+{obj}")
    if prep:
        parts.append(f"[{prep}]")
    return "".join(parts)


def load_tables(extra: Iterator[DataFile] | list[DataFile]) -> CodebookTables:
    """Merge the built-in files with a user's files (codes first, so patterns can be checked)."""
    tables = CodebookTables()
    builtin = [read_builtin(name) for name in BUILTIN_FILES]
    expected = (KIND_CODES, KIND_VERBS, KIND_NOUNS)
    for data, kind in zip(builtin, expected, strict=True):
        if data.kind != kind:
            raise ReferenceDataError(data.name, f"expected kind {kind}, found {data.kind}")
    extras = list(extra)
    add_codes(tables, builtin[0])
    for data in extras:
        if data.kind == KIND_CODES:
            add_codes(tables, data)
    add_verbs(tables, builtin[1], override=False)
    add_nouns(tables, builtin[2], override=False)
    for data in extras:
        if data.kind == KIND_VERBS:
            add_verbs(tables, data, override=True)
        elif data.kind == KIND_NOUNS:
            add_nouns(tables, data, override=True)
    # The built-in version, then each user file's stem and version: a manifest tells builds apart.
    tables.version = builtin[0].version + "".join(
        f"+{Path(data.name).stem}-{data.version}" for data in extras
    )
    return tables
