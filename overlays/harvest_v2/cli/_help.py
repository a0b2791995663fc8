"""The help text of the command: what the bundled OpenAPI document says about each operation and tag.

The command tree comes from the operations table; this only adds the spec's
words to `--help` (its summary, description and each parameter's
description), keyed by operationId and tag.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .._openapi import load_document, resolve

__all__ = ["OperationText", "operation_text", "resource_text"]


@dataclass(frozen=True)
class OperationText:
    """The spec's words for one operation, keyed by the Python parameter names."""

    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    parameters: dict[str, str] = field(default_factory=dict)


def _py(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def _body_descriptions(document: dict[str, Any], schema: Any, out: dict[str, str]) -> None:
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return
    for key in ("oneOf", "anyOf", "allOf"):
        for variant in schema.get(key, []):
            _body_descriptions(document, variant, out)
    for name, prop in schema.get("properties", {}).items():
        text = resolve(document, prop).get("description", "") if isinstance(prop, dict) else ""
        out.setdefault(_py(name), " ".join(str(text).split()))


@cache
def _by_operation_id() -> dict[str, OperationText]:
    document = load_document()
    found: dict[str, OperationText] = {}
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            parameters: dict[str, str] = {}
            for parameter in [*shared, *operation.get("parameters", [])]:
                resolved = resolve(document, parameter)
                parameters[_py(resolved["name"])] = " ".join(str(resolved.get("description", "")).split())
            for content in operation.get("requestBody", {}).get("content", {}).values():
                _body_descriptions(document, content.get("schema", {}), parameters)
            found[operation["operationId"]] = OperationText(
                operation_id=operation["operationId"],
                method=method.upper(),
                path=path,
                summary=operation.get("summary", ""),
                description=operation.get("description", ""),
                parameters=parameters,
            )
    return found


def operation_text(operation_id: str) -> OperationText | None:
    """The spec's text for an operationId, or None when the bundled spec does not have it."""
    return _by_operation_id().get(operation_id)


@cache
def _tags() -> dict[str, str]:
    return {tag["name"]: " ".join(str(tag.get("description", "")).split()) for tag in load_document().get("tags", [])}


def resource_text(tag: str) -> str:
    """The spec's description of a tag (a resource), or "" when it has none."""
    return _tags().get(tag, "")
