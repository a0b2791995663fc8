"""Method arguments: checked before anything is sent, and money sent exactly as a JSON number."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest
from harvest_v2 import ValidationError

from tests.helpers import Clients, page_json


def _entry(request: httpx.Request) -> dict[str, Any]:
    sent = json.loads(request.content, parse_float=Decimal)
    return {
        "id": 1, "spent_date": sent["spent_date"], "hours": sent["hours"], "rounded_hours": sent["hours"],
        "notes": None, "is_locked": False, "locked_reason": None, "is_closed": False, "is_billed": False,
        "timer_started_at": None, "started_time": None, "ended_time": None, "is_running": False, "billable": True,
        "budgeted": False, "billable_rate": None, "cost_rate": None, "created_at": "2025-03-01T10:00:00Z",
        "updated_at": "2025-03-01T10:00:00Z", "user": {"id": 1, "name": "A"}, "client": {"id": 1, "name": "C"},
        "project": {"id": 1, "name": "P", "code": None}, "task": {"id": 1, "name": "T"},
        "user_assignment": None, "task_assignment": None, "external_reference": None, "invoice": None,
    }  # fmt: skip


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST":
            body = msgspec.json.Encoder(decimal_format="number").encode(_entry(request))
            return httpx.Response(201, content=body, headers={"Content-Type": "application/json"})
        return httpx.Response(
            200, json=page_json("time_entries", [], next_url=None, page=1, total_entries=0, total_pages=1)
        )


@pytest.mark.parametrize(
    ("hours", "wire"),
    [
        (1.1, b'"hours":1.1'),  # a float goes through its text: 1.1, not 1.100000000000000088...
        (Decimal("12345678901234567.891"), b'"hours":12345678901234567.891'),
        (2, b'"hours":2'),
        (Decimal("0.10"), b'"hours":0.10'),
    ],
)
def test_decimal_int_and_float_are_sent_as_exact_json_numbers(clients: Clients, hours: Any, wire: bytes) -> None:
    recorder = Recorder()
    hv, _ = clients.make(recorder)
    entry = clients.wait(
        hv.time_entries.create(project_id=1, task_id=2, spent_date=datetime.date(2025, 3, 1), hours=hours)
    )
    assert entry.hours == Decimal(str(hours))
    assert isinstance(entry.hours, Decimal)
    [request] = recorder.requests
    assert wire in request.content
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"hours": "1.5"}, TypeError, "hours must be a decimal.Decimal, int or float, got str '1.5'"),
        ({"hours": True}, TypeError, "hours must be a decimal.Decimal, int or float"),
        ({"hours": float("nan")}, ValueError, "hours must be a finite number"),
        ({"spent_date": "2025-03-01"}, TypeError, "spent_date must be a datetime.date (for text use"),
        (
            {"spent_date": datetime.datetime(2025, 3, 1, 9)},
            TypeError,
            "spent_date must be a datetime.date (use .date())",
        ),
    ],
)
def test_wrong_arguments_are_refused_before_anything_is_sent(
    clients: Clients, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    recorder = Recorder()
    hv, _ = clients.make(recorder)
    settings = {"project_id": 1, "task_id": 2, "spent_date": datetime.date(2025, 3, 1), **arguments}
    with pytest.raises(error) as caught:
        clients.wait(hv.time_entries.create(**settings))
    assert message in str(caught.value)
    assert recorder.requests == []


def test_list_filters_check_dates_and_time_zones_before_sending(clients: Clients) -> None:
    recorder = Recorder()
    hv, _ = clients.make(recorder)
    with pytest.raises(TypeError, match=r"from_ must be a datetime\.date"):
        hv.time_entries.list(from_="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"updated_since: datetime 2025-01-01T00:00:00 has no time zone"):
        hv.time_entries.list(updated_since=datetime.datetime(2025, 1, 1))
    assert recorder.requests == []


def test_aware_datetimes_and_dates_reach_the_query_string(clients: Clients) -> None:
    recorder = Recorder()
    hv, _ = clients.make(recorder)
    since = datetime.datetime(2025, 1, 1, 8, 30, tzinfo=datetime.UTC)
    clients.wait(hv.time_entries.list(from_=datetime.date(2025, 1, 1), updated_since=since).first_page())
    params = recorder.requests[0].url.params
    assert (params["from"], params["updated_since"]) == ("2025-01-01", "2025-01-01T08:30:00Z")


@pytest.mark.parametrize(
    ("line_item", "error", "text"),
    [
        ({"quantity": "10.5"}, TypeError, r"line_items\[1\]\.quantity must be number \(decimal\), got string '10.5'"),
        ({"unit_price": 3.5j}, TypeError, r"line_items\[1\]\.unit_price must be number \(decimal\)"),
        ({"kind": None}, TypeError, r"line_items\[1\]\.kind must be string, got None"),
        ({"taxed": "yes"}, TypeError, r"line_items\[1\]\.taxed must be boolean"),
    ],
)
def test_a_nested_request_model_is_checked_before_sending(
    clients: Clients, line_item: dict[str, Any], error: type[Exception], text: str
) -> None:
    from harvest_v2.models import InvoiceLineItemCreate

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    hv, _ = clients.make(handler)
    good = InvoiceLineItemCreate(kind="Service", quantity=Decimal("1"), unit_price=Decimal("2.50"))
    bad = InvoiceLineItemCreate(**{"kind": "Service", "quantity": Decimal(1), "unit_price": Decimal(1), **line_item})
    with pytest.raises(error, match=text):
        clients.wait(hv.invoices.create(client_id=1, line_items=[good, bad]))
    assert sent == []


def test_a_valid_nested_model_goes_out_exactly(clients: Clients) -> None:
    from harvest_v2.models import InvoiceLineItemCreate

    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(422, json={"message": "checked by Harvest"})

    hv, _ = clients.make(handler, max_retries=0)
    item = InvoiceLineItemCreate(kind="A kind made last week", quantity=Decimal("1.5"), unit_price=Decimal("2"))
    with pytest.raises(ValidationError, match="checked by Harvest"):
        clients.wait(hv.invoices.create(client_id=1, line_items=[item]))
    assert b'"kind":"A kind made last week"' in bodies[0]
    assert b'"quantity":1.5' in bodies[0]
