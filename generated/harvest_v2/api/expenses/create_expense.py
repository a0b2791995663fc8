"""POST /expenses: Record an expense, optionally with a receipt file."""

from __future__ import annotations

import datetime
from typing import Any

from ..._core._request import RequestSpec
from ...models.expense import Expense
from ...types import UNSET, File, Unset

METHOD = "POST"
PATH = "/expenses"


def _request(
    *,
    project_id: int,
    expense_category_id: int,
    spent_date: datetime.date,
    user_id: int | Unset = UNSET,
    units: int | Unset = UNSET,
    total_cost: float | Unset = UNSET,
    notes: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    receipt: File | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /expenses request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["project_id"] = project_id
    _body["expense_category_id"] = expense_category_id
    _body["spent_date"] = spent_date.isoformat()
    if not isinstance(user_id, Unset):
        _body["user_id"] = user_id
    if not isinstance(units, Unset):
        _body["units"] = units
    if not isinstance(total_cost, Unset):
        _body["total_cost"] = total_cost
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(billable, Unset):
        _body["billable"] = billable
    if not isinstance(receipt, Unset):
        _files["receipt"] = receipt
    return RequestSpec(
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> Expense:
    return Expense.from_dict(data)
