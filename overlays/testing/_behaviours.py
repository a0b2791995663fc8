"""The few rules that belong to one resource: timers, reports, the current user, message events.

Each entry of BEHAVIOURS wraps the generic engine for one operationId; every
other operation is served by the engine alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from ._engine import Call, Engine, NotFound, Reply, json_reply
from ._store import Record, public, scope_of
from ._values import InvalidInput, now_iso, synthesize

Behaviour = Callable[[Engine, Call], Reply]

MAX_REPORT_DAYS = 365


def _hours_between(started: str, ended: str) -> float:
    return max(0.0, (_minutes(ended) - _minutes(started)) / 60)


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


def _create_time_entry(engine: Engine, call: Call) -> Reply:
    body = call.body
    body.setdefault("user_id", call.current_user_id)
    started, ended = body.get("started_time"), body.get("ended_time")
    if started and ended:
        body["hours"] = round(_hours_between(started, ended), 2)
    running = body.get("hours") is None and not ended
    record = engine.create(call)
    timer = {"is_running": running, "timer_started_at": now_iso() if running else None}
    hours = body.get("hours") or 0.0
    record = engine.store.update("TimeEntry", record["id"], {**timer, "hours": hours, "rounded_hours": hours})
    return json_reply(201, public(record))


def _stop_time_entry(engine: Engine, call: Call) -> Reply:
    record = _time_entry(engine, call)
    if not record.get("is_running"):
        raise InvalidInput("only a running time entry can be stopped")
    started = datetime.fromisoformat(record["timer_started_at"])
    elapsed = (datetime.now(UTC) - started).total_seconds() / 3600
    hours = round(float(record.get("hours") or 0) + elapsed, 2)
    changes = {"is_running": False, "timer_started_at": None, "hours": hours, "rounded_hours": hours}
    return json_reply(200, public(engine.store.update("TimeEntry", record["id"], changes)))


def _restart_time_entry(engine: Engine, call: Call) -> Reply:
    record = _time_entry(engine, call)
    if record.get("is_running"):
        raise InvalidInput("the time entry is already running")
    changes = {"is_running": True, "timer_started_at": now_iso()}
    return json_reply(200, public(engine.store.update("TimeEntry", record["id"], changes)))


def _delete_external_reference(engine: Engine, call: Call) -> Reply:
    record = _time_entry(engine, call)
    engine.store.update("TimeEntry", record["id"], {"external_reference": None})
    return Reply(call.operation.status)


def _time_entry(engine: Engine, call: Call) -> Record:
    record = engine.store.get("TimeEntry", next(iter(call.path_params.values())))
    if record is None:
        raise NotFound
    return record


def _current_user(engine: Engine, call: Call) -> Reply:
    record = engine.store.get("User", call.current_user_id)
    if record is None:
        raise NotFound
    return json_reply(200, public(record))


_INVOICE_STATES = {"send": "open", "close": "closed", "re-open": "open", "draft": "draft"}
_ESTIMATE_STATES = {"send": "sent", "accept": "accepted", "decline": "declined", "re-open": "sent"}


def _message_event(parent_kind: str, states: dict[str, str]) -> Behaviour:
    """Messages with an event_type move their invoice or estimate to the matching state."""

    def behave(engine: Engine, call: Call) -> Reply:
        record = engine.create(call)
        event = call.body.get("event_type")
        parent_id = next(iter(call.path_params.values()))
        if event in states:
            engine.store.update(parent_kind, parent_id, {"state": states[event]})
        return json_reply(201, public(record))

    return behave


# -- money on invoices and estimates ------------------------------------------------


def _totals(record: Record, paid: float) -> dict[str, Any]:
    """Row amounts, discount, the two taxes on taxed rows, the grand total and what is still due."""
    items = [dict(item) for item in record.get("line_items") or []]
    for item in items:
        item["amount"] = round(float(item.get("quantity") or 0) * float(item.get("unit_price") or 0), 2)
    subtotal = sum(item["amount"] for item in items)
    discount = round(subtotal * float(record.get("discount") or 0) / 100, 2)
    share = (subtotal - discount) / subtotal if subtotal else 0.0
    tax = round(sum(i["amount"] for i in items if i.get("taxed")) * share * float(record.get("tax") or 0) / 100, 2)
    tax2 = round(sum(i["amount"] for i in items if i.get("taxed2")) * share * float(record.get("tax2") or 0) / 100, 2)
    amount = round(subtotal - discount + tax + tax2, 2)
    totals = {
        "line_items": items,
        "amount": amount,
        "discount_amount": discount,
        "tax_amount": tax,
        "tax2_amount": tax2,
    }
    if "due_amount" in record:
        totals["due_amount"] = round(amount - paid, 2)
    return totals


def _paid(engine: Engine, invoice_id: int) -> float:
    payments = engine.store.newest_first("InvoicePayment")
    return sum(float(p.get("amount") or 0) for p in payments if scope_of(p).get("invoice_id") == invoice_id)


def _priced(kind: str) -> Behaviour:
    """Invoices and estimates add up their line items, as Harvest computes them."""

    def behave(engine: Engine, call: Call) -> Reply:
        reply = engine.serve(call)
        record_id = json.loads(reply.body)["id"]
        record = engine.store.get(kind, record_id)
        assert record is not None
        paid = _paid(engine, record_id) if kind == "Invoice" else 0.0
        record = engine.store.update(kind, record_id, _totals(record, paid))
        return json_reply(reply.status, public(record))

    return behave


def _record_payment(engine: Engine, call: Call) -> Reply:
    """A payment lowers its invoice's due amount; paying it all marks the invoice paid."""
    payment = engine.create(call)
    invoice_id = call.path_params["invoice_id"]
    invoice = engine.store.get("Invoice", invoice_id)
    assert invoice is not None  # create() checked the parent
    due = round(float(invoice.get("amount") or 0) - _paid(engine, invoice_id), 2)
    changes: dict[str, Any] = {"due_amount": due}
    if due <= 0:
        changes.update(state="paid", paid_at=payment["paid_at"], paid_date=payment["paid_date"])
    engine.store.update("Invoice", invoice_id, changes)
    return json_reply(201, public(payment))


# -- reports --------------------------------------------------------------------


def _report(subject: str, source: str, amount_field: str | None) -> Behaviour:
    """Rows of totals per subject ("client", "project", "task", "user", "expense_category")."""

    def behave(engine: Engine, call: Call) -> Reply:
        start, end = _report_range(call)
        row_schema = call.operation.item_schema or {}
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
            if amount_field is None:
                hours = float(record.get("rounded_hours") or record.get("hours") or 0)
                billable = hours if record.get("billable") else 0.0
                row["total_hours"] = round(row.get("total_hours", 0) + hours, 2)
                row["billable_hours"] = round(row.get("billable_hours", 0) + billable, 2)
                rate = float(record.get("billable_rate") or 0)
                row["billable_amount"] = round(row.get("billable_amount", 0) + billable * rate, 2)
            else:
                amount = float(record.get(amount_field) or 0)
                row["total_amount"] = round(row.get("total_amount", 0) + amount, 2)
                row["billable_amount"] = round(
                    row.get("billable_amount", 0) + (amount if record.get("billable") else 0), 2
                )
        rows = [{k: v for k, v in row.items() if k in allowed} for row in groups.values()]
        return engine.page(call, rows)

    return behave


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


def _uninvoiced(engine: Engine, call: Call) -> Reply:
    start, end = _report_range(call)
    rows: dict[int, dict[str, Any]] = {}
    for record in engine.store.newest_first("TimeEntry"):
        if not (start <= record.get("spent_date", "") <= end) or record.get("invoice") or not record.get("billable"):
            continue
        project, client = record.get("project") or {}, record.get("client") or {}
        row = rows.setdefault(
            project.get("id", 0),
            {
                **synthesize(engine.index, call.operation.item_schema or {}, complete=False),
                "client_id": client.get("id", 0),
                "client_name": client.get("name", ""),
                "project_id": project.get("id", 0),
                "project_name": project.get("name", ""),
                "currency": client.get("currency") or "USD",
            },
        )
        hours = float(record.get("rounded_hours") or 0)
        row["total_hours"] = round(row.get("total_hours", 0) + hours, 2)
        row["uninvoiced_hours"] = round(row.get("uninvoiced_hours", 0) + hours, 2)
        row["uninvoiced_amount"] = round(
            row.get("uninvoiced_amount", 0) + hours * float(record.get("billable_rate") or 0), 2
        )
    return engine.page(call, list(rows.values()))


def _project_budget(engine: Engine, call: Call) -> Reply:
    schema = call.operation.item_schema or {}
    allowed = engine.index.properties(schema)
    rows = []
    for project in engine.store.newest_first("Project"):
        if "is_active" in call.query and project.get("is_active") != call.query["is_active"]:
            continue
        if project.get("budget") is None:
            continue  # only budgeted projects have a budget to report on
        client = project.get("client") or {}
        row = synthesize(engine.index, schema, complete=False)
        row.update({k: v for k, v in project.items() if k in allowed})
        row.update(project_id=project["id"], project_name=project.get("name"), client_id=client.get("id"))
        row["client_name"] = client.get("name")
        rows.append({k: v for k, v in row.items() if k in allowed})
    return engine.page(call, rows)


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
    "create_time_entry": _create_time_entry,
    "stop_time_entry": _stop_time_entry,
    "restart_time_entry": _restart_time_entry,
    "delete_time_entry_external_reference": _delete_external_reference,
    "get_current_user": _current_user,
    "create_invoice": _priced("Invoice"),
    "update_invoice": _priced("Invoice"),
    "create_estimate": _priced("Estimate"),
    "update_estimate": _priced("Estimate"),
    "create_invoice_payment": _record_payment,
    "create_invoice_message": _message_event("Invoice", _INVOICE_STATES),
    "create_estimate_message": _message_event("Estimate", _ESTIMATE_STATES),
    "time_report_clients": _report("client", "TimeEntry", None),
    "time_report_projects": _report("project", "TimeEntry", None),
    "time_report_tasks": _report("task", "TimeEntry", None),
    "time_report_team": _report("user", "TimeEntry", None),
    "expense_report_clients": _report("client", "Expense", "total_cost"),
    "expense_report_projects": _report("project", "Expense", "total_cost"),
    "expense_report_categories": _report("expense_category", "Expense", "total_cost"),
    "expense_report_team": _report("user", "Expense", "total_cost"),
    "uninvoiced_report": _uninvoiced,
    "project_budget_report": _project_budget,
}
