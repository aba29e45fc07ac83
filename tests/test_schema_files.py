"""`schema/` must match the pydantic models: regenerate with `timeline schema` when this fails."""

import json
from pathlib import Path

from timeline.jsonschema import json_schemas, render, schema_markdown

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


def test_schema_folder_is_in_sync_with_models() -> None:
    expected = json_schemas()
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json")) == sorted(expected)
    for name, schema in expected.items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == render(schema), (
            f"schema/{name} is stale: run `timeline schema`"
        )


def test_event_schema_lists_contract_columns() -> None:
    event = json.loads((SCHEMA_DIR / "event.schema.json").read_text(encoding="utf-8"))
    for column in (
        "event_id",
        "event_date",
        "date_precision",
        "cameo_code",
        "quad_class",
        "geonames_id",
        "num_sources",
        "evidence",
    ):
        assert column in event["properties"]


def test_docs_schema_page_is_in_sync_with_models() -> None:
    page = SCHEMA_DIR.parent / "docs" / "schema.md"
    assert page.read_text(encoding="utf-8") == schema_markdown(), (
        "docs/schema.md is stale: run `timeline schema`"
    )
    assert "| `event_date` |" in page.read_text(encoding="utf-8")
