"""GET /expenses/{expense_id}: Fetch one expense."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense import Expense

METHOD = "GET"
PATH = "/expenses/{expense_id}"


def _request(
    expense_id: int,
) -> RequestSpec:
    """Build the GET /expenses/{expense_id} request."""
    return RequestSpec(
        METHOD,
        f"/expenses/{quote(str(expense_id), safe='')}",
    )


def _parse(data: Any) -> Expense:
    return Expense.from_dict(data)
