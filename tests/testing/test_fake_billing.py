"""The fake bills like Harvest: rates by bill_by, invoices' numbers, currency, terms and states, payments, estimates.

Over real HTTP against the module's fake, with bodies written exactly (Decimal numbers on the
wire); each test builds its own client and projects, so tests do not see each other's records.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from harvest_v2.testing import FakeHarvest
from harvest_v2.testing._rates import BillableTime
from harvest_v2.testing._store import scope_of
from harvest_v2.testing._wire import encode_json

D = Decimal
DAY = "2026-11-02"


def _send(http: httpx.Client, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
    content = encode_json(body) if body is not None else None
    return http.request(method, path, content=content, headers={"Content-Type": "application/json"})


def _ok(response: httpx.Response) -> Any:
    assert response.is_success, response.text
    return json.loads(response.content, parse_float=D) if response.content else None


def _post(http: httpx.Client, path: str, body: dict[str, Any]) -> Any:
    return _ok(_send(http, "POST", path, body))


def _refused(response: httpx.Response, *words: str) -> str:
    assert response.status_code == 422, response.text
    message: str = response.json()["message"]
    assert all(word in message for word in words), message
    return message


def _client(http: httpx.Client, currency: str = "EUR") -> Any:
    return _post(http, "/clients", {"name": f"Client {currency}", "currency": currency})


def _project(http: httpx.Client, client: Any, bill_by: str = "Project", **fields: Any) -> Any:
    body = {"client_id": client["id"], "name": f"{bill_by} work", "is_billable": True, "bill_by": bill_by}
    return _post(http, "/projects", {**body, "budget_by": "none", **fields})


def _entry(http: httpx.Client, project: Any, task: Any, hours: str = "1.5", **fields: Any) -> Any:
    body = {"project_id": project["id"], "task_id": task["id"], "spent_date": DAY, "hours": D(hours)}
    return _post(http, "/time_entries", {**body, **fields})


# -- rates and billability --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bill_by", "task_rate", "own_rate", "use_default", "expected"),
    [
        ("Project", None, None, None, "100.00"),  # the project's hourly rate
        ("Tasks", "132.50", None, None, "132.50"),  # the task assignment's rate
        ("Tasks", None, None, None, "110.00"),  # ... or the task's default when the assignment has none
        ("People", None, "150.00", False, "150.00"),  # the user assignment's own rate
        ("People", None, "150.00", True, "120.00"),  # ... or the user's default rate (the owner's, seeded)
        ("none", None, None, None, None),  # billable, but not by the hour
    ],
)
def test_a_time_entry_is_priced_by_its_projects_bill_by(
    http: httpx.Client,
    bill_by: str,
    task_rate: str | None,
    own_rate: str | None,
    use_default: bool | None,
    expected: str | None,
) -> None:
    me = _ok(http.get("/users/me"))
    project = _project(http, _client(http), bill_by, hourly_rate=D("100.00"))
    task = _post(http, "/tasks", {"name": "Building", "default_hourly_rate": D("110.00")})
    assignment: dict[str, Any] = {"task_id": task["id"], "billable": True}
    if task_rate is not None:
        assignment["hourly_rate"] = D(task_rate)
    _post(http, f"/projects/{project['id']}/task_assignments", assignment)
    membership: dict[str, Any] = {"user_id": me["id"]}
    if own_rate is not None:
        membership.update(hourly_rate=D(own_rate), use_default_rates=use_default)
    _post(http, f"/projects/{project['id']}/user_assignments", membership)

    entry = _entry(http, project, task)
    assert entry["billable"] is True
    assert entry["billable_rate"] == (None if expected is None else D(expected))
    assert entry["cost_rate"] == D("60.00")  # the user's cost rate, whatever the bill_by


def test_time_is_billable_only_on_a_billable_project_and_task(http: httpx.Client) -> None:
    client = _client(http)
    unbilled = _project(http, client, "Project", hourly_rate=D("100"), is_billable=False)
    billed = _project(http, client, "Project", hourly_rate=D("100"))
    internal = _post(http, "/tasks", {"name": "Internal", "billable_by_default": True})
    _post(http, f"/projects/{billed['id']}/task_assignments", {"task_id": internal["id"], "billable": False})
    for project in (unbilled, billed):
        entry = _entry(http, project, internal)
        assert (entry["billable"], entry["billable_rate"]) == (False, None)
    # a task the project does not offer takes the task's own default
    offered = _post(http, "/tasks", {"name": "Offered by default", "billable_by_default": True})
    assert _entry(http, billed, offered)["billable"] is True


def test_moving_an_entry_to_another_project_prices_it_again(http: httpx.Client) -> None:
    client = _client(http)
    cheap = _project(http, client, "Project", hourly_rate=D("50"))
    dear = _project(http, client, "Project", hourly_rate=D("200"))
    task = _post(http, "/tasks", {"name": "Moving", "billable_by_default": True})
    entry = _entry(http, cheap, task)
    moved = _ok(_send(http, "PATCH", f"/time_entries/{entry['id']}", {"project_id": dear["id"]}))
    assert (moved["project"]["id"], moved["billable_rate"]) == (dear["id"], D("200"))


def test_expenses_are_billable_by_default_on_billable_projects_only(http: httpx.Client) -> None:
    client = _client(http)
    category = _post(http, "/expense_categories", {"name": "Taxi"})
    for is_billable, asked, expected in ((True, None, True), (True, False, False), (False, True, False)):
        project = _project(http, client, is_billable=is_billable)
        body = {"project_id": project["id"], "expense_category_id": category["id"], "spent_date": DAY}
        body["total_cost"] = D("10.10")
        if asked is not None:
            body["billable"] = asked
        expense = _post(http, "/expenses", body)
        assert expense["billable"] is expected
        assert expense["user"]["name"] == "Ada Owner"


def test_billable_time_is_rounded_once_per_rate() -> None:
    entries = [{"billable": True, "billable_rate": D("79.99"), "hours": D("0.1")} for _ in range(3)]
    entries.append({"billable": True, "billable_rate": D("10"), "hours": D("0.333")})
    entries.append({"billable": False, "billable_rate": D("1000"), "hours": D("5")})
    # 0.3 x 79.99 = 23.997 -> 24.00 (three rows of 8.00 would make the same; 0.333 x 10 = 3.33)
    assert BillableTime(entries).amount == D("27.33")
    assert BillableTime([{"billable": True, "billable_rate": D("0.015"), "hours": D(1)}] * 2).amount == D("0.03")


# -- invoices: numbers, currency, dates -------------------------------------------------------------


def test_invoices_are_numbered_in_sequence_in_the_clients_currency(http: httpx.Client) -> None:
    eur, usd = _client(http, "EUR"), _client(http, "USD")
    first = _post(http, "/invoices", {"client_id": eur["id"]})
    second = _post(http, "/invoices", {"client_id": usd["id"]})
    assert int(second["number"]) == int(first["number"]) + 1
    assert (first["currency"], second["currency"]) == ("EUR", "USD")
    assert first["state"] == "draft" and first["issue_date"] == date.today().isoformat()
    assert first["creator"]["name"] == "Ada Owner" and len(first["client_key"]) == 40
    named = _post(http, "/invoices", {"client_id": usd["id"], "number": "INV-7", "currency": "GBP"})
    assert (named["number"], named["currency"]) == ("INV-7", "GBP")
    _refused(_send(http, "POST", "/invoices", {"client_id": usd["id"], "number": "INV-7"}), "INV-7", "taken")
    _refused(_send(http, "POST", "/invoices", {"client_id": usd["id"], "currency": "euro"}), "ISO 4217")
    _refused(_send(http, "PATCH", f"/invoices/{first['id']}", {"number": "INV-7"}), "taken")


@pytest.mark.parametrize(
    ("term", "days"), [("upon receipt", 0), ("net 15", 15), ("net 30", 30), ("net 45", 45), ("net 60", 60)]
)
def test_the_payment_term_sets_the_due_date(http: httpx.Client, term: str, days: int) -> None:
    invoice = _post(
        http, "/invoices", {"client_id": _client(http)["id"], "issue_date": "2026-12-01", "payment_term": term}
    )
    assert invoice["due_date"] == (date(2026, 12, 1) + timedelta(days=days)).isoformat()
    moved = _ok(_send(http, "PATCH", f"/invoices/{invoice['id']}", {"issue_date": "2027-01-31"}))
    assert (moved["payment_term"], moved["due_date"]) == (term, (date(2027, 1, 31) + timedelta(days=days)).isoformat())


def test_a_due_date_given_by_hand_is_a_custom_term(http: httpx.Client) -> None:
    client = _client(http)
    body = {"client_id": client["id"], "issue_date": "2026-12-01", "due_date": "2026-12-24"}
    invoice = _post(http, "/invoices", body)
    assert (invoice["payment_term"], invoice["due_date"]) == ("custom", "2026-12-24")
    _refused(_send(http, "POST", "/invoices", {**body, "due_date": "2026-11-30"}), "before the issue date")


def test_line_items_keep_their_project_and_totals_add_up(http: httpx.Client) -> None:
    client = _client(http)
    project = _project(http, client)
    body = {
        "client_id": client["id"],
        "tax": D("19"),
        "discount": D("10"),
        "line_items": [
            {
                "project_id": project["id"],
                "kind": "Service",
                "quantity": D("10.5"),
                "unit_price": D("99.99"),
                "taxed": True,
            },
            {"kind": "Product", "quantity": D(1), "unit_price": D("0.05")},
        ],
    }
    invoice = _post(http, "/invoices", body)
    with_project, without = invoice["line_items"]
    assert (with_project["project"]["id"], with_project["project"]["name"]) == (project["id"], project["name"])
    assert without["project"] is None and without["description"] is None
    assert [row["amount"] for row in invoice["line_items"]] == [D("1049.90"), D("0.05")]
    # discount 10% of 1049.95 = 105.00 (104.995 half up); tax 19% of 1049.90 x 0.9 = 179.5329 -> 179.53
    assert (invoice["discount_amount"], invoice["tax_amount"]) == (D("105.00"), D("179.53"))
    assert invoice["amount"] == invoice["due_amount"] == D("1124.48")
    missing = {**body, "line_items": [{"project_id": 987654321, "kind": "Service", "quantity": 1, "unit_price": 1}]}
    count = len(_ok(http.get("/invoices"))["invoices"])
    _refused(_send(http, "POST", "/invoices", missing), "project_id 987654321")
    assert len(_ok(http.get("/invoices"))["invoices"]) == count


# -- importing time and expenses --------------------------------------------------------------------


def _billable_month(http: httpx.Client) -> tuple[Any, Any, list[Any]]:
    client = _client(http)
    project = _project(http, client, hourly_rate=D("80"))
    task = _post(http, "/tasks", {"name": "Importing", "billable_by_default": True})
    entries = [_entry(http, project, task, hours) for hours in ("1", "2.25")]
    return client, project, entries


def _import_body(client: Any, project_ids: list[int], summary: str = "project") -> dict[str, Any]:
    return {
        "client_id": client["id"],
        "line_items_import": {"project_ids": project_ids, "time": {"summary_type": summary}},
    }


def test_an_import_names_only_the_clients_existing_projects(http: httpx.Client) -> None:
    client, project, entries = _billable_month(http)
    other = _project(http, _client(http, "USD"))
    before = len(_ok(http.get("/invoices"))["invoices"])
    _refused(_send(http, "POST", "/invoices", _import_body(client, [project["id"], other["id"]])), "another client")
    _refused(_send(http, "POST", "/invoices", _import_body(client, [987654321])), "987654321")
    _refused(_send(http, "POST", "/invoices", _import_body(client, [])), "at least one project")
    assert len(_ok(http.get("/invoices"))["invoices"]) == before
    assert all(not _ok(http.get(f"/time_entries/{e['id']}"))["is_billed"] for e in entries)


def test_removing_an_imported_row_releases_its_entries(http: httpx.Client) -> None:
    client, project, entries = _billable_month(http)
    invoice = _post(http, "/invoices", _import_body(client, [project["id"]], "detailed"))
    assert [(row["quantity"], row["unit_price"], row["amount"]) for row in invoice["line_items"]] == [
        (D("1"), D("80"), D("80.00")),
        (D("2.25"), D("80"), D("180.00")),
    ]
    assert [row["description"] for row in invoice["line_items"]] == [f"{project['name']}: Importing ({DAY})"] * 2
    first_row = invoice["line_items"][0]
    changed = _ok(
        _send(http, "PATCH", f"/invoices/{invoice['id']}", {"line_items": [{"id": first_row["id"], "_destroy": True}]})
    )
    assert changed["amount"] == D("180.00")
    states = {e["id"]: _ok(http.get(f"/time_entries/{e['id']}")) for e in entries}
    assert [states[e["id"]]["is_billed"] for e in entries] == [False, True]
    assert states[entries[1]["id"]]["invoice"] == {"id": invoice["id"], "number": invoice["number"]}
    renumbered = _ok(_send(http, "PATCH", f"/invoices/{invoice['id']}", {"number": f"R-{invoice['id']}"}))
    assert _ok(http.get(f"/time_entries/{entries[1]['id']}"))["invoice"]["number"] == renumbered["number"]


def test_invoiced_time_and_expenses_are_locked(http: httpx.Client) -> None:
    client, project, entries = _billable_month(http)
    category = _post(http, "/expense_categories", {"name": "Hotel"})
    expense = _post(
        http,
        "/expenses",
        {
            "project_id": project["id"],
            "expense_category_id": category["id"],
            "spent_date": DAY,
            "total_cost": D("99.90"),
        },
    )
    body = _import_body(client, [project["id"]])
    body["line_items_import"]["expenses"] = {"summary_type": "category"}
    invoice = _post(http, "/invoices", body)
    assert invoice["amount"] == D("359.90")  # 3.25 h x 80 + 99.90
    for path in (f"/time_entries/{entries[0]['id']}", f"/expenses/{expense['id']}"):
        assert _ok(http.get(path))["locked_reason"] == "Item Invoiced and Locked for this Time Period"
        _refused(_send(http, "PATCH", path, {"notes": "changed"}), "locked")
        _refused(http.delete(path), "locked")
    deleted = _ok(http.delete(f"/invoices/{invoice['id']}"))
    assert deleted["id"] == invoice["id"] and deleted["line_items"] == []
    assert _ok(_send(http, "PATCH", f"/expenses/{expense['id']}", {"notes": "free again"}))["is_locked"] is False


# -- states, messages and payments ------------------------------------------------------------------


def _event(http: httpx.Client, kind: str, record_id: int, event: str) -> httpx.Response:
    return _send(http, "POST", f"/{kind}/{record_id}/messages", {"event_type": event})


def test_invoice_events_move_its_state_and_refuse_what_cannot_happen(http: httpx.Client) -> None:
    invoice = _post(http, "/invoices", {"client_id": _client(http)["id"]})
    path = f"/invoices/{invoice['id']}"
    _refused(_event(http, "invoices", invoice["id"], "re-open"), "draft", "closed")
    message = _ok(_event(http, "invoices", invoice["id"], "send"))
    assert (message["event_type"], message["sent_by"], message["recipients"]) == ("send", "Ada Owner", [])
    sent = _ok(http.get(path))
    assert sent["state"] == "open" and sent["sent_at"] is not None
    _ok(_event(http, "invoices", invoice["id"], "close"))
    closed = _ok(http.get(path))
    assert closed["state"] == "closed" and closed["closed_at"] is not None
    _ok(_event(http, "invoices", invoice["id"], "re-open"))
    reopened = _ok(http.get(path))
    assert (reopened["state"], reopened["closed_at"]) == ("open", None)
    _ok(_event(http, "invoices", invoice["id"], "draft"))
    assert (_ok(http.get(path))["state"], _ok(http.get(path))["sent_at"]) == ("draft", None)


def test_payments_are_dated_and_checked(http: httpx.Client, fake: FakeHarvest) -> None:
    invoice = _post(
        http,
        "/invoices",
        {"client_id": _client(http)["id"], "line_items": [{"kind": "Service", "quantity": 1, "unit_price": D("50")}]},
    )
    payments = f"/invoices/{invoice['id']}/payments"
    _refused(_send(http, "POST", payments, {"amount": 0}), "more than 0")
    _refused(
        _send(http, "POST", payments, {"amount": 1, "paid_at": "2026-12-01T10:00:00Z", "paid_date": "2026-12-01"}),
        "not both",
    )
    payment = _post(http, payments, {"amount": D("20.01"), "paid_date": "2026-12-02"})
    assert (payment["paid_at"], payment["paid_date"], payment["recorded_by"]) == (
        "2026-12-02T00:00:00Z",
        "2026-12-02",
        "Ada Owner",
    )
    assert _ok(http.get(f"/invoices/{invoice['id']}"))["due_amount"] == D("29.99")
    _post(http, payments, {"amount": D("29.99"), "paid_at": "2026-12-03T15:04:05+01:00"})
    paid = _ok(http.get(f"/invoices/{invoice['id']}"))
    assert (paid["state"], paid["paid_at"], paid["paid_date"]) == ("paid", "2026-12-03T14:04:05Z", "2026-12-03")
    _refused(_event(http, "invoices", invoice["id"], "draft"), "paid")

    def kept() -> int:
        return sum(scope_of(p).get("invoice_id") == invoice["id"] for p in fake.store.newest_first("InvoicePayment"))

    assert kept() == 2
    _ok(http.delete(f"/invoices/{invoice['id']}"))  # its payments (and messages) go with it
    assert kept() == 0
    assert http.get(payments).status_code == 404


def test_estimates_are_numbered_and_answered(http: httpx.Client) -> None:
    client = _client(http, "CHF")
    estimate = _post(
        http,
        "/estimates",
        {"client_id": client["id"], "line_items": [{"kind": "Service", "quantity": 3, "unit_price": D("33.33")}]},
    )
    assert (estimate["currency"], estimate["state"], estimate["amount"]) == ("CHF", "draft", D("99.99"))
    following = _post(http, "/estimates", {"client_id": client["id"]})
    assert int(following["number"]) == int(estimate["number"]) + 1
    path = f"/estimates/{estimate['id']}"
    recipients = [{"email": "buyer@example.com"}]
    _post(http, f"{path}/messages", {"recipients": recipients, "subject": "Our estimate"})  # emailing a draft sends it
    sent = _ok(http.get(path))
    assert sent["state"] == "sent" and sent["sent_at"] is not None
    _ok(_event(http, "estimates", estimate["id"], "accept"))
    accepted = _ok(http.get(path))
    assert accepted["state"] == "accepted" and accepted["accepted_at"] is not None
    _refused(_event(http, "estimates", estimate["id"], "decline"), "accepted")
    _ok(_event(http, "estimates", estimate["id"], "re-open"))
    assert (_ok(http.get(path))["state"], _ok(http.get(path))["accepted_at"]) == ("sent", None)
    _ok(_event(http, "estimates", estimate["id"], "decline"))
    assert _ok(http.get(path))["state"] == "declined"


def test_reports_count_each_client_in_its_own_currency(http: httpx.Client, fake: FakeHarvest) -> None:
    day = "2025-06-11"
    task = _post(http, "/tasks", {"name": "Reporting", "billable_by_default": True})
    made = {}
    for currency, rate in (("EUR", "80.00"), ("JPY", "9000")):
        project = _project(http, _client(http, currency), hourly_rate=D(rate))
        made[currency] = project["client"]["id"]
        _entry(http, project, task, "1.5", spent_date=day)
    rows = _ok(http.get("/reports/time/clients", params={"from": day, "to": day}))["results"]
    found = {row["client_id"]: (row["currency"], row["billable_amount"]) for row in rows}
    assert found[made["EUR"]] == ("EUR", D("120.00"))
    assert found[made["JPY"]] == ("JPY", D("13500.00"))


def test_fixed_fee_projects_are_priced_in_reports_only_when_asked(http: httpx.Client) -> None:
    day = "2025-07-14"
    client = _client(http)
    hourly = _project(http, client, hourly_rate=D("90"))
    fixed = _project(http, client, is_fixed_fee=True, fee=D("5000"), hourly_rate=D("90"))
    task = _post(http, "/tasks", {"name": "Fixing", "billable_by_default": True})
    for project in (hourly, fixed):
        _entry(http, project, task, "2", spent_date=day)

    def report(path: str, **extra: str) -> dict[int, Any]:
        rows = _ok(http.get(path, params={"from": day, "to": day, **extra}))["results"]
        return {row["project_id"]: row for row in rows}

    # time reports: hours always; a fixed fee's billable amount only with include_fixed_fee "true"
    plain, priced = report("/reports/time/projects"), report("/reports/time/projects", include_fixed_fee="true")
    assert plain[fixed["id"]]["billable_hours"] == priced[fixed["id"]]["billable_hours"] == D(2)
    assert (plain[fixed["id"]]["billable_amount"], priced[fixed["id"]]["billable_amount"]) == (D(0), D("180.00"))
    assert plain[hourly["id"]]["billable_amount"] == D("180.00")
    # the uninvoiced report: fixed-fee projects are in unless include_fixed_fee=false
    assert fixed["id"] in report("/reports/uninvoiced")
    assert set(report("/reports/uninvoiced", include_fixed_fee="false")) & {hourly["id"], fixed["id"]} == {hourly["id"]}


def test_a_refused_change_leaves_the_invoice_as_it_was(http: httpx.Client) -> None:
    rows = [{"kind": "Service", "quantity": 2, "unit_price": D("10")}]
    invoice = _post(
        http, "/invoices", {"client_id": _client(http)["id"], "issue_date": "2026-12-01", "line_items": rows}
    )
    row_id = invoice["line_items"][0]["id"]
    path = f"/invoices/{invoice['id']}"
    change = {"line_items": [{"id": row_id, "quantity": 5}, {"id": 987654321, "_destroy": True}]}
    _refused(_send(http, "PATCH", path, change), "line_items[1]._destroy", "987654321")
    _refused(_send(http, "PATCH", path, {"notes": "late", "due_date": "2026-11-01"}), "before the issue date")
    _refused(
        _send(
            http,
            "POST",
            "/invoices",
            {
                "client_id": invoice["client"]["id"],
                "issue_date": "2026-12-01",
                "due_date": "2026-11-30",
                "number": "never-stored",
            },
        ),
        "before",
    )
    after = _ok(http.get(path))
    assert (after["line_items"][0]["quantity"], after["amount"], after["notes"]) == (D(2), D("20.00"), None)
    assert "never-stored" not in {i["number"] for i in _ok(http.get("/invoices"))["invoices"]}


def test_invoices_of_a_project_are_those_with_a_row_for_it(http: httpx.Client) -> None:
    client = _client(http)
    ours, theirs = _project(http, client), _project(http, client)
    row = {"kind": "Service", "quantity": 1, "unit_price": D("5")}
    billed = _post(http, "/invoices", {"client_id": client["id"], "line_items": [{**row, "project_id": ours["id"]}]})
    _post(http, "/invoices", {"client_id": client["id"], "line_items": [{**row, "project_id": theirs["id"]}]})
    found = _ok(http.get("/invoices", params={"project_id": ours["id"]}))["invoices"]
    assert [invoice["id"] for invoice in found] == [billed["id"]]
