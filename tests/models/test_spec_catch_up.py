"""What the spec learnt from Harvest's current documentation: approval status, fractional expense units."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.helpers import Clients, page_json

# An expense as Harvest answers today (our own fixture): units written 1.0, an approval status.
EXPENSE: dict[str, Any] = {
    "id": 15296442,
    "client": {"id": 5735776, "name": "123 Industries", "currency": "EUR"},
    "project": {"id": 14307913, "name": "Marketing Website", "code": "MW"},
    "expense_category": {"id": 4195926, "name": "Mileage", "unit_price": 0.655, "unit_name": "mile"},
    "user": {"id": 1782959, "name": "Kim Allen"},
    "user_assignment": {
        "id": 125068553,
        "is_project_manager": True,
        "is_active": True,
        "budget": None,
        "created_at": "2017-06-26T22:32:52Z",
        "updated_at": "2017-06-26T22:32:52Z",
        "hourly_rate": 100.0,
    },
    "receipt": None,
    "invoice": None,
    "notes": "Drive to the client",
    "units": 1.0,
    "total_cost": 0.655,
    "billable": True,
    "is_closed": False,
    "is_locked": False,
    "is_billed": False,
    "locked_reason": None,
    "spent_date": "2025-11-20",
    "created_at": "2025-11-20T09:12:44Z",
    "updated_at": "2025-11-20T09:12:44Z",
    "approval_status": "submitted",
}


def _answer(body: Any) -> httpx.Response:
    return httpx.Response(
        200, content=httpx.Response(200, json=body).content, headers={"Content-Type": "application/json"}
    )


def test_a_real_expense_reads_under_strict(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: _answer(EXPENSE), strict=True)
    expense = clients.run(hv, lambda hv: hv.expenses.get(15296442))
    assert expense.units == Decimal("1.0") and isinstance(expense.units, Decimal)
    assert expense.approval_status == "submitted"
    assert expense.to_dict()["units"] == Decimal("1.0")


@pytest.mark.parametrize("listing", ["expenses", "time_entries"])
def test_listings_filter_by_approval_status(clients: Clients, listing: str) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return _answer(page_json(listing, [], next_url=None, page=1, total_entries=0, total_pages=1))

    hv, _ = clients.make(handler, strict=True)
    clients.items(hv, lambda hv: getattr(hv, listing).list(approval_status="approved"))
    assert seen[0].params["approval_status"] == "approved"


def test_expense_units_accept_fractions_when_sent(clients: Clients) -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201, content=_answer(EXPENSE).content, headers={"Content-Type": "application/json"})

    hv, _ = clients.make(handler, strict=True)
    clients.run(
        hv,
        lambda hv: hv.expenses.create(
            project_id=1, expense_category_id=2, spent_date=datetime.date(2025, 11, 20), units=Decimal("2.5")
        ),
    )
    assert b'"units":2.5' in sent[0]
