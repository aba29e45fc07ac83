"""JSON Schema of every record, generated from the pydantic models into `schema/`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from timeline.models import SCHEMA_VERSION, Article, Event, Mention, Reject

MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "event": Event,
    "mention": Mention,
    "reject": Reject,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema document, one per record type."""
    schemas = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"timeline/{name}.schema.json"
        schema["x-schema-version"] = SCHEMA_VERSION
        schemas[f"{name}.schema.json"] = schema
    return schemas


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write (or refresh) every schema file; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, schema in json_schemas().items():
        path = folder / file_name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def _type_name(schema: dict[str, Any]) -> str:
    """A readable type for one JSON Schema property."""
    if "anyOf" in schema:
        names = [_type_name(s) for s in schema["anyOf"] if s.get("type") != "null"]
        return " or ".join(names) + ", nullable"
    if "$ref" in schema:
        return "enum"
    if schema.get("type") == "array":
        return f"list of {_type_name(schema.get('items', {}))}"
    fmt = schema.get("format")
    return str(fmt or schema.get("type", "any"))


def schema_markdown() -> str:
    """`docs/schema.md`: every column of every record, its type and description."""
    lines = [
        "# Output columns",
        "",
        "Generated from the pydantic models by `timeline schema` (do not edit by hand; a test",
        "fails when this page is stale). Enumerations list their values.",
        "",
    ]
    for file_name, schema in json_schemas().items():
        title = file_name.removesuffix(".schema.json")
        lines += [f"## {title}", "", "| column | type | description |", "| --- | --- | --- |"]
        definitions = schema.get("$defs", {})
        for name, prop in schema["properties"].items():
            kind = _type_name(prop)
            refs = [prop.get("$ref")] + [s.get("$ref") for s in prop.get("anyOf", [])]
            for ref in filter(None, refs):
                values = definitions.get(ref.rsplit("/", 1)[-1], {}).get("enum")
                if values:
                    kind = kind.replace("enum", "one of " + ", ".join(f"`{v}`" for v in values))
            description = str(prop.get("description", "")).replace("|", "\\|")
            lines.append(f"| `{name}` | {kind} | {description} |")
        lines.append("")
    return "\n".join(lines)


def write_schema_markdown(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_markdown(), encoding="utf-8")
    return path
