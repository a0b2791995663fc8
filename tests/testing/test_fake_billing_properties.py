"""Properties of the fake's billing over any month of tracked time: an invoice comes to what the report said.

For random hours and rates (cents everywhere, so rounding is exercised), over real HTTP: the
uninvoiced report, an invoice imported by project and the time report agree to the cent; an
import by task bills the same hours; deleting the invoice puts every figure back.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
from harvest_v2.testing._wire import encode_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

D = Decimal
DAY = "2026-10-15"
CENT = D("0.01")
_cents = st.integers(min_value=1, max_value=50_000).map(lambda n: D(n) / 100)
_hours = st.integers(min_value=1, max_value=1_200).map(lambda n: D(n) / 100)


def _call(http: httpx.Client, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    content = None if body is None else encode_json(body)
    response = http.request(method, path, content=content, headers={"Content-Type": "application/json"})
    assert response.is_success, response.text
    return json.loads(response.content, parse_float=D)


def _report(http: httpx.Client, path: str, project_id: int) -> dict[str, Any]:
    rows = _call(http, "GET", f"{path}?from={DAY}&to={DAY}")["results"]
    (row,) = [row for row in rows if row["project_id"] == project_id]
    return dict(row)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rates=st.lists(_cents, min_size=1, max_size=3, unique=True),
    booked=st.lists(st.tuples(st.integers(min_value=0, max_value=2), _hours), min_size=1, max_size=6),
)
def test_an_imported_invoice_comes_to_the_uninvoiced_report(
    http: httpx.Client, rates: list[Decimal], booked: list[tuple[int, Decimal]]
) -> None:
    client = _call(http, "POST", "/clients", {"name": "Property AG", "currency": "EUR"})
    project = _call(
        http,
        "POST",
        "/projects",
        {"client_id": client["id"], "name": "Property", "is_billable": True, "bill_by": "Tasks", "budget_by": "none"},
    )
    tasks = []
    for rate in rates:
        task = _call(http, "POST", "/tasks", {"name": f"At {rate}"})
        _call(
            http,
            "POST",
            f"/projects/{project['id']}/task_assignments",
            {"task_id": task["id"], "billable": True, "hourly_rate": rate},
        )
        tasks.append(task)
    for index, hours in booked:
        task = tasks[index % len(tasks)]
        body = {"project_id": project["id"], "task_id": task["id"], "spent_date": DAY, "hours": hours}
        _call(http, "POST", "/time_entries", body)
    hours = sum((h for _, h in booked), D(0))

    before = _report(http, "/reports/uninvoiced", project["id"])
    assert before["uninvoiced_hours"] == before["total_hours"] == hours
    time_row = _report(http, "/reports/time/projects", project["id"])
    assert time_row["billable_amount"] == before["uninvoiced_amount"]

    for summary in ("project", "task"):
        imported = {"project_ids": [project["id"]], "time": {"summary_type": summary, "from": DAY, "to": DAY}}
        invoice = _call(http, "POST", "/invoices", {"client_id": client["id"], "line_items_import": imported})
        rows = invoice["line_items"]
        assert sum((row["quantity"] for row in rows), D(0)) == hours
        assert all(row["amount"] == (row["quantity"] * row["unit_price"]).quantize(CENT, ROUND_HALF_UP) for row in rows)
        assert invoice["amount"] == sum((row["amount"] for row in rows), D(0))
        # Each task has its own rate here, so both groupings make one row per rate, as the report
        # counts; two tasks at one rate would make two rows, each rounded, as Harvest rounds rows.
        assert invoice["amount"] == before["uninvoiced_amount"]
        assert {row["unit_price"] for row in rows} <= set(rates)
        after = _report(http, "/reports/uninvoiced", project["id"])
        assert (after["uninvoiced_hours"], after["uninvoiced_amount"]) == (0, 0)
        _call(http, "DELETE", f"/invoices/{invoice['id']}")
        assert _report(http, "/reports/uninvoiced", project["id"]) == before
