"""Values the fake makes up: whatever a schema asks for that neither the request nor the store supplies.

Every answer is valid for its schema because synthesis fills each attribute the
spec says Harvest returns with null where allowed, else the plainest value.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ._routes import RouteTable, Schema
from ._wire import now_iso

__all__ = ["synthesize"]


def synthesize(index: RouteTable, schema: Schema, *, complete: bool = True) -> Any:
    """A value valid for `schema`: null where allowed, else the plainest value of its type.

    With complete=True objects get every declared property; otherwise only the
    required ones (nested references stay small, as Harvest sends them).
    """
    schema, nullable = index.non_null(schema)
    if nullable:
        return None
    if "oneOf" in schema:
        return synthesize(index, schema["oneOf"][0], complete=complete)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema or "allOf" in schema:
        names = index.properties(schema) if complete else {n: {} for n in index.required(schema)}
        properties = index.properties(schema)
        return {name: synthesize(index, properties[name], complete=False) for name in names}
    if kind == "array":
        return []
    if "enum" in schema:
        return schema["enum"][0]
    fmt = schema.get("format")
    if kind == "integer":
        return 1 if fmt == "int64" else 0
    if kind == "number":
        return Decimal(0)
    if kind == "boolean":
        return False
    if fmt == "date":
        return date.today().isoformat()
    if fmt == "date-time":
        return now_iso()
    if fmt == "uri":
        return "https://example.com/"
    if fmt == "email":
        return "someone@example.com"
    return ""
