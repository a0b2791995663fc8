"""The operations table: one row per spec operation, the facts the client, the fake and the tests share."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import harvest_v2.models
import pytest
from harvest_v2 import AsyncHarvest, Harvest
from harvest_v2._openapi import load_document, resolve, schema_name
from harvest_v2._operations import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = load_document()
METHODS = ("get", "post", "patch", "put", "delete")


def _spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, item in DOCUMENT["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def test_one_row_per_operation_with_its_method_path_and_tag() -> None:
    spec = _spec_operations()
    assert len(OPERATIONS) == len(spec) == 113
    for operation_id, (method, path, op) in spec.items():
        row = OPERATIONS[operation_id]
        assert (row.operation_id, row.method, row.path, row.tag) == (operation_id, method, path, op["tags"][0])


@pytest.mark.parametrize("client", [Harvest, AsyncHarvest])
def test_each_row_names_a_method_of_both_clients(client: type[Harvest] | type[AsyncHarvest]) -> None:
    hv = client(access_token="t", account_id="1", user_agent="table test (t@example.com)")
    for row in OPERATIONS.values():
        assert callable(getattr(getattr(hv, row.tag), row.method_name)), row.operation_id


def test_every_operation_module_hands_the_client_its_own_row() -> None:
    modules = sorted((ROOT / "generated" / "harvest_v2" / "api").glob("*/*.py"))
    operation_modules = [path for path in modules if path.stem != "__init__"]
    assert len(operation_modules) == len(OPERATIONS)
    for path in operation_modules:
        module = importlib.import_module(f"harvest_v2.api.{path.parent.name}.{path.stem}")
        assert module.OPERATION is OPERATIONS[path.stem]


def test_status_and_schemas_are_the_specs() -> None:
    for operation_id, (_, _, op) in _spec_operations().items():
        row = OPERATIONS[operation_id]
        (status,) = [code for code in op["responses"] if code.startswith("2")]
        assert row.status == int(status)
        body = op["responses"][status].get("content", {}).get("application/json")
        assert row.response_schema == (schema_name(body["schema"]) if body else None)
        requests = op.get("requestBody", {}).get("content", {})
        assert row.request_schemas == {kind: schema_name(media["schema"]) for kind, media in requests.items()}
        for name in [row.response_schema, row.item_schema, *row.request_schemas.values()]:
            assert name is None or name in DOCUMENT["components"]["schemas"], operation_id


def test_a_list_row_names_the_envelopes_array_and_how_it_pages() -> None:
    lists = [row for row in OPERATIONS.values() if row.list_key is not None]
    assert len(lists) >= 30
    for row in lists:
        assert row.method == "GET" and row.response_schema is not None
        envelope = resolve(DOCUMENT, {"$ref": f"#/components/schemas/{row.response_schema}"})
        parts = {schema_name(part) for part in envelope["allOf"]}
        assert "Pagination" in parts, row.operation_id
        properties = {k: v for part in envelope["allOf"] for k, v in part.get("properties", {}).items()}
        assert schema_name(properties[row.list_key]["items"]) == row.item_schema
        _, _, op = _spec_operations()[row.operation_id]
        cursor = any(p["name"] == "cursor" for p in op.get("parameters", []))
        assert row.pagination == ("cursor" if cursor else "page")
    others = [row for row in OPERATIONS.values() if row.list_key is None]
    assert all(row.pagination is None and row.item_schema is None for row in others)


def test_reports_and_only_reports_count_against_the_reports_limit() -> None:
    tagged = {tag["name"] for tag in DOCUMENT["tags"] if tag.get("x-rate-limit") == "reports"}
    assert tagged == {"reports"}
    for row in OPERATIONS.values():
        assert row.bucket == ("reports" if row.tag in tagged else "general"), row.operation_id
        # Harvest's rule is by URL; the spec's tag must agree with it.
        assert (row.bucket == "reports") == row.path.startswith("/reports/"), row.operation_id


def test_a_model_is_generated_only_when_a_method_takes_or_returns_it() -> None:
    api = ROOT / "generated" / "harvest_v2" / "api"
    models = ROOT / "generated" / "harvest_v2" / "models"
    reached = {m for path in api.rglob("*.py") for m in re.findall(r"models\.(\w+) import", path.read_text())}
    pending = list(reached)
    while pending:  # and what those models refer to
        for name in re.findall(r"from \.(\w+) import", (models / f"{pending.pop()}.py").read_text()):
            if name not in reached:
                reached.add(name)
                pending.append(name)
    generated = {path.stem for path in models.glob("*.py") if path.stem != "__init__"}
    assert generated == reached
    # Request bodies become keyword arguments; their schemas stay in the spec for the fake to check.
    assert "ClientCreate" in DOCUMENT["components"]["schemas"]
    assert not hasattr(harvest_v2.models, "ClientCreate")


@pytest.mark.parametrize("name", ["Client", "TimeEntries", "InvoiceLineItem"])
def test_models_methods_return_are_generated(name: str) -> None:
    assert hasattr(harvest_v2.models, name)
