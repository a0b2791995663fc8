"""PATCH /expenses/{expense_id}: Change some fields of an expense, or replace or remove its receipt."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.expense import Expense
from ...types import UNSET, File, Unset

OPERATION = "update_expense"
METHOD = "PATCH"
PATH = "/expenses/{expense_id}"


def _request(
    expense_id: int,
    *,
    project_id: int | Unset = UNSET,
    expense_category_id: int | Unset = UNSET,
    spent_date: datetime.date | Unset = UNSET,
    units: int | Unset = UNSET,
    total_cost: Decimal | float | Unset = UNSET,
    notes: str | Unset | None = UNSET,
    billable: bool | Unset = UNSET,
    delete_receipt: bool | Unset = UNSET,
    receipt: File | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /expenses/{expense_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(project_id, Unset):
        _body["project_id"] = project_id
    if not isinstance(expense_category_id, Unset):
        _body["expense_category_id"] = expense_category_id
    if not isinstance(spent_date, Unset):
        _body["spent_date"] = _date_arg("spent_date", spent_date)
    if not isinstance(units, Unset):
        _body["units"] = units
    if not isinstance(total_cost, Unset):
        _body["total_cost"] = _decimal_arg("total_cost", total_cost, query=False)
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(billable, Unset):
        _body["billable"] = billable
    if not isinstance(delete_receipt, Unset):
        _body["delete_receipt"] = delete_receipt
    if not isinstance(receipt, Unset):
        _files["receipt"] = receipt
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/expenses/{quote(str(expense_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Expense
