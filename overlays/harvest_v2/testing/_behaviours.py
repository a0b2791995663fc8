"""The rules that belong to one resource, keyed by operationId: what the generic engine cannot know.

Each entry of BEHAVIOURS serves one operation of the operations table in place
of the engine and, like the engine, returns a result (a record, a page,
nothing); every other operation is served by the engine alone. The rules live
by job: _tracking (time entries and expenses), _invoicing (invoices, estimates,
payments, messages), _reports; this module holds the table and the current user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from . import _invoicing as invoicing
from . import _reports as reports
from . import _tracking as tracking
from ._engine import Call, Engine, NotFound, Result
from ._store import Record

__all__ = ["BEHAVIOURS", "Behaviour"]

Rule = Callable[[Engine, Call], Result]


@dataclass(frozen=True)
class Behaviour:
    """A rule for one operation, with the shape of operation it is written for."""

    method: str
    answers: Literal["record", "page", "nothing"]
    """What `rule` returns: one record, a page of a list, or no content."""
    rule: Rule


def _current_user(engine: Engine, call: Call) -> Record:
    record = engine.store.get("User", call.current_user_id)
    if record is None:
        raise NotFound
    return record


BEHAVIOURS: dict[str, Behaviour] = {
    "create_time_entry": Behaviour("POST", "record", tracking.create_time_entry),
    "update_time_entry": Behaviour("PATCH", "record", tracking.update_time_entry),
    "delete_time_entry": Behaviour("DELETE", "record", tracking.delete_time_entry),
    "stop_time_entry": Behaviour("PATCH", "record", tracking.stop_time_entry),
    "restart_time_entry": Behaviour("PATCH", "record", tracking.restart_time_entry),
    "delete_time_entry_external_reference": Behaviour("DELETE", "nothing", tracking.delete_external_reference),
    "create_expense": Behaviour("POST", "record", tracking.create_expense),
    "update_expense": Behaviour("PATCH", "record", tracking.update_expense),
    "delete_expense": Behaviour("DELETE", "record", tracking.delete_expense),
    "get_current_user": Behaviour("GET", "record", _current_user),
    "create_invoice": Behaviour("POST", "record", invoicing.create_invoice),
    "update_invoice": Behaviour("PATCH", "record", invoicing.update_invoice),
    "delete_invoice": Behaviour("DELETE", "record", invoicing.delete_invoice),
    "create_estimate": Behaviour("POST", "record", invoicing.create_estimate),
    "update_estimate": Behaviour("PATCH", "record", invoicing.update_estimate),
    "create_invoice_payment": Behaviour("POST", "record", invoicing.create_invoice_payment),
    "delete_invoice_payment": Behaviour("DELETE", "nothing", invoicing.delete_invoice_payment),
    "create_invoice_message": Behaviour("POST", "record", invoicing.create_invoice_message),
    "create_estimate_message": Behaviour("POST", "record", invoicing.create_estimate_message),
    "time_report_clients": Behaviour("GET", "page", reports.time_report("client")),
    "time_report_projects": Behaviour("GET", "page", reports.time_report("project")),
    "time_report_tasks": Behaviour("GET", "page", reports.time_report("task")),
    "time_report_team": Behaviour("GET", "page", reports.time_report("user")),
    "expense_report_clients": Behaviour("GET", "page", reports.expense_report("client")),
    "expense_report_projects": Behaviour("GET", "page", reports.expense_report("project")),
    "expense_report_categories": Behaviour("GET", "page", reports.expense_report("expense_category")),
    "expense_report_team": Behaviour("GET", "page", reports.expense_report("user")),
    "uninvoiced_report": Behaviour("GET", "page", reports.uninvoiced_report),
    "project_budget_report": Behaviour("GET", "page", reports.project_budget_report),
}
"""operationId -> the rule serving it in place of the generic engine."""
