"""POST /expenses: Record an expense, optionally with a receipt file."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.expense import Expense
from ...types import UNSET, File, Unset

OPERATION = "create_expense"
METHOD = "POST"
PATH = "/expenses"


def _request(
    *,
    project_id: int,
    expense_category_id: int,
    spent_date: datetime.date,
    user_id: int | Unset = UNSET,
    units: int | Unset = UNSET,
    total_cost: Decimal | float | Unset = UNSET,
    notes: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    receipt: File | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /expenses request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["project_id"] = project_id
    _body["expense_category_id"] = expense_category_id
    _body["spent_date"] = _date_arg("spent_date", spent_date)
    if not isinstance(user_id, Unset):
        _body["user_id"] = user_id
    if not isinstance(units, Unset):
        _body["units"] = units
    if not isinstance(total_cost, Unset):
        _body["total_cost"] = _decimal_arg("total_cost", total_cost, query=False)
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(billable, Unset):
        _body["billable"] = billable
    if not isinstance(receipt, Unset):
        _files["receipt"] = receipt
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Expense
