"""Checking what clients send against the spec: query values, JSON bodies.

Harvest answers bad input with 422 and a one-line message; InvalidInput carries
that message.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ._routes import RouteTable, Schema

__all__ = ["InvalidInput", "check_body", "parse_query_value"]


class InvalidInput(Exception):
    """The request cannot be processed; the message becomes the 422 body."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_LARGEST_NUMBER = Decimal(sys.float_info.max)
"""Harvest reads JSON numbers as doubles: a larger one (1e999) becomes Infinity there, and is refused."""


def _finite(number: Decimal) -> bool:
    return number.is_finite() and abs(number) <= _LARGEST_NUMBER


def parse_query_value(index: RouteTable, schema: Schema, name: str, raw: str) -> Any:
    """A query string value converted to the type its parameter declares."""
    schema, _ = index.non_null(schema)
    kind = schema.get("type")
    if kind == "array":
        return [parse_query_value(index, schema.get("items", {}), name, part) for part in raw.split(",") if part]
    return _scalar(schema, name, raw)


def _scalar(schema: Schema, name: str, raw: str) -> Any:
    kind = schema.get("type")
    fmt = schema.get("format")
    try:
        if kind == "integer":
            value: Any = int(raw)
            low, high = _INTEGER_RANGES.get(str(fmt), _INTEGER_RANGES["int64"])
            if not low <= value <= high:
                raise InvalidInput(f"{name} must be a {fmt or 'int64'} integer, got {raw}")
            if "minimum" in schema and value < schema["minimum"]:
                raise InvalidInput(f"{name} must be at least {schema['minimum']}, got {raw}")
            if "maximum" in schema and value > schema["maximum"]:
                raise InvalidInput(f"{name} must be at most {schema['maximum']}, got {raw}")
            return value
        if kind == "number":
            number = Decimal(raw)
            if not _finite(number):
                raise ValueError(raw)
            return number
        if kind == "boolean":
            if raw not in ("true", "false"):
                raise InvalidInput(f"{name} must be true or false, got {raw!r}")
            return raw == "true"
        if fmt == "date":
            return date.fromisoformat(raw)
        if fmt == "date-time":
            parsed = datetime.fromisoformat(raw)
            if parsed.tzinfo is None:
                raise InvalidInput(f"{name} must be an ISO 8601 date-time with a time zone, got {raw!r}")
            return parsed
    except (ValueError, InvalidOperation):
        expected = {"integer": "an integer", "number": "a number"}.get(str(kind), f"a {fmt or kind}")
        raise InvalidInput(f"{name} must be {expected}, got {raw!r}") from None
    if "enum" in schema and raw not in schema["enum"]:
        raise InvalidInput(f"{name} must be one of {', '.join(map(str, schema['enum']))}, got {raw!r}")
    return raw


def check_body(index: RouteTable, schema: Schema, body: Any) -> None:
    """Raise InvalidInput when a JSON body does not match its request schema or leaves a required text blank."""
    _check_shape(index, schema, body)
    # Harvest validates presence: a required text field sent empty is "can't be blank", as if missing.
    resolved = index.schema(schema)
    if isinstance(body, dict):
        for variant in [resolved, *resolved.get("oneOf", [])]:
            for name in index.required(variant):
                value = body.get(name)
                if isinstance(value, str) and not value.strip():
                    raise InvalidInput(f"{name} can't be blank")


def _check_shape(index: RouteTable, schema: Schema, body: Any) -> None:
    resolved = index.schema(schema)
    variants = resolved.get("oneOf")
    if variants:
        problems: list[tuple[int, str]] = []
        for variant in variants:
            try:
                _check_shape(index, variant, body)
                return
            except InvalidInput as exc:
                missing = sum(1 for name in index.required(variant) if not isinstance(body, dict) or name not in body)
                problems.append((missing, exc.message))
        # Report against the shape the client most nearly sent.
        raise InvalidInput(min(problems)[1])
    _check(index, resolved, body, "body")


def _check(index: RouteTable, schema: Schema, value: Any, where: str) -> None:
    schema, nullable = index.non_null(schema)
    if value is None:
        if nullable or not schema:
            return
        raise InvalidInput(f"{where} can't be null")
    if "oneOf" in schema:
        for variant in schema["oneOf"]:
            try:
                _check(index, variant, value, where)
                return
            except InvalidInput:
                continue
        raise InvalidInput(f"{where} does not match any accepted shape")
    kind = schema.get("type")
    if kind == "object" or "properties" in schema or "allOf" in schema:
        if not isinstance(value, dict):
            raise InvalidInput(f"{where} must be an object")
        for name in index.required(schema):
            if value.get(name) is None:
                raise InvalidInput(f"{_label(where, name)} can't be blank")
        properties = index.properties(schema)
        for name, item in value.items():
            if name in properties:
                _check(index, properties[name], item, _label(where, name))
        return
    if kind == "array":
        if not isinstance(value, list):
            raise InvalidInput(f"{where} must be an array")
        for position, item in enumerate(value):
            _check(index, schema.get("items", {}), item, f"{where}[{position}]")
        return
    _check_scalar(schema, value, where)


def _check_scalar(schema: Schema, value: Any, where: str) -> None:
    kind = schema.get("type")
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        low, high = _INTEGER_RANGES.get(str(schema.get("format")), _INTEGER_RANGES["int64"])
        if not low <= value <= high:
            raise InvalidInput(f"{where} is out of range for a {schema.get('format') or 'int64'} integer")
    ok = {
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float | Decimal) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "string": isinstance(value, str),
    }.get(str(kind), True)
    if not ok:
        raise InvalidInput(f"{where} must be a {kind}, got {value!r}")
    if kind == "number" and not _finite(Decimal(value)):
        raise InvalidInput(f"{where} must be a finite number, got {value}")
    if isinstance(value, str):
        try:
            if schema.get("format") == "date":
                date.fromisoformat(value)
            elif schema.get("format") == "date-time":
                datetime.fromisoformat(value)
            elif schema.get("format") == "email" and "@" not in value.strip("@"):
                raise ValueError(value)
        except ValueError:
            expected = "an email address" if schema["format"] == "email" else f"a {schema['format']} in ISO 8601"
            raise InvalidInput(f"{where} must be {expected}, got {value!r}") from None
        if "enum" in schema and value not in schema["enum"]:
            raise InvalidInput(f"{where} must be one of {', '.join(schema['enum'])}, got {value!r}")


def _label(where: str, name: str) -> str:
    return name if where == "body" else f"{where}.{name}"
