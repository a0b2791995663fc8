"""The operations table: one row per operation, decided here once and read by everyone else.

The rows are rendered into generated/harvest_v2/_operations.py (OPERATIONS,
of harvest_v2._core._operation.Operation). Facts come from openapi-python-client's
parse of the bundled document, and the rules that classify an operation are
`pagination` here (is it a list, and of what) and the tag's `x-rate-limit`
(which of Harvest's limits it counts against). `prune_unused_classes` keeps
only the models a method takes or returns, and tells properties which of them
responses build.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty

from .naming import method_name
from .properties import body_fields, model_properties, py_type, referenced_classes, register_response_models
from .text import raw

SCHEMA_REF = "#/components/schemas/"
BUCKETS = ("general", "reports")
"""The values of a tag's x-rate-limit; general when absent."""
ORDER_DIRECTIONS = ("asc", "desc")
CREATION_ORDER = {"by": "id", "direction": "desc"}
"""A list's order when its operation has no x-harvest-order: newest created first, as Harvest documents."""


# The attributes every list envelope carries (spec/schemas/common.yaml#/Pagination).
PAGINATION_FIELDS = frozenset(
    {"per_page", "total_pages", "total_entries", "next_page", "previous_page", "page", "links"}
)


def success_response(endpoint: Any) -> Any:
    """The 2xx response whose body the operation returns, or None."""
    for response in sorted(endpoint.responses.patterns):
        low = response.status_code.range[0] if response.status_code.range else 0
        if 200 <= low < 300:
            return response
    return None


def pagination(endpoint: Any) -> dict[str, Any] | None:
    """Items attribute and item type of a list operation, or None.

    A GET whose 2xx body carries every attribute of the Pagination envelope plus
    exactly one array of records is a list operation.
    """
    if endpoint.method.lower() != "get":
        return None
    response = success_response(endpoint)
    if response is None or not isinstance(response.prop, ModelProperty):
        return None
    props = model_properties(response.prop)
    names = {raw(p.name) for p in props}
    if not names >= PAGINATION_FIELDS:
        return None
    arrays = [p for p in props if isinstance(p, ListProperty) and raw(p.name) not in PAGINATION_FIELDS]
    if len(arrays) != 1:
        return None
    key, item = raw(arrays[0].name), arrays[0].inner_property
    if arrays[0].python_name != key:
        # The paginator reads the records as the attribute named by the table's list_key.
        raise SystemExit(f"{endpoint.name}: the records attribute {key!r} is no Python name; rename it in the spec")
    return {
        "key": key,
        "item_schema": str(item.class_info.name) if isinstance(item, ModelProperty) else None,
        "item_type": py_type(item, required=True, qualify=True),
        "item_classes": referenced_classes([item], "model"),
    }


def used_classes(openapi: Any, *, responses_only: bool = False) -> set[str]:
    """The models and enums some method takes or returns, and every class those refer to.

    The spec keeps schemas no method exposes as a class (request bodies, which become keyword
    arguments; error bodies; the Pagination base of the envelopes); they are not generated.
    responses_only: the classes some method returns (or that such a class refers to), which
    tolerant parsing builds; the others only ever carry what a caller gives.
    """
    props: list[Any] = []
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            response = success_response(endpoint)
            if not responses_only:
                props.extend(endpoint.path_parameters + endpoint.query_parameters)
                props.extend(field for field, _ in body_fields(endpoint))
            if response is not None:
                props.append(response.prop)
    used: set[str] = set()
    pending = props
    while pending:
        prop = pending.pop()
        for kind in ("model", "enum"):
            for _, name in referenced_classes([prop], kind):
                if name not in used:
                    used.add(name)
                    model = next((m for m in openapi.models if str(m.class_info.name) == name), None)
                    if model is not None:
                        pending.extend(model_properties(model))
    return used


def prune_unused_classes(openapi: Any) -> None:
    """Drop from the parse the models and enums no method takes or returns (see used_classes)."""
    used = used_classes(openapi)
    openapi.models = [m for m in openapi.models if str(m.class_info.name) in used]
    openapi.enums = [e for e in openapi.enums if str(e.class_info.name) in used]
    register_response_models(used_classes(openapi, responses_only=True))


def operation_rows(openapi: Any, document: dict[str, Any]) -> list[dict[str, Any]]:
    """One dict per operation (the fields of Operation), ordered by operationId."""
    buckets = {tag["name"]: tag.get("x-rate-limit", "general") for tag in document.get("tags", [])}
    rows = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        bucket = buckets.get(str(tag), "general")
        if bucket not in BUCKETS:
            raise SystemExit(f"tag {tag}: x-rate-limit is {bucket!r}; expected one of {', '.join(BUCKETS)}")
        for endpoint in collection.endpoints:
            rows.append(_row(endpoint, str(tag), bucket, document))
    return sorted(rows, key=lambda row: row["operation_id"])


def _named(media: dict[str, Any], where: str) -> str:
    """The schema a body refers to: the bundler leaves every body a #/components/schemas reference."""
    ref = media.get("schema", {}).get("$ref", "")
    if not ref.startswith(SCHEMA_REF):
        raise SystemExit(f"{where}: a body's schema must be a named schema ($ref), not {media.get('schema')}")
    return str(ref.removeprefix(SCHEMA_REF))


def _row(endpoint: Any, tag: str, bucket: str, document: dict[str, Any]) -> dict[str, Any]:
    name = str(endpoint.name)
    path = raw(endpoint.path)
    spec = document["paths"][path][endpoint.method.lower()]
    response = success_response(endpoint)
    status = response.status_code.range[0] if response is not None and response.status_code.range else 204
    body = spec["responses"].get(str(status), {}).get("content", {}).get("application/json")
    requests = spec.get("requestBody", {}).get("content", {})
    page = pagination(endpoint)
    if page and page["item_schema"] not in document["components"]["schemas"]:
        raise SystemExit(f"{name}: the records' model {page['item_schema']} is not a schema name (use PascalCase)")
    queries = {raw(p.name) for p in endpoint.query_parameters}
    return {
        "operation_id": name,
        "method": endpoint.method.upper(),
        "path": path,
        "tag": tag,
        "method_name": method_name(name, tag),
        "status": status,
        "bucket": bucket,
        "response_schema": _named(body, name) if body is not None else None,
        "request_schemas": {content_type: _named(media, name) for content_type, media in requests.items()},
        "list_key": page["key"] if page else None,
        "item_schema": page["item_schema"] if page else None,
        "pagination": ("cursor" if "cursor" in queries else "page") if page else None,
        **_order(name, spec, page, document),
    }


def _order(name: str, spec: dict[str, Any], page: dict[str, Any] | None, document: dict[str, Any]) -> dict[str, Any]:
    """order_by and order_direction of a list operation, from its x-harvest-order (checked), else creation order.

    Report rows have no ids and Harvest documents no order for them: their rows carry none.
    """
    order = spec.get("x-harvest-order")
    if page is None:
        if order is not None:
            raise SystemExit(f"{name}: x-harvest-order is for list operations only")
        return {}
    schema = document["components"]["schemas"].get(page["item_schema"] or "", {})
    if order is None:
        if "id" not in schema.get("properties", {}):
            return {}  # rows without ids (reports) have no documented order
        order = CREATION_ORDER
    if not isinstance(order, dict) or set(order) != {"by", "direction"}:
        raise SystemExit(f"{name}: x-harvest-order must be {{by: <attribute>, direction: asc|desc}}, got {order!r}")
    by, direction = order["by"], order["direction"]
    if direction not in ORDER_DIRECTIONS:
        raise SystemExit(f"{name}: x-harvest-order direction is {direction!r}; expected one of asc, desc")
    if by not in schema.get("properties", {}):
        raise SystemExit(f"{name}: x-harvest-order orders by {by!r}, which {page['item_schema']} does not have")
    return {"order_by": by, "order_direction": direction}
