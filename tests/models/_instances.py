"""Instances synthesised from the bundled spec, for the model tests."""

from __future__ import annotations

from typing import Any

from harvest_v2._openapi import load_document, resolve

DOCUMENT: dict[str, Any] = load_document()
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
VARIANTS = ["full", "nulls", "minimal", "unknown_enum"]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = resolve(DOCUMENT, schema)
    return resolved


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    options = schema.get("oneOf", []) + schema.get("anyOf", [])
    return (isinstance(types, list) and "null" in types) or any(o.get("type") == "null" for o in options)


def synthesize(schema: dict[str, Any], variant: str, depth: int = 0) -> Any:
    """A JSON value valid for schema, shaped by variant."""
    schema = _resolve(schema)
    if _nullable(schema) and variant in {"nulls", "minimal"}:
        return None
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [o for o in schema[key] if o.get("type") != "null"]
            return synthesize(options[0], variant, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synthesize(part, variant, depth + 1)
            merged.update(value)
        return merged
    if "enum" in schema:
        return "brand_new_value" if variant == "unknown_enum" else next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        out = {}
        for name, prop in schema.get("properties", {}).items():
            if variant == "minimal" and name not in required:
                continue
            if prop.get("format") == "binary" or _resolve(prop).get("format") == "binary":
                continue
            out[name] = synthesize(prop, variant, depth + 1)
        return out
    if kind == "array":
        return [synthesize(schema["items"], variant, depth + 1)]
    if kind == "integer":
        return 9_007_199_254_740_993  # above 2**53: ids must survive as exact integers
    if kind == "number":
        return 12.5
    if kind == "boolean":
        return True
    fmt = schema.get("format")
    return {
        "date": "2025-03-01",
        "date-time": "2025-03-01T10:15:00Z",
        "uri": "https://api.harvestapp.com/v2/things?page=2",
        "email": "someone@example.com",
    }.get(str(fmt), "text")


def _response_schemas() -> list[str]:
    """Schemas a 2xx response body refers to, directly or nested (an allOf base is merged, not a model)."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    walk(SCHEMAS[name])
            for key, value in node.items():
                if key == "allOf":
                    # The envelope's Pagination base: its attributes are walked, its name is no model.
                    for part in value:
                        walk(SCHEMAS[part["$ref"].rsplit("/", 1)[1]] if "$ref" in part else part)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for item in DOCUMENT["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for code, response in operation["responses"].items():
                if code.startswith("2"):
                    walk(response)
    return sorted(n for n in names if _resolve(SCHEMAS[n]).get("type") == "object" or "allOf" in SCHEMAS[n])


RESPONSE_SCHEMAS = _response_schemas()
