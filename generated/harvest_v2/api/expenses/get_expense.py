"""GET /expenses/{expense_id}: Fetch one expense."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense import Expense

OPERATION = "get_expense"
METHOD = "GET"
PATH = "/expenses/{expense_id}"


def _request(
    expense_id: int,
) -> RequestSpec:
    """Build the GET /expenses/{expense_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/expenses/{quote(str(expense_id), safe='')}",
    )


RESPONSE_MODEL = Expense
