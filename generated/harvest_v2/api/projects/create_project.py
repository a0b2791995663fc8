"""POST /projects: Create a project for a client."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.project import Project
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.project_bill_by import ProjectBillBy
    from ...models.project_budget_by import ProjectBudgetBy

OPERATION = "create_project"
METHOD = "POST"
PATH = "/projects"


def _request(
    *,
    client_id: int,
    name: str,
    is_billable: bool,
    bill_by: ProjectBillBy | str,
    budget_by: ProjectBudgetBy | str,
    code: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_fixed_fee: bool | Unset = UNSET,
    hourly_rate: Decimal | float | Unset = UNSET,
    budget: Decimal | float | Unset = UNSET,
    budget_is_monthly: bool | Unset = UNSET,
    notify_when_over_budget: bool | Unset = UNSET,
    over_budget_notification_percentage: Decimal | float | Unset = UNSET,
    show_budget_to_all: bool | Unset = UNSET,
    cost_budget: Decimal | float | Unset = UNSET,
    cost_budget_include_expenses: bool | Unset = UNSET,
    fee: Decimal | float | Unset = UNSET,
    notes: str | Unset = UNSET,
    starts_on: datetime.date | Unset = UNSET,
    ends_on: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /projects request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["client_id"] = client_id
    _body["name"] = name
    _body["is_billable"] = is_billable
    _body["bill_by"] = bill_by
    _body["budget_by"] = budget_by
    if not isinstance(code, Unset):
        _body["code"] = code
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    if not isinstance(is_fixed_fee, Unset):
        _body["is_fixed_fee"] = is_fixed_fee
    if not isinstance(hourly_rate, Unset):
        _body["hourly_rate"] = _decimal_arg("hourly_rate", hourly_rate, query=False)
    if not isinstance(budget, Unset):
        _body["budget"] = _decimal_arg("budget", budget, query=False)
    if not isinstance(budget_is_monthly, Unset):
        _body["budget_is_monthly"] = budget_is_monthly
    if not isinstance(notify_when_over_budget, Unset):
        _body["notify_when_over_budget"] = notify_when_over_budget
    if not isinstance(over_budget_notification_percentage, Unset):
        _body["over_budget_notification_percentage"] = _decimal_arg(
            "over_budget_notification_percentage", over_budget_notification_percentage, query=False
        )
    if not isinstance(show_budget_to_all, Unset):
        _body["show_budget_to_all"] = show_budget_to_all
    if not isinstance(cost_budget, Unset):
        _body["cost_budget"] = _decimal_arg("cost_budget", cost_budget, query=False)
    if not isinstance(cost_budget_include_expenses, Unset):
        _body["cost_budget_include_expenses"] = cost_budget_include_expenses
    if not isinstance(fee, Unset):
        _body["fee"] = _decimal_arg("fee", fee, query=False)
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(starts_on, Unset):
        _body["starts_on"] = _date_arg("starts_on", starts_on)
    if not isinstance(ends_on, Unset):
        _body["ends_on"] = _date_arg("ends_on", ends_on)
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Project
