"""The few rules that belong to one resource: timers, reports, the current user, message events.

Each entry of BEHAVIOURS wraps the generic engine for one operationId and, like
the engine, returns a result (a record, a page, nothing); every other operation
is served by the engine alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from ._engine import Call, Engine, NotFound, Result
from ._money import cents, exact
from ._routes import named
from ._store import Record, scope_of
from ._synthesis import synthesize
from ._validation import InvalidInput
from ._wire import now_iso

__all__ = ["BEHAVIOURS", "Behaviour"]

Rule = Callable[[Engine, Call], Result]


@dataclass(frozen=True)
class Behaviour:
    """A rule for one operation, with the shape of operation it is written for."""

    method: str
    answers: Literal["record", "page", "nothing"]
    """What `rule` returns: one record, a page of a list, or no content."""
    rule: Rule


MAX_REPORT_DAYS = 365


_HUNDREDTH = Decimal("0.01")


def _hours(value: Decimal) -> Decimal:
    """Decimal hours to the hundredth Harvest keeps, halves up."""
    return value.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def _hours_between(started: str, ended: str) -> Decimal:
    return _hours(Decimal(max(0, _minutes(ended) - _minutes(started))) / 60)


def _minutes(clock: str) -> int:
    """Minutes since midnight of "14:59" or "2:59pm" (the account's 24h or 12h setting)."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*([ap]m)?\s*", clock.lower())
    if match is None:
        raise InvalidInput(f'time of day must look like "14:59" or "2:59pm", got {clock!r}')
    hour, minute, half = int(match[1]), int(match[2]), match[3]
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise InvalidInput(f"time of day {clock!r} is out of range")
    return hour * 60 + minute


def _create_time_entry(engine: Engine, call: Call) -> Record:
    body = call.body
    body.setdefault("user_id", call.current_user_id)
    started, ended = body.get("started_time"), body.get("ended_time")
    if started and ended:
        body["hours"] = _hours_between(started, ended)
    running = body.get("hours") is None and not ended
    record = engine.create(call)
    timer = {"is_running": running, "timer_started_at": now_iso() if running else None}
    hours = exact(body.get("hours"))
    changes = {**timer, "hours": hours, "rounded_hours": hours, **_assignments(engine, record)}
    return engine.store.update("TimeEntry", record["id"], changes)


def _priced_expense(engine: Engine, call: Call) -> Record:
    """An expense in a category priced per unit costs units x the unit price, to the cent."""
    record = engine.serve_record(call)
    record_id = record["id"]
    category = record.get("expense_category") or {}
    if category.get("unit_price") is not None and record.get("units") is not None:
        total = cents(exact(record["units"]) * exact(category["unit_price"]))
        record = engine.store.update("Expense", record_id, {"total_cost": total})
    return record


def _assignments(engine: Engine, entry: Record) -> dict[str, Any]:
    """The user's and the task's assignments to the entry's project, as a time entry embeds them.

    Null when the project has none for them: Harvest sends null there too.
    """
    properties = engine.index.properties(named("TimeEntry"))
    project_id = (entry.get("project") or {}).get("id")
    wanted = {
        "user_assignment": ("UserAssignment", "user", (entry.get("user") or {}).get("id")),
        "task_assignment": ("TaskAssignment", "task", (entry.get("task") or {}).get("id")),
    }
    found: dict[str, Any] = {}
    for name, (kind, member, member_id) in wanted.items():
        if name not in properties:
            continue
        match = next(
            (
                a
                for a in engine.store.newest_first(kind)
                if (a.get("project") or {}).get("id") == project_id and (a.get(member) or {}).get("id") == member_id
            ),
            None,
        )
        found[name] = None if match is None else engine.project(properties[name], match)
    return found


def _stop_time_entry(engine: Engine, call: Call) -> Record:
    record = _time_entry(engine, call)
    if not record.get("is_running"):
        raise InvalidInput("only a running time entry can be stopped")
    started = datetime.fromisoformat(record["timer_started_at"])
    elapsed = Decimal(round((datetime.now(UTC) - started).total_seconds())) / 3600
    hours = _hours(exact(record.get("hours")) + elapsed)
    changes = {"is_running": False, "timer_started_at": None, "hours": hours, "rounded_hours": hours}
    return engine.store.update("TimeEntry", record["id"], changes)


def _restart_time_entry(engine: Engine, call: Call) -> Record:
    record = _time_entry(engine, call)
    if record.get("is_running"):
        raise InvalidInput("the time entry is already running")
    changes = {"is_running": True, "timer_started_at": now_iso()}
    return engine.store.update("TimeEntry", record["id"], changes)


def _delete_external_reference(engine: Engine, call: Call) -> None:
    record = _time_entry(engine, call)
    engine.store.update("TimeEntry", record["id"], {"external_reference": None})


def _time_entry(engine: Engine, call: Call) -> Record:
    record = engine.store.get("TimeEntry", next(iter(call.path_params.values())))
    if record is None:
        raise NotFound
    return record


def _current_user(engine: Engine, call: Call) -> Record:
    record = engine.store.get("User", call.current_user_id)
    if record is None:
        raise NotFound
    return record


_INVOICE_STATES = {"send": "open", "close": "closed", "re-open": "open", "draft": "draft"}
_ESTIMATE_STATES = {"send": "sent", "accept": "accepted", "decline": "declined", "re-open": "sent"}


def _message_event(parent_kind: str, states: dict[str, str]) -> Rule:
    """Messages with an event_type move their invoice or estimate to the matching state."""

    def behave(engine: Engine, call: Call) -> Record:
        record = engine.create(call)
        event = call.body.get("event_type")
        parent_id = next(iter(call.path_params.values()))
        if event in states:
            engine.store.update(parent_kind, parent_id, {"state": states[event]})
        return record

    return behave


# -- money on invoices and estimates ------------------------------------------------


def _totals(record: Record, paid: Decimal) -> dict[str, Any]:
    """Row amounts, discount, the two taxes on taxed rows, the grand total and what is still due.

    Everything is Decimal: each amount is rounded to cents half-up once, so the rows add up
    to the subtotal and the total is exactly subtotal - discount + taxes.
    """
    items = [dict(item) for item in record.get("line_items") or []]
    for item in items:
        item["amount"] = cents(exact(item.get("quantity")) * exact(item.get("unit_price")))
    subtotal = sum((item["amount"] for item in items), Decimal(0))
    percent = exact(record.get("discount"))
    discount = cents(subtotal * percent / 100)
    # Taxes apply to the taxed rows after the discount takes its share of them.
    kept = (100 - percent) / 100
    taxed = sum((i["amount"] for i in items if i.get("taxed")), Decimal(0))
    taxed2 = sum((i["amount"] for i in items if i.get("taxed2")), Decimal(0))
    tax = cents(taxed * kept * exact(record.get("tax")) / 100)
    tax2 = cents(taxed2 * kept * exact(record.get("tax2")) / 100)
    amount = subtotal - discount + tax + tax2
    totals = {
        "line_items": items,
        "amount": amount,
        "discount_amount": discount,
        "tax_amount": tax,
        "tax2_amount": tax2,
    }
    if "due_amount" in record:
        totals["due_amount"] = amount - paid
    return totals


def _paid(engine: Engine, invoice_id: int) -> Decimal:
    payments = engine.store.newest_first("InvoicePayment")
    return sum((exact(p.get("amount")) for p in payments if scope_of(p).get("invoice_id") == invoice_id), Decimal(0))


def _priced(kind: str) -> Rule:
    """Invoices and estimates add up their line items, as Harvest computes them."""

    def behave(engine: Engine, call: Call) -> Record:
        record = engine.serve_record(call)
        paid = _paid(engine, record["id"]) if kind == "Invoice" else Decimal(0)
        return engine.store.update(kind, record["id"], _totals(record, paid))

    return behave


def _record_payment(engine: Engine, call: Call) -> Record:
    """A payment lowers its invoice's due amount; paying it all marks the invoice paid."""
    payment = engine.create(call)
    invoice_id = call.path_params["invoice_id"]
    invoice = engine.store.get("Invoice", invoice_id)
    assert invoice is not None  # create() checked the parent
    due = exact(invoice.get("amount")) - _paid(engine, invoice_id)
    changes: dict[str, Any] = {"due_amount": due}
    if due <= 0:
        changes.update(state="paid", paid_at=payment["paid_at"], paid_date=payment["paid_date"])
    engine.store.update("Invoice", invoice_id, changes)
    return payment


# -- reports --------------------------------------------------------------------


def _report(subject: str, source: str, amount_field: str | None) -> Rule:
    """Rows of totals per subject ("client", "project", "task", "user", "expense_category")."""

    def behave(engine: Engine, call: Call) -> Result:
        start, end = _report_range(call)
        row_schema = _item_schema(call)
        allowed = engine.index.properties(row_schema)
        groups: dict[tuple[int, str], dict[str, Any]] = {}
        for record in engine.store.newest_first(source):
            spent = record.get("spent_date")
            if spent is None or not start <= spent <= end:
                continue
            related = record.get(subject) or {}
            if not related.get("id"):
                continue
            currency = (record.get("client") or {}).get("currency") or "USD"
            row = groups.setdefault((related["id"], currency), _report_row(engine, row_schema, record, subject))
            row["currency"] = currency
            # Sums of Decimals are exact: a row is the sum of its entries to the cent.
            if amount_field is None:
                hours = _reported_hours(record)
                billable = hours if record.get("billable") else Decimal(0)
                row["total_hours"] = exact(row.get("total_hours")) + hours
                row["billable_hours"] = exact(row.get("billable_hours")) + billable
                amount = cents(billable * exact(record.get("billable_rate")))
                row["billable_amount"] = exact(row.get("billable_amount")) + amount
            else:
                amount = exact(record.get(amount_field))
                row["total_amount"] = exact(row.get("total_amount")) + amount
                billed = amount if record.get("billable") else Decimal(0)
                row["billable_amount"] = exact(row.get("billable_amount")) + billed
        rows = [{k: v for k, v in row.items() if k in allowed} for row in groups.values()]
        return engine.page(call, rows)

    return behave


def _reported_hours(record: Record) -> Decimal:
    """The hours reports count: rounded_hours when the entry has them, else hours."""
    rounded = record.get("rounded_hours")
    return exact(rounded if rounded is not None else record.get("hours"))


def _report_row(engine: Engine, schema: dict[str, Any], record: Record, subject: str) -> dict[str, Any]:
    row: dict[str, Any] = synthesize(engine.index, schema, complete=False)
    for name in ("client", "project", "task", "user", "expense_category"):
        related = record.get(name)
        if isinstance(related, dict) and (name == subject or (subject == "project" and name == "client")):
            row[f"{name}_id"] = related.get("id")
            row[f"{name}_name"] = related.get("name")
    if subject == "user":
        user = engine.store.get("User", record["user"]["id"]) or {}
        row.update({k: user[k] for k in ("is_contractor", "weekly_capacity", "avatar_url") if k in user})
    return row


def _uninvoiced(engine: Engine, call: Call) -> Result:
    """Per project: billable time and expenses of the range not invoiced yet, and what they are worth."""
    start, end = _report_range(call)
    rows: dict[int, dict[str, Any]] = {}

    def row_of(record: Record) -> dict[str, Any]:
        project, client = record.get("project") or {}, record.get("client") or {}
        return rows.setdefault(
            project.get("id", 0),
            {
                **synthesize(engine.index, _item_schema(call), complete=False),
                "client_id": client.get("id", 0),
                "client_name": client.get("name", ""),
                "project_id": project.get("id", 0),
                "project_name": project.get("name", ""),
                "currency": client.get("currency") or "USD",
            },
        )

    def open_and_billable(record: Record) -> bool:
        spent = record.get("spent_date") or ""
        return start <= spent <= end and not record.get("invoice") and bool(record.get("billable"))

    for record in engine.store.newest_first("TimeEntry"):
        if not open_and_billable(record):
            continue
        row = row_of(record)
        hours = _reported_hours(record)
        row["total_hours"] = exact(row.get("total_hours")) + hours
        row["uninvoiced_hours"] = exact(row.get("uninvoiced_hours")) + hours
        amount = cents(hours * exact(record.get("billable_rate")))
        row["uninvoiced_amount"] = exact(row.get("uninvoiced_amount")) + amount
    for record in engine.store.newest_first("Expense"):
        if not open_and_billable(record):
            continue
        row = row_of(record)
        cost = exact(record.get("total_cost"))
        row["uninvoiced_expenses"] = exact(row.get("uninvoiced_expenses")) + cost
        row["uninvoiced_amount"] = exact(row.get("uninvoiced_amount")) + cost
    return engine.page(call, list(rows.values()))


def _project_budget(engine: Engine, call: Call) -> Result:
    schema = _item_schema(call)
    allowed = engine.index.properties(schema)
    rows = []
    for project in engine.store.newest_first("Project"):
        if "is_active" in call.query and project.get("is_active") != call.query["is_active"]:
            continue
        if project.get("cost_budget" if project.get("budget_by") in _MONEY_BUDGETS else "budget") is None:
            continue  # only budgeted projects have a budget to report on
        client = project.get("client") or {}
        row = synthesize(engine.index, schema, complete=False)
        row.update({k: v for k, v in project.items() if k in allowed})
        row.update(project_id=project["id"], project_name=project.get("name"), client_id=client.get("id"))
        row["client_name"] = client.get("name")
        budget, spent = _budget_use(engine, project)
        row.update(budget=budget, budget_spent=spent, budget_remaining=budget - spent)
        rows.append({k: v for k, v in row.items() if k in allowed})
    return engine.page(call, rows)


_MONEY_BUDGETS = ("project_cost", "task_fees")


def _budget_use(engine: Engine, project: Record) -> tuple[Decimal, Decimal]:
    """(budget, used so far): hours for time budgets; money (billable amounts, expenses if counted) for fee budgets."""
    money = project.get("budget_by") in _MONEY_BUDGETS
    budget = exact(project.get("cost_budget") if money else project.get("budget"))
    entries = [e for e in engine.store.newest_first("TimeEntry") if (e.get("project") or {}).get("id") == project["id"]]
    if not money:
        return budget, sum((_reported_hours(e) for e in entries), Decimal(0))
    spent = sum((cents(_reported_hours(e) * exact(e.get("billable_rate"))) for e in entries), Decimal(0))
    if project.get("cost_budget_include_expenses"):
        expenses = engine.store.newest_first("Expense")
        spent += sum(
            (exact(x.get("total_cost")) for x in expenses if (x.get("project") or {}).get("id") == project["id"]),
            Decimal(0),
        )
    return budget, spent


def _item_schema(call: Call) -> dict[str, Any]:
    """The schema of a report's rows, as the operations table names it."""
    name = call.operation.item_schema
    if name is None:
        raise TypeError(f"{call.operation.operation_id} is not a list operation")
    return named(name)


def _report_range(call: Call) -> tuple[str, str]:
    start: date | None = call.query.get("from")
    end: date | None = call.query.get("to")
    if start is None or end is None:
        raise InvalidInput("from and to are required for this report")
    if end < start:
        raise InvalidInput("to must not be before from")
    if (end - start).days > MAX_REPORT_DAYS:
        raise InvalidInput(f"a report covers at most {MAX_REPORT_DAYS} days, got {(end - start).days}")
    return start.isoformat(), end.isoformat()


BEHAVIOURS: dict[str, Behaviour] = {
    "create_time_entry": Behaviour("POST", "record", _create_time_entry),
    "create_expense": Behaviour("POST", "record", _priced_expense),
    "update_expense": Behaviour("PATCH", "record", _priced_expense),
    "stop_time_entry": Behaviour("PATCH", "record", _stop_time_entry),
    "restart_time_entry": Behaviour("PATCH", "record", _restart_time_entry),
    "delete_time_entry_external_reference": Behaviour("DELETE", "nothing", _delete_external_reference),
    "get_current_user": Behaviour("GET", "record", _current_user),
    "create_invoice": Behaviour("POST", "record", _priced("Invoice")),
    "update_invoice": Behaviour("PATCH", "record", _priced("Invoice")),
    "create_estimate": Behaviour("POST", "record", _priced("Estimate")),
    "update_estimate": Behaviour("PATCH", "record", _priced("Estimate")),
    "create_invoice_payment": Behaviour("POST", "record", _record_payment),
    "create_invoice_message": Behaviour("POST", "record", _message_event("Invoice", _INVOICE_STATES)),
    "create_estimate_message": Behaviour("POST", "record", _message_event("Estimate", _ESTIMATE_STATES)),
    "time_report_clients": Behaviour("GET", "page", _report("client", "TimeEntry", None)),
    "time_report_projects": Behaviour("GET", "page", _report("project", "TimeEntry", None)),
    "time_report_tasks": Behaviour("GET", "page", _report("task", "TimeEntry", None)),
    "time_report_team": Behaviour("GET", "page", _report("user", "TimeEntry", None)),
    "expense_report_clients": Behaviour("GET", "page", _report("client", "Expense", "total_cost")),
    "expense_report_projects": Behaviour("GET", "page", _report("project", "Expense", "total_cost")),
    "expense_report_categories": Behaviour("GET", "page", _report("expense_category", "Expense", "total_cost")),
    "expense_report_team": Behaviour("GET", "page", _report("user", "Expense", "total_cost")),
    "uninvoiced_report": Behaviour("GET", "page", _uninvoiced),
    "project_budget_report": Behaviour("GET", "page", _project_budget),
}
"""operationId -> the rule serving it in place of the generic engine."""
