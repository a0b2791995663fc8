"""A month of invoicing against the fake, over real HTTP, as a billing service runs it (Harvest and AsyncHarvest).

The uninvoiced report, one invoice per client imported from tracked time and expenses, sending,
partial and full payments, a deleted payment re-opening its invoice and a deleted invoice releasing
its entries. Strict clients, and every answer checked against the spec (exchange_log). Expected
figures are worked out here from the month booked below, by Harvest's rules, not read back from
the fake.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from harvest_v2 import AsyncHarvest, Harvest, ValidationError
from harvest_v2.models import (
    InvoiceExpenseImport,
    InvoiceLineItemsImport,
    InvoiceMessageRecipientInput,
    InvoiceTimeImport,
)
from harvest_v2.testing import FakeHarvest, RateLimits

from ..helpers import Clients
from .conftest import ExchangeLog, client_kwargs

D = Decimal
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)


def _cents(value: Decimal) -> Decimal:
    return value.quantize(D("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Run:
    """The client under test and a way to drive it whether it is sync or async."""

    fake: FakeHarvest
    clients: Clients
    hv: Any  # Harvest or AsyncHarvest: every call goes through call() or every()

    def call(self, result: Any) -> Any:
        return self.clients.wait(result)

    def every(self, listing: Any) -> list[Any]:
        if isinstance(self.hv, Harvest):
            return list(listing)

        async def collect() -> list[Any]:
            return [item async for item in listing]

        return list(self.clients.wait(collect()))


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, exchange_log: ExchangeLog) -> Iterator[Run]:
    with FakeHarvest(rate_limits=RateLimits(enabled=False), on_exchange=exchange_log) as fake:
        clients = Clients(request.param)
        hv: Harvest | AsyncHarvest = clients.cls(**client_kwargs(fake))
        try:
            yield Run(fake, clients, hv)
        finally:
            clients.close(hv)
            clients.end()


@dataclass
class Month:
    """What was booked, and what each project's billable time and expenses are worth by Harvest's rules."""

    acme: Any
    globex: Any
    website: Any
    support: Any
    audit: Any
    billable_entries: dict[int, set[int]]  # project id -> ids of billable entries of the month
    time_worth: dict[int, Decimal]  # project id -> billable time, rounded once per rate
    hours: dict[int, Decimal]  # project id -> every hour of the month
    billable_hours: dict[int, Decimal]
    expenses: dict[int, Decimal]  # project id -> billable expenses
    outside_month: int  # an entry of October


def _book_a_month(r: Run) -> Month:
    hv, call = r.hv, r.call
    me = call(hv.users.get_current())
    grace = call(
        hv.users.create(
            first_name="Grace",
            last_name="Hopper",
            email="grace@example.com",
            default_hourly_rate=D("95.55"),
            cost_rate=D("40.10"),
        )
    )
    acme = call(hv.clients.create(name="Acme GmbH", currency="EUR"))
    globex = call(hv.clients.create(name="Globex Inc", currency="USD"))
    dev = call(hv.tasks.create(name="Development", default_hourly_rate=D("110.00"), billable_by_default=True))
    meetings = call(hv.tasks.create(name="Meetings", default_hourly_rate=D("90.00"), billable_by_default=False))
    common = {"is_billable": True, "budget_by": "none"}
    website = call(
        hv.projects.create(client_id=acme.id, name="Website", bill_by="Project", hourly_rate=D("100.00"), **common)
    )
    support = call(hv.projects.create(client_id=acme.id, name="Support", bill_by="Tasks", **common))
    audit = call(hv.projects.create(client_id=globex.id, name="Audit", bill_by="People", **common))
    call(hv.task_assignments.create(website.id, task_id=dev.id, billable=True))
    call(hv.task_assignments.create(website.id, task_id=meetings.id, billable=True))
    call(hv.task_assignments.create(support.id, task_id=dev.id, billable=True, hourly_rate=D("132.50")))
    call(hv.task_assignments.create(support.id, task_id=meetings.id, billable=False))
    call(hv.task_assignments.create(audit.id, task_id=dev.id, billable=True))
    memberships = {}  # project id -> the owner's assignment
    for project in (website, support):
        for person in (me, grace):
            made = call(hv.user_assignments.create(project.id, user_id=person.id))
            if person is me:
                memberships[project.id] = made.id
    call(hv.user_assignments.create(audit.id, user_id=me.id, use_default_rates=False, hourly_rate=D("150.00")))
    call(hv.user_assignments.create(audit.id, user_id=grace.id, use_default_rates=True))

    # (project, person, task, day of November, hours, billable rate by the project's bill_by or None)
    booked = [
        (website, me, dev, 3, "1.25", "100.00"),  # bill_by Project: the project's rate
        (website, grace, dev, 4, "0.33", "100.00"),
        (website, me, meetings, 5, "0.5", "100.00"),
        (support, me, dev, 10, "2.1", "132.50"),  # bill_by Tasks: the task assignment's rate
        (support, grace, dev, 11, "0.17", "132.50"),
        (support, me, meetings, 12, "1.0", None),  # not billable on this project
        (audit, me, dev, 20, "3.3", "150.00"),  # bill_by People: the user assignment's own rate
        (audit, grace, dev, 27, "1.15", "95.55"),  # ... or the user's default rate
    ]
    billable_entries: dict[int, set[int]] = {p.id: set() for p in (website, support, audit)}
    by_rate: dict[int, dict[Decimal, Decimal]] = {p.id: {} for p in (website, support, audit)}
    hours = dict.fromkeys(billable_entries, D(0))
    billable_hours = dict.fromkeys(billable_entries, D(0))
    for project, person, task, day, spent, rate in booked:
        entry = call(
            hv.time_entries.create(
                project_id=project.id,
                task_id=task.id,
                user_id=person.id,
                spent_date=date(2026, 11, day),
                hours=D(spent),
                notes=f"{task.name} on day {day}",
            )
        )
        assert (entry.billable, entry.billable_rate) == (rate is not None, None if rate is None else D(rate))
        assert entry.cost_rate == (D("60.00") if person.id == me.id else D("40.10"))
        assert entry.client.id == project.client.id and entry.is_billed is False and entry.invoice is None
        hours[project.id] += D(spent)
        if rate is not None:
            billable_entries[project.id].add(entry.id)
            billable_hours[project.id] += D(spent)
            by_rate[project.id][D(rate)] = by_rate[project.id].get(D(rate), D(0)) + D(spent)
    october = call(
        hv.time_entries.create(project_id=website.id, task_id=dev.id, spent_date=date(2026, 10, 31), hours=D("2"))
    )

    travel = call(hv.expense_categories.create(name="Travel"))
    mileage = call(hv.expense_categories.create(name="Mileage", unit_name="km", unit_price=D("0.585")))
    call(
        hv.expenses.create(
            project_id=website.id, expense_category_id=travel.id, spent_date=FIRST, total_cost=D("45.10")
        )
    )
    km = call(hv.expenses.create(project_id=website.id, expense_category_id=mileage.id, spent_date=FIRST, units=7))
    assert km.total_cost == D("4.10")  # 7 x 0.585 = 4.095, half up
    assert (km.user.id, km.user_assignment.id, km.client.id) == (me.id, memberships[website.id], acme.id)
    kept = call(
        hv.expenses.create(
            project_id=website.id, expense_category_id=travel.id, spent_date=FIRST, total_cost=D("12"), billable=False
        )
    )
    assert kept.billable is False
    call(hv.expenses.create(project_id=audit.id, expense_category_id=travel.id, spent_date=LAST, total_cost=D("80.20")))

    return Month(
        acme=acme,
        globex=globex,
        website=website,
        support=support,
        audit=audit,
        billable_entries=billable_entries,
        time_worth={pid: sum((_cents(h * rate) for rate, h in rates.items()), D(0)) for pid, rates in by_rate.items()},
        hours=hours,
        billable_hours=billable_hours,
        expenses={website.id: D("49.20"), support.id: D(0), audit.id: D("80.20")},
        outside_month=october.id,
    )


def _uninvoiced(r: Run) -> dict[int, Any]:
    return {row.project_id: row for row in r.every(r.hv.reports.uninvoiced(from_=FIRST, to=LAST))}


def _import(month: Month, project_ids: list[int], time: str, expenses: str) -> InvoiceLineItemsImport:
    return InvoiceLineItemsImport(
        project_ids=project_ids,
        time=InvoiceTimeImport(summary_type=time, from_=FIRST, to=LAST),
        expenses=InvoiceExpenseImport(summary_type=expenses, from_=FIRST, to=LAST),
    )


def test_a_monthly_invoicing_run(run: Run) -> None:
    r, hv, call = run, run.hv, run.call
    month = _book_a_month(r)
    projects = (month.website, month.support, month.audit)

    # 1. What is there to invoice: the report agrees with the month to the cent, in each client's currency.
    before = _uninvoiced(r)
    assert set(before) == {p.id for p in projects}
    for project in projects:
        row = before[project.id]
        assert row.currency == ("EUR" if project.client.id == month.acme.id else "USD")
        assert (row.total_hours, row.uninvoiced_hours) == (month.hours[project.id], month.billable_hours[project.id])
        assert row.uninvoiced_expenses == month.expenses[project.id]
        assert row.uninvoiced_amount == month.time_worth[project.id] + month.expenses[project.id]
    assert before[month.support.id].uninvoiced_amount == D("300.78")  # 2.27 h x 132.50 = 300.775
    assert before[month.audit.id].uninvoiced_amount == D("685.08")  # 495.00 + 109.88 (1.15 x 95.55) + 80.20
    time_rows = {row.project_id: row for row in r.every(hv.reports.time_projects(from_=FIRST, to=LAST))}
    for project in projects:
        assert time_rows[project.id].billable_amount == month.time_worth[project.id]
        assert time_rows[project.id].currency == before[project.id].currency

    # 2. One invoice per client, imported from the month's time and expenses.
    acme_projects = [month.website.id, month.support.id]
    acme = call(
        hv.invoices.create(
            client_id=month.acme.id,
            issue_date=date(2026, 12, 1),
            payment_term="net 30",
            line_items_import=_import(month, acme_projects, "task", "category"),
        )
    )
    globex = call(
        hv.invoices.create(
            client_id=month.globex.id,
            issue_date=date(2026, 12, 1),
            line_items_import=_import(month, [month.audit.id], "people", "project"),
        )
    )
    assert (acme.number, acme.currency, acme.state) == ("1", "EUR", "draft")
    assert (globex.number, globex.currency) == ("2", "USD")
    assert (acme.payment_term, acme.due_date) == ("net 30", date(2026, 12, 31))
    assert (globex.payment_term, globex.due_date) == ("upon receipt", date(2026, 12, 1))
    assert (acme.period_start, acme.period_end) == (FIRST, LAST)
    for invoice, ids in ((acme, acme_projects), (globex, [month.audit.id])):
        assert {row.project.id for row in invoice.line_items} == set(ids)  # every row keeps its project
        assert all(row.amount == _cents(row.quantity * row.unit_price) for row in invoice.line_items)
        assert invoice.amount == sum((row.amount for row in invoice.line_items), D(0))
        assert invoice.amount == sum((before[pid].uninvoiced_amount for pid in ids), D(0))
        assert invoice.due_amount == invoice.amount
    assert acme.amount == D("557.98")  # 208.00 website time + 49.20 its expenses + 300.78 support
    rows = sorted((row.quantity, row.unit_price, row.amount) for row in globex.line_items)
    assert rows == [
        (D("1"), D("80.20"), D("80.20")),
        (D("1.15"), D("95.55"), D("109.88")),
        (D("3.3"), D("150.00"), D("495.00")),
    ]
    people = {row.description.split(" (")[0] for row in globex.line_items}
    assert people == {"Audit: Ada Owner", "Audit: Grace Hopper", "Audit: Expenses"}

    # 3. Imported entries are billed on their invoice and locked; the rest stays as it was.
    billed = r.every(hv.time_entries.list(is_billed=True))
    expected = set().union(*month.billable_entries.values())
    assert {entry.id for entry in billed} == expected
    invoice_of = {month.website.id: acme.id, month.support.id: acme.id, month.audit.id: globex.id}
    assert all(entry.invoice.id == invoice_of[entry.project.id] and entry.is_locked for entry in billed)
    assert call(hv.time_entries.get(month.outside_month)).is_billed is False
    expenses = r.every(hv.expenses.list())
    assert sorted(e.total_cost for e in expenses if e.is_billed) == [D("4.10"), D("45.10"), D("80.20")]
    after = _uninvoiced(r)
    assert all(row.uninvoiced_amount == 0 and row.uninvoiced_hours == 0 for row in after.values())
    assert {pid: row.total_hours for pid, row in after.items()} == month.hours
    with pytest.raises(ValidationError, match="locked"):
        call(hv.time_entries.update(billed[0].id, hours=D("9")))

    # 4. Sending: an email sends a draft, an event marks one sent.
    recipient = InvoiceMessageRecipientInput(name="Accounts", email="ap@acme.example")
    call(hv.invoice_messages.create(acme.id, recipients=[recipient], subject="Invoice 1 for November"))
    call(hv.invoice_messages.create(globex.id, event_type="send"))
    sent = call(hv.invoices.get(acme.id))
    assert sent.state == "open" and sent.sent_at is not None
    assert call(hv.invoices.get(globex.id)).state == "open"

    # 5. Payments: a partial one leaves the rest due; the one that leaves nothing settles the invoice.
    call(hv.invoice_payments.create(acme.id, amount=D("300.00"), paid_date=date(2026, 12, 10)))
    partly = call(hv.invoices.get(acme.id))
    assert (partly.state, partly.due_amount, partly.paid_date) == ("open", D("257.98"), None)
    rest = call(hv.invoice_payments.create(acme.id, amount=D("257.98"), paid_date=date(2026, 12, 20)))
    paid = call(hv.invoices.get(acme.id))
    assert (paid.state, paid.due_amount, paid.paid_date) == ("paid", D("0.00"), date(2026, 12, 20))
    assert paid.paid_at == datetime(2026, 12, 20, tzinfo=UTC)

    # 6. Deleting a payment re-opens the invoice; paying again settles it again.
    call(hv.invoice_payments.delete(acme.id, rest.id))
    reopened = call(hv.invoices.get(acme.id))
    assert (reopened.state, reopened.due_amount, reopened.paid_at) == ("open", D("257.98"), None)
    at = datetime(2026, 12, 21, 9, 30, tzinfo=UTC)
    call(hv.invoice_payments.create(acme.id, amount=D("257.98"), paid_at=at))
    settled = call(hv.invoices.get(acme.id))
    assert (settled.state, settled.paid_at, settled.paid_date) == ("paid", at, date(2026, 12, 21))
    assert [i.id for i in r.every(hv.invoices.list(state="paid"))] == [acme.id]

    # 7. Deleting an invoice releases its entries: they are uninvoiced again, worth what they were.
    call(hv.invoices.delete(globex.id))
    released = [call(hv.time_entries.get(i)) for i in month.billable_entries[month.audit.id]]
    assert all(not e.is_billed and e.invoice is None and not e.is_locked for e in released)
    again = _uninvoiced(r)
    assert again[month.audit.id].uninvoiced_amount == before[month.audit.id].uninvoiced_amount
    assert again[month.website.id].uninvoiced_amount == 0


def test_each_summary_type_bills_the_same_entries_once(run: Run) -> None:
    """Whatever the grouping, an import bills every uninvoiced entry once, at its rate, to the cent."""
    r, hv, call = run, run.hv, run.call
    month = _book_a_month(r)
    ids = [month.website.id, month.support.id]
    seen: set[int] = set()
    for summary, expense_summary in (
        ("project", "project"),
        ("task", "category"),
        ("people", "people"),
        ("detailed", "detailed"),
    ):
        invoice = call(
            hv.invoices.create(client_id=month.acme.id, line_items_import=_import(month, ids, summary, expense_summary))
        )
        billed = {e.id for e in r.every(hv.time_entries.list(is_billed=True))}
        assert billed == month.billable_entries[month.website.id] | month.billable_entries[month.support.id]
        assert not (seen and billed - seen)
        seen = billed
        hours = sum((row.quantity for row in invoice.line_items if row.kind == "Service"), D(0))
        assert hours == month.billable_hours[month.website.id] + month.billable_hours[month.support.id]
        assert invoice.amount == sum((_cents(row.quantity * row.unit_price) for row in invoice.line_items), D(0))
        assert invoice.amount == D("557.98")  # no row here needs rounding apart from its rate's
        if summary == "detailed":
            assert len([row for row in invoice.line_items if row.kind == "Service"]) == 5
        call(hv.invoices.delete(invoice.id))  # released for the next grouping


def test_the_invoicing_example_runs_and_its_figures_add_up(exchange_log: ExchangeLog) -> None:
    """examples/invoicing.py (part of make demo) against a seeded fake: it checks its own figures and exits 0."""
    example = Path(__file__).parents[2] / "examples" / "invoicing.py"
    with FakeHarvest(seed="bulk:600", rate_limits=RateLimits(enabled=False), on_exchange=exchange_log) as fake:
        env = {
            **os.environ,
            "HARVEST_ACCESS_TOKEN": fake.access_token,
            "HARVEST_ACCOUNT_ID": fake.account_id,
            "HARVEST_USER_AGENT": "invoicing example test (ops@example.com)",
            "HARVEST_BASE_URL": fake.base_url,
        }
        done = subprocess.run([sys.executable, str(example)], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Paid on " in done.stdout and "figures do not add up" not in done.stdout
        assert [invoice["state"] for invoice in fake.store.all("Invoice")] == ["paid"]
