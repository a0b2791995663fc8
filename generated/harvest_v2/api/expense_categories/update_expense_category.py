"""PATCH /expense_categories/{expense_category_id}: Change some fields of an expense category, or archive it."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense_category import ExpenseCategory
from ...types import UNSET, File, Unset

METHOD = "PATCH"
PATH = "/expense_categories/{expense_category_id}"


def _request(
    expense_category_id: int,
    *,
    name: str | Unset = UNSET,
    unit_name: str | Unset = UNSET,
    unit_price: float | Unset = UNSET,
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
        _body["unit_price"] = unit_price
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    return RequestSpec(
        METHOD,
        f"/expense_categories/{quote(str(expense_category_id), safe='')}",
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> ExpenseCategory:
    return ExpenseCategory.from_dict(data)
