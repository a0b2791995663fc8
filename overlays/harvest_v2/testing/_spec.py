"""The fake's view of the bundled spec: which operations exist and what they look like.

Everything the fake serves is derived from the OpenAPI document shipped inside
the package (harvest_v2/openapi.json), so an operation added to spec/ is served
after `make generate` without touching the fake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .._openapi import load_document

Schema = dict[str, Any]

_REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Schema


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the fake needs to serve it."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    path_params: tuple[str, ...]
    query: tuple[Parameter, ...]
    body_schemas: dict[str, Schema]
    status: int
    response_schema: Schema | None
    list_key: str | None
    item_schema: Schema | None
    cursor_paginated: bool
    tag: str

    @property
    def collection_path(self) -> str:
        """The path of the collection this operation reads or writes."""
        if self.path_params and self.path.endswith("}"):
            return self.path.rsplit("/", 1)[0]
        return self.path


@dataclass
class SpecIndex:
    """Resolved operations plus schema helpers over one document."""

    document: dict[str, Any]
    operations: list[Operation] = field(default_factory=list)

    def __post_init__(self) -> None:
        for path, item in sorted(self.document["paths"].items()):
            shared = item.get("parameters", [])
            for method in ("get", "post", "patch", "put", "delete"):
                if method in item:
                    self.operations.append(self._operation(path, method, item[method], shared))
        # Literal paths before templated ones: /users/me must win over /users/{user_id}.
        self.operations.sort(key=lambda op: (op.path.count("{"), op.path))

    def schema(self, schema: Schema) -> Schema:
        """Follow $ref chains to a concrete schema."""
        while "$ref" in schema:
            schema = self.document["components"]["schemas"][schema["$ref"].removeprefix(_REF_PREFIX)]
        return schema

    def schema_name(self, schema: Schema) -> str | None:
        ref = schema.get("$ref")
        return ref.removeprefix(_REF_PREFIX) if isinstance(ref, str) else None

    def properties(self, schema: Schema) -> dict[str, Schema]:
        """Every property of an object schema, allOf parts merged."""
        schema = self.schema(schema)
        merged: dict[str, Schema] = {}
        for part in schema.get("allOf", []):
            merged.update(self.properties(part))
        merged.update(schema.get("properties", {}))
        return merged

    def required(self, schema: Schema) -> list[str]:
        schema = self.schema(schema)
        names: list[str] = []
        for part in schema.get("allOf", []):
            names.extend(self.required(part))
        names.extend(schema.get("required", []))
        return names

    def non_null(self, schema: Schema) -> tuple[Schema, bool]:
        """The schema without its null alternative, and whether null is allowed."""
        schema = self.schema(schema) if "$ref" in schema else schema
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

    def _operation(self, path: str, method: str, spec: dict[str, Any], shared: list[Schema]) -> Operation:
        params = [self._parameter(p) for p in [*shared, *spec.get("parameters", [])]]
        path_params = tuple(p.name for p in params if p.location == "path")
        pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$")
        body_schemas = {
            content_type: media["schema"]
            for content_type, media in spec.get("requestBody", {}).get("content", {}).items()
        }
        status, response_schema = 204, None
        for code, response in sorted(spec["responses"].items()):
            if code.startswith("2"):
                status = int(code)
                content = self._response(response).get("content", {})
                if "application/json" in content:
                    response_schema = content["application/json"]["schema"]
                break
        list_key, item_schema = self._envelope(response_schema)
        return Operation(
            operation_id=spec["operationId"],
            method=method.upper(),
            path=path,
            pattern=pattern,
            path_params=path_params,
            query=tuple(p for p in params if p.location == "query"),
            body_schemas=body_schemas,
            status=status,
            response_schema=response_schema,
            list_key=list_key,
            item_schema=item_schema,
            cursor_paginated=any(p.name == "cursor" for p in params),
            tag=spec["tags"][0],
        )

    def _response(self, response: dict[str, Any]) -> dict[str, Any]:
        ref = response.get("$ref")
        if isinstance(ref, str):
            resolved: dict[str, Any] = self.document["components"]["responses"][ref.rsplit("/", 1)[1]]
            return resolved
        return response

    def _parameter(self, parameter: dict[str, Any]) -> Parameter:
        ref = parameter.get("$ref")
        if isinstance(ref, str):
            parameter = self.document["components"]["parameters"][ref.rsplit("/", 1)[1]]
        return Parameter(
            name=parameter["name"],
            location=parameter["in"],
            required=bool(parameter.get("required", False)),
            schema=parameter.get("schema", {}),
        )

    def _envelope(self, schema: Schema | None) -> tuple[str | None, Schema | None]:
        """The records key and item schema when a response is the pagination envelope."""
        if schema is None:
            return None, None
        resolved = self.schema(schema)
        parts = resolved.get("allOf", [])
        if not any(self.schema_name(part) == "Pagination" for part in parts):
            return None, None
        for part in parts:
            for name, prop in part.get("properties", {}).items():
                if prop.get("type") == "array":
                    return name, prop["items"]
        return None, None


@cache
def spec_index() -> SpecIndex:
    """The index over the packaged document (built once per process)."""
    return SpecIndex(load_document())
