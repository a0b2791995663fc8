"""Drift through the client: tolerant by default (logged once, reported with the operation), strict on demand."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import httpx
import pytest
from harvest_v2 import SchemaDriftError, drift_report

from tests.helpers import Clients, client_json, page_json


def _drifted_client(client_id: int) -> dict[str, Any]:
    body = client_json(client_id)
    del body["is_active"]  # a required attribute Harvest stopped sending
    body["currency"] = None  # null where the spec says a string
    body["billing_email"] = "ap@example.com"  # an attribute the spec does not know yet
    return body


def _answer(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


def _list_handler(request: httpx.Request) -> httpx.Response:
    return _answer(
        page_json(
            "clients", [_drifted_client(1), _drifted_client(2)], next_url=None, page=1, total_entries=2, total_pages=1
        )
    )


EXPECTED = {
    ("Client", "is_active", "missing"),
    ("Client", "currency", "null"),
    ("Client", "billing_email", "unknown"),
}


def test_tolerant_by_default(clients: Clients, caplog: pytest.LogCaptureFixture) -> None:
    hv, _ = clients.make(_list_handler, strict=False)
    with caplog.at_level(logging.WARNING, logger="harvest_v2.drift"):
        records = clients.items(hv, lambda hv: hv.clients.list())
    assert [c.id for c in records] == [1, 2]
    assert records[0].to_dict() == _drifted_client(1)
    report = {(d.schema, d.attribute, d.kind): d for d in drift_report()}
    assert set(report) == EXPECTED
    assert all(d.operations == ["list_clients"] and d.count == 2 for d in report.values())
    warnings = [r for r in caplog.records if r.name == "harvest_v2.drift"]
    # Once per (schema, attribute, kind) in the process, not once per record.
    assert len(warnings) == 3 and all(r.levelno == logging.WARNING for r in warnings)
    assert any("Client.currency is null in list_clients" in r.getMessage() for r in warnings)


def test_strict_raises_the_typed_error(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: _answer(_drifted_client(7)), strict=True)
    with pytest.raises(SchemaDriftError) as caught:
        clients.run(hv, lambda hv: hv.clients.get(7))
    assert (caught.value.schema, caught.value.attribute, caught.value.kind) == ("Client", "is_active", "missing")
    assert "is_active should be boolean, got nothing" in str(caught.value)


def test_money_is_decimal_from_the_wire_without_passing_through_float(clients: Clients) -> None:
    body = {
        "id": 1,
        "name": "Design",
        "billable_by_default": True,
        "default_hourly_rate": 12345678901234567.891,
        "is_default": False,
        "is_active": True,
        "created_at": "2024-03-01T10:00:00Z",
        "updated_at": "2024-03-01T10:00:00Z",
    }
    raw = httpx.Response(
        200,
        content=httpx.Response(200, json=body).content.replace(b"1.2345678901234568e+16", b"12345678901234567.891"),
        headers={"Content-Type": "application/json"},
    )
    hv, _ = clients.make(lambda request: raw)
    task = clients.run(hv, lambda hv: hv.tasks.get(1))
    assert task.default_hourly_rate == Decimal("12345678901234567.891")
