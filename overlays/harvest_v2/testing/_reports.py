"""Harvest's reports, computed from the stored time entries and expenses at the moment they are asked for.

Rows are per subject and per currency (the client's, as Harvest reports money),
and add up the records exactly: hours and costs as Decimal sums, billable
amounts rounded once per rate (see _rates), so a report agrees to the cent with
the records and with the invoices made of them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .._core._harvest_limits import MAX_REPORT_DAYS
from ._engine import Call, Engine, Result
from ._money import exact
from ._rates import BillableTime, reference_id, reported_hours
from ._routes import named
from ._store import Record, Store
from ._synthesis import synthesize
from ._validation import InvalidInput

__all__ = ["expense_report", "project_budget_report", "time_report", "uninvoiced_report"]


Rule = Callable[[Engine, Call], Result]


def _currency(store: Store, record: Record) -> str:
    """The currency of a record's money: its client's, as the client is now."""
    client = store.get("Client", reference_id(record, "client")) or record.get("client") or {}
    return str(client.get("currency") or "USD")


def _in_range(call: Call) -> Callable[[Record], bool]:
    start, end = _report_range(call)

    def within(record: Record) -> bool:
        spent = record.get("spent_date")
        return isinstance(spent, str) and start <= spent <= end

    return within


def _not_fixed_fee(engine: Engine, include: bool) -> Callable[[Record], bool]:
    """True for a record of an hourly project, or of any project when fixed-fee ones are included."""

    def counted(record: Record) -> bool:
        project = engine.store.get("Project", reference_id(record, "project")) or {}
        return include or not project.get("is_fixed_fee")

    return counted


def time_report(subject: str) -> Rule:
    """Hours and billable amounts per subject ("client", "project", "task", "user") and currency.

    Fixed-fee projects' hours count; their billable amounts only with include_fixed_fee "true".
    """

    def behave(engine: Engine, call: Call) -> Result:
        within = _in_range(call)
        priced = _not_fixed_fee(engine, call.query.get("include_fixed_fee") == "true")
        row_schema = _item_schema(call)
        rows: dict[tuple[int, str], dict[str, Any]] = {}
        money: dict[tuple[int, str], BillableTime] = {}
        for entry in engine.store.newest_first("TimeEntry"):
            related_id = reference_id(entry, subject)
            if not related_id or not within(entry):
                continue
            key = (related_id, _currency(engine.store, entry))
            row = rows.get(key)
            if row is None:
                row = rows[key] = _report_row(engine, row_schema, entry, subject)
                row.update(currency=key[1], total_hours=Decimal(0), billable_hours=Decimal(0))
                money[key] = BillableTime()
            hours = reported_hours(entry)
            row["total_hours"] += hours
            if entry.get("billable"):
                row["billable_hours"] += hours
                if priced(entry):
                    money[key].add(entry)
        for key, row in rows.items():
            row["billable_amount"] = money[key].amount
        return _page(engine, call, row_schema, rows.values())

    return behave


def expense_report(subject: str) -> Rule:
    """Costs and billable costs per subject ("client", "project", "expense_category", "user") and currency."""

    def behave(engine: Engine, call: Call) -> Result:
        within = _in_range(call)
        row_schema = _item_schema(call)
        rows: dict[tuple[int, str], dict[str, Any]] = {}
        for expense in engine.store.newest_first("Expense"):
            related_id = reference_id(expense, subject)
            if not related_id or not within(expense):
                continue
            key = (related_id, _currency(engine.store, expense))
            row = rows.get(key)
            if row is None:
                row = rows[key] = _report_row(engine, row_schema, expense, subject)
                row.update(currency=key[1], total_amount=Decimal(0), billable_amount=Decimal(0))
            cost = exact(expense.get("total_cost"))
            row["total_amount"] += cost
            if expense.get("billable"):
                row["billable_amount"] += cost
        return _page(engine, call, row_schema, rows.values())

    return behave


def _page(engine: Engine, call: Call, schema: dict[str, Any], rows: Any) -> Result:
    allowed = engine.index.properties(schema)
    return engine.page(call, [{k: v for k, v in row.items() if k in allowed} for row in rows])


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


def uninvoiced_report(engine: Engine, call: Call) -> Result:
    """Per billable project: its hours in the range, and the billable time and expenses not invoiced yet.

    uninvoiced_amount is what importing the same time and expenses into an invoice
    (summary by project) comes to: hours per rate, rounded once per rate, plus the costs.
    """
    within, kept = _in_range(call), _not_fixed_fee(engine, call.query.get("include_fixed_fee", True))
    rows: dict[int, dict[str, Any]] = {}
    money: dict[int, BillableTime] = {}

    def row_of(record: Record) -> dict[str, Any] | None:
        project_id = reference_id(record, "project")
        project = engine.store.get("Project", project_id)
        if project is None or not project.get("is_billable") or not kept(record):
            return None
        row = rows.get(project_id)
        if row is None:
            client = project.get("client") or {}
            row = rows[project_id] = {
                **synthesize(engine.index, _item_schema(call), complete=False),
                "client_id": client.get("id"),
                "client_name": client.get("name"),
                "project_id": project_id,
                "project_name": project.get("name"),
                "currency": _currency(engine.store, project),
                "total_hours": Decimal(0),
                "uninvoiced_hours": Decimal(0),
                "uninvoiced_expenses": Decimal(0),
            }
            money[project_id] = BillableTime()
        return row

    def uninvoiced(record: Record) -> bool:
        return bool(record.get("billable")) and not record.get("is_billed")

    for entry in engine.store.newest_first("TimeEntry"):
        row = row_of(entry) if within(entry) else None
        if row is None:
            continue
        hours = reported_hours(entry)
        row["total_hours"] += hours
        if uninvoiced(entry):
            row["uninvoiced_hours"] += hours
            money[row["project_id"]].add(entry)
    for expense in engine.store.newest_first("Expense"):
        row = row_of(expense) if within(expense) and uninvoiced(expense) else None
        if row is not None:
            row["uninvoiced_expenses"] += exact(expense.get("total_cost"))
    for project_id, row in rows.items():
        row["uninvoiced_amount"] = money[project_id].amount + row["uninvoiced_expenses"]
    return engine.page(call, list(rows.values()))


_MONEY_BUDGETS = ("project_cost", "task_fees")


def project_budget_report(engine: Engine, call: Call) -> Result:
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


def _budget_use(engine: Engine, project: Record) -> tuple[Decimal, Decimal]:
    """(budget, used so far): hours for time budgets; money (billable amounts, expenses if counted) for fee budgets."""
    money = project.get("budget_by") in _MONEY_BUDGETS
    budget = exact(project.get("cost_budget") if money else project.get("budget"))
    entries = [e for e in engine.store.newest_first("TimeEntry") if reference_id(e, "project") == project["id"]]
    if not money:
        return budget, sum((reported_hours(e) for e in entries), Decimal(0))
    spent = BillableTime(entries).amount
    if project.get("cost_budget_include_expenses"):
        expenses = engine.store.newest_first("Expense")
        spent += sum(
            (exact(x.get("total_cost")) for x in expenses if reference_id(x, "project") == project["id"]),
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
    start = call.query.get("from")
    end = call.query.get("to")
    if start is None or end is None:
        raise InvalidInput("from and to are required for this report")
    if end < start:
        raise InvalidInput("to must not be before from")
    if (end - start).days > MAX_REPORT_DAYS:
        raise InvalidInput(f"a report covers at most {MAX_REPORT_DAYS} days, got {(end - start).days}")
    return start.isoformat(), end.isoformat()
