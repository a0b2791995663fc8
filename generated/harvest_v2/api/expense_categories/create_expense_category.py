"""POST /expense_categories: Create an expense category (administrators only)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.expense_category import ExpenseCategory
from ...types import UNSET, File, Unset

OPERATION = "create_expense_category"
METHOD = "POST"
PATH = "/expense_categories"


def _request(
    *,
    name: str,
    unit_name: str | Unset = UNSET,
    unit_price: Decimal | float | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /expense_categories request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
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
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = ExpenseCategory
