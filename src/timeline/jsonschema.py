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
