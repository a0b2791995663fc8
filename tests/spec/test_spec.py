"""The spec: valid OpenAPI 3.1, every Harvest v2 operation present, and our conventions kept."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from harvest_v2._openapi import resolve

from generator.bundle import bundle, validate

ROOT = Path(__file__).resolve().parents[2]

METHODS = {"get", "post", "patch", "put", "delete"}

# Every operation of the Harvest v2 API (method, path relative to /v2), kept here on purpose:
# the spec must not be the only record of what it should contain.
OPERATIONS = [
    ("GET", "/clients"),
    ("POST", "/clients"),
    ("DELETE", "/clients/{client_id}"),
    ("GET", "/clients/{client_id}"),
    ("PATCH", "/clients/{client_id}"),
    ("GET", "/company"),
    ("PATCH", "/company"),
    ("GET", "/contacts"),
    ("POST", "/contacts"),
    ("DELETE", "/contacts/{contact_id}"),
    ("GET", "/contacts/{contact_id}"),
    ("PATCH", "/contacts/{contact_id}"),
    ("GET", "/estimate_item_categories"),
    ("POST", "/estimate_item_categories"),
    ("DELETE", "/estimate_item_categories/{estimate_item_category_id}"),
    ("GET", "/estimate_item_categories/{estimate_item_category_id}"),
    ("PATCH", "/estimate_item_categories/{estimate_item_category_id}"),
    ("GET", "/estimates"),
    ("POST", "/estimates"),
    ("DELETE", "/estimates/{estimate_id}"),
    ("GET", "/estimates/{estimate_id}"),
    ("PATCH", "/estimates/{estimate_id}"),
    ("GET", "/estimates/{estimate_id}/messages"),
    ("POST", "/estimates/{estimate_id}/messages"),
    ("DELETE", "/estimates/{estimate_id}/messages/{message_id}"),
    ("GET", "/expense_categories"),
    ("POST", "/expense_categories"),
    ("DELETE", "/expense_categories/{expense_category_id}"),
    ("GET", "/expense_categories/{expense_category_id}"),
    ("PATCH", "/expense_categories/{expense_category_id}"),
    ("GET", "/expenses"),
    ("POST", "/expenses"),
    ("DELETE", "/expenses/{expense_id}"),
    ("GET", "/expenses/{expense_id}"),
    ("PATCH", "/expenses/{expense_id}"),
    ("GET", "/invoice_item_categories"),
    ("POST", "/invoice_item_categories"),
    ("DELETE", "/invoice_item_categories/{invoice_item_category_id}"),
    ("GET", "/invoice_item_categories/{invoice_item_category_id}"),
    ("PATCH", "/invoice_item_categories/{invoice_item_category_id}"),
    ("GET", "/invoices"),
    ("POST", "/invoices"),
    ("DELETE", "/invoices/{invoice_id}"),
    ("GET", "/invoices/{invoice_id}"),
    ("PATCH", "/invoices/{invoice_id}"),
    ("GET", "/invoices/{invoice_id}/messages"),
    ("POST", "/invoices/{invoice_id}/messages"),
    ("GET", "/invoices/{invoice_id}/messages/new"),
    ("DELETE", "/invoices/{invoice_id}/messages/{message_id}"),
    ("GET", "/invoices/{invoice_id}/payments"),
    ("POST", "/invoices/{invoice_id}/payments"),
    ("DELETE", "/invoices/{invoice_id}/payments/{payment_id}"),
    ("GET", "/projects"),
    ("POST", "/projects"),
    ("DELETE", "/projects/{project_id}"),
    ("GET", "/projects/{project_id}"),
    ("PATCH", "/projects/{project_id}"),
    ("GET", "/projects/{project_id}/task_assignments"),
    ("POST", "/projects/{project_id}/task_assignments"),
    ("DELETE", "/projects/{project_id}/task_assignments/{task_assignment_id}"),
    ("GET", "/projects/{project_id}/task_assignments/{task_assignment_id}"),
    ("PATCH", "/projects/{project_id}/task_assignments/{task_assignment_id}"),
    ("GET", "/projects/{project_id}/user_assignments"),
    ("POST", "/projects/{project_id}/user_assignments"),
    ("DELETE", "/projects/{project_id}/user_assignments/{user_assignment_id}"),
    ("GET", "/projects/{project_id}/user_assignments/{user_assignment_id}"),
    ("PATCH", "/projects/{project_id}/user_assignments/{user_assignment_id}"),
    ("GET", "/reports/expenses/categories"),
    ("GET", "/reports/expenses/clients"),
    ("GET", "/reports/expenses/projects"),
    ("GET", "/reports/expenses/team"),
    ("GET", "/reports/project_budget"),
    ("GET", "/reports/time/clients"),
    ("GET", "/reports/time/projects"),
    ("GET", "/reports/time/tasks"),
    ("GET", "/reports/time/team"),
    ("GET", "/reports/uninvoiced"),
    ("GET", "/roles"),
    ("POST", "/roles"),
    ("DELETE", "/roles/{role_id}"),
    ("GET", "/roles/{role_id}"),
    ("PATCH", "/roles/{role_id}"),
    ("GET", "/task_assignments"),
    ("GET", "/tasks"),
    ("POST", "/tasks"),
    ("DELETE", "/tasks/{task_id}"),
    ("GET", "/tasks/{task_id}"),
    ("PATCH", "/tasks/{task_id}"),
    ("GET", "/time_entries"),
    ("POST", "/time_entries"),
    ("DELETE", "/time_entries/{time_entry_id}"),
    ("GET", "/time_entries/{time_entry_id}"),
    ("PATCH", "/time_entries/{time_entry_id}"),
    ("DELETE", "/time_entries/{time_entry_id}/external_reference"),
    ("PATCH", "/time_entries/{time_entry_id}/restart"),
    ("PATCH", "/time_entries/{time_entry_id}/stop"),
    ("GET", "/user_assignments"),
    ("GET", "/users"),
    ("POST", "/users"),
    ("GET", "/users/me"),
    ("GET", "/users/me/project_assignments"),
    ("DELETE", "/users/{user_id}"),
    ("GET", "/users/{user_id}"),
    ("PATCH", "/users/{user_id}"),
    ("GET", "/users/{user_id}/billable_rates"),
    ("POST", "/users/{user_id}/billable_rates"),
    ("GET", "/users/{user_id}/billable_rates/{billable_rate_id}"),
    ("GET", "/users/{user_id}/cost_rates"),
    ("POST", "/users/{user_id}/cost_rates"),
    ("GET", "/users/{user_id}/cost_rates/{cost_rate_id}"),
    ("GET", "/users/{user_id}/project_assignments"),
    ("GET", "/users/{user_id}/teammates"),
    ("PATCH", "/users/{user_id}/teammates"),
]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return bundle(ROOT / "spec")


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    return [
        (method, path, op, item)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def test_spec_is_valid_openapi_31(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_every_inventory_operation_is_described(document: dict[str, Any]) -> None:
    described = {(m.upper(), p) for m, p, _, _ in _operations(document)}
    missing = [op for op in OPERATIONS if op not in described]
    assert not missing, f"operations missing from the spec: {missing}"
    assert len(OPERATIONS) == 113
    assert described == set(OPERATIONS), f"operations not in the inventory: {described - set(OPERATIONS)}"


def test_operation_conventions(document: dict[str, Any]) -> None:
    tags = {t["name"] for t in document["tags"]}
    ids = set()
    for method, path, op, _item in _operations(document):
        where = f"{method.upper()} {path}"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), where
        assert op["operationId"] not in ids, f"duplicate operationId {op['operationId']}"
        ids.add(op["operationId"])
        assert len(op["tags"]) == 1 and op["tags"][0] in tags, where
        assert op.get("summary"), where
        responses = op["responses"]
        assert any(code.startswith("2") for code in responses), where
        for code in ("401", "403", "429"):
            assert code in responses, f"{where} lacks {code}"
        if "{" in path:
            assert "404" in responses, f"{where} has an id but no 404"
        too_many = resolve(document, responses["429"])
        assert "Retry-After" in too_many["headers"], where


def test_success_bodies_are_named_schemas(document: dict[str, Any]) -> None:
    for method, path, op, _ in _operations(document):
        for code, response in op["responses"].items():
            if not code.startswith("2"):
                continue
            content = resolve(document, response).get("content", {})
            for media in content.values():
                assert media["schema"]["$ref"].startswith("#/components/schemas/"), f"{method} {path}"


def test_lists_share_the_pagination_envelope(document: dict[str, Any]) -> None:
    lists = 0
    for method, path, op, _ in _operations(document):
        params = [resolve(document, p)["name"] for p in op.get("parameters", [])]
        if method != "get" or "per_page" not in params:
            continue
        lists += 1
        ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        schema = resolve(document, {"$ref": ref})
        assert {"$ref": "#/components/schemas/Pagination"} in schema["allOf"], f"{path} does not use Pagination"
    assert lists == 35  # every list operation Harvest documents takes per_page


def test_query_parameter_types(document: dict[str, Any]) -> None:
    for method, path, op, item in _operations(document):
        for raw in op.get("parameters", []) + item.get("parameters", []):
            param = resolve(document, raw)
            schema = param["schema"]
            name = param["name"]
            where = f"{method.upper()} {path} {name}"
            if name == "updated_since":
                assert schema.get("format") == "date-time", where
            if name in {"from", "to"} and param["in"] == "query":
                assert schema.get("format") == "date", where
            if name.startswith("is_"):
                assert schema["type"] == "boolean", where
            if name == "per_page":
                assert (schema["minimum"], schema["maximum"]) == (1, 2000), where
            if name.endswith("_id") and name != "external_reference_id":
                assert (schema["type"], schema.get("format")) == ("integer", "int64"), where


@pytest.mark.parametrize("path", ["/reports/time/clients", "/reports/time/team", "/reports/uninvoiced"])
def test_time_and_uninvoiced_reports_require_a_range(document: dict[str, Any], path: str) -> None:
    params = {p["name"]: p for p in (resolve(document, x) for x in document["paths"][path]["get"]["parameters"])}
    assert params["from"]["required"] and params["to"]["required"]


def test_ids_are_64_bit(document: dict[str, Any]) -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                if (
                    (key == "id" or key.endswith("_id"))
                    and isinstance(value, dict)
                    and "integer" in str(value.get("type"))
                ):
                    assert value.get("format") == "int64", f"{where}.{key}"
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(document["components"]["schemas"], "schemas")


def test_security_and_server(document: dict[str, Any]) -> None:
    assert document["servers"] == [{"url": "https://api.harvestapp.com/v2"}]
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearerToken"]["scheme"] == "bearer"
    assert schemes["accountId"]["name"] == "Harvest-Account-Id"


DECIMAL_QUANTITIES = set(
    [
        "hours",
        "rounded_hours",
        "amount",
        "unit_price",
        "hourly_rate",
        "tax",
        "tax2",
        "discount",
        "quantity",
        "budget",
        "total_cost",
        "billable_amount",
        "uninvoiced_amount",
        "budget_remaining",
        "cost_rate",
        "default_hourly_rate",
    ]
)


def _number_schemas(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """Every schema node whose type is number (alone or with null), with where it sits."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "number" or (isinstance(kind, list) and "number" in kind):
            found.append((where, node))
        for key, value in node.items():
            found += _number_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _number_schemas(value, f"{where}[{i}]")
    return found


def test_every_number_is_a_decimal(document: dict[str, Any]) -> None:
    # Money, hours, rates and percentages must never pass through float; the templates make
    # format: decimal a decimal.Decimal, so a plain number would silently be a float again.
    numbers = _number_schemas(document["components"], "components") + _number_schemas(document["paths"], "paths")
    plain = [where for where, schema in numbers if schema.get("format") != "decimal"]
    assert not plain, f"number without format: decimal: {plain}"
    names = {where.rsplit("/", 1)[-1] for where, _ in numbers}
    # the quantities the docs call decimal, from every group of the API
    missing = DECIMAL_QUANTITIES - names
    assert not missing, f"not decimal quantities in the spec: {sorted(missing)}"


def test_a_429_may_come_without_retry_after_or_json(document: dict[str, Any]) -> None:
    # Real 429s have come with no Retry-After and an empty text/html body; the spec must not promise either.
    answers = [op["responses"]["429"] for _, _, op, _ in _operations(document)]
    assert answers  # the bundle inlines the shared answer into every operation
    for too_many in answers:
        assert not too_many["headers"]["Retry-After"].get("required", False)
        assert set(too_many["content"]) == {"text/html"}


def test_a_contact_email_is_not_promised_to_be_an_address(document: dict[str, Any]) -> None:
    # Harvest stores an empty string for a contact saved without one.
    email = document["components"]["schemas"]["Contact"]["properties"]["email"]
    assert "format" not in email


def test_deleting_a_record_declares_the_record_harvest_answers_with(document: dict[str, Any]) -> None:
    # Real DELETEs answer 200 with the record as it was; every record path that can be read says so.
    deletes = 0
    for path, item in document["paths"].items():
        if "delete" not in item or "get" not in item:
            continue
        deletes += 1
        read = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        deleted = resolve(document, item["delete"]["responses"]["200"])
        assert deleted["content"]["application/json"]["schema"] == read, path
    assert deletes == 15


_SCHEMA_KEYWORDS = {
    "$ref", "type", "format", "description", "enum", "const", "default", "examples", "example", "nullable",
    "properties", "required", "additionalProperties", "items", "oneOf", "anyOf", "allOf", "not", "title",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
    "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly", "deprecated", "discriminator",
    "contentMediaType", "contentEncoding", "multipleOf",
}  # fmt: skip


def _schema_nodes(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """Every schema object under `node` (a schema), with where it is."""
    if not isinstance(node, dict):
        return []
    found = [(where, node)]
    for name, value in (node.get("properties") or {}).items():
        found += _schema_nodes(value, f"{where}.{name}")
    for keyword in ("items", "additionalProperties", "not"):
        found += _schema_nodes(node.get(keyword), f"{where}.{keyword}")
    for keyword in ("oneOf", "anyOf", "allOf"):
        for index, value in enumerate(node.get(keyword) or []):
            found += _schema_nodes(value, f"{where}.{keyword}[{index}]")
    return found


def test_every_schema_key_is_a_keyword(document: dict[str, Any]) -> None:
    """An unquoted ", " in a YAML flow mapping ({description: a, b}) cuts the text and adds a key `b`."""
    strays = [
        f"{where}: {key!r}"
        for name, schema in document["components"]["schemas"].items()
        for where, node in _schema_nodes(schema, name)
        for key in node
        if key not in _SCHEMA_KEYWORDS and not key.startswith("x-")
    ]
    assert not strays, "schema keys that are no keyword (a cut description?): " + ", ".join(strays)
