"""Checking what clients send and synthesising what the fake answers, from schemas.

Harvest answers bad input with 422 and a one-line message; InvalidInput carries
that message. Synthesis fills the attributes a record must have (per the spec)
that neither the request nor the store supplies, so every answer is valid.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import msgspec

from ._spec import Schema, SpecIndex

CENT = Decimal("0.01")
# Decimals go out as JSON numbers (1049.90), never as strings, as Harvest writes them.
_ENCODER = msgspec.json.Encoder(decimal_format="number")


def decode_json(raw: bytes | str) -> Any:
    """A request body with every fraction as a Decimal, so 0.1 stays 0.1 (never through float)."""
    return json.loads(raw, parse_float=Decimal)


def encode_json(payload: Any) -> bytes:
    """Compact JSON of an answer; Decimal values are written as plain JSON numbers."""
    return _ENCODER.encode(payload)


def exact(value: Any) -> Decimal:
    """A stored JSON number as a Decimal (null or absent is 0); a float goes through its shortest text."""
    if value is None:
        return Decimal(0)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a JSON number: {value!r}")
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def cents(value: Decimal) -> Decimal:
    """Money to whole cents, halves rounded up as Harvest does (10.5 x 99.99 = 1049.895 -> 1049.90)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class InvalidInput(Exception):
    """The request cannot be processed; the message becomes the 422 body."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def parse_query_value(index: SpecIndex, schema: Schema, name: str, raw: str) -> Any:
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
            if not number.is_finite():
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


def check_body(index: SpecIndex, schema: Schema, body: Any) -> None:
    """Raise InvalidInput when a JSON body does not match its request schema."""
    resolved = index.schema(schema)
    variants = resolved.get("oneOf")
    if variants:
        problems: list[tuple[int, str]] = []
        for variant in variants:
            try:
                check_body(index, variant, body)
                return
            except InvalidInput as exc:
                missing = sum(1 for name in index.required(variant) if not isinstance(body, dict) or name not in body)
                problems.append((missing, exc.message))
        # Report against the shape the client most nearly sent.
        raise InvalidInput(min(problems)[1])
    _check(index, resolved, body, "body")


def _check(index: SpecIndex, schema: Schema, value: Any, where: str) -> None:
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


def synthesize(index: SpecIndex, schema: Schema, *, complete: bool = True) -> Any:
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
