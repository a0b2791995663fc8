"""PATCH /expense_categories/{expense_category_id}: Change some fields of an expense category, or archive it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.expense_category import ExpenseCategory
from ...types import UNSET, File, Unset

OPERATION = "update_expense_category"
METHOD = "PATCH"
PATH = "/expense_categories/{expense_category_id}"


def _request(
    expense_category_id: int,
    *,
    name: str | Unset = UNSET,
    unit_name: str | Unset = UNSET,
    unit_price: Decimal | float | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /expense_categories/{expense_category_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(name, Unset):
        _body["name"] = name
    if not isinstance(unit_name, Unset):
        _body["unit_name"] = unit_name
    if not isinstance(unit_price, Unset):
        _body["unit_price"] = _decimal_arg("unit_price", unit_price, query=False)
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/expense_categories/{quote(str(expense_category_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = ExpenseCategory
