"""Arrow schemas derived from the pydantic models, each column carrying its description."""

from __future__ import annotations

import datetime as dt
import enum
import types
from collections.abc import Sequence
from typing import Any, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a field annotation, and whether it is nullable."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        inner, _ = _arrow_type(args[0])
        return inner, True
    if origin is list:
        inner, _ = _arrow_type(get_args(annotation)[0])
        return pa.list_(inner), False
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return pa.string(), False
    if annotation in SCALARS:
        return SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel], exclude: frozenset[str] = frozenset()) -> pa.Schema:
    """One Arrow field per stored model field, in declaration order, described."""
    fields = []
    for name, info in model.model_fields.items():
        if name in exclude or info.exclude:
            continue
        arrow_type, nullable = _arrow_type(info.annotation)
        metadata = {"description": info.description or ""}
        fields.append(pa.field(name, arrow_type, nullable=nullable, metadata=metadata))
    return pa.schema(fields)


def to_table(records: Sequence[BaseModel], schema: pa.Schema) -> pa.Table:
    """Records as an Arrow table of exactly `schema`'s columns (enums stored as their values)."""
    columns = []
    for field in schema:
        values = [getattr(record, field.name) for record in records]
        if values and any(isinstance(v, enum.Enum) for v in values):
            values = [v.value if isinstance(v, enum.Enum) else v for v in values]
        columns.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(columns, schema=schema)
