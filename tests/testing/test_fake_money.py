"""The fake counts money and hours with Decimal, from the request body to the answer, as Harvest does.

Unit rules first (decoding, encoding, rounding, totals), then the same facts over HTTP: a body's
numbers are read without float, answers carry them as JSON numbers, invoice totals are rounded
half-up to cents and reports add up to the cent.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from harvest_v2.testing import FakeHarvest
from harvest_v2.testing._invoicing import totals as _totals
from harvest_v2.testing._money import cents, exact
from harvest_v2.testing._routes import route_table
from harvest_v2.testing._validation import InvalidInput, check_body, parse_query_value
from harvest_v2.testing._wire import decode_json, encode_json

D = Decimal

# -- unit rules ---------------------------------------------------------------------------------


def test_money_rounds_half_up_to_cents() -> None:
    assert cents(D("10.5") * D("99.99")) == D("1049.90")  # 1049.895; float arithmetic gives 1049.89
    assert round(10.5 * 99.99, 2) == 1049.89  # what the fake used to answer
    assert cents(D("0.125")) == D("0.13")
    assert cents(D("-0.125")) == D("-0.13")  # away from zero, as a credit row is rounded
    assert str(cents(D("7"))) == "7.00"


def test_request_bodies_decode_fractions_as_decimals() -> None:
    body = decode_json(b'{"hours": 0.1, "amount": 12345678901234567.891, "units": 3, "rate": 1e2}')
    assert body == {"hours": D("0.1"), "amount": D("12345678901234567.891"), "units": 3, "rate": D("1E+2")}
    assert isinstance(body["units"], int)
    assert sum([body["hours"]] * 3) == D("0.3")


def test_answers_write_decimals_as_json_numbers() -> None:
    raw = encode_json({"amount": D("1049.90"), "big": D("12345678901234567.891"), "none": None, "n": 2})
    assert raw == b'{"amount":1049.90,"big":12345678901234567.891,"none":null,"n":2}'
    assert json.loads(raw, parse_float=D) == {
        "amount": D("1049.90"),
        "big": D("12345678901234567.891"),
        "none": None,
        "n": 2,
    }


@pytest.mark.parametrize(
    ("stored", "expected"), [(None, D(0)), (3, D(3)), (0.1, D("0.1")), (D("2.50"), D("2.50")), (1e16, D("1E+16"))]
)
def test_stored_numbers_become_exact_decimals(stored: Any, expected: Decimal) -> None:
    # a float seeded by a test goes through its shortest text, so 0.1 is 0.1 and not 0.1000000000000000055...
    assert exact(stored) == expected


@pytest.mark.parametrize("stored", [True, "1.5", [1]])
def test_only_json_numbers_are_counted(stored: Any) -> None:
    with pytest.raises(TypeError, match="not a JSON number"):
        exact(stored)


def test_number_query_parameters_are_decimals_and_must_be_finite() -> None:
    schema = {"type": "number", "format": "decimal"}
    assert parse_query_value(route_table(), schema, "amount", "0.10") == D("0.10")
    for bad in ("NaN", "Infinity", "ten"):
        with pytest.raises(InvalidInput, match="amount must be a number"):
            parse_query_value(route_table(), schema, "amount", bad)


def test_request_checks_accept_decimal_numbers() -> None:
    check_body(route_table(), {"$ref": "#/components/schemas/TimeEntryUpdate"}, {"hours": D("1.25")})
    with pytest.raises(InvalidInput, match="hours must be a number"):
        check_body(route_table(), {"$ref": "#/components/schemas/TimeEntryUpdate"}, {"hours": "1.25"})


def test_invoice_totals_are_exact_and_add_up() -> None:
    record = {
        "line_items": [
            {"quantity": D("10.5"), "unit_price": D("99.99"), "taxed": True},
            {"quantity": D("3"), "unit_price": D("0.1"), "taxed": True, "taxed2": True},
            {"quantity": D("1"), "unit_price": D("0.2")},
        ],
        "discount": D("12.5"),
        "tax": D("19"),
        "tax2": D("7.7"),
        "due_amount": D(0),
    }
    totals = _totals(record, paid=D("100"))
    amounts = [item["amount"] for item in totals["line_items"]]
    assert amounts == [D("1049.90"), D("0.30"), D("0.20")]
    subtotal = sum(amounts, D(0))
    assert subtotal == D("1050.40")
    assert totals["discount_amount"] == D("131.30")  # 12.5% of 1050.40 = 131.30
    # taxes on the taxed rows after the discount: 1050.20 x 0.875 x 19% = 174.6020 -> 174.60
    assert totals["tax_amount"] == D("174.60")
    assert totals["tax2_amount"] == D("0.02")  # 0.30 x 0.875 x 7.7% = 0.0202 -> 0.02
    assert totals["amount"] == subtotal - totals["discount_amount"] + totals["tax_amount"] + totals["tax2_amount"]
    assert totals["amount"] == D("1093.72")
    assert totals["due_amount"] == D("993.72")


def test_totals_apply_discount_then_taxes_on_taxed_rows() -> None:
    record = {
        "line_items": [{"quantity": 2, "unit_price": 10.0, "taxed": True}, {"quantity": 1, "unit_price": 5.0}],
        "discount": 10.0,
        "tax": 20.0,
        "due_amount": 0.0,
    }
    totals = _totals(record, paid=D("10"))
    assert [item["amount"] for item in totals["line_items"]] == [D("20.00"), D("5.00")]
    assert (totals["discount_amount"], totals["tax_amount"], totals["amount"], totals["due_amount"]) == (
        D("2.50"),
        D("3.60"),
        D("26.10"),
        D("16.10"),
    )


# -- over HTTP ----------------------------------------------------------------------------------


def _exact(response: httpx.Response) -> Any:
    """The answer's JSON with fractions as Decimals, so what the fake wrote is what is compared."""
    assert response.is_success, response.text
    return json.loads(response.content, parse_float=D)


def _post(http: httpx.Client, path: str, body: str) -> Any:
    # Bodies are written as JSON text so their numbers reach the fake exactly as typed.
    return _exact(http.post(path, content=body, headers={"Content-Type": "application/json"}))


def _project(http: httpx.Client, client_id: int, name: str) -> Any:
    body = {"client_id": client_id, "name": name, "is_billable": True, "bill_by": "Project", "budget_by": "none"}
    return _post(http, "/projects", json.dumps(body))


def test_an_invoice_row_of_10_5_at_99_99_is_1049_90(http: httpx.Client) -> None:
    client = _post(http, "/clients", '{"name": "Cents GmbH", "currency": "EUR"}')
    body = (
        f'{{"client_id": {client["id"]}, "line_items": ['
        '{"kind": "Service", "quantity": 10.5, "unit_price": 99.99, "taxed": true},'
        '{"kind": "Service", "quantity": 0.1, "unit_price": 0.2}], "tax": 10}'
    )
    response = http.post("/invoices", content=body, headers={"Content-Type": "application/json"})
    invoice = _exact(response)
    assert [row["amount"] for row in invoice["line_items"]] == [D("1049.90"), D("0.02")]
    assert invoice["tax_amount"] == D("104.99")  # 10% of 1049.90 = 104.990
    assert invoice["amount"] == D("1154.91")
    assert invoice["due_amount"] == D("1154.91")
    # numbers, not strings, and the unit price as it was sent
    assert b'"amount":1154.91' in response.content
    assert b'"unit_price":99.99' in response.content

    paid = _post(http, f"/invoices/{invoice['id']}/payments", '{"amount": 1154.90, "paid_at": "2025-03-01T10:00:00Z"}')
    assert paid["amount"] == D("1154.90")
    again = _exact(http.get(f"/invoices/{invoice['id']}"))
    assert again["due_amount"] == D("0.01")  # exactly one cent left, not 0.009999...
    assert again["state"] != "paid"


def test_a_time_report_adds_hours_and_amounts_to_the_cent(http: httpx.Client, fake: FakeHarvest) -> None:
    client = _post(http, "/clients", '{"name": "Tenths Ltd"}')
    project = _project(http, client["id"], "Tenths")
    task = _post(http, "/tasks", '{"name": "Counting", "default_hourly_rate": 79.99}')
    day = date(2025, 2, 3).isoformat()
    for _ in range(3):
        _post(
            http,
            "/time_entries",
            f'{{"project_id": {project["id"]}, "task_id": {task["id"]}, "spent_date": "{day}", "hours": 0.1}}',
        )
    # rates come from assignments in Harvest; the fake takes them as stored on each entry
    for entry in fake.store.all("TimeEntry"):
        if (entry.get("project") or {}).get("id") == project["id"]:
            fake.store.update("TimeEntry", entry["id"], {"billable": True, "billable_rate": D("79.99")})

    rows = _exact(http.get("/reports/time/projects", params={"from": day, "to": day}))["results"]
    (row,) = [r for r in rows if r["project_id"] == project["id"]]
    assert row["total_hours"] == D("0.3")  # floats give 0.30000000000000004
    assert row["billable_hours"] == D("0.3")
    assert row["billable_amount"] == D("24.00")  # 3 x (0.1 x 79.99 = 7.999 -> 8.00)


def test_time_entries_carry_hours_as_sent(http: httpx.Client, fake: FakeHarvest) -> None:
    client = _post(http, "/clients", '{"name": "Exact Oy"}')
    project = _project(http, client["id"], "Exact")
    task = _post(http, "/tasks", '{"name": "Measuring"}')
    body = f'{{"project_id": {project["id"]}, "task_id": {task["id"]}, "spent_date": "2025-02-04", "hours": 1.15}}'
    response = http.post("/time_entries", content=body, headers={"Content-Type": "application/json"})
    entry = _exact(response)
    assert entry["hours"] == D("1.15")
    assert b'"hours":1.15' in response.content
    stored = fake.store.get("TimeEntry", entry["id"])
    assert stored is not None and isinstance(stored["hours"], Decimal)


def test_the_budget_report_subtracts_exactly(http: httpx.Client) -> None:
    client = _post(http, "/clients", '{"name": "Budget AB"}')
    common = f'"client_id": {client["id"]}, "is_billable": true, "bill_by": "Project"'
    by_hours = _post(http, "/projects", f'{{{common}, "name": "By hours", "budget_by": "project", "budget": 10}}')
    by_fees = _post(
        http, "/projects", f'{{{common}, "name": "By fees", "budget_by": "project_cost", "cost_budget": 100.10}}'
    )
    task = _post(http, "/tasks", '{"name": "Budgeting"}')
    for project in (by_hours, by_fees):
        entry = f'{{"project_id": {project["id"]}, "task_id": {task["id"]}, "spent_date": "2025-02-05", "hours": 0.1}}'
        for _ in range(3):
            _post(http, "/time_entries", entry)

    rows = {r["project_id"]: r for r in _exact(http.get("/reports/project_budget"))["results"]}
    assert (rows[by_hours["id"]]["budget_spent"], rows[by_hours["id"]]["budget_remaining"]) == (D("0.3"), D("9.7"))
    # the fee budget counts billable amounts; these entries have no rate, so nothing is spent yet
    assert (rows[by_fees["id"]]["budget"], rows[by_fees["id"]]["budget_remaining"]) == (D("100.10"), D("100.10"))


def test_an_expense_priced_per_unit_costs_units_times_the_price_to_the_cent(http: httpx.Client) -> None:
    client = _post(http, "/clients", '{"name": "Miles GmbH"}')
    project = _project(http, client["id"], "Miles")
    mileage = _post(http, "/expense_categories", '{"name": "Mileage", "unit_name": "mile", "unit_price": 0.585}')
    body = (
        f'{{"project_id": {project["id"]}, "expense_category_id": {mileage["id"]}, '
        '"spent_date": "2025-02-07", "units": 3}'
    )
    expense = _post(http, "/expenses", body)
    assert round(3 * 0.585, 2) == 1.75  # float arithmetic loses the half cent
    assert expense["total_cost"] == D("1.76")  # 1.755 rounded half-up
    changed = _exact(http.patch(f"/expenses/{expense['id']}", json={"units": 7}))
    assert changed["total_cost"] == D("4.10")  # 4.095
