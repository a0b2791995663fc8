"""What tracked time and expenses are worth, as Harvest derives it: billability, rates, money to the cent.

A time entry is billable when its project is billable and its task is billable on
that project (the task assignment's flag; the task's default when the project
does not offer it). Its billable rate follows the project's bill_by: Project
(the project's hourly rate), Tasks (the task assignment's, else the task's
default), People (the user assignment's when it does not use default rates,
else the user's default); none bills nothing by the hour. Its cost rate is the
user's. An expense is billable when it says so (the default) and its project is
billable.

Money is rounded to cents once per rate: hours at one rate are added exactly
and multiplied once, so a report row, an uninvoiced figure and an invoice row
made of the same entries at the same rate agree to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ._money import cents, exact
from ._store import Record, Store

__all__ = ["BillableTime", "expense_billable", "reference_id", "reported_hours", "time_entry_rates"]


def reference_id(record: Record, name: str) -> Any:
    """The id of the record `record` refers to under `name` (its project, task, user...), or None."""
    related = record.get(name)
    return related.get("id") if isinstance(related, dict) else None


def time_entry_rates(
    store: Store, entry: Record, task_assignment: Record | None, user_assignment: Record | None
) -> Record:
    """billable, billable_rate and cost_rate of a time entry, from its project, task, user and assignments."""
    project = store.get("Project", reference_id(entry, "project")) or {}
    task = store.get("Task", reference_id(entry, "task")) or {}
    user = store.get("User", reference_id(entry, "user")) or {}
    task_billable = task_assignment.get("billable") if task_assignment else task.get("billable_by_default")
    billable = bool(project.get("is_billable")) and bool(task_billable)
    rate = _billable_rate(project, task, user, task_assignment, user_assignment) if billable else None
    cost = user.get("cost_rate")
    return {
        "billable": billable,
        "billable_rate": None if rate is None else exact(rate),
        "cost_rate": None if cost is None else exact(cost),
    }


def _billable_rate(
    project: Record, task: Record, user: Record, task_assignment: Record | None, user_assignment: Record | None
) -> Any:
    bill_by = project.get("bill_by")
    if bill_by == "Project":
        return project.get("hourly_rate")
    if bill_by == "Tasks":
        own = task_assignment.get("hourly_rate") if task_assignment else None
        return own if own is not None else task.get("default_hourly_rate")
    if bill_by == "People":
        if user_assignment is not None and user_assignment.get("use_default_rates") is False:
            return user_assignment.get("hourly_rate")
        return user.get("default_hourly_rate")
    return None  # "none": the project is not invoiced by the hour


def expense_billable(store: Store, expense: Record, asked: bool) -> bool:
    """Whether an expense is billable: asked for (Harvest's default is yes) and on a billable project."""
    project = store.get("Project", reference_id(expense, "project")) or {}
    return asked and bool(project.get("is_billable"))


def reported_hours(entry: Record) -> Decimal:
    """The hours reports and invoices count: rounded_hours when the entry has them, else hours."""
    rounded = entry.get("rounded_hours")
    return exact(rounded if rounded is not None else entry.get("hours"))


class BillableTime:
    """Billable hours added up per rate; their worth is rounded to cents once per rate."""

    def __init__(self, entries: Iterable[Record] = ()) -> None:
        self._hours: dict[Decimal, Decimal] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Record) -> None:
        """Count a time entry if it is billable at a rate."""
        rate = entry.get("billable_rate")
        if not entry.get("billable") or rate is None:
            return
        key = exact(rate)
        self._hours[key] = self._hours.get(key, Decimal(0)) + reported_hours(entry)

    @property
    def amount(self) -> Decimal:
        return sum((cents(hours * rate) for rate, hours in self._hours.items()), Decimal(0))
