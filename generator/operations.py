"""The operations table: one row per operation, decided here once and read by everyone else.

The rows are rendered into generated/harvest_v2/_operations.py (OPERATIONS,
of harvest_v2._core._operation.Operation). Facts come from openapi-python-client's
parse of the bundled document, and the rules that classify an operation are
naming.pagination (is it a list, and of what) and the tag's `x-rate-limit`
(which of Harvest's limits it counts against).
"""

from __future__ import annotations

from typing import Any

from .naming import method_name, pagination, raw, success_response

SCHEMA_REF = "#/components/schemas/"
BUCKETS = ("general", "reports")
"""The values of a tag's x-rate-limit; general when absent."""


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
    }
