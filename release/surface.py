"""Flatten a bundled OpenAPI document into the API surface that client users see.

The surface is what api_diff compares: operations (by operationId), their
parameters, request-body fields and success-response fields, each field reduced
to the facts a change of which can break a caller (JSON types, nullability,
format, enum values, required), plus the names of the model schemas. $refs are
resolved, allOf merged and oneOf/anyOf variants united, so a change is found
whether it was made in a schema, a shared parameter or inline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from harvest_v2._openapi import resolve_named

METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")

FieldPath = tuple[str, ...]
"""Property names from the body root; "[]" steps into array items, "{}" into map values."""

ITEMS = "[]"
VALUES = "{}"


@dataclass(frozen=True)
class Field:
    """What a caller can rely on about one value in a body or parameter."""

    types: frozenset[str]  # JSON Schema types without "null"; empty means any type
    nullable: bool
    format: str | None
    enum: frozenset[str] | None  # JSON-encoded allowed values; None means unrestricted
    required: bool  # the property must be sent (requests) or is always present (responses)
    owner: str | None  # "Client.address": the named schema and property defining it, when there is one


@dataclass(frozen=True)
class Parameter:
    """One operation parameter; fields[()] describes its value."""

    name: str
    location: str
    required: bool
    fields: dict[FieldPath, Field]


@dataclass(frozen=True)
class Body:
    """A request body or one success response."""

    required: bool
    media_types: frozenset[str]
    fields: dict[FieldPath, Field]


@dataclass(frozen=True)
class Operation:
    """One operation, keyed by operationId (or "METHOD /path" when it has none)."""

    key: str
    method: str
    path: str
    tags: tuple[str, ...]
    deprecated: bool
    parameters: dict[str, Parameter]  # "query:page", "path:client_id"...
    request: Body | None
    responses: dict[str, Body]  # 2xx status code -> body


@dataclass(frozen=True)
class Surface:
    """Everything api_diff compares between two versions of the spec."""

    version: str
    operations: dict[str, Operation]
    schemas: frozenset[str]


def display_path(path: FieldPath) -> str:
    """Render a field path the way users write it: clients[].address."""
    out = ""
    for step in path:
        if step in (ITEMS, VALUES):
            out += step
        else:
            out += f".{step}" if out else step
    return out


@dataclass
class _Shape:
    types: set[str] = field(default_factory=set)
    nullable: bool = False
    format: str | None = None
    enum: set[str] | None = None
    properties: dict[str, tuple[Any, str | None]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    values: Any = None
    refs: frozenset[str] = frozenset()  # named schemas passed through to reach this shape
    recursive: bool = False  # a schema met again inside itself: its fields are described above


class _Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow local $refs; return the target and the name of the last schema passed."""
        return resolve_named(self.document, node)

    def shape(self, node: Any, owner: str | None, seen: frozenset[str]) -> _Shape:
        """Describe node; owner names the schema whose properties it declares directly."""
        if isinstance(node, dict) and "$ref" in node:
            target, name = self.deref(node)
            if name is not None:
                if name in seen:
                    return _Shape(types={"object"}, refs=frozenset({name}), recursive=True)
                inner = self.shape(target, name, seen | {name})
                inner.refs = inner.refs | {name}
                return inner
            return self.shape(target, owner, seen)
        if not isinstance(node, dict):
            return _Shape()  # `true` or `{}`: anything goes
        out = self._own(node, owner)
        for part in node.get("allOf", []):
            _merge_all(out, self.shape(part, owner, seen))
        variants = [self.shape(v, owner, seen) for key in ("oneOf", "anyOf") for v in node.get(key, [])]
        if variants:
            _merge_any(out, variants)
        return out

    def _own(self, node: dict[str, Any], owner: str | None) -> _Shape:
        out = _Shape()
        declared = node.get("type")
        if isinstance(declared, str):
            out.types = {declared}
        elif isinstance(declared, list):
            out.types = {str(t) for t in declared}
        if "null" in out.types:
            out.types.discard("null")
            out.nullable = True
        if node.get("nullable") is True:  # OpenAPI 3.0 spelling
            out.nullable = True
        if "const" in node:
            out.enum = {_encode(node["const"])}
        elif isinstance(node.get("enum"), list):
            values = node["enum"]
            if None in values:
                out.nullable = True
            out.enum = {_encode(v) for v in values if v is not None}
        if isinstance(node.get("format"), str):
            out.format = node["format"]
        properties = node.get("properties")
        if isinstance(properties, dict):
            out.properties = {name: (schema, owner) for name, schema in properties.items()}
        if isinstance(node.get("required"), list):
            out.required = {str(name) for name in node["required"]}
        if "items" in node:
            out.items = node["items"]
        if isinstance(node.get("additionalProperties"), dict):
            out.values = node["additionalProperties"]
        if not out.types and (out.properties or out.values is not None):
            out.types = {"object"}
        if not out.types and out.items is not None:
            out.types = {"array"}
        return out


def _merge_all(out: _Shape, part: _Shape) -> None:
    """allOf: every part applies, so constraints add up."""
    if part.types:
        out.types = out.types & part.types if out.types else set(part.types)
    out.format = out.format or part.format
    if part.enum is not None:
        out.enum = part.enum if out.enum is None else out.enum & part.enum
    for name, entry in part.properties.items():
        out.properties.setdefault(name, entry)
    out.required |= part.required
    out.items = out.items if out.items is not None else part.items
    out.values = out.values if out.values is not None else part.values
    out.refs = out.refs | part.refs
    out.recursive = out.recursive or part.recursive


def _merge_any(out: _Shape, variants: list[_Shape]) -> None:
    """oneOf/anyOf: a {type: null} variant makes the value nullable; the others are united."""
    real = []
    for variant in variants:
        if not variant.types and variant.nullable and not variant.properties and variant.enum is None:
            out.nullable = True
        else:
            real.append(variant)
    if not real:
        return
    united = real[0]
    for other in real[1:]:
        united = _Shape(
            types=united.types | other.types if united.types and other.types else set(),
            nullable=united.nullable or other.nullable,
            format=united.format if united.format == other.format else None,
            enum=united.enum | other.enum if united.enum is not None and other.enum is not None else None,
            properties={**other.properties, **united.properties},
            # A property is certain only when every variant requires it.
            required=united.required & other.required,
            items=united.items if united.items is not None else other.items,
            values=united.values if united.values is not None else other.values,
            refs=united.refs | other.refs,
            recursive=united.recursive or other.recursive,
        )
    _merge_all(out, united)
    out.nullable = out.nullable or united.nullable


def _encode(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _flatten(
    resolver: _Resolver,
    node: Any,
    path: FieldPath,
    required: bool,
    owner: str | None,
    seen: frozenset[str],
    out: dict[FieldPath, Field],
) -> None:
    shape = resolver.shape(node, None, seen)
    enum = frozenset(shape.enum) if shape.enum is not None else None
    out[path] = Field(frozenset(shape.types), shape.nullable, shape.format, enum, required, owner)
    if shape.recursive:
        return
    inner_seen = seen | shape.refs
    for name, (schema, declared_by) in sorted(shape.properties.items()):
        # Name a field after the schema that declares it; inline objects extend their parent's name.
        label = f"{declared_by}.{name}" if declared_by else (f"{owner}.{name}" if owner else None)
        _flatten(resolver, schema, (*path, name), name in shape.required, label, inner_seen, out)
    if shape.items is not None:
        label = f"{owner}{ITEMS}" if owner else None
        _flatten(resolver, shape.items, (*path, ITEMS), True, label, inner_seen, out)
    if shape.values is not None:
        label = f"{owner}{VALUES}" if owner else None
        _flatten(resolver, shape.values, (*path, VALUES), True, label, inner_seen, out)


def flatten_schema(document: dict[str, Any], schema: Any) -> dict[FieldPath, Field]:
    """Return every field reachable from schema, keyed by path; () is the value itself."""
    out: dict[FieldPath, Field] = {}
    _flatten(_Resolver(document), schema, (), True, None, frozenset(), out)
    return out


def _body(resolver: _Resolver, document: dict[str, Any], node: Any, required: bool) -> Body:
    node, _ = resolver.deref(node)
    content = node.get("content") or {}
    media_types = frozenset(content)
    fields: dict[FieldPath, Field] = {}
    # The generated client speaks JSON; other media types are compared by name only.
    chosen = next((m for m in sorted(content) if m == "application/json" or m.endswith("+json")), None)
    if chosen is None and content:
        chosen = sorted(content)[0]
    if chosen is not None and isinstance(content[chosen], dict) and "schema" in content[chosen]:
        fields = flatten_schema(document, content[chosen]["schema"])
    return Body(required, media_types, fields)


def _parameter(resolver: _Resolver, document: dict[str, Any], node: Any) -> Parameter:
    node, _ = resolver.deref(node)
    location = str(node.get("in", "query"))
    schema = node.get("schema")
    if schema is None:
        content = node.get("content") or {}
        schema = next((m.get("schema") for m in content.values() if isinstance(m, dict)), {})
    return Parameter(
        name=str(node["name"]),
        location=location,
        # Path parameters are always required, whatever the spec says.
        required=bool(node.get("required")) or location == "path",
        fields=flatten_schema(document, schema),
    )


def surface(document: dict[str, Any]) -> Surface:
    """Return the API surface of a bundled OpenAPI document."""
    resolver = _Resolver(document)
    operations: dict[str, Operation] = {}
    for path, raw_item in (document.get("paths") or {}).items():
        item, _ = resolver.deref(raw_item)
        shared = item.get("parameters", [])
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            parameters: dict[str, Parameter] = {}
            for raw in [*shared, *op.get("parameters", [])]:  # operation-level ones win
                parameter = _parameter(resolver, document, raw)
                parameters[f"{parameter.location}:{parameter.name}"] = parameter
            request = None
            if "requestBody" in op:
                raw_body, _ = resolver.deref(op["requestBody"])
                request = _body(resolver, document, raw_body, bool(raw_body.get("required")))
            responses = {
                str(code): _body(resolver, document, response, True)
                for code, response in (op.get("responses") or {}).items()
                if str(code).startswith("2")
            }
            key = str(op.get("operationId") or f"{method.upper()} {path}")
            operations[key] = Operation(
                key=key,
                method=method.upper(),
                path=str(path),
                tags=tuple(str(t) for t in op.get("tags", [])),
                deprecated=bool(op.get("deprecated")),
                parameters=parameters,
                request=request,
                responses=responses,
            )
    schemas = frozenset((document.get("components") or {}).get("schemas") or {})
    version = str((document.get("info") or {}).get("version", "?"))
    return Surface(version=version, operations=operations, schemas=schemas)
