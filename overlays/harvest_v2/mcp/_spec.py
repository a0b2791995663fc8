"""What the bundled OpenAPI description says an operation takes: its words, parameters and body fields.

The operations table gives each operation's method, path, tag and list key but
not its arguments; the client's methods take exactly the spec's parameters and
JSON body fields (a Python keyword gets a trailing underscore: `from_`), so the
tools read them here, once, with every $ref followed and body variants (a time
entry by duration or by start and end) merged the way the methods merge them.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from .._openapi import load_document, resolve
from .._operations import OPERATIONS

__all__ = ["Field", "OperationInput", "operation_input"]

Location = Literal["path", "query", "body", "file"]
"""Where an argument goes; a file (an expense receipt) makes the client send a multipart form."""

_JSON = "application/json"
_MULTIPART = "multipart/form-data"
_MAX_DEPTH = 20


@dataclass(frozen=True, slots=True)
class Field:
    """One argument of an operation, named as the spec names it."""

    name: str
    location: Location
    required: bool
    schema: dict[str, Any]
    """The argument's JSON Schema with every $ref replaced by its target."""
    description: str

    @property
    def python_name(self) -> str:
        """The keyword the client's method takes (`from` is `from_`)."""
        return f"{self.name}_" if keyword.iskeyword(self.name) else self.name


@dataclass(frozen=True, slots=True)
class OperationInput:
    """An operation's text and arguments, path parameters first in the path's order."""

    operation_id: str
    summary: str
    description: str
    fields: tuple[Field, ...]


def _text(node: Any) -> str:
    return " ".join(str(node.get("description", "")).split()) if isinstance(node, dict) else ""


def _resolved(document: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """A schema with every $ref replaced by its target, all the way down."""
    if depth > _MAX_DEPTH:
        raise ValueError("schema nests deeper than the tools can describe")
    node = resolve(document, node)
    if isinstance(node, dict):
        return {key: _resolved(document, value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolved(document, value, depth + 1) for value in node]
    return node


def _body_fields(schema: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """Properties of a body, variants merged: a field is required only when every variant requires it."""
    variants = schema.get("oneOf") or schema.get("anyOf")
    if not variants:
        return dict(schema.get("properties", {})), set(schema.get("required", []))
    properties: dict[str, dict[str, Any]] = {}
    required: set[str] | None = None
    for variant in variants:
        if not isinstance(variant, dict) or variant.get("type") == "null":
            continue
        found, needs = _body_fields(variant)
        for name, prop in found.items():
            properties.setdefault(name, prop)
        required = needs if required is None else required & needs
    return properties, required or set()


@cache
def _inputs() -> dict[str, OperationInput]:
    document = load_document()
    found: dict[str, OperationInput] = {}
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            fields: list[Field] = []
            for parameter in [*shared, *operation.get("parameters", [])]:
                parameter = resolve(document, parameter)
                fields.append(
                    Field(
                        name=parameter["name"],
                        location=parameter["in"],
                        required=bool(parameter.get("required", parameter["in"] == "path")),
                        schema=_resolved(document, parameter.get("schema", {})),
                        description=_text(parameter),
                    )
                )
            content = operation.get("requestBody", {}).get("content", {})
            if _JSON in content:
                body = _resolved(document, content[_JSON].get("schema", {}))
                properties, required = _body_fields(body)
                fields += [
                    Field(name, "body", name in required, prop, _text(prop)) for name, prop in properties.items()
                ]
            # The multipart variant of a body is the JSON one plus its files, which the method also takes.
            if _MULTIPART in content:
                form, _ = _body_fields(_resolved(document, content[_MULTIPART].get("schema", {})))
                taken = {field.name for field in fields}
                fields += [
                    Field(name, "file", False, prop, _text(prop))
                    for name, prop in form.items()
                    if prop.get("format") == "binary" and name not in taken
                ]
            fields.sort(key=lambda f: (f.location != "path", path.find("{" + f.name + "}")))
            found[operation["operationId"]] = OperationInput(
                operation_id=operation["operationId"],
                summary=" ".join(str(operation.get("summary", "")).split()),
                description=" ".join(str(operation.get("description", "")).split()),
                fields=tuple(fields),
            )
    return found


def operation_input(operation_id: str) -> OperationInput:
    """The arguments of an operation of the table; KeyError when the bundled spec lacks it."""
    if operation_id not in OPERATIONS:
        raise KeyError(f"{operation_id!r} is not an operation of harvest_v2._operations.OPERATIONS")
    return _inputs()[operation_id]
