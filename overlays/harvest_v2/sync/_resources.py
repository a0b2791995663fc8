"""What can be copied: one SyncResource per list operation of the operations table that needs no ids.

A resource is a list operation in the general bucket with no path parameter and no
required query parameter whose items have an `id` (reports are computed, not
records). Its columns are the top-level attributes of the item schema in the
bundled spec, each with the one kind of value it holds. A resource whose list
takes `from`, `to` and `updated_since` is date-keyed: it is read incrementally and
its deletions are found by counting per date range.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from .._core._operation import Operation
from .._openapi import load_document, resolve
from .._operations import OPERATIONS

__all__ = ["Field", "FieldKind", "SyncResource", "sync_resources"]

FieldKind = Literal["integer", "decimal", "boolean", "date", "datetime", "text", "json"]


@dataclass(frozen=True, slots=True)
class Field:
    """One top-level attribute of a resource's items: its column."""

    name: str
    kind: FieldKind


@dataclass(frozen=True, slots=True)
class SyncResource:
    """One table of the copy: the list operation that fills it and the columns it has."""

    name: str
    """The list key, which is also the table's name (`time_entries`)."""
    operation: Operation
    fields: tuple[Field, ...]
    date_field: str | None
    """The attribute `from` and `to` filter on (spent_date, issue_date); None for resources read whole."""

    @property
    def date_keyed(self) -> bool:
        return self.date_field is not None


def _kind(node: Any) -> FieldKind:
    document = load_document()
    node = resolve(document, node)
    if not isinstance(node, dict):
        return "json"
    for key in ("oneOf", "anyOf"):
        variants = [resolve(document, v) for v in node.get(key, [])]
        concrete = [v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]
        if len(concrete) == 1:
            return _kind(concrete[0])
        if variants:
            return "json"
    types = node.get("type")
    names = [types] if isinstance(types, str) else [t for t in types or [] if t != "null"]
    if len(names) != 1:
        return "json"
    kind, fmt = names[0], node.get("format")
    if kind == "integer":
        return "integer"
    if kind == "number":
        # Every number Harvest sends is money, hours or a rate: kept exact whatever its format says.
        return "decimal"
    if kind == "boolean":
        return "boolean"
    if kind == "string":
        return "date" if fmt == "date" else "datetime" if fmt == "date-time" else "text"
    return "json"


def _query_parameters(operation: Operation) -> dict[str, dict[str, Any]]:
    document = load_document()
    item = document["paths"][operation.path]
    found = {}
    for parameter in [*item.get("parameters", []), *item[operation.method.lower()].get("parameters", [])]:
        parameter = resolve(document, parameter)
        if parameter.get("in") == "query":
            found[parameter["name"]] = parameter
    return found


def _date_field(schema: dict[str, Any], parameters: dict[str, dict[str, Any]]) -> str | None:
    """The attribute a date range filters on: the item's first date that is never null.

    Harvest filters time entries and expenses on spent_date, invoices and estimates on
    issue_date; each is the first non-nullable date its schema declares.
    """
    if not {"from", "to", "updated_since"} <= parameters.keys():
        return None
    document = load_document()
    for name, node in schema.get("properties", {}).items():
        node = resolve(document, node)
        types = node.get("type")
        if node.get("format") == "date" and types == "string":
            return str(name)
    return None


def python_parameter(name: str) -> str:
    """A query parameter's keyword argument on the client (`from` is `from_`)."""
    return f"{name}_" if keyword.iskeyword(name) else name


@cache
def sync_resources() -> dict[str, SyncResource]:
    """Every resource a sync can copy, by table name, derived from the operations table and the spec."""
    document = load_document()
    found: dict[str, SyncResource] = {}
    for operation in OPERATIONS.values():
        if not operation.list_key or operation.item_schema is None or operation.method != "GET":
            continue
        if operation.bucket != "general" or "{" in operation.path:
            continue
        parameters = _query_parameters(operation)
        if any(p.get("required") for p in parameters.values()):
            continue
        schema = resolve(document, document["components"]["schemas"][operation.item_schema])
        properties = schema.get("properties", {})
        if "id" not in properties:
            continue
        if operation.list_key in found:
            other = found[operation.list_key].operation.operation_id
            raise ValueError(
                f"{operation.operation_id} and {other} both fill table {operation.list_key!r}; "
                "a sync needs one list operation per list key"
            )
        fields = tuple(Field(name, _kind(node)) for name, node in properties.items() if name != "id")
        found[operation.list_key] = SyncResource(
            name=operation.list_key,
            operation=operation,
            fields=fields,
            date_field=_date_field(schema, parameters),
        )
    return dict(sorted(found.items()))
