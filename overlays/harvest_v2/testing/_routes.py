"""The fake's routes: a route per row of the operations table, plus what only a server needs.

What an operation is (list or record, page or cursor, success status, schemas,
rate-limit bucket) is decided once by the generator, in
harvest_v2._operations.OPERATIONS; the fake reads those rows and adds only
what serving needs: a URL pattern to route by, the query parameters to parse,
the collection an item path belongs to. $refs are followed by
harvest_v2._openapi.resolve alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .._core._operation import Operation
from .._openapi import SCHEMA_PREFIX, load_document, resolve
from .._operations import OPERATIONS

__all__ = ["Parameter", "Route", "RouteTable", "Schema", "named", "route_table"]

Schema = dict[str, Any]


def named(name: str) -> Schema:
    """A reference to the component schema `name`, as the schema helpers take it."""
    return {"$ref": SCHEMA_PREFIX + name}


@dataclass(frozen=True)
class Parameter:
    """A path or query parameter of an operation, its schema as the document gives it."""

    name: str
    location: str
    required: bool
    schema: Schema


@dataclass(frozen=True)
class Route:
    """One row of the operations table with what the fake needs to route and read its requests."""

    operation: Operation
    pattern: re.Pattern[str]
    path_params: tuple[str, ...]
    query: tuple[Parameter, ...]

    @property
    def collection_path(self) -> str:
        """The path of the collection this operation reads or writes."""
        path = self.operation.path
        if self.path_params and path.endswith("}"):
            return path.rsplit("/", 1)[0]
        return path


@dataclass
class RouteTable:
    """The routes of every operation plus schema helpers over one document."""

    document: dict[str, Any]
    routes: list[Route] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.routes = [self._route(operation) for operation in OPERATIONS.values()]
        # Literal paths before templated ones: /users/me must win over /users/{user_id}.
        self.routes.sort(key=lambda route: (route.operation.path.count("{"), route.operation.path))
        self._by_id = {route.operation.operation_id: route for route in self.routes}

    def route(self, operation_id: str) -> Route:
        """The route of one operationId of the table."""
        return self._by_id[operation_id]

    def schema(self, schema: Schema) -> Schema:
        """Follow $ref chains to a concrete schema."""
        resolved: Schema = resolve(self.document, schema)
        return resolved

    def properties(self, schema: Schema) -> dict[str, Schema]:
        """Every property of an object schema, allOf parts merged."""
        schema = self.schema(schema)
        merged: dict[str, Schema] = {}
        for part in schema.get("allOf", []):
            merged.update(self.properties(part))
        merged.update(schema.get("properties", {}))
        return merged

    def required(self, schema: Schema) -> list[str]:
        """The required property names of an object schema, allOf parts included."""
        schema = self.schema(schema)
        names: list[str] = []
        for part in schema.get("allOf", []):
            names.extend(self.required(part))
        names.extend(schema.get("required", []))
        return names

    def non_null(self, schema: Schema) -> tuple[Schema, bool]:
        """The schema without its null alternative, and whether null is allowed."""
        schema = self.schema(schema)
        types = schema.get("type")
        if isinstance(types, list) and "null" in types:
            rest = [t for t in types if t != "null"]
            return {**schema, "type": rest[0] if len(rest) == 1 else rest}, True
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants and any(v.get("type") == "null" for v in variants):
            others = [v for v in variants if v.get("type") != "null"]
            if len(others) == 1:
                return self.schema(others[0]), True
            return {"oneOf": others}, True
        return schema, False

    def _route(self, operation: Operation) -> Route:
        item = self.document["paths"][operation.path]
        described = item[operation.method.lower()]
        shared, own = item.get("parameters", []), described.get("parameters", [])
        params = [_parameter(resolve(self.document, p)) for p in [*shared, *own]]
        return Route(
            operation=operation,
            pattern=re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", operation.path) + "$"),
            path_params=tuple(p.name for p in params if p.location == "path"),
            query=tuple(p for p in params if p.location == "query"),
        )


def _parameter(parameter: dict[str, Any]) -> Parameter:
    return Parameter(
        name=parameter["name"],
        location=parameter["in"],
        required=bool(parameter.get("required", False)),
        schema=parameter.get("schema", {}),
    )


@cache
def route_table() -> RouteTable:
    """The index over the packaged document (built once per process)."""
    return RouteTable(load_document())
