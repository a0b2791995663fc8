"""A tool's arguments: the JSON Schema an assistant is shown, and its JSON turned into the client's keywords.

Both come from the same fields of the spec the client's methods take, so what
the schema admits is what the method accepts. Money (`format: decimal`) is a
string or a number: a string is exact at any length; a number arrives as a
binary float, so one with more significant digits than a float keeps exactly
(15) is refused rather than rounded. Dates are ISO 8601; date-times need
their zone. A file (an expense receipt) is its name, media type and bytes in
base64, handed to the client as a File so it sends a multipart form.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

# jsonschema (a dependency of the mcp SDK) ships no type information.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError as SchemaError  # type: ignore[import-untyped]

from .. import File
from ._spec import Field

__all__ = ["ArgumentError", "ToolArguments"]

_DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
_FLOAT_DIGITS = 15
"""Significant digits any float round-trips exactly; a number with more was already rounded in transit."""

_COPIED = (
    "description",
    "enum",
    "const",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "required",
)
_KEPT_FORMATS = frozenset({"date", "date-time", "email", "uri"})


class ArgumentError(ValueError):
    """Arguments that do not fit the tool: says which argument and what was expected."""


def _nullable(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def _file_schema(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"{description} A file: its name, its bytes in base64 and, best, its media type.".strip(),
        "properties": {
            "file_name": {"type": "string", "minLength": 1, "description": "The file's name, such as receipt.pdf."},
            "content_base64": {"type": "string", "description": "The file's bytes, base64-encoded."},
            "mime_type": {"type": "string", "description": "The media type, such as application/pdf or image/png."},
        },
        "required": ["file_name", "content_base64"],
        "additionalProperties": False,
    }


def _tool_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """An OpenAPI schema (refs resolved) as the JSON Schema of a tool argument."""
    if schema.get("format") == "binary":
        return _file_schema(str(schema.get("description") or ""))
    out: dict[str, Any] = {key: schema[key] for key in _COPIED if schema.get(key) not in (None, "")}
    if schema.get("format") == "decimal":
        out["type"] = ["string", "number", "null"] if _nullable(schema) else ["string", "number"]
        out["pattern"] = _DECIMAL_PATTERN
        exact = 'Exact decimal: a string such as "1234.50" (exact at any length) or a number.'
        out["description"] = f"{out['description']} {exact}" if out.get("description") else exact
        return out
    if "type" in schema:
        out["type"] = schema["type"]
    if schema.get("format") in _KEPT_FORMATS:
        out["format"] = schema["format"]
    if isinstance(schema.get("properties"), Mapping):
        out["properties"] = {name: _tool_schema(prop) for name, prop in schema["properties"].items()}
    if isinstance(schema.get("additionalProperties"), bool):
        out["additionalProperties"] = schema["additionalProperties"]
    if isinstance(schema.get("items"), Mapping):
        out["items"] = _tool_schema(schema["items"])
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(key), list):
            out[key] = [_tool_schema(variant) for variant in schema[key]]
    return out


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _variant(schema: Mapping[str, Any], value: object) -> Mapping[str, Any]:
    """The branch of a oneOf/anyOf that describes this value (objects: every object branch merged)."""
    variants = [v for v in (schema.get("oneOf") or schema.get("anyOf") or []) if isinstance(v, Mapping)]
    if not variants:
        return schema
    kind = _json_type(value)
    if kind == "object":
        properties: dict[str, Any] = {}
        for variant in variants:
            properties.update(_variant(variant, value).get("properties", {}))
        return {**schema, "properties": properties}
    for variant in variants:
        declared = variant.get("type")
        declared_types = declared if isinstance(declared, list) else [declared]
        if kind in declared_types or (kind == "number" and "integer" in declared_types):
            return variant
        if variant.get("format") == "decimal" and kind in ("string", "number"):
            return variant
    return schema


def _decimal(value: object, where: str) -> Decimal:
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            raise ArgumentError(f'{where}: expected a decimal number such as "12.50", got {value!r}') from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ArgumentError(f"{where}: expected a decimal number (a string or a number), got {value!r}")
    if isinstance(value, int):
        return Decimal(value)
    number = Decimal(repr(value))
    if not number.is_finite():
        raise ArgumentError(f"{where}: expected a finite number, got {value!r}")
    if len(number.normalize().as_tuple().digits) > _FLOAT_DIGITS:
        raise ArgumentError(
            f"{where}: {value!r} has more significant digits than a JSON number carries exactly; "
            f'send it as a string (for example "{format(number, "f")}")'
        )
    return number


def _date(value: object, where: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ArgumentError(f"{where}: expected a date as YYYY-MM-DD, got {value!r}") from None


def _datetime(value: object, where: str) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        raise ArgumentError(
            f"{where}: expected an ISO 8601 date-time with its zone (2026-07-01T09:00:00Z), got {value!r}"
        ) from None
    if parsed.tzinfo is None:
        raise ArgumentError(f"{where}: {value!r} has no time zone; add one (Z for UTC, or +02:00)")
    return parsed


def _file(value: object, where: str) -> File:
    if not isinstance(value, Mapping):
        raise ArgumentError(f"{where}: expected an object with file_name and content_base64")
    try:
        content = base64.b64decode(str(value.get("content_base64", "")), validate=True)
    except binascii.Error:
        raise ArgumentError(f"{where}.content_base64: not base64 (standard alphabet, padded)") from None
    mime_type = value.get("mime_type")
    return File(content, str(value.get("file_name")), str(mime_type) if mime_type else None)


def _convert(value: object, schema: Mapping[str, Any], where: str) -> Any:
    """A JSON value already checked against the tool's schema, as the Python value the client takes."""
    if value is None:
        return None
    schema = _variant(schema, value)
    fmt = schema.get("format")
    if fmt == "binary":
        return _file(value, where)
    if fmt == "decimal":
        return _decimal(value, where)
    if fmt == "date":
        return _date(value, where)
    if fmt == "date-time":
        return _datetime(value, where)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {key: _convert(item, properties.get(key, {}), f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        items = schema.get("items", {})
        return [_convert(item, items, f"{where}[{index}]") for index, item in enumerate(value)]
    kind = schema.get("type")
    if isinstance(value, float) and value.is_integer() and (kind == "integer" or kind == ["integer", "null"]):
        return int(value)
    return value


def _location(error: SchemaError) -> str:
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return where.lstrip(".") or "arguments"


class ToolArguments:
    """One operation's arguments: the tool's input schema and the checks that turn JSON into keywords."""

    def __init__(self, fields: Iterable[Field], extra: Mapping[str, dict[str, Any]] | None = None) -> None:
        self.fields = {field.name: field for field in fields}
        properties: dict[str, Any] = {}
        for field in self.fields.values():
            # A parameter's words are beside its schema, a body field's inside it: one description either way.
            described = {**field.schema, "description": field.description or field.schema.get("description", "")}
            properties[field.name] = _tool_schema(described)
        properties.update(extra or {})
        self.schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "required": [field.name for field in self.fields.values() if field.required],
            "additionalProperties": False,
        }
        self._validator = Draft202012Validator(self.schema)

    def check(self, arguments: Mapping[str, Any]) -> None:
        """Refuse arguments the schema does not admit, naming each problem and what was expected."""
        errors = sorted(self._validator.iter_errors(dict(arguments)), key=lambda e: list(e.absolute_path))
        if not errors:
            return
        problems = [f"{_location(error)}: {error.message}" for error in errors[:5]]
        if any(error.validator == "additionalProperties" and not error.absolute_path for error in errors):
            problems.append(f"the arguments this tool takes: {', '.join(self.schema['properties'])}")
        raise ArgumentError("; ".join(problems))

    def keywords(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The client method's keyword arguments for these JSON arguments (fields of the spec only)."""
        return {
            self.fields[name].python_name: _convert(value, self.fields[name].schema, name)
            for name, value in arguments.items()
            if name in self.fields
        }
